//! The rule engine behind `check` and synth: rule packs inspect the synthesized templates
//! (what will be deployed, so escape-hatch overrides are seen too) and report findings with
//! the construct path, what is wrong and how to fix it, like cdk-nag.
//!
//! - A [`Rule`] has a stable id (`ZS0xx` for the [`security`] pack; domain packs use their
//!   own prefix), a severity and a one-line summary; rules are grouped in a [`RulePack`]
//!   registered on the app with [`App::add_rule_pack`].
//! - Synth runs every registered rule and fails on error findings that are not suppressed;
//!   [`App::check`] runs them all and returns a [`CheckReport`] with every finding and every
//!   suppression.
//! - Suppressions live in code ([`App::suppress`]), each with a mandatory reason, and apply
//!   to one rule at a construct and everything below it. `check` lists them with their reason.
//!
//! This module knows CloudFormation only: domain packs live in the layers that know the
//! domain, and build on [`RuleFn`] or their own [`Rule`] types.

pub mod record;
pub mod security;

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use serde_json::Value as Json;

use crate::assembly::{Assembly, StackArtifact};
use crate::diagnostics::{Diagnostic, Severity};
use crate::node::NodeId;
use crate::parallel::map_on_two_threads;
#[cfg(doc)]
use crate::App;

/// Key of the resource `Metadata` entry where constructs leave facts for rules (roles of a
/// server, a bucket's purpose, ...). CloudFormation ignores it.
pub const METADATA_KEY: &str = "zimbra-constructs";

/// Field of [`METADATA_KEY`] that marks a bucket as deliberately public and read-only
/// (the [`security`] pack allows exactly those buckets to be public, `s3:GetObject` only).
pub const PUBLIC_READ_ONLY: &str = "publicReadOnly";

/// One problem a rule found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The rule's stable id (`ZS008`).
    pub rule_id: String,
    /// Error (synth and `check` fail) or warning.
    pub severity: Severity,
    /// Construct path of the offending element (the stack's path for stack-wide findings).
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} at {}: {}; fix: {}",
            self.severity, self.rule_id, self.path, self.message, self.fix
        )
    }
}

/// A decision, made in code with its reason, that a rule does not apply to a construct and
/// everything below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The rule id.
    pub rule_id: String,
    /// Construct path the suppression covers (empty: the whole app).
    pub path: String,
    /// Why the finding is acceptable here.
    pub reason: String,
}

impl Suppression {
    /// True if this suppression covers `finding`.
    #[must_use]
    pub fn covers(&self, finding: &Finding) -> bool {
        self.rule_id == finding.rule_id
            && (self.path.is_empty()
                || finding.path == self.path
                || finding
                    .path
                    .strip_prefix(self.path.as_str())
                    .is_some_and(|rest| rest.starts_with('/')))
    }
}

/// Why a suppression could not be registered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckError {
    /// The reason was empty: every suppression must say why it is acceptable.
    #[error("suppression of {rule_id} at '{path}' has no reason; say why the finding is acceptable there")]
    MissingReason {
        /// The rule id.
        rule_id: String,
        /// The construct path.
        path: String,
    },
    /// The node is not in this app.
    #[error("cannot suppress {rule_id}: node {node:?} is not part of this app")]
    UnknownNode {
        /// The rule id.
        rule_id: String,
        /// The node.
        node: NodeId,
    },
}

/// What a rule sees: the synthesized templates, indexed once (resources with their types,
/// exports by name) for the 20-odd rules that read them.
pub struct CheckContext<'a> {
    /// The templates, before any rule ran.
    pub assembly: &'a Assembly,
    /// Every resource: stacks in deploy order, resources in template order.
    resources: Vec<ResourceView<'a>>,
    /// The same resources by type, each list in that order: rules ask for a type inside
    /// loops over servers, and a scan of every resource per question grew with the square.
    by_type: HashMap<&'a str, Vec<ResourceView<'a>>>,
    /// Every export by name: the exporting stack and the exported value.
    exports: HashMap<&'a str, (&'a StackArtifact, &'a Json)>,
}

