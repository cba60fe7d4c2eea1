//! Every example's templates as insta snapshots under `snapshots/` (review changes with
//! `cargo insta review`), plus the properties a reviewer relies on: deterministic output,
//! every stack within CloudFormation's limits, and the facts of the reference architecture.

use crate::common::{self, Build, EXAMPLES};
use zimbra_constructs::{Assembly, SynthOptions};

fn synth(build: Build) -> Assembly {
    let app = build().unwrap_or_else(|e| panic!("example does not build: {e}"));
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("example does not synth: {e}"))
}

#[test]
fn every_example_matches_its_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for (name, build) in EXAMPLES {
            let assembly = synth(build);
            let manifest = serde_json::to_string_pretty(&assembly.manifest()).unwrap();
            insta::assert_snapshot!(format!("{name}__manifest"), manifest);
            for stack in &assembly.stacks {
                insta::assert_snapshot!(format!("{name}__{}", stack.name), stack.body);
            }
        }
    });
}

#[test]
fn every_example_synthesizes_identically_twice() {
    for (name, build) in EXAMPLES {
        let a = synth(build);
        let b = synth(build);
        assert_eq!(a.stacks.len(), b.stacks.len(), "{name}");
        for (x, y) in a.stacks.iter().zip(&b.stacks) {
            assert!(x.body == y.body, "{name}: {} differs between runs", x.name);
        }
    }
}

#[test]
fn every_stack_fits_the_inline_body_limit_so_deploy_needs_no_bucket() {
    for (name, build) in EXAMPLES {
        for s in &synth(build).stacks {
            assert!(
                s.minified_len <= 51_200,
                "{name}: {} is {} bytes",
                s.name,
                s.minified_len
            );
            assert!(
                s.resource_count <= 500,
                "{name}: {} has {} resources",
                s.name,
                s.resource_count
            );
        }
    }
}

#[test]
fn the_large_example_has_over_500_resources_in_legal_stacks() {
    let a = synth(common::large);
    let total: usize = a.stacks.iter().map(|s| s.resource_count).sum();
    assert!(total > 500, "{total}");
}
