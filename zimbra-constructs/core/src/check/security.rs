//! The security pack (`ZS0xx`): CloudFormation-level rules for any app that holds data,
//! checked on the synthesized templates. Ids are stable; a retired rule's id is never reused.
//!
//! | id | severity | requires |
//! |---|---|---|
//! | ZS001 | error | EC2 instances and launch templates require IMDSv2 (`HttpTokens: required`) |
//! | ZS002 | error | every EBS volume and instance block device is encrypted |
//! | ZS003 | error | every S3 bucket has default encryption |
//! | ZS004 | error | no password or key in an SSM parameter (plain text): use Secrets Manager |
//! | ZS005 | error | every bucket blocks public access, except one marked public read-only |
//! | ZS006 | error | public bucket policy statements allow `s3:GetObject` only, on a marked bucket |
//! | ZS007 | error | every bucket has a policy denying requests without TLS |
//! | ZS008 | error | no internal port of the [`PortPolicy`] is open to 0.0.0.0/0 or ::/0 |
//! | ZS009 | error | no admin port of the [`PortPolicy`] is open to the world |
//! | ZS010 | error | IAM policies allow no `*` action, `service:*` action or `*` resource |
//! | ZS011 | error | no password, key or secret literal in resources, parameter defaults or outputs |
//! | ZS012 | error | every VPC has flow logs |
//! | ZS013 | error | every [data-holding type](crate::stateful) is retained (or snapshotted, where the type allows) on delete and on replacement |
//! | ZS014 | error | EC2 instances outside an Auto Scaling group have termination protection (`DisableApiTermination: true`) |
//! | ZS015 | error | load balancers have deletion protection (`deletion_protection.enabled=true`) |
//! | ZS016 | error | every VPC's default security group is closed by the [`DEFAULT_SG_RUNBOOK`] association |
//!
//! Which ports are internal and which are admin ports is the application's knowledge, not
//! CloudFormation's: the layer that knows it passes a [`PortPolicy`] to [`pack`] (the Zimbra
//! layer passes its port table). With [`PortPolicy::default`] ZS008 and ZS009 have no ports
//! to watch.

use serde_json::Value as Json;

use crate::diagnostics::Severity;
use crate::stateful::{keeps_data, stateful_type};

use super::{statements, strings, CheckContext, Reporter, ResourceView, Rule, RuleFn, RulePack};
use super::{METADATA_KEY, PUBLIC_READ_ONLY};