/// A resource of a synthesized template, with the stack it is in.
#[derive(Debug, Clone, Copy)]
pub struct ResourceView<'a> {
    /// The stack.
    pub stack: &'a StackArtifact,
    /// The logical id.
    pub logical_id: &'a str,
    /// The resource's JSON (`Type`, `Properties`, `Metadata`, policies).
    pub body: &'a Json,
    /// `body.Properties` (`Json::Null` when absent), looked up once.
    properties: &'a Json,
    /// The constructs' facts (`Json::Null` when absent), looked up once.
    facts: &'a Json,
}

static NULL: Json = Json::Null;

/// A field of the [`METADATA_KEY`] metadata of a resource's JSON (`Json::Null` when absent):
/// the facts constructs leave for rules and reports.
#[must_use]
pub fn fact<'a>(resource: &'a Json, field: &str) -> &'a Json {
    get(facts_of(resource), field).unwrap_or(&NULL)
}

/// The [`METADATA_KEY`] metadata of a resource's JSON (`Json::Null` when absent).
fn facts_of(resource: &Json) -> &Json {
    get(resource, "Metadata")
        .and_then(|m| get(m, METADATA_KEY))
        .unwrap_or(&NULL)
}

/// `value[key]` of a JSON object. Most objects of a template have a handful of keys, and
/// rules ask for fields tens of thousands of times: comparing a few keys is cheaper than
/// hashing one (serde_json's map hashes with SipHash).
fn get<'a>(value: &'a Json, key: &str) -> Option<&'a Json> {
    let map = value.as_object()?;
    if map.len() <= 8 {
        map.iter().find_map(|(k, v)| (k == key).then_some(v))
    } else {
        map.get(key)
    }
}

impl<'a> ResourceView<'a> {
    /// The construct path behind the resource.
    #[must_use]
    pub fn path(&self) -> &'a str {
        self.stack.construct_path(self.logical_id)
    }

    /// The CloudFormation type.
    #[must_use]
    pub fn type_name(&self) -> &'a str {
        get(self.body, "Type").and_then(Json::as_str).unwrap_or("")
    }

    /// A property (`Json::Null` when absent).
    #[must_use]
    pub fn prop(&self, name: &str) -> &'a Json {
        get(self.properties, name).unwrap_or(&NULL)
    }

    /// A resource attribute beside `Properties` (`DeletionPolicy`), if set.
    #[must_use]
    pub fn attribute(&self, name: &str) -> Option<&'a str> {
        get(self.body, name).and_then(Json::as_str)
    }

    /// A field of the [`METADATA_KEY`] metadata the constructs left on the resource.
    #[must_use]
    pub fn fact(&self, field: &str) -> &'a Json {
        get(self.facts, field).unwrap_or(&NULL)
    }
}

impl<'a> ResourceView<'a> {
    fn new(stack: &'a StackArtifact, logical_id: &'a str, body: &'a Json) -> Self {
        ResourceView {
            stack,
            logical_id,
            body,
            properties: get(body, "Properties").unwrap_or(&NULL),
            facts: facts_of(body),
        }
    }
}

impl<'a> CheckContext<'a> {
    /// Reads the assembly's resources and exports once.
    #[must_use]
    pub fn new(assembly: &'a Assembly) -> Self {
        let mut resources = Vec::new();
        let mut by_type: HashMap<&str, Vec<ResourceView<'_>>> = HashMap::new();
        let mut exports = HashMap::new();
        for stack in &assembly.stacks {
            let section = |key| stack.template.get(key).and_then(Json::as_object);
            for (id, body) in section("Resources").into_iter().flatten() {
                let view = ResourceView::new(stack, id, body);
                resources.push(view);
                by_type.entry(view.type_name()).or_default().push(view);
            }
            for output in section("Outputs").into_iter().flatten().map(|(_, o)| o) {
                let name = output.get("Export").and_then(|e| e.get("Name"));
                if let (Some(name), Some(value)) =
                    (name.and_then(Json::as_str), output.get("Value"))
                {
                    exports.entry(name).or_insert((stack, value));
                }
            }
        }
        CheckContext {
            assembly,
            resources,
            by_type,
            exports,
        }
    }

    /// Every resource of every stack, stacks in deploy order, resources in template order.
    pub fn resources(&self) -> impl Iterator<Item = ResourceView<'a>> + '_ {
        self.resources.iter().copied()
    }

