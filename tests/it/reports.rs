//! The reviewer reports on the reference cluster: `cost`, `diagram` and `runbook` as insta
//! snapshots under `snapshots/`; `review` of the reference against changed copies of itself
//! (one mailbox more, a port opened, the backup volumes removed, a mailbox server resized),
//! each with the exit code CI gates on; and the cost of a small cluster against a hand
//! calculation.

use std::process::ExitCode;

use clap::Parser;
use zimbra_constructs::check::record::FindingsRecord;
use zimbra_constructs::cli::Cli;
use zimbra_constructs::report::cost::CostReport;
use zimbra_constructs::report::review::{
    Review, ReviewInput, ReviewOptions, ServerChange, Verdict,
};
use zimbra_constructs::report::{diagram, runbook, PriceTable};
use zimbra_constructs::zimbra::prelude::*;

use crate::common;
use zimbra_constructs::{App, Assembly, SynthOptions};

/// Runs `f` with insta writing to `snapshots/` under bare snapshot names.
pub(crate) fn snapshots(f: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(f);
}

/// A change to the reference's props and to each of its AZ cells (by index).
pub(crate) type Change = fn(ClusterProps, usize, AzCell) -> (ClusterProps, AzCell);

/// The reference cluster (`examples/reference`), with `change` applied to its props and to
/// each AZ cell (by index).
pub(crate) fn reference_with(change: Change) -> Result<App, Box<dyn std::error::Error>> {
    reference_in(zimbra_constructs::Context::new(), change)
}

/// [`reference_with`] in an app with `context` (the AMI pin).
pub(crate) fn reference_in(
    context: zimbra_constructs::Context,
    change: Change,
) -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new().with_context(context);
    let mut props = ClusterProps::new("mycompany.com".parse()?, "us-east-2".parse()?)
        .installer(ZimbraInstaller::new(
            crate::reference::INSTALLER_URL,
            crate::reference::INSTALLER_SHA256,
        ))
        .vpc_cidr("172.16.0.0/16".parse()?)
        .admin_cidrs(["203.0.113.0/24".parse()?]);
    let mut cells = Vec::new();
    for (i, (az, public, private)) in [
        ("us-east-2a", "172.16.0.0/26", "172.16.1.0/26"),
        ("us-east-2b", "172.16.0.64/26", "172.16.1.64/26"),
        ("us-east-2c", "172.16.0.128/26", "172.16.1.128/26"),
    ]
    .into_iter()
    .enumerate()
    {
        let cell = AzCell::new(az.parse()?)
            .public_subnet(public.parse()?)
            .private_subnet(private.parse()?)
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new());
        let (p, cell) = change(props, i, cell);
        props = p;
        cells.push(cell);
    }
    let mut cluster = ZimbraCluster::new(props);
    for c in cells {
        cluster = cluster.cell(c);
    }
    cluster.build(&mut app)?;
    Ok(app)
}

pub(crate) fn unchanged(p: ClusterProps, _: usize, c: AzCell) -> (ClusterProps, AzCell) {
    (p, c.mailboxes(2))
}

fn synth(app: &App) -> Assembly {
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("does not synth: {e}"))
}

fn reference() -> Assembly {
    synth(&crate::reference::build().unwrap())
}

#[test]
fn the_test_copy_of_the_reference_is_the_reference() {
    let a = reference();
    let b = synth(&reference_with(unchanged).unwrap());
    for (x, y) in a.stacks.iter().zip(&b.stacks) {
        assert!(x.body == y.body, "{} differs", x.name);
    }
}

#[test]
fn cost_diagram_and_runbook_of_the_reference_match_their_snapshots() {
    let a = reference();
    let report = CostReport::of(&a, &PriceTable::embedded().unwrap());
    let json = serde_json::to_string_pretty(&report.to_json()).unwrap();
    snapshots(|| {
        insta::assert_snapshot!("reference__report_cost", report.to_markdown());
        insta::assert_snapshot!("reference__report_cost_json", json);
        insta::assert_snapshot!("reference__report_diagram", diagram::to_markdown(&a));
        insta::assert_snapshot!("reference__report_runbook", runbook::to_markdown(&a));
    });
}

