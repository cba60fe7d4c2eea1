//! Behaviour of the core engine through its public API: tree, logical ids, references,
//! cross-stack wiring, cycles, tags, limits, determinism and the rule packs of synth. The
//! resource types are small hand-written ones defined here: the core does not depend on the
//! generated types.

use crate::intrinsics::{self, Sub};
use crate::resource::{ResourceSchema, Tagging};
use crate::value::PropertyMap;
use crate::{
    App, Diagnostic, Expr, Output, Parameter, Pseudo, Region, RemovalPolicy, Resource, Severity,
    StackProps, StackRef, SynthError, SynthOptions, TreeError, Value,
};
use serde_json::json;

#[derive(Debug, Clone, Default)]
struct Thing {
    name: Option<Value<String>>,
    tags: Option<Value<Vec<crate::Tag>>>,
}

static THING: ResourceSchema = ResourceSchema {
    type_name: "Test::Thing::Tagged",
    create_only: &["/properties/Name"],
    read_only: &["/properties/Arn"],
    attributes: &["Arn"],
    tagging: Tagging::List,
};

impl Resource for Thing {
    const TYPE: &'static str = "Test::Thing::Tagged";
    const SCHEMA: &'static ResourceSchema = &THING;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Name", self.name.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
}

#[derive(Debug, Clone, Default)]
struct Plain;

static PLAIN: ResourceSchema = ResourceSchema {
    type_name: "Test::Thing::Plain",
    create_only: &[],
    read_only: &[],
    attributes: &[],
    tagging: Tagging::None,
};

impl Resource for Plain {
    const TYPE: &'static str = "Test::Thing::Plain";
    const SCHEMA: &'static ResourceSchema = &PLAIN;
    fn properties(&self) -> Expr {
        Expr::Map(Vec::new())
    }
}

fn named(v: impl Into<Value<String>>) -> Thing {
    Thing {
        name: Some(v.into()),
        tags: None,
    }
}

fn region(r: &str) -> Region {
    r.parse().unwrap()
}

fn stack(app: &mut App, id: &str) -> StackRef {
    app.add_stack(app.root(), id, StackProps::new(region("us-east-2")))
        .unwrap()
}

fn synth(app: &App) -> crate::Assembly {
    app.synth(&SynthOptions::default()).unwrap()
}

fn errors(app: &App) -> Vec<Diagnostic> {
    match app.synth(&SynthOptions::default()) {
        Err(SynthError::Invalid(d)) => d
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect(),
        other => panic!("expected synth to fail, got {other:?}"),
    }
}

fn template<'a>(a: &'a crate::Assembly, name: &str) -> &'a serde_json::Value {
    &a.stack(name).unwrap().template
}

/// A resource of a fixed CloudFormation type with raw properties: lets the rule tests build
/// the templates a rule reads without the generated types.
macro_rules! raw_type {
    ($name:ident, $schema:ident, $type_name:literal) => {
        #[derive(Debug, Clone)]
        struct $name(Expr);

        static $schema: ResourceSchema = ResourceSchema {
            type_name: $type_name,
            create_only: &[],
            read_only: &[],
            attributes: &[],
            tagging: Tagging::None,
        };

        impl Resource for $name {
            const TYPE: &'static str = $type_name;
            const SCHEMA: &'static ResourceSchema = &$schema;
            fn properties(&self) -> Expr {
                self.0.clone()
            }
        }
    };
}

raw_type!(RawVolume, RAW_VOLUME, "AWS::EC2::Volume");
raw_type!(
    RawSecurityGroup,
    RAW_SECURITY_GROUP,
    "AWS::EC2::SecurityGroup"
);

mod determinism {
    use super::*;

    fn build() -> App {
        build_with(false)
    }

    /// [`build`], with one more resource in P when `extra`.
    fn build_with(extra: bool) -> App {
        let mut app = App::new();
        let p = stack(&mut app, "P");
        let c = stack(&mut app, "C");
        if extra {
            app.add_resource(p, "Extra", named("extra")).unwrap();
        }
        app.add_tag(app.root(), "b", "2").unwrap();
        app.add_tag(app.root(), "a", "1").unwrap();
        let mut last = None;
        for i in 0..50 {
            let r = app
                .add_resource(p, &format!("R{i}"), named(format!("n{i}")))
                .unwrap();
            app.add_resource(c, &format!("U{i}"), named(r.get_att::<String>("Arn")))
                .unwrap();
            last = Some(r);
        }
        let _ = last;
        app
    }

    #[test]
    fn two_synths_write_identical_bytes() {
        let d1 = tempfile::tempdir().unwrap();
        let d2 = tempfile::tempdir().unwrap();
        build()
            .synth(&SynthOptions::default())
            .unwrap()
            .write(d1.path())
            .unwrap();
        build()
            .synth(&SynthOptions::default())
            .unwrap()
            .write(d2.path())
            .unwrap();
        for f in ["manifest.json", "P.template.json", "C.template.json"] {
            let a = std::fs::read(d1.path().join(f)).unwrap();
            let b = std::fs::read(d2.path().join(f)).unwrap();
            assert_eq!(a, b, "{f} differs");
            assert!(a.ends_with(b"\n"));
        }
    }

