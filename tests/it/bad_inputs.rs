//! The catalogue of bad inputs: what a user can get wrong, from a typo in a CIDR to a stack
//! over CloudFormation's limits or an unsafe escape-hatch change, each refused with an error
//! that names the problem and the fix, and never with a panic.
//!
//! Read it top to bottom: one test per bad input, grouped by where it is caught (parsing the
//! strings, checking the cluster specification, synthesis, the rule packs). Each test runs the
//! attempt under `catch_unwind`, requires an `Err`, and requires the error text to contain
//! the quoted words. The per-code tests of the specification rules are in
//! `zimbra-constructs/zimbra/src/topology/tests.rs`; the core's in `zimbra-constructs/core/src/tests/`.

use std::error::Error;
use std::panic::{catch_unwind, AssertUnwindSafe};

use zimbra_constructs::resources::ec2;
use zimbra_constructs::zimbra::prelude::*;
use zimbra_constructs::{StackProps, SynthOptions};

type Attempt = Result<(), Box<dyn Error>>;

/// Runs `attempt`: it must return an error (not panic, not succeed) whose text contains
/// every needle.
fn refused(attempt: impl FnOnce() -> Attempt, needles: &[&str]) {
    let outcome = catch_unwind(AssertUnwindSafe(attempt));
    let result = outcome.unwrap_or_else(|_| panic!("panicked instead of returning an error"));
    let Err(e) = result else {
        panic!("the bad input was accepted");
    };
    let text = e.to_string();
    for needle in needles {
        assert!(text.contains(needle), "'{needle}' missing in:\n{text}");
    }
}

fn props() -> ClusterProps {
    ClusterProps::new(
        "mycompany.com".parse().unwrap(),
        "us-east-2".parse().unwrap(),
    )
    .installer(crate::common::installer())
    .vpc_cidr("172.16.0.0/16".parse().unwrap())
    .admin_cidrs(["203.0.113.0/24".parse().unwrap()])
}

fn full(az: &str) -> AzCell {
    AzCell::new(az.parse().unwrap())
        .mta(MtaNode::new())
        .proxy(ProxyNode::new())
        .ldap(LdapMmr::new())
        .mailboxes(2)
}

fn two() -> Vec<AzCell> {
    vec![full("us-east-2a"), full("us-east-2b")]
}

/// Builds and synthesizes a cluster.
fn synth(props: ClusterProps, cells: Vec<AzCell>) -> Attempt {
    let mut app = App::new();
    add(&mut app, ZimbraCluster::new(props), cells)?;
    app.synth(&SynthOptions::default())?;
    Ok(())
}

/// A volume specification that must be refused.
fn volume(spec: Result<VolumeSpec, zimbra_constructs::zimbra::volume::VolumeError>) -> Attempt {
    spec.map(drop).map_err(Into::into)
}

/// Adds a cluster with `cells` to `app`.
fn add(
    app: &mut App,
    mut c: ZimbraCluster,
    cells: Vec<AzCell>,
) -> Result<ClusterRef, ClusterError> {
    for cell in cells {
        c = c.cell(cell);
    }
    c.build(app)
}

fn parse<T: std::str::FromStr>(s: &str) -> Attempt
where
    T::Err: Error + 'static,
{
    s.parse::<T>().map(drop).map_err(Into::into)
}

mod strings {
    use super::*;

    #[test]
    fn a_cidr_without_its_fourth_octet() {
        refused(
            || parse::<Ipv4Cidr>("10.0.0/16"),
            &["invalid CIDR block '10.0.0/16'", "dotted IPv4"],
        );
    }

    #[test]
    fn a_cidr_with_host_bits_set() {
        refused(
            || parse::<Ipv4Cidr>("10.0.0.5/16"),
            &["did you mean 10.0.0.0/16?"],
        );
    }

    #[test]
    fn a_cidr_with_a_prefix_over_32() {
        refused(
            || parse::<Ipv4Cidr>("10.0.0.0/33"),
            &["prefix length must be 0 to 32"],
        );
    }

    #[test]
    fn a_cidr_without_a_prefix() {
        refused(
            || parse::<Ipv4Cidr>("10.0.0.0"),
            &["expected ADDRESS/PREFIX"],
        );
    }

