//! Day-2 changes against the instances already running (issue 11, item 4): the reference
//! cluster is synthesized, changed the way an operator grows or tightens it (one mailbox
//! more, one MTA more, other admin CIDRs) and synthesized again; every instance of the first
//! synth must be in the same stack, under the same logical id, with every property equal
//! (`UserData`, `SecurityGroupIds`, `ImageId`, `PrivateIpAddress` and the rest). A changed
//! property would stop, restart or replace a running server; a move to another stack would
//! delete it and create it again.

use std::collections::BTreeMap;

use serde_json::Value;
use zimbra_constructs::zimbra::prelude::*;
use zimbra_constructs::{App, SynthOptions};

use crate::reports::{reference_with, unchanged, Change};

/// Every `AWS::EC2::Instance` of an app: (stack, logical id) -> its properties.
fn instances(app: &App) -> BTreeMap<(String, String), BTreeMap<String, Value>> {
    let assembly = app
        .synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("does not synth: {e}"));
    let mut out = BTreeMap::new();
    for stack in &assembly.stacks {
        let Some(resources) = stack.template.get("Resources").and_then(Value::as_object) else {
            continue;
        };
        for (id, r) in resources {
            if r.get("Type").and_then(Value::as_str) != Some("AWS::EC2::Instance") {
                continue;
            }
            let props = r
                .get("Properties")
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default();
            out.insert((stack.name.clone(), id.clone()), props);
        }
    }
    out
}

/// The properties of an instance of `before` that differ in `after` (or the instance is gone
/// from its stack: `<moved or removed>`), per instance; `ignore` names properties not compared.
fn changed(
    before: &BTreeMap<(String, String), BTreeMap<String, Value>>,
    after: &BTreeMap<(String, String), BTreeMap<String, Value>>,
    ignore: &[&str],
) -> Vec<String> {
    let mut out = Vec::new();
    for (key, props) in before {
        let Some(now) = after.get(key) else {
            out.push(format!("{}/{}: <moved or removed>", key.0, key.1));
            continue;
        };
        let names: std::collections::BTreeSet<&String> = props.keys().chain(now.keys()).collect();
        for name in names {
            if !ignore.contains(&name.as_str()) && props.get(name) != now.get(name) {
                out.push(format!("{}/{}: {name}", key.0, key.1));
            }
        }
    }
    out
}

pub(crate) fn one_mailbox_more_in_b(
    p: ClusterProps,
    i: usize,
    c: AzCell,
) -> (ClusterProps, AzCell) {
    (p, c.mailboxes(if i == 1 { 3 } else { 2 }))
}

pub(crate) fn one_mta_more_in_a(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    let c = c.mailboxes(2);
    (p, if i == 0 { c.mta(MtaNode::new()) } else { c })
}

fn other_admin_cidrs(p: ClusterProps, _: usize, c: AzCell) -> (ClusterProps, AzCell) {
    let cidrs = [
        "198.51.100.0/24".parse().unwrap(),
        "203.0.113.0/25".parse().unwrap(),
    ];
    (p.admin_cidrs(cidrs), c.mailboxes(2))
}

fn compare(change: Change, ignore: &[&str]) -> (usize, usize, Vec<String>) {
    let before = instances(&reference_with(unchanged).unwrap());
    let after = instances(&reference_with(change).unwrap());
    (before.len(), after.len(), changed(&before, &after, ignore))
}

#[test]
fn adding_a_mailbox_changes_no_existing_instance_and_moves_none() {
    let (before, after, changed) = compare(one_mailbox_more_in_b, &[]);
    assert_eq!((before, after), (15, 16));
    assert!(changed.is_empty(), "{changed:#?}");
}

#[test]
fn other_admin_cidrs_change_no_instance() {
    let (before, after, changed) = compare(other_admin_cidrs, &[]);
    assert_eq!((before, after), (15, 15));
    assert!(changed.is_empty(), "{changed:#?}");
}

/// An MTA more changes every mailbox server's `SMTPHOST` list: that is configuration, in
/// the cell stacks' SSM documents, and changes no instance.
#[test]
fn adding_an_mta_moves_no_instance_and_changes_none() {
    let (before, after, changed) = compare(one_mta_more_in_a, &[]);
    assert_eq!((before, after), (15, 16));
    assert!(changed.is_empty(), "{changed:#?}");
}

/// What a stack's configuration association passes: its `ConfigHash` parameter (a new one
/// runs the stack's document on its servers), per stack.
fn config_runs(change: Change) -> BTreeMap<String, Value> {
    let app = reference_with(change).unwrap();
    let assembly = app.synth(&SynthOptions::default()).unwrap();
    assembly
        .stacks
        .iter()
        .filter_map(|s| {
            let r = s.template["Resources"].as_object()?;
            let a = r.values().find(|r| {
                r["Type"] == "AWS::SSM::Association"
                    && r["Properties"]["Targets"][0]["Key"] == "InstanceIds"
            })?;
            Some((s.name.clone(), a["Properties"]["Parameters"].clone()))
        })
        .collect()
}

/// A bootstrap change (here: one more MTA for the mailboxes' SMTP host list) reaches the
/// running servers through their stacks' configuration documents: only the associations of
/// the stacks whose servers it concerns get a new fingerprint, so only they run again. (The
/// installer settings of the others change too, for a future install: a new document
/// version, no run.)
#[test]
fn adding_an_mta_runs_the_configuration_of_the_mailbox_stacks_only() {
    let (before, after) = (config_runs(unchanged), config_runs(one_mta_more_in_a));
    let changed: Vec<&String> = before
        .iter()
        .filter(|(k, v)| after.get(*k) != Some(v))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        changed,
        [
            "Zimbra-Cell-us-east-2a-2",
            "Zimbra-Cell-us-east-2b-2",
            "Zimbra-Cell-us-east-2c-2"
        ]
    );
    assert!(
        after.contains_key("Zimbra-Cell-us-east-2a-Infra-2"),
        "the new MTA's stack"
    );
    // Other admin CIDRs are security groups only: no server runs again.
    assert_eq!(config_runs(other_admin_cidrs), before);
    // One mailbox more runs the configuration of its own stack only (a new target).
    let more = config_runs(one_mailbox_more_in_b);
    let changed: Vec<&String> = before
        .iter()
        .filter(|(k, v)| more.get(*k) != Some(v))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(changed, ["Zimbra-Cell-us-east-2b-2"]);
}