    #[test]
    fn the_manifest_lists_stacks_in_dependency_order_with_sizes() {
        let dir = tempfile::tempdir().unwrap();
        let a = build().synth(&SynthOptions::default()).unwrap();
        a.write(dir.path()).unwrap();
        let m: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.path().join("manifest.json")).unwrap())
                .unwrap();
        assert_eq!(m["version"], "zimbra-constructs/1");
        assert_eq!(m["stacks"][0]["name"], "P");
        assert_eq!(m["stacks"][1]["dependencies"], json!(["P"]));
        assert_eq!(m["stacks"][1]["resourceCount"], 50);
        let bytes = std::fs::metadata(dir.path().join("C.template.json"))
            .unwrap()
            .len();
        assert_eq!(m["stacks"][1]["templateBytes"], bytes);
    }

    /// Every file of `dir`, by name, with its bytes.
    fn files(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let name = e.file_name().to_string_lossy().into_owned();
                let bytes = if e.path().is_dir() {
                    Vec::new()
                } else {
                    std::fs::read(e.path()).unwrap()
                };
                (name, bytes)
            })
            .collect()
    }

    /// `app` synthesized into `dir` as the `synth` command does it: streamed, then committed.
    fn synth_streamed(app: &App, dir: &std::path::Path) -> crate::Assembly {
        let mut staged = crate::assembly::StagedWrite::new(dir).unwrap();
        let (a, _) = app
            .synth_into(&SynthOptions::default(), &mut staged)
            .unwrap();
        staged.commit(&a).unwrap();
        a
    }

    #[test]
    fn a_streamed_synth_writes_what_write_writes_with_and_without_rule_packs() {
        for with_rules in [false, true] {
            let mut app = build();
            if with_rules {
                app.add_rule_pack(crate::check::security::pack(
                    crate::check::security::PortPolicy::default(),
                ));
            }
            let (whole, streamed) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
            app.synth(&SynthOptions::default())
                .unwrap()
                .write(whole.path())
                .unwrap();
            let mut staged = crate::assembly::StagedWrite::new(streamed.path()).unwrap();
            let (a, _) = app
                .synth_into(&SynthOptions::default(), &mut staged)
                .unwrap();
            let summary = staged.commit(&a).unwrap();
            assert_eq!(
                files(whole.path()),
                files(streamed.path()),
                "rules: {with_rules}"
            );
            let c = a.stack("C").unwrap();
            assert!(c.body.is_empty(), "the body was dropped once written");
            let on_disk = std::fs::metadata(streamed.path().join("C.template.json")).unwrap();
            assert_eq!(c.body_len as u64, on_disk.len());
            assert_eq!(
                summary.bytes,
                a.stacks.iter().map(|s| s.body_len).sum::<usize>()
            );
        }
    }

    /// Nine stacks in a chain, each resource reading its twin in the stack before (exports,
    /// imports, dependencies), with or without a rule pack that finds nothing.
    fn chain(with_rules: bool) -> App {
        let mut app = App::new();
        if with_rules {
            app.add_rule_pack(crate::check::RulePack::of("quiet", &[]));
        }
        let mut previous: Vec<crate::ResourceRef<Thing>> = Vec::new();
        for i in 0..9 {
            let s = stack(&mut app, &format!("S{i}"));
            previous = (0..30)
                .map(|j| {
                    let name = match previous.get(j) {
                        Some(r) => r.get_att::<String>("Arn"),
                        None => Value::from(format!("first{j}")),
                    };
                    app.add_resource(s, &format!("R{j}"), named(name)).unwrap()
                })
                .collect();
        }
        app
    }

    /// With rule packs the stacks render on two threads; without, on one, each written as
    /// soon as it is rendered. Both write the same files, byte for byte, every time.
    #[test]
    fn rendering_on_two_threads_writes_what_one_thread_writes() {
        let one = tempfile::tempdir().unwrap();
        synth_streamed(&chain(false), one.path());
        for _ in 0..5 {
            let two = tempfile::tempdir().unwrap();
            let a = synth_streamed(&chain(true), two.path());
            assert_eq!(a.stacks.len(), 9);
            assert_eq!(files(one.path()), files(two.path()));
        }
    }

    #[test]
    fn a_failed_streamed_synth_leaves_the_previous_assembly_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        synth_streamed(&build(), dir.path());
        let before = files(dir.path());
        // P changes (staged), C does not, Big is new and over the 500-resource limit (ZC010),
        // which is found only once its template is rendered and written.
        let mut broken = build_with(true);
        let big = stack(&mut broken, "Big");
        for i in 0..501 {
            broken
                .add_resource(big, &format!("R{i}"), named(format!("b{i}")))
                .unwrap();
        }
        let mut staged = crate::assembly::StagedWrite::new(dir.path()).unwrap();
        let e = broken.synth_into(&SynthOptions::default(), &mut staged);
        let Err(crate::SynthError::Invalid(d)) = e else {
            panic!("synth should fail on ZC010");
        };
        assert!(d.iter().any(|d| d.code == "ZC010"), "{d:?}");
        drop(staged);
        assert_eq!(
            files(dir.path()),
            before,
            "no template changed, none added, no staging folder left"
        );
    }

    #[test]
    fn a_streamed_synth_does_not_rewrite_unchanged_templates() {
        let dir = tempfile::tempdir().unwrap();
        let mtime = |f: &str| {
            std::fs::metadata(dir.path().join(f))
                .unwrap()
                .modified()
                .unwrap()
        };
        synth_streamed(&build(), dir.path());
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        for f in ["P.template.json", "C.template.json"] {
            let file = std::fs::File::options()
                .write(true)
                .open(dir.path().join(f))
                .unwrap();
            file.set_modified(old).unwrap();
        }
        let changed = build_with(true);
        synth_streamed(&changed, dir.path());
        assert_eq!(
            mtime("C.template.json"),
            old,
            "C did not change: not written"
        );
        assert_ne!(mtime("P.template.json"), old, "P changed: written");
        let whole = tempfile::tempdir().unwrap();
        changed
            .synth(&SynthOptions::default())
            .unwrap()
            .write(whole.path())
            .unwrap();
        assert_eq!(files(dir.path()), files(whole.path()));
    }

    /// The manifest and the rules' findings record, like the templates, are written only
    /// when their bytes change; a change is written in full.
    #[test]
    fn an_unchanged_manifest_and_findings_record_are_not_rewritten() {
        use crate::check::record::{FindingsRecord, FINDINGS_FILE};
        let dir = tempfile::tempdir().unwrap();
        let path = |f: &str| dir.path().join(f);
        let synth = |extra: bool| {
            let mut app = build_with(extra);
            app.add_rule_pack(crate::check::security::pack(
                crate::check::security::PortPolicy::default(),
            ));
            let mut staged = crate::assembly::StagedWrite::new(dir.path()).unwrap();
            let (a, report) = app
                .synth_into(&SynthOptions::default(), &mut staged)
                .unwrap();
            staged.commit(&a).unwrap();
            FindingsRecord::from(&report).write(dir.path()).unwrap();
        };
        let mtime = |f: &str| std::fs::metadata(path(f)).unwrap().modified().unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        let age = || {
            for f in ["manifest.json", FINDINGS_FILE] {
                let file = std::fs::File::options().write(true).open(path(f)).unwrap();
                file.set_modified(old).unwrap();
            }
        };
        synth(false);
        age();
        synth(false);
        assert_eq!(mtime("manifest.json"), old, "same manifest: not written");
        assert_eq!(mtime(FINDINGS_FILE), old, "same findings: not written");
        synth(true);
        assert_ne!(mtime("manifest.json"), old, "P grew: manifest written");
        let whole = tempfile::tempdir().unwrap();
        build_with(true)
            .synth(&SynthOptions::default())
            .unwrap()
            .write(whole.path())
            .unwrap();
        assert_eq!(
            std::fs::read(path("manifest.json")).unwrap(),
            std::fs::read(whole.path().join("manifest.json")).unwrap()
        );
    }

    #[test]
    fn a_streamed_synth_removes_templates_of_stacks_that_are_gone() {
        let dir = tempfile::tempdir().unwrap();
        synth_streamed(&build(), dir.path());
        let mut smaller = App::new();
        let p = stack(&mut smaller, "P");
        smaller.add_resource(p, "R0", named("n0")).unwrap();
        synth_streamed(&smaller, dir.path());
        let names: Vec<String> = files(dir.path()).into_keys().collect();
        assert_eq!(names, ["P.template.json", "manifest.json"]);
    }

    #[test]
    fn yaml_output_parses_back_to_the_same_template() {
        let a = build()
            .synth(&SynthOptions {
                format: crate::Format::Yaml,
                ..SynthOptions::default()
            })
            .unwrap();
        let s = a.stack("C").unwrap();
        assert_eq!(s.template_file(), "C.template.yaml");
        let back = crate::assembly::parse_template(&s.body).unwrap();
        assert_eq!(back, s.template);
    }

    #[test]
    fn an_assembly_reads_back_as_written_in_json_and_yaml() {
        for format in [crate::Format::Json, crate::Format::Yaml] {
            let dir = tempfile::tempdir().unwrap();
            let a = build()
                .synth(&SynthOptions {
                    format,
                    ..SynthOptions::default()
                })
                .unwrap();
            a.write(dir.path()).unwrap();
            let back = crate::Assembly::read(dir.path()).unwrap();
            let names = |x: &crate::Assembly| -> Vec<String> {
                x.stacks.iter().map(|s| s.name.clone()).collect()
            };
            assert_eq!(names(&back), names(&a));
            for (r, w) in back.stacks.iter().zip(&a.stacks) {
                assert_eq!(r.template, w.template, "{format:?} {}", w.name);
                assert_eq!(r.dependencies, w.dependencies);
                assert_eq!(r.region, w.region);
                assert_eq!(r.body, w.body);
                assert_eq!(r.minified_len, w.minified_len);
                assert_eq!(r.construct_path("anything"), w.path);
            }
        }
    }

    #[test]
    fn reading_a_directory_without_an_assembly_names_the_file_and_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        let e = crate::Assembly::read(dir.path()).unwrap_err().to_string();
        assert!(
            e.contains("manifest.json") && e.contains("synth --out"),
            "{e}"
        );
        std::fs::write(
            dir.path().join("manifest.json"),
            r#"{"version": "other/9", "stacks": []}"#,
        )
        .unwrap();
        let e = crate::Assembly::read(dir.path()).unwrap_err().to_string();
        assert!(e.contains("zimbra-constructs/1"), "{e}");
        build()
            .synth(&SynthOptions::default())
            .unwrap()
            .write(dir.path())
            .unwrap();
        std::fs::write(dir.path().join("C.template.json"), "{ not json").unwrap();
        let e = crate::Assembly::read(dir.path()).unwrap_err().to_string();
        assert!(e.contains("C.template.json") && e.contains("JSON"), "{e}");
    }

    #[test]
    fn writing_removes_templates_of_stacks_that_no_longer_exist() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Gone.template.json"), "{}").unwrap();
        build()
            .synth(&SynthOptions::default())
            .unwrap()
            .write(dir.path())
            .unwrap();
        assert!(!dir.path().join("Gone.template.json").exists());
    }
}