/// Two AZs in us-east-2, an edge server (MTA + proxy + LDAP) and a mailbox server in each,
/// every other setting the default.
fn small_cluster() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    let mut cluster = ZimbraCluster::new(
        ClusterProps::new("example.com".parse()?, "us-east-2".parse()?)
            .installer(common::installer())
            .vpc_cidr("10.20.0.0/16".parse()?),
    );
    for (az, public, private) in [
        ("us-east-2a", "10.20.0.0/26", "10.20.1.0/26"),
        ("us-east-2b", "10.20.0.64/26", "10.20.1.64/26"),
    ] {
        cluster = cluster.cell(
            AzCell::new(az.parse()?)
                .public_subnet(public.parse()?)
                .private_subnet(private.parse()?)
                .edge(EdgeNode::new())
                .mailboxes(1),
        );
    }
    cluster.build(&mut app)?;
    Ok(app)
}

/// The monthly cost of [`small_cluster`], by hand from `data/prices.toml` (us-east-2 and
/// `[global]`), each line count x price x 730 h (or x GiB, or per month).
#[test]
fn the_cost_of_a_small_cluster_is_the_hand_calculation() {
    let h = 730.0;
    let on_demand = [
        2.0 * 0.1664 * h,    // EC2 t3.xlarge, the two edge servers
        2.0 * 0.192 * h,     // EC2 m5.xlarge, the two mailbox servers
        4.0 * 50.0 * 0.08,   // EBS gp3 root volumes, 50 GiB on each of the 4 servers
        2.0 * 500.0 * 0.08,  // EBS gp3 store volumes
        2.0 * 100.0 * 0.08,  // EBS gp3 index volumes
        2.0 * 50.0 * 0.08,   // EBS gp3 database volumes
        2.0 * 560.0 * 0.045, // EBS st1 backup volumes
        1.0 * 0.045 * h,     // the shared NAT gateway
        3.0 * 0.005 * h,     // public IPv4: an Elastic IP per edge server (MTA role) and the NAT's
        2.0 * 0.005 * h,     // public IPv4: the internet-facing NLB's node in each of the 2 AZs
        1.0 * 0.0225 * h,    // the NLB
        3.0 * 0.50,          // Route 53: the private zone and 2 reverse zones (10.20.0, 10.20.1)
        8.0 * 0.40,          // Secrets Manager: 7 Zimbra passwords and the S3 store's key
    ];
    let od: f64 = on_demand.iter().sum();
    assert!((od - 765.889).abs() < 1e-6, "the hand sum itself: {od}");
    // Commitments change the instance lines only (Standard RI, no upfront).
    let ec2_od = 2.0 * 0.1664 * h + 2.0 * 0.192 * h;
    let one_year = od - ec2_od + 2.0 * 0.104 * h + 2.0 * 0.12 * h;
    let three_year = od - ec2_od + 2.0 * 0.0711 * h + 2.0 * 0.082 * h;

    let report = CostReport::of(
        &synth(&small_cluster().unwrap()),
        &PriceTable::embedded().unwrap(),
    );
    let total = report.total();
    assert!(
        (total.on_demand - od).abs() < 1e-6,
        "{} vs {od}\n{}",
        total.on_demand,
        report.to_markdown()
    );
    assert!(
        (total.one_year - one_year).abs() < 1e-6,
        "{} vs {one_year}",
        total.one_year
    );
    assert!(
        (total.three_year - three_year).abs() < 1e-6,
        "{} vs {three_year}",
        total.three_year
    );
    assert!(report.unpriced().is_empty());
    let text = report.to_markdown();
    assert!(text.contains("$765.89"), "{text}");
    assert!(
        text.contains("dated 2026-07-20"),
        "the price date is stated: {text}"
    );
}

