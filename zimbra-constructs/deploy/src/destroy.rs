//! `destroy`: deletes stacks in reverse dependency order after confirmation, and lists the
//! resources CloudFormation keeps (DeletionPolicy Retain or Snapshot), which still exist and
//! still cost money after the stacks are gone, and, before asking, the data-holding resources
//! (the core's [`stateful`](zimbra_constructs_core::stateful) table) whose data goes with
//! them. In phases: find what is deployed, announce and confirm, lift termination protection,
//! delete, report.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::future::Future;
use std::sync::Arc;

use aws_sdk_cloudformation::Client;
use serde_json::Value as Json;
use zimbra_constructs_core::stateful::is_stateful;
use zimbra_constructs_core::{Assembly, StackArtifact};

use super::change_set::{self, ChangeSetOutcome, ChangeSetRequest, TemplateSource};
use super::deployed::{self, TemplateError};
use super::error::{AwsError, DeployError, DestroyError};
use super::events::{latest_event_id, Follower};
use super::lock::DeployLock;
use super::plan;
use super::protection;
use super::select::{select, Extend};
use super::session::Session;

/// What `destroy` does.
#[derive(Debug, Clone)]
pub struct DestroyOptions {
    /// Stacks to destroy (empty: all); stacks depending on them come along unless
    /// `exclusively`.
    pub stacks: Vec<String>,
    /// Destroy only the named stacks.
    pub exclusively: bool,
    /// Do not ask.
    pub force: bool,
    /// At most this many deletions at once.
    pub concurrency: usize,
    /// Turn termination protection off first instead of refusing: the stacks', and their
    /// resources' (instances' `DisableApiTermination`, load balancers' deletion protection).
    pub remove_termination_protection: bool,
    /// Take the deploy lock even when another process holds it.
    pub break_lock: bool,
}

impl Default for DestroyOptions {
    fn default() -> Self {
        DestroyOptions {
            stacks: Vec::new(),
            exclusively: false,
            force: false,
            concurrency: 4,
            remove_termination_protection: false,
            break_lock: false,
        }
    }
}

/// A resource that outlives its stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetainedResource {
    /// Stack it belonged to.
    pub stack: String,
    /// Logical id.
    pub logical_id: String,
    /// Resource type.
    pub resource_type: String,
    /// Physical id, when the stack reports one.
    pub physical_id: Option<String>,
    /// `Retain`, `RetainExceptOnCreate` or `Snapshot`.
    pub policy: String,
}

/// A resource that holds data and that deleting its stack deletes with it: its type is in
/// the [stateful table](zimbra_constructs_core::stateful) and no `DeletionPolicy` keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedData {
    /// Stack it belongs to.
    pub stack: String,
    /// Logical id.
    pub logical_id: String,
    /// Resource type.
    pub resource_type: String,
}

/// What `destroy` did.
#[derive(Debug, Clone, Default)]
pub struct DestroyReport {
    /// Deleted stacks, in completion order.
    pub deleted: Vec<String>,
    /// Selected stacks that were not deployed.
    pub not_deployed: Vec<String>,
    /// Resources left behind.
    pub retained: Vec<RetainedResource>,
    /// Data-holding resources of the selected stacks that were to be deleted with them.
    pub deleted_data: Vec<DeletedData>,
}

fn keeps(policy: Option<&str>) -> bool {
    matches!(policy, Some("Retain" | "RetainExceptOnCreate" | "Snapshot"))
}