mod limits {
    use super::*;

    fn app_with(n: usize) -> App {
        let mut app = App::new();
        let s = stack(&mut app, "Big");
        for i in 0..n {
            app.add_resource(s, &format!("R{i}"), Plain).unwrap();
        }
        app
    }

    #[test]
    fn more_than_500_resources_is_an_error_that_says_to_split() {
        let errs = errors(&app_with(501));
        let e = errs.iter().find(|e| e.code == "ZC010").expect("ZC010");
        assert!(
            e.message
                .contains("501 resources, over CloudFormation's limit of 500"),
            "{}",
            e.message
        );
        assert!(e.message.contains("split the stack"));
    }

    #[test]
    fn eighty_percent_of_a_limit_is_a_warning_and_strict_fails_on_it() {
        let app = app_with(400);
        let a = app.synth(&SynthOptions::default()).unwrap();
        assert!(a
            .warnings
            .iter()
            .any(|w| w.code == "ZC010" && w.severity == Severity::Warning));
        let strict = SynthOptions {
            strict: true,
            ..SynthOptions::default()
        };
        assert!(matches!(app.synth(&strict), Err(SynthError::Invalid(_))));
    }

    #[test]
    fn a_minified_body_over_51200_bytes_is_an_error() {
        let mut app = App::new();
        let s = stack(&mut app, "Wide");
        for i in 0..60 {
            app.add_resource(s, &format!("R{i}"), named("x".repeat(1000)))
                .unwrap();
        }
        let errs = errors(&app);
        assert!(errs.iter().any(|e| e.code == "ZC015"), "{errs:?}");
    }

