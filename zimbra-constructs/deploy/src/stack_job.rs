//! Deploying one stack (a [`StackJob`]), in phases: wait out a running operation, clear a
//! failed first create (with approval), make a change set, show it, ask when needed, execute,
//! follow the events.

use std::time::{SystemTime, UNIX_EPOCH};

use aws_sdk_cloudformation::Client;
use md5::{Digest, Md5};
use serde_json::Value as Json;

use super::approval;
use super::change_set::{self, ChangeSetOutcome, ChangeSetRequest, ResourceChange, TemplateSource};
use super::deployed::{self, DeployedStack, TemplateError};
use super::error::{AwsError, DeployError};
use super::events::{latest_event_id, Follower, Settled};
use super::replace;
use super::session::Session;
use super::template_diff::diff_templates;
use super::ui::Colour;
use zimbra_constructs_diff::TemplateDiff;

/// CloudFormation's limit for an inline `TemplateBody`.
pub const MAX_INLINE_TEMPLATE: usize = 51_200;

/// What happened to a stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Created.
    Created,
    /// Updated.
    Updated,
    /// No changes.
    Unchanged,
}

/// One stack's deployment job.
#[derive(Debug, Clone)]
pub struct StackJob {
    /// Stack name.
    pub name: String,
    /// Region.
    pub region: String,
    /// The template to deploy.
    pub template: Json,
    /// Its minified body.
    pub body: String,
    /// Turn termination protection on.
    pub termination_protection: bool,
    /// Parameter overrides.
    pub parameters: Vec<(String, String)>,
    /// Stack tags.
    pub tags: Vec<(String, String)>,
    /// A note printed before the change set (deadly-embrace phases).
    pub note: Option<String>,
}

/// Deploys one stack: waits out an operation still running, clears a failed first create,
/// then change set, approval and execution.
pub async fn deploy_stack(session: &Session, job: &StackJob) -> Result<Outcome, DeployError> {
    let name = job.name.as_str();
    let client = session.clients.cloudformation(&job.region).await;
    if let Some(note) = &job.note {
        session.ui.line(format!("{name}: {note}"));
    }
    let state = deployed::describe(&client, name)
        .await
        .map_err(|e| DeployError::aws(name, e))?;
    let state = match state {
        Some(s) if s.status.is_in_progress() => {
            wait_for_running(session, &client, name, &s).await?
        }
        other => other,
    };
    let region = session.clients.effective_region(&job.region);
    if let Some(s) = state.as_ref().filter(|s| s.status.is_stuck()) {
        return Err(DeployError::NeedsAttention {
            stack: name.to_owned(),
            status: s.status.to_string(),
            reason: s.reason.clone(),
            next_step: s.status.next_step(name, &region).unwrap_or_default(),
        });
    }
    if state.is_some() {
        let stale = change_set::delete_stale(&client, name)
            .await
            .map_err(|e| DeployError::aws(name, e))?;
        if !stale.is_empty() {
            session.ui.line(format!(
                "{name}: deleted change set(s) an interrupted deploy left unexecuted: {}",
                stale.join(", ")
            ));
        }
    }
    let state = match state {
        Some(s) if s.status.is_failed_create() => {
            clear_failed_create(session, &client, name, &s, &region).await?;
            None
        }
        other => other,
    };
    let create = state.as_ref().is_none_or(|s| s.status.is_review());
    let Some((id, changes)) = change_set(session, &client, job, state.as_ref(), create).await?
    else {
        set_termination_protection(&client, job, state.as_ref()).await?;
        session.ui.line(format!(
            "{name}: {}",
            session.ui.paint("no changes", Colour::Green)
        ));
        return Ok(Outcome::Unchanged);
    };
    session.tracker.pending(name, &job.region, &id);
    session.ui.line(change_set::summary(name, &changes));
    let diff = approve(session, &client, job, create, &id, &changes).await?;
    let replaced = if create {
        Vec::new()
    } else {
        replace::replaced_instances(&changes, &diff)
    };
    let id = if replaced.is_empty() {
        id
    } else {
        // Approved: the servers are removed and created again in steps (see `replace`).
        change_set::delete(&client, name, &id)
            .await
            .map_err(|e| DeployError::aws(name, e))?;
        session.tracker.not_pending(name);
        retire(session, &client, job, state.as_ref(), &replaced).await?;
        let Some((id, changes)) = change_set(session, &client, job, state.as_ref(), false).await?
        else {
            return Ok(Outcome::Updated);
        };
        session.tracker.pending(name, &job.region, &id);
        session.ui.line(change_set::summary(name, &changes));
        id
    };
    execute(session, &client, job, create, &id).await?;
    Ok(if create {
        Outcome::Created
    } else {
        Outcome::Updated
    })
}

