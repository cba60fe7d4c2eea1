//! The servers' AMI pinned through the context file (`zimbra.context.json`): unpinned, the
//! templates keep the SSM parameter and synth warns (ZZ050); pinned, every instance names the
//! AMI id and no template has the parameter or a date; a changed pin replaces the instances;
//! a pin that is no AMI id is refused (ZZ051).

use serde_json::Value as Json;
use zimbra_constructs::diff::{diff_templates, Replacement};
use zimbra_constructs::zimbra::ami::context_key;
use zimbra_constructs::{
    App, Assembly, Context, ContextEntry, ContextLookup, SynthError, SynthOptions,
};

use crate::reference;

pub(crate) const PARAMETER: &str =
    "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id";

pub(crate) fn pinned(ami: &str) -> Context {
    let key = context_key("us-east-2", PARAMETER);
    let mut c = Context::new();
    c.set(
        key.clone(),
        ContextEntry {
            provider: ContextLookup::ssm_parameter(key, "us-east-2", PARAMETER).provider,
            value: ami.into(),
            resolved_at: "2026-12-05T16:00:00Z".into(),
        },
    );
    c
}

pub(crate) fn reference_app(context: Context) -> App {
    let mut app = App::new().with_context(context);
    reference::cluster()
        .unwrap_or_else(|e| panic!("{e}"))
        .build(&mut app)
        .unwrap_or_else(|e| panic!("{e}"));
    app
}

pub(crate) fn synth(app: &App) -> Assembly {
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Every instance of the assembly: (stack, logical id, its ImageId).
pub(crate) fn image_ids(assembly: &Assembly) -> Vec<(String, String, Json)> {
    let mut out = Vec::new();
    for s in &assembly.stacks {
        let t: Json = serde_json::from_str(&s.body).unwrap();
        for (id, r) in t["Resources"].as_object().unwrap() {
            if r["Type"] == "AWS::EC2::Instance" {
                out.push((
                    s.name.clone(),
                    id.clone(),
                    r["Properties"]["ImageId"].clone(),
                ));
            }
        }
    }
    out
}

#[test]
fn an_unpinned_ami_keeps_the_ssm_parameter_and_warns_once_with_the_command_to_pin_it() {
    let app = reference_app(Context::new());
    let key = context_key("us-east-2", PARAMETER);
    assert_eq!(
        app.missing_context(),
        [&ContextLookup::ssm_parameter(key, "us-east-2", PARAMETER)]
    );
    let assembly = synth(&app);
    let ids = image_ids(&assembly);
    assert_eq!(ids.len(), 15, "the reference cluster has 15 servers");
    for (stack, id, image) in &ids {
        assert_eq!(
            image,
            &serde_json::json!({"Ref": "ImageId"}),
            "{stack} {id}"
        );
    }
    let warnings: Vec<_> = assembly
        .warnings
        .iter()
        .filter(|w| w.code == "ZZ050")
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let m = &warnings[0].message;
    for part in [
        PARAMETER,
        "resolves again on every stack update",
        "replaces every server",
        "`cargo run -- context refresh`",
        "commit zimbra.context.json",
    ] {
        assert!(m.contains(part), "{part}: {m}");
    }
}

#[test]
fn a_pinned_ami_is_the_literal_image_id_of_every_server_and_no_template_has_a_date() {
    let assembly = synth(&reference_app(pinned("ami-0123456789abcdef0")));
    let ids = image_ids(&assembly);
    assert_eq!(ids.len(), 15);
    for (stack, id, image) in &ids {
        assert_eq!(image, "ami-0123456789abcdef0", "{stack} {id}");
    }
    for s in &assembly.stacks {
        let t: Json = serde_json::from_str(&s.body).unwrap();
        assert!(t["Parameters"]["ImageId"].is_null(), "{}", s.name);
        assert!(!s.body.contains("2026-12-05"), "{} has the date", s.name);
    }
    assert!(!assembly.warnings.iter().any(|w| w.code == "ZZ050"));
}

#[test]
fn a_changed_pin_replaces_every_instance_of_the_cell_stacks() {
    let old = synth(&reference_app(pinned("ami-0123456789abcdef0")));
    let new = synth(&reference_app(pinned("ami-0fedcba9876543210")));
    let mut replaced = 0;
    for (a, b) in old.stacks.iter().zip(&new.stacks) {
        let diff = diff_templates(
            &serde_json::from_str(&a.body).unwrap(),
            &serde_json::from_str(&b.body).unwrap(),
        );
        for r in &diff.resources {
            assert_eq!(r.resource_type, "AWS::EC2::Instance", "{}", r.logical_id);
            assert_eq!(r.replacement, Replacement::Yes, "{}", r.logical_id);
            assert_eq!(r.changes.len(), 1);
            assert_eq!(r.changes[0].path, "Properties.ImageId");
            replaced += 1;
        }
    }
    assert_eq!(replaced, 15);
}

#[test]
fn a_pin_that_is_no_ami_id_is_refused_naming_the_file_and_the_fix() {
    let app = reference_app(pinned("ubuntu-latest"));
    let Err(SynthError::Invalid(errors)) = app.synth(&SynthOptions::default()) else {
        panic!("synth accepted a pin that is no AMI id");
    };
    let zz051: Vec<_> = errors.iter().filter(|d| d.code == "ZZ051").collect();
    assert_eq!(zz051.len(), 1, "{errors:?}");
    assert!(
        zz051[0].message.contains("zimbra.context.json pins")
            && zz051[0].message.contains("'ubuntu-latest'")
            && zz051[0].message.contains("context refresh"),
        "{}",
        zz051[0].message
    );
}
