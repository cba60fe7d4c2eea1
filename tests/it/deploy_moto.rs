//! End-to-end deploy, diff and destroy of small apps against a local (patched) moto server:
//! the full cycle on three stacks, and an export removal (the deadly embrace). The
//! reference cluster's cycle is [`crate::deploy_reference`]; both use the harness in
//! [`crate::moto`].
//!
//! Skipped, with a notice, unless `ZC_MOTO_ENDPOINT` names the server (for example
//! `http://127.0.0.1:5055`); `tests/moto/start.sh` starts one. Every scenario starts from
//! `POST {endpoint}/moto-api/reset`. The scenarios run one after the other inside a single
//! test function, because they share the server.
use crate::moto::{self, synth, Moto};

use zimbra_constructs::deploy::Outcome;
use zimbra_constructs::resources::{ec2, s3};
use zimbra_constructs::{App, RemovalPolicy, StackProps, Tag};

/// Deploy `build(false)`, verify, redeploy (no changes), diff and deploy `build(true)` (only
/// `changed_stack` differs), destroy.
async fn full_cycle(moto: &Moto, build: impl Fn(bool) -> App, changed_stack: &str) {
    let v1 = synth(&build(false));
    let first = moto::deploy_created(moto, &v1).await;
    moto::verify_stacks(moto, &v1).await;
    let noop = moto::redeploy_unchanged(moto, &v1).await;
    let v2 = synth(&build(true));
    moto::diff_then_update(moto, &v2, changed_stack).await;
    let (_, _, destroy) = moto::destroy_all(moto, &v2).await;
    moto::say(&format!(
        "small app, {} stacks: first deploy {:.2} s, no-op deploy {:.2} s, destroy {:.2} s",
        v1.stacks.len(),
        first.as_secs_f64(),
        noop.as_secs_f64(),
        destroy.as_secs_f64()
    ));
}

/// The deadly embrace on a real (emulated) CloudFormation: the cell stops using the network
/// stack's VPC, so the network stack's new template drops the export the deployed cell still
/// imports. A naive deploy of the network stack would be refused; ours keeps the export
/// until the cell is updated, then drops it.
async fn export_removal(moto: &Moto) {
    moto.reset();
    let v1 = synth(&small_app(false));
    moto.deploy(&v1).await;
    let before = moto
        .cfn
        .list_exports()
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(!before.exports().is_empty());

    let v2 = synth(&detached_app());
    let (report, text) = moto.deploy(&v2).await;
    assert!(text.contains("keeping"), "{text}");
    let passes = report.stacks.iter().filter(|s| s.stack == "ZcNet").count();
    assert_eq!(passes, 2, "{text}");
    let after = moto
        .cfn
        .list_exports()
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    let net_exports: Vec<&str> = after
        .exports()
        .iter()
        .filter_map(|e| e.name())
        .filter(|n| n.starts_with("ZcNet:"))
        .collect();
    assert!(
        net_exports.is_empty(),
        "dropped at last: {net_exports:?}\n{text}"
    );
    let (report, text) = moto.deploy(&v2).await;
    assert!(
        report
            .stacks
            .iter()
            .all(|s| s.outcome == Outcome::Unchanged),
        "{text}"
    );
}

/// `small_app` with a cell that has its own VPC: nothing imports from the network stack.
fn detached_app() -> App {
    let region = |_: ()| "us-east-2".parse().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new();
    let net = app
        .add_stack(app.root(), "ZcNet", StackProps::new(region(())))
        .unwrap_or_else(|e| panic!("{e}"));
    let vpc = app
        .add_resource(net, "Vpc", ec2::Vpc::new().set_cidr_block("10.20.0.0/16"))
        .unwrap_or_else(|e| panic!("{e}"));
    app.add_resource(
        net,
        "Public",
        ec2::Subnet::new(vpc).set_cidr_block("10.20.0.0/24"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let cell = app
        .add_stack(app.root(), "ZcCell", StackProps::new(region(())))
        .unwrap_or_else(|e| panic!("{e}"));
    let own = app
        .add_resource(
            cell,
            "CellVpc",
            ec2::Vpc::new().set_cidr_block("10.30.0.0/16"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    app.add_resource(
        cell,
        "Private",
        ec2::Subnet::new(own).set_cidr_block("10.30.1.0/24"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    app.add_resource(
        cell,
        "Sg",
        ec2::SecurityGroup::new("mailbox cell")
            .set_vpc_id(own)
            .set_tags(vec![Tag::new("tier", "mailbox")]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let data = app
        .add_stack(app.root(), "ZcData", StackProps::new(region(())))
        .unwrap_or_else(|e| panic!("{e}"));
    let bucket = app
        .add_resource(data, "Backups", s3::Bucket::new())
        .unwrap_or_else(|e| panic!("{e}"));
    if let Ok(o) = app.options_mut(bucket) {
        o.set_deletion_policy(RemovalPolicy::Retain);
    }
    app
}

/// Three stacks: `Net` (VPC, subnet), `Cell` (security group and subnet in Net's VPC, through
/// exports), `Data` (a retained bucket). `changed` edits one tag of
/// the cell's security group.
fn small_app(changed: bool) -> App {
    let region = "us-east-2".parse().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new();
    let net = app
        .add_stack(app.root(), "ZcNet", StackProps::new(region))
        .unwrap_or_else(|e| panic!("{e}"));
    let vpc = app
        .add_resource(net, "Vpc", ec2::Vpc::new().set_cidr_block("10.20.0.0/16"))
        .unwrap_or_else(|e| panic!("{e}"));
    app.add_resource(
        net,
        "Public",
        ec2::Subnet::new(vpc).set_cidr_block("10.20.0.0/24"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let region = "us-east-2".parse().unwrap_or_else(|e| panic!("{e}"));
    let cell = app
        .add_stack(app.root(), "ZcCell", StackProps::new(region))
        .unwrap_or_else(|e| panic!("{e}"));
    app.add_resource(
        cell,
        "Private",
        ec2::Subnet::new(vpc).set_cidr_block("10.20.1.0/24"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let tier = if changed { "mailbox-v2" } else { "mailbox" };
    app.add_resource(
        cell,
        "Sg",
        ec2::SecurityGroup::new("mailbox cell")
            .set_vpc_id(vpc)
            .set_tags(vec![Tag::new("tier", tier)]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let region = "us-east-2".parse().unwrap_or_else(|e| panic!("{e}"));
    let data = app
        .add_stack(
            app.root(),
            "ZcData",
            // Termination protection: deploy turns it on, destroy turns it off first.
            StackProps::new(region).set_termination_protection(true),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let bucket = app
        .add_resource(data, "Backups", s3::Bucket::new())
        .unwrap_or_else(|e| panic!("{e}"));
    if let Ok(o) = app.options_mut(bucket) {
        o.set_deletion_policy(RemovalPolicy::Retain);
    }
    app
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn small_apps_on_moto() {
    let Some(moto) = Moto::connect().await else {
        return;
    };
    full_cycle(&moto, small_app, "ZcCell").await;
    export_removal(&moto).await;
}
