//! What `diff` prints for day-2 changes of the reference cluster (issue 11, item 5): each
//! server an update replaces or stops and starts is named on its own line with the
//! `--allow-replace` deploy needs for it, and a change that only reaches the servers through
//! their stack's State Manager association reads "config change on N servers, no restart".
//! The texts are insta snapshots under `snapshots/`.

use serde_json::Value;
use zimbra_constructs::deploy::template_diff::{diff_templates, render, Disruption, TemplateDiff};
use zimbra_constructs::{App, SynthOptions};

use crate::ami::{pinned, reference_app};
use crate::day2::one_mta_more_in_a;
use crate::reports::{bigger_mailbox, reference_with, snapshots, unchanged};

/// Each stack's template of `app`, by name.
fn templates(app: &App) -> Vec<(String, Value)> {
    let assembly = app
        .synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("does not synth: {e}"));
    assembly
        .stacks
        .iter()
        .map(|s| (s.name.clone(), serde_json::from_str(&s.body).unwrap()))
        .collect()
}

/// The diff of `stack` between two apps.
fn stack_diff(before: &App, after: &App, stack: &str) -> TemplateDiff {
    let find = |app: &App| {
        templates(app)
            .into_iter()
            .find(|(n, _)| n == stack)
            .unwrap_or_else(|| panic!("no stack {stack}"))
            .1
    };
    diff_templates(&find(before), &find(after))
}

fn snapshot(name: &str, text: &str) {
    snapshots(|| insta::assert_snapshot!(name, text));
}

#[test]
fn a_new_ami_pin_flags_every_server_of_a_cell_stack_as_replaced() {
    let before = reference_app(pinned("ami-0123456789abcdef0"));
    let after = reference_app(pinned("ami-0fedcba9876543210"));
    let d = stack_diff(&before, &after, "Zimbra-Cell-us-east-2a");
    let names: Vec<(Option<&str>, Disruption)> = d
        .servers
        .iter()
        .map(|s| (s.name.as_deref(), s.disruption))
        .collect();
    assert_eq!(
        names,
        vec![
            (Some("mta-a1.mycompany.com"), Disruption::Replaced),
            (Some("proxy-a1.mycompany.com"), Disruption::Replaced),
            (Some("ldap-a1.mycompany.com"), Disruption::Replaced),
        ]
    );
    let text = render("Zimbra-Cell-us-east-2a", &d, true, false);
    snapshot("reference__diff_ami_pin_replaces_servers", &text);
}

#[test]
fn a_new_instance_type_flags_that_server_as_stopped_and_started() {
    let before = reference_with(unchanged).unwrap();
    let after = reference_with(bigger_mailbox).unwrap();
    let mut flagged = Vec::new();
    for (stack, _) in templates(&before) {
        let d = stack_diff(&before, &after, &stack);
        for s in &d.servers {
            flagged.push((stack.clone(), s.label(), s.disruption));
        }
        if !d.servers.is_empty() {
            snapshot(
                "reference__diff_instance_type_restarts_server",
                &render(&stack, &d, true, false),
            );
        }
    }
    assert_eq!(
        flagged,
        vec![(
            "Zimbra-Cell-us-east-2a-2".to_owned(),
            "MailboxA1Instance (mailbox-a1.mycompany.com)".to_owned(),
            Disruption::Restarted
        )]
    );
}

#[test]
fn a_bootstrap_change_is_a_config_change_with_no_restart() {
    let before = reference_with(unchanged).unwrap();
    let after = reference_with(one_mta_more_in_a).unwrap();
    let stack = "Zimbra-Cell-us-east-2b-2";
    let d = stack_diff(&before, &after, stack);
    assert!(d.servers.is_empty(), "{:?}", d.servers);
    assert_eq!(d.config.len(), 1, "{:?}", d.config);
    assert_eq!(
        d.config[0].summary(),
        "config change on 2 servers, no restart"
    );
    let text = render(stack, &d, true, false);
    assert!(!text.contains("--allow-replace"), "{text}");
    snapshot("reference__diff_config_change_no_restart", &text);
}
