//! The cluster specification's validation rules, one test each, asserting the message a user
//! sees; and the allocation rules (subnets, addresses, names, LDAP ids, loggers).

use std::net::Ipv4Addr;

use crate::network;
use crate::prelude::*;
use crate::topology::{ServerKind, Topology};
use zimbra_constructs_core::{Diagnostic, Severity};

/// A Network Edition installer (its name as files.zimbra.com publishes it): with it, S3 HSM
/// draws no warning, so the tests below see only their own.
const NE_INSTALLER: &str =
    "https://files.zimbra.com/downloads/10.1.0_GA/zcs-NETWORK-10.1.0_GA_4655.UBUNTU22_64.20240819064312.tgz";
const CHECKSUM: &str = "9a3c5e7f1b2d4f6a8c0e2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e";

fn props() -> ClusterProps {
    ClusterProps::new(
        "mycompany.com".parse().unwrap(),
        "us-east-2".parse().unwrap(),
    )
    .vpc_cidr("172.16.0.0/16".parse().unwrap())
    .installer(ZimbraInstaller::new(NE_INSTALLER, CHECKSUM))
}

fn full(az: &str) -> AzCell {
    AzCell::new(az.parse().unwrap())
        .mta(MtaNode::new())
        .proxy(ProxyNode::new())
        .ldap(LdapMmr::new())
        .mailboxes(2)
}

fn reference() -> Vec<AzCell> {
    vec![full("us-east-2a"), full("us-east-2b"), full("us-east-2c")]
}

fn resolve(props: &ClusterProps, cells: &[AzCell]) -> Topology {
    match Topology::resolve(props, cells) {
        Ok((t, _)) => t,
        Err(e) => panic!("expected a valid cluster: {e:?}"),
    }
}

fn warnings(props: &ClusterProps, cells: &[AzCell]) -> Vec<Diagnostic> {
    Topology::resolve(props, cells).unwrap().1
}

/// The errors, which must include one with `code` whose message contains `needle`.
fn expect_error(props: &ClusterProps, cells: &[AzCell], code: &str, needle: &str) -> Diagnostic {
    let diags =
        Topology::resolve(props, cells).expect_err("expected the specification to be refused");
    let found = diags
        .iter()
        .find(|d| d.code == code && d.severity == Severity::Error)
        .unwrap_or_else(|| panic!("no {code} error in {diags:?}"));
    assert!(
        found.message.contains(needle),
        "{code}: '{}' lacks '{needle}'",
        found.message
    );
    found.clone()
}

fn ip(s: &str) -> Ipv4Addr {
    s.parse().unwrap()
}

mod allocation {
    use super::*;

    #[test]
    fn subnets_default_to_the_reference_layout() {
        let t = resolve(&props(), &reference());
        let got: Vec<(String, String)> = t
            .azs
            .iter()
            .map(|a| (a.public.to_string(), a.private.to_string()))
            .collect();
        assert_eq!(
            got,
            [
                ("172.16.0.0/26".to_owned(), "172.16.1.0/26".to_owned()),
                ("172.16.0.64/26".to_owned(), "172.16.1.64/26".to_owned()),
                ("172.16.0.128/26".to_owned(), "172.16.1.128/26".to_owned()),
            ]
        );
    }

    #[test]
    fn servers_get_stable_names_and_addresses_per_az_and_role() {
        let t = resolve(&props(), &reference());
        let b: Vec<(&str, Ipv4Addr)> = t
            .servers
            .iter()
            .filter(|s| s.az == 1)
            .map(|s| (s.label.as_str(), s.ip))
            .collect();
        assert_eq!(
            b,
            [
                ("mta-b1", ip("172.16.0.74")),
                ("proxy-b1", ip("172.16.1.74")),
                ("ldap-b1", ip("172.16.1.78")),
                ("mailbox-b1", ip("172.16.1.82")),
                ("mailbox-b2", ip("172.16.1.83")),
            ]
        );
        assert_eq!(t.servers[0].fqdn, "mta-a1.mycompany.com");
    }

