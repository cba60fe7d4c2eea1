//! `Nlb`: the internet-facing Network Load Balancer in front of the cluster, one node per AZ,
//! a TCP listener and target group per public port, TCP health checks and client IP
//! preservation; deletion protection on (`destroy` turns it off first).
//!
//! Open-relay guard: the MTAs trust the NLB's subnets (`zimbraMtaMyNetworks`), which is only
//! safe while the NLB passes the client's address through. SMTP target groups therefore
//! set `preserve_client_ip.enabled=true` explicitly (for IP targets the default is off), there is no option to
//! turn that off, and rule ZA006 ([`crate::rules`]) fails synthesis if the templates say
//! otherwise (an escape-hatch override, say).

use std::net::Ipv4Addr;

use zimbra_constructs_cfn::{ec2, elasticloadbalancingv2 as elb};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::resource::ResourceRef;
use zimbra_constructs_core::{NodeId, TreeError};

use crate::ports::PublicPort;
use crate::topology::Topology;

/// The attribute that keeps client addresses on connections to targets.
pub const PRESERVE_CLIENT_IP: &str = "preserve_client_ip.enabled";

/// The attribute that stops the load balancer (and the public DNS name every MX and client
/// points at) from being deleted by mistake.
pub const DELETION_PROTECTION: &str = "deletion_protection.enabled";

/// A target group and the port it serves.
#[derive(Debug, Clone, Copy)]
pub struct PortTarget {
    /// The public port.
    pub port: PublicPort,
    /// Its target group.
    pub target_group: ResourceRef<elb::TargetGroup>,
}

/// The load balancer and its per-port target groups.
#[derive(Debug, Clone)]
pub struct Nlb {
    /// The load balancer.
    pub load_balancer: ResourceRef<elb::LoadBalancer>,
    /// One target group per public port.
    pub targets: Vec<PortTarget>,
}

/// A server to register: its fixed private IP, and whether it runs the MTA and/or proxy role.
///
/// Targets are IP targets, not instance ids: an instance id would be exported from the cell
/// stack and imported here, and CloudFormation never changes an export while it is
/// imported, so no MTA or proxy could ever be replaced. The IPs are fixed and known at
/// synth, inside the VPC CIDR (so no `AvailabilityZone` is needed).
#[derive(Debug, Clone)]
pub struct NlbTarget {
    /// The server's fixed private IP.
    pub ip: Ipv4Addr,
    /// Receives the MTA ports.
    pub mta: bool,
    /// Receives the proxy ports.
    pub proxy: bool,
}

impl Nlb {
    /// Adds the load balancer, target groups and listeners to `scope`.
    pub fn build(
        app: &mut App,
        scope: NodeId,
        topology: &Topology,
        vpc: ResourceRef<ec2::Vpc>,
        public_subnets: &[ResourceRef<ec2::Subnet>],
        instances: &[NlbTarget],
    ) -> Result<Nlb, TreeError> {
        let scope = app.add_construct(scope, "Nlb")?;
        let load_balancer = app.add_resource(
            scope,
            "LoadBalancer",
            elb::LoadBalancer::new()
                .set_type("network")
                .set_scheme("internet-facing")
                .set_ip_address_type("ipv4")
                .set_subnets(public_subnets.to_vec())
                .set_load_balancer_attributes(vec![
                    elb::load_balancer::LoadBalancerAttribute::new()
                        .set_key("load_balancing.cross_zone.enabled")
                        .set_value("true"),
                    elb::load_balancer::LoadBalancerAttribute::new()
                        .set_key(DELETION_PROTECTION)
                        .set_value("true"),
                ]),
        )?;
        let access_logs = "NLB access logs only record TLS listeners; these are TCP pass-through listeners (STARTTLS cannot be terminated at the NLB)";
        crate::checkov::skip_checks(app, load_balancer, &[("CKV_AWS_91", access_logs)])?;
        crate::checkov::suppress_nag(app, load_balancer, &[("AwsSolutions-ELB2", access_logs)])?;
        let mut targets = Vec::new();
        for port in topology.public_ports() {
            let members: Vec<elb::target_group::TargetDescription> = instances
                .iter()
                .filter(|i| if port.to_mta { i.mta } else { i.proxy })
                .map(|i| {
                    elb::target_group::TargetDescription::new(i.ip.to_string())
                        .set_port(i64::from(port.port))
                })
                .collect();
            let target_group = app.add_resource(
                scope,
                &format!("{}Targets", port.name),
                elb::TargetGroup::new()
                    .set_port(i64::from(port.port))
                    .set_protocol("TCP")
                    .set_target_type("ip")
                    .set_vpc_id(vpc)
                    .set_health_check_protocol("TCP")
                    .set_health_check_port("traffic-port")
                    .set_targets(members)
                    .set_target_group_attributes(vec![
                        // Off by default for TCP IP targets; the MTAs need the client IP.
                        elb::target_group::TargetGroupAttribute::new()
                            .set_key(PRESERVE_CLIENT_IP)
                            .set_value("true"),
                        elb::target_group::TargetGroupAttribute::new()
                            .set_key("deregistration_delay.timeout_seconds")
                            .set_value("60"),
                    ]),
            )?;
            app.add_resource(
                scope,
                &format!("{}Listener", port.name),
                elb::Listener::new(
                    vec![elb::listener::Action::new("forward").set_target_group_arn(target_group)],
                    load_balancer,
                )
                .set_port(i64::from(port.port))
                .set_protocol("TCP"),
            )?;
            targets.push(PortTarget { port, target_group });
        }
        Ok(Nlb {
            load_balancer,
            targets,
        })
    }
}
