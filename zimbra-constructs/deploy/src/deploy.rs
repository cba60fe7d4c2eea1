//! `deploy`: every selected stack through its change set, in dependency order and
//! concurrently where the order allows, in three phases: plan the jobs (with a second pass for
//! a producer whose dropped exports are still imported, [`crate::exports`]), run them
//! ([`crate::plan`], one [`StackJob`] each), and report.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aws_sdk_cloudformation::Client;
use zimbra_constructs_core::{Assembly, StackArtifact};

use crate::change_set;
use crate::error::DeployError;
use crate::exports::{self, HeldExport};
use crate::lock::DeployLock;
use crate::plan::{self, PlanResult};
use crate::preflight;
use crate::select::{select, Extend};
use crate::session::Session;
use crate::stack_job::{deploy_stack, Outcome, StackJob};
use crate::{deployed, STACK_TAG};

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
    /// Take the deploy lock even when another process holds it (after checking it is gone).
    pub break_lock: bool,
    /// Do not check quotas and account settings first ([`crate::preflight`]).
    pub skip_preflight: bool,
}

impl Default for DeployOptions {
    fn default() -> Self {
        DeployOptions {
            stacks: Vec::new(),
            exclusively: false,
            concurrency: 4,
            tags: Vec::new(),
            parameters: Vec::new(),
            break_lock: false,
            skip_preflight: false,
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

/// The jobs by key (a stack's name, or `{name}#drop-exports` for its second pass) and the
/// graph the scheduler runs them in.
#[derive(Default)]
struct Jobs {
    jobs: BTreeMap<String, StackJob>,
    nodes: Vec<plan::Node>,
}

/// Deploys the selected stacks, holding the app's deploy lock ([`crate::lock`]) when the
/// session asks for it. `interrupt` resolving (Ctrl-C) stops waiting, deletes the change sets
/// not executed yet and returns [`DeployError::Interrupted`] naming what still runs on the
/// CloudFormation side.
pub async fn deploy(
    assembly: &Assembly,
    options: &DeployOptions,
    session: &Session,
    interrupt: impl Future<Output = ()>,
) -> Result<DeployReport, DeployError> {
    let selected = selected_stacks(assembly, options)?;
    if !options.skip_preflight {
        // The whole app against the account's limits: the stacks deployed already use them too.
        let found = preflight::preflight(session, assembly, &[]).await;
        for w in &found.warnings {
            session.ui.line(format!("preflight: {w}"));
        }
        if !found.problems.is_empty() {
            return Err(DeployError::Preflight(found.problems));
        }
    }
    let lock = if session.lock {
        Some(DeployLock::acquire(session, assembly, "deploy", options.break_lock).await?)
    } else {
        None
    };
    let result = deploy_selected(&selected, options, session, interrupt).await;
    if let Some(lock) = lock {
        lock.release(session).await;
    }
    result
}

async fn deploy_selected(
    selected: &[&StackArtifact],
    options: &DeployOptions,
    session: &Session,
    interrupt: impl Future<Output = ()>,
) -> Result<DeployReport, DeployError> {
    let start = Instant::now();
    let result = tokio::select! {
        r = async {
            let plan = plan_jobs(selected, options, session).await?;
            Ok::<_, DeployError>(run_jobs(plan, options.concurrency, session).await)
        } => r?,
        () = interrupt => {
            let change_sets = drop_pending_change_sets(session).await;
            return Err(DeployError::Interrupted { running: session.tracker.snapshot(), change_sets });
        }
    };
    report(result, session, start)
}

/// After Ctrl-C: deletes each change set created but not executed (nothing of it was
/// applied), each within a few seconds; what it did, one line per change set.
async fn drop_pending_change_sets(session: &Session) -> Vec<String> {
    let mut out = Vec::new();
    for (stack, region, id) in session.tracker.pending_snapshot() {
        let client = session.clients.cloudformation(&region).await;
        // Ctrl-C may land after ExecuteChangeSet was sent and before its answer came back.
        let executed = client
            .describe_change_set()
            .stack_name(&stack)
            .change_set_name(&id)
            .send()
            .await
            .ok()
            .and_then(|o| o.execution_status().map(|s| s.as_str().to_owned()))
            .is_some_and(|s| s.starts_with("EXECUTE_"));
        if executed {
            out.push(format!("{stack}: its change set was executed just before Ctrl-C; the stack operation goes on in CloudFormation, and the next deploy waits for it"));
            session.tracker.not_pending(&stack);
            continue;
        }
        let deleted = tokio::time::timeout(
            Duration::from_secs(10),
            change_set::delete(&client, &stack, &id),
        )
        .await;
        out.push(match deleted {
            Ok(Ok(())) => format!("{stack}: its change set was not executed; deleted it (nothing applied)"),
            Ok(Err(e)) => format!("{stack}: its change set was not executed and could not be deleted ({e}); the next deploy deletes it"),
            Err(_) => format!("{stack}: its change set was not executed; deleting it timed out; the next deploy deletes it"),
        });
        session.tracker.not_pending(&stack);
    }
    out
}

/// The stacks to deploy (with their dependencies unless `exclusively`), after checking that
/// every `--parameters` names a stack of the app.
fn selected_stacks<'a>(
    assembly: &'a Assembly,
    options: &DeployOptions,
) -> Result<Vec<&'a StackArtifact>, DeployError> {
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
    Ok(selected)
}

/// The job of one stack as synthesized: its template, parameters and tags.
fn stack_job(s: &StackArtifact, options: &DeployOptions) -> StackJob {
    let mut tags = options.tags.clone();
    tags.push((STACK_TAG.to_owned(), s.name.clone()));
    StackJob {
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
    }
}

/// One job per stack, plus a second pass for producers whose dropped exports are still
/// imported by stacks deployed now (the deadly embrace).
async fn plan_jobs(
    selected: &[&StackArtifact],
    options: &DeployOptions,
    session: &Session,
) -> Result<Jobs, DeployError> {
    let names: BTreeSet<&str> = selected.iter().map(|s| s.name.as_str()).collect();
    let mut plan = Jobs::default();
    for s in selected {
        let job = stack_job(s, options);
        let client = session.clients.cloudformation(&job.region).await;
        let held = held_exports(&client, s).await?;
        if held.is_empty() {
            plan.nodes.push(plan::Node {
                key: s.name.clone(),
                deps: s.dependencies.clone(),
            });
            plan.jobs.insert(s.name.clone(), job);
        } else {
            plan_two_passes(&mut plan, s, job, &held, &names, session);
        }
    }
    Ok(plan)
}

/// The exports the deployed stack has, the new template drops and some stack still imports.
async fn held_exports(client: &Client, s: &StackArtifact) -> Result<Vec<HeldExport>, DeployError> {
    let deployed = deployed::describe(client, &s.name)
        .await
        .map_err(|e| DeployError::aws(&s.name, e))?;
    match &deployed {
        Some(d) => exports::held_exports(client, d, &s.template)
            .await
            .map_err(|e| DeployError::aws(&s.name, e)),
        None => Ok(Vec::new()),
    }
}

/// A producer deployed twice: first keeping the held exports, then (after the importers of
/// this deploy) without them. Importers outside the deploy keep the exports alive: no second
/// pass, a warning instead.
fn plan_two_passes(
    plan: &mut Jobs,
    s: &StackArtifact,
    job: StackJob,
    held: &[HeldExport],
    names: &BTreeSet<&str>,
    session: &Session,
) {
    let mut first = job.clone();
    first.template = exports::keep_exports(&s.template, held);
    first.body = first.template.to_string();
    let mut importers: BTreeSet<String> = BTreeSet::new();
    let mut outside: Vec<String> = Vec::new();
    for h in held {
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
    // Consumers in the plan wait for the producer's first pass when they depend on it.
    let mut deps = s.dependencies.clone();
    deps.retain(|d| !importers.contains(d));
    plan.jobs.insert(s.name.clone(), first);
    plan.nodes.push(plan::Node {
        key: s.name.clone(),
        deps,
    });
    if outside.is_empty() {
        let key = format!("{}#drop-exports", s.name);
        let mut second = job;
        second.note = Some("second pass: dropping the exports no longer imported".to_owned());
        plan.jobs.insert(key.clone(), second);
        let mut deps: Vec<String> = importers.into_iter().collect();
        deps.push(s.name.clone());
        plan.nodes.push(plan::Node { key, deps });
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

/// Runs the plan, at most `concurrency` stacks at once, each after what it depends on.
async fn run_jobs(
    plan: Jobs,
    concurrency: usize,
    session: &Session,
) -> PlanResult<StackResult, DeployError> {
    let jobs = Arc::new(plan.jobs);
    let session = session.clone();
    let work = move |key: String| {
        let session = session.clone();
        let jobs = jobs.clone();
        async move {
            let Some(job) = jobs.get(&key) else {
                return Err(DeployError::BadArgument(format!("no job for {key}")));
            };
            let t0 = Instant::now();
            let outcome = deploy_stack(&session, job).await?;
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
    plan::run(plan.nodes, concurrency, work, panicked).await
}

/// What the run did: the stacks in completion order, or the failure(s).
fn report(
    result: PlanResult<StackResult, DeployError>,
    session: &Session,
    start: Instant,
) -> Result<DeployReport, DeployError> {
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