    #[test]
    fn adding_servers_does_not_rename_or_readdress_others() {
        let before = resolve(&props(), &reference());
        let mut cells = reference();
        cells[0] = cells[0]
            .clone()
            .mta(MtaNode::new())
            .mailboxes(3)
            .proxy(ProxyNode::new());
        let after = resolve(&props(), &cells);
        for s in &before.servers {
            let same = after
                .servers
                .iter()
                .find(|a| a.label == s.label)
                .expect("server kept");
            assert_eq!(same.ip, s.ip, "{} moved", s.label);
        }
    }

    #[test]
    fn ldap_ids_are_one_to_n_and_explicit_ids_are_kept() {
        let mut cells = reference();
        cells[1] = AzCell::new("us-east-2b".parse().unwrap())
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new().server_id(1))
            .mailboxes(1);
        let t = resolve(&props(), &cells);
        let ids: Vec<(&str, u16)> = t
            .servers
            .iter()
            .filter_map(|s| s.ldap_id.map(|i| (s.label.as_str(), i)))
            .collect();
        assert_eq!(ids, [("ldap-a1", 2), ("ldap-b1", 1), ("ldap-c1", 3)]);
    }

    #[test]
    fn ldap_order_lists_the_same_az_first() {
        let t = resolve(&props(), &reference());
        let order: Vec<&str> = t.ldap_order(1).iter().map(|s| s.label.as_str()).collect();
        assert_eq!(order, ["ldap-b1", "ldap-a1", "ldap-c1"]);
    }

    #[test]
    fn mailbox_servers_get_store_index_db_and_backup_volumes() {
        let t = resolve(&props(), &reference());
        let mb = t
            .servers
            .iter()
            .find(|s| s.kind == ServerKind::Mailbox)
            .unwrap();
        let mounts: Vec<&str> = mb.volumes.iter().map(|v| v.mount).collect();
        assert_eq!(
            mounts,
            [
                "/opt/zimbra/store",
                "/opt/zimbra/index",
                "/opt/zimbra/db",
                "/opt/zimbra/backup"
            ]
        );
        let s3 = resolve(&props().backups(BackupTarget::S3), &reference());
        let mb = s3
            .servers
            .iter()
            .find(|s| s.kind == ServerKind::Mailbox)
            .unwrap();
        assert_eq!(mb.volumes.len(), 3);
    }

    #[test]
    fn explicit_logger_is_kept_and_unmarked_clusters_have_none_marked() {
        let mut cells = reference();
        cells[2] = AzCell::new("us-east-2c".parse().unwrap())
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new())
            .mailbox(MailboxNode::new().logger());
        let t = resolve(&props(), &cells);
        let loggers: Vec<&str> = t
            .servers
            .iter()
            .filter(|s| s.logger)
            .map(|s| s.label.as_str())
            .collect();
        assert_eq!(loggers, ["mailbox-c1"]);
    }
}

mod rules {
    use super::*;

    #[test]
    fn zz001_a_public_vpc_range_is_refused() {
        expect_error(
            &props().vpc_cidr("8.8.0.0/16".parse().unwrap()),
            &reference(),
            "ZZ001",
            "not a private (RFC 1918) range",
        );
    }

    #[test]
    fn zz001_a_vpc_range_outside_16_to_24_is_refused() {
        expect_error(
            &props().vpc_cidr("10.0.0.0/8".parse().unwrap()),
            &reference(),
            "ZZ001",
            "must be a /16 to /24",
        );
    }

    #[test]
    fn zz002_a_subnet_prefix_not_longer_than_the_vpc_is_refused() {
        expect_error(
            &props().subnet_prefix(16),
            &reference(),
            "ZZ002",
            "must be longer than the VPC's /16",
        );
    }

    #[test]
    fn zz003_an_az_of_another_region_is_refused() {
        let mut cells = reference();
        cells[2] = full("us-west-2a");
        expect_error(
            &props(),
            &cells,
            "ZZ003",
            "AZ us-west-2a is not in the cluster's region us-east-2",
        );
    }

    #[test]
    fn zz004_the_same_az_twice_is_refused() {
        let cells = vec![full("us-east-2a"), full("us-east-2a")];
        expect_error(&props(), &cells, "ZZ004", "has more than one cell");
    }

