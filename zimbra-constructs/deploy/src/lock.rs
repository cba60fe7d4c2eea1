//! The deploy lock: one deploy or destroy of an app at a time, across machines. The lock is a
//! CloudFormation stack in AWS itself, `{prefix}-DeployLock` (the stacks' common name prefix),
//! in the region of the app's first stack: `CreateStack` is atomic, so of two deploys that
//! start together exactly one creates it and the other gets `AlreadyExistsException`. The lock
//! stack holds one `AWS::CloudFormation::WaitConditionHandle` (no cost) and names its holder
//! in its tags (user, host, process id, command); its `CreationTime` is when it was taken.
//!
//! Released (deleted) when the operation ends, also after a failure or Ctrl-C. A lock left by
//! a process that no longer runs is stale: on the same host (same host name, its process id
//! gone) it is taken over with a message; from another machine it cannot be known, so the
//! operator passes `--break-lock` after checking that deploy is gone.

use std::time::{Duration, Instant};

use aws_sdk_cloudformation::types::Tag as CfnTag;
use aws_sdk_cloudformation::Client;
use zimbra_constructs_core::Assembly;

use crate::error::{AwsError, DeployError};
use crate::session::Session;

/// Suffix of the lock stack's name.
pub const LOCK_SUFFIX: &str = "DeployLock";

/// Tag keys of the holder.
const HOLDER: &str = "zimbra-constructs:lock-holder";
const HOST: &str = "zimbra-constructs:lock-host";
const PID: &str = "zimbra-constructs:lock-pid";
const COMMAND: &str = "zimbra-constructs:lock-command";

/// How long to wait for a released lock stack to finish deleting.
const RELEASE_WAIT: Duration = Duration::from_secs(120);

/// A held lock; [`DeployLock::release`] deletes it.
#[derive(Debug)]
#[must_use = "a lock is held until released"]
pub struct DeployLock {
    client: Client,
    /// The lock stack's name.
    pub stack: String,
    id: String,
}

/// Who holds a lock, as its tags and creation time say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// `user@host pid N`.
    pub who: String,
    /// The holder's host name.
    pub host: String,
    /// The holder's process id.
    pub pid: Option<u32>,
    /// `deploy` or `destroy`.
    pub command: String,
    /// When the lock was taken (UTC, ISO 8601), from the stack's creation time.
    pub since: String,
}

/// The lock stack's name for an app: the stacks' longest common `-`-separated prefix (the
/// cluster name, `Zimbra-DeployLock`), or `zimbra-constructs-DeployLock` without one.
#[must_use]
pub fn lock_name(assembly: &Assembly) -> String {
    let names: Vec<Vec<&str>> = assembly
        .stacks
        .iter()
        .map(|s| s.name.split('-').collect())
        .collect();
    let mut prefix: Vec<&str> = names.first().cloned().unwrap_or_default();
    for n in &names[1.min(names.len())..] {
        let common = prefix.iter().zip(n).take_while(|(a, b)| a == b).count();
        prefix.truncate(common);
    }
    // A single stack: its own name is the prefix.
    if names.len() == 1 {
        prefix = names[0].clone();
    }
    let prefix = prefix.join("-");
    if prefix.is_empty() {
        format!("zimbra-constructs-{LOCK_SUFFIX}")
    } else {
        format!("{prefix}-{LOCK_SUFFIX}")
    }
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown-host".to_owned())
}

/// True unless the process is known to be gone (Linux: no `/proc/PID`).
fn alive(pid: u32) -> bool {
    if !std::path::Path::new("/proc/self").exists() {
        return true; // no way to tell: assume it runs
    }
    std::path::Path::new(&format!("/proc/{pid}")).exists()
}

const TEMPLATE: &str = r#"{"AWSTemplateFormatVersion":"2010-09-09","Description":"zimbra-constructs deploy lock: while this stack exists, a deploy or destroy of the app runs (its tags name the holder). Delete it only if that process is gone (deploy --break-lock).","Resources":{"Lock":{"Type":"AWS::CloudFormation::WaitConditionHandle"}}}"#;

impl DeployLock {
    /// Takes the app's lock for `command`, or fails naming who holds it and since when.
    /// `break_lock` deletes a lock held by someone else first.
    pub async fn acquire(
        session: &Session,
        assembly: &Assembly,
        command: &str,
        break_lock: bool,
    ) -> Result<DeployLock, DeployError> {
        let stack = lock_name(assembly);
        let region = assembly
            .stacks
            .first()
            .map_or("us-east-1", |s| s.region.as_str());
        let client = session.clients.cloudformation(region).await;
        let region = session.clients.effective_region(region);
        let me = Holder {
            who: format!(
                "{}@{} pid {}",
                std::env::var("USER").unwrap_or_else(|_| "unknown".to_owned()),
                host_name(),
                std::process::id()
            ),
            host: host_name(),
            pid: Some(std::process::id()),
            command: command.to_owned(),
            since: String::new(),
        };
        let aws = |e: AwsError| DeployError::Aws {
            stack: stack.clone(),
            source: e,
        };
        let mut broke = false;
        let deadline = Instant::now() + RELEASE_WAIT;
        loop {
            match create(&client, &stack, &me).await {
                Ok(id) => {
                    return Ok(DeployLock { client, stack, id });
                }
                Err(e) if e.code.as_deref() == Some("AlreadyExistsException") => {}
                Err(e) => return Err(aws(e)),
            }
            let Some((status, holder, id)) = describe(&client, &stack).await.map_err(aws)? else {
                continue; // released in between: try again
            };
            if status.ends_with("DELETE_IN_PROGRESS") && Instant::now() < deadline {
                tokio::time::sleep(session.poll).await;
                continue;
            }
            let stale = holder.host == me.host && holder.pid.is_some_and(|p| !alive(p));
            if (stale || break_lock) && !broke {
                let why = if stale {
                    format!("its holder ({}) no longer runs on this host", holder.who)
                } else {
                    "--break-lock".to_owned()
                };
                session.ui.line(format!(
                    "{stack}: taking over the deploy lock held by {} since {} ({why})",
                    holder.who, holder.since
                ));
                delete_and_wait(&client, &id, session.poll)
                    .await
                    .map_err(aws)?;
                broke = true;
                continue;
            }
            return Err(DeployError::Locked {
                lock_stack: stack,
                region,
                holder: holder.who,
                command: holder.command,
                since: holder.since,
            });
        }
    }

