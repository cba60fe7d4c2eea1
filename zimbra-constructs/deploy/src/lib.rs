//! `deploy`, `diff` and `destroy` through CloudFormation change sets (feature `deploy`).
//!
//! The entry points take a synthesized [`Assembly`] and a [`Session`] (AWS clients, output,
//! approval, poll interval), so tests drive them with mocked clients or a local moto server.
//!
//! - [`deploy()`]: dependency-ordered and concurrent ([`plan`]); per stack a change set
//!   ([`change_set`]), a summary, approval when needed ([`approval`]), execution followed
//!   through its events ([`events`]); export removal without deadlock ([`exports`]).
//! - [`diff()`]: synthesized against deployed templates ([`mod@diff`]).
//! - [`destroy()`](destroy::destroy): reverse order, confirmation, retained resources.

pub mod approval;
pub mod change_set;
pub mod client;
pub mod destroy;
pub mod diff;
pub mod error;
pub mod events;
pub mod exports;
pub mod plan;
pub mod stack_deploy;
pub mod stacks;
pub mod status;
pub mod ui;

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use zimbra_constructs_core::{Assembly, StackArtifact};

pub use approval::{Approver, RequireApproval};
pub use client::{AwsOptions, Clients};
pub use destroy::{destroy, DestroyOptions, DestroyReport};
pub use error::{AwsError, DeployError, DestroyError, DiffError, ResourceFailure};
pub use events::Tracker;
pub use stack_deploy::Outcome;
pub use ui::Ui;

use stack_deploy::StackJob;

/// The tag every deployed stack carries, naming it.
pub const STACK_TAG: &str = "zimbra-constructs:stack";

/// What every operation shares: clients, output, approval and timing.
#[derive(Debug, Clone)]
pub struct Session {
    /// AWS clients.
    pub clients: Clients,
    /// Output.
    pub ui: Ui,
    /// How to ask for approval.
    pub approver: Approver,
    /// When to ask.
    pub require_approval: RequireApproval,
    /// Poll interval for change sets and events (1 s; tests use less).
    pub poll: Duration,
    /// S3 bucket for templates over the inline limit.
    pub staging_bucket: Option<String>,
    /// Operations running on the CloudFormation side (reported on Ctrl-C).
    pub tracker: Tracker,
}

impl Session {
    /// A session with the defaults: 1 s polling, `--require-approval broadening`.
    #[must_use]
    pub fn new(clients: Clients, ui: Ui, approver: Approver) -> Session {
        Session {
            clients,
            ui,
            approver,
            require_approval: RequireApproval::default(),
            poll: Duration::from_secs(1),
            staging_bucket: None,
            tracker: Tracker::default(),
        }
    }
}

/// A `--parameters Stack:Key=Value` override.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterOverride {
    /// Stack name.
    pub stack: String,
    /// Parameter key.
    pub key: String,
    /// Value.
    pub value: String,
}

impl ParameterOverride {
    /// Parses `Stack:Key=Value`.
    pub fn parse(s: &str) -> Result<ParameterOverride, String> {
        let bad = || format!("invalid --parameters '{s}': expected Stack:Key=Value");
        let (lhs, value) = s.split_once('=').ok_or_else(bad)?;
        let (stack, key) = lhs.split_once(':').ok_or_else(bad)?;
        if stack.is_empty() || key.is_empty() {
            return Err(bad());
        }
        Ok(ParameterOverride {
            stack: stack.to_owned(),
            key: key.to_owned(),
            value: value.to_owned(),
        })
    }
}

/// Parses a `--tag key=value`.
pub fn parse_tag(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_owned(), v.to_owned())),
        _ => Err(format!("invalid --tag '{s}': expected key=value")),
    }
}

/// What `deploy` does.
#[derive(Debug, Clone)]
pub struct DeployOptions {
    /// Stacks to deploy (empty: all); their dependencies come along unless `exclusively`.
    pub stacks: Vec<String>,
    /// Deploy only the named stacks.
    pub exclusively: bool,
    /// At most this many stacks at once.
    pub concurrency: usize,
    /// Stack tags.
    pub tags: Vec<(String, String)>,
    /// Parameter overrides.
    pub parameters: Vec<ParameterOverride>,
}

impl Default for DeployOptions {
    fn default() -> Self {
        DeployOptions {
            stacks: Vec::new(),
            exclusively: false,
            concurrency: 4,
            tags: Vec::new(),
            parameters: Vec::new(),
        }
    }
}

/// One deployed stack's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackResult {
    /// Stack name (a deadly-embrace second pass appears twice).
    pub stack: String,
    /// What happened.
    pub outcome: Outcome,
    /// How long it took.
    pub duration: Duration,
}

/// What `deploy` did, in completion order.
#[derive(Debug, Clone, Default)]
pub struct DeployReport {
    /// Per stack.
    pub stacks: Vec<StackResult>,
}