/// The ports ZS008 and ZS009 watch, each with what it is for (`(389, "LDAP")`), and how to
/// fix a finding in the application's own terms.
#[derive(Debug, Clone, Default)]
pub struct PortPolicy {
    /// Ports only the app's own servers use: none may be open to 0.0.0.0/0 or ::/0 (ZS008).
    pub internal: Vec<(u16, &'static str)>,
    /// What to do instead, for ZS008 findings.
    pub internal_fix: &'static str,
    /// Administration ports: open to listed networks only, never to the world (ZS009).
    pub admin: Vec<(u16, &'static str)>,
    /// What to do instead, for ZS009 findings.
    pub admin_fix: &'static str,
}

/// The pack, for [`crate::App::add_rule_pack`], watching the ports of `ports`.
#[must_use]
pub fn pack(ports: PortPolicy) -> RulePack {
    let ports = std::sync::Arc::new(ports);
    let mut rules: Vec<Box<dyn Rule>> = Vec::with_capacity(RULES.len() + 2);
    for r in RULES {
        if r.id == "ZS010" {
            for admin in [false, true] {
                rules.push(Box::new(PortRule {
                    ports: ports.clone(),
                    admin,
                }));
            }
        }
        rules.push(Box::new(r));
    }
    RulePack {
        name: "security",
        rules,
    }
}

/// The rules of the pack that need no configuration, in id order ([`pack`] adds ZS008 and
/// ZS009 between ZS007 and ZS010).
pub const RULES: [RuleFn; 14] = [
    RuleFn {
        id: "ZS001",
        severity: Severity::Error,
        summary: "EC2 instances and launch templates require IMDSv2 (HttpTokens: required)",
        check: imdsv2,
    },
    RuleFn {
        id: "ZS002",
        severity: Severity::Error,
        summary: "every EBS volume and instance block device is encrypted",
        check: volume_encryption,
    },
    RuleFn {
        id: "ZS003",
        severity: Severity::Error,
        summary: "every S3 bucket has default encryption",
        check: bucket_encryption,
    },
    RuleFn {
        id: "ZS004",
        severity: Severity::Error,
        summary: "no password, key or secret in a plain-text SSM parameter",
        check: ssm_secrets,
    },
    RuleFn {
        id: "ZS005",
        severity: Severity::Error,
        summary: "every bucket blocks public access, except one marked public read-only",
        check: public_buckets,
    },
    RuleFn {
        id: "ZS006",
        severity: Severity::Error,
        summary: "public bucket policy statements allow s3:GetObject only, on a bucket marked public read-only",
        check: public_policies,
    },
    RuleFn {
        id: "ZS007",
        severity: Severity::Error,
        summary: "every bucket has a policy that denies requests without TLS",
        check: tls_only,
    },
    RuleFn {
        id: "ZS010",
        severity: Severity::Error,
        summary: "IAM policies allow no '*' or 'service:*' action and no '*' resource",
        check: least_privilege,
    },
    RuleFn {
        id: "ZS011",
        severity: Severity::Error,
        summary: "no password, key or secret in a template, parameter default or output",
        check: no_secrets,
    },
    RuleFn {
        id: "ZS012",
        severity: Severity::Error,
        summary: "every VPC has flow logs",
        check: flow_logs,
    },
    RuleFn {
        id: "ZS013",
        severity: Severity::Error,
        summary: "data resources are retained (or snapshotted) on delete and on replacement",
        check: retention,
    },
    RuleFn {
        id: "ZS014",
        severity: Severity::Error,
        summary: "EC2 instances have termination protection (DisableApiTermination: true)",
        check: termination_protection,
    },
    RuleFn {
        id: "ZS015",
        severity: Severity::Error,
        summary: "load balancers have deletion protection (deletion_protection.enabled=true)",
        check: deletion_protection,
    },
    RuleFn {
        id: "ZS016",
        severity: Severity::Error,
        summary: "every VPC's default security group is closed (State Manager runs AWSConfigRemediation-RemoveVPCDefaultSecurityGroupRules on it)",
        check: default_group_closed,
    },
];

/// The AWS-owned Automation runbook that removes every rule of a VPC's default security group.
pub const DEFAULT_SG_RUNBOOK: &str = "AWSConfigRemediation-RemoveVPCDefaultSecurityGroupRules";

fn is_true(v: &Json) -> bool {
    v.as_bool() == Some(true) || v.as_str() == Some("true")
}

fn imdsv2(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let fix = "set MetadataOptions.HttpTokens to 'required'";
    for r in ctx.of_type("AWS::EC2::Instance") {
        if r.prop("MetadataOptions")
            .get("HttpTokens")
            .and_then(Json::as_str)
            != Some("required")
        {
            out.resource(&r, "the instance accepts IMDSv1: any SSRF in a web app on it can read its role's credentials", fix);
        }
    }
    for r in ctx.of_type("AWS::EC2::LaunchTemplate") {
        let tokens = r
            .prop("LaunchTemplateData")
            .get("MetadataOptions")
            .and_then(|m| m.get("HttpTokens"))
            .and_then(Json::as_str);
        if tokens != Some("required") {
            out.resource(&r, "the launch template accepts IMDSv1", fix);
        }
    }
}

fn volume_encryption(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.of_type("AWS::EC2::Volume") {
        if !is_true(r.prop("Encrypted")) {
            out.resource(
                &r,
                "the EBS volume is not encrypted at rest",
                "set Encrypted: true (data must be encrypted at rest)",
            );
        }
    }
    for r in ctx.of_type("AWS::EC2::Instance") {
        let Some(devices) = r.prop("BlockDeviceMappings").as_array() else {
            continue;
        };
        for d in devices {
            if let Some(ebs) = d.get("Ebs") {
                if !is_true(ebs.get("Encrypted").unwrap_or(&Json::Null)) {
                    let name = d.get("DeviceName").and_then(Json::as_str).unwrap_or("?");
                    out.resource(
                        &r,
                        format!("block device {name} is not encrypted at rest"),
                        "set Ebs.Encrypted: true on every block device mapping",
                    );
                }
            }
        }
    }
}

fn bucket_encryption(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.of_type("AWS::S3::Bucket") {
        let rules = r
            .prop("BucketEncryption")
            .get("ServerSideEncryptionConfiguration")
            .and_then(Json::as_array);
        if rules.is_none_or(|r| r.is_empty()) {
            out.resource(
                &r,
                "the bucket has no default encryption configured",
                "set BucketEncryption with an SSE-KMS (or SSE-S3) default rule",
            );
        }
    }
}

/// True for names that suggest a credential (`AdminPassword`, `SecretAccessKey`, `privateKey`).
fn secret_like(name: &str) -> bool {
    // Case-insensitive, without lowercasing a copy, and looking only where a word could
    // start, and only at the words that start there: rules ask this of every key of every
    // template.
    const P: [&str; 3] = ["password", "passwd", "privatekey"];
    const S: [&str; 3] = ["secretaccesskey", "secretkey", "secretstring"];
    const A: [&str; 2] = ["apikey", "authtoken"];
    let bytes = name.as_bytes();
    if bytes.len() < 6 {
        return false;
    }
    if name.eq_ignore_ascii_case("secret") {
        return true;
    }
    // The shortest word has six letters. `| 0x20` lowercases an ASCII letter.
    (0..=bytes.len() - 6).any(|i| {
        let words: &[&str] = match bytes[i] | 0x20 {
            b'p' => &P,
            b's' => &S,
            b'a' => &A,
            _ => return false,
        };
        let rest = &bytes[i..];
        words
            .iter()
            .any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
    })
}

fn ssm_secrets(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.of_type("AWS::SSM::Parameter") {
        let name = r.prop("Name").as_str().unwrap_or("");
        if secret_like(name) || secret_like(r.logical_id) {
            out.resource(
                &r,
                format!("SSM parameter '{name}' looks like a credential, and CloudFormation can only create plain-text String parameters"),
                "keep credentials in Secrets Manager (generated, encrypted) and fetch them at boot",
            );
        }
    }
}

fn blocks_public_access(r: &ResourceView<'_>) -> bool {
    let b = r.prop("PublicAccessBlockConfiguration");
    [
        "BlockPublicAcls",
        "IgnorePublicAcls",
        "BlockPublicPolicy",
        "RestrictPublicBuckets",
    ]
    .iter()
    .all(|k| is_true(b.get(*k).unwrap_or(&Json::Null)))
}

fn marked_public(r: &ResourceView<'_>) -> bool {
    is_true(r.fact(PUBLIC_READ_ONLY))
}

fn public_buckets(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.of_type("AWS::S3::Bucket") {
        let acl = r.prop("AccessControl").as_str().unwrap_or("Private");
        if acl.starts_with("Public") || acl == "AuthenticatedRead" {
            out.resource(
                &r,
                format!("the bucket grants the '{acl}' ACL"),
                "remove AccessControl; grant read access with a bucket policy on a public read-only bucket",
            );
        }
        if !blocks_public_access(&r) && !marked_public(&r) {
            out.resource(
                &r,
                "the bucket does not block all public access, and is not the public read-only assets bucket",
                format!("set all four PublicAccessBlockConfiguration flags to true, or mark the one public assets bucket with Metadata.{METADATA_KEY}.{PUBLIC_READ_ONLY}"),
            );
        }
        if marked_public(&r) {
            let b = r.prop("PublicAccessBlockConfiguration");
            if !is_true(b.get("BlockPublicAcls").unwrap_or(&Json::Null))
                || !is_true(b.get("IgnorePublicAcls").unwrap_or(&Json::Null))
            {
                out.resource(
                    &r,
                    "the public read-only bucket does not block public ACLs",
                    "set BlockPublicAcls and IgnorePublicAcls to true: public reads go through the GetObject-only policy",
                );
            }
        }
    }
}

fn public_principal(p: &Json) -> bool {
    p.as_str() == Some("*") || p.get("AWS").is_some_and(|a| strings(a).contains(&"*"))
}

fn public_policies(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.of_type("AWS::S3::BucketPolicy") {
        let bucket = ctx.target(r.stack, r.prop("Bucket"));
        for s in statements(r.prop("PolicyDocument")) {
            let allow = s.get("Effect").and_then(Json::as_str) == Some("Allow");
            if !allow || !public_principal(s.get("Principal").unwrap_or(&Json::Null)) {
                continue;
            }
            let actions = strings(s.get("Action").unwrap_or(&Json::Null));
            if actions != ["s3:GetObject"] || s.get("NotAction").is_some() {
                out.resource(
                    &r,
                    format!("a statement allows {actions:?} to everyone"),
                    "allow only s3:GetObject to the public, and only on the assets bucket",
                );
            } else if !bucket.as_ref().is_some_and(marked_public) {
                out.resource(
                    &r,
                    "the policy makes a bucket that is not marked public read-only readable by everyone",
                    format!("remove the public statement, or mark the bucket with Metadata.{METADATA_KEY}.{PUBLIC_READ_ONLY} if it only holds public assets"),
                );
            }
        }
    }
}

fn denies_insecure_transport(doc: &Json) -> bool {
    statements(doc).iter().any(|s| {
        s.get("Effect").and_then(Json::as_str) == Some("Deny")
            && s.get("Condition")
                .and_then(|c| c.get("Bool"))
                .and_then(|b| b.get("aws:SecureTransport"))
                .is_some_and(|v| v.as_str() == Some("false") || v.as_bool() == Some(false))
    })
}

fn tls_only(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let policies: Vec<ResourceView<'_>> = ctx.of_type("AWS::S3::BucketPolicy").collect();
    for b in ctx.of_type("AWS::S3::Bucket") {
        let ok = policies.iter().any(|p| {
            ctx.points_at(p.stack, p.prop("Bucket"), &b)
                && denies_insecure_transport(p.prop("PolicyDocument"))
        });
        if !ok {
            out.resource(
                &b,
                "no bucket policy denies requests made without TLS",
                "add a bucket policy statement that denies s3:* when aws:SecureTransport is false",
            );
        }
    }
}

/// Ingress rules of security groups: inline ones and `AWS::EC2::SecurityGroupIngress`.
fn ingress_rules<'a>(ctx: &CheckContext<'a>) -> Vec<(ResourceView<'a>, &'a Json)> {
    let mut out = Vec::new();
    for r in ctx.of_type("AWS::EC2::SecurityGroup") {
        if let Some(rules) = r.prop("SecurityGroupIngress").as_array() {
            out.extend(rules.iter().map(|x| (r, x)));
        }
    }
    for r in ctx.of_type("AWS::EC2::SecurityGroupIngress") {
        out.push((r, r.body.get("Properties").unwrap_or(&Json::Null)));
    }
    out
}

fn from_anywhere(rule: &Json) -> Option<&'static str> {
    if rule.get("CidrIp").and_then(Json::as_str) == Some("0.0.0.0/0") {
        Some("0.0.0.0/0")
    } else if rule.get("CidrIpv6").and_then(Json::as_str) == Some("::/0") {
        Some("::/0")
    } else {
        None
    }
}