    #[test]
    fn an_az_without_its_letter() {
        refused(
            || parse::<AzName>("us-east-2"),
            &[
                "invalid availability zone 'us-east-2'",
                "such as 'us-east-2a'",
            ],
        );
    }

    #[test]
    fn an_az_that_is_not_an_az_name() {
        refused(
            || parse::<AzName>("east-2a"),
            &["invalid availability zone"],
        );
    }

    #[test]
    fn a_region_without_its_number() {
        refused(
            || parse::<Region>("us-east"),
            &["invalid AWS region 'us-east'"],
        );
    }

    #[test]
    fn an_empty_domain() {
        refused(
            || parse::<DomainName>(""),
            &["invalid domain name ''", "it is empty"],
        );
    }

    #[test]
    fn a_domain_with_an_underscore() {
        refused(
            || parse::<DomainName>("mail_server.com"),
            &["may only contain a-z, 0-9 and '-'"],
        );
    }

    #[test]
    fn a_domain_of_one_label() {
        refused(
            || parse::<DomainName>("localhost"),
            &["at least two labels"],
        );
    }

    #[test]
    fn a_host_name_with_a_space() {
        refused(
            || parse::<HostLabel>("mailbox 1"),
            &["invalid host name 'mailbox 1'"],
        );
    }

    #[test]
    fn an_instance_type_without_a_size() {
        refused(
            || parse::<InstanceType>("m5"),
            &["invalid instance type 'm5'", "there is no '.'"],
        );
    }

    #[test]
    fn an_instance_type_in_capitals() {
        refused(
            || parse::<InstanceType>("M5.XLARGE"),
            &["lower-case letters with a generation digit"],
        );
    }

    #[test]
    fn an_instance_type_with_a_dash_in_its_size() {
        refused(
            || parse::<InstanceType>("m5.x-large"),
            &["the size must be lower-case letters and digits"],
        );
    }
}

mod volumes {
    use super::*;

    #[test]
    fn a_gp3_volume_of_zero_gib() {
        refused(
            || volume(VolumeSpec::gp3(0)),
            &["invalid gp3 volume", "outside 1–16384 GiB"],
        );
    }

    #[test]
    fn a_gp3_volume_over_16_tib() {
        refused(
            || volume(VolumeSpec::gp3(16_385)),
            &["size 16385 GiB is outside 1–16384 GiB"],
        );
    }

    #[test]
    fn gp3_iops_over_16000() {
        refused(
            || volume(VolumeSpec::gp3(1_000)?.with_iops(20_000)),
            &["20000 IOPS is outside 3000–16000"],
        );
    }

    #[test]
    fn gp3_iops_over_500_per_gib() {
        refused(
            || volume(VolumeSpec::gp3(10)?.with_iops(6_000)),
            &["exceeds 500 per GiB"],
        );
    }

    #[test]
    fn gp3_throughput_over_the_iops_ratio() {
        refused(
            || volume(VolumeSpec::gp3(100)?.with_throughput(1_000)),
            &["exceeds 0.25 MiB/s per IOPS"],
        );
    }

    #[test]
    fn an_st1_volume_under_125_gib() {
        refused(
            || volume(VolumeSpec::st1(100)),
            &["invalid st1 volume", "outside 125–16384 GiB"],
        );
    }

    #[test]
    fn st1_with_provisioned_iops() {
        refused(
            || volume(VolumeSpec::st1(500)?.with_iops(3_000)),
            &["st1 volumes take no provisioned IOPS"],
        );
    }

    #[test]
    fn io2_iops_under_100() {
        refused(
            || volume(VolumeSpec::io2(100, 50)),
            &["invalid io2 volume", "50 IOPS is outside 100–256000"],
        );
    }

    #[test]
    fn io2_iops_over_1000_per_gib() {
        refused(
            || volume(VolumeSpec::io2(10, 20_000)),
            &["exceeds 1000 per GiB"],
        );
    }

    #[test]
    fn an_io2_volume_over_64_tib() {
        refused(
            || volume(VolumeSpec::io2(70_000, 1_000)),
            &["outside 4–65536 GiB"],
        );
    }
}

