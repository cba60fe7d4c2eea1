//! Change sets: create one, poll until ready (every poll interval), read its changes, and
//! recognise an empty one.

use std::time::Duration;

use aws_sdk_cloudformation::types::{
    Capability, ChangeSetType, Parameter as CfnParameter, Tag as CfnTag,
};
use aws_sdk_cloudformation::Client;

use super::error::AwsError;
use super::status::{is_no_changes_reason, ChangeSetStatus};

/// Where CloudFormation reads the template from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateSource {
    /// The minified body, inline.
    Body(String),
    /// An S3 URL (staging bucket).
    Url(String),
}

/// Everything CreateChangeSet needs.
#[derive(Debug, Clone)]
pub struct ChangeSetRequest {
    /// Stack name.
    pub stack: String,
    /// Change set name.
    pub name: String,
    /// CREATE for a new stack (or one in REVIEW_IN_PROGRESS), UPDATE otherwise.
    pub create: bool,
    /// The template.
    pub template: TemplateSource,
    /// Parameter values (`UsePreviousValue` for keys given as `None`).
    pub parameters: Vec<(String, Option<String>)>,
    /// Stack tags.
    pub tags: Vec<(String, String)>,
    /// Description of the change set.
    pub description: String,
}

/// What CloudFormation would do to one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceChange {
    /// `Add`, `Modify`, `Remove`, `Import`, `Dynamic`.
    pub action: String,
    /// Logical id.
    pub logical_id: String,
    /// Physical id, for existing resources.
    pub physical_id: Option<String>,
    /// Resource type.
    pub resource_type: String,
    /// `True`, `False`, `Conditional` (modifications only).
    pub replacement: Option<String>,
    /// What changes: `Properties`, `Tags`, `Metadata`, ...
    pub scope: Vec<String>,
}

impl ResourceChange {
    /// The change replaces (or may replace) the resource.
    #[must_use]
    pub fn replaces(&self) -> bool {
        matches!(self.replacement.as_deref(), Some("True" | "Conditional"))
    }
}

/// How change-set creation ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeSetOutcome {
    /// Ready to execute.
    Ready {
        /// Change set id.
        id: String,
        /// The changes.
        changes: Vec<ResourceChange>,
    },
    /// Nothing to change (the change set was deleted).
    Empty,
    /// CloudFormation refused it.
    Failed {
        /// CloudFormation's reason.
        reason: String,
    },
}

/// Creates the change set and polls until it is ready, failed or empty. An empty one is
/// deleted.
pub async fn create_and_wait(
    client: &Client,
    req: &ChangeSetRequest,
    poll: Duration,
) -> Result<ChangeSetOutcome, AwsError> {
    let mut call = client
        .create_change_set()
        .stack_name(&req.stack)
        .change_set_name(&req.name)
        .change_set_type(if req.create {
            ChangeSetType::Create
        } else {
            ChangeSetType::Update
        })
        .description(&req.description)
        .capabilities(Capability::CapabilityIam)
        .capabilities(Capability::CapabilityNamedIam)
        .capabilities(Capability::CapabilityAutoExpand);
    call = match &req.template {
        TemplateSource::Body(b) => call.template_body(b),
        TemplateSource::Url(u) => call.template_url(u),
    };
    for (key, value) in &req.parameters {
        let p = CfnParameter::builder().parameter_key(key);
        let p = match value {
            Some(v) => p.parameter_value(v),
            None => p.use_previous_value(true),
        };
        call = call.parameters(p.build());
    }
    for (k, v) in &req.tags {
        call = call.tags(CfnTag::builder().key(k).value(v).build());
    }
    let id = match call.send().await {
        Ok(out) => out.id().unwrap_or(&req.name).to_owned(),
        Err(e) => {
            let err = AwsError::new("CreateChangeSet", &e);
            if is_no_changes_reason(&err.message) {
                return Ok(ChangeSetOutcome::Empty);
            }
            // A retry of a call whose answer was lost (the connection dropped after
            // CloudFormation made the change set): ours exists already, under our unique name.
            if err.code.as_deref() == Some("AlreadyExistsException") {
                req.name.clone()
            } else {
                return Err(err);
            }
        }
    };
    loop {
        let (status, reason, changes) = describe(client, &req.stack, &id).await?;
        match status {
            ChangeSetStatus::Ready => return Ok(ChangeSetOutcome::Ready { id, changes }),
            ChangeSetStatus::Failed => {
                let reason = reason.unwrap_or_default();
                if is_no_changes_reason(&reason) {
                    delete(client, &req.stack, &id).await?;
                    return Ok(ChangeSetOutcome::Empty);
                }
                return Ok(ChangeSetOutcome::Failed { reason });
            }
            ChangeSetStatus::Deleting | ChangeSetStatus::Unknown => {
                return Ok(ChangeSetOutcome::Failed {
                    reason: reason.unwrap_or_else(|| "change set disappeared".to_owned()),
                })
            }
            ChangeSetStatus::Creating => tokio::time::sleep(poll).await,
        }
    }
}

