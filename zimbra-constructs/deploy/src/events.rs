//! Following a stack operation: DescribeStackEvents and DescribeStacks every poll interval
//! (1 s by default; the SDK waiters back off to minutes), printing each new event and keeping
//! the resources that failed, until the stack settles.

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_sdk_cloudformation::types::StackEvent;
use aws_sdk_cloudformation::Client;

use super::deployed;
use super::error::{AwsError, ResourceFailure};
use super::status::{is_resource_failure, StackStatus};
use super::ui::{Colour, Ui};

/// Stacks with an operation running on the CloudFormation side, and their last status, and
/// change sets created but not executed yet: what Ctrl-C reports (and cleans up).
#[derive(Debug, Clone, Default)]
pub struct Tracker(Arc<Mutex<Tracked>>);

#[derive(Debug, Default)]
struct Tracked {
    running: BTreeMap<String, String>,
    /// Stack name to (region, change set id).
    pending: BTreeMap<String, (String, String)>,
}

impl Tracker {
    /// Records the status of a running operation.
    pub fn running(&self, stack: &str, status: &str) {
        if let Ok(mut m) = self.0.lock() {
            m.running.insert(stack.to_owned(), status.to_owned());
        }
    }

    /// The operation of `stack` settled.
    pub fn settled(&self, stack: &str) {
        if let Ok(mut m) = self.0.lock() {
            m.running.remove(stack);
        }
    }