    #[test]
    fn zz005_a_subnet_outside_the_vpc_is_refused() {
        let mut cells = reference();
        cells[0] = cells[0]
            .clone()
            .public_subnet("10.9.0.0/26".parse().unwrap());
        expect_error(
            &props(),
            &cells,
            "ZZ005",
            "public subnet 10.9.0.0/26 is outside the VPC range 172.16.0.0/16",
        );
    }

    #[test]
    fn zz006_overlapping_subnets_are_refused() {
        let mut cells = reference();
        cells[0] = cells[0]
            .clone()
            .public_subnet("172.16.0.0/25".parse().unwrap());
        cells[1] = cells[1]
            .clone()
            .public_subnet("172.16.0.64/26".parse().unwrap());
        expect_error(&props(), &cells, "ZZ006", "overlaps 172.16.0.0/25");
    }

    #[test]
    fn zz007_a_subnet_too_small_for_its_servers_is_refused() {
        let mut cells = reference();
        cells[0] = cells[0]
            .clone()
            .private_subnet("172.16.2.0/28".parse().unwrap())
            .mailboxes(3);
        expect_error(
            &props(),
            &cells,
            "ZZ007",
            "is too small for the servers of us-east-2a",
        );
        // A server that got no address is not reported again as a duplicate address.
        let diags = Topology::resolve(&props(), &cells).unwrap_err();
        assert!(!diags.iter().any(|d| d.code == "ZZ008"), "{diags:?}");
    }

    #[test]
    fn zz007_a_vpc_without_room_for_more_subnets_is_refused() {
        let p = props()
            .vpc_cidr("172.16.0.0/24".parse().unwrap())
            .subnet_prefix(26);
        expect_error(
            &p,
            &reference(),
            "ZZ007",
            "has no room left for another /26 subnet",
        );
    }

    #[test]
    fn zz008_an_explicit_address_outside_its_subnet_or_reserved_is_refused() {
        let mut cells = reference();
        cells[0] = full("us-east-2a").mta(MtaNode::new().private_ip(ip("172.16.1.20")));
        expect_error(
            &props(),
            &cells,
            "ZZ008",
            "is outside its subnet 172.16.0.0/26",
        );
        cells[0] = full("us-east-2a").mta(MtaNode::new().private_ip(ip("172.16.0.2")));
        expect_error(&props(), &cells, "ZZ008", "is reserved by AWS");
    }

    #[test]
    fn zz008_the_same_explicit_address_twice_is_refused() {
        let mut cells = reference();
        cells[0] = full("us-east-2a")
            .mta(MtaNode::new().private_ip(ip("172.16.0.40")))
            .mta(MtaNode::new().private_ip(ip("172.16.0.40")));
        expect_error(
            &props(),
            &cells,
            "ZZ008",
            "every server needs its own address",
        );
    }

    #[test]
    fn zz009_duplicate_host_names_are_refused() {
        let mut cells = reference();
        cells[1] =
            full("us-east-2b").mailbox(MailboxNode::new().hostname("mailbox-a1".parse().unwrap()));
        expect_error(
            &props(),
            &cells,
            "ZZ009",
            "host name 'mailbox-a1' is already used by Zimbra/us-east-2a/mailbox-a1",
        );
    }

    #[test]
    fn zz010_an_az_without_a_required_role_is_refused() {
        let mut cells = reference();
        cells[1] = AzCell::new("us-east-2b".parse().unwrap())
            .mta(MtaNode::new())
            .mailboxes(1);
        let e = expect_error(
            &props(),
            &cells,
            "ZZ010",
            "AZ us-east-2b has no proxy, LDAP server",
        );
        assert!(e.message.contains("add a proxy, a LDAP"), "{}", e.message);
        assert_eq!(e.path, "Zimbra/us-east-2b");
    }

