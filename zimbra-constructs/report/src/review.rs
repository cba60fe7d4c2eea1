//! `review`: two cloud assemblies compared for a pull request, offline. Per stack the template
//! diff ([`zimbra_constructs_diff`]: replacements from the resource schemas, security
//! broadening, stateful types from the core's table); per server (by host name) whether the
//! change adds, removes, replaces, restarts or updates it; what puts data at risk; security
//! changes in plain words; the monthly cost before and after; the rule findings that appear or
//! disappear. The [`Verdict`] is the exit code CI gates on.

use std::fmt::Write as _;

use serde_json::{json, Value as Json};
use zimbra_constructs_core::check::record::FindingsRecord;
use zimbra_constructs_core::check::Finding;
use zimbra_constructs_core::stateful::is_stateful;
use zimbra_constructs_core::{Assembly, Severity, StackArtifact};
use zimbra_constructs_diff::update_behaviour::interrupts;
use zimbra_constructs_diff::{
    diff_templates, security_elements, ChangeKind, Replacement, ResourceDiff, SECURITY_TYPES,
};
use zimbra_constructs_zimbra::ports::PORTS;

use crate::cost::{CostReport, Monthly};
use crate::inventory::{prop, Inventory, Resolver, ResourceId, Server};
use crate::markdown::{cell, table, usd};
use crate::price_table::PriceTable;

/// How much a change needs a reviewer, and the exit code of `review`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Exit 0: nothing below applies.
    NoRisk = 0,
    /// Exit 1: security broadens, a server is replaced, restarted or removed, another
    /// resource is replaced, new warning findings or suppressions, or the monthly cost grows
    /// by more than the threshold.
    NeedsAttention = 1,
    /// Exit 2: a stateful resource (bucket, volume, hosted zone, secret, key, database, file
    /// system) is replaced or removed, or a new error finding appears.
    Blocking = 2,
}

impl Verdict {
    /// The words the report uses.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Verdict::NoRisk => "no risk",
            Verdict::NeedsAttention => "needs attention",
            Verdict::Blocking => "blocking",
        }
    }
}

/// One side of a review.
#[derive(Debug, Clone)]
pub struct ReviewInput {
    /// What the report calls it (`base (cfn.base)`).
    pub label: String,
    /// The assembly.
    pub assembly: Assembly,
    /// Its rule findings, when recorded.
    pub findings: Option<FindingsRecord>,
}

/// How to judge.
#[derive(Debug, Clone)]
pub struct ReviewOptions {
    /// Needs attention when the on-demand monthly total grows by more than this percentage.
    pub cost_threshold_percent: f64,
    /// The prices.
    pub prices: PriceTable,
}

/// What a change does to one server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ServerChange {
    /// Properties change in place, or only its volumes or records change.
    Updated,
    /// Stopped and started ("Some interruptions").
    Restarted,
    /// A new instance replaces it (maybe, for nested create-only properties).
    Replaced,
    /// A new server.
    Added,
    /// The server goes away.
    Removed,
}

impl ServerChange {
    fn label(self) -> &'static str {
        match self {
            ServerChange::Updated => "updated in place",
            ServerChange::Restarted => "restarted (stopped and started)",
            ServerChange::Replaced => "replaced (new instance)",
            ServerChange::Added => "added",
            ServerChange::Removed => "removed",
        }
    }
}

/// The effect on one server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerImpact {
    /// Host name.
    pub host: String,
    /// Roles.
    pub roles: String,
    /// Its stack.
    pub stack: String,
    /// The strongest change.
    pub change: ServerChange,
    /// Why, one item per cause.
    pub why: Vec<String>,
}

/// A stateful resource replaced or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRisk {
    /// The resource.
    pub id: ResourceId,
    /// Its type.
    pub resource_type: String,
    /// What the report says.
    pub text: String,
}

/// A security change in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityChange {
    /// Grants something new (true) or takes it away.
    pub broadens: bool,
    /// The sentence.
    pub text: String,
}

/// One stack's resource changes.
#[derive(Debug, Clone)]
pub struct StackReview {
    /// The stack.
    pub name: String,
    /// Only in head (true), only in base (false for removed), or both.
    pub presence: Presence,
    /// Resource changes with the server they belong to.
    pub resources: Vec<(ResourceDiff, Option<String>)>,
    /// Other sections' changes (`Outputs: 2 added`).
    pub sections: Vec<String>,
}

/// Whether a stack is new, removed or in both assemblies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Both.
    Both,
    /// Head only.
    Added,
    /// Base only.
    Removed,
}