/// The port range a rule opens: all ports for protocol -1 or a missing range.
fn port_range(rule: &Json) -> (i64, i64) {
    let proto = rule.get("IpProtocol").map(|p| match p {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    });
    if proto.as_deref() == Some("-1") {
        return (0, 65535);
    }
    let num = |k: &str| {
        rule.get(k).and_then(|v| {
            v.as_i64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        })
    };
    match (num("FromPort"), num("ToPort")) {
        (Some(a), Some(b)) if a >= 0 && b >= 0 => (a, b),
        (Some(a), None) if a >= 0 => (a, a),
        _ => (0, 65535),
    }
}

/// ZS008 (no internal port open to the world) or ZS009 (no admin port open to the world),
/// over the ports of the pack's [`PortPolicy`].
struct PortRule {
    ports: std::sync::Arc<PortPolicy>,
    admin: bool,
}

impl Rule for PortRule {
    fn id(&self) -> &'static str {
        if self.admin {
            "ZS009"
        } else {
            "ZS008"
        }
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn summary(&self) -> &'static str {
        if self.admin {
            "no admin port is open to the world"
        } else {
            "no internal port is open to 0.0.0.0/0 or ::/0"
        }
    }
    fn check(&self, ctx: &CheckContext<'_>, out: &mut Reporter) {
        for (r, rule) in ingress_rules(ctx) {
            let Some(source) = from_anywhere(rule) else {
                continue;
            };
            let (from, to) = port_range(rule);
            let open = |p: &u16| (from..=to).contains(&i64::from(*p));
            if !self.admin {
                let hit: Vec<String> = self
                    .ports
                    .internal
                    .iter()
                    .filter(|(p, _)| open(p))
                    .map(|(p, what)| format!("{p} ({what})"))
                    .collect();
                if !hit.is_empty() {
                    out.resource(
                        &r,
                        format!(
                            "ports {from}-{to} are open to {source}, including inter-server ports {}",
                            hit.join(", ")
                        ),
                        self.ports.internal_fix,
                    );
                }
            } else if (from, to) != (0, 65535) {
                // Everything open (all ports) is ZS008's finding, not one per admin port.
                for (port, what) in self.ports.admin.iter().filter(|(p, _)| open(p)) {
                    out.resource(
                        &r,
                        format!("the {what} port {port} is open to {source}"),
                        self.ports.admin_fix,
                    );
                }
            }
        }
    }
}