#[test]
fn a_region_without_embedded_prices_is_excluded_from_the_totals_not_zero() {
    let mut app = App::new();
    ZimbraCluster::new(
        ClusterProps::new("example.com".parse().unwrap(), "sa-east-1".parse().unwrap())
            .installer(common::installer()),
    )
    .cell(AzCell::new("sa-east-1a".parse().unwrap()).single(SingleServer::new()))
    .build(&mut app)
    .unwrap();
    let report = CostReport::of(&synth(&app), &PriceTable::embedded().unwrap());
    let unpriced: Vec<&str> = report.unpriced().iter().map(|l| l.item.as_str()).collect();
    assert!(unpriced.contains(&"EC2 m5.xlarge"), "{unpriced:?}");
    assert!(unpriced.contains(&"NAT gateway"), "{unpriced:?}");
    let text = report.to_markdown();
    assert!(
        text.contains("no embedded price; excluded from the totals"),
        "{text}"
    );
    // EBS is in the table for sa-east-1 and still counts.
    assert!(report.total().on_demand > 0.0);
}

/// Both sides as CI sees them: the base written by `synth` and read back from disk with its
/// findings record, the head synthesized now with its rule findings.
fn inputs(base_app: &App, head_app: &App) -> (ReviewInput, ReviewInput) {
    let dir = tempfile::tempdir().unwrap();
    let (assembly, report) = base_app.synth_recorded(&SynthOptions::default()).unwrap();
    assembly.write(dir.path()).unwrap();
    FindingsRecord::from(&report).write(dir.path()).unwrap();
    let base = ReviewInput {
        label: "base".to_owned(),
        assembly: Assembly::read(dir.path()).unwrap(),
        findings: FindingsRecord::read(dir.path()).unwrap(),
    };
    let head = synth(head_app);
    let findings = FindingsRecord::from(&head_app.check_assembly(&head));
    let head = ReviewInput {
        label: "head".to_owned(),
        assembly: head,
        findings: Some(findings),
    };
    (base, head)
}

fn review(change: Change) -> Review {
    let (base, head) = inputs(
        &crate::reference::build().unwrap(),
        &reference_with(change).unwrap(),
    );
    let options = ReviewOptions {
        cost_threshold_percent: 10.0,
        prices: PriceTable::embedded().unwrap(),
    };
    Review::compare(&base, &head, &options)
}

fn server<'r>(r: &'r Review, host: &str) -> &'r zimbra_constructs::report::review::ServerImpact {
    r.servers
        .iter()
        .find(|s| s.host == host)
        .unwrap_or_else(|| panic!("{host} not in {:?}", r.servers))
}

#[test]
fn reviewing_the_reference_against_itself_finds_no_risk() {
    let r = review(unchanged);
    assert_eq!(r.verdict(), Verdict::NoRisk, "{}", r.to_markdown());
    assert!(r.servers.is_empty() && r.data.is_empty() && r.security.is_empty());
    assert!(r.to_markdown().contains("**Verdict: no risk (exit 0)**"));
}

fn one_mailbox_more(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    (p, c.mailboxes(if i == 0 { 3 } else { 2 }))
}

#[test]
fn one_mailbox_more_adds_a_server_and_needs_attention_for_its_cost() {
    let r = review(one_mailbox_more);
    let added = server(&r, "mailbox-a3.mycompany.com");
    assert_eq!(added.change, ServerChange::Added);
    assert_eq!(added.stack, "Zimbra-Cell-us-east-2a-2");
    assert!(r.data.is_empty(), "{:?}", r.data);
    // m5.xlarge + 700 GiB gp3 + 560 GiB st1 = $221.36 a month, 11% of $1,990.31.
    let (b, h) = (r.cost.0.total().on_demand, r.cost.1.total().on_demand);
    assert!((h - b - (0.192 * 730.0 + 700.0 * 0.08 + 560.0 * 0.045)).abs() < 1e-6);
    assert_eq!(r.verdict(), Verdict::NeedsAttention);
    assert!(
        r.reasons
            .iter()
            .any(|(_, why)| why.contains("monthly cost grows +11.1%")),
        "{:?}",
        r.reasons
    );
    snapshots(|| insta::assert_snapshot!("reference__review_one_mailbox_more", r.to_markdown()));
}

