//! The Zimbra architecture pack (`ZA0xx`): the reference architecture's rules
//! (`shared/ZIMBRA-REFERENCE.md`), checked on the synthesized templates. Servers are found
//! through the `Metadata` the cluster leaves on each instance ([`server_facts`]):
//! `{"zimbra-constructs": {"fqdn", "roles", "az", "logger", "ldapServerId"}}`, so
//! the rules read what will be deployed, escape-hatch overrides included.
//!
//! | id | severity | requires |
//! |---|---|---|
//! | ZA001 | error | a multi-server cluster spans at least two AZs |
//! | ZA002 | error | every AZ of the cluster has an MTA, proxy, LDAP and mailbox role |
//! | ZA003 | error | every MTA has exactly one Elastic IP, retained on delete |
//! | ZA004 | error | every server lists an LDAP server of its own AZ first in `ldap_url` |
//! | ZA005 | error | exactly one logger host per cluster |
//! | ZA006 | error | SMTP target groups preserve client IPs (instance or IP targets, `preserve_client_ip.enabled=true`): open-relay guard |
//! | ZA007 | error | the HSM bucket never moves blobs to archive tiers |
//! | ZA008 | warning | a backup volume holds at least 80% of store, index and database |
//! | ZA009 | error | LDAP MMR server ids are distinct and at least 1 |
//! | ZA010 | error | the NLB's subnets are in every `zimbraMtaMyNetworks` the servers set |
//! | ZA011 | warning | every mailbox and LDAP server is covered by an enabled DLM snapshot policy of its instances |

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{json, Value as Json};

use zimbra_constructs_core::check::security::{self, PortPolicy};
use zimbra_constructs_core::check::{
    strings, CheckContext, Reporter, ResourceView, RuleFn, RulePack,
};
use zimbra_constructs_core::diagnostics::Severity;

use crate::ports::{self, Exposure};
use crate::topology::{ResolvedServer, Topology};

/// The core's security pack, watching the Zimbra ports of [`ports::PORTS`]: the inter-server
/// ports (ZS008) and the admin console (ZS009).
#[must_use]
pub fn security_pack() -> RulePack {
    security::pack(PortPolicy {
        internal: ports::with_exposure(Exposure::Members),
        internal_fix: "open only the public ports to the internet; inter-server traffic goes through the members security group",
        admin: ports::with_exposure(Exposure::AdminNetworks),
        admin_fix: "list the admin networks in ClusterProps::admin_cidrs instead of the world (or suppress ZS009 with the reason)",
    })
}

/// The pack, registered by [`crate::cluster::ZimbraCluster::build`].
#[must_use]
pub fn pack() -> RulePack {
    RulePack::of("zimbra-architecture", &RULES)
}

/// The metadata facts of one server, as the cluster writes them on its instance.
#[must_use]
pub fn server_facts(topology: &Topology, server: &ResolvedServer) -> Json {
    let k = server.kind;
    let roles: Vec<&str> = [
        (k.is_mta(), "mta"),
        (k.is_proxy(), "proxy"),
        (k.is_ldap(), "ldap"),
        (k.is_mailbox(), "mailbox"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, r)| *r)
    .collect();
    // Kept small (cell stacks are sent inline): `logger` only on the logger host,
    // `ldapServerId` only on LDAP servers; the cluster is the first part of the path.
    let mut facts = json!({
        "fqdn": server.fqdn,
        "roles": roles,
        "az": topology.azs[server.az].az.as_str(),
    });
    if server.logger {
        facts["logger"] = json!(true);
    }
    if let Some(id) = server.ldap_id {
        facts["ldapServerId"] = json!(id);
    }
    facts
}