mod specification {
    use super::*;

    const TARBALL: &str = "zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";
    const SHA256: &str = "3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d";

    /// Two AZs, the first with this LDAP and mailbox server.
    fn split_roles(ldap: LdapMmr, mailbox: MailboxNode) -> Vec<AzCell> {
        vec![
            AzCell::new("us-east-2a".parse().unwrap())
                .mta(MtaNode::new())
                .proxy(ProxyNode::new())
                .ldap(ldap)
                .mailbox(mailbox),
            full("us-east-2b"),
        ]
    }

    fn installer(url: &str, sha256: &str) -> ClusterProps {
        props().installer(ZimbraInstaller::new(url, sha256))
    }

    #[test]
    fn no_installer() {
        refused(
            || {
                synth(
                    ClusterProps::new("mycompany.com".parse()?, "us-east-2".parse()?),
                    two(),
                )
            },
            &[
                "ZZ023 at Zimbra",
                "no Zimbra installer is set",
                ".installer(ZimbraInstaller::new(URL, SHA256))",
            ],
        );
    }

    #[test]
    fn an_installer_over_http() {
        refused(
            || {
                synth(
                    installer(&format!("http://example.org/{TARBALL}"), SHA256),
                    two(),
                )
            },
            &["ZZ024", "is not https", "use an https:// URL"],
        );
    }

    #[test]
    fn an_installer_without_a_sha256() {
        refused(
            || {
                synth(
                    installer(
                        &format!("https://example.org/{TARBALL}"),
                        "d41d8cd98f00b204e9800998ecf8427e",
                    ),
                    two(),
                )
            },
            &[
                "ZZ025",
                "is not 64 hex digits",
                "copy it from the .sha256 file",
            ],
        );
    }

    #[test]
    fn a_release_whose_installer_does_not_know_its_platform() {
        refused(
            || {
                synth(
                    installer(
                        "https://example.org/zcs-10.0.6_GA_4200001.UBUNTU22_64.20231129.tgz",
                        SHA256,
                    ),
                    two(),
                )
            },
            &[
                "ZZ026",
                "Zimbra 10.0.6 for UBUNTU22_64 is not a supported combination",
                "10.1.x on UBUNTU22_64",
            ],
        );
    }

    #[test]
    fn an_ami_of_another_ubuntu_release_than_the_installer() {
        refused(
            || {
                synth(
                    props().ami(AmiSource::Ssm(
                        "/aws/service/canonical/ubuntu/server/20.04/stable/current/amd64/hvm/ebs-gp2/ami-id".into(),
                    )),
                    two(),
                )
            },
            &[
                "ZZ027",
                "for Ubuntu 20.04 but the installer is built for UBUNTU22_64",
            ],
        );
    }

    #[test]
    fn a_mailbox_server_on_a_t3_nano() {
        refused(
            || {
                synth(
                    props(),
                    split_roles(
                        LdapMmr::new(),
                        MailboxNode::new().instance_type("t3.nano".parse()?),
                    ),
                )
            },
            &[
                "ZZ028 at Zimbra/us-east-2a/mailbox-a1",
                "too small for a mailbox server, which needs at least 8 GiB",
                "m5.xlarge",
            ],
        );
    }

    #[test]
    fn an_arm64_instance_type() {
        refused(
            || synth(props().small_type("t4g.large".parse()?), two()),
            &[
                "ZZ028",
                "instance type t4g.large is not one the library knows",
                "amd64 builds only",
            ],
        );
    }

    #[test]
    fn an_ldap_server_id_too_large_for_a_replication_id() {
        refused(
            || {
                synth(
                    props(),
                    split_roles(LdapMmr::new().server_id(950), MailboxNode::new()),
                )
            },
            &["ZZ020", "LDAP server id 950 is above 899"],
        );
    }

    #[test]
    fn a_time_zone_that_is_not_a_tzid() {
        refused(
            || synth(props().time_zone("GMT+2 (Berlin)"), two()),
            &["ZZ032", "is not a TZID such as 'America/Chicago'"],
        );
    }

