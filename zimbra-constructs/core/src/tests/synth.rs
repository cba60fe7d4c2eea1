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

#[test]
fn the_pack_lists_its_rules_in_id_order() {
    let ids: Vec<&str> = security::pack(PortPolicy::default())
        .rules
        .iter()
        .map(|r| r.id())
        .collect();
    let expected: Vec<String> = (1..=13).map(|n| format!("ZS{n:03}")).collect();
    assert_eq!(ids, expected);
}