/// The whole review.
#[derive(Debug, Clone)]
pub struct Review {
    /// Base label.
    pub base: String,
    /// Head label.
    pub head: String,
    /// Per stack, head order then removed stacks.
    pub stacks: Vec<StackReview>,
    /// Per server.
    pub servers: Vec<ServerImpact>,
    /// Data at risk.
    pub data: Vec<DataRisk>,
    /// Security changes.
    pub security: Vec<SecurityChange>,
    /// Cost of base and head.
    pub cost: (CostReport, CostReport),
    /// New and resolved open findings; newly suppressed ones with reasons; `None` when a
    /// side has no record.
    pub findings: Option<FindingsDelta>,
    /// Why the verdict is what it is.
    pub reasons: Vec<(Verdict, String)>,
    /// Options used.
    pub cost_threshold_percent: f64,
}

/// Findings that appear or disappear.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FindingsDelta {
    /// Open in head, not in base.
    pub new: Vec<Finding>,
    /// Open in base, not in head.
    pub resolved: Vec<Finding>,
    /// Suppressed in head, not in base, with the reason.
    pub newly_suppressed: Vec<(Finding, String)>,
}

fn same(a: &Finding, b: &Finding) -> bool {
    a.rule_id == b.rule_id && a.path == b.path && a.message == b.message
}

impl FindingsDelta {
    fn of(base: &FindingsRecord, head: &FindingsRecord) -> Self {
        let missing = |from: &[Finding], other: &[Finding]| -> Vec<Finding> {
            from.iter()
                .filter(|f| !other.iter().any(|o| same(f, o)))
                .cloned()
                .collect()
        };
        FindingsDelta {
            new: missing(&head.open, &base.open),
            resolved: missing(&base.open, &head.open),
            newly_suppressed: head
                .suppressed
                .iter()
                .filter(|(f, _)| !base.suppressed.iter().any(|(o, _)| same(f, o)))
                .cloned()
                .collect(),
        }
    }
}

const EMPTY: Json = Json::Null;

fn template(a: &Assembly, name: &str) -> Option<Json> {
    a.stack(name).map(|s| s.template.clone())
}

/// The server a resource of a stack belongs to: the instance itself, an attached volume, an
/// attachment or association naming the instance, or a resource tagged with its host name.
fn owner<'i>(
    inv: &'i Inventory,
    r: &Resolver<'_>,
    stack: &StackArtifact,
    id: &str,
) -> Option<&'i Server> {
    let rid = ResourceId {
        stack: stack.name.clone(),
        logical_id: id.to_owned(),
    };
    if let Some(s) = inv.server(&rid) {
        return Some(s);
    }
    if let Some((s, _)) = inv.volume_owner(&rid) {
        return Some(s);
    }
    let body = stack.template.get("Resources")?.get(id)?;
    if let Some((target, _)) = r.target(&stack.name, prop(body, "InstanceId")) {
        return inv.server(&target);
    }
    // An SSM association (or anything else) that targets instances by id.
    let targets = prop(body, "Targets").as_array().into_iter().flatten();
    for v in targets.flat_map(|t| {
        t.get("Values")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
    }) {
        if let Some(s) = r.target(&stack.name, v).and_then(|(id, _)| inv.server(&id)) {
            return Some(s);
        }
    }
    let tags = prop(body, "Tags").as_array()?;
    let name = tags
        .iter()
        .find(|t| t.get("Key").and_then(Json::as_str) == Some("Name"))?
        .get("Value")?
        .as_str()?;
    inv.servers.iter().find(|s| s.host == name)
}

struct Side<'a> {
    assembly: &'a Assembly,
    inventory: Inventory,
    resolver: Resolver<'a>,
}

impl<'a> Side<'a> {
    fn new(assembly: &'a Assembly) -> Self {
        Side {
            assembly,
            inventory: Inventory::of(assembly),
            resolver: Resolver::new(assembly),
        }
    }

    fn owner(&self, stack: &str, id: &str) -> Option<&Server> {
        let s = self.assembly.stack(stack)?;
        owner(&self.inventory, &self.resolver, s, id)
    }
}

fn port_name(port: u64) -> Option<&'static str> {
    PORTS
        .iter()
        .find(|p| u64::from(p.port) == port)
        .map(|p| p.what)
}

fn ports_text(rule: &Json) -> String {
    let proto = rule.get("IpProtocol").map(|p| match p {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    });
    if matches!(proto.as_deref(), Some("-1" | "all")) {
        return "all traffic".to_owned();
    }
    let proto = proto.unwrap_or_else(|| "tcp".to_owned()).to_uppercase();
    let from = rule.get("FromPort").and_then(Json::as_u64);
    let to = rule.get("ToPort").and_then(Json::as_u64);
    match (from, to) {
        (Some(f), Some(t)) if f == t => match port_name(f) {
            Some(name) => format!("{proto} {f} ({name})"),
            None => format!("{proto} {f}"),
        },
        (Some(f), Some(t)) => format!("{proto} {f}-{t}"),
        _ => format!("all {proto} ports"),
    }
}