    #[test]
    fn zz010_an_edge_server_covers_mta_proxy_and_ldap() {
        let cells = vec![
            AzCell::new("us-east-2a".parse().unwrap())
                .edge(EdgeNode::new())
                .mailboxes(1),
            AzCell::new("us-east-2b".parse().unwrap())
                .edge(EdgeNode::new())
                .mailboxes(1),
        ];
        assert!(Topology::resolve(&props(), &cells).is_ok());
    }

    #[test]
    fn zz011_one_az_is_a_warning_unless_single_server() {
        let w = warnings(&props(), &[full("us-east-2a")]);
        assert!(
            w.iter()
                .any(|d| d.code == "ZZ011" && d.message.contains("use at least two AZs")),
            "{w:?}"
        );
        let single = [AzCell::new("us-east-2a".parse().unwrap()).single(SingleServer::new())];
        assert!(warnings(&props(), &single).is_empty());
    }

    #[test]
    fn zz012_collapsed_roles_above_their_size_are_warnings() {
        let cells = vec![
            AzCell::new("us-east-2a".parse().unwrap())
                .edge(EdgeNode::new())
                .mailboxes(1),
            AzCell::new("us-east-2b".parse().unwrap())
                .edge(EdgeNode::new())
                .mailboxes(1),
        ];
        let w = warnings(&props().expected_mailboxes(8_000), &cells);
        assert!(
            w.iter()
                .any(|d| d.code == "ZZ012" && d.message.contains("split MTA, proxy and LDAP")),
            "{w:?}"
        );
        let single = [AzCell::new("us-east-2a".parse().unwrap()).single(SingleServer::new())];
        let w = warnings(&props().expected_mailboxes(900), &single);
        assert!(
            w.iter()
                .any(|d| d.code == "ZZ012" && d.message.contains("a single server handles")),
            "{w:?}"
        );
    }

    #[test]
    fn zz013_duplicate_ldap_ids_are_refused() {
        let mut cells = reference();
        cells[0] = AzCell::new("us-east-2a".parse().unwrap())
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new().server_id(2))
            .mailboxes(1);
        cells[1] = AzCell::new("us-east-2b".parse().unwrap())
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new().server_id(2))
            .mailboxes(1);
        expect_error(
            &props(),
            &cells,
            "ZZ013",
            "LDAP server id 2 is also used by Zimbra/us-east-2a/ldap-a1",
        );
    }

    #[test]
    fn zz014_ldap_id_zero_is_refused() {
        let mut cells = reference();
        cells[0] = AzCell::new("us-east-2a".parse().unwrap())
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new().server_id(0))
            .mailboxes(1);
        expect_error(&props(), &cells, "ZZ014", "MMR server ids start at 1");
    }

    #[test]
    fn zz015_two_loggers_are_refused() {
        let mut cells = reference();
        cells[0] = full("us-east-2a").mailbox(MailboxNode::new().logger());
        cells[1] = full("us-east-2b").mailbox(MailboxNode::new().logger());
        expect_error(
            &props(),
            &cells,
            "ZZ015",
            "2 mailbox servers are marked as logger host (mailbox-a3, mailbox-b3)",
        );
    }

    #[test]
    fn zz016_a_cluster_without_mailbox_servers_has_no_logger() {
        let cells = vec![
            AzCell::new("us-east-2a".parse().unwrap()).edge(EdgeNode::new()),
            AzCell::new("us-east-2b".parse().unwrap()).edge(EdgeNode::new()),
        ];
        expect_error(
            &props(),
            &cells,
            "ZZ016",
            "has no mailbox server, so it has no logger host",
        );
    }

    #[test]
    fn zz017_a_cluster_without_cells_is_refused() {
        expect_error(
            &props(),
            &[],
            "ZZ017",
            "add at least one with ZimbraCluster::cell",
        );
    }

    #[test]
    fn zz018_a_name_that_cannot_prefix_stack_names_is_refused() {
        expect_error(
            &props().name("1st cluster"),
            &reference(),
            "ZZ018",
            "cannot prefix stack names",
        );
    }

    #[test]
    fn zz040_to_zz042_a_snapshot_schedule_dlm_cannot_run_is_refused() {
        let d = expect_error(
            &props().snapshot_schedule(SnapshotSchedule::daily().every_hours(5)),
            &reference(),
            "ZZ040",
            "one of [1, 2, 3, 4, 6, 8, 12, 24]",
        );
        assert_eq!(d.path, "Zimbra/Storage/Snapshots");
        expect_error(
            &props().snapshot_schedule(SnapshotSchedule::daily().at("25:00")),
            &reference(),
            "ZZ041",
            "not a UTC time HH:MM",
        );
        expect_error(
            &props().snapshot_schedule(SnapshotSchedule::daily().keep(0)),
            &reference(),
            "ZZ042",
            "outside DLM's 1 to 1000",
        );
        assert!(Topology::resolve(
            &props().backups(BackupTarget::S3).dlm_snapshots(true),
            &reference()
        )
        .is_ok());
    }

    #[test]
    fn zz022_a_backup_volume_below_80_percent_is_a_warning() {
        let w = warnings(
            &props().backup_volume(VolumeSpec::st1(200).unwrap()),
            &reference(),
        );
        let d = w.iter().find(|d| d.code == "ZZ022").expect("ZZ022");
        assert!(
            d.message.contains("size it at 520 GiB or more"),
            "{}",
            d.message
        );
    }

    #[test]
    fn all_errors_are_reported_at_once() {
        let mut cells = reference();
        cells[1] = full("us-west-2b");
        cells[2] = AzCell::new("us-east-2c".parse().unwrap()).mta(MtaNode::new());
        let diags = Topology::resolve(&props(), &cells).unwrap_err();
        let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
        assert!(
            codes.contains(&"ZZ003") && codes.contains(&"ZZ010"),
            "{codes:?}"
        );
    }
}