    /// The resources of one CloudFormation type.
    pub fn of_type<'t>(
        &'t self,
        type_name: &'t str,
    ) -> impl Iterator<Item = ResourceView<'a>> + 't {
        self.by_type.get(type_name).into_iter().flatten().copied()
    }

    /// A resource by stack and logical id.
    #[must_use]
    pub fn resource(&self, stack: &'a StackArtifact, logical_id: &str) -> Option<ResourceView<'a>> {
        let (id, body) = stack
            .template
            .get("Resources")?
            .as_object()?
            .get_key_value(logical_id)?;
        Some(ResourceView::new(stack, id, body))
    }

    /// The resource a value points at from `stack`: `Ref`, `Fn::GetAtt`, or an
    /// `Fn::ImportValue` of another stack's export (followed to the exporting resource).
    #[must_use]
    pub fn target(&self, stack: &'a StackArtifact, value: &Json) -> Option<ResourceView<'a>> {
        if let Some(id) = get(value, "Ref").and_then(Json::as_str) {
            return self.resource(stack, id);
        }
        if let Some(id) = get(value, "Fn::GetAtt")
            .and_then(|a| a.get(0))
            .and_then(Json::as_str)
        {
            return self.resource(stack, id);
        }
        let name = get(value, "Fn::ImportValue")?.as_str()?;
        let (exporter, exported) = self.exports.get(name)?;
        self.target(exporter, exported)
    }

    /// True if `value` points at `resource` (see [`CheckContext::target`]).
    #[must_use]
    pub fn points_at(
        &self,
        stack: &'a StackArtifact,
        value: &Json,
        resource: &ResourceView<'_>,
    ) -> bool {
        self.target(stack, value).is_some_and(|t| {
            t.stack.name == resource.stack.name && t.logical_id == resource.logical_id
        })
    }
}

/// Collects a rule's findings, stamped with its id and severity.
#[derive(Debug)]
pub struct Reporter {
    rule_id: &'static str,
    severity: Severity,
    findings: Vec<Finding>,
}

impl Reporter {
    /// Reports a problem at a construct path.
    pub fn at(&mut self, path: &str, message: impl Into<String>, fix: impl Into<String>) {
        self.findings.push(Finding {
            rule_id: self.rule_id.to_owned(),
            severity: self.severity,
            path: path.to_owned(),
            message: message.into(),
            fix: fix.into(),
        });
    }

    /// Reports a problem with a resource (at its construct path).
    pub fn resource(
        &mut self,
        r: &ResourceView<'_>,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) {
        self.at(r.path(), message, fix);
    }
}

/// A check over the synthesized app.
///
/// `Send + Sync`: synthesis runs an app's rules on two threads over one shared context.
pub trait Rule: Send + Sync {
    /// Stable id (`ZS001`), never reused for another meaning.
    fn id(&self) -> &'static str;
    /// Severity of its findings.
    fn severity(&self) -> Severity;
    /// One line: what the rule requires.
    fn summary(&self) -> &'static str;
    /// Reports findings.
    fn check(&self, ctx: &CheckContext<'_>, out: &mut Reporter);
}

/// A rule written as a plain function, the form most rules take.
#[derive(Debug, Clone, Copy)]
pub struct RuleFn {
    /// Stable id.
    pub id: &'static str,
    /// Severity.
    pub severity: Severity,
    /// What the rule requires.
    pub summary: &'static str,
    /// The check.
    pub check: fn(&CheckContext<'_>, &mut Reporter),
}

impl Rule for RuleFn {
    fn id(&self) -> &'static str {
        self.id
    }
    fn severity(&self) -> Severity {
        self.severity
    }
    fn summary(&self) -> &'static str {
        self.summary
    }
    fn check(&self, ctx: &CheckContext<'_>, out: &mut Reporter) {
        (self.check)(ctx, out);
    }
}

/// A named set of rules, registered once per app.
pub struct RulePack {
    /// Name shown by `check` (`security`).
    pub name: &'static str,
    /// The rules.
    pub rules: Vec<Box<dyn Rule>>,
}

impl fmt::Debug for RulePack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<&str> = self.rules.iter().map(|r| r.id()).collect();
        f.debug_struct("RulePack")
            .field("name", &self.name)
            .field("rules", &ids)
            .finish()
    }
}

