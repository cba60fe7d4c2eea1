//! The cluster's network (`Vpc`): VPC with DNS support, a public and a private subnet per AZ,
//! internet gateway, NAT (shared or per AZ), route tables, DHCP options, optional network
//! ACLs and VPC flow logs; plus the security groups every server uses.

use zimbra_constructs_cfn::prelude::*;
use zimbra_constructs_cfn::{ec2, iam, logs};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::diagnostics::Diagnostic;
use zimbra_constructs_core::resource::ResourceRef;
use zimbra_constructs_core::value::Value;
use zimbra_constructs_core::{NodeId, TreeError};

use crate::cidr::Ipv4Cidr;
use crate::policy;
use crate::spec::{NatStrategy, Protocol};
use crate::topology::Topology;

/// CloudFormation's and AWS's default limit of rules per direction in a network ACL.
pub const MAX_NACL_RULES: usize = 20;

/// The security groups servers attach, by role.
#[derive(Debug, Clone, Copy)]
pub struct SecurityGroups {
    /// Every server: all traffic from other members, all outbound.
    pub members: ResourceRef<ec2::SecurityGroup>,
    /// MTA servers: the SMTP ports from the internet.
    pub mta: ResourceRef<ec2::SecurityGroup>,
    /// Proxy servers: the web, IMAP/POP and admin ports from the internet.
    pub proxy: ResourceRef<ec2::SecurityGroup>,
}

/// What the network stack provides to the others.
#[derive(Debug, Clone)]
pub struct Network {
    /// The VPC.
    pub vpc: ResourceRef<ec2::Vpc>,
    /// Public subnet per AZ, in topology order.
    pub public_subnets: Vec<ResourceRef<ec2::Subnet>>,
    /// Private subnet per AZ, in topology order.
    pub private_subnets: Vec<ResourceRef<ec2::Subnet>>,
    /// Security groups.
    pub groups: SecurityGroups,
}

/// A rule of a network ACL before it is numbered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NaclRule {
    /// Source (inbound) or destination (outbound) range.
    pub cidr: String,
    /// Protocol number, `-1` for all.
    pub protocol: i64,
    /// Port range, for TCP/UDP.
    pub ports: Option<(u16, u16)>,
}

/// The inbound NACL rules of the cluster's subnets: public ports (admin port only from the
/// admin CIDRs and the public subnets, where the NLB's health checks come from), ephemeral
/// return ports, and everything from inside the VPC. Outbound is one allow-all rule.
#[must_use]
pub fn nacl_inbound_rules(topology: &Topology) -> Vec<NaclRule> {
    let tcp = Protocol::Tcp.number();
    let world = "0.0.0.0/0".to_owned();
    let mut rules = Vec::new();
    for p in topology.public_ports() {
        if p.world {
            rules.push(NaclRule {
                cidr: world.clone(),
                protocol: tcp,
                ports: Some((p.port, p.port)),
            });
        } else {
            for cidr in admin_sources(topology) {
                rules.push(NaclRule {
                    cidr,
                    protocol: tcp,
                    ports: Some((p.port, p.port)),
                });
            }
        }
    }
    for e in &topology.props.extra_ports {
        rules.push(NaclRule {
            cidr: world.clone(),
            protocol: e.protocol.number(),
            ports: Some((e.port, e.port)),
        });
    }
    for proto in [Protocol::Tcp, Protocol::Udp] {
        rules.push(NaclRule {
            cidr: world.clone(),
            protocol: proto.number(),
            ports: Some((1024, 65535)),
        });
    }
    rules.push(NaclRule {
        cidr: topology.props.vpc_cidr.to_string(),
        protocol: -1,
        ports: None,
    });
    rules
}

