//! The rule packs behind `check` and synth: every rule fires on a deliberately unsafe program
//! (most made unsafe through the escape hatch, which the rules see because they read the
//! templates) and on none of the examples; suppressions need a reason and are reported.

use serde_json::json;
use zimbra_constructs::check::{CheckError, CheckReport};
use zimbra_constructs::resource::{ResourceSchema, Tagging};
use zimbra_constructs::value::PropertyMap;
use zimbra_constructs::zimbra::prelude::*;
use zimbra_constructs::{
    Expr, NodeId, RemovalPolicy, Resource, Severity, SynthError, SynthOptions,
};

use crate::common::EXAMPLES;

/// The reference cluster with changed settings.
fn cluster(props: impl FnOnce(ClusterProps) -> ClusterProps) -> App {
    let mut app = App::new();
    let p = ClusterProps::new(
        "mycompany.com".parse().unwrap(),
        "us-east-2".parse().unwrap(),
    )
    .installer(crate::common::installer())
    .vpc_cidr("172.16.0.0/16".parse().unwrap())
    .admin_cidrs(["203.0.113.0/24".parse().unwrap()]);
    let mut c = ZimbraCluster::new(props(p));
    for az in ["us-east-2a", "us-east-2b", "us-east-2c"] {
        c = c.cell(
            AzCell::new(az.parse().unwrap())
                .mta(MtaNode::new())
                .proxy(ProxyNode::new())
                .ldap(LdapMmr::new())
                .mailboxes(2),
        );
    }
    c.build(&mut app).unwrap();
    app
}

fn safe() -> App {
    cluster(|p| p)
}

/// The resource whose construct path ends with `suffix`.
fn node(app: &App, suffix: &str) -> NodeId {
    app.resources_below(app.root())
        .into_iter()
        .find(|n| app.path(*n).ends_with(suffix))
        .unwrap_or_else(|| panic!("no resource at */{suffix}"))
}

fn report(app: &App) -> CheckReport {
    app.check()
        .unwrap_or_else(|e| panic!("the app must synthesize for check: {e}"))
}

/// Asserts that `rule` reports a finding at a path containing `at` whose message contains
/// `needle`, and, for error rules, that synth refuses the app naming the rule.
fn fires(app: &App, rule: &str, at: &str, needle: &str) {
    let r = report(app);
    let found = r.of_rule(rule);
    assert!(
        found
            .iter()
            .any(|f| f.path.contains(at) && f.message.contains(needle)),
        "{rule}: no finding at *{at}* with '{needle}' in {:#?}",
        r.findings
    );
    if found[0].severity == Severity::Error {
        assert!(r.error_count() > 0);
        match app.synth(&SynthOptions::default()) {
            Err(SynthError::Invalid(d)) => assert!(
                d.iter()
                    .any(|d| d.code == rule && d.severity == Severity::Error),
                "synth does not report {rule}: {d:?}"
            ),
            other => panic!("synth must refuse {rule}, got {:?}", other.map(|_| ())),
        }
    }
}

fn set(app: &mut App, suffix: &str, path: &str, value: impl Into<Expr>) {
    let n = node(app, suffix);
    app.options_mut(n).unwrap().add_override(path, value);
}

#[test]
fn every_example_checks_clean_with_every_rule() {
    for (name, build) in EXAMPLES {
        let app = build().unwrap();
        let r = report(&app);
        assert!(r.findings.is_empty(), "{name}: {:#?}", r.findings);
        assert_eq!(r.rules.len(), 27, "{name}: both packs ran");
        // The one suppression of our own rules every cluster carries, with its reason.
        assert_eq!(r.suppressed.len(), 1, "{name}: {:#?}", r.suppressed);
        assert_eq!(r.suppressed[0].0.rule_id, "ZS010", "{name}");
        assert!(r.suppressed[0]
            .1
            .path
            .ends_with("/Network/DefaultSecurityGroup/CloserRole"));
        assert!(app.synth(&SynthOptions::default()).is_ok(), "{name}");
    }
}