fn short(v: &Json) -> String {
    let s = match v {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.chars().count() > 90 {
        format!("{}...", s.chars().take(90).collect::<String>())
    } else {
        s
    }
}

fn source_text(side: &Side<'_>, stack: &str, rule: &Json) -> String {
    if let Some(c) = rule.get("CidrIp").or_else(|| rule.get("CidrIpv6")) {
        let c = short(c);
        return if c == "0.0.0.0/0" || c == "::/0" {
            format!("the internet ({c})")
        } else {
            c
        };
    }
    for key in ["SourceSecurityGroupId", "DestinationSecurityGroupId"] {
        if let Some(v) = rule.get(key) {
            return match side.resolver.target(stack, v) {
                Some((id, _)) => format!("security group {}", id.logical_id),
                None => format!("security group {}", short(v)),
            };
        }
    }
    if let Some(p) = rule
        .get("SourcePrefixListId")
        .or_else(|| rule.get("DestinationPrefixListId"))
    {
        return format!("prefix list {}", short(p));
    }
    "an unspecified source".to_owned()
}

fn statement_text(stmt: &Json) -> String {
    let effect = stmt.get("Effect").and_then(Json::as_str).unwrap_or("Allow");
    let list = |k: &str| match stmt.get(k) {
        Some(Json::Array(a)) => a.iter().map(short).collect::<Vec<_>>().join(", "),
        Some(v) => short(v),
        None => String::new(),
    };
    let mut text = format!("{} {}", effect.to_lowercase(), list("Action"));
    if stmt.get("NotAction").is_some() {
        text = format!(
            "{} everything except {}",
            effect.to_lowercase(),
            list("NotAction")
        );
    }
    let principal = list("Principal");
    if !principal.is_empty() {
        text = format!("{text} to {principal}");
    }
    let resource = list("Resource");
    if !resource.is_empty() {
        text = format!("{text} on {resource}");
    }
    text
}

/// One security element (see [`security_elements`]) in words.
fn element_text(side: &Side<'_>, stack: &str, ty: &str, el: &Json) -> String {
    let (tag, body) = match el {
        Json::Array(a) if a.len() == 2 => (a[0].as_str().unwrap_or(""), &a[1]),
        other => ("", other),
    };
    match ty {
        "AWS::EC2::SecurityGroup"
        | "AWS::EC2::SecurityGroupIngress"
        | "AWS::EC2::SecurityGroupEgress" => {
            let dir = if tag == "egress" || ty == "AWS::EC2::SecurityGroupEgress" {
                "outbound"
            } else {
                "inbound"
            };
            format!(
                "{dir} {} from {}",
                ports_text(body),
                source_text(side, stack, body)
            )
            .replace("outbound all traffic from", "outbound all traffic to")
        }
        _ => match tag {
            "assume" => format!("trust: {}", statement_text(body)),
            "managed" => format!("managed policy {}", short(body)),
            "role" | "user" | "group" => format!("attached to {tag} {}", short(body)),
            "" => short(body),
            name => {
                let name = name.trim_matches('"');
                if body.get("Effect").is_some() {
                    format!("{} (policy {name})", statement_text(body))
                } else {
                    format!("{} (policy {name})", short(body))
                }
            }
        },
    }
}

fn security_of(
    base: &Side<'_>,
    head: &Side<'_>,
    stack: &str,
    d: &ResourceDiff,
) -> Vec<SecurityChange> {
    let mut out = Vec::new();
    let ty = d.resource_type.as_str();
    let body = |side: &Side<'_>| {
        side.assembly
            .stack(stack)
            .and_then(|s| s.template.get("Resources")?.get(&d.logical_id).cloned())
    };
    let (old, new) = (body(base), body(head));
    if SECURITY_TYPES.contains(&ty) {
        let els = |b: &Option<Json>| {
            b.as_ref().map_or_else(Vec::new, |b| {
                security_elements(ty, b.get("Properties").unwrap_or(&EMPTY))
            })
        };
        let (o, n) = (els(&old), els(&new));
        let what = format!("{} {} ({stack})", short_type(ty), d.logical_id);
        for e in n.iter().filter(|e| !o.contains(e)) {
            out.push(SecurityChange {
                broadens: true,
                text: format!("{what} now allows {}", element_text(head, stack, ty, e)),
            });
        }
        for e in o.iter().filter(|e| !n.contains(e)) {
            out.push(SecurityChange {
                broadens: false,
                text: format!(
                    "{what} no longer allows {}",
                    element_text(base, stack, ty, e)
                ),
            });
        }
    }
    out.extend(public_access(stack, d, old.as_ref(), new.as_ref()));
    out.extend(listener_change(stack, d, old.as_ref(), new.as_ref()));
    out
}