/// Status, reason and all changes (every page) of a change set.
pub async fn describe(
    client: &Client,
    stack: &str,
    id: &str,
) -> Result<(ChangeSetStatus, Option<String>, Vec<ResourceChange>), AwsError> {
    let mut changes = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let out = client
            .describe_change_set()
            .stack_name(stack)
            .change_set_name(id)
            .set_next_token(token.clone())
            .send()
            .await
            .map_err(|e| AwsError::new("DescribeChangeSet", &e))?;
        let status = ChangeSetStatus::parse(out.status().map_or("", |s| s.as_str()));
        let reason = out.status_reason().map(str::to_owned);
        for c in out.changes() {
            if let Some(rc) = c.resource_change() {
                changes.push(ResourceChange {
                    action: rc.action().map_or("", |a| a.as_str()).to_owned(),
                    logical_id: rc.logical_resource_id().unwrap_or_default().to_owned(),
                    physical_id: rc.physical_resource_id().map(str::to_owned),
                    resource_type: rc.resource_type().unwrap_or_default().to_owned(),
                    replacement: rc.replacement().map(|r| r.as_str().to_owned()),
                    scope: rc.scope().iter().map(|s| s.as_str().to_owned()).collect(),
                });
            }
        }
        token = out.next_token().map(str::to_owned);
        if token.is_none() || !status.is_settled() {
            return Ok((status, reason, changes));
        }
    }
}

/// Deletes a change set (one already gone counts as deleted: a retried call).
pub async fn delete(client: &Client, stack: &str, id: &str) -> Result<(), AwsError> {
    match client
        .delete_change_set()
        .stack_name(stack)
        .change_set_name(id)
        .send()
        .await
    {
        Ok(_) => Ok(()),
        Err(e) => {
            let err = AwsError::new("DeleteChangeSet", &e);
            if err.code.as_deref() == Some("ChangeSetNotFound")
                || err.message.contains("does not exist")
            {
                Ok(())
            } else {
                Err(err)
            }
        }
    }
}

/// Executes a change set. A refusal because it is executing or executed already (a retry of
/// a call whose answer was lost) counts as done.
pub async fn execute(client: &Client, stack: &str, id: &str) -> Result<(), AwsError> {
    let err = match client
        .execute_change_set()
        .stack_name(stack)
        .change_set_name(id)
        .send()
        .await
    {
        Ok(_) => return Ok(()),
        Err(e) => AwsError::new("ExecuteChangeSet", &e),
    };
    let executed = client
        .describe_change_set()
        .stack_name(stack)
        .change_set_name(id)
        .send()
        .await
        .ok()
        .and_then(|o| o.execution_status().map(|s| s.as_str().to_owned()))
        .is_some_and(|s| s.starts_with("EXECUTE_"));
    if executed {
        Ok(())
    } else {
        Err(err)
    }
}

/// The prefix of every change set deploy makes.
pub const NAME_PREFIX: &str = "zimbra-constructs-";

/// Deletes the change sets an earlier deploy of `stack` made and never executed (it was killed
/// or interrupted): names starting with [`NAME_PREFIX`], not executed. Returns their names.
pub async fn delete_stale(client: &Client, stack: &str) -> Result<Vec<String>, AwsError> {
    let mut stale = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let out = match client
            .list_change_sets()
            .stack_name(stack)
            .set_next_token(token.clone())
            .send()
            .await
        {
            Ok(o) => o,
            Err(e) => {
                let err = AwsError::new("ListChangeSets", &e);
                return if err.is_missing_stack() {
                    Ok(stale)
                } else {
                    Err(err)
                };
            }
        };
        for c in out.summaries() {
            let name = c.change_set_name().unwrap_or_default();
            let same_stack = c.stack_name().is_none_or(|n| n == stack);
            let executed = c
                .execution_status()
                .is_some_and(|s| s.as_str().starts_with("EXECUTE_") || s.as_str() == "OBSOLETE");
            if name.starts_with(NAME_PREFIX) && same_stack && !executed {
                if let Some(id) = c.change_set_id() {
                    delete(client, stack, id).await?;
                    stale.push(name.to_owned());
                }
            }
        }
        token = out.next_token().map(str::to_owned);
        if token.is_none() {
            return Ok(stale);
        }
    }
}

/// A human summary: one line per resource, then counts.
#[must_use]
pub fn summary(stack: &str, changes: &[ResourceChange]) -> String {
    let mut s = format!("{stack}: change set");
    let (mut add, mut modify, mut remove, mut replace) = (0, 0, 0, 0);
    for c in changes {
        let mark = match c.action.as_str() {
            "Add" => {
                add += 1;
                "[+]"
            }
            "Remove" => {
                remove += 1;
                "[-]"
            }
            _ => {
                modify += 1;
                "[~]"
            }
        };
        let repl = match c.replacement.as_deref() {
            Some("True") => {
                replace += 1;
                "  (replacement)"
            }
            Some("Conditional") => {
                replace += 1;
                "  (may be replaced)"
            }
            _ => "",
        };
        s.push_str(&format!(
            "\n  {mark} {} {}{repl}",
            c.resource_type, c.logical_id
        ));
    }
    s.push_str(&format!(
        "\n  {add} to add, {modify} to modify ({replace} replaced or maybe replaced), {remove} to remove"
    ));
    s
}