/// IAM policy documents of a resource: inline role/user/group policies and standalone ones.
fn policy_documents<'a>(r: &ResourceView<'a>) -> Vec<&'a Json> {
    match r.type_name() {
        "AWS::IAM::Policy" | "AWS::IAM::ManagedPolicy" => vec![r.prop("PolicyDocument")],
        "AWS::IAM::Role" | "AWS::IAM::User" | "AWS::IAM::Group" => r
            .prop("Policies")
            .as_array()
            .map(|ps| ps.iter().filter_map(|p| p.get("PolicyDocument")).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn least_privilege(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.resources() {
        for doc in policy_documents(&r) {
            for s in statements(doc) {
                if s.get("Effect").and_then(Json::as_str) != Some("Allow") {
                    continue;
                }
                let actions = strings(s.get("Action").unwrap_or(&Json::Null));
                let wild: Vec<&&str> = actions
                    .iter()
                    .filter(|a| **a == "*" || a.ends_with(":*"))
                    .collect();
                if !wild.is_empty() || s.get("NotAction").is_some() {
                    out.resource(
                        &r,
                        format!("a statement allows wildcard actions {wild:?}"),
                        "list the actions the principal needs",
                    );
                }
                if strings(s.get("Resource").unwrap_or(&Json::Null)).contains(&"*")
                    || s.get("NotResource").is_some()
                {
                    out.resource(
                        &r,
                        format!("a statement allows {actions:?} on every resource ('*')"),
                        "name the resources (ARNs of the cluster's buckets, secrets, log groups)",
                    );
                }
            }
        }
    }
}

/// Literal strings that are credentials whatever key holds them.
fn credential_literal(s: &str) -> bool {
    let aws_key = s.len() == 20
        && (s.starts_with("AKIA") || s.starts_with("ASIA"))
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    // Every string of every template passes here, scripts included: one SIMD searcher,
    // built once, instead of a two-way search set up per string.
    static PEM: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("PRIVATE KEY-----"));
    aws_key || PEM.find(s.as_bytes()).is_some()
}

/// Walks a JSON value, reporting literal credentials and credential-named keys with literal
/// values. Intrinsic functions (`Ref`, `Fn::Sub`, `{{resolve:...}}` dynamic references) are
/// how secrets should arrive, so they pass.
fn scan(v: &Json, key: Option<&str>, found: &mut Vec<String>) {
    scan_under(v, key.map(|k| (k, secret_like(k))), found);
}

/// [`scan`] with the key's verdict computed once, not once per string below it.
fn scan_under(v: &Json, key: Option<(&str, bool)>, found: &mut Vec<String>) {
    let name = key.map_or("?", |(k, _)| k);
    match v {
        Json::String(s) => {
            let dynamic = s.starts_with("{{resolve:");
            if credential_literal(s) {
                found.push(format!("a literal credential under '{name}'"));
            } else if !dynamic && !s.is_empty() && key.is_some_and(|(_, secret)| secret) {
                found.push(format!("'{name}' holds a literal value"));
            }
        }
        Json::Array(items) => items.iter().for_each(|i| scan_under(i, key, found)),
        Json::Object(map) => {
            for (k, x) in map {
                if k == "Fn::Sub" || k == "Fn::Join" || k == "Fn::Base64" {
                    // Scripts: only literal credentials count, not the words in them.
                    scan_literals(x, found);
                } else {
                    scan_under(x, Some((k, secret_like(k))), found);
                }
            }
        }
        _ => {}
    }
}

fn scan_literals(v: &Json, found: &mut Vec<String>) {
    match v {
        Json::String(s) if credential_literal(s) => {
            found.push("a literal credential in a script or string".into());
        }
        Json::Array(items) => items.iter().for_each(|i| scan_literals(i, found)),
        Json::Object(map) => map.values().for_each(|x| scan_literals(x, found)),
        _ => {}
    }
}

fn no_secrets(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let fix = "generate the value in Secrets Manager and pass its name or a {{resolve:secretsmanager:...}} reference";
    for r in ctx.resources() {
        let mut found = Vec::new();
        scan(
            r.body.get("Properties").unwrap_or(&Json::Null),
            None,
            &mut found,
        );
        for f in found {
            out.resource(&r, format!("the resource has {f}"), fix);
        }
    }
    for stack in &ctx.assembly.stacks {
        let t = &stack.template;
        for (id, p) in t
            .get("Parameters")
            .and_then(Json::as_object)
            .into_iter()
            .flatten()
        {
            let path = stack.construct_path(id);
            if secret_like(id) && p.get("Default").is_some() {
                out.at(
                    path,
                    format!("parameter {id} looks like a credential and has a default value"),
                    fix,
                );
            }
            if secret_like(id) && !is_true(p.get("NoEcho").unwrap_or(&Json::Null)) {
                out.at(
                    path,
                    format!("parameter {id} looks like a credential and is not NoEcho"),
                    "set NoEcho: true, or better, use Secrets Manager",
                );
            }
            if p.get("Default")
                .and_then(Json::as_str)
                .is_some_and(credential_literal)
            {
                out.at(
                    path,
                    format!("parameter {id} has a credential as its default"),
                    fix,
                );
            }
        }
        for (id, o) in t
            .get("Outputs")
            .and_then(Json::as_object)
            .into_iter()
            .flatten()
        {
            let value = o.get("Value").unwrap_or(&Json::Null);
            let text = value.to_string();
            let secret_att = text.contains("SecretAccessKey")
                || value
                    .get("Fn::GetAtt")
                    .and_then(|a| a.get(1))
                    .and_then(Json::as_str)
                    .is_some_and(secret_like);
            let mut found = Vec::new();
            scan(value, Some(id), &mut found);
            if secret_att || !found.is_empty() || text.contains("{{resolve:secretsmanager") {
                out.at(
                    stack.construct_path(id),
                    format!("output {id} exposes a secret"),
                    "never output secrets; readers fetch them from Secrets Manager with IAM",
                );
            }
        }
    }
}

fn flow_logs(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let logs: Vec<ResourceView<'_>> = ctx.of_type("AWS::EC2::FlowLog").collect();
    for vpc in ctx.of_type("AWS::EC2::VPC") {
        let ok = logs
            .iter()
            .any(|l| ctx.points_at(l.stack, l.prop("ResourceId"), &vpc));
        if !ok {
            out.resource(
                &vpc,
                "the VPC has no flow log: connections to its servers leave no trace",
                "turn the VPC construct's flow logs on, or add an AWS::EC2::FlowLog for the VPC",
            );
        }
    }
}

fn retention(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.resources() {
        let Some(stateful) = stateful_type(r.type_name()) else {
            continue;
        };
        for attr in ["DeletionPolicy", "UpdateReplacePolicy"] {
            let policy = r.attribute(attr).unwrap_or("Delete");
            if !keeps_data(stateful, policy) {
                out.resource(
                    &r,
                    format!("{attr} is {policy}: a stack operation would destroy the data"),
                    format!(
                        "set {attr} to Retain{}",
                        if stateful.snapshot {
                            " or Snapshot"
                        } else {
                            ""
                        }
                    ),
                );
            }
        }
    }
}

fn termination_protection(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.of_type("AWS::EC2::Instance") {
        if !is_true(r.prop("DisableApiTermination")) {
            out.resource(
                &r,
                "the instance can be terminated by any API call or console click, and its root volume (DeleteOnTermination) goes with it",
                "set DisableApiTermination: true (destroy --remove-termination-protection turns it off before deleting the stack)",
            );
        }
    }
}

fn deletion_protection(ctx: &CheckContext<'_>, out: &mut Reporter) {
    for r in ctx.of_type("AWS::ElasticLoadBalancingV2::LoadBalancer") {
        let on = r
            .prop("LoadBalancerAttributes")
            .as_array()
            .is_some_and(|attrs| {
                attrs.iter().any(|a| {
                    a.get("Key").and_then(Json::as_str) == Some("deletion_protection.enabled")
                        && is_true(a.get("Value").unwrap_or(&Json::Null))
                })
            });
        if !on {
            out.resource(
                &r,
                "the load balancer can be deleted by mistake, and its DNS name (which MX records and clients point at) with it",
                "add the LoadBalancerAttribute deletion_protection.enabled = true (destroy --remove-termination-protection turns it off first)",
            );
        }
    }
}

fn default_group_closed(ctx: &CheckContext<'_>, out: &mut Reporter) {
    let closers: Vec<ResourceView<'_>> = ctx
        .of_type("AWS::SSM::Association")
        .filter(|a| a.prop("Name").as_str() == Some(DEFAULT_SG_RUNBOOK))
        .collect();
    for vpc in ctx.of_type("AWS::EC2::VPC") {
        let closed = closers.iter().any(|a| {
            a.prop("Targets").as_array().into_iter().flatten().any(|t| {
                t.get("Values")
                    .and_then(Json::as_array)
                    .into_iter()
                    .flatten()
                    .any(|v| {
                        v.get("Fn::GetAtt")
                            .and_then(|g| g.get(1))
                            .and_then(Json::as_str)
                            == Some("DefaultSecurityGroup")
                            && ctx.points_at(a.stack, v, &vpc)
                    })
            })
        });
        if !closed {
            out.resource(
                &vpc,
                "the VPC's default security group keeps AWS's rules (all traffic between its members, all outbound): anything launched without a group lands in it",
                format!("add an AWS::SSM::Association running {DEFAULT_SG_RUNBOOK} with the target ParameterValues = the VPC's DefaultSecurityGroup"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_names_and_literals_are_recognised() {
        assert!(secret_like("AdminPassword"));
        assert!(secret_like("SecretAccessKey"));
        assert!(secret_like("SecretString"));
        assert!(!secret_like("SecretArn"));
        assert!(!secret_like("HttpTokens"));
        assert!(secret_like("secret") && secret_like("SECRET"));
        assert!(!secret_like("Secrets") && !secret_like("Key"));
        assert!(secret_like("db_PASSWD") && secret_like("GitHubAuthToken"));
        assert!(secret_like("MyApiKey") && secret_like("TlsPrivateKey"));
        assert!(!secret_like("PasswordLess".get(..4).unwrap_or_default()));
        assert!(credential_literal("AKIAABCDEFGHIJKLMNOP"));
        assert!(!credential_literal("AKIA-not-a-key"));
    }

    #[test]
    fn credential_names_match_a_lowercased_search_anywhere_in_the_name() {
        const WORDS: [&str; 8] = [
            "password",
            "passwd",
            "privatekey",
            "secretaccesskey",
            "secretkey",
            "secretstring",
            "apikey",
            "authtoken",
        ];
        let naive = |n: &str| {
            let lower = n.to_ascii_lowercase();
            lower == "secret" || WORDS.iter().any(|w| lower.contains(w))
        };
        let names = [
            "apikey",
            "XAPIKEY",
            "apike",
            "x_passwd",
            "PaSsWoRd1",
            "SecretKeyRef",
            "ssSecretString",
            "SecurityGroupIds",
            "AssociatePublicIpAddress",
            "Passw",
            "privatekeys",
            "aaaaaapikey",
            "SecretArn",
            "ÄpiKey",
            "éapikey",
            "PrivateIpAddress",
            "AuthTokenTtl",
            "",
            "secret",
        ];
        for n in names {
            assert_eq!(secret_like(n), naive(n), "{n}");
        }
    }

    #[test]
    fn port_ranges_cover_all_protocols() {
        assert_eq!(
            port_range(&serde_json::json!({"IpProtocol": "-1"})),
            (0, 65535)
        );
        assert_eq!(
            port_range(&serde_json::json!({"IpProtocol": "tcp", "FromPort": 25, "ToPort": 25})),
            (25, 25)
        );
    }
}