fn smtps(p: ClusterProps, _: usize, c: AzCell) -> (ClusterProps, AzCell) {
    (p.smtps_465(true), c.mailboxes(2))
}

#[test]
fn opening_smtps_broadens_security_in_plain_words() {
    let r = review(smtps);
    let text = r.to_markdown();
    assert!(
        r.security.iter().any(|s| s.broadens
            && s.text
                .contains("now allows inbound TCP 465 (SMTPS) from the internet (0.0.0.0/0)")),
        "{text}"
    );
    assert!(
        r.security
            .iter()
            .any(|s| s.text.contains("load balancer listens on port 465 (SMTPS)")),
        "{text}"
    );
    assert_eq!(r.verdict(), Verdict::NeedsAttention, "{text}");
    snapshots(|| insta::assert_snapshot!("reference__review_smtps_opened", text));
}

fn s3_backups(p: ClusterProps, _: usize, c: AzCell) -> (ClusterProps, AzCell) {
    (p.backups(BackupTarget::S3), c.mailboxes(2))
}

#[test]
fn removing_the_backup_volumes_is_blocking() {
    let r = review(s3_backups);
    let text = r.to_markdown();
    assert_eq!(r.verdict(), Verdict::Blocking, "{text}");
    assert_eq!(
        r.data.len(),
        6,
        "one backup volume per mailbox server: {:?}",
        r.data
    );
    assert!(
        r.data.iter().any(|d| d
            .text
            .contains("volume /opt/zimbra/backup of mailbox-a1.mycompany.com (st1 560 GiB)")
            && d.text
                .contains("DeletionPolicy Snapshot deletes it after a final snapshot")),
        "{text}"
    );
    assert!(text.contains("**Verdict: blocking (exit 2)**"), "{text}");
    snapshots(|| insta::assert_snapshot!("reference__review_backup_volumes_removed", text));
}

/// mailbox-a1 on a bigger instance type (its server stops and starts).
pub(crate) fn bigger_mailbox(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    if i == 0 {
        let t: InstanceType = "m5.2xlarge".parse().unwrap();
        (
            p,
            c.mailbox(MailboxNode::new().instance_type(t))
                .mailbox(MailboxNode::new()),
        )
    } else {
        (p, c.mailboxes(2))
    }
}

#[test]
fn a_new_instance_type_restarts_that_server_by_host_name() {
    let r = review(bigger_mailbox);
    let s = server(&r, "mailbox-a1.mycompany.com");
    assert_eq!(s.change, ServerChange::Restarted, "{:?}", r.servers);
    assert!(
        s.why
            .iter()
            .any(|w| w.contains("Properties.InstanceType \"m5.xlarge\" → \"m5.2xlarge\"")),
        "{:?}",
        s.why
    );
    assert_eq!(
        r.servers.len(),
        1,
        "only mailbox-a1 changes: {:?}",
        r.servers
    );
    assert_eq!(r.verdict(), Verdict::NeedsAttention);
    assert!(r
        .reasons
        .iter()
        .any(|(_, w)| w == "mailbox-a1.mycompany.com is restarted (stopped and started)"));
}

fn small_backups(p: ClusterProps, _: usize, c: AzCell) -> (ClusterProps, AzCell) {
    (
        p.backup_volume(VolumeSpec::st1(200).unwrap()),
        c.mailboxes(2),
    )
}