    #[test]
    fn an_empty_stack_and_an_invalid_stack_name_are_errors() {
        let mut app = App::new();
        app.add_stack(app.root(), "Empty", StackProps::new(region("us-east-2")))
            .unwrap();
        let s = app
            .add_stack(
                app.root(),
                "Bad",
                StackProps::new(region("us-east-2")).set_stack_name("1_bad"),
            )
            .unwrap();
        app.add_resource(s, "R", Plain).unwrap();
        let codes: Vec<String> = errors(&app).into_iter().map(|e| e.code).collect();
        assert!(codes.contains(&"ZC016".to_owned()), "{codes:?}");
        assert!(codes.contains(&"ZC006".to_owned()), "{codes:?}");
    }
}

mod logical_ids {
    use super::*;

    #[test]
    fn logical_ids_are_the_readable_path_below_the_stack() {
        let mut app = App::new();
        let s = stack(&mut app, "Cell1");
        let mb = app.add_construct(s, "mailbox-2").unwrap();
        app.add_resource(mb, "Instance", named("x")).unwrap();
        let mta = app.add_construct(s, "Mta1").unwrap();
        app.add_resource(mta, "Eip", Plain).unwrap();
        let a = synth(&app);
        let res = template(&a, "Cell1")["Resources"].as_object().unwrap();
        let keys: Vec<&str> = res.keys().map(String::as_str).collect();
        assert_eq!(keys, ["Mailbox2Instance", "Mta1Eip"]);
    }

    #[test]
    fn ids_that_sanitize_to_the_same_logical_id_are_an_error_naming_both_paths() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        app.add_resource(s, "A-B", named("1")).unwrap();
        app.add_resource(s, "AB", named("2")).unwrap();
        let errs = errors(&app);
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].code, "ZC001");
        assert!(
            errs[0].message.contains("'S/AB' collides with 'S/A-B'"),
            "{}",
            errs[0].message
        );
        assert!(errs[0].message.contains("override_logical_id"));
    }

    #[test]
    fn an_override_keeps_a_renamed_resource_and_resolves_a_collision() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        app.add_resource(s, "A-B", named("1")).unwrap();
        let ab = app.add_resource(s, "AB", named("2")).unwrap();
        app.override_logical_id(ab, "LegacyName").unwrap();
        let a = synth(&app);
        assert!(template(&a, "S")["Resources"]["LegacyName"].is_object());
    }

    #[test]
    fn an_invalid_override_and_an_overlong_id_are_errors() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        let t = app.add_resource(s, "T", named("1")).unwrap();
        app.override_logical_id(t, "Bad-Id").unwrap();
        let long = "x".repeat(256);
        app.add_resource(s, &long, named("2")).unwrap();
        let errs = errors(&app);
        assert_eq!(
            errs.iter().filter(|e| e.code == "ZC002").count(),
            2,
            "{errs:?}"
        );
        assert!(errs.iter().any(|e| e.message.contains("256 characters")));
    }

    #[test]
    fn adding_unrelated_constructs_does_not_change_existing_ids() {
        let build = |extra: bool| {
            let mut app = App::new();
            let s = stack(&mut app, "S");
            if extra {
                app.add_resource(s, "First", named("0")).unwrap();
            }
            app.add_resource(s, "Kept", named("1")).unwrap();
            let a = synth(&app);
            template(&a, "S")["Resources"]["Kept"].clone()
        };
        assert_eq!(build(false), build(true));
    }
}

mod references {
    use super::*;