/// Waits for an operation still running on the stack (another deploy, a rollback) and
/// returns the state it settled in.
async fn wait_for_running(
    session: &Session,
    client: &Client,
    name: &str,
    s: &DeployedStack,
) -> Result<Option<DeployedStack>, DeployError> {
    let aws = |e: AwsError| DeployError::aws(name, e);
    session.ui.line(format!(
        "{name}: an operation is running ({}); waiting for it to finish",
        s.status
    ));
    let marker = latest_event_id(client, name).await.map_err(aws)?;
    follow(session, client, name, name.to_owned(), marker)
        .await
        .map_err(aws)?;
    deployed::describe(client, name).await.map_err(aws)
}

/// A stack whose first create failed can only be deleted: asks, deletes it and waits, so the
/// deploy creates it again.
async fn clear_failed_create(
    session: &Session,
    client: &Client,
    name: &str,
    s: &DeployedStack,
    region: &str,
) -> Result<(), DeployError> {
    let reason = format!(
        "{name} is in {} after a failed first create; it can only be deleted and created again ({})",
        s.status,
        s.status.next_step(name, region).unwrap_or_default()
    );
    session
        .approver
        .confirm(&format!("Delete {name} and create it again?"), &reason)
        .await
        .map_err(|reason| DeployError::NotApproved {
            stack: name.to_owned(),
            reason,
        })?;
    session.ui.line(format!("{name}: deleting ({})", s.status));
    let aws = |e: AwsError| DeployError::aws(name, e);
    let marker = latest_event_id(client, name).await.map_err(aws)?;
    client
        .delete_stack()
        .stack_name(&s.id)
        .send()
        .await
        .map_err(|e| aws(AwsError::new("DeleteStack", &e)))?;
    let settled = follow(session, client, name, s.id.clone(), marker)
        .await
        .map_err(aws)?;
    if settled.status.is_deleted() {
        Ok(())
    } else {
        Err(failed(name, region, settled))
    }
}

/// Makes the change set and waits until it is ready: its id and changes, or `None` when it
/// changes nothing.
async fn change_set(
    session: &Session,
    client: &Client,
    job: &StackJob,
    state: Option<&DeployedStack>,
    create: bool,
) -> Result<Option<(String, Vec<ResourceChange>)>, DeployError> {
    let name = job.name.as_str();
    let template = template_source(session, name, &job.region, &job.body).await?;
    let req = ChangeSetRequest {
        stack: name.to_owned(),
        name: change_set_name(),
        create,
        template,
        parameters: parameters(job, state),
        tags: job.tags.clone(),
        description: "zimbra-constructs deploy".to_owned(),
    };
    // Pending from the moment CreateChangeSet is sent: Ctrl-C while it becomes ready deletes it.
    session.tracker.pending(name, &job.region, &req.name);
    let outcome = change_set::create_and_wait(client, &req, session.poll).await;
    if !matches!(outcome, Ok(ChangeSetOutcome::Ready { .. })) {
        session.tracker.not_pending(name);
    }
    let outcome = outcome.map_err(|e| DeployError::aws(name, e))?;
    match outcome {
        ChangeSetOutcome::Empty => Ok(None),
        ChangeSetOutcome::Failed { reason } => Err(DeployError::ChangeSetFailed {
            stack: name.to_owned(),
            change_set: req.name,
            reason,
        }),
        ChangeSetOutcome::Ready { id, changes } => Ok(Some((id, changes))),
    }
}