#[test]
fn a_new_warning_finding_needs_attention() {
    let r = review(small_backups);
    let f = r.findings.as_ref().expect("both sides have records");
    assert!(f.new.iter().any(|x| x.rule_id == "ZA008"), "{f:?}");
    assert!(f.resolved.is_empty(), "{f:?}");
    assert_eq!(r.verdict(), Verdict::NeedsAttention);
    assert!(
        r.to_markdown().contains("- new warning ZA008 at `"),
        "{}",
        r.to_markdown()
    );
}

/// The command line: `review --base DIR --head DIR` exits with the verdict, `synth` writes the
/// findings record it compares.
#[test]
fn the_review_command_exits_with_the_verdict() {
    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let path = |i: usize| dirs[i].path().to_str().unwrap().to_owned();
    let run = |args: &[&str], change: Change| {
        let mut argv = vec!["zc"];
        argv.extend_from_slice(args);
        let cli = Cli::try_parse_from(argv).unwrap_or_else(|e| panic!("{e}"));
        zimbra_constructs::cli::run_with(cli, move || reference_with(change))
    };
    assert_eq!(
        run(&["synth", "--quiet", "--out", &path(0)], unchanged),
        ExitCode::SUCCESS
    );
    assert_eq!(
        run(&["synth", "--quiet", "--out", &path(1)], s3_backups),
        ExitCode::SUCCESS
    );
    assert!(dirs[0].path().join("findings.json").exists());
    assert_eq!(
        run(
            &["review", "--base", &path(0), "--head", &path(0)],
            unchanged
        ),
        ExitCode::from(0)
    );
    assert_eq!(
        run(
            &["review", "--base", &path(0), "--head", &path(1)],
            unchanged
        ),
        ExitCode::from(2)
    );
    // Default head: this program, synthesized now.
    assert_eq!(
        run(&["review", "--base", &path(0)], smtps),
        ExitCode::from(1)
    );
    // An empty directory is no assembly: the review cannot run.
    assert_eq!(
        run(&["review", "--base", &path(2)], unchanged),
        ExitCode::from(3)
    );
    for args in [
        &["cost", "--format", "json"][..],
        &["diagram"],
        &["runbook"],
    ] {
        assert_eq!(run(args, unchanged), ExitCode::SUCCESS, "{args:?}");
    }
}

/// The shipped workflow synthesizes the base, reviews the pull request against it, posts the
/// report and gates on the exit code, with the commands and flags this program has.
#[test]
fn the_review_workflow_runs_synth_and_review_and_gates_on_the_exit_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/.github/workflows/review.yml");
    let text = std::fs::read_to_string(path).unwrap();
    let wf = zimbra_constructs::assembly::parse_template(&text).unwrap();
    assert_eq!(wf["permissions"]["pull-requests"].as_str(), Some("write"));
    assert!(wf["on"].get("pull_request").is_some());
    let steps = wf["jobs"]["review"]["steps"].as_array().unwrap();
    let run = |needle: &str| {
        steps
            .iter()
            .filter_map(|s| s["run"].as_str())
            .find(|r| r.contains(needle))
            .unwrap_or_else(|| panic!("no step runs {needle}"))
            .to_owned()
    };
    let base = run("-- synth");
    assert!(
        base.contains("--out \"$RUNNER_TEMP/cfn.base\"") && base.contains("GITHUB_BASE_REF"),
        "{base}"
    );
    let review = run("-- review");
    assert!(
        review.contains("--base \"$RUNNER_TEMP/cfn.base\""),
        "{review}"
    );
    assert!(run("REVIEW_FAIL_AT").contains("-ge \"$REVIEW_FAIL_AT\""));
    // The flags it passes parse.
    for args in [
        vec!["zc", "synth", "--quiet", "--out", "x"],
        vec!["zc", "review", "--base", "x"],
    ] {
        assert!(Cli::try_parse_from(&args).is_ok(), "{args:?}");
    }
    assert!(steps.iter().any(|s| s["uses"]
        .as_str()
        .is_some_and(|u| u.starts_with("actions/github-script"))));
}
