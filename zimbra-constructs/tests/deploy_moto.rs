//! End-to-end deploy, diff and destroy against a local (patched) moto server.
//!
//! Skipped, with a notice, unless `ZC_MOTO_ENDPOINT` names the server (for example
//! `http://127.0.0.1:5055`); `tests/moto/start.sh` starts one. Every scenario starts from
//! `POST {endpoint}/moto-api/reset`. The scenarios run one after the other inside a single
//! test function, because they share the server.
//!
//! The harness takes any [`App`]: [`full_cycle`] deploys `build(false)`, checks the stacks
//! with the AWS APIs, deploys again (all unchanged), diffs and deploys `build(true)` (one
//! property changed in one stack), then destroys.
#![cfg(feature = "deploy")]

use std::time::{Duration, Instant};

use zimbra_constructs::deploy::{
    self, Approver, AwsOptions, Clients, DeployOptions, DestroyOptions, Outcome, Session, Ui,
};
use zimbra_constructs::resources::{ec2, s3};
use zimbra_constructs::{App, Assembly, RemovalPolicy, StackProps, SynthOptions, Tag};

struct Moto {
    endpoint: String,
    cfn: aws_sdk_cloudformation::Client,
    s3: aws_sdk_s3::Client,
}

impl Moto {
    async fn connect() -> Option<Moto> {
        let Ok(endpoint) = std::env::var("ZC_MOTO_ENDPOINT") else {
            // Straight to the stderr handle: libtest's capture would hide an eprintln!.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "notice: ZC_MOTO_ENDPOINT is not set; skipping the moto end-to-end test \
                 (start a server with tests/moto/start.sh PORT PIDFILE)"
            );
            return None;
        };
        for (k, v) in [
            ("AWS_ACCESS_KEY_ID", "testing"),
            ("AWS_SECRET_ACCESS_KEY", "testing"),
            ("AWS_EC2_METADATA_DISABLED", "true"),
        ] {
            if std::env::var_os(k).is_none() {
                // Single-threaded here: the only test of this binary, before any client.
                std::env::set_var(k, v);
            }
        }
        let config = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-2"))
            .endpoint_url(&endpoint)
            .load()
            .await;
        let s3_config = aws_sdk_s3::config::Builder::from(&config)
            .force_path_style(true)
            .build();
        Some(Moto {
            cfn: aws_sdk_cloudformation::Client::new(&config),
            s3: aws_sdk_s3::Client::from_conf(s3_config),
            endpoint,
        })
    }

    /// `POST /moto-api/reset` over a plain socket (no HTTP client dependency).
    fn reset(&self) {
        use std::io::{Read, Write};
        let host = self
            .endpoint
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let mut conn = std::net::TcpStream::connect(&host)
            .unwrap_or_else(|e| panic!("cannot reach moto at {host}: {e}"));
        let req = format!(
            "POST /moto-api/reset HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        conn.write_all(req.as_bytes())
            .unwrap_or_else(|e| panic!("reset: {e}"));
        let mut resp = String::new();
        let _ = conn.read_to_string(&mut resp);
        assert!(
            resp.starts_with("HTTP/1.1 200") || resp.starts_with("HTTP/1.0 200"),
            "reset: {resp}"
        );
    }

    fn session(&self) -> (Session, deploy::ui::Captured) {
        let clients = Clients::from_env(AwsOptions {
            endpoint_url: Some(self.endpoint.clone()),
            ..AwsOptions::default()
        });
        let (ui, out) = Ui::capture();
        // --yes: the test has no terminal.
        let mut s = Session::new(clients, ui, Approver::yes());
        s.poll = Duration::from_millis(200);
        (s, out)
    }

    async fn deploy(&self, assembly: &Assembly) -> (deploy::DeployReport, String) {
        let (s, out) = self.session();
        let r = deploy::deploy(
            assembly,
            &DeployOptions::default(),
            &s,
            std::future::pending(),
        )
        .await;
        let text = out.text();
        match r {
            Ok(report) => (report, text),
            Err(e) => panic!("deploy failed: {e}\n--- output ---\n{text}"),
        }
    }

    async fn status(&self, stack: &str) -> Option<String> {
        let out = self
            .cfn
            .describe_stacks()
            .stack_name(stack)
            .send()
            .await
            .ok()?;
        let s = out.stacks().first()?;
        let status = s.stack_status()?.as_str().to_owned();
        (status != "DELETE_COMPLETE").then_some(status)
    }

    async fn resource_types(&self, stack: &str) -> Vec<(String, String, String)> {
        let out = self
            .cfn
            .describe_stack_resources()
            .stack_name(stack)
            .send()
            .await
            .unwrap_or_else(|e| panic!("DescribeStackResources {stack}: {e:?}"));
        out.stack_resources()
            .iter()
            .map(|r| {
                (
                    r.logical_resource_id().unwrap_or_default().to_owned(),
                    r.resource_type().unwrap_or_default().to_owned(),
                    r.physical_resource_id().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }
}

fn synth(app: &App) -> Assembly {
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("synth: {e}"))
}

/// Deploy `build(false)`, verify, redeploy (no changes), diff and deploy `build(true)` (only
/// `changed_stack` differs), destroy.
async fn full_cycle(moto: &Moto, build: impl Fn(bool) -> App, changed_stack: &str) {
    moto.reset();
    let v1 = synth(&build(false));
    let names: Vec<String> = v1.stacks.iter().map(|s| s.name.clone()).collect();

    let t0 = Instant::now();
    let (report, text) = moto.deploy(&v1).await;
    eprintln!(
        "first deploy of {} stacks: {:.2} s",
        names.len(),
        t0.elapsed().as_secs_f64()
    );
    for n in &names {
        assert_eq!(report.outcome(n), Some(Outcome::Created), "{n}\n{text}");
        let status = moto.status(n).await;
        assert_eq!(status.as_deref(), Some("CREATE_COMPLETE"), "{n}");
        let deployed = moto.resource_types(n).await;
        let expected = v1.stack(n).map_or(0, |s| s.resource_count);
        assert_eq!(deployed.len(), expected, "{n}: {deployed:?}");
        assert!(
            deployed.iter().all(|(_, _, physical)| !physical.is_empty()),
            "{deployed:?}"
        );
    }

    verify(moto, &v1).await;

    let t1 = Instant::now();
    let (report, text) = moto.deploy(&v1).await;
    eprintln!("no-op deploy: {:.2} s", t1.elapsed().as_secs_f64());
    for n in &names {
        assert_eq!(report.outcome(n), Some(Outcome::Unchanged), "{n}\n{text}");
    }

    let v2 = synth(&build(true));
    let (s, out) = moto.session();
    let diffs = deploy::diff(&v2, &[], &s)
        .await
        .unwrap_or_else(|e| panic!("diff: {e}"));
    let text = out.text();
    let changed: Vec<&str> = diffs
        .iter()
        .filter(|d| !d.diff.is_empty())
        .map(|d| d.stack.as_str())
        .collect();
    assert_eq!(changed, vec![changed_stack], "{text}");
    let d = diffs
        .iter()
        .find(|d| d.stack == changed_stack)
        .map(|d| &d.diff);
    let d = d.unwrap_or_else(|| unreachable!());
    assert_eq!(d.resources.len(), 1, "{text}");
    assert_eq!(d.resources[0].changes.len(), 1, "{text}");
    assert!(d.entries.is_empty(), "{text}");

    let (report, text) = moto.deploy(&v2).await;
    for n in &names {
        let expected = if n == changed_stack {
            Outcome::Updated
        } else {
            Outcome::Unchanged
        };
        assert_eq!(report.outcome(n), Some(expected), "{n}\n{text}");
    }
    let (s, out) = moto.session();
    let diffs = deploy::diff(&v2, &[], &s)
        .await
        .unwrap_or_else(|e| panic!("diff: {e}"));
    assert!(diffs.iter().all(|d| d.diff.is_empty()), "{}", out.text());

    let (s, out) = moto.session();
    let opts = DestroyOptions {
        force: true,
        remove_termination_protection: true,
        ..DestroyOptions::default()
    };
    let report = deploy::destroy(&v2, &opts, &s, std::future::pending())
        .await
        .unwrap_or_else(|e| panic!("destroy: {e}\n{}", out.text()));
    let text = out.text();
    assert_eq!(report.deleted.len(), names.len(), "{text}");
    for n in &names {
        assert_eq!(moto.status(n).await, None, "{n} still exists");
    }
    // Retained resources are listed, and they do outlive their stacks.
    for r in &report.retained {
        assert!(text.contains(&r.logical_id), "{text}");
        if r.resource_type == "AWS::S3::Bucket" {
            let bucket = r.physical_id.clone().unwrap_or_default();
            assert!(
                moto.s3.head_bucket().bucket(&bucket).send().await.is_ok(),
                "retained bucket {bucket} is gone"
            );
        }
    }
}

/// Checks the deployed stacks through the AWS APIs, not the deploy's own word: every
/// synthesized resource exists with a physical id, cross-stack exports exist and resolve to
/// the producer's physical ids, buckets exist, stacks carry the name tag.
async fn verify(moto: &Moto, assembly: &Assembly) {
    let exports = moto
        .cfn
        .list_exports()
        .send()
        .await
        .unwrap_or_else(|e| panic!("ListExports: {e:?}"));
    for s in &assembly.stacks {
        let resources = moto.resource_types(&s.name).await;
        for name in zimbra_constructs::deploy::exports::template_exports(&s.template) {
            let e = exports
                .exports()
                .iter()
                .find(|e| e.name() == Some(name.as_str()));
            let value = e.and_then(|e| e.value()).unwrap_or_default();
            assert!(!value.is_empty(), "export {name} missing");
            assert!(
                resources
                    .iter()
                    .any(|(_, _, p)| value.starts_with(p.as_str()))
                    || value.contains(':'),
                "export {name} = {value} is not a resource of {}",
                s.name
            );
        }
        for (logical, ty, physical) in &resources {
            if ty == "AWS::S3::Bucket" {
                assert!(
                    moto.s3.head_bucket().bucket(physical).send().await.is_ok(),
                    "{logical}: bucket {physical} does not exist"
                );
            }
        }
        let out = moto.cfn.describe_stacks().stack_name(&s.name).send().await;
        let tags: Vec<(String, String)> = out
            .ok()
            .and_then(|o| o.stacks().first().cloned())
            .map(|st| {
                st.tags()
                    .iter()
                    .map(|t| {
                        (
                            t.key().unwrap_or_default().to_owned(),
                            t.value().unwrap_or_default().to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            tags.contains(&(deploy::STACK_TAG.to_owned(), s.name.clone())),
            "{}: tags {tags:?}",
            s.name
        );
    }
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
            // No termination protection: moto 5.2.5 answers UpdateTerminationProtection with
            // HTTP 500 (the mocked unit tests cover it).
            StackProps::new(region),
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
async fn moto_end_to_end() {
    let Some(moto) = Moto::connect().await else {
        return;
    };
    full_cycle(&moto, small_app, "ZcCell").await;
    export_removal(&moto).await;
}
