//! Private DNS: a Route 53 private hosted zone for the domain attached to the VPC, reverse
//! (`in-addr.arpa`) zones for the servers' addresses, A and PTR records per server, and the
//! optional mirror of public records the private zone would otherwise hide.

use std::collections::BTreeSet;
use std::net::Ipv4Addr;

use zimbra_constructs_cfn::{ec2, route53};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::resource::ResourceRef;
use zimbra_constructs_core::resource_options::RemovalPolicy;
use zimbra_constructs_core::value::{Pseudo, Value};
use zimbra_constructs_core::{NodeId, TreeError};

use crate::topology::{ResolvedServer, Topology};

/// TTL of the records the constructs write, in seconds.
pub const RECORD_TTL: &str = "300";

/// The zones, for records added by other stacks.
#[derive(Debug, Clone)]
pub struct PrivateDns {
    /// The forward zone of the mail domain.
    pub forward: ResourceRef<route53::HostedZone>,
    /// Reverse zones by name (`1.16.172.in-addr.arpa`).
    pub reverse: Vec<(String, ResourceRef<route53::HostedZone>)>,
}

/// The records mirrored when the user gives none: what the public side would publish for
/// this cluster, with the names the private zone resolves (MX at every MTA, autodiscover at
/// the first proxy). The SPF policy is the operator's and is not guessed.
fn default_mirror(topology: &Topology) -> crate::spec::PublicRecords {
    let mut m = crate::spec::PublicRecords::new();
    for s in topology.servers.iter().filter(|s| s.kind.is_mta()) {
        m = m.mx(10, s.fqdn.clone());
    }
    if let Some(proxy) = topology.servers.iter().find(|s| s.kind.is_proxy()) {
        m = m.autodiscover(format!("{}.", proxy.fqdn));
    }
    m
}

/// The reverse zone holding an address's PTR record (one zone per /24).
#[must_use]
pub fn reverse_zone(ip: Ipv4Addr) -> String {
    let [a, b, c, _] = ip.octets();
    format!("{c}.{b}.{a}.in-addr.arpa")
}

/// The PTR record name of an address.
#[must_use]
pub fn ptr_name(ip: Ipv4Addr) -> String {
    let d = ip.octets()[3];
    format!("{d}.{}", reverse_zone(ip))
}

fn zone_id(name: &str) -> String {
    // `1.16.172.in-addr.arpa` → `Reverse172x16x1`: readable and unique per /24.
    let mut parts: Vec<&str> = name.trim_end_matches(".in-addr.arpa").split('.').collect();
    parts.reverse();
    format!("Reverse{}", parts.join("x"))
}

impl PrivateDns {
    /// Adds the zones (retained on delete: records may be hand-maintained too) and mirrored
    /// public records to `scope`.
    pub fn build(
        app: &mut App,
        scope: NodeId,
        topology: &Topology,
        vpc: ResourceRef<ec2::Vpc>,
    ) -> Result<PrivateDns, TreeError> {
        let p = &topology.props;
        let scope = app.add_construct(scope, "PrivateDns")?;
        let attach = || {
            vec![route53::hosted_zone::Vpc::new(
                vpc.reference(),
                Value::from(Pseudo::Region),
            )]
        };
        let zone = |app: &mut App,
                    id: &str,
                    name: &str,
                    comment: String|
         -> Result<ResourceRef<route53::HostedZone>, TreeError> {
            let z = app.add_resource(
                scope,
                id,
                route53::HostedZone::new()
                    .set_name(name)
                    .set_vpcs(attach())
                    .set_hosted_zone_config(
                        route53::hosted_zone::HostedZoneConfig::new().set_comment(comment),
                    ),
            )?;
            app.options_mut(z)?
                .set_removal_policy(RemovalPolicy::Retain);
            Ok(z)
        };
        let forward = zone(
            app,
            "Zone",
            p.domain.as_str(),
            format!("Private zone of {} for the cluster's servers", p.domain),
        )?;
        let names: BTreeSet<String> = topology
            .servers
            .iter()
            .map(|s| reverse_zone(s.ip))
            .collect();
        let mut reverse = Vec::new();
        for name in names {
            let z = zone(
                app,
                &zone_id(&name),
                &name,
                format!("Reverse zone of the cluster's servers in {name}"),
            )?;
            reverse.push((name, z));
        }
        let derived;
        let mirror = match &p.mirror_records {
            Some(m) => Some(m),
            None => {
                derived = default_mirror(topology);
                app.annotate(
                    forward,
                    zimbra_constructs_core::diagnostics::Severity::Warning,
                    "ZZ061",
                    format!("the private zone {0} hides the public records of {0} inside the VPC; mirrored by default: MX -> the MTAs, autodiscover.{0} -> the first proxy; missing: the SPF record (TXT {0}.), which is not known at synth; give the public records with ClusterProps::mirror_records(PublicRecords::new().mx(..).spf(..).autodiscover(..))", p.domain),
                );
                Some(&derived)
            }
        };
        if let Some(m) = mirror {
            let apex = format!("{}.", p.domain);
            if !m.mx.is_empty() {
                let records: Vec<String> =
                    m.mx.iter()
                        .map(|(pref, host)| format!("{pref} {}.", host.trim_end_matches('.')))
                        .collect();
                app.add_resource(scope, "MirrorMx", record(forward, &apex, "MX", records))?;
            }
            if let Some(spf) = &m.spf {
                app.add_resource(
                    scope,
                    "MirrorSpf",
                    record(forward, &apex, "TXT", vec![format!("\"{spf}\"")]),
                )?;
            }
            if let Some(target) = &m.autodiscover {
                app.add_resource(
                    scope,
                    "MirrorAutodiscover",
                    record(
                        forward,
                        &format!("autodiscover.{}.", p.domain),
                        "CNAME",
                        vec![target.clone()],
                    ),
                )?;
            }
        }
        Ok(PrivateDns { forward, reverse })
    }

    /// Adds a server's A record and PTR record to `scope` (its cell stack, so records scale
    /// with the servers).
    pub fn add_server_records(
        &self,
        app: &mut App,
        scope: NodeId,
        server: &ResolvedServer,
    ) -> Result<(), TreeError> {
        app.add_resource(
            scope,
            "ARecord",
            record(
                self.forward,
                &format!("{}.", server.fqdn),
                "A",
                vec![server.ip.to_string()],
            ),
        )?;
        let zone_name = reverse_zone(server.ip);
        if let Some((_, zone)) = self.reverse.iter().find(|(n, _)| *n == zone_name) {
            app.add_resource(
                scope,
                "PtrRecord",
                record(
                    *zone,
                    &format!("{}.", ptr_name(server.ip)),
                    "PTR",
                    vec![format!("{}.", server.fqdn)],
                ),
            )?;
        }
        Ok(())
    }
}

fn record(
    zone: ResourceRef<route53::HostedZone>,
    name: &str,
    kind: &str,
    values: Vec<String>,
) -> route53::RecordSet {
    route53::RecordSet::new(name, kind)
        .set_hosted_zone_id(zone)
        .set_ttl(RECORD_TTL)
        .set_resource_records(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_names_follow_in_addr_arpa() {
        let ip = Ipv4Addr::new(172, 16, 1, 12);
        assert_eq!(reverse_zone(ip), "1.16.172.in-addr.arpa");
        assert_eq!(ptr_name(ip), "12.1.16.172.in-addr.arpa");
        assert_eq!(zone_id("1.16.172.in-addr.arpa"), "Reverse172x16x1");
    }
}