fn short_type(ty: &str) -> &str {
    match ty {
        "AWS::EC2::SecurityGroup" => "security group",
        "AWS::EC2::SecurityGroupIngress" => "ingress rule",
        "AWS::EC2::SecurityGroupEgress" => "egress rule",
        "AWS::IAM::Role" => "IAM role",
        "AWS::IAM::User" => "IAM user",
        "AWS::IAM::Policy" | "AWS::IAM::ManagedPolicy" | "AWS::IAM::RolePolicy" => "IAM policy",
        "AWS::IAM::InstanceProfile" => "instance profile",
        "AWS::S3::BucketPolicy" => "bucket policy",
        "AWS::KMS::Key" => "KMS key policy",
        other => other,
    }
}

/// A bucket's public access block loosened or tightened.
fn public_access(
    stack: &str,
    d: &ResourceDiff,
    old: Option<&Json>,
    new: Option<&Json>,
) -> Vec<SecurityChange> {
    if d.resource_type != "AWS::S3::Bucket" {
        return Vec::new();
    }
    let flags = |b: Option<&Json>| -> Vec<(String, bool)> {
        let block = b.map_or(&EMPTY, |b| prop(b, "PublicAccessBlockConfiguration"));
        [
            "BlockPublicAcls",
            "BlockPublicPolicy",
            "IgnorePublicAcls",
            "RestrictPublicBuckets",
        ]
        .iter()
        .map(|k| {
            (
                (*k).to_owned(),
                block.get(*k).and_then(Json::as_bool) == Some(true),
            )
        })
        .collect()
    };
    if d.kind == ChangeKind::Removed {
        return Vec::new();
    }
    let (o, n) = (flags(old), flags(new));
    let mut out = Vec::new();
    for ((k, was), (_, is)) in o.iter().zip(&n) {
        if *was && !*is {
            out.push(SecurityChange {
                broadens: true,
                text: format!(
                    "bucket {} ({stack}) turns {k} off: public access becomes possible",
                    d.logical_id
                ),
            });
        } else if !*was && *is && d.kind == ChangeKind::Modified {
            out.push(SecurityChange {
                broadens: false,
                text: format!("bucket {} ({stack}) turns {k} on", d.logical_id),
            });
        }
    }
    if d.kind == ChangeKind::Added && n.iter().any(|(_, on)| !on) {
        out.push(SecurityChange {
            broadens: true,
            text: format!(
                "new bucket {} ({stack}) does not block all public access",
                d.logical_id
            ),
        });
    }
    out
}

/// A load balancer listener added or removed, or its port changed.
fn listener_change(
    stack: &str,
    d: &ResourceDiff,
    old: Option<&Json>,
    new: Option<&Json>,
) -> Vec<SecurityChange> {
    if d.resource_type != "AWS::ElasticLoadBalancingV2::Listener" {
        return Vec::new();
    }
    let port = |b: Option<&Json>| b.and_then(|b| prop(b, "Port").as_u64());
    let name = |p: u64| port_name(p).map_or(format!("port {p}"), |n| format!("port {p} ({n})"));
    let (o, n) = (port(old), port(new));
    let mut out = Vec::new();
    if o == n {
        return out;
    }
    if let Some(p) = n {
        out.push(SecurityChange {
            broadens: true,
            text: format!(
                "load balancer listens on {} ({stack} {})",
                name(p),
                d.logical_id
            ),
        });
    }
    if let Some(p) = o {
        out.push(SecurityChange {
            broadens: false,
            text: format!(
                "load balancer stops listening on {} ({stack} {})",
                name(p),
                d.logical_id
            ),
        });
    }
    out
}

fn stateful_risk(base: &Side<'_>, stack: &str, d: &ResourceDiff) -> Option<DataRisk> {
    let old = base
        .assembly
        .stack(stack)
        .and_then(|s| s.template.get("Resources")?.get(&d.logical_id));
    let old_type = old.map_or("", crate::inventory::type_of);
    if !is_stateful(old_type) {
        return None;
    }
    let replaced = d.kind == ChangeKind::Modified && d.replacement != Replacement::No;
    if d.kind != ChangeKind::Removed && !replaced {
        return None;
    }
    let old = old?;
    let policy = |key: &str| {
        old.get(key)
            .and_then(Json::as_str)
            .unwrap_or("Delete")
            .to_owned()
    };
    let what = describe_stateful(base, stack, &d.logical_id, old_type, old);
    let maybe = if d.replacement == Replacement::Maybe {
        "may be "
    } else {
        ""
    };
    let fate = |key: &str| {
        match policy(key).as_str() {
        "Retain" | "RetainExceptOnCreate" => {
            format!("{key} Retain keeps the old one in the account, no longer managed")
        }
        "Snapshot" => format!(
            "{key} Snapshot deletes it after a final snapshot: its data survives only in that snapshot"
        ),
        other => format!("{key} {other} DELETES it and its data"),
    }
    };
    let text = if d.kind == ChangeKind::Removed {
        format!("{what} is removed: {}", fate("DeletionPolicy"))
    } else {
        let why: Vec<&str> = d
            .changes
            .iter()
            .filter(|c| c.replacement != Replacement::No)
            .map(|c| c.path.as_str())
            .collect();
        format!(
            "{what} {maybe}REPLACED by a change of {}: the new one starts EMPTY; {}",
            why.join(", "),
            fate("UpdateReplacePolicy")
        )
    };
    Some(DataRisk {
        id: ResourceId {
            stack: stack.to_owned(),
            logical_id: d.logical_id.clone(),
        },
        resource_type: old_type.to_owned(),
        text,
    })
}