mod network_rules {
    use super::*;

    #[test]
    fn zz030_more_than_20_nacl_rules_per_direction_is_refused() {
        let admins: Vec<Ipv4Cidr> = (0..12)
            .map(|i| format!("198.51.{i}.0/24").parse().unwrap())
            .collect();
        let t = resolve(
            &props().network_acls(true).admin_cidrs(admins),
            &reference(),
        );
        let errs = network::validate(&t);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].code, "ZZ030");
        assert!(
            errs[0]
                .message
                .contains("over the limit of 20 per direction"),
            "{}",
            errs[0].message
        );
    }

    #[test]
    fn the_reference_nacls_fit_and_include_ephemeral_return_rules() {
        let t = resolve(&props().network_acls(true), &reference());
        assert!(network::validate(&t).is_empty());
        let rules = network::nacl_inbound_rules(&t);
        assert!(rules
            .iter()
            .any(|r| r.ports == Some((1024, 65535)) && r.protocol == 6));
        assert!(rules
            .iter()
            .any(|r| r.ports == Some((1024, 65535)) && r.protocol == 17));
    }

    #[test]
    fn zz031_an_extra_port_that_is_already_open_is_refused() {
        let p = props().extra_ports([ExtraPort {
            port: 443,
            protocol: Protocol::Tcp,
        }]);
        let errs = network::validate(&resolve(&p, &reference()));
        assert_eq!(errs[0].code, "ZZ031");
        assert!(errs[0]
            .message
            .contains("extra port 443/tcp is zero or already open"));
    }

    #[test]
    fn the_admin_port_is_not_open_to_the_world_by_default() {
        let t = resolve(&props(), &reference());
        let admin = t
            .public_ports()
            .into_iter()
            .find(|p| p.port == 9071)
            .unwrap();
        assert!(!admin.world);
    }
}

mod stacks {
    use super::*;
    use zimbra_constructs_core::synth::Limits;
    use zimbra_constructs_core::{App, SynthOptions};