/// Every suppression of an external rule pack (checkov, cdk-nag) in every example's templates
/// names a rule and gives a reason; the cdk-nag ones are the AwsSolutions rules CI runs.
#[test]
fn every_external_suppression_in_the_examples_has_a_reason() {
    use zimbra_constructs::external::{suppressions_in, Validator, MIN_REASON_CHARS};
    for (name, build) in EXAMPLES {
        let assembly = build().unwrap().synth(&SynthOptions::default()).unwrap();
        let mut seen = [0usize; 2];
        for stack in &assembly.stacks {
            let resources = stack.template["Resources"].as_object().unwrap();
            for (id, r) in resources {
                for (validator, rule, reason) in suppressions_in(r) {
                    let at = format!("{name}: {}/{id} {rule}", stack.name);
                    assert!(
                        reason.trim().chars().count() >= MIN_REASON_CHARS,
                        "{at}: reason '{reason}'"
                    );
                    match validator {
                        Validator::Checkov => {
                            seen[0] += 1;
                            assert!(rule.starts_with("CKV"), "{at}");
                        }
                        Validator::CdkNag => {
                            seen[1] += 1;
                            assert!(rule.starts_with("AwsSolutions-"), "{at}");
                        }
                    }
                }
            }
        }
        assert!(seen[0] > 0 && seen[1] > 0, "{name}: {seen:?}");
    }
}

#[test]
fn rule_ids_are_unique_sorted_and_carry_their_pack_prefix() {
    use zimbra_constructs::zimbra::rules;
    for (prefix, pack) in [("ZS", rules::security_pack()), ("ZA", rules::pack())] {
        let ids: Vec<&str> = pack.rules.iter().map(|r| r.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted);
        assert!(
            ids.iter().all(|i| i.starts_with(prefix) && i.len() == 5),
            "{ids:?}"
        );
    }
}

mod security {
    use super::*;

    #[test]
    fn zs001_an_instance_that_accepts_imdsv1() {
        let mut app = safe();
        set(
            &mut app,
            "mta-a1/Instance",
            "Properties.MetadataOptions.HttpTokens",
            "optional",
        );
        fires(&app, "ZS001", "mta-a1/Instance", "accepts IMDSv1");
    }

    #[test]
    fn zs002_an_unencrypted_volume_or_root_device() {
        let mut app = safe();
        set(
            &mut app,
            "mailbox-a1/StoreVolume",
            "Properties.Encrypted",
            false,
        );
        set(
            &mut app,
            "ldap-b1/Instance",
            "Properties.BlockDeviceMappings.0.Ebs.Encrypted",
            false,
        );
        fires(
            &app,
            "ZS002",
            "mailbox-a1/StoreVolume",
            "not encrypted at rest",
        );
        fires(&app, "ZS002", "ldap-b1/Instance", "block device /dev/sda1");
    }

    #[test]
    fn zs003_a_bucket_without_default_encryption() {
        let mut app = safe();
        let b = node(&app, "S3Volumes/BackupBucket");
        app.options_mut(b)
            .unwrap()
            .add_deletion_override("Properties.BucketEncryption");
        fires(&app, "ZS003", "BackupBucket", "no default encryption");
    }

    #[derive(Debug)]
    struct SsmParameter;
    static SSM: ResourceSchema = ResourceSchema {
        type_name: "AWS::SSM::Parameter",
        create_only: &[],
        read_only: &[],
        attributes: &[],
        tagging: Tagging::None,
    };
    impl Resource for SsmParameter {
        const TYPE: &'static str = "AWS::SSM::Parameter";
        const SCHEMA: &'static ResourceSchema = &SSM;
        fn properties(&self) -> Expr {
            let value = |s: &str| -> zimbra_constructs::Value<String> { s.into() };
            let mut m = PropertyMap::new();
            m.set("Name", Some(&value("/zimbra/ldap-root-password")));
            m.set("Type", Some(&value("String")));
            m.set("Value", Some(&value("{{resolve:secretsmanager:x}}")));
            m.finish()
        }
    }

    #[test]
    fn zs004_a_credential_in_a_plain_text_ssm_parameter() {
        let mut app = safe();
        let stack = app.stacks()[1];
        app.add_resource(stack, "LdapPassword", SsmParameter)
            .unwrap();
        fires(
            &app,
            "ZS004",
            "Storage/LdapPassword",
            "looks like a credential",
        );
    }