fn describe_stateful(side: &Side<'_>, stack: &str, id: &str, ty: &str, body: &Json) -> String {
    let rid = ResourceId {
        stack: stack.to_owned(),
        logical_id: id.to_owned(),
    };
    let place = format!("`{id}` ({stack})");
    match ty {
        "AWS::EC2::Volume" => match side.inventory.volume_owner(&rid) {
            Some((s, disk)) => format!(
                "volume {} of {} ({}) {place}",
                disk.mount
                    .as_deref()
                    .or(disk.device.as_deref())
                    .unwrap_or("?"),
                s.host,
                disk.describe()
            ),
            None => format!("volume {place}"),
        },
        "AWS::S3::Bucket" => {
            let purpose = crate::inventory::fact(body, "bucket")
                .as_str()
                .map_or(String::new(), |p| format!(" ({p})"));
            format!("bucket{purpose} {place}")
        }
        "AWS::Route53::HostedZone" => format!(
            "hosted zone {} {place}",
            prop(body, "Name").as_str().unwrap_or("?")
        ),
        "AWS::SecretsManager::Secret" => format!(
            "secret {} {place}",
            prop(body, "Name").as_str().unwrap_or("?")
        ),
        other => format!("{other} {place}"),
    }
}

/// What a change does to the server it belongs to.
fn server_effect(d: &ResourceDiff, is_instance: bool) -> (ServerChange, Vec<String>) {
    let changed = |c: &zimbra_constructs_diff::PropertyChange| {
        format!("{} {}", c.path, change_text(c.old.as_ref(), c.new.as_ref()))
    };
    match (d.kind, is_instance) {
        (ChangeKind::Added, true) => (ServerChange::Added, vec!["new server".to_owned()]),
        (ChangeKind::Removed, true) => (ServerChange::Removed, vec!["instance removed".to_owned()]),
        (ChangeKind::Modified, true) => {
            let replacing: Vec<String> = d
                .changes
                .iter()
                .filter(|c| c.replacement != Replacement::No)
                .map(changed)
                .collect();
            if !replacing.is_empty() {
                return (ServerChange::Replaced, replacing);
            }
            let restarting: Vec<String> = d
                .changes
                .iter()
                .filter(|c| {
                    c.path
                        .strip_prefix("Properties.")
                        .is_some_and(|p| interrupts(&d.resource_type, p))
                })
                .map(changed)
                .collect();
            if restarting.is_empty() {
                (
                    ServerChange::Updated,
                    d.changes.iter().map(changed).collect(),
                )
            } else {
                (ServerChange::Restarted, restarting)
            }
        }
        (kind, false) => {
            let what = format!("{} {} {}", kind.mark(), d.resource_type, d.logical_id);
            // Values for properties; attributes such as Metadata by name only.
            let detail: Vec<String> = d
                .changes
                .iter()
                .map(|c| {
                    if c.path.starts_with("Properties.") {
                        changed(c)
                    } else {
                        c.path.clone()
                    }
                })
                .collect();
            let text = if detail.is_empty() {
                what
            } else {
                format!("{what}: {}", detail.join("; "))
            };
            (ServerChange::Updated, vec![text])
        }
    }
}

/// `"m5.xlarge" → "m5.2xlarge"`, or the sizes of long values.
fn change_text(old: Option<&Json>, new: Option<&Json>) -> String {
    let show = |v: Option<&Json>| match v {
        None => "(absent)".to_owned(),
        Some(v) => {
            let s = v.to_string();
            if s.chars().count() > 60 {
                format!("({} chars)", s.chars().count())
            } else {
                s
            }
        }
    };
    format!("{} → {}", show(old), show(new))
}

fn merge_impact(out: &mut Vec<ServerImpact>, s: &Server, change: ServerChange, why: Vec<String>) {
    if let Some(i) = out.iter_mut().find(|i| i.host == s.host) {
        i.change = i.change.max(change);
        i.why.extend(why);
    } else {
        out.push(ServerImpact {
            host: s.host.clone(),
            roles: s.role_label(),
            stack: s.id.stack.clone(),
            change,
            why,
        });
    }
}