    #[test]
    fn a_public_vpc_range() {
        refused(
            || synth(props().vpc_cidr("8.8.0.0/16".parse()?), two()),
            &["ZZ001", "not a private (RFC 1918) range"],
        );
    }

    #[test]
    fn a_vpc_range_larger_than_16() {
        refused(
            || synth(props().vpc_cidr("10.0.0.0/12".parse()?), two()),
            &["ZZ001", "must be a /16 to /24"],
        );
    }

    #[test]
    fn a_subnet_prefix_not_inside_the_vpc() {
        refused(
            || synth(props().subnet_prefix(29), two()),
            &["ZZ002", "at most /28"],
        );
    }

    #[test]
    fn a_subnet_outside_the_vpc() {
        refused(
            || {
                synth(
                    props(),
                    vec![
                        full("us-east-2a").public_subnet("10.1.0.0/26".parse()?),
                        full("us-east-2b"),
                    ],
                )
            },
            &[
                "ZZ005",
                "public subnet 10.1.0.0/26 is outside the VPC range 172.16.0.0/16",
            ],
        );
    }

    #[test]
    fn overlapping_subnets() {
        refused(
            || {
                synth(
                    props(),
                    vec![
                        full("us-east-2a").private_subnet("172.16.8.0/24".parse()?),
                        full("us-east-2b").private_subnet("172.16.8.128/25".parse()?),
                    ],
                )
            },
            &["ZZ006", "overlaps 172.16.8.0/24"],
        );
    }

    #[test]
    fn a_subnet_smaller_than_aws_allows() {
        refused(
            || {
                synth(
                    props(),
                    vec![
                        full("us-east-2a").private_subnet("172.16.9.0/29".parse()?),
                        full("us-east-2b"),
                    ],
                )
            },
            &["ZZ007", "smaller than AWS's minimum /28"],
        );
    }

    #[test]
    fn a_subnet_too_small_for_its_servers() {
        refused(
            || {
                synth(
                    props(),
                    vec![
                        full("us-east-2a")
                            .private_subnet("172.16.9.0/28".parse()?)
                            .mailboxes(4),
                        full("us-east-2b"),
                    ],
                )
            },
            &["ZZ007", "no free address left"],
        );
    }

    #[test]
    fn an_az_letter_the_region_does_not_have() {
        refused(
            || synth(props(), vec![full("us-east-2a"), full("us-east-2z")]),
            &["ZZ019", "AZ us-east-2z does not exist", "us-east-2c"],
        );
    }

    #[test]
    fn an_az_of_another_region() {
        refused(
            || synth(props(), vec![full("us-east-2a"), full("eu-west-1a")]),
            &["ZZ003", "not in the cluster's region us-east-2"],
        );
    }

    #[test]
    fn the_same_az_twice() {
        refused(
            || synth(props(), vec![full("us-east-2a"), full("us-east-2a")]),
            &["ZZ004", "more than one cell"],
        );
    }

    #[test]
    fn no_az_at_all() {
        refused(|| synth(props(), Vec::new()), &["ZZ017", "no AZ cells"]);
    }

    #[test]
    fn a_cluster_name_that_cannot_prefix_stack_names() {
        refused(
            || synth(props().name("mail cluster"), two()),
            &["ZZ018", "cannot prefix stack names"],
        );
    }

    #[test]
    fn duplicate_host_names() {
        refused(
            || {
                synth(
                    props(),
                    vec![
                        full("us-east-2a"),
                        full("us-east-2b")
                            .mailbox(MailboxNode::new().hostname("mailbox-a1".parse()?)),
                    ],
                )
            },
            &["ZZ009", "host name 'mailbox-a1' is already used"],
        );
    }

    #[test]
    fn duplicate_ldap_server_ids() {
        let cell = |az: &str| {
            AzCell::new(az.parse().unwrap())
                .edge(EdgeNode::new().server_id(7))
                .mailboxes(1)
        };
        refused(
            || synth(props(), vec![cell("us-east-2a"), cell("us-east-2b")]),
            &["ZZ013", "LDAP server id 7 is also used"],
        );
    }

    #[test]
    fn ldap_server_id_zero() {
        let cells = vec![
            full("us-east-2a").ldap(LdapMmr::new().server_id(0)),
            full("us-east-2b"),
        ];
        refused(
            || synth(props(), cells),
            &["ZZ014", "MMR server ids start at 1"],
        );
    }