    #[test]
    fn same_stack_references_render_as_ref_getatt_and_inline_sub() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        let bucket = app.add_resource(s, "Bucket", named("b")).unwrap();
        let arn = Sub::new()
            .text("arn:")
            .value(Pseudo::Partition)
            .text(":x:::${literal}/")
            .value(bucket.reference())
            .text("/")
            .value(bucket.get_att::<String>("Arn"))
            .build();
        app.add_resource(s, "User", named(arn)).unwrap();
        app.add_resource(
            s,
            "Joined",
            named(intrinsics::join("-", [bucket.reference(), "x".into()])),
        )
        .unwrap();
        let a = synth(&app);
        let res = &template(&a, "S")["Resources"];
        assert_eq!(
            res["User"]["Properties"]["Name"],
            json!({"Fn::Sub": "arn:${AWS::Partition}:x:::${!literal}/${Bucket}/${Bucket.Arn}"})
        );
        assert_eq!(
            res["Joined"]["Properties"]["Name"],
            json!({"Fn::Join": ["-", [{"Ref": "Bucket"}, "x"]]})
        );
    }

    #[test]
    fn a_reference_across_stacks_adds_an_export_an_import_and_a_dependency() {
        let mut app = App::new();
        // The consumer is added first: ordering must still put the producer first.
        let consumer = stack(&mut app, "Cell");
        let producer = stack(&mut app, "Network");
        let vpc = app.add_resource(producer, "Vpc", named("v")).unwrap();
        app.add_resource(consumer, "Subnet", named(vpc.reference()))
            .unwrap();
        app.add_resource(consumer, "Other", named(vpc.get_att::<String>("Arn")))
            .unwrap();
        let a = synth(&app);
        let names: Vec<&str> = a.stacks.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Network", "Cell"]);
        assert_eq!(a.stack("Cell").unwrap().dependencies, ["Network"]);
        let outputs = &template(&a, "Network")["Outputs"];
        assert_eq!(
            outputs["ExportVpc"],
            json!({"Value": {"Ref": "Vpc"}, "Export": {"Name": "Network:Vpc"}})
        );
        assert_eq!(
            outputs["ExportVpcArn"],
            json!({"Value": {"Fn::GetAtt": ["Vpc", "Arn"]}, "Export": {"Name": "Network:Vpc:Arn"}})
        );
        let res = &template(&a, "Cell")["Resources"];
        assert_eq!(
            res["Subnet"]["Properties"]["Name"],
            json!({"Fn::ImportValue": "Network:Vpc"})
        );
        assert_eq!(
            res["Other"]["Properties"]["Name"],
            json!({"Fn::ImportValue": "Network:Vpc:Arn"})
        );
    }

    #[test]
    fn a_cross_stack_value_inside_sub_becomes_a_variable() {
        let mut app = App::new();
        let p = stack(&mut app, "P");
        let c = stack(&mut app, "C");
        let b = app.add_resource(p, "B", named("b")).unwrap();
        app.add_resource(
            c,
            "U",
            named(Sub::new().text("x-").value(b.reference()).build()),
        )
        .unwrap();
        let a = synth(&app);
        assert_eq!(
            template(&a, "C")["Resources"]["U"]["Properties"]["Name"],
            json!({"Fn::Sub": ["x-${Var0}", {"Var0": {"Fn::ImportValue": "P:B"}}]})
        );
    }

    #[test]
    fn a_dependency_cycle_between_stacks_is_an_error_naming_the_cycle() {
        let mut app = App::new();
        let a = stack(&mut app, "A");
        let b = stack(&mut app, "B");
        let x = app.add_resource(a, "X", named("x")).unwrap();
        let y = app.add_resource(b, "Y", named(x.reference())).unwrap();
        app.resource_mut(x).unwrap().name = Some(y.reference());
        let errs = errors(&app);
        let cycle = errs
            .iter()
            .find(|e| e.code == "ZC004")
            .expect("cycle error");
        assert!(
            cycle.message.contains("A -> B -> A") || cycle.message.contains("B -> A -> B"),
            "{}",
            cycle.message
        );
        assert!(
            cycle.message.contains("'B/Y' references 'A/X'"),
            "{}",
            cycle.message
        );
    }

    #[test]
    fn a_reference_across_regions_is_an_error() {
        let mut app = App::new();
        let east = stack(&mut app, "East");
        let west = app
            .add_stack(app.root(), "West", StackProps::new(region("us-west-2")))
            .unwrap();
        let x = app.add_resource(east, "X", named("x")).unwrap();
        app.add_resource(west, "Y", named(x.reference())).unwrap();
        let errs = errors(&app);
        assert_eq!(errs[0].code, "ZC003");
        assert!(errs[0].message.contains("exports cannot cross regions"));
    }

    #[test]
    fn depends_on_is_local_in_a_stack_and_a_stack_dependency_across_stacks() {
        let mut app = App::new();
        let p = stack(&mut app, "P");
        let c = stack(&mut app, "C");
        let group = app.add_construct(c, "Group").unwrap();
        app.add_resource(group, "One", Plain).unwrap();
        app.add_resource(group, "Two", Plain).unwrap();
        let remote = app.add_resource(p, "Remote", Plain).unwrap();
        let t = app.add_resource(c, "T", Plain).unwrap();
        app.options_mut(t)
            .unwrap()
            .add_depends_on(group)
            .add_depends_on(remote);
        let a = synth(&app);
        assert_eq!(
            template(&a, "C")["Resources"]["T"]["DependsOn"],
            json!(["GroupOne", "GroupTwo"])
        );
        assert_eq!(a.stack("C").unwrap().dependencies, ["P"]);
    }

    #[test]
    fn conditions_cannot_be_used_from_another_stack() {
        let mut app = App::new();
        let p = stack(&mut app, "P");
        let c = stack(&mut app, "C");
        let cond = app
            .add_condition(p, "IsProd", intrinsics::equals(Pseudo::Region, "us-east-2"))
            .unwrap();
        app.add_resource(p, "Keep", Plain).unwrap();
        app.add_resource(c, "T", named(intrinsics::if_(cond, "a", "b")))
            .unwrap();
        let errs = errors(&app);
        assert_eq!(errs[0].code, "ZC020");
    }
}