fn section_summary(diff: &zimbra_constructs_diff::TemplateDiff) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in &diff.entries {
        let kind = match e.kind {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Modified => "changed",
        };
        let name = if e.key.is_empty() {
            e.section.clone()
        } else {
            format!("{} {}", e.section, e.key)
        };
        out.push(format!("{name} {kind}"));
    }
    out
}

impl Review {
    /// Compares `base` (the target branch) with `head` (the change).
    #[must_use]
    pub fn compare(base: &ReviewInput, head: &ReviewInput, options: &ReviewOptions) -> Review {
        let (b, h) = (Side::new(&base.assembly), Side::new(&head.assembly));
        let mut names: Vec<(String, Presence)> = Vec::new();
        for s in &head.assembly.stacks {
            let p = if base.assembly.stack(&s.name).is_some() {
                Presence::Both
            } else {
                Presence::Added
            };
            names.push((s.name.clone(), p));
        }
        for s in &base.assembly.stacks {
            if head.assembly.stack(&s.name).is_none() {
                names.push((s.name.clone(), Presence::Removed));
            }
        }
        let mut review = Review {
            base: base.label.clone(),
            head: head.label.clone(),
            stacks: Vec::new(),
            servers: Vec::new(),
            data: Vec::new(),
            security: Vec::new(),
            cost: (
                CostReport::of(&base.assembly, &options.prices),
                CostReport::of(&head.assembly, &options.prices),
            ),
            findings: match (&base.findings, &head.findings) {
                (Some(bf), Some(hf)) => Some(FindingsDelta::of(bf, hf)),
                _ => None,
            },
            reasons: Vec::new(),
            cost_threshold_percent: options.cost_threshold_percent,
        };
        for (name, presence) in names {
            let old = template(&base.assembly, &name).unwrap_or_else(|| json!({}));
            let new = template(&head.assembly, &name).unwrap_or_else(|| json!({}));
            let diff = diff_templates(&old, &new);
            let mut resources = Vec::new();
            for d in &diff.resources {
                let owner = match d.kind {
                    ChangeKind::Removed => b.owner(&name, &d.logical_id),
                    _ => h
                        .owner(&name, &d.logical_id)
                        .or_else(|| b.owner(&name, &d.logical_id)),
                };
                if let Some(s) = owner {
                    let is_instance =
                        d.resource_type == "AWS::EC2::Instance" && s.id.logical_id == d.logical_id;
                    let (change, why) = server_effect(d, is_instance);
                    merge_impact(&mut review.servers, s, change, why);
                }
                review.data.extend(stateful_risk(&b, &name, d));
                review.security.extend(security_of(&b, &h, &name, d));
                resources.push((d.clone(), owner.map(|s| s.host.clone())));
            }
            review.stacks.push(StackReview {
                name,
                presence,
                resources,
                sections: section_summary(&diff),
            });
        }
        for s in &mut review.servers {
            if matches!(s.change, ServerChange::Added | ServerChange::Removed) && s.why.len() > 1 {
                let what = if s.change == ServerChange::Added {
                    "new server"
                } else {
                    "server removed"
                };
                s.why = vec![format!(
                    "{what}, with {} more resources of its own (volumes, attachments, addresses)",
                    s.why.len() - 1
                )];
            }
        }
        review.reasons = review.judge();
        review
    }

    fn judge(&self) -> Vec<(Verdict, String)> {
        let mut out = Vec::new();
        for d in &self.data {
            out.push((Verdict::Blocking, format!("data at risk: {}", d.text)));
        }
        if let Some(f) = &self.findings {
            for x in &f.new {
                let v = if x.severity == Severity::Error {
                    Verdict::Blocking
                } else {
                    Verdict::NeedsAttention
                };
                out.push((
                    v,
                    format!("new {} finding {} at {}", x.severity, x.rule_id, x.path),
                ));
            }
            for (x, reason) in &f.newly_suppressed {
                out.push((
                    Verdict::NeedsAttention,
                    format!("new suppression of {} at {}: {reason}", x.rule_id, x.path),
                ));
            }
        }
        for s in &self.servers {
            if s.change > ServerChange::Updated && s.change != ServerChange::Added {
                out.push((
                    Verdict::NeedsAttention,
                    format!("{} is {}", s.host, s.change.label()),
                ));
            }
        }
        for st in &self.stacks {
            for (d, owner) in &st.resources {
                let replaced = d.kind == ChangeKind::Modified && d.replacement != Replacement::No;
                if replaced && owner.is_none() && !is_stateful(&d.resource_type) {
                    out.push((
                        Verdict::NeedsAttention,
                        format!(
                            "{} {} ({}) is replaced",
                            d.resource_type, d.logical_id, st.name
                        ),
                    ));
                }
            }
            for (d, _) in &st.resources {
                if d.resource_type != "AWS::EC2::Volume" {
                    continue;
                }
                let size = |v: Option<&Json>| v.and_then(Json::as_u64);
                for c in d.changes.iter().filter(|c| c.path == "Properties.Size") {
                    if let (Some(o), Some(n)) = (size(c.old.as_ref()), size(c.new.as_ref())) {
                        if n < o {
                            out.push((
                                Verdict::NeedsAttention,
                                format!("volume {} ({}) shrinks {o} → {n} GiB: EBS volumes cannot shrink, so this update fails", d.logical_id, st.name),
                            ));
                        }
                    }
                }
            }
            if st.presence == Presence::Removed {
                out.push((
                    Verdict::NeedsAttention,
                    format!("stack {} is removed", st.name),
                ));
            }
        }
        if self.security.iter().any(|s| s.broadens) {
            out.push((
                Verdict::NeedsAttention,
                "security broadens (see Security)".to_owned(),
            ));
        }
        let (b, h) = (self.cost.0.total().on_demand, self.cost.1.total().on_demand);
        let grown = if b > 0.0 {
            (h - b) / b * 100.0
        } else if h > 0.0 {
            f64::INFINITY
        } else {
            0.0
        };
        if grown > self.cost_threshold_percent {
            out.push((
                Verdict::NeedsAttention,
                format!(
                    "monthly cost grows {} (above the {}% threshold)",
                    percent(b, h),
                    self.cost_threshold_percent
                ),
            ));
        }
        out.sort_by_key(|r| std::cmp::Reverse(r.0));
        out
    }

