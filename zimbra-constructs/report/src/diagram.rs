//! `diagram`: the architecture of an assembly as a Mermaid flowchart (a subgraph per AZ and
//! per subnet, servers by host name and role, the load balancer with its ports and where it
//! forwards them, NAT gateways, buckets) and the server table of the reference post (host,
//! role, AZ, subnet, IP, type, volumes) as Markdown.

use std::fmt::Write as _;

use zimbra_constructs_core::Assembly;

use crate::inventory::{prop, resources, type_of, Inventory, Resolver, Server, Subnet};
use crate::markdown::table;

/// A Mermaid node id from any text: letters, digits and `_`.
fn node_id(prefix: &str, text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("{prefix}_{clean}")
}

/// The DNS name that aliases a load balancer (`mail.example.com`), if a record does.
#[must_use]
pub fn public_name(assembly: &Assembly, lb_logical_id: &str) -> Option<String> {
    let r = Resolver::new(assembly);
    for stack in &assembly.stacks {
        for (_, body) in resources(stack) {
            if type_of(body) != "AWS::Route53::RecordSet" {
                continue;
            }
            let target = prop(body, "AliasTarget").get("DNSName");
            let points = target
                .and_then(|t| r.target(&stack.name, t))
                .is_some_and(|(id, _)| id.logical_id == lb_logical_id);
            if points {
                let name = prop(body, "Name").as_str()?;
                return Some(name.trim_end_matches('.').to_owned());
            }
        }
    }
    None
}

fn server_label(s: &Server) -> String {
    let mut lines = vec![format!("<b>{}</b>", s.short_host()), s.role_label()];
    if let Some(ip) = &s.ip {
        lines.push(ip.clone());
    }
    if s.elastic_ip.is_some() {
        lines.push("Elastic IP".to_owned());
    }
    if s.logger {
        lines.push("logger".to_owned());
    }
    lines.join("<br/>")
}

fn subnet_title(s: &Subnet) -> String {
    let tier = if s.public { "public" } else { "private" };
    format!("{tier} {}", s.cidr)
}

/// The Mermaid flowchart.
#[must_use]
pub fn mermaid(assembly: &Assembly) -> String {
    let inv = Inventory::of(assembly);
    let mut out = String::from("flowchart TB\n");
    out.push_str("  internet((Internet))\n");
    for az in inv.azs() {
        az_block(assembly, &inv, &az, &mut out);
    }
    for lb in &inv.load_balancers {
        lb_block(assembly, lb, &mut out);
    }
    if !inv.buckets.is_empty() {
        out.push_str("  subgraph s3[\"S3 (regional)\"]\n");
        for b in &inv.buckets {
            let mut label = b.purpose.clone().unwrap_or_else(|| b.id.logical_id.clone());
            if b.public_read_only {
                label.push_str("<br/>public read-only");
            }
            let _ = writeln!(
                out,
                "    {}[(\"{label}\")]",
                node_id("bkt", &b.id.logical_id)
            );
        }
        out.push_str("  end\n");
    }
    out
}

/// One AZ: a subgraph per subnet with its servers and NAT gateways.
fn az_block(assembly: &Assembly, inv: &Inventory, az: &str, out: &mut String) {
    let _ = writeln!(out, "  subgraph {}[\"{az}\"]", node_id("az", az));
    for sn in inv.subnets.iter().filter(|s| s.az == az) {
        let _ = writeln!(
            out,
            "    subgraph {}[\"{}\"]",
            node_id("sn", &sn.id.logical_id),
            subnet_title(sn)
        );
        let in_subnet = |s: &&Server| s.subnet.as_ref().map(|x| &x.id) == Some(&sn.id);
        for s in inv.servers.iter().filter(in_subnet) {
            let _ = writeln!(
                out,
                "      {}[\"{}\"]",
                node_id("srv", &s.host),
                server_label(s)
            );
        }
        for n in &inv.nat_gateways {
            if nat_subnet(assembly, &n.id.stack, &n.id.logical_id).as_deref()
                == Some(&sn.id.logical_id)
            {
                let _ = writeln!(
                    out,
                    "      {}{{{{\"NAT gateway\"}}}}",
                    node_id("nat", &n.id.logical_id)
                );
            }
        }
        out.push_str("    end\n");
    }
    // Servers whose subnet the inventory could not resolve still belong to their AZ.
    for s in inv
        .servers
        .iter()
        .filter(|s| s.subnet.is_none() && s.az.as_deref() == Some(az))
    {
        let _ = writeln!(
            out,
            "    {}[\"{}\"]",
            node_id("srv", &s.host),
            server_label(s)
        );
    }
    out.push_str("  end\n");
}