mod rule_packs {
    use crate::check::security::{self, PortPolicy};

    use super::*;

    fn unencrypted_volume(app: &mut App) {
        let s = stack(app, "Data");
        app.add_resource(
            s,
            "Volume",
            RawVolume(Expr::map([
                ("AvailabilityZone", Expr::from("us-east-2a")),
                ("Size", Expr::Int(10)),
            ])),
        )
        .unwrap();
    }

    /// The `synth` command's path (bodies only) refuses what the rule packs find, as
    /// [`App::synth`] does: the packs see every template before any value is dropped.
    #[test]
    fn bodies_only_synth_runs_the_rule_packs() {
        let mut app = App::new();
        app.add_rule_pack(security::pack(PortPolicy::default()));
        unencrypted_volume(&mut app);
        for (how, result) in [
            ("App::synth", app.synth(&SynthOptions::default())),
            ("synth_bodies", app.synth_bodies(&SynthOptions::default())),
        ] {
            let Err(SynthError::Invalid(diagnostics)) = result else {
                panic!("{how}: an unencrypted volume must fail synth");
            };
            assert!(
                diagnostics.iter().any(|d| d.code == "ZS002"),
                "{diagnostics:?}"
            );
        }
    }

    /// `synth` records what the packs found from the same run: warnings and suppressed
    /// findings (errors fail synth); `check_assembly` finds the same over a read-back copy.
    #[test]
    fn synth_records_warnings_and_suppressions_and_a_read_back_assembly_checks_alike() {
        let mut app = App::new();
        app.add_rule_pack(security::pack(PortPolicy::default()));
        unencrypted_volume(&mut app);
        let root = app.root();
        app.suppress(root, "ZS002", "test data, not mail").unwrap();
        app.suppress(root, "ZS013", "scratch volume").unwrap();
        let (assembly, report) = app.synth_recorded(&SynthOptions::default()).unwrap();
        assert_eq!(report.error_count(), 0);
        let record = crate::check::record::FindingsRecord::from(&report);
        assert!(record
            .suppressed
            .iter()
            .any(|(f, why)| f.rule_id == "ZS002" && why == "test data, not mail"));
        assert!(!record.rules.is_empty());
        let dir = tempfile::tempdir().unwrap();
        assembly.write(dir.path()).unwrap();
        let back = crate::Assembly::read(dir.path()).unwrap();
        let again = app.check_assembly(&back);
        let ids = |r: &crate::check::CheckReport| -> Vec<String> {
            r.suppressed
                .iter()
                .map(|(f, _)| f.rule_id.clone())
                .collect()
        };
        assert_eq!(ids(&again), ids(&report));
    }

    #[test]
    fn without_a_rule_pack_synth_reports_no_findings() {
        let mut app = App::new();
        unencrypted_volume(&mut app);
        assert!(app.synth(&SynthOptions::default()).is_ok());
    }

    /// A security group open to the world on `from..=to`.
    fn open_group(app: &mut App, from: i64, to: i64) {
        let s = stack(app, "Net");
        let rule = Expr::map([
            ("IpProtocol", Expr::from("tcp")),
            ("FromPort", Expr::Int(from)),
            ("ToPort", Expr::Int(to)),
            ("CidrIp", Expr::from("0.0.0.0/0")),
        ]);
        app.add_resource(
            s,
            "Group",
            RawSecurityGroup(Expr::map([
                ("GroupDescription", Expr::from("open")),
                ("SecurityGroupIngress", Expr::list([rule])),
            ])),
        )
        .unwrap();
    }

    fn ports() -> PortPolicy {
        PortPolicy {
            internal: vec![(5432, "database")],
            internal_fix: "keep the database private",
            admin: vec![(8443, "console")],
            admin_fix: "allow the admin networks only",
        }
    }

    #[test]
    fn the_port_rules_watch_the_ports_the_policy_names() {
        let mut app = App::new();
        app.add_rule_pack(security::pack(ports()));
        open_group(&mut app, 5000, 9000);
        let report = app.check().unwrap();
        let internal = report.of_rule("ZS008");
        assert_eq!(internal.len(), 1, "{:#?}", report.findings);
        assert!(internal[0].message.contains("5432 (database)"));
        assert_eq!(internal[0].fix, "keep the database private");
        let admin = report.of_rule("ZS009");
        assert_eq!(admin.len(), 1, "{:#?}", report.findings);
        assert_eq!(
            admin[0].message,
            "the console port 8443 is open to 0.0.0.0/0"
        );
    }