    /// An AZ with five MTA, five proxy and two LDAP servers: one row (the k-th MTA, proxy and
    /// LDAP server) per stack, the first in its cell stack, the rest in `Cell-{az}-Infra-{n}`
    /// stacks, every stack within the inline body limit; the other AZ keeps the reference
    /// layout.
    #[test]
    fn many_non_mailbox_servers_spill_into_infra_stacks() {
        let mut busy = AzCell::new("us-east-2a".parse().unwrap());
        for _ in 0..5 {
            busy = busy.mta(MtaNode::new()).proxy(ProxyNode::new());
        }
        busy = busy.ldap(LdapMmr::new()).ldap(LdapMmr::new()).mailboxes(2);
        let mut app = App::new();
        ZimbraCluster::new(props())
            .cell(busy)
            .cell(full("us-east-2b"))
            .build(&mut app)
            .unwrap_or_else(|e| panic!("{e}"));
        let assembly = app
            .synth(&SynthOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let instances = |name: &str| {
            let s = assembly
                .stack(name)
                .unwrap_or_else(|| panic!("no stack {name}"));
            assert!(
                s.minified_len <= Limits::CLOUDFORMATION.inline_body_bytes,
                "{name}: {} bytes",
                s.minified_len
            );
            s.template["Resources"]
                .as_object()
                .unwrap()
                .values()
                .filter(|r| r["Type"] == "AWS::EC2::Instance")
                .count()
        };
        assert_eq!(instances("Zimbra-Cell-us-east-2a"), 3);
        assert_eq!(instances("Zimbra-Cell-us-east-2a-Infra-2"), 3);
        for n in 3..=5 {
            assert_eq!(instances(&format!("Zimbra-Cell-us-east-2a-Infra-{n}")), 2);
        }
        assert!(assembly.stack("Zimbra-Cell-us-east-2a-Infra-6").is_none());
        assert_eq!(instances("Zimbra-Cell-us-east-2a-2"), 2);
        assert_eq!(instances("Zimbra-Cell-us-east-2b"), 3);
        assert!(assembly.stack("Zimbra-Cell-us-east-2b-Infra-2").is_none());
    }
}

mod installer_and_sizes {
    use super::*;

    fn with_installer(url: &str, sha: &str) -> ClusterProps {
        props().installer(ZimbraInstaller::new(url, sha))
    }

    const FOSS_2204: &str = "https://github.com/maldua/zimbra-foss/releases/download/zimbra-foss-build-ubuntu-22.04/10.1.16.p1/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";

    #[test]
    fn zz023_a_cluster_without_an_installer_is_refused() {
        let p = ClusterProps::new(
            "mycompany.com".parse().unwrap(),
            "us-east-2".parse().unwrap(),
        )
        .vpc_cidr("172.16.0.0/16".parse().unwrap());
        let e = expect_error(&p, &reference(), "ZZ023", "no Zimbra installer is set");
        assert!(e
            .message
            .contains(".installer(ZimbraInstaller::new(URL, SHA256))"));
        assert_eq!(e.path, "Zimbra");
    }

    #[test]
    fn zz024_an_http_or_unreadable_installer_url_is_refused() {
        let http = FOSS_2204.replacen("https://", "http://", 1);
        expect_error(
            &with_installer(&http, CHECKSUM),
            &reference(),
            "ZZ024",
            "is not https",
        );
        expect_error(
            &with_installer("https://example.org/zimbra.tgz", CHECKSUM),
            &reference(),
            "ZZ024",
            "not a Zimbra tarball name",
        );
    }

    #[test]
    fn zz025_a_checksum_that_is_not_sha256_is_refused_and_zz034_a_placeholder_warned() {
        expect_error(
            &with_installer(FOSS_2204, "abc123"),
            &reference(),
            "ZZ025",
            "is not 64 hex digits",
        );
        let w = warnings(&with_installer(FOSS_2204, &"0".repeat(64)), &reference());
        assert!(
            w.iter()
                .any(|d| d.code == "ZZ034" && d.message.contains("placeholder")),
            "{w:?}"
        );
    }

    #[test]
    fn zz026_a_release_the_installer_cannot_set_up_on_its_platform_is_refused() {
        let e = expect_error(
            &with_installer(
                "https://e.org/zcs-10.0.6_GA_4200001.UBUNTU22_64.20231129.tgz",
                CHECKSUM,
            ),
            &reference(),
            "ZZ026",
            "Zimbra 10.0.6 for UBUNTU22_64 is not a supported combination",
        );
        assert!(e.message.contains("10.1.x on UBUNTU22_64"), "{}", e.message);
        expect_error(
            &with_installer(
                "https://e.org/zcs-10.1.16_GA_4200001.RHEL8_64.20260310.tgz",
                CHECKSUM,
            ),
            &reference(),
            "ZZ026",
            "Ubuntu only",
        );
    }