    /// Every stack still running, with its last status.
    #[must_use]
    pub fn snapshot(&self) -> Vec<(String, String)> {
        self.0
            .lock()
            .map(|m| {
                m.running
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A change set of `stack` (in `region`) exists and is not executed yet.
    pub fn pending(&self, stack: &str, region: &str, change_set: &str) {
        if let Ok(mut m) = self.0.lock() {
            m.pending
                .insert(stack.to_owned(), (region.to_owned(), change_set.to_owned()));
        }
    }

    /// The pending change set of `stack` was executed or deleted.
    pub fn not_pending(&self, stack: &str) {
        if let Ok(mut m) = self.0.lock() {
            m.pending.remove(stack);
        }
    }

    /// Every pending change set: stack, region, change set id.
    #[must_use]
    pub fn pending_snapshot(&self) -> Vec<(String, String, String)> {
        self.0
            .lock()
            .map(|m| {
                m.pending
                    .iter()
                    .map(|(s, (r, c))| (s.clone(), r.clone(), c.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// How a followed operation ended.
#[derive(Debug, Clone)]
pub struct Settled {
    /// Final status (`DELETE_COMPLETE` when the stack is gone).
    pub status: StackStatus,
    /// The stack's status reason.
    pub reason: Option<String>,
    /// Resources that failed during the operation, oldest first.
    pub failures: Vec<ResourceFailure>,
}

/// The newest event id of a stack, to follow only what happens after it.
pub async fn latest_event_id(client: &Client, stack: &str) -> Result<Option<String>, AwsError> {
    match client
        .describe_stack_events()
        .stack_name(stack)
        .send()
        .await
    {
        Ok(out) => Ok(out
            .stack_events()
            .first()
            .and_then(|e| e.event_id())
            .map(str::to_owned)),
        Err(e) => {
            let err = AwsError::new("DescribeStackEvents", &e);
            if err.is_missing_stack() {
                Ok(None)
            } else {
                Err(err)
            }
        }
    }
}

/// Follows one stack's operation.
#[derive(Debug)]
pub struct Follower<'a> {
    /// The client.
    pub client: &'a Client,
    /// The stack's display name.
    pub name: &'a str,
    /// The name or id to query (use the id for deletions).
    pub query: String,
    /// Events up to and including this id are old.
    pub marker: Option<String>,
    /// Where to print.
    pub ui: &'a Ui,
    /// Poll interval.
    pub poll: Duration,
    /// Shared running-operations record.
    pub tracker: &'a Tracker,
}

impl Follower<'_> {
    /// Polls until the stack settles.
    pub async fn wait(self) -> Result<Settled, AwsError> {
        let progress = self.ui.progress(self.name);
        let mut seen: HashSet<String> = HashSet::new();
        let mut failures = Vec::new();
        let mut done = 0usize;
        loop {
            let state = deployed::describe(self.client, &self.query).await?;
            let (status, reason) = match &state {
                Some(s) => (s.status.clone(), s.reason.clone()),
                None => (StackStatus::parse("DELETE_COMPLETE"), None),
            };
            for event in self.new_events(&mut seen).await? {
                let rs = event.resource_status().map_or("", |s| s.as_str());
                let logical = event.logical_resource_id().unwrap_or_default();
                let rtype = event.resource_type().unwrap_or_default();
                let why = event.resource_status_reason().unwrap_or_default();
                let is_stack = rtype == "AWS::CloudFormation::Stack";
                if is_resource_failure(rs) && !is_stack {
                    failures.push(ResourceFailure {
                        logical_id: logical.to_owned(),
                        resource_type: rtype.to_owned(),
                        status: rs.to_owned(),
                        reason: why.to_owned(),
                    });
                }
                if rs.ends_with("_COMPLETE") && !is_stack {
                    done += 1;
                }
                self.ui.line(self.format_event(&event));
                progress.set(format!("{status}  {done} resource(s) done  {logical} {rs}"));
            }
            if status.is_settled() {
                self.tracker.settled(self.name);
                progress.finish();
                return Ok(Settled {
                    status,
                    reason,
                    failures,
                });
            }
            self.tracker.running(self.name, status.as_str());
            progress.set(format!("{status}  {done} resource(s) done"));
            tokio::time::sleep(self.poll).await;
        }
    }

    /// Events newer than the marker not seen yet, oldest first.
    async fn new_events(&self, seen: &mut HashSet<String>) -> Result<Vec<StackEvent>, AwsError> {
        let mut fresh = Vec::new();
        let mut token: Option<String> = None;
        'pages: loop {
            let out = match self
                .client
                .describe_stack_events()
                .stack_name(&self.query)
                .set_next_token(token.clone())
                .send()
                .await
            {
                Ok(out) => out,
                Err(e) => {
                    let err = AwsError::new("DescribeStackEvents", &e);
                    if err.is_missing_stack() {
                        break;
                    }
                    return Err(err);
                }
            };
            for event in out.stack_events() {
                let id = event.event_id().unwrap_or_default();
                if Some(id) == self.marker.as_deref() || seen.contains(id) {
                    break 'pages;
                }
                fresh.push(event.clone());
            }
            token = out.next_token().map(str::to_owned);
            if token.is_none() {
                break;
            }
        }
        for e in &fresh {
            seen.insert(e.event_id().unwrap_or_default().to_owned());
        }
        fresh.reverse();
        Ok(fresh)
    }

    fn format_event(&self, event: &StackEvent) -> String {
        let rs = event.resource_status().map_or("", |s| s.as_str());
        let time = event
            .timestamp()
            .and_then(|t| {
                t.fmt(aws_sdk_cloudformation::primitives::DateTimeFormat::DateTime)
                    .ok()
            })
            .and_then(|t| t.get(11..19).map(str::to_owned))
            .unwrap_or_default();
        let colour = if rs.ends_with("_FAILED") || rs.contains("ROLLBACK") {
            Colour::Red
        } else if rs.ends_with("_COMPLETE") {
            Colour::Green
        } else {
            Colour::Yellow
        };
        let mut line = format!(
            "{} | {} | {} | {} | {}",
            self.name,
            time,
            self.ui.paint(&format!("{rs:<28}"), colour),
            event.resource_type().unwrap_or_default(),
            event.logical_resource_id().unwrap_or_default(),
        );
        if let Some(why) = event.resource_status_reason().filter(|r| !r.is_empty()) {
            line.push_str(&format!(" ({why})"));
        }
        line
    }
}