    /// Deletes the lock stack and waits (up to two minutes) until it is gone.
    pub async fn release(self, session: &Session) {
        if let Err(e) = delete_and_wait(&self.client, &self.id, session.poll).await {
            session.ui.line(format!(
                "{}: could not release the deploy lock ({e}); delete the stack by hand",
                self.stack
            ));
        }
    }
}

async fn create(client: &Client, stack: &str, me: &Holder) -> Result<String, AwsError> {
    let tag = |k: &str, v: &str| CfnTag::builder().key(k).value(v).build();
    client
        .create_stack()
        .stack_name(stack)
        .template_body(TEMPLATE)
        .tags(tag(HOLDER, &me.who))
        .tags(tag(HOST, &me.host))
        .tags(tag(PID, &me.pid.map(|p| p.to_string()).unwrap_or_default()))
        .tags(tag(COMMAND, &me.command))
        .send()
        .await
        .map(|o| o.stack_id().unwrap_or(stack).to_owned())
        .map_err(|e| AwsError::new("CreateStack", &e))
}

/// The lock stack's status, holder and id, or `None` when it does not exist.
async fn describe(
    client: &Client,
    stack: &str,
) -> Result<Option<(String, Holder, String)>, AwsError> {
    let out = match client.describe_stacks().stack_name(stack).send().await {
        Ok(o) => o,
        Err(e) => {
            let err = AwsError::new("DescribeStacks", &e);
            return if err.is_missing_stack() {
                Ok(None)
            } else {
                Err(err)
            };
        }
    };
    let Some(s) = out.stacks().first() else {
        return Ok(None);
    };
    let status = s.stack_status().map_or("", |x| x.as_str()).to_owned();
    if status == "DELETE_COMPLETE" {
        return Ok(None);
    }
    let tag = |k: &str| {
        s.tags()
            .iter()
            .find(|t| t.key() == Some(k))
            .and_then(|t| t.value())
            .unwrap_or_default()
            .to_owned()
    };
    let since = s
        .creation_time()
        .and_then(|t| {
            t.fmt(aws_sdk_cloudformation::primitives::DateTimeFormat::DateTime)
                .ok()
        })
        .unwrap_or_else(|| "an unknown time".to_owned());
    let holder = Holder {
        who: Some(tag(HOLDER))
            .filter(|w| !w.is_empty())
            .unwrap_or_else(|| "an unknown holder".to_owned()),
        host: tag(HOST),
        pid: tag(PID).parse().ok(),
        command: tag(COMMAND),
        since,
    };
    Ok(Some((
        status,
        holder,
        s.stack_id().unwrap_or(stack).to_owned(),
    )))
}

async fn delete_and_wait(client: &Client, id: &str, poll: Duration) -> Result<(), AwsError> {
    client
        .delete_stack()
        .stack_name(id)
        .send()
        .await
        .map_err(|e| AwsError::new("DeleteStack", &e))?;
    let deadline = Instant::now() + RELEASE_WAIT;
    while Instant::now() < deadline {
        match describe(client, id).await? {
            None => return Ok(()),
            Some((status, _, _)) if status == "DELETE_FAILED" => {
                return Err(AwsError {
                    operation: "DeleteStack",
                    code: None,
                    message: format!("the lock stack {id} ended DELETE_FAILED"),
                })
            }
            Some(_) => tokio::time::sleep(poll).await,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use zimbra_constructs_cfn::ec2;
    use zimbra_constructs_core::{App, StackProps, SynthOptions};

    fn app(names: &[&str]) -> Assembly {
        let mut app = App::new();
        for n in names {
            let s = app
                .add_stack(
                    app.root(),
                    n,
                    StackProps::new("us-east-2".parse().unwrap_or_else(|_| unreachable!())),
                )
                .unwrap_or_else(|e| panic!("{e}"));
            app.add_resource(s, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16"))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        app.synth(&SynthOptions::default())
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_lock_is_named_after_the_stacks_common_prefix() {
        assert_eq!(
            lock_name(&app(&["Zimbra-Network", "Zimbra-Cell-a", "Zimbra-Edge"])),
            "Zimbra-DeployLock"
        );
        assert_eq!(lock_name(&app(&["Net"])), "Net-DeployLock");
        assert_eq!(
            lock_name(&app(&["Net", "Cell"])),
            "zimbra-constructs-DeployLock"
        );
        assert!(alive(std::process::id()));
    }
}