    #[test]
    fn zs005_a_private_bucket_opened_to_the_public() {
        let mut app = safe();
        set(
            &mut app,
            "S3Volumes/HsmBucket",
            "Properties.PublicAccessBlockConfiguration.RestrictPublicBuckets",
            false,
        );
        set(
            &mut app,
            "S3Volumes/BackupBucket",
            "Properties.AccessControl",
            "PublicRead",
        );
        fires(
            &app,
            "ZS005",
            "HsmBucket",
            "does not block all public access",
        );
        fires(&app, "ZS005", "BackupBucket", "'PublicRead' ACL");
    }

    #[test]
    fn zs006_a_public_statement_beyond_get_object() {
        let mut app = safe();
        set(
            &mut app,
            "S3Volumes/AssetsBucketPolicy",
            "Properties.PolicyDocument.Statement.0.Action",
            "s3:*",
        );
        fires(
            &app,
            "ZS006",
            "AssetsBucketPolicy",
            "allows [\"s3:*\"] to everyone",
        );
    }

    #[test]
    fn zs006_a_public_get_object_on_a_private_bucket() {
        let mut app = safe();
        set(
            &mut app,
            "S3Volumes/BackupBucketPolicy",
            "Properties.PolicyDocument.Statement.1",
            json!({"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}),
        );
        fires(
            &app,
            "ZS006",
            "BackupBucketPolicy",
            "not marked public read-only",
        );
    }

    #[test]
    fn zs007_a_bucket_policy_without_the_tls_only_statement() {
        let mut app = safe();
        let p = node(&app, "S3Volumes/BackupBucketPolicy");
        app.options_mut(p)
            .unwrap()
            .add_deletion_override("Properties.PolicyDocument.Statement.0");
        fires(
            &app,
            "ZS007",
            "BackupBucket",
            "denies requests made without TLS",
        );
    }

    #[test]
    fn zs008_an_inter_server_port_opened_to_the_world() {
        let app = cluster(|p| {
            p.extra_ports([ExtraPort {
                port: 8443,
                protocol: Protocol::Tcp,
            }])
        });
        fires(
            &app,
            "ZS008",
            "SecurityGroups/ProxyPublic",
            "8443 (HTTPS upstream)",
        );
    }

    #[test]
    fn zs008_all_traffic_from_ipv6_anywhere() {
        let mut app = safe();
        set(
            &mut app,
            "SecurityGroups/MtaPublic",
            "Properties.SecurityGroupIngress.0",
            json!({"IpProtocol": "-1", "CidrIpv6": "::/0"}),
        );
        fires(&app, "ZS008", "MtaPublic", "open to ::/0");
    }

    #[test]
    fn zs009_the_admin_console_open_to_the_world() {
        let app = cluster(|p| p.admin_cidrs(["0.0.0.0/0".parse().unwrap()]));
        fires(&app, "ZS009", "ProxyPublic", "9071 is open to 0.0.0.0/0");
    }

    #[test]
    fn zs010_a_wildcard_action_or_resource() {
        let mut app = safe();
        set(
            &mut app,
            "FlowLogs/Role",
            "Properties.Policies.0.PolicyDocument.Statement.0.Action",
            "logs:*",
        );
        set(
            &mut app,
            "S3Volumes/S3UserPolicy",
            "Properties.PolicyDocument.Statement.0.Resource",
            "*",
        );
        fires(&app, "ZS010", "FlowLogs/Role", "wildcard actions");
        fires(&app, "ZS010", "S3UserPolicy", "on every resource");
    }

    #[test]
    fn zs011_a_password_in_a_template_parameter_or_output() {
        let mut app = safe();
        set(
            &mut app,
            "Identity/AdminPassword",
            "Properties.SecretString",
            "correct-horse-battery",
        );
        let storage = app.stacks()[1];
        app.add_parameter(
            storage,
            "LdapPassword",
            zimbra_constructs::Parameter::new("String").set_default("hunter2"),
        )
        .unwrap();
        let key = node(&app, "S3Volumes/S3UserAccessKey");
        let leaked = Expr::GetAtt(key, "SecretAccessKey".into());
        app.add_output(storage, "Leak", zimbra_constructs::Output::new(leaked))
            .unwrap();
        fires(
            &app,
            "ZS011",
            "Identity/AdminPassword",
            "'SecretString' holds a literal value",
        );
        fires(&app, "ZS011", "Storage/LdapPassword", "has a default value");
        fires(&app, "ZS011", "Storage/Leak", "exposes a secret");
    }

    #[test]
    fn zs012_a_vpc_without_flow_logs() {
        // The flow log points elsewhere (`flow_logs(false)` is the acknowledged way to have
        // none: a warning, ZZ060, tests/it/edge.rs).
        let mut app = safe();
        set(
            &mut app,
            "FlowLogs/FlowLog",
            "Properties.ResourceId",
            "vpc-0123456789abcdef0",
        );
        fires(&app, "ZS012", "Network/Vpc", "no flow log");
    }

    #[test]
    fn zs013_a_data_resource_deleted_with_its_stack() {
        let mut app = safe();
        let zone = node(&app, "PrivateDns/Zone");
        app.options_mut(zone)
            .unwrap()
            .set_removal_policy(RemovalPolicy::Delete);
        let vol = node(&app, "mailbox-c2/DbVolume");
        app.options_mut(vol)
            .unwrap()
            .set_update_replace_policy(RemovalPolicy::Delete);
        fires(&app, "ZS013", "PrivateDns/Zone", "DeletionPolicy is Delete");
        fires(
            &app,
            "ZS013",
            "mailbox-c2/DbVolume",
            "UpdateReplacePolicy is Delete",
        );
    }

    #[test]
    fn zs014_an_instance_without_termination_protection() {
        let mut app = safe();
        set(
            &mut app,
            "ldap-b1/Instance",
            "Properties.DisableApiTermination",
            false,
        );
        fires(
            &app,
            "ZS014",
            "ldap-b1/Instance",
            "can be terminated by any API call",
        );
    }

    #[test]
    fn zs015_a_load_balancer_without_deletion_protection() {
        let mut app = safe();
        set(
            &mut app,
            "Nlb/LoadBalancer",
            "Properties.LoadBalancerAttributes.1.Value",
            "false",
        );
        fires(
            &app,
            "ZS015",
            "Edge/Nlb/LoadBalancer",
            "can be deleted by mistake",
        );
    }

    #[test]
    fn zs016_a_vpc_whose_default_security_group_stays_open() {
        let mut app = safe();
        let closer = node(&app, "DefaultSecurityGroup/Closed");
        app.options_mut(closer)
            .unwrap()
            .add_property_override("Name", "AWS-CloseSecurityGroup");
        fires(
            &app,
            "ZS016",
            "Network/Vpc",
            "default security group keeps AWS's rules",
        );
    }
}

mod architecture {
    use super::*;

    #[test]
    fn za001_a_multi_server_cluster_in_one_az() {
        let mut app = App::new();
        let p = ClusterProps::new("example.com".parse().unwrap(), "us-east-2".parse().unwrap())
            .installer(crate::common::installer());
        ZimbraCluster::new(p)
            .cell(
                AzCell::new("us-east-2a".parse().unwrap())
                    .edge(EdgeNode::new())
                    .mailboxes(2),
            )
            .build(&mut app)
            .unwrap();
        fires(&app, "ZA001", "Zimbra", "all in us-east-2a");
    }

    #[test]
    fn za002_an_az_that_lost_a_role() {
        let mut app = safe();
        set(
            &mut app,
            "proxy-b1/Instance",
            "Metadata.zimbra-constructs.roles",
            json!(["mailbox"]),
        );
        fires(&app, "ZA002", "Zimbra/us-east-2b", "has no proxy server");
    }

    #[test]
    fn za003_an_mta_without_its_elastic_ip() {
        let mut app = safe();
        set(
            &mut app,
            "mta-c1/EipAssociation",
            "Properties.InstanceId",
            "i-0123456789abcdef0",
        );
        let eip = node(&app, "mta-a1/Eip");
        app.options_mut(eip)
            .unwrap()
            .set_deletion_policy(RemovalPolicy::Delete);
        fires(
            &app,
            "ZA003",
            "mta-c1/Instance",
            "0 Elastic IP associations",
        );
        fires(&app, "ZA003", "mta-a1/Eip", "not retained on delete");
    }

    #[test]
    fn za004_a_server_that_lists_another_az_ldap_first() {
        let mut app = safe();
        set(
            &mut app,
            "mailbox-b1/Instance",
            "Properties.UserData",
            json!({"Fn::Base64": "zmlocalconfig -e ldap_url=\"ldap://ldap-a1.mycompany.com:389 ldap://ldap-b1.mycompany.com:389\""}),
        );
        fires(
            &app,
            "ZA004",
            "mailbox-b1/Instance",
            "not an LDAP server of its own AZ",
        );
    }

    /// The rules read a server's part of its stack's SSM document (found by its address),
    /// where the configuration really is, not only its user data.
    #[test]
    fn za004_reads_the_servers_part_of_its_stacks_configuration_document() {
        let mut app = safe();
        let assembly = app.synth(&SynthOptions::default()).unwrap();
        let stack = assembly.stack("Zimbra-Cell-us-east-2b-2").unwrap();
        let ip = stack.template["Resources"]["MailboxB1Instance"]["Properties"]["PrivateIpAddress"]
            .as_str()
            .unwrap()
            .to_owned();
        let part = format!(
            "case \"$ME\" in *\" {ip} \"*)\nzmlocalconfig -e ldap_url=\"ldap://ldap-a1.mycompany.com:389 ldap://ldap-b1.mycompany.com:389\"\n;; esac\n"
        );
        let node = app
            .resources_below(app.root())
            .into_iter()
            .find(|n| app.path(*n).ends_with("Cell-us-east-2b-2/Config"))
            .expect("the stack's configuration document");
        app.options_mut(node).unwrap().add_override(
            "Properties.Content.mainSteps",
            json!([{"action": "aws:runShellScript", "name": "configure", "inputs": {"runCommand": [part]}}]),
        );
        fires(
            &app,
            "ZA004",
            "mailbox-b1/Instance",
            "not an LDAP server of its own AZ",
        );
    }

    #[test]
    fn za005_two_logger_hosts() {
        let mut app = safe();
        set(
            &mut app,
            "mailbox-c2/Instance",
            "Metadata.zimbra-constructs.logger",
            true,
        );
        fires(&app, "ZA005", "Zimbra", "2 logger hosts");
    }

    #[test]
    fn za006_an_smtp_target_group_that_hides_client_ips() {
        let mut app = safe();
        set(
            &mut app,
            "Nlb/SmtpTargets",
            "Properties.TargetGroupAttributes.0.Value",
            "false",
        );
        set(
            &mut app,
            "Nlb/SubmissionTargets",
            "Properties.TargetType",
            "alb",
        );
        fires(&app, "ZA006", "Nlb/SmtpTargets", "open relay");
        fires(&app, "ZA006", "Nlb/SubmissionTargets", "open relay");
    }

    #[test]
    fn za007_hsm_blobs_moved_to_an_archive_tier() {
        let mut app = safe();
        set(
            &mut app,
            "S3Volumes/HsmBucket",
            "Properties.LifecycleConfiguration.Rules.0.Transitions.0.StorageClass",
            "GLACIER",
        );
        set(
            &mut app,
            "S3Volumes/HsmBucket",
            "Properties.IntelligentTieringConfigurations",
            json!([{"Id": "a", "Status": "Enabled", "Tierings": [{"AccessTier": "ARCHIVE_ACCESS", "Days": 90}]}]),
        );
        fires(&app, "ZA007", "HsmBucket", "to GLACIER, an archive tier");
        fires(&app, "ZA007", "HsmBucket", "archive configurations");
    }

    #[test]
    fn za011_data_servers_without_snapshots() {
        let app = cluster(|p| p.dlm_snapshots(false));
        fires(
            &app,
            "ZA011",
            "ldap-a1/Instance",
            "no DLM snapshot policy covers",
        );
        fires(
            &app,
            "ZA011",
            "mailbox-c2/Instance",
            "no DLM snapshot policy covers",
        );
        let r = report(&app);
        assert!(r
            .of_rule("ZA011")
            .iter()
            .all(|f| !f.path.contains("mta-") && !f.path.contains("proxy-")));
        assert!(
            app.synth(&SynthOptions::default()).is_ok(),
            "a warning only"
        );
        // A disabled policy covers nothing.
        let mut app = safe();
        set(&mut app, "Snapshots/Policy", "Properties.State", "DISABLED");
        fires(
            &app,
            "ZA011",
            "mailbox-a1/Instance",
            "no DLM snapshot policy covers",
        );
    }

    #[test]
    fn za008_a_backup_volume_below_80_percent() {
        let app = cluster(|p| p.backup_volume(VolumeSpec::st1(200).unwrap()));
        fires(&app, "ZA008", "mailbox-a1/Instance", "below 80%");
        assert!(
            app.synth(&SynthOptions::default()).is_ok(),
            "a warning only"
        );
    }

    #[test]
    fn za009_duplicate_ldap_server_ids() {
        let mut app = safe();
        set(
            &mut app,
            "ldap-c1/Instance",
            "Metadata.zimbra-constructs.ldapServerId",
            1i64,
        );
        fires(&app, "ZA009", "ldap-c1/Instance", "also used by ldap-a1");
    }

    #[test]
    fn za010_my_networks_without_the_nlb_subnets() {
        let mut app = safe();
        set(
            &mut app,
            "mta-a1/Instance",
            "Properties.UserData",
            json!({"Fn::Base64": "zmprov -l ms mta-a1 zimbraMtaMyNetworks \"127.0.0.0/8 172.16.0.0/26\"'"}),
        );
        fires(
            &app,
            "ZA010",
            "mta-a1/Instance",
            "lacks the NLB subnets 172.16.0.64/26, 172.16.0.128/26",
        );
    }
}

mod suppressions {
    use super::*;

    fn world_admin() -> App {
        cluster(|p| p.admin_cidrs(["0.0.0.0/0".parse().unwrap()]))
    }

    #[test]
    fn a_suppression_needs_a_reason() {
        let mut app = world_admin();
        let sg = node(&app, "SecurityGroups/ProxyPublic");
        let e = app.suppress(sg, "ZS009", "  ").unwrap_err();
        assert!(matches!(e, CheckError::MissingReason { .. }));
        assert!(e.to_string().contains("has no reason"), "{e}");
    }

    #[test]
    fn a_suppressed_error_lets_synth_pass_and_check_lists_it_with_its_reason() {
        let mut app = world_admin();
        let network = app.stacks()[0];
        app.suppress(
            network,
            "ZS009",
            "the admin console sits behind client certificates; the world may reach it",
        )
        .unwrap();
        assert!(app.synth(&SynthOptions::default()).is_ok());
        let r = report(&app);
        assert_eq!(r.error_count(), 0);
        assert_eq!(
            r.suppressed.len(),
            2,
            "ZS009 and the default group closer's ZS010"
        );
        let text = r.to_string();
        assert!(
            text.contains("ZS009 at Zimbra/Network (1 finding(s)): the admin console sits behind client certificates"),
            "{text}"
        );
        assert!(
            text.contains("0 error(s), 0 warning(s), 2 suppressed"),
            "{text}"
        );
    }

    #[test]
    fn a_suppression_elsewhere_in_the_tree_does_not_apply() {
        let mut app = world_admin();
        let storage = app.stacks()[1];
        app.suppress(storage, "ZS009", "wrong place").unwrap();
        let r = report(&app);
        assert_eq!(r.of_rule("ZS009").len(), 1);
        assert!(app.synth(&SynthOptions::default()).is_err());
    }

    #[test]
    fn the_report_prints_rule_severity_path_what_and_fix() {
        let r = report(&world_admin());
        let text = r.to_string();
        for needle in [
            "ZS009 error   Zimbra/Network/Vpc/SecurityGroups/ProxyPublic",
            "what: the admin console port 9071 is open to 0.0.0.0/0",
            "fix:  list the admin networks in ClusterProps::admin_cidrs",
            "check: 27 rules (security, zimbra-architecture), 1 error(s)",
        ] {
            assert!(text.contains(needle), "'{needle}' missing in:\n{text}");
        }
    }
}