/// The rules of the pack, in id order.
pub const RULES: [RuleFn; 11] = [
    RuleFn {
        id: "ZA001",
        severity: Severity::Error,
        summary: "a multi-server cluster spans at least two AZs",
        check: two_azs,
    },
    RuleFn {
        id: "ZA002",
        severity: Severity::Error,
        summary: "every AZ has an MTA, proxy, LDAP and mailbox role",
        check: roles_per_az,
    },
    RuleFn {
        id: "ZA003",
        severity: Severity::Error,
        summary: "every MTA has exactly one Elastic IP, retained on delete",
        check: one_eip_per_mta,
    },
    RuleFn {
        id: "ZA004",
        severity: Severity::Error,
        summary: "every server lists an LDAP server of its own AZ first in ldap_url",
        check: same_az_ldap_first,
    },
    RuleFn {
        id: "ZA005",
        severity: Severity::Error,
        summary: "exactly one logger host per cluster",
        check: one_logger,
    },
    RuleFn {
        id: "ZA006",
        severity: Severity::Error,
        summary: "SMTP target groups preserve client IPs (open-relay guard)",
        check: open_relay,
    },
    RuleFn {
        id: "ZA007",
        severity: Severity::Error,
        summary: "the HSM bucket never moves blobs to archive tiers",
        check: hsm_instant_access,
    },
    RuleFn {
        id: "ZA008",
        severity: Severity::Warning,
        summary: "backup volumes hold at least 80% of store, index and database",
        check: backup_capacity,
    },
    RuleFn {
        id: "ZA009",
        severity: Severity::Error,
        summary: "LDAP MMR server ids are distinct and at least 1",
        check: ldap_ids,
    },
    RuleFn {
        id: "ZA010",
        severity: Severity::Error,
        summary: "the NLB's subnets are in every zimbraMtaMyNetworks the servers set",
        check: nlb_in_my_networks,
    },
    RuleFn {
        id: "ZA011",
        severity: Severity::Warning,
        summary: "every mailbox and LDAP server is covered by an enabled DLM snapshot policy",
        check: snapshot_coverage,
    },
];

/// A server instance of the templates, with its facts.
struct Server<'a> {
    r: ResourceView<'a>,
    cluster: &'a str,
    fqdn: &'a str,
    az: &'a str,
    roles: Vec<&'a str>,
}

impl Server<'_> {
    fn has(&self, role: &str) -> bool {
        self.roles.contains(&role)
    }
}

fn servers<'a>(ctx: &CheckContext<'a>) -> Vec<Server<'a>> {
    ctx.of_type("AWS::EC2::Instance")
        .filter_map(|r| {
            r.fact("roles").as_array()?;
            Some(Server {
                cluster: r.path().split('/').next().unwrap_or(""),
                fqdn: r.fact("fqdn").as_str().unwrap_or(""),
                az: r.fact("az").as_str().unwrap_or(""),
                roles: r
                    .fact("roles")
                    .as_array()
                    .map(|a| a.iter().filter_map(Json::as_str).collect())
                    .unwrap_or_default(),
                r,
            })
        })
        .collect()
}

fn by_cluster<'a, 'b>(servers: &'b [Server<'a>]) -> BTreeMap<&'a str, Vec<&'b Server<'a>>> {
    let mut out: BTreeMap<&str, Vec<&Server<'_>>> = BTreeMap::new();
    for s in servers {
        out.entry(s.cluster).or_default().push(s);
    }
    out
}

fn two_azs(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let all = servers(ctx);
    for (cluster, servers) in by_cluster(&all) {
        let azs: BTreeSet<&str> = servers.iter().map(|s| s.az).collect();
        if servers.len() > 1 && azs.len() < 2 {
            out.at(
                cluster,
                format!(
                    "the cluster has {} servers, all in {}: losing that AZ loses the service",
                    servers.len(),
                    azs.into_iter().collect::<Vec<_>>().join(", ")
                ),
                "add an AzCell in a second AZ with every role, or use a SingleServer on purpose",
            );
        }
    }
}

fn roles_per_az(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let all = servers(ctx);
    for (cluster, servers) in by_cluster(&all) {
        let mut azs: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for s in &servers {
            azs.entry(s.az).or_default().extend(s.roles.iter().copied());
        }
        for (az, roles) in azs {
            let missing: Vec<&str> = ["mta", "proxy", "ldap", "mailbox"]
                .into_iter()
                .filter(|r| !roles.contains(r))
                .collect();
            if !missing.is_empty() {
                out.at(
                    &format!("{cluster}/{az}"),
                    format!("AZ {az} has no {} server, so it cannot serve if the other AZs fail", missing.join(", ")),
                    "add the missing roles to the AZ's cell (an EdgeNode covers MTA, proxy and LDAP)",
                );
            }
        }
    }
}