/// A load balancer with its ports, and one edge per target labelled with its ports.
fn lb_block(assembly: &Assembly, lb: &crate::inventory::LoadBalancer, out: &mut String) {
    let lb_id = node_id("lb", &lb.id.logical_id);
    let ports: Vec<String> = lb
        .listeners
        .iter()
        .filter_map(|l| l.port.map(|p| p.to_string()))
        .collect();
    let name =
        public_name(assembly, &lb.id.logical_id).map_or(String::new(), |n| format!("<br/>{n}"));
    let kind = if lb.kind == "network" {
        "NLB"
    } else {
        "load balancer"
    };
    let _ = writeln!(
        out,
        "  {lb_id}{{{{\"{kind} ({}){name}<br/>TCP {}\"}}}}",
        lb.scheme,
        ports.join(", ")
    );
    if lb.internet_facing() {
        let _ = writeln!(out, "  internet --> {lb_id}");
    }
    let mut edges: Vec<(String, Vec<String>)> = Vec::new();
    for l in &lb.listeners {
        let Some(port) = l.port else { continue };
        for t in &l.targets {
            match edges.iter_mut().find(|(host, _)| host == t) {
                Some((_, ports)) => ports.push(port.to_string()),
                None => edges.push((t.clone(), vec![port.to_string()])),
            }
        }
    }
    for (host, ports) in edges {
        let _ = writeln!(
            out,
            "  {lb_id} -->|\"{}\"| {}",
            ports.join(", "),
            node_id("srv", &host)
        );
    }
}

fn nat_subnet(assembly: &Assembly, stack: &str, id: &str) -> Option<String> {
    let s = assembly.stack(stack)?;
    let body = s.template.get("Resources")?.get(id)?;
    let r = Resolver::new(assembly);
    r.target(stack, prop(body, "SubnetId"))
        .map(|(id, _)| id.logical_id)
}

/// The server table: host, role, AZ, subnet, IP, type, volumes.
#[must_use]
pub fn server_table(assembly: &Assembly) -> String {
    let inv = Inventory::of(assembly);
    let rows: Vec<Vec<String>> = inv
        .servers
        .iter()
        .map(|s| {
            let volumes: Vec<String> = s
                .disks
                .iter()
                .map(|d| match &d.mount {
                    Some(m) => format!("{m} {}", d.describe()),
                    None => format!("{} {}", d.device.as_deref().unwrap_or("?"), d.describe()),
                })
                .collect();
            let mut role = s.role_label();
            if s.logger {
                role.push_str(" (logger)");
            }
            if let Some(id) = s.ldap_server_id {
                role.push_str(&format!(" (LDAP id {id})"));
            }
            vec![
                s.host.clone(),
                role,
                s.az.clone().unwrap_or_default(),
                s.subnet.as_ref().map(subnet_title).unwrap_or_default(),
                s.ip.clone().unwrap_or_default(),
                s.instance_type.clone().unwrap_or_else(|| "?".to_owned()),
                volumes.join("; "),
            ]
        })
        .collect();
    table(
        &["host", "role", "AZ", "subnet", "IP", "type", "volumes"],
        "---|---|---|---|---|---|---",
        &rows,
    )
}

/// The whole `diagram` output: the Mermaid block and the server table, as Markdown.
#[must_use]
pub fn to_markdown(assembly: &Assembly) -> String {
    let inv = Inventory::of(assembly);
    let mut out = String::from("# Architecture\n\n```mermaid\n");
    out.push_str(&mermaid(assembly));
    out.push_str("```\n\n## Servers\n\n");
    if inv.servers.is_empty() {
        out.push_str("No servers in this assembly.\n");
    } else {
        out.push_str(&server_table(assembly));
    }
    for lb in &inv.load_balancers {
        let name =
            public_name(assembly, &lb.id.logical_id).map_or(String::new(), |n| format!(", {n}"));
        let _ = writeln!(
            out,
            "\n## Load balancer `{}` ({}, {}{name})\n",
            lb.id.logical_id, lb.kind, lb.scheme
        );
        let rows: Vec<Vec<String>> = lb
            .listeners
            .iter()
            .map(|l| {
                vec![
                    l.port.map_or("?".to_owned(), |p| p.to_string()),
                    l.protocol.clone(),
                    l.targets.join(", "),
                    l.target_type.clone(),
                    l.health_check.clone(),
                    match l.preserve_client_ip {
                        Some(true) => "on".to_owned(),
                        Some(false) => "off".to_owned(),
                        None => "default".to_owned(),
                    },
                ]
            })
            .collect();
        out.push_str(&table(
            &[
                "port",
                "protocol",
                "targets",
                "target type",
                "health check",
                "client IP preservation",
            ],
            "--:|---|---|---|---|---",
            &rows,
        ));
    }
    out
}
