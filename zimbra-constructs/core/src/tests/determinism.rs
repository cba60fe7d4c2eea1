use super::*;

fn build() -> App {
    let mut app = App::new();
    let p = stack(&mut app, "P");
    let c = stack(&mut app, "C");
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
        serde_json::from_slice(&std::fs::read(dir.path().join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m["version"], "zimbra-constructs/1");
    assert_eq!(m["stacks"][0]["name"], "P");
    assert_eq!(m["stacks"][1]["dependencies"], json!(["P"]));
    assert_eq!(m["stacks"][1]["resourceCount"], 50);
    let bytes = std::fs::metadata(dir.path().join("C.template.json"))
        .unwrap()
        .len();
    assert_eq!(m["stacks"][1]["templateBytes"], bytes);
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
    let back: serde_json::Value = serde_yaml::from_str(&s.body).unwrap();
    assert_eq!(back, s.template);
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