impl RulePack {
    /// A pack of function rules.
    #[must_use]
    pub fn of(name: &'static str, rules: &[RuleFn]) -> Self {
        RulePack {
            name,
            rules: rules
                .iter()
                .map(|r| Box::new(*r) as Box<dyn Rule>)
                .collect(),
        }
    }
}

/// The packs and suppressions of an app.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    pub(crate) packs: Vec<RulePack>,
    pub(crate) suppressions: Vec<Suppression>,
}

/// A rule as `check` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInfo {
    /// The pack.
    pub pack: &'static str,
    /// The id.
    pub id: &'static str,
    /// The severity.
    pub severity: Severity,
    /// What it requires.
    pub summary: &'static str,
}

/// What [`App::check`] found.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Every rule that ran.
    pub rules: Vec<RuleInfo>,
    /// Findings not covered by a suppression, errors first, then by rule id and path.
    pub findings: Vec<Finding>,
    /// Suppressed findings with the suppression that covers each.
    pub suppressed: Vec<(Finding, Suppression)>,
    /// Every suppression registered, with how many findings it covered.
    pub suppressions: Vec<(Suppression, usize)>,
    /// Warnings of synthesis itself (limits near, annotations).
    pub synth_warnings: Vec<Diagnostic>,
}

impl CheckReport {
    /// Number of unsuppressed error findings; `check` exits non-zero when it is above 0.
    #[must_use]
    pub fn error_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    /// Findings of one rule (suppressed ones excluded).
    #[must_use]
    pub fn of_rule(&self, rule_id: &str) -> Vec<&Finding> {
        self.findings
            .iter()
            .filter(|f| f.rule_id == rule_id)
            .collect()
    }
}

impl fmt::Display for CheckReport {
    /// The text `check` prints: findings (rule, severity, path, what, fix), suppressions
    /// with their reasons, then a summary line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.synth_warnings {
            writeln!(f, "{d}")?;
        }
        for x in &self.findings {
            writeln!(f, "{} {:<7} {}", x.rule_id, x.severity.to_string(), x.path)?;
            writeln!(f, "    what: {}", x.message)?;
            writeln!(f, "    fix:  {}", x.fix)?;
        }
        if !self.suppressions.is_empty() {
            writeln!(f, "Suppressions:")?;
            for (s, n) in &self.suppressions {
                let path = if s.path.is_empty() { "<app>" } else { &s.path };
                writeln!(
                    f,
                    "  {} at {path} ({n} finding(s)): {}",
                    s.rule_id, s.reason
                )?;
            }
        }
        let mut packs: Vec<&str> = self.rules.iter().map(|r| r.pack).collect();
        packs.dedup();
        let errors = self.error_count();
        write!(
            f,
            "check: {} rules ({}), {errors} error(s), {} warning(s), {} suppressed",
            self.rules.len(),
            packs.join(", "),
            self.findings.len() - errors,
            self.suppressed.len()
        )
    }
}

impl Registry {
    /// Registers a pack unless one of the same name is registered (see [`App::add_rule_pack`](crate::App::add_rule_pack)).
    pub(crate) fn add(&mut self, pack: RulePack) {
        if !self.packs.iter().any(|p| p.name == pack.name) {
            self.packs.push(pack);
        }
    }