/// Refuses to replace or stop and start a server `--allow-replace` does not name, then asks
/// for approval when the policy wants it (judged on the template diff and the change set);
/// a refusal deletes the change set. Returns the template diff.
async fn approve(
    session: &Session,
    client: &Client,
    job: &StackJob,
    create: bool,
    id: &str,
    changes: &[ResourceChange],
) -> Result<TemplateDiff, DeployError> {
    let name = job.name.as_str();
    let deployed = if create {
        Json::Object(serde_json::Map::new())
    } else {
        match deployed::template(client, name).await {
            Ok(t) => t.unwrap_or_default(),
            Err(TemplateError::Aws(e)) => return Err(DeployError::aws(name, e)),
            // A template we cannot parse: judge by the change set alone.
            Err(TemplateError::Parse(_)) => Json::Object(serde_json::Map::new()),
        }
    };
    let diff = diff_templates(&deployed, &job.template);
    let servers = approval::disrupted_servers(&diff, changes, &job.template);
    if let Some(refusal) = approval::server_refusal(&session.allow_replace, name, &servers) {
        let _ = change_set::delete(client, name, id).await;
        session.tracker.not_pending(name);
        return Err(DeployError::NotApproved {
            stack: name.to_owned(),
            reason: refusal,
        });
    }
    for s in &servers {
        session.ui.line(format!(
            "{name}: {} {} (allowed by --allow-replace)",
            s.label(),
            s.disruption.label()
        ));
    }
    let Some(reason) = approval::approval_reason(session.require_approval, &diff, changes) else {
        return Ok(diff);
    };
    if let Err(refusal) = session
        .approver
        .confirm(&format!("Deploy {name}?"), &format!("{name}: {reason}"))
        .await
    {
        let _ = change_set::delete(client, name, id).await;
        session.tracker.not_pending(name);
        return Err(DeployError::NotApproved {
            stack: name.to_owned(),
            reason: refusal,
        });
    }
    Ok(diff)
}

/// Steps 1 and 2 of replacing `instances` (see [`replace`]): the deployed template with their
/// protection off and their connectors retained, then without them; each executed and
/// followed like any update.
async fn retire(
    session: &Session,
    client: &Client,
    job: &StackJob,
    state: Option<&DeployedStack>,
    instances: &[String],
) -> Result<(), DeployError> {
    let name = job.name.as_str();
    let deployed = match deployed::template(client, name).await {
        Ok(Some(t)) => t,
        Ok(None) => return Ok(()),
        Err(TemplateError::Aws(e)) => return Err(DeployError::aws(name, e)),
        Err(TemplateError::Parse(why)) => {
            return Err(DeployError::Replace {
                stack: name.to_owned(),
                source: replace::ReplaceError::Unreadable(why),
            })
        }
    };
    let steps =
        replace::retirement(&deployed, instances).map_err(|source| DeployError::Replace {
            stack: name.to_owned(),
            source,
        })?;
    session.ui.line(format!(
        "{name}: replacing {} in steps: each is removed and created again at the same \
         address; its data volumes and Elastic IP are kept and attached again",
        instances.join(", ")
    ));
    let previous = state.map_or_else(Vec::new, |s| {
        s.parameter_keys.iter().map(|k| (k.clone(), None)).collect()
    });
    for (step, template, what) in [
        (
            1,
            &steps.release,
            "termination protection off, attachments kept on removal",
        ),
        (
            2,
            &steps.remove,
            "servers terminated (their volumes detach as they shut down)",
        ),
    ] {
        session
            .ui
            .line(format!("{name}: replacement step {step} of 2: {what}"));
        let body = template.to_string();
        let req = ChangeSetRequest {
            stack: name.to_owned(),
            name: change_set_name(),
            create: false,
            template: template_source(session, name, &job.region, &body).await?,
            parameters: previous.clone(),
            tags: job.tags.clone(),
            description: format!("zimbra-constructs deploy: replacement step {step} of 2"),
        };
        session.tracker.pending(name, &job.region, &req.name);
        let outcome = change_set::create_and_wait(client, &req, session.poll).await;
        if !matches!(outcome, Ok(ChangeSetOutcome::Ready { .. })) {
            session.tracker.not_pending(name);
        }
        match outcome.map_err(|e| DeployError::aws(name, e))? {
            ChangeSetOutcome::Empty => {}
            ChangeSetOutcome::Failed { reason } => {
                return Err(DeployError::ChangeSetFailed {
                    stack: name.to_owned(),
                    change_set: req.name,
                    reason,
                })
            }
            ChangeSetOutcome::Ready { id, .. } => execute(session, client, job, false, &id).await?,
        }
    }
    Ok(())
}