    #[test]
    fn the_same_private_ip_twice() {
        let ip = "172.16.0.40".parse().unwrap();
        let cells = vec![
            full("us-east-2a")
                .mta(MtaNode::new().private_ip(ip))
                .mta(MtaNode::new().private_ip(ip)),
            full("us-east-2b"),
        ];
        refused(
            || synth(props(), cells),
            &["ZZ008", "private IP 172.16.0.40 is also given to"],
        );
    }

    #[test]
    fn a_private_ip_aws_reserves() {
        let cells = vec![
            full("us-east-2a").mta(MtaNode::new().private_ip("172.16.0.3".parse().unwrap())),
            full("us-east-2b"),
        ];
        refused(|| synth(props(), cells), &["ZZ008", "reserved by AWS"]);
    }

    #[test]
    fn zero_servers_of_a_required_role() {
        let cells = vec![
            full("us-east-2a"),
            AzCell::new("us-east-2b".parse().unwrap())
                .mta(MtaNode::new())
                .ldap(LdapMmr::new())
                .mailboxes(1),
        ];
        refused(
            || synth(props(), cells),
            &["ZZ010", "AZ us-east-2b has no proxy server"],
        );
    }

    #[test]
    fn a_cluster_without_a_mailbox_server_has_no_logger() {
        let cell = |az: &str| AzCell::new(az.parse().unwrap()).edge(EdgeNode::new());
        refused(
            || synth(props(), vec![cell("us-east-2a"), cell("us-east-2b")]),
            &["ZZ016", "no logger host"],
        );
    }

    #[test]
    fn two_logger_hosts() {
        let cells = vec![
            full("us-east-2a").mailbox(MailboxNode::new().logger()),
            full("us-east-2b").mailbox(MailboxNode::new().logger()),
        ];
        refused(|| synth(props(), cells), &["ZZ015", "exactly one may be"]);
    }

    #[test]
    fn more_than_20_network_acl_rules() {
        let admins = (0..12)
            .map(|i| format!("198.51.{i}.0/24").parse())
            .collect::<Result<Vec<_>, _>>();
        refused(
            || synth(props().network_acls(true).admin_cidrs(admins?), two()),
            &["ZZ030", "over the limit of 20 per direction"],
        );
    }

    #[test]
    fn extra_port_zero() {
        let p = props().extra_ports([ExtraPort {
            port: 0,
            protocol: Protocol::Udp,
        }]);
        refused(
            || synth(p, two()),
            &["ZZ031", "extra port 0/udp is zero or already open"],
        );
    }

    #[test]
    fn the_same_extra_port_twice() {
        let turn = ExtraPort {
            port: 3478,
            protocol: Protocol::Udp,
        };
        refused(
            || synth(props().extra_ports([turn, turn]), two()),
            &["ZZ031", "extra port 3478/udp"],
        );
    }

    #[test]
    fn a_standard_port_as_an_extra_port() {
        let p = props().extra_ports([ExtraPort {
            port: 25,
            protocol: Protocol::Tcp,
        }]);
        refused(|| synth(p, two()), &["ZZ031", "extra port 25/tcp"]);
    }
}

mod synthesis {
    use super::*;