fn one_eip_per_mta(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let assocs: Vec<ResourceView<'_>> = ctx.of_type("AWS::EC2::EIPAssociation").collect();
    for s in servers(ctx).iter().filter(|s| s.has("mta")) {
        let mine: Vec<&ResourceView<'_>> = assocs
            .iter()
            .filter(|a| ctx.points_at(a.stack, a.prop("InstanceId"), &s.r))
            .collect();
        if mine.len() != 1 {
            out.resource(
                &s.r,
                format!("MTA {} has {} Elastic IP associations; outbound SMTP reputation and reverse DNS need exactly one", s.fqdn, mine.len()),
                "give every MTA one Elastic IP (the cluster does; remove the override that changed it)",
            );
            continue;
        }
        let eip = ctx.target(mine[0].stack, mine[0].prop("AllocationId"));
        match eip {
            Some(e) if e.attribute("DeletionPolicy") == Some("Retain") => {}
            Some(e) => out.resource(
                &e,
                format!("the Elastic IP of MTA {} is not retained on delete: its sending reputation and reverse DNS would be lost", s.fqdn),
                "set DeletionPolicy and UpdateReplacePolicy to Retain",
            ),
            None => out.resource(
                &s.r,
                format!("the Elastic IP association of MTA {} does not name an Elastic IP of the app", s.fqdn),
                "associate an AWS::EC2::EIP of the cluster",
            ),
        }
    }
}

/// Every string inside a value, concatenated (the text of a user data script).
fn text(v: &Json, out: &mut String) {
    match v {
        Json::String(s) => out.push_str(s),
        Json::Array(items) => items.iter().for_each(|i| text(i, out)),
        Json::Object(map) => map.values().for_each(|x| text(x, out)),
        _ => {}
    }
}

/// What the server runs: its user data (an override may put a script there), then its own
/// part of its stack's configuration document (the one the stack's association runs on
/// it), found by its fixed private address. `docs` keeps each document's index for the
/// rule's other servers: a stack's servers share one document.
fn script<'a>(ctx: &CheckContext<'a>, docs: &mut DocTexts<'a>, r: &ResourceView<'a>) -> String {
    let mut out = String::new();
    text(r.prop("UserData"), &mut out);
    let Some(ip) = r.prop("PrivateIpAddress").as_str() else {
        return out;
    };
    let me = serde_json::json!({ "Ref": r.logical_id });
    for a in ctx.of_type("AWS::SSM::Association") {
        let targets_me = std::ptr::eq(a.stack, r.stack)
            && a.prop("Targets").as_array().into_iter().flatten().any(|t| {
                t["Key"] == "InstanceIds" && t["Values"].as_array().is_some_and(|v| v.contains(&me))
            });
        let Some(doc) = targets_me
            .then(|| ctx.target(a.stack, a.prop("Name")))
            .flatten()
        else {
            continue;
        };
        let content = doc.prop("Content");
        let doc = docs
            .0
            .entry(std::ptr::from_ref(content))
            .or_insert_with(|| DocText::new(content));
        if let Some(part) = doc.part(ip) {
            out.push_str(part);
        }
    }
    out
}

/// Each configuration document a rule has read, indexed, by the address of its `Content`.
#[derive(Default)]
struct DocTexts<'a>(HashMap<*const Json, DocText<'a>>);

/// Where each server's part of a configuration document starts: the first
/// `*" <address> "*)` (its `case` branch) of each address, in the string that holds it.
/// Every server of a stack looks for its own; searching the document from its start for
/// each one grew with the square of the servers per stack. A part is read from one string
/// of the document, up to its `;; esac`: synth writes each server's part as one `Fn::Sub`
/// template, and an override that replaces the script writes strings of its own.
struct DocText<'a> {
    strings: Vec<&'a str>,
    /// By address: the string and the offset of the branch in it.
    starts: HashMap<&'a str, (&'a str, usize)>,
}

impl<'a> DocText<'a> {
    /// The longest address the index holds; a longer one is searched for.
    const LONGEST: usize = 64;

    fn new(content: &'a Json) -> Self {
        let mut strings = Vec::new();
        strings_of(content, &mut strings);
        let mut starts = HashMap::new();
        for s in &strings {
            let bytes = s.as_bytes();
            for end in memchr::memmem::find_iter(bytes, " \"*)") {
                let window = end.saturating_sub(Self::LONGEST + 3);
                let Some(at) = bytes[window..end].windows(3).rposition(|w| w == b"*\" ") else {
                    continue;
                };
                let at = window + at;
                // Both ends sit next to ASCII bytes, so they are char boundaries.
                starts.entry(&s[at + 3..end]).or_insert((*s, at));
            }
        }
        DocText { strings, starts }
    }