/// Executes the change set, follows the stack's events until it settles and turns
/// termination protection on or off as the stack asks.
async fn execute(
    session: &Session,
    client: &Client,
    job: &StackJob,
    create: bool,
    id: &str,
) -> Result<(), DeployError> {
    let name = job.name.as_str();
    let aws = |e: AwsError| DeployError::aws(name, e);
    let marker = latest_event_id(client, name).await.map_err(aws)?;
    change_set::execute(client, name, id).await.map_err(aws)?;
    session.tracker.not_pending(name);
    session.tracker.running(
        name,
        if create {
            "CREATE_IN_PROGRESS"
        } else {
            "UPDATE_IN_PROGRESS"
        },
    );
    let settled = follow(session, client, name, name.to_owned(), marker)
        .await
        .map_err(aws)?;
    if !settled.status.is_success() {
        return Err(failed(
            name,
            &session.clients.effective_region(&job.region),
            settled,
        ));
    }
    let after = deployed::describe(client, name).await.map_err(aws)?;
    set_termination_protection(client, job, after.as_ref()).await
}

fn failed(name: &str, region: &str, settled: Settled) -> DeployError {
    DeployError::StackFailed {
        stack: name.to_owned(),
        status: settled.status.as_str().to_owned(),
        next_step: settled.status.next_step(name, region),
        reason: settled.reason,
        failures: settled.failures,
    }
}

async fn follow(
    session: &Session,
    client: &Client,
    name: &str,
    query: String,
    marker: Option<String>,
) -> Result<Settled, AwsError> {
    Follower {
        client,
        name,
        query,
        marker,
        ui: &session.ui,
        poll: session.poll,
        tracker: &session.tracker,
    }
    .wait()
    .await
}

fn change_set_name() -> String {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    format!("zimbra-constructs-{millis}")
}

/// Overrides first; parameters the deployed stack has and the template still declares keep
/// their previous values (as `cdk deploy` does).
fn parameters(job: &StackJob, state: Option<&DeployedStack>) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = job
        .parameters
        .iter()
        .map(|(k, v)| (k.clone(), Some(v.clone())))
        .collect();
    let declared = job.template.get("Parameters").and_then(Json::as_object);
    if let (Some(state), Some(declared)) = (state.filter(|s| !s.status.is_review()), declared) {
        for key in &state.parameter_keys {
            if declared.contains_key(key) && !out.iter().any(|(k, _)| k == key) {
                out.push((key.clone(), None));
            }
        }
    }
    out
}

/// The template inline, or uploaded to the staging bucket when it is over the inline limit.
async fn template_source(
    session: &Session,
    stack: &str,
    region: &str,
    body: &str,
) -> Result<TemplateSource, DeployError> {
    let bytes = body.len();
    if bytes <= MAX_INLINE_TEMPLATE {
        return Ok(TemplateSource::Body(body.to_owned()));
    }
    let Some(bucket) = &session.staging_bucket else {
        return Err(DeployError::TemplateTooLarge {
            stack: stack.to_owned(),
            bytes,
            limit: MAX_INLINE_TEMPLATE,
        });
    };
    let hash = Md5::digest(body.as_bytes());
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    let key = format!("zimbra-constructs/{stack}/{hex}.json");
    let Some(s3) = session.clients.s3(region).await else {
        return Err(DeployError::BadArgument(
            "no S3 client for the staging bucket".to_owned(),
        ));
    };
    s3.put_object()
        .bucket(bucket)
        .key(&key)
        .content_type("application/json")
        .body(body.as_bytes().to_vec().into())
        .send()
        .await
        .map_err(|e| DeployError::aws(stack, AwsError::new("PutObject", &e)))?;
    let url = match session.clients.endpoint_url(region).await {
        Some(endpoint) => format!("{}/{bucket}/{key}", endpoint.trim_end_matches('/')),
        None => format!(
            "https://{bucket}.s3.{}.amazonaws.com/{key}",
            session.clients.effective_region(region)
        ),
    };
    session.ui.line(format!(
        "{stack}: template is {bytes} bytes; uploaded to s3://{bucket}/{key}"
    ));
    Ok(TemplateSource::Url(url))
}

async fn set_termination_protection(
    client: &Client,
    job: &StackJob,
    state: Option<&DeployedStack>,
) -> Result<(), DeployError> {
    let Some(state) = state else { return Ok(()) };
    if state.termination_protection == job.termination_protection || state.status.is_review() {
        return Ok(());
    }
    client
        .update_termination_protection()
        .stack_name(&job.name)
        .enable_termination_protection(job.termination_protection)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| DeployError::aws(&job.name, AwsError::new("UpdateTerminationProtection", &e)))
}