    #[test]
    fn the_port_rules_pass_ports_outside_the_policy_and_every_port_open_is_one_zs008() {
        let mut app = App::new();
        app.add_rule_pack(security::pack(ports()));
        open_group(&mut app, 443, 443);
        assert!(app.check().unwrap().findings.is_empty());

        let mut app = App::new();
        app.add_rule_pack(security::pack(ports()));
        open_group(&mut app, 0, 65535);
        let report = app.check().unwrap();
        assert_eq!(report.of_rule("ZS008").len(), 1);
        assert!(report.of_rule("ZS009").is_empty());
    }

    /// A rule that reports one finding told apart only by its fix; every third one is slow,
    /// so the two threads that share the rules take them in a different order each run.
    struct Numbered {
        n: usize,
        panics: bool,
    }

    impl crate::check::Rule for Numbered {
        fn id(&self) -> &'static str {
            "ZT001"
        }
        fn severity(&self) -> Severity {
            Severity::Warning
        }
        fn summary(&self) -> &'static str {
            "test rule"
        }
        fn check(&self, _: &crate::check::CheckContext<'_>, out: &mut crate::check::Reporter) {
            if self.n.is_multiple_of(3) {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            assert!(!self.panics, "rule {} broke", self.n);
            out.at("Data/Volume", "same finding", format!("fix {}", self.n));
        }
    }

    fn numbered(panics_at: Option<usize>) -> App {
        let mut app = App::new();
        unencrypted_volume(&mut app);
        let rules = (0..12)
            .map(|n| {
                Box::new(Numbered {
                    n,
                    panics: panics_at == Some(n),
                }) as Box<dyn crate::check::Rule>
            })
            .collect();
        app.add_rule_pack(crate::check::RulePack {
            name: "numbered",
            rules,
        });
        app
    }

    /// The rules run on two threads; the report is the one a single thread would give:
    /// rules in registration order, equal findings in the order their rules were registered.
    #[test]
    fn rules_on_two_threads_report_in_registration_order() {
        let expected: Vec<String> = (0..12).map(|n| format!("fix {n}")).collect();
        for _ in 0..5 {
            let report = numbered(None).check().unwrap();
            let fixes: Vec<&str> = report.findings.iter().map(|f| f.fix.as_str()).collect();
            assert_eq!(fixes, expected);
            assert_eq!(report.rules.len(), 12);
            assert!(report.rules.iter().all(|r| r.pack == "numbered"));
        }
    }

    /// A rule that panics, on either thread, fails the call with that panic; nothing waits
    /// forever for the other thread.
    #[test]
    fn a_panicking_rule_fails_the_synth_on_either_thread() {
        for at in [0, 5, 11] {
            let app = numbered(Some(at));
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                app.synth_bodies(&SynthOptions::default())
            }));
            let panic = result.expect_err("the rule's panic reaches the caller");
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .unwrap_or_default();
            assert_eq!(message, format!("rule {at} broke"));
        }
    }

    #[test]
    fn the_pack_lists_its_rules_in_id_order() {
        let ids: Vec<&str> = security::pack(PortPolicy::default())
            .rules
            .iter()
            .map(|r| r.id())
            .collect();
        let expected: Vec<String> = (1..=16).map(|n| format!("ZS{n:03}")).collect();
        assert_eq!(ids, expected);
    }
}

mod tags {
    use super::*;

    #[test]
    fn tags_reach_every_taggable_resource_below_the_scope_closest_wins() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        let cell = app.add_construct(s, "Cell").unwrap();
        app.add_tag(app.root(), "Project", "zimbra").unwrap();
        app.add_tag(app.root(), "Owner", "ops").unwrap();
        app.add_tag(cell, "Owner", "cell-team").unwrap();
        app.add_resource(cell, "Inner", named("x")).unwrap();
        app.add_resource(s, "Outer", named("y")).unwrap();
        app.add_resource(cell, "Untaggable", Plain).unwrap();
        let a = synth(&app);
        let res = &template(&a, "S")["Resources"];
        assert_eq!(
            res["CellInner"]["Properties"]["Tags"],
            json!([{"Key": "Owner", "Value": "cell-team"}, {"Key": "Project", "Value": "zimbra"}])
        );
        assert_eq!(
            res["Outer"]["Properties"]["Tags"],
            json!([{"Key": "Owner", "Value": "ops"}, {"Key": "Project", "Value": "zimbra"}])
        );
        assert!(res["CellUntaggable"].get("Properties").is_none());
    }
}

mod template_sections {
    use super::*;

    /// A stack with a parameter, a mapping, a condition, two resources using them (one with
    /// every attribute) and an exported output.
    fn every_section() -> App {
        let mut app = App::new();
        let s = app
            .add_stack(
                app.root(),
                "S",
                StackProps::new(region("us-east-2")).set_description("test stack"),
            )
            .unwrap();
        let ami = app
            .add_parameter(
                s,
                "Ami",
                Parameter::new(Parameter::SSM_IMAGE_ID)
                    .set_default("/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id"),
            )
            .unwrap();
        let map = app
            .add_mapping(
                s,
                "Sizes",
                crate::Mapping::new().set("small", "type", "t3.large"),
            )
            .unwrap();
        let cond = app
            .add_condition(s, "InOhio", intrinsics::equals(Pseudo::Region, "us-east-2"))
            .unwrap();
        let t = app
            .add_resource(
                s,
                "T",
                named(intrinsics::if_(
                    cond,
                    ami.value::<String>(),
                    intrinsics::no_value(),
                )),
            )
            .unwrap();
        app.add_resource(
            s,
            "U",
            named(intrinsics::find_in_map::<String>(map, "small", "type")),
        )
        .unwrap();
        app.options_mut(t)
            .unwrap()
            .set_removal_policy(RemovalPolicy::Retain)
            .set_condition(cond)
            .add_metadata(
                "checkov",
                json!({"skip": [{"id": "CKV_X", "comment": "why"}]}),
            )
            .add_property_override("Extra.Deep", 5i64);
        app.add_output(
            s,
            "Out",
            Output::new(t.reference()).set_export_name("S-Out"),
        )
        .unwrap();
        app
    }