impl DeployReport {
    /// The outcome of the last pass over `stack`.
    #[must_use]
    pub fn outcome(&self, stack: &str) -> Option<Outcome> {
        self.stacks
            .iter()
            .rev()
            .find(|s| s.stack == stack)
            .map(|s| s.outcome)
    }
}

/// Which way a selection grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extend {
    /// Only the named stacks.
    Exactly,
    /// Plus what they depend on (deploy).
    Dependencies,
    /// Plus what depends on them (destroy).
    Dependents,
}

/// The selected stacks in assembly (dependency) order; `Err((name, known))` for an unknown
/// name.
pub fn select<'a>(
    assembly: &'a Assembly,
    names: &[String],
    extend: Extend,
) -> Result<Vec<&'a StackArtifact>, (String, Vec<String>)> {
    if names.is_empty() {
        return Ok(assembly.stacks.iter().collect());
    }
    let known: Vec<String> = assembly.stacks.iter().map(|s| s.name.clone()).collect();
    let mut chosen: BTreeSet<String> = BTreeSet::new();
    for n in names {
        if !known.contains(n) {
            return Err((n.clone(), known));
        }
        chosen.insert(n.clone());
    }
    loop {
        let before = chosen.len();
        for s in &assembly.stacks {
            match extend {
                Extend::Exactly => {}
                Extend::Dependencies => {
                    if chosen.contains(&s.name) {
                        chosen.extend(s.dependencies.iter().cloned());
                    }
                }
                Extend::Dependents => {
                    if s.dependencies.iter().any(|d| chosen.contains(d)) {
                        chosen.insert(s.name.clone());
                    }
                }
            }
        }
        if chosen.len() == before {
            break;
        }
    }
    Ok(assembly
        .stacks
        .iter()
        .filter(|s| chosen.contains(&s.name))
        .collect())
}

/// Deploys the selected stacks. `interrupt` resolving (Ctrl-C) stops waiting and returns
/// [`DeployError::Interrupted`] naming what still runs on the CloudFormation side.
pub async fn deploy(
    assembly: &Assembly,
    options: &DeployOptions,
    session: &Session,
    interrupt: impl Future<Output = ()>,
) -> Result<DeployReport, DeployError> {
    let extend = if options.exclusively {
        Extend::Exactly
    } else {
        Extend::Dependencies
    };
    let selected = select(assembly, &options.stacks, extend)
        .map_err(|(name, known)| DeployError::UnknownStack { name, known })?;
    for p in &options.parameters {
        if assembly.stack(&p.stack).is_none() {
            return Err(DeployError::BadArgument(format!(
                "--parameters names stack '{}', which is not in the app",
                p.stack
            )));
        }
    }
    let names: BTreeSet<&str> = selected.iter().map(|s| s.name.as_str()).collect();

    // Plan: one node per stack, plus a second pass for producers whose dropped exports are
    // still imported by stacks deployed now (the deadly embrace).
    let mut jobs: BTreeMap<String, StackJob> = BTreeMap::new();
    let mut nodes = Vec::new();
    for s in &selected {
        let mut tags = options.tags.clone();
        tags.push((STACK_TAG.to_owned(), s.name.clone()));
        let job = StackJob {
            name: s.name.clone(),
            region: s.region.as_str().to_owned(),
            template: s.template.clone(),
            body: s.minified(),
            termination_protection: s.termination_protection,
            parameters: options
                .parameters
                .iter()
                .filter(|p| p.stack == s.name)
                .map(|p| (p.key.clone(), p.value.clone()))
                .collect(),
            tags,
            note: None,
        };
        let client = session.clients.cloudformation(&job.region).await;
        let deployed = stacks::describe(&client, &s.name)
            .await
            .map_err(|e| DeployError::aws(&s.name, e))?;
        let held = match &deployed {
            Some(d) => exports::held_exports(&client, d, &s.template)
                .await
                .map_err(|e| DeployError::aws(&s.name, e))?,
            None => Vec::new(),
        };
        let mut deps = s.dependencies.clone();
        if held.is_empty() {
            jobs.insert(s.name.clone(), job);
            nodes.push(plan::Node {
                key: s.name.clone(),
                deps,
            });
            continue;
        }
        let mut first = job.clone();
        first.template = exports::keep_exports(&s.template, &held);
        first.body = first.template.to_string();
        let mut importers: BTreeSet<String> = BTreeSet::new();
        let mut outside: Vec<String> = Vec::new();
        for h in &held {
            for i in &h.importers {
                if names.contains(i.as_str()) && *i != s.name {
                    importers.insert(i.clone());
                } else {
                    outside.push(format!("{} (imported by {i})", h.name));
                }
            }
        }
        first.note = Some(format!(
            "keeping {} export(s) still imported: {}",
            held.len(),
            held.iter()
                .map(|h| format!("{} by {}", h.name, h.importers.join(", ")))
                .collect::<Vec<_>>()
                .join("; ")
        ));
        deps.retain(|d| !importers.contains(d));
        jobs.insert(s.name.clone(), first);
        nodes.push(plan::Node {
            key: s.name.clone(),
            deps,
        });
        if outside.is_empty() {
            let key = format!("{}#drop-exports", s.name);
            let mut second = job;
            second.note = Some("second pass: dropping the exports no longer imported".to_owned());
            jobs.insert(key.clone(), second);
            let mut deps: Vec<String> = importers.into_iter().collect();
            deps.push(s.name.clone());
            nodes.push(plan::Node { key, deps });
        } else {
            session.ui.line(format!(
                "{}: warning: exports kept because stacks not deployed now still import them: {}; \
                 deploy those stacks, then deploy {} again to drop them",
                s.name,
                outside.join(", "),
                s.name
            ));
        }
    }
    // Consumers in the plan wait for the producer's first pass when they depend on it.
    let jobs = Arc::new(jobs);
    let start = Instant::now();
    let session_for_work = session.clone();
    let jobs_for_work = jobs.clone();
    let work = move |key: String| {
        let session = session_for_work.clone();
        let jobs = jobs_for_work.clone();
        async move {
            let Some(job) = jobs.get(&key) else {
                return Err(DeployError::BadArgument(format!("no job for {key}")));
            };
            let t0 = Instant::now();
            let outcome = stack_deploy::deploy_stack(&session, job).await?;
            let duration = t0.elapsed();
            let word = match outcome {
                Outcome::Created => "created",
                Outcome::Updated => "updated",
                Outcome::Unchanged => "unchanged",
            };
            session.ui.line(format!(
                "{}: {word} ({:.1} s)",
                job.name,
                duration.as_secs_f64()
            ));
            Ok(StackResult {
                stack: job.name.clone(),
                outcome,
                duration,
            })
        }
    };
    let panicked = |key: String| DeployError::BadArgument(format!("{key}: deploy task panicked"));
    let result = tokio::select! {
        r = plan::run(nodes, options.concurrency, work, panicked) => r,
        () = interrupt => {
            return Err(DeployError::Interrupted { running: session.tracker.snapshot() });
        }
    };
    let mut report = DeployReport::default();
    let mut errors = Vec::new();
    for (_, r) in result.finished {
        match r {
            Ok(s) => report.stacks.push(s),
            Err(e) => errors.push(e),
        }
    }
    if !result.skipped.is_empty() {
        session.ui.line(format!(
            "not deployed because of the failure: {}",
            result.skipped.join(", ")
        ));
    }
    match errors.len() {
        0 => {
            session.ui.line(format!(
                "Deployed {} stack(s) in {:.1} s",
                report.stacks.len(),
                start.elapsed().as_secs_f64()
            ));
            Ok(report)
        }
        1 => Err(errors.remove(0)),
        _ => Err(DeployError::Several(errors)),
    }
}