/// Sources allowed on the admin port: the configured admin ranges plus the public subnets
/// (NLB health checks), without duplicates.
fn admin_sources(topology: &Topology) -> Vec<String> {
    let mut out: Vec<String> = topology
        .props
        .admin_cidrs
        .iter()
        .map(Ipv4Cidr::to_string)
        .collect();
    for az in &topology.azs {
        let s = az.public.to_string();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Checks the settings only the network owns; returns errors naming the fix.
#[must_use]
pub fn validate(topology: &Topology) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if topology.props.network_acls {
        let n = nacl_inbound_rules(topology).len();
        if n > MAX_NACL_RULES {
            out.push(Diagnostic::error(
                "ZZ030",
                format!("{}/Network/Acls", topology.props.name),
                format!("the network ACLs would need {n} inbound rules, over the limit of {MAX_NACL_RULES} per direction; open fewer optional or extra ports, list fewer admin CIDRs, or turn network ACLs off (security groups still apply)"),
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for p in topology.public_ports() {
        seen.insert((p.port, Protocol::Tcp));
    }
    for e in &topology.props.extra_ports {
        if e.port == 0 || !seen.insert((e.port, e.protocol)) {
            out.push(Diagnostic::error(
                "ZZ031",
                format!("{}/Network/SecurityGroups", topology.props.name),
                format!("extra port {}/{} is zero or already open; list each port once, and not the standard ones", e.port, e.protocol.as_str()),
            ));
        }
    }
    out
}

fn ingress(
    proto: &str,
    from: i64,
    to: i64,
    cidr: &str,
    description: &str,
) -> ec2::security_group::Ingress {
    ec2::security_group::Ingress::new(proto)
        .set_from_port(from)
        .set_to_port(to)
        .set_cidr_ip(cidr)
        .set_description(description)
}

fn egress_all() -> Value<Vec<ec2::security_group::Egress>> {
    vec![ec2::security_group::Egress::new("-1")
        .set_cidr_ip("0.0.0.0/0")
        .set_description("All outbound traffic")]
    .into()
}

fn security_groups(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    vpc: ResourceRef<ec2::Vpc>,
) -> Result<SecurityGroups, TreeError> {
    let scope = app.add_construct(scope, "SecurityGroups")?;
    let name = &topology.props.name;
    let members = app.add_resource(
        scope,
        "Members",
        ec2::SecurityGroup::new(format!(
            "{name} cluster members: all traffic between servers"
        ))
        .set_vpc_id(vpc)
        .set_security_group_egress(egress_all()),
    )?;
    app.add_resource(
        scope,
        "MembersFromMembers",
        ec2::SecurityGroupIngress::new("-1")
            .set_group_id(members)
            .set_source_security_group_id(members.attr_group_id())
            .set_description(
                "All traffic between cluster members (LDAP, LMTP, SOAP, memcached, zmrcd ...)",
            ),
    )?;
    let ports = topology.public_ports();
    let mta_rules: Vec<_> = ports
        .iter()
        .filter(|p| p.to_mta)
        .map(|p| {
            ingress(
                "tcp",
                p.port.into(),
                p.port.into(),
                "0.0.0.0/0",
                &format!("{} from the internet", p.name),
            )
        })
        .collect();
    let mta = app.add_resource(
        scope,
        "MtaPublic",
        ec2::SecurityGroup::new(format!("{name} MTAs: SMTP from the internet"))
            .set_vpc_id(vpc)
            .set_security_group_ingress(mta_rules)
            .set_security_group_egress(egress_all()),
    )?;
    crate::checkov::suppress_nag(app, mta, &[(
        "AwsSolutions-EC23",
        "The MTAs receive the world's mail: SMTP (25, and 465/587 for clients) must be open to 0.0.0.0/0; no inter-server port is (rule ZS008)",
    )])?;
    let mut proxy_rules = Vec::new();
    for p in ports.iter().filter(|p| !p.to_mta) {
        if p.world {
            proxy_rules.push(ingress(
                "tcp",
                p.port.into(),
                p.port.into(),
                "0.0.0.0/0",
                &format!("{} from the internet", p.name),
            ));
        } else {
            for cidr in admin_sources(topology) {
                proxy_rules.push(ingress(
                    "tcp",
                    p.port.into(),
                    p.port.into(),
                    &cidr,
                    "Admin console from admin networks and NLB health checks",
                ));
            }
        }
    }
    for e in &topology.props.extra_ports {
        let port = i64::from(e.port);
        proxy_rules.push(ingress(
            e.protocol.as_str(),
            port,
            port,
            "0.0.0.0/0",
            &format!("Extra port {}/{}", e.port, e.protocol.as_str()),
        ));
    }
    let proxy = app.add_resource(
        scope,
        "ProxyPublic",
        ec2::SecurityGroup::new(format!("{name} proxies: web, IMAP/POP and admin ports"))
            .set_vpc_id(vpc)
            .set_security_group_ingress(proxy_rules)
            .set_security_group_egress(egress_all()),
    )?;
    crate::checkov::skip_checks(app, proxy, &[(
        "CKV_AWS_260",
        "Port 80 is a public port of the reference architecture: the Zimbra proxy answers it with a redirect to HTTPS, so webmail links typed without https work",
    )])?;
    crate::checkov::suppress_nag(app, proxy, &[(
        "AwsSolutions-EC23",
        "The proxies serve webmail, IMAP and POP to users anywhere: those public ports are open to 0.0.0.0/0; the admin console only to the admin networks (rule ZS009)",
    )])?;
    Ok(SecurityGroups {
        members,
        mta,
        proxy,
    })
}

/// cdk-nag's VPC3 warning ("a network ACL has been implemented"), answered.
const NACL_NAG: (&str, &str) = (
    "AwsSolutions-VPC3",
    "Network ACLs are asked for (ClusterProps::network_acls) as defence in depth below the security groups; their rules come from the same port table (nacl_inbound_rules)",
);

fn nacls(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    vpc: ResourceRef<ec2::Vpc>,
    subnets: &[ResourceRef<ec2::Subnet>],
) -> Result<(), TreeError> {
    let scope = app.add_construct(scope, "Acls")?;
    let acl = app.add_resource(scope, "Acl", ec2::NetworkAcl::new(vpc))?;
    crate::checkov::suppress_nag(app, acl, &[NACL_NAG])?;
    for (i, rule) in nacl_inbound_rules(topology).into_iter().enumerate() {
        let number = 100 + 10 * i as i64;
        let mut entry = ec2::NetworkAclEntry::new(acl, rule.protocol, "allow", number)
            .set_egress(false)
            .set_cidr_block(rule.cidr);
        if let Some((from, to)) = rule.ports {
            entry = entry.set_port_range(
                ec2::network_acl_entry::PortRange::new()
                    .set_from(i64::from(from))
                    .set_to(i64::from(to)),
            );
        }
        let entry = app.add_resource(scope, &format!("In{number}"), entry)?;
        crate::checkov::suppress_nag(app, entry, &[NACL_NAG])?;
    }
    let out = app.add_resource(
        scope,
        "Out100",
        ec2::NetworkAclEntry::new(acl, -1, "allow", 100)
            .set_egress(true)
            .set_cidr_block("0.0.0.0/0"),
    )?;
    crate::checkov::suppress_nag(app, out, &[NACL_NAG])?;
    for subnet in subnets {
        let id = app.id(*subnet).unwrap_or("Subnet").to_owned();
        app.add_resource(
            scope,
            &format!("Assoc{id}"),
            ec2::SubnetNetworkAclAssociation::new(acl, *subnet),
        )?;
    }
    Ok(())
}

fn flow_logs(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    vpc: ResourceRef<ec2::Vpc>,
) -> Result<(), TreeError> {
    let scope = app.add_construct(scope, "FlowLogs")?;
    let group = app.add_resource(
        scope,
        "LogGroup",
        logs::LogGroup::new()
            .set_log_group_name(format!("/zimbra/{}/vpc-flow-logs", topology.props.name))
            .set_retention_in_days(365),
    )?;
    crate::checkov::skip_checks(app, group, &[(
        "CKV_AWS_158",
        "CloudWatch Logs encrypts flow log records at rest with service-managed keys; a customer KMS key would add a key and key policy per cluster with no reader besides the operators",
    )])?;
    let role = app.add_resource(
        scope,
        "Role",
        iam::Role::new(policy::service_trust("vpc-flow-logs.amazonaws.com")).set_policies(vec![
            iam::role::Policy::new(
                policy::document(vec![policy::allow(
                    &[
                        "logs:CreateLogStream",
                        "logs:PutLogEvents",
                        "logs:DescribeLogStreams",
                    ],
                    vec![group.attr_arn().into_expr()],
                )]),
                "deliver-flow-logs",
            ),
        ]),
    )?;
    app.add_resource(
        scope,
        "FlowLog",
        ec2::FlowLog::new(vpc.reference(), "VPC")
            .set_traffic_type("ALL")
            .set_log_destination_type("cloud-watch-logs")
            .set_log_destination(group.attr_arn())
            .set_deliver_logs_permission_arn(role.attr_arn()),
    )?;
    Ok(())
}

/// The VPC with its internet gateway (and the gateway's attachment, which routes and NAT
/// addresses wait for).
struct Vpc {
    vpc: ResourceRef<ec2::Vpc>,
    igw: ResourceRef<ec2::InternetGateway>,
    attach: ResourceRef<ec2::VpcGatewayAttachment>,
}

impl Network {
    /// Adds the network to `scope` (a stack, or a construct in one): the VPC, its gateways,
    /// subnets and routes, the security groups, and the optional ACLs and flow logs.
    pub fn build(app: &mut App, scope: NodeId, topology: &Topology) -> Result<Network, TreeError> {
        let p = &topology.props;
        let scope = app.add_construct(scope, "Vpc")?;
        let vpc = vpc(app, scope, topology)?;
        let (public_subnets, private_subnets) = subnets(app, scope, topology, &vpc)?;
        let nats = nat_gateways(app, scope, topology, &vpc, &public_subnets)?;
        private_routes(app, scope, topology, vpc.vpc, &nats, &private_subnets)?;
        let groups = security_groups(app, scope, topology, vpc.vpc)?;
        if p.network_acls {
            let all: Vec<_> = public_subnets
                .iter()
                .zip(&private_subnets)
                .flat_map(|(a, b)| [*a, *b])
                .collect();
            nacls(app, scope, topology, vpc.vpc, &all)?;
        }
        if p.flow_logs {
            flow_logs(app, scope, topology, vpc.vpc)?;
        }
        Ok(Network {
            vpc: vpc.vpc,
            public_subnets,
            private_subnets,
            groups,
        })
    }
}

/// The VPC (DNS support and host names on, for the private zones), its internet gateway and
/// DHCP options (the cluster's domain, Amazon's resolver).
fn vpc(app: &mut App, scope: NodeId, topology: &Topology) -> Result<Vpc, TreeError> {
    let p = &topology.props;
    let vpc = app.add_resource(
        scope,
        "Resource",
        ec2::Vpc::new()
            .set_cidr_block(p.vpc_cidr.to_string())
            .set_enable_dns_support(true)
            .set_enable_dns_hostnames(true),
    )?;
    app.add_tag(scope, "Name", format!("{}-vpc", p.name))?;
    let igw = app.add_resource(scope, "InternetGateway", ec2::InternetGateway::new())?;
    let attach = app.add_resource(
        scope,
        "InternetGatewayAttachment",
        ec2::VpcGatewayAttachment::new(vpc).set_internet_gateway_id(igw),
    )?;
    let dhcp = app.add_resource(
        scope,
        "DhcpOptions",
        ec2::DhcpOptions::new()
            .set_domain_name(p.domain.as_str())
            .set_domain_name_servers(["AmazonProvidedDNS"]),
    )?;
    app.add_resource(
        scope,
        "DhcpOptionsAssociation",
        ec2::VpcDhcpOptionsAssociation::new(dhcp, vpc),
    )?;
    Ok(Vpc { vpc, igw, attach })
}

/// Subnets per AZ, in topology order.
type Subnets = Vec<ResourceRef<ec2::Subnet>>;

/// A public and a private subnet per AZ; the public ones route to the internet gateway.
fn subnets(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    vpc: &Vpc,
) -> Result<(Subnets, Subnets), TreeError> {
    let public_rt = app.add_resource(scope, "PublicRouteTable", ec2::RouteTable::new(vpc.vpc))?;
    let default_route = app.add_resource(
        scope,
        "PublicDefaultRoute",
        ec2::Route::new(public_rt)
            .set_destination_cidr_block("0.0.0.0/0")
            .set_gateway_id(vpc.igw.reference()),
    )?;
    app.options_mut(default_route)?.add_depends_on(vpc.attach);
    let mut public_subnets = Vec::new();
    let mut private_subnets = Vec::new();
    for az in &topology.azs {
        let letter = az.az.letter().to_ascii_uppercase();
        let public = app.add_resource(
            scope,
            &format!("PublicSubnet{letter}"),
            ec2::Subnet::new(vpc.vpc)
                .set_availability_zone(az.az.as_str())
                .set_cidr_block(az.public.to_string())
                .set_map_public_ip_on_launch(false),
        )?;
        app.add_resource(
            scope,
            &format!("PublicSubnet{letter}RouteTableAssociation"),
            ec2::SubnetRouteTableAssociation::new(public_rt, public),
        )?;
        let private = app.add_resource(
            scope,
            &format!("PrivateSubnet{letter}"),
            ec2::Subnet::new(vpc.vpc)
                .set_availability_zone(az.az.as_str())
                .set_cidr_block(az.private.to_string())
                .set_map_public_ip_on_launch(false),
        )?;
        public_subnets.push(public);
        private_subnets.push(private);
    }
    Ok((public_subnets, private_subnets))
}

/// The fixed private address of the NAT gateway in a public subnet: its last usable address
/// (AWS reserves the very last one). Reserved in every AZ's public subnet, with or without a
/// gateway there, so server address allocation never hands it out and an explicit server
/// address equal to it is refused (ZZ008); without it AWS would pick a random free address
/// that can collide with a server's planned fixed address.
#[must_use]
pub fn nat_address(public: Ipv4Cidr) -> Option<std::net::Ipv4Addr> {
    public
        .size()
        .checked_sub(2)
        .and_then(|last| public.nth(last))
}

/// NAT: one gateway in the first AZ, or one per AZ, each with its Elastic IP and the fixed
/// address of [`nat_address`].
fn nat_gateways(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    vpc: &Vpc,
    public_subnets: &[ResourceRef<ec2::Subnet>],
) -> Result<Vec<ResourceRef<ec2::NatGateway>>, TreeError> {
    let nat_azs = match topology.props.nat {
        NatStrategy::Shared => 1,
        NatStrategy::PerAz => topology.azs.len(),
    };
    let mut nats = Vec::new();
    for (i, az) in topology.azs.iter().enumerate().take(nat_azs) {
        let suffix = if nat_azs == 1 {
            String::new()
        } else {
            az.az.letter().to_ascii_uppercase().to_string()
        };
        let eip = app.add_resource(
            scope,
            &format!("NatEip{suffix}"),
            ec2::Eip::new().set_domain("vpc"),
        )?;
        app.options_mut(eip)?.add_depends_on(vpc.attach);
        let nat = app.add_resource(
            scope,
            &format!("NatGateway{suffix}"),
            match nat_address(az.public) {
                Some(ip) => ec2::NatGateway::new().set_private_ip_address(ip.to_string()),
                None => ec2::NatGateway::new(),
            }
            .set_allocation_id(eip)
            .set_subnet_id(public_subnets[i]),
        )?;
        nats.push(nat);
    }
    Ok(nats)
}

/// Each private subnet routes to the NAT gateway of its own AZ when there is one.
fn private_routes(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    vpc: ResourceRef<ec2::Vpc>,
    nats: &[ResourceRef<ec2::NatGateway>],
    private_subnets: &[ResourceRef<ec2::Subnet>],
) -> Result<(), TreeError> {
    for (i, az) in topology.azs.iter().enumerate() {
        let letter = az.az.letter().to_ascii_uppercase();
        let rt = app.add_resource(
            scope,
            &format!("PrivateRouteTable{letter}"),
            ec2::RouteTable::new(vpc),
        )?;
        app.add_resource(
            scope,
            &format!("PrivateDefaultRoute{letter}"),
            ec2::Route::new(rt)
                .set_destination_cidr_block("0.0.0.0/0")
                .set_nat_gateway_id(nats[i.min(nats.len() - 1)]),
        )?;
        app.add_resource(
            scope,
            &format!("PrivateSubnet{letter}RouteTableAssociation"),
            ec2::SubnetRouteTableAssociation::new(rt, private_subnets[i]),
        )?;
    }
    Ok(())
}