    /// Runs every rule over `assembly`: the rules that ran, and their findings sorted (errors
    /// first, then by rule, path and message) without duplicates. The rules are shared with a
    /// second thread, which runs `side` first (synthesis serializes the templates there), and
    /// the findings come back in rule order ([`crate::parallel`]).
    fn run<T: Send>(
        &self,
        assembly: &Assembly,
        side: impl FnOnce() -> T + Send,
    ) -> (Vec<RuleInfo>, Vec<Finding>, T) {
        let rules: Vec<(&'static str, &dyn Rule)> = self
            .packs
            .iter()
            .flat_map(|p| p.rules.iter().map(move |r| (p.name, r.as_ref())))
            .collect();
        let infos = rules
            .iter()
            .map(|(pack, rule)| RuleInfo {
                pack,
                id: rule.id(),
                severity: rule.severity(),
                summary: rule.summary(),
            })
            .collect();
        // Built by whichever thread first needs it (this one: the helper runs `side` first).
        let ctx = OnceLock::new();
        let check = |(_, rule): &(&'static str, &dyn Rule)| {
            let mut out = Reporter {
                rule_id: rule.id(),
                severity: rule.severity(),
                findings: Vec::new(),
            };
            rule.check(ctx.get_or_init(|| CheckContext::new(assembly)), &mut out);
            out.findings
        };
        let (done, side_result) = map_on_two_threads(&rules, side, check);
        let mut findings: Vec<Finding> = done.into_iter().flatten().collect();
        findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then_with(|| a.rule_id.cmp(&b.rule_id))
                .then_with(|| a.path.cmp(&b.path))
                .then_with(|| a.message.cmp(&b.message))
        });
        findings.dedup();
        (infos, findings, side_result)
    }

    /// Splits findings into unsuppressed and suppressed.
    fn apply_suppressions(
        &self,
        findings: Vec<Finding>,
    ) -> (Vec<Finding>, Vec<(Finding, Suppression)>) {
        let mut open = Vec::new();
        let mut suppressed = Vec::new();
        for f in findings {
            match self.suppressions.iter().find(|s| s.covers(&f)) {
                Some(s) => suppressed.push((f, s.clone())),
                None => open.push(f),
            }
        }
        (open, suppressed)
    }

    /// The unsuppressed error findings of a report, as the diagnostics synth fails on.
    pub(crate) fn synth_errors(report: &CheckReport) -> Vec<Diagnostic> {
        report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| {
                Diagnostic::error(
                    f.rule_id.clone(),
                    f.path.clone(),
                    format!(
                        "{}; fix: {} (see `check`; suppress with App::suppress and a reason)",
                        f.message, f.fix
                    ),
                )
            })
            .collect()
    }

    /// Every finding over `assembly`, suppressed or not, and every suppression with how many
    /// findings it covered; the assembly's own warnings come along.
    pub(crate) fn report(&self, assembly: &Assembly) -> CheckReport {
        self.report_beside(assembly, || ()).0
    }

    /// Like [`Registry::report`], and runs `side` on the second thread the rules share
    /// before it takes rules (see [`Registry::run`]).
    pub(crate) fn report_beside<T: Send>(
        &self,
        assembly: &Assembly,
        side: impl FnOnce() -> T + Send,
    ) -> (CheckReport, T) {
        let (rules, findings, side_result) = self.run(assembly, side);
        let (findings, suppressed) = self.apply_suppressions(findings);
        let suppressions = self
            .suppressions
            .iter()
            .map(|s| {
                let n = suppressed.iter().filter(|(_, by)| by == s).count();
                (s.clone(), n)
            })
            .collect();
        let report = CheckReport {
            rules,
            findings,
            suppressed,
            suppressions,
            synth_warnings: assembly.warnings.clone(),
        };
        (report, side_result)
    }
}

/// Statements of an IAM or resource policy document (a single statement object counts as a
/// list of one).
#[must_use]
pub fn statements(document: &Json) -> Vec<&Json> {
    match document.get("Statement") {
        Some(Json::Array(items)) => items.iter().collect(),
        Some(one @ Json::Object(_)) => vec![one],
        _ => Vec::new(),
    }
}

/// The string items of a value that may be one string or a list (`Action`, `Resource`);
/// intrinsic functions are skipped.
#[must_use]
pub fn strings(value: &Json) -> Vec<&str> {
    match value {
        Json::String(s) => vec![s.as_str()],
        Json::Array(items) => items.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The linear lookup of small objects answers what serde_json's map does, on either side
    /// of the size where it switches.
    #[test]
    fn a_field_is_found_by_key_in_small_and_large_objects() {
        for size in [0, 1, 8, 9, 20] {
            let object: serde_json::Map<String, Json> = (0..size)
                .map(|i| (format!("k{i}"), Json::from(i)))
                .collect();
            let value = Json::Object(object);
            for key in ["k0", "k7", "k8", "k19", "k20", "", "K0"] {
                assert_eq!(get(&value, key), value.get(key), "{key} of {size}");
            }
        }
        assert_eq!(get(&serde_json::json!(["k0"]), "k0"), None);
        let body = serde_json::json!({"Metadata": {METADATA_KEY: {"az": "us-east-2a"}}});
        assert_eq!(fact(&body, "az"), "us-east-2a");
        assert_eq!(fact(&body, "roles"), &Json::Null);
    }
}