/// One stack's diff.
#[derive(Debug, Clone)]
pub struct StackDiff {
    /// Stack name.
    pub stack: String,
    /// Whether the stack is deployed.
    pub deployed: bool,
    /// The differences.
    pub diff: diff::TemplateDiff,
}

/// Compares the selected stacks (exactly those named; all when none) with their deployed
/// templates and prints each diff.
pub async fn diff(
    assembly: &Assembly,
    stacks_named: &[String],
    session: &Session,
) -> Result<Vec<StackDiff>, DiffError> {
    let selected = select(assembly, stacks_named, Extend::Exactly)
        .map_err(|(name, known)| DiffError::UnknownStack { name, known })?;
    let mut out = Vec::new();
    for s in selected {
        let client = session.clients.cloudformation(s.region.as_str()).await;
        let deployed = match stacks::template(&client, &s.name).await {
            Ok(t) => t,
            Err(stacks::TemplateError::Aws(source)) => {
                return Err(DiffError::Aws {
                    stack: s.name.clone(),
                    source,
                })
            }
            Err(stacks::TemplateError::Parse(message)) => {
                return Err(DiffError::BadDeployedTemplate {
                    stack: s.name.clone(),
                    message,
                })
            }
        };
        let is_deployed = deployed.is_some();
        let old = deployed.unwrap_or_else(|| serde_json::json!({}));
        let d = diff::diff_templates(&old, &s.template);
        session
            .ui
            .line(diff::render(&s.name, &d, is_deployed, session.ui.colour()));
        out.push(StackDiff {
            stack: s.name.clone(),
            deployed: is_deployed,
            diff: d,
        });
    }
    let changed = out.iter().filter(|d| !d.diff.is_empty()).count();
    session.ui.line(format!(
        "{changed} of {} stack(s) differ from what is deployed",
        out.len()
    ));
    Ok(out)
}
#[cfg(test)]
mod tests;