fn resource_type(r: &Json) -> String {
    r.get("Type")
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The resources of a template, by logical id.
fn resources(template: &Json) -> impl Iterator<Item = (&String, &Json)> {
    template
        .get("Resources")
        .and_then(Json::as_object)
        .into_iter()
        .flatten()
}

/// Data-holding resources of a template that a stack deletion deletes, data and all.
#[must_use]
pub fn deleted_data_in(stack: &str, template: &Json) -> Vec<DeletedData> {
    resources(template)
        .filter(|(_, r)| {
            is_stateful(&resource_type(r)) && !keeps(r.get("DeletionPolicy").and_then(Json::as_str))
        })
        .map(|(id, r)| DeletedData {
            stack: stack.to_owned(),
            logical_id: id.clone(),
            resource_type: resource_type(r),
        })
        .collect()
}

/// Resources of a template that a stack deletion leaves behind.
#[must_use]
pub fn retained_in(stack: &str, template: &Json) -> Vec<RetainedResource> {
    resources(template)
        .filter_map(|(id, r)| {
            let policy = r.get("DeletionPolicy")?.as_str()?;
            keeps(Some(policy)).then(|| RetainedResource {
                stack: stack.to_owned(),
                logical_id: id.clone(),
                resource_type: resource_type(r),
                physical_id: None,
                policy: policy.to_owned(),
            })
        })
        .collect()
}

struct Target {
    name: String,
    region: String,
    id: String,
    protected: bool,
    /// The deployed template (for lifting resource protection).
    template: Json,
    /// Parameter keys the stack was deployed with.
    parameter_keys: Vec<String>,
}

/// Destroys the selected stacks (with the stacks that depend on them, unless `exclusively`).
/// `interrupt` resolving (Ctrl-C) stops waiting and returns [`DestroyError::Interrupted`].
pub async fn destroy(
    assembly: &Assembly,
    options: &DestroyOptions,
    session: &Session,
    interrupt: impl Future<Output = ()>,
) -> Result<DestroyReport, DestroyError> {
    let extend = if options.exclusively {
        Extend::Exactly
    } else {
        Extend::Dependents
    };
    let selected = select(assembly, &options.stacks, extend)
        .map_err(|(name, known)| DestroyError::UnknownStack { name, known })?;
    let lock = if session.lock {
        let taken = DeployLock::acquire(session, assembly, "destroy", options.break_lock).await;
        Some(taken.map_err(|e| match e {
            DeployError::Aws { stack, source } => DestroyError::Aws { stack, source },
            other => DestroyError::Locked(Box::new(other)),
        })?)
    } else {
        None
    };
    let result = destroy_selected(&selected, options, session, interrupt).await;
    if let Some(lock) = lock {
        lock.release(session).await;
    }
    result
}

async fn destroy_selected(
    selected: &[&StackArtifact],
    options: &DestroyOptions,
    session: &Session,
    interrupt: impl Future<Output = ()>,
) -> Result<DestroyReport, DestroyError> {
    let selected = selected.to_vec();
    let (mut report, targets) = find_targets(&selected, session).await?;
    for n in &report.not_deployed {
        session
            .ui
            .line(format!("{n}: not deployed, nothing to destroy"));
    }
    if targets.is_empty() {
        return Ok(report);
    }
    confirm(&report, &targets, options, session).await?;
    lift_protection(&targets, session).await?;
    let nodes = deletion_order(&selected, &targets);
    let targets: Arc<Vec<Target>> = Arc::new(targets);
    let session_w = session.clone();
    let work = move |key: String| {
        let session = session_w.clone();
        let targets = targets.clone();
        async move {
            let Some(t) = targets.iter().find(|t| t.name == key) else {
                return Err(DestroyError::NotConfirmed(format!("no stack {key}")));
            };
            delete_one(&session, t).await.map(|()| key)
        }
    };
    let panicked = |key: String| DestroyError::NotConfirmed(format!("{key}: task panicked"));
    let result = tokio::select! {
        r = plan::run(nodes, options.concurrency, work, panicked) => r,
        () = interrupt => {
            return Err(DestroyError::Interrupted { running: session.tracker.snapshot() });
        }
    };
    let mut errors = record(&mut report, result, session);
    match errors.len() {
        0 => Ok(report),
        1 => Err(errors.remove(0)),
        _ => Err(DestroyError::Several(errors)),
    }
}

fn aws(stack: &str, source: AwsError) -> DestroyError {
    DestroyError::Aws {
        stack: stack.to_owned(),
        source,
    }
}

/// The deployed stacks among `selected` (the others go to `not_deployed`), with the
/// resources their deletion keeps and the data it deletes.
async fn find_targets(
    selected: &[&StackArtifact],
    session: &Session,
) -> Result<(DestroyReport, Vec<Target>), DestroyError> {
    let mut report = DestroyReport::default();
    let mut targets = Vec::new();
    for s in selected {
        let client = session.clients.cloudformation(s.region.as_str()).await;
        let Some(state) = deployed::describe(&client, &s.name)
            .await
            .map_err(|e| aws(&s.name, e))?
        else {
            report.not_deployed.push(s.name.clone());
            continue;
        };
        let template = match deployed::template(&client, &s.name).await {
            Ok(t) => t.unwrap_or_default(),
            Err(TemplateError::Aws(e)) => return Err(aws(&s.name, e)),
            Err(TemplateError::Parse(_)) => s.template.clone(),
        };
        let mut retained = retained_in(&s.name, &template);
        if !retained.is_empty() {
            add_physical_ids(&client, &s.name, &mut retained).await;
        }
        report.retained.extend(retained);
        report
            .deleted_data
            .extend(deleted_data_in(&s.name, &template));
        targets.push(Target {
            name: s.name.clone(),
            region: s.region.as_str().to_owned(),
            id: state.id.clone(),
            protected: state.termination_protection,
            template,
            parameter_keys: state.parameter_keys.clone(),
        });
    }
    Ok((report, targets))
}

/// The physical ids of retained resources, as far as the stack reports them.
async fn add_physical_ids(client: &Client, stack: &str, retained: &mut [RetainedResource]) {
    let Ok(out) = client
        .describe_stack_resources()
        .stack_name(stack)
        .send()
        .await
    else {
        return;
    };
    for r in retained {
        r.physical_id = out
            .stack_resources()
            .iter()
            .find(|x| x.logical_resource_id() == Some(r.logical_id.as_str()))
            .and_then(|x| x.physical_resource_id())
            .map(str::to_owned);
    }
}

/// Prints what will happen (order, what is kept, what data goes) and asks, unless `--force`;
/// refuses protected stacks unless told to lift the protection.
async fn confirm(
    report: &DestroyReport,
    targets: &[Target],
    options: &DestroyOptions,
    session: &Session,
) -> Result<(), DestroyError> {
    let order: Vec<&str> = targets.iter().rev().map(|t| t.name.as_str()).collect();
    session.ui.line(format!(
        "Stacks to destroy, in this order: {}",
        order.join(", ")
    ));
    if !report.retained.is_empty() {
        session
            .ui
            .line(retained_text(&report.retained, "will be kept"));
    }
    if !report.deleted_data.is_empty() {
        session.ui.line(deleted_data_text(&report.deleted_data));
    }
    if let Some(t) = targets.iter().find(|t| t.protected) {
        if !options.remove_termination_protection {
            return Err(DestroyError::TerminationProtected {
                stack: t.name.clone(),
            });
        }
    }
    for t in targets {
        let resources = protection::protected(&t.template);
        if !resources.is_empty() && !options.remove_termination_protection {
            return Err(DestroyError::ResourcesProtected {
                stack: t.name.clone(),
                resources: resources
                    .into_iter()
                    .map(|(id, ty, what)| format!("{id} ({ty}): {what}"))
                    .collect(),
            });
        }
    }
    if options.force {
        return Ok(());
    }
    let mut reason = format!("destroy deletes {}", order.join(", "));
    if !report.deleted_data.is_empty() {
        let _ = write!(
            reason,
            ", and the data of {} resource(s) with them",
            report.deleted_data.len()
        );
    }
    session
        .approver
        .confirm(&format!("Destroy {} stack(s)?", targets.len()), &reason)
        .await
        .map_err(DestroyError::NotConfirmed)
}

/// Turns termination protection off on the protected targets (`--remove-termination-protection`).
async fn lift_protection(targets: &[Target], session: &Session) -> Result<(), DestroyError> {
    for t in targets.iter().filter(|t| t.protected) {
        let client = session.clients.cloudformation(&t.region).await;
        client
            .update_termination_protection()
            .stack_name(&t.id)
            .enable_termination_protection(false)
            .send()
            .await
            .map_err(|e| aws(&t.name, AwsError::new("UpdateTerminationProtection", &e)))?;
    }
    Ok(())
}

/// A stack is deleted after every selected stack that depends on it.
fn deletion_order(selected: &[&StackArtifact], targets: &[Target]) -> Vec<plan::Node> {
    let names: BTreeSet<&str> = targets.iter().map(|t| t.name.as_str()).collect();
    targets
        .iter()
        .map(|t| plan::Node {
            key: t.name.clone(),
            deps: selected
                .iter()
                .filter(|s| s.dependencies.contains(&t.name) && names.contains(s.name.as_str()))
                .map(|s| s.name.clone())
                .collect(),
        })
        .collect()
}

/// Records the deleted stacks in the report, prints what is left behind and returns the
/// failures.
fn record(
    report: &mut DestroyReport,
    result: plan::PlanResult<String, DestroyError>,
    session: &Session,
) -> Vec<DestroyError> {
    let mut errors = Vec::new();
    for (_, r) in result.finished {
        match r {
            Ok(name) => {
                session.ui.line(format!("{name}: destroyed"));
                report.deleted.push(name);
            }
            Err(e) => errors.push(e),
        }
    }
    if !result.skipped.is_empty() {
        session.ui.line(format!(
            "not destroyed because of the failure: {}",
            result.skipped.join(", ")
        ));
    }
    let kept: Vec<RetainedResource> = report
        .retained
        .iter()
        .filter(|r| report.deleted.contains(&r.stack))
        .cloned()
        .collect();
    if !kept.is_empty() {
        session.ui.line(retained_text(
            &kept,
            "still exist (and may cost money); delete them by hand when no longer needed",
        ));
    }
    errors
}

fn deleted_data_text(deleted: &[DeletedData]) -> String {
    let mut s =
        "Resources that hold data and are deleted with their stack (no DeletionPolicy keeps them):"
            .to_owned();
    for d in deleted {
        let _ = write!(s, "\n  {} {} {}", d.stack, d.resource_type, d.logical_id);
    }
    s
}

fn retained_text(retained: &[RetainedResource], what: &str) -> String {
    let mut s = format!("Retained resources that {what}:");
    for r in retained {
        s.push_str(&format!(
            "\n  {} {} {} ({}{})",
            r.stack,
            r.resource_type,
            r.logical_id,
            r.policy,
            r.physical_id
                .as_deref()
                .map(|p| format!(", {p}"))
                .unwrap_or_default()
        ));
    }
    s
}

async fn delete_one(session: &Session, t: &Target) -> Result<(), DestroyError> {
    let client = session.clients.cloudformation(&t.region).await;
    let aws = |source: AwsError| DestroyError::Aws {
        stack: t.name.clone(),
        source,
    };
    lift_resource_protection(session, &client, t).await?;
    let marker = latest_event_id(&client, &t.id).await.map_err(aws)?;
    client
        .delete_stack()
        .stack_name(&t.id)
        .send()
        .await
        .map_err(|e| aws(AwsError::new("DeleteStack", &e)))?;
    session.tracker.running(&t.name, "DELETE_IN_PROGRESS");
    let settled = Follower {
        client: &client,
        name: &t.name,
        query: t.id.clone(),
        marker,
        ui: &session.ui,
        poll: session.poll,
        tracker: &session.tracker,
    }
    .wait()
    .await
    .map_err(aws)?;
    if settled.status.is_deleted() {
        Ok(())
    } else {
        Err(DestroyError::DeleteFailed {
            stack: t.name.clone(),
            status: settled.status.as_str().to_owned(),
            reason: settled.reason,
            failures: settled.failures,
        })
    }
}

/// Updates the stack with its own template, protections off ([`protection`]), when some of
/// its resources are protected: only if the change set modifies exactly those resources in
/// place; otherwise refuses, naming the other changes and the manual steps.
async fn lift_resource_protection(
    session: &Session,
    client: &Client,
    t: &Target,
) -> Result<(), DestroyError> {
    let protected = protection::protected(&t.template);
    if protected.is_empty() {
        return Ok(());
    }
    let aws = |source: AwsError| DestroyError::Aws {
        stack: t.name.clone(),
        source,
    };
    session.ui.line(format!(
        "{}: turning off the protection of {} before deleting",
        t.name,
        protected
            .iter()
            .map(|(id, _, what)| format!("{id} ({what})"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let body = protection::unprotected(&t.template).to_string();
    let req = ChangeSetRequest {
        stack: t.name.clone(),
        name: format!(
            "{}unprotect-{}",
            change_set::NAME_PREFIX,
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis())
        ),
        create: false,
        template: TemplateSource::Body(body),
        parameters: t.parameter_keys.iter().map(|k| (k.clone(), None)).collect(),
        tags: Vec::new(),
        description: "zimbra-constructs destroy: protection off before deleting".to_owned(),
    };
    let (id, changes) = match change_set::create_and_wait(client, &req, session.poll)
        .await
        .map_err(aws)?
    {
        ChangeSetOutcome::Ready { id, changes } => (id, changes),
        ChangeSetOutcome::Empty => return Ok(()),
        ChangeSetOutcome::Failed { reason } => {
            return Err(DestroyError::UnprotectRefused {
                stack: t.name.clone(),
                why: format!("CloudFormation refused the change set: {reason}"),
            })
        }
    };
    let odd = protection::unexpected(&changes, &protected);
    if !odd.is_empty() {
        let _ = change_set::delete(client, &t.name, &id).await;
        return Err(DestroyError::UnprotectRefused {
            stack: t.name.clone(),
            why: format!(
                "turning the protection off would also change {}",
                odd.iter()
                    .map(|c| format!(
                        "{} {} ({})",
                        c.action,
                        c.logical_id,
                        c.replacement.as_deref().unwrap_or("no replacement")
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    let marker = latest_event_id(client, &t.id).await.map_err(aws)?;
    change_set::execute(client, &t.name, &id)
        .await
        .map_err(aws)?;
    session.tracker.running(&t.name, "UPDATE_IN_PROGRESS");
    let settled = Follower {
        client,
        name: &t.name,
        query: t.id.clone(),
        marker,
        ui: &session.ui,
        poll: session.poll,
        tracker: &session.tracker,
    }
    .wait()
    .await
    .map_err(aws)?;
    if settled.status.is_success() {
        Ok(())
    } else {
        Err(DestroyError::UnprotectRefused {
            stack: t.name.clone(),
            why: format!(
                "the update that turns the protection off ended {}{}",
                settled.status,
                settled
                    .reason
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default()
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn retained_resources() {
        let t = json!({"Resources": {
            "Data": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain"},
            "Vol": {"Type": "AWS::EC2::Volume", "DeletionPolicy": "Snapshot"},
            "Gone": {"Type": "AWS::EC2::VPC", "DeletionPolicy": "Delete"},
            "Plain": {"Type": "AWS::EC2::Subnet"}
        }});
        let r = retained_in("S", &t);
        let ids: Vec<(&str, &str)> = r
            .iter()
            .map(|r| (r.logical_id.as_str(), r.policy.as_str()))
            .collect();
        assert_eq!(ids, vec![("Data", "Retain"), ("Vol", "Snapshot")]);
        assert!(retained_text(&r, "x").contains("S AWS::S3::Bucket Data (Retain)"));
    }

    #[test]
    fn data_deleted_with_the_stack_is_every_stateful_resource_no_policy_keeps() {
        let t = json!({"Resources": {
            "Kept": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain"},
            "Gone": {"Type": "AWS::S3::Bucket"},
            "Key": {"Type": "AWS::KMS::Key", "DeletionPolicy": "Delete"},
            "Vpc": {"Type": "AWS::EC2::VPC"}
        }});
        let ids: Vec<String> = deleted_data_in("S", &t)
            .into_iter()
            .map(|d| d.logical_id)
            .collect();
        assert_eq!(ids, ["Gone", "Key"]);
    }
}