    /// The verdict: the strongest reason, or no risk.
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        self.reasons
            .iter()
            .map(|(v, _)| *v)
            .max()
            .unwrap_or(Verdict::NoRisk)
    }
}

fn percent(base: f64, head: f64) -> String {
    if base <= 0.0 {
        return if head > 0.0 {
            "from nothing".to_owned()
        } else {
            "0%".to_owned()
        };
    }
    format!("{:+.1}%", (head - base) / base * 100.0)
}

fn delta(base: f64, head: f64) -> String {
    let d = head - base;
    if d.abs() < 0.005 {
        "no change".to_owned()
    } else if d > 0.0 {
        format!("+{} ({})", usd(d), percent(base, head))
    } else {
        format!("{} ({})", usd(d), percent(base, head))
    }
}

impl Review {
    /// The report as Markdown, for a pull-request comment.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let v = self.verdict();
        let _ = writeln!(out, "# Infrastructure review\n");
        let _ = writeln!(out, "Base: {}. Head: {}.\n", self.base, self.head);
        let _ = writeln!(out, "**Verdict: {} (exit {})**\n", v.label(), v as u8);
        for (level, why) in &self.reasons {
            let _ = writeln!(out, "- {}: {why}", level.label());
        }
        if self.reasons.is_empty() {
            let _ = writeln!(out, "No server restarts or replacements, no data at risk, no security broadening, no new findings, cost within {}%.", self.cost_threshold_percent);
        }
        self.servers_md(&mut out);
        self.data_md(&mut out);
        self.security_md(&mut out);
        self.cost_md(&mut out);
        self.findings_md(&mut out);
        self.stacks_md(&mut out);
        out
    }

    fn servers_md(&self, out: &mut String) {
        let _ = writeln!(out, "\n## Servers\n");
        if self.servers.is_empty() {
            let _ = writeln!(out, "No server changes.");
            return;
        }
        let rows: Vec<Vec<String>> = self
            .servers
            .iter()
            .map(|s| {
                vec![
                    s.host.clone(),
                    s.roles.clone(),
                    s.stack.clone(),
                    s.change.label().to_owned(),
                    s.why.join("; "),
                ]
            })
            .collect();
        out.push_str(&table(
            &["host", "roles", "stack", "change", "why"],
            "---|---|---|---|---",
            &rows,
        ));
    }

    fn data_md(&self, out: &mut String) {
        let _ = writeln!(out, "\n## Data at risk\n");
        if self.data.is_empty() {
            let _ = writeln!(
                out,
                "No bucket, volume, hosted zone, secret or key is replaced or removed."
            );
        }
        for d in &self.data {
            let _ = writeln!(out, "- {}", d.text);
        }
    }

    fn security_md(&self, out: &mut String) {
        let _ = writeln!(out, "\n## Security\n");
        if self.security.is_empty() {
            let _ = writeln!(
                out,
                "No change to security groups, IAM, bucket policies, public access or listeners."
            );
        }
        for s in &self.security {
            let mark = if s.broadens { "broadens" } else { "narrows" };
            let _ = writeln!(out, "- {mark}: {}", s.text);
        }
    }

    fn cost_md(&self, out: &mut String) {
        let (b, h) = (&self.cost.0, &self.cost.1);
        let _ = writeln!(out, "\n## Monthly cost\n");
        let _ = writeln!(
            out,
            "Embedded prices dated {} (USD, {} h per month; usage such as traffic, requests and stored data excluded, see `cost`).\n",
            h.price_date, h.hours_per_month
        );
        let (bt, ht) = (b.total(), h.total());
        let row = |name: &str, f: fn(&Monthly) -> f64| {
            vec![
                name.to_owned(),
                usd(f(&bt)),
                usd(f(&ht)),
                delta(f(&bt), f(&ht)),
            ]
        };
        let mut rows = vec![
            row("on-demand", |m| m.on_demand),
            row("1-year commitment", |m| m.one_year),
            row("3-year commitment", |m| m.three_year),
        ];
        let bs = b.per_stack();
        let hs = h.per_stack();
        let mut names: Vec<&String> = hs.iter().map(|(n, _, _)| n).collect();
        names.extend(
            bs.iter()
                .map(|(n, _, _)| n)
                .filter(|n| !hs.iter().any(|(h, _, _)| h == *n)),
        );
        for n in names {
            let get = |list: &[(String, String, Monthly)]| {
                list.iter()
                    .find(|(s, _, _)| s == n)
                    .map_or(0.0, |(_, _, m)| m.on_demand)
            };
            let (x, y) = (get(&bs), get(&hs));
            if (x - y).abs() >= 0.005 {
                rows.push(vec![
                    format!("{n} (on-demand)"),
                    usd(x),
                    usd(y),
                    delta(x, y),
                ]);
            }
        }
        out.push_str(&table(
            &["", "base", "head", "change"],
            "---|--:|--:|--:",
            &rows,
        ));
        let unpriced = h.unpriced();
        if !unpriced.is_empty() {
            let _ = writeln!(out, "\nNo embedded price (left out of the totals):");
            for l in unpriced {
                let _ = writeln!(out, "- {} {} x{} ({})", l.stack, l.item, l.count, l.region);
            }
        }
    }

    fn findings_md(&self, out: &mut String) {
        let _ = writeln!(out, "\n## Rule findings\n");
        let Some(f) = &self.findings else {
            let _ = writeln!(out, "Not compared: one side has no findings record (`findings.json`, written by `synth`); synthesize both with this version.");
            return;
        };
        if f.new.is_empty() && f.resolved.is_empty() && f.newly_suppressed.is_empty() {
            let _ = writeln!(out, "No finding appears or disappears.");
        }
        for x in &f.new {
            let _ = writeln!(
                out,
                "- new {} {} at `{}`: {} (fix: {})",
                x.severity, x.rule_id, x.path, x.message, x.fix
            );
        }
        for (x, reason) in &f.newly_suppressed {
            let _ = writeln!(
                out,
                "- newly suppressed {} at `{}`: {} (reason: {reason})",
                x.rule_id, x.path, x.message
            );
        }
        for x in &f.resolved {
            let _ = writeln!(
                out,
                "- resolved {} {} at `{}`: {}",
                x.severity, x.rule_id, x.path, x.message
            );
        }
    }

    fn stacks_md(&self, out: &mut String) {
        let _ = writeln!(out, "\n## Changes per stack\n");
        let mut unchanged = Vec::new();
        for st in &self.stacks {
            if st.resources.is_empty() && st.sections.is_empty() {
                unchanged.push(st.name.as_str());
                continue;
            }
            let count = |k: ChangeKind| st.resources.iter().filter(|(d, _)| d.kind == k).count();
            let state = match st.presence {
                Presence::Both => String::new(),
                Presence::Added => " (new stack)".to_owned(),
                Presence::Removed => " (stack removed)".to_owned(),
            };
            let _ = writeln!(
                out,
                "### {}{state}: {} added, {} removed, {} modified\n",
                st.name,
                count(ChangeKind::Added),
                count(ChangeKind::Removed),
                count(ChangeKind::Modified)
            );
            let rows: Vec<Vec<String>> = st
                .resources
                .iter()
                .map(|(d, owner)| {
                    let props: Vec<String> = d.changes.iter().map(|c| c.path.clone()).collect();
                    let repl = match d.replacement {
                        Replacement::Yes => "yes",
                        Replacement::Maybe => "maybe",
                        Replacement::No => "",
                    };
                    vec![
                        d.kind.mark().to_owned(),
                        d.resource_type.clone(),
                        format!("`{}`", d.logical_id),
                        owner.clone().unwrap_or_default(),
                        repl.to_owned(),
                        cell(&props.join(", ")),
                    ]
                })
                .collect();
            if !rows.is_empty() {
                out.push_str(&table(
                    &["", "type", "logical id", "server", "replaced", "changed"],
                    "---|---|---|---|---|---",
                    &rows,
                ));
            }
            if !st.sections.is_empty() {
                let _ = writeln!(out, "\nOther sections: {}.", st.sections.join(", "));
            }
            out.push('\n');
        }
        if !unchanged.is_empty() {
            let _ = writeln!(out, "Unchanged: {}.", unchanged.join(", "));
        }
    }
}
