//! The benchmark programs: `scaled` with its defaults is exactly the reference cluster, it
//! stays a valid cluster split into legal stacks at the anchors' largest cases, and the
//! generic app has exactly the resources asked for, in legal stacks.

use crate::scaled_example as scaled;
use crate::{generic, reference};
use zimbra_constructs::synth::Limits;
use zimbra_constructs::{Assembly, SynthOptions};

fn synth(app: &zimbra_constructs::App) -> Assembly {
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("synth: {e}"))
}

fn assert_legal(assembly: &Assembly) {
    let l = Limits::CLOUDFORMATION;
    for s in &assembly.stacks {
        assert!(s.resource_count <= l.resources, "{}", s.name);
        assert!(s.minified_len <= l.inline_body_bytes, "{}", s.name);
        assert!(s.output_count <= l.outputs, "{}", s.name);
    }
}

#[test]
fn scaled_defaults_are_the_reference_cluster() {
    let a = synth(&scaled::build_scaled(3, 2).unwrap());
    let b = synth(&reference::build().unwrap());
    assert_eq!(a.stacks.len(), b.stacks.len());
    for (x, y) in a.stacks.iter().zip(&b.stacks) {
        assert_eq!(x.name, y.name);
        assert!(x.body == y.body, "{} differs", x.name);
    }
}

#[test]
fn scaled_extremes_are_valid_clusters_in_legal_stacks() {
    for (n_az, mailboxes) in [(1, 1), (3, 40), (3, 45)] {
        let assembly = synth(&scaled::build_scaled(n_az, mailboxes).unwrap());
        assert_legal(&assembly);
        let instances: usize = assembly
            .stacks
            .iter()
            .map(|s| {
                s.template["Resources"]
                    .as_object()
                    .unwrap()
                    .values()
                    .filter(|r| r["Type"] == "AWS::EC2::Instance")
                    .count()
            })
            .sum();
        assert_eq!(instances, n_az * (3 + mailboxes), "{n_az} x {mailboxes}");
    }
    // The anchors go to 51 per /26; our address plan stops at 45 and says why.
    let err = scaled::build_scaled(3, 46).unwrap_err().to_string();
    assert!(err.contains("ZZ007"), "{err}");
    assert!(scaled::build_scaled(0, 2).is_err());
    assert!(scaled::build_scaled(3, 52).is_err());
}

#[test]
fn generic_apps_have_exactly_the_resources_asked_for() {
    for n in [1, 100, 1_000, 10_000] {
        let assembly = synth(&generic::build_n(n).unwrap());
        assert_legal(&assembly);
        let total: usize = assembly.stacks.iter().map(|s| s.resource_count).sum();
        assert_eq!(total, n);
        assert!(assembly.warnings.is_empty(), "{n}: {:?}", assembly.warnings);
    }
}