    #[test]
    fn a_stack_over_cloudformations_limits() {
        // 30 mailbox servers in one stack: far over the 51,200-byte inline body.
        let cells = vec![
            full("us-east-2a")
                .private_subnet("172.16.10.0/24".parse().unwrap())
                .mailboxes(28),
            full("us-east-2b"),
        ];
        refused(
            || {
                let mut app = App::new();
                add(
                    &mut app,
                    ZimbraCluster::new(props()).mailboxes_per_stack(0, 30),
                    cells,
                )?;
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            &[
                "ZC015",
                "Zimbra-Cell-us-east-2a-2",
                "over CloudFormation's limit of 51200",
                "split the stack",
            ],
        );
    }

    #[test]
    fn a_dependency_cycle_between_stacks() {
        refused(
            || {
                let mut app = App::new();
                let region: Region = "us-east-2".parse()?;
                let a = app.add_stack(app.root(), "A", StackProps::new(region.clone()))?;
                let b = app.add_stack(app.root(), "B", StackProps::new(region))?;
                let vpc_a =
                    app.add_resource(a, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16"))?;
                let vpc_b =
                    app.add_resource(b, "Vpc", ec2::Vpc::new().set_cidr_block("10.1.0.0/16"))?;
                app.add_resource(
                    a,
                    "Subnet",
                    ec2::Subnet::new(vpc_b).set_cidr_block("10.1.0.0/24"),
                )?;
                app.add_resource(
                    b,
                    "Subnet",
                    ec2::Subnet::new(vpc_a).set_cidr_block("10.0.0.0/24"),
                )?;
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            &["ZC004", "stack dependency cycle A -> B -> A"],
        );
    }

    #[test]
    fn a_stack_name_used_twice() {
        refused(
            || {
                let mut app = App::new();
                add(&mut app, ZimbraCluster::new(props()), two())?;
                let other = app.add_stack(
                    app.root(),
                    "Legacy",
                    StackProps::new("us-east-2".parse()?).set_stack_name("Zimbra-Network"),
                )?;
                app.add_resource(other, "Vpc", ec2::Vpc::new().set_cidr_block("10.9.0.0/16"))?;
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            &[
                "ZC007",
                "stack name 'Zimbra-Network' is also used by 'Zimbra/Network'",
            ],
        );
    }

    #[test]
    fn two_clusters_with_one_name_in_one_app() {
        refused(
            || {
                let mut app = App::new();
                for _ in 0..2 {
                    add(&mut app, ZimbraCluster::new(props()), two())?;
                }
                Ok(())
            },
            &["duplicate construct id", "'Zimbra' already exists"],
        );
    }
}

mod unsafe_programs {
    use super::*;

    #[test]
    fn the_admin_console_open_to_the_world() {
        refused(
            || synth(props().admin_cidrs(["0.0.0.0/0".parse()?]), two()),
            &["ZS009", "9071 is open to 0.0.0.0/0"],
        );
    }

    #[test]
    fn an_inter_server_port_as_an_extra_public_port() {
        let p = props().extra_ports([ExtraPort {
            port: 11211,
            protocol: Protocol::Udp,
        }]);
        refused(|| synth(p, two()), &["ZS008", "11211 (memcached)"]);
    }

    #[test]
    fn a_multi_server_cluster_in_one_az() {
        refused(
            || synth(props(), vec![full("us-east-2a")]),
            &["ZA001", "all in us-east-2a"],
        );
    }

    #[test]
    fn an_smtp_target_group_without_client_ip_preservation() {
        refused(
            || {
                let mut app = App::new();
                let cluster = add(&mut app, ZimbraCluster::new(props()), two())?;
                let smtp = cluster.nlb.targets[0].target_group;
                app.options_mut(smtp)?
                    .add_property_override("TargetGroupAttributes.0.Value", "false");
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            &["ZA006", "open relay"],
        );
    }

    #[test]
    fn a_suppression_without_a_reason() {
        refused(
            || {
                let mut app = App::new();
                let cluster = add(&mut app, ZimbraCluster::new(props()), two())?;
                app.suppress(cluster.node, "ZS009", "")?;
                Ok(())
            },
            &["suppression of ZS009 at 'Zimbra' has no reason"],
        );
    }
}

/// Bad inputs of the data-protection settings and the external suppressions: each error
/// names the construct path and the fix.
mod protection {
    use super::*;
    use zimbra_constructs::ExternalSuppression;

    /// `refused`, and the text names the construct `path` and the `fix`.
    fn refused_at(attempt: impl FnOnce() -> Attempt, path: &str, fix: &str, needles: &[&str]) {
        let mut all = vec![path, fix];
        all.extend_from_slice(needles);
        refused(attempt, &all);
    }

    #[test]
    fn snapshots_every_five_hours() {
        refused_at(
            || {
                synth(
                    props().snapshot_schedule(SnapshotSchedule::daily().every_hours(5)),
                    two(),
                )
            },
            "Zimbra/Storage/Snapshots",
            "use SnapshotSchedule::every_hours with one of [1, 2, 3, 4, 6, 8, 12, 24]",
            &["ZZ040", "every 5 hours"],
        );
    }

    #[test]
    fn snapshots_at_an_hour_past_midnight_written_25_00() {
        refused_at(
            || {
                synth(
                    props().snapshot_schedule(SnapshotSchedule::daily().at("25:00")),
                    two(),
                )
            },
            "Zimbra/Storage/Snapshots",
            "use SnapshotSchedule::at(\"03:00\")",
            &["ZZ041", "'25:00' is not a UTC time HH:MM"],
        );
    }

    #[test]
    fn snapshots_at_a_time_without_its_leading_zero() {
        refused_at(
            || {
                synth(
                    props().snapshot_schedule(SnapshotSchedule::daily().at("3:00")),
                    two(),
                )
            },
            "Zimbra/Storage/Snapshots",
            "(24-hour clock)",
            &["ZZ041", "'3:00'"],
        );
    }

    #[test]
    fn keeping_no_snapshot() {
        refused_at(
            || {
                synth(
                    props().snapshot_schedule(SnapshotSchedule::daily().keep(0)),
                    two(),
                )
            },
            "Zimbra/Storage/Snapshots",
            "use SnapshotSchedule::keep with a count in that range, or turn snapshots off",
            &["ZZ042", "keeping 0 snapshots"],
        );
    }

    #[test]
    fn keeping_more_snapshots_than_dlm_allows() {
        refused_at(
            || {
                synth(
                    props().snapshot_schedule(SnapshotSchedule::daily().keep(5_000)),
                    two(),
                )
            },
            "Zimbra/Storage/Snapshots",
            "ClusterProps::dlm_snapshots(false)",
            &["ZZ042", "outside DLM's 1 to 1000"],
        );
    }

    #[test]
    fn an_instance_whose_termination_protection_is_switched_off() {
        refused_at(
            || {
                let mut app = App::new();
                add(&mut app, ZimbraCluster::new(props()), two())?;
                let node = app
                    .resources_below(app.root())
                    .into_iter()
                    .find(|n| app.path(*n).ends_with("ldap-a1/Instance"))
                    .ok_or("no ldap-a1")?;
                app.options_mut(node)?
                    .add_property_override("DisableApiTermination", false);
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            "Zimbra/Cell-us-east-2a/ldap-a1/Instance",
            "set DisableApiTermination: true",
            &["ZS014"],
        );
    }

    #[test]
    fn an_nlb_whose_deletion_protection_is_switched_off() {
        refused_at(
            || {
                let mut app = App::new();
                let cluster = add(&mut app, ZimbraCluster::new(props()), two())?;
                app.options_mut(cluster.nlb.load_balancer)?
                    .add_property_override("LoadBalancerAttributes.1.Value", "false");
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            "Zimbra/Edge/Nlb/LoadBalancer",
            "deletion_protection.enabled = true",
            &["ZS015"],
        );
    }

    #[test]
    fn a_checkov_suppression_without_a_reason() {
        refused_at(
            || {
                let mut app = App::new();
                let cluster = add(&mut app, ZimbraCluster::new(props()), two())?;
                app.options_mut(cluster.nlb.load_balancer)?
                    .acknowledge(ExternalSuppression::checkov("CKV_AWS_150", "ok"));
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            "Zimbra/Edge/Nlb/LoadBalancer",
            "say in at least 10 characters why the finding is acceptable",
            &["ZC021", "checkov suppression of 'CKV_AWS_150'"],
        );
    }

    #[test]
    fn a_cdk_nag_suppression_that_names_no_rule() {
        refused_at(
            || {
                let mut app = App::new();
                let cluster = add(&mut app, ZimbraCluster::new(props()), two())?;
                app.options_mut(cluster.nlb.load_balancer)?
                    .acknowledge(ExternalSuppression::cdk_nag("", "a perfectly good reason"));
                app.synth(&SynthOptions::default())?;
                Ok(())
            },
            "Zimbra/Edge/Nlb/LoadBalancer",
            "why the finding is acceptable on this resource",
            &["ZC021", "names no rule"],
        );
    }
}