    /// The part of the server at `ip`: from its `case` branch to the branch's `;; esac` (or
    /// the end of its string).
    fn part(&self, ip: &str) -> Option<&'a str> {
        let (s, at) = if ip.len() <= Self::LONGEST && !ip.contains("*\" ") {
            *self.starts.get(ip)?
        } else {
            let branch = format!("*\" {ip} \"*)");
            self.strings.iter().find_map(|s| {
                memchr::memmem::find(s.as_bytes(), branch.as_bytes()).map(|at| (*s, at))
            })?
        };
        let part = &s[at..];
        Some(memchr::memmem::find(part.as_bytes(), b";; esac").map_or(part, |end| &part[..end]))
    }
}

/// Every string inside a value, in the order [`text`] concatenates them.
fn strings_of<'a>(v: &'a Json, out: &mut Vec<&'a str>) {
    match v {
        Json::String(s) => out.push(s),
        Json::Array(items) => items.iter().for_each(|i| strings_of(i, out)),
        Json::Object(map) => map.values().for_each(|x| strings_of(x, out)),
        _ => {}
    }
}

/// The quoted values following `marker` in a script (`ldap_url="` ... `"`).
fn quoted_after<'a>(script: &'a str, marker: &str) -> Vec<&'a str> {
    memchr::memmem::find_iter(script.as_bytes(), marker)
        .filter_map(|i| {
            let rest = &script[i + marker.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

fn same_az_ldap_first(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let all = servers(ctx);
    let mut docs = DocTexts::default();
    for s in &all {
        let same_cluster = || all.iter().filter(|x| x.cluster == s.cluster);
        let local_ldap = same_cluster().any(|x| x.az == s.az && x.has("ldap"));
        if !local_ldap {
            continue;
        }
        let script = script(ctx, &mut docs, &s.r);
        for urls in quoted_after(&script, "ldap_url=\"") {
            let first = urls.split_whitespace().next().unwrap_or("");
            let host = first
                .trim_start_matches("ldap://")
                .split(':')
                .next()
                .unwrap_or("");
            let ok = same_cluster().any(|x| x.fqdn == host && x.az == s.az && x.has("ldap"));
            if !ok {
                out.resource(
                    &s.r,
                    format!("{} lists {first} first in ldap_url, not an LDAP server of its own AZ {}", s.fqdn, s.az),
                    "list the same-AZ LDAP server first (Topology::ldap_order), so an AZ keeps working alone",
                );
            }
        }
    }
}

fn one_logger(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let all = servers(ctx);
    for (cluster, servers) in by_cluster(&all) {
        let loggers: Vec<&str> = servers
            .iter()
            .filter(|s| s.r.fact("logger").as_bool() == Some(true))
            .map(|s| s.fqdn)
            .collect();
        if loggers.len() != 1 {
            out.at(
                cluster,
                format!("the cluster has {} logger hosts ({}); Zimbra needs exactly one", loggers.len(), loggers.join(", ")),
                "mark exactly one mailbox server with MailboxNode::logger (or none, and the first mailbox server is the logger)",
            );
        }
    }
}

fn open_relay(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for l in ctx.of_type("AWS::ElasticLoadBalancingV2::Listener") {
        if !l.prop("Port").as_i64().is_some_and(ports::is_smtp) {
            continue;
        }
        let actions = l
            .prop("DefaultActions")
            .as_array()
            .cloned()
            .unwrap_or_default();
        for a in actions {
            let Some(tg) = a.get("TargetGroupArn").and_then(|v| ctx.target(l.stack, v)) else {
                continue;
            };
            // Instance and IP targets both keep the client address with the attribute on
            // (required explicitly: it defaults to off for IP targets); ALB targets cannot.
            let instance = matches!(
                tg.prop("TargetType").as_str().unwrap_or("instance"),
                "instance" | "ip"
            );
            let preserved = tg
                .prop("TargetGroupAttributes")
                .as_array()
                .is_some_and(|attrs| {
                    attrs.iter().any(|x| {
                        x.get("Key").and_then(Json::as_str) == Some(crate::nlb::PRESERVE_CLIENT_IP)
                            && x.get("Value").and_then(Json::as_str) == Some("true")
                    })
                });
            if !instance || !preserved {
                out.resource(
                    &tg,
                    format!("SMTP target group does not provably preserve client IPs (instance or IP targets with {}=true), while the NLB's subnets are in zimbraMtaMyNetworks: that makes the MTAs an open relay", crate::nlb::PRESERVE_CLIENT_IP),
                    "remove the change to its target type or attributes",
                );
            }
        }
    }
}

fn hsm_instant_access(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for b in ctx.of_type("AWS::S3::Bucket") {
        if b.fact("bucket").as_str() != Some("hsm") {
            continue;
        }
        if b.prop("IntelligentTieringConfigurations")
            .as_array()
            .is_some_and(|c| !c.is_empty())
        {
            out.resource(
                &b,
                "the HSM bucket has Intelligent-Tiering archive configurations: archived blobs are not instantly readable",
                "remove IntelligentTieringConfigurations (the frequent/infrequent tiers need none)",
            );
        }
        let rules = b
            .prop("LifecycleConfiguration")
            .get("Rules")
            .and_then(Json::as_array)
            .cloned()
            .unwrap_or_default();
        for r in rules {
            let mut classes = Vec::new();
            for key in ["Transitions", "NoncurrentVersionTransitions"] {
                for t in r.get(key).and_then(Json::as_array).into_iter().flatten() {
                    classes.extend(t.get("StorageClass").and_then(Json::as_str));
                }
            }
            for key in ["Transition", "NoncurrentVersionTransition"] {
                classes.extend(
                    r.get(key)
                        .and_then(|t| t.get("StorageClass"))
                        .and_then(Json::as_str),
                );
            }
            for c in classes {
                if c.starts_with("GLACIER") || c == "DEEP_ARCHIVE" {
                    out.resource(
                        &b,
                        format!("a lifecycle rule moves HSM blobs to {c}, an archive tier: Zimbra cannot read them on demand"),
                        "use INTELLIGENT_TIERING or STANDARD_IA (HsmStorageClass)",
                    );
                }
            }
        }
    }
}

fn backup_capacity(ctx: &CheckContext<'_>, out: &mut Reporter) {
    // One pass over the attachments: GiB of primary and backup volume per instance (by stack
    // and logical id), then one lookup per mailbox server.
    let mut sizes: HashMap<(&str, &str), (i64, Option<i64>)> = HashMap::new();
    for a in ctx.of_type("AWS::EC2::VolumeAttachment") {
        let (Some(instance), Some(v)) = (
            ctx.target(a.stack, a.prop("InstanceId")),
            ctx.target(a.stack, a.prop("VolumeId")),
        ) else {
            continue;
        };
        let size = v.prop("Size").as_i64().unwrap_or(0);
        let is_backup = v.prop("Tags").as_array().is_some_and(|tags| {
            tags.iter().any(|t| {
                t.get("Key").and_then(Json::as_str) == Some(crate::storage::BACKUP_VOLUME_TAG.0)
            })
        });
        let (primary, backup) = sizes
            .entry((instance.stack.name.as_str(), instance.logical_id))
            .or_default();
        if is_backup {
            *backup.get_or_insert(0) += size;
        } else {
            *primary += size;
        }
    }
    for s in servers(ctx).iter().filter(|s| s.has("mailbox")) {
        let Some(&(primary, Some(b))) = sizes.get(&(s.r.stack.name.as_str(), s.r.logical_id))
        else {
            continue;
        };
        if b * 5 < primary * 4 {
            out.resource(
                &s.r,
                format!("{} has {b} GiB of backup volume for {primary} GiB of store, index and database (below 80%)", s.fqdn),
                format!("size the backup volume at {} GiB or more", (primary * 4 + 4) / 5),
            );
        }
    }
}

fn ldap_ids(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let all = servers(ctx);
    for (_, servers) in by_cluster(&all) {
        let mut seen: BTreeMap<i64, &str> = BTreeMap::new();
        for s in servers.iter().filter(|s| s.has("ldap")) {
            match s.r.fact("ldapServerId").as_i64() {
                Some(id) if id >= 1 => {
                    if let Some(first) = seen.insert(id, s.fqdn) {
                        out.resource(
                            &s.r,
                            format!("LDAP server id {id} of {} is also used by {first}", s.fqdn),
                            "give every MMR server a distinct id",
                        );
                    }
                }
                _ => out.resource(
                    &s.r,
                    format!("LDAP server {} has no valid MMR server id", s.fqdn),
                    "MMR server ids start at 1",
                ),
            }
        }
    }
}

fn nlb_in_my_networks(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let mut nlb_subnets: Vec<&str> = Vec::new();
    for lb in ctx.of_type("AWS::ElasticLoadBalancingV2::LoadBalancer") {
        for s in lb.prop("Subnets").as_array().into_iter().flatten() {
            if let Some(cidr) = ctx
                .target(lb.stack, s)
                .and_then(|sub| sub.prop("CidrBlock").as_str())
            {
                nlb_subnets.push(cidr);
            }
        }
    }
    if nlb_subnets.is_empty() {
        return;
    }
    let mut docs = DocTexts::default();
    for s in servers(ctx) {
        let script = script(ctx, &mut docs, &s.r);
        for nets in quoted_after(&script, "zimbraMtaMyNetworks \"") {
            let listed: Vec<&str> = nets.split_whitespace().collect();
            let missing: Vec<&str> = nlb_subnets
                .iter()
                .copied()
                .filter(|n| !listed.contains(n))
                .collect();
            if !missing.is_empty() {
                out.resource(
                    &s.r,
                    format!(
                        "zimbraMtaMyNetworks set by {} lacks the NLB subnets {}",
                        s.fqdn,
                        missing.join(", ")
                    ),
                    "list the NLB's subnets in zimbraMtaMyNetworks (the cluster's bootstrap does)",
                );
            }
        }
    }
}

/// `(key, value)` of a `Tags` list.
fn tag_pairs(tags: &Json) -> Vec<(&str, &str)> {
    tags.as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| Some((t.get("Key")?.as_str()?, t.get("Value")?.as_str()?)))
        .collect()
}

fn snapshot_coverage(ctx: &CheckContext<'_>, out: &mut Reporter) {
    // The target tags of every enabled instance policy.
    let policies: Vec<Vec<(&str, &str)>> = ctx
        .of_type("AWS::DLM::LifecyclePolicy")
        .filter(|p| p.prop("State").as_str() != Some("DISABLED"))
        .filter_map(|p| {
            let details = p.prop("PolicyDetails");
            let types = details.get("ResourceTypes")?;
            strings(types)
                .contains(&"INSTANCE")
                .then(|| tag_pairs(details.get("TargetTags").unwrap_or(&Json::Null)))
        })
        .collect();
    for s in servers(ctx)
        .iter()
        .filter(|s| s.has("mailbox") || s.has("ldap"))
    {
        let tags = tag_pairs(s.r.prop("Tags"));
        let covered = policies
            .iter()
            .any(|want| !want.is_empty() && want.iter().all(|t| tags.contains(t)));
        if !covered {
            out.resource(
                &s.r,
                format!("no DLM snapshot policy covers {}: its mail or directory data has no point-in-time copy", s.fqdn),
                "keep ClusterProps::dlm_snapshots on (the default), or snapshot the server's volumes another way and suppress ZA011 with the reason",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers what a search of the text from its start answered: the first
    /// branch of exactly that address, up to its `;; esac`.
    #[test]
    fn a_servers_part_is_its_first_case_branch_by_exact_address() {
        let long = "h".repeat(DocText::LONGEST + 10);
        let doc = serde_json::json!({"Fn::Join": ["", [
            "head\ncase \"$ME\" in *\" 10.0.1.10 \"*)\nten\n;; esac\n",
            {"Fn::Sub": ["case \"$ME\" in *\" 10.0.1.1 \"*)\none ${X}\n;; esac\n", {"X": "x"}]},
            "case \"$ME\" in *\" 10.0.1.1 \"*)\nagain\n;; esac\n",
            format!("case \"$ME\" in *\" {long} \"*)\nlong\n;; esac\n"),
            "case \"$ME\" in *\" 10.0.1.9 \"*)\nno end",
        ]]});
        let text = DocText::new(&doc);
        let body = |ip: &str| {
            text.part(ip)
                .map(|p| p.lines().nth(1).unwrap_or("").to_owned())
        };
        assert_eq!(body("10.0.1.1").as_deref(), Some("one ${X}"));
        assert_eq!(body("10.0.1.10").as_deref(), Some("ten"));
        assert_eq!(body(&long).as_deref(), Some("long"));
        assert_eq!(text.part("10.0.1.9"), Some("*\" 10.0.1.9 \"*)\nno end"));
        assert_eq!(text.part("10.0.1.2"), None);
        assert_eq!(text.part("0.1.1"), None);
    }

    #[test]
    fn quoted_values_are_found_after_a_marker() {
        let s = r#"x ldap_url="ldap://a:389 ldap://b:389"' y ldap_url="ldap://c:389""#;
        assert_eq!(
            quoted_after(s, "ldap_url=\""),
            ["ldap://a:389 ldap://b:389", "ldap://c:389"]
        );
    }
}