    #[test]
    fn parameters_mappings_conditions_outputs_and_attributes_render_in_order() {
        let a = synth(&every_section());
        let tpl = template(&a, "S");
        let keys: Vec<&str> = tpl
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "AWSTemplateFormatVersion",
                "Description",
                "Parameters",
                "Mappings",
                "Conditions",
                "Resources",
                "Outputs"
            ]
        );
        assert_eq!(
            tpl["Parameters"]["Ami"]["Type"],
            "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"
        );
        assert_eq!(
            tpl["Resources"]["T"],
            json!({
                "Type": "Test::Thing::Tagged",
                "Condition": "InOhio",
                "Properties": {
                    "Name": {"Fn::If": ["InOhio", {"Ref": "Ami"}, {"Ref": "AWS::NoValue"}]},
                    "Extra": {"Deep": 5}
                },
                "Metadata": {"checkov": {"skip": [{"id": "CKV_X", "comment": "why"}]}},
                "DeletionPolicy": "Retain",
                "UpdateReplacePolicy": "Retain"
            })
        );
        assert_eq!(
            tpl["Resources"]["U"]["Properties"]["Name"],
            json!({"Fn::FindInMap": ["Sizes", "small", "type"]})
        );
        assert_eq!(
            tpl["Outputs"]["Out"],
            json!({"Value": {"Ref": "T"}, "Export": {"Name": "S-Out"}})
        );
    }

    #[test]
    fn no_template_ever_contains_a_placeholder_for_a_reference() {
        let mut app = App::new();
        let p = stack(&mut app, "P");
        let c = stack(&mut app, "C");
        let b = app.add_resource(p, "B", named("b")).unwrap();
        app.add_resource(c, "U", named(b.reference())).unwrap();
        let a = synth(&app);
        for s in &a.stacks {
            assert!(!s.body.contains("Token"), "{}", s.body);
            assert!(!s.body.contains("NodeId"), "{}", s.body);
        }
    }
}

mod tree {
    use super::*;

    #[test]
    fn a_construct_can_not_be_added_with_the_id_of_a_sibling() {
        let mut app = App::new();
        let s = stack(&mut app, "Net");
        let cell = app.add_construct(s, "Cell").unwrap();
        app.add_resource(cell, "Vpc", named("a")).unwrap();
        let err = app.add_resource(cell, "Vpc", named("b")).unwrap_err();
        assert!(matches!(err, TreeError::DuplicateId { .. }));
        assert_eq!(
            err.to_string(),
            "duplicate construct id: 'Net/Cell/Vpc' already exists (added again as 'Net/Cell/Vpc'); give each child of 'Net/Cell' a distinct id"
        );
    }

    #[test]
    fn resources_must_live_in_a_stack_and_stacks_do_not_nest() {
        let mut app = App::new();
        let err = app
            .add_resource(app.root(), "Orphan", named("x"))
            .unwrap_err();
        assert!(err.to_string().contains("must live in a stack"), "{err}");
        let s = stack(&mut app, "S");
        let err = app
            .add_stack(s, "Inner", StackProps::new(region("us-east-2")))
            .unwrap_err();
        assert!(err.to_string().contains("stacks cannot be nested"), "{err}");
    }

    #[test]
    fn ids_must_be_non_empty_and_slash_free() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        assert!(matches!(
            app.add_construct(s, "a/b"),
            Err(TreeError::InvalidId { .. })
        ));
        assert!(matches!(
            app.add_construct(s, ""),
            Err(TreeError::InvalidId { .. })
        ));
    }

    #[test]
    fn typed_properties_can_be_changed_after_adding() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        let t = app.add_resource(s, "T", named("before")).unwrap();
        app.resource_mut(t).unwrap().name = Some("after".into());
        let a = synth(&app);
        assert_eq!(
            template(&a, "S")["Resources"]["T"]["Properties"]["Name"],
            "after"
        );
    }
}

mod validation {
    use super::*;

    #[test]
    fn annotations_and_validations_are_all_reported_with_paths() {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        let r = app.add_resource(s, "R", Plain).unwrap();
        app.annotate(r, Severity::Warning, "ZX1", "just so you know");
        app.annotate(s, Severity::Error, "ZX2", "broken; fix it like this");
        app.add_validation(
            s,
            Box::new(|app: &App| {
                if app.stacks().len() < 2 {
                    vec!["needs two stacks; add another".to_owned()]
                } else {
                    vec![]
                }
            }),
        );
        let Err(SynthError::Invalid(d)) = app.synth(&SynthOptions::default()) else {
            panic!()
        };
        let shown: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "error ZX2 at S: broken; fix it like this",
                "error ZC100 at S: needs two stacks; add another",
                "warning ZX1 at S/R: just so you know",
            ]
        );
    }
}