    #[test]
    fn zz027_an_ami_of_another_ubuntu_release_is_refused_and_the_default_follows_the_installer() {
        let p = props().ami(AmiSource::Ssm(AmiSource::UBUNTU_2204.into()));
        let u20 = "https://e.org/zcs-10.1.16_GA_4200001.UBUNTU20_64.20260310121555.tgz";
        expect_error(
            &p.installer(ZimbraInstaller::new(u20, CHECKSUM)),
            &reference(),
            "ZZ027",
            "the AMI parameter is for Ubuntu 22.04 but the installer is built for UBUNTU20_64",
        );
        let p = with_installer(u20, CHECKSUM);
        assert_eq!(
            p.ami_source(),
            AmiSource::Ssm(
                "/aws/service/canonical/ubuntu/server/20.04/stable/current/amd64/hvm/ebs-gp2/ami-id".into()
            )
        );
        assert!(Topology::resolve(&p, &reference()).is_ok());
    }

    #[test]
    fn zz028_an_instance_type_too_small_for_its_role_or_unknown_is_refused() {
        let tiny = vec![
            AzCell::new("us-east-2a".parse().unwrap())
                .mta(MtaNode::new())
                .proxy(ProxyNode::new())
                .ldap(LdapMmr::new())
                .mailbox(MailboxNode::new().instance_type("t3.nano".parse().unwrap())),
            full("us-east-2b"),
        ];
        let e = expect_error(
            &props(),
            &tiny,
            "ZZ028",
            "t3.nano (2 vCPUs, 0.5 GiB) is too small for a mailbox server",
        );
        assert_eq!(e.path, "Zimbra/us-east-2a/mailbox-a1");
        expect_error(
            &props().small_type("t3.small".parse().unwrap()),
            &reference(),
            "ZZ028",
            "too small for a MTA server",
        );
        expect_error(
            &props().mailbox_type("m6g.xlarge".parse().unwrap()),
            &reference(),
            "ZZ028",
            "amd64 builds only",
        );
    }

    #[test]
    fn zz029_a_mailbox_below_the_production_memory_is_a_warning() {
        let w = warnings(
            &props().mailbox_type("m5.large".parse().unwrap()),
            &reference(),
        );
        assert!(
            w.iter()
                .any(|d| d.code == "ZZ029" && d.message.contains("16 GiB")),
            "{w:?}"
        );
        assert!(!warnings(&props(), &reference())
            .iter()
            .any(|d| d.code == "ZZ029"));
    }

    #[test]
    fn zz020_an_ldap_id_above_899_is_refused() {
        let cells = vec![
            AzCell::new("us-east-2a".parse().unwrap())
                .mta(MtaNode::new())
                .proxy(ProxyNode::new())
                .ldap(LdapMmr::new().server_id(900))
                .mailboxes(1),
            full("us-east-2b"),
        ];
        expect_error(&props(), &cells, "ZZ020", "LDAP server id 900 is above 899");
    }

    #[test]
    fn zz032_a_time_zone_that_is_not_a_tzid_is_refused() {
        expect_error(
            &props().time_zone("Central Time"),
            &reference(),
            "ZZ032",
            "is not a TZID",
        );
        assert!(Topology::resolve(&props().time_zone("America/Chicago"), &reference()).is_ok());
    }

    #[test]
    fn zz033_s3_hsm_with_the_open_source_edition_is_a_warning() {
        let w = warnings(&with_installer(FOSS_2204, CHECKSUM), &reference());
        assert!(
            w.iter()
                .any(|d| d.code == "ZZ033" && d.message.contains("no S3 store")),
            "{w:?}"
        );
        let w = warnings(
            &with_installer(FOSS_2204, CHECKSUM).s3_hsm(false),
            &reference(),
        );
        assert!(!w.iter().any(|d| d.code == "ZZ033"), "{w:?}");
    }
}
