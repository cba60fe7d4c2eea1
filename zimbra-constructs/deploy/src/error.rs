//! The error of each operation. Every variant names the stack it is about, so a message from
//! a concurrent deploy still says where it came from.

use std::fmt;

use aws_sdk_cloudformation::error::ProvideErrorMetadata;

use zimbra_constructs_core::SynthError;

/// One resource that failed, with CloudFormation's reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceFailure {
    /// Logical id.
    pub logical_id: String,
    /// Resource type.
    pub resource_type: String,
    /// The resource status (`CREATE_FAILED`, ...).
    pub status: String,
    /// CloudFormation's reason.
    pub reason: String,
}

impl fmt::Display for ResourceFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}) {}: {}",
            self.logical_id, self.resource_type, self.status, self.reason
        )
    }
}

/// A failed AWS call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsError {
    /// The API operation (`CreateChangeSet`).
    pub operation: &'static str,
    /// The error code, when the service sent one (`ValidationError`).
    pub code: Option<String>,
    /// The full message.
    pub message: String,
}

impl AwsError {
    /// Wraps any SDK error.
    pub fn new<E>(operation: &'static str, err: &E) -> AwsError
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        AwsError {
            operation,
            code: err.code().map(str::to_owned),
            message: err
                .message()
                .map_or_else(|| error_chain(err), str::to_owned),
        }
    }

    /// The "stack does not exist" validation error of DescribeStacks and friends.
    #[must_use]
    pub fn is_missing_stack(&self) -> bool {
        self.message.contains("does not exist")
    }
}

/// An error and its sources, joined by `: ` (`request has timed out: operation timed out
/// after 300s`), for errors without a service message (timeouts, broken connections). Unlike
/// the SDK's `DisplayErrorContext` it never appends the Debug form of the error.
#[must_use]
pub fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !text.is_empty() && !out.ends_with(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

impl fmt::Display for AwsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{} failed: {code}: {}", self.operation, self.message),
            None => write!(f, "{} failed: {}", self.operation, self.message),
        }
    }
}

impl std::error::Error for AwsError {}

fn list_failures(failures: &[ResourceFailure]) -> String {
    failures.iter().map(|f| format!("\n  {f}")).collect()
}

fn list_errors<E: fmt::Display>(errors: &[E]) -> String {
    errors.iter().map(|e| format!("\n  - {e}")).collect()
}

fn list_interrupted(running: &[(String, String)], change_sets: &[String]) -> String {
    let mut s = list_running(running);
    for c in change_sets {
        s.push_str(&format!("\n  {c}"));
    }
    if running.is_empty() {
        s.push_str("\n  nothing is half-applied: deploy again to continue");
    } else {
        s.push_str("\n  the next deploy waits for what still runs and carries on from there");
    }
    s
}

fn list_running(running: &[(String, String)]) -> String {
    if running.is_empty() {
        return " nothing is running on the CloudFormation side".to_owned();
    }
    let mut s = " still running on the CloudFormation side (it goes on without us):".to_owned();
    for (stack, status) in running {
        s.push_str(&format!("\n  {stack}: {status}"));
    }
    s
}

/// Why `deploy` failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeployError {
    /// The app did not synthesize.
    #[error(transparent)]
    Synth(#[from] SynthError),
    /// A stack name on the command line is not in the app.
    #[error("no stack named '{name}' in the app (stacks: {})", known.join(", "))]
    UnknownStack {
        /// The name given.
        name: String,
        /// The app's stacks.
        known: Vec<String>,
    },
    /// A `--parameters` or `--tag` value is malformed or names an unknown stack.
    #[error("{0}")]
    BadArgument(String),
    /// An AWS call failed.
    #[error("{stack}: {source}")]
    Aws {
        /// The stack.
        stack: String,
        /// The failed call.
        source: AwsError,
    },
    /// The template is over CloudFormation's inline limit and no staging bucket was given.
    #[error(
        "{stack}: template is {bytes} bytes, over CloudFormation's {limit}-byte limit for inline \
         templates; pass --staging-bucket NAME to upload it to S3 and deploy it by URL"
    )]
    TemplateTooLarge {
        /// The stack.
        stack: String,
        /// Minified template size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// CloudFormation could not create the change set.
    #[error("{stack}: change set {change_set} failed: {reason}")]
    ChangeSetFailed {
        /// The stack.
        stack: String,
        /// The change set name.
        change_set: String,
        /// CloudFormation's reason.
        reason: String,
    },
    /// The operator (or the lack of a terminal) did not approve.
    #[error("{stack}: not deployed: {reason}")]
    NotApproved {
        /// The stack.
        stack: String,
        /// Why approval was needed and not given.
        reason: String,
    },
    /// The stack operation ended in a failed or rolled-back status.
    #[error(
        "{stack}: deployment failed, final status {status}{}{}{}",
        reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default(),
        list_failures(failures),
        next_step.as_deref().map(|n| format!("\n  next: {n}")).unwrap_or_default()
    )]
    StackFailed {
        /// The stack.
        stack: String,
        /// Final status.
        status: String,
        /// The stack's status reason.
        reason: Option<String>,
        /// Every resource that failed, with its reason.
        failures: Vec<ResourceFailure>,
        /// What to do next, for states that need more than a new deploy.
        next_step: Option<String>,
    },
    /// Ctrl-C: we stopped waiting.
    #[error("interrupted;{}", list_interrupted(running, change_sets))]
    Interrupted {
        /// Stacks with an operation still running, with their last status.
        running: Vec<(String, String)>,
        /// What became of change sets created but not executed yet (deleted, or left).
        change_sets: Vec<String>,
    },
    /// Another deploy or destroy of the app holds the deploy lock.
    #[error(
        "another {command} holds the deploy lock of this app: the stack {lock_stack} in \
         {region}, held by {holder} since {since}; wait for it to finish. If that process is \
         gone (killed, machine lost), run again with --break-lock"
    )]
    Locked {
        /// The lock stack.
        lock_stack: String,
        /// Its region.
        region: String,
        /// Who holds it (`user@host pid N`).
        holder: String,
        /// What it runs (`deploy`, `destroy`).
        command: String,
        /// When it was taken.
        since: String,
    },
    /// The stack is in a state CloudFormation refuses updates in.
    #[error("{stack}: the stack is in {status}{}, and CloudFormation refuses to update it; next: {next_step}", reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default())]
    NeedsAttention {
        /// The stack.
        stack: String,
        /// Its status.
        status: String,
        /// CloudFormation's status reason.
        reason: Option<String>,
        /// The command to run.
        next_step: String,
    },
    /// Preflight found limits the app would run into (nothing was deployed).
    #[error("preflight: nothing deployed:{}", list_errors(.0))]
    Preflight(Vec<String>),
    /// An approved replacement of servers cannot be done in steps.
    #[error("{stack}: {source}")]
    Replace {
        /// The stack.
        stack: String,
        /// Why.
        source: crate::replace::ReplaceError,
    },
    /// More than one stack failed.
    #[error("{} stacks failed:{}", .0.len(), list_errors(.0))]
    Several(Vec<DeployError>),
}

impl DeployError {
    /// The process exit code for this error: 130 after Ctrl-C, 1 otherwise.
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            DeployError::Interrupted { .. } => 130,
            _ => 1,
        }
    }

    pub(crate) fn aws(stack: &str, source: AwsError) -> DeployError {
        DeployError::Aws {
            stack: stack.to_owned(),
            source,
        }
    }
}

/// Why `diff` failed (differences are not errors; see `--fail`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DiffError {
    /// The app did not synthesize.
    #[error(transparent)]
    Synth(#[from] SynthError),
    /// A stack name on the command line is not in the app.
    #[error("no stack named '{name}' in the app (stacks: {})", known.join(", "))]
    UnknownStack {
        /// The name given.
        name: String,
        /// The app's stacks.
        known: Vec<String>,
    },
    /// An AWS call failed.
    #[error("{stack}: {source}")]
    Aws {
        /// The stack.
        stack: String,
        /// The failed call.
        source: AwsError,
    },
    /// The deployed template is neither JSON nor YAML.
    #[error("{stack}: cannot parse the deployed template: {message}")]
    BadDeployedTemplate {
        /// The stack.
        stack: String,
        /// The parser's message.
        message: String,
    },
}

/// Why `destroy` failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DestroyError {
    /// The app did not synthesize.
    #[error(transparent)]
    Synth(#[from] SynthError),
    /// A stack name on the command line is not in the app.
    #[error("no stack named '{name}' in the app (stacks: {})", known.join(", "))]
    UnknownStack {
        /// The name given.
        name: String,
        /// The app's stacks.
        known: Vec<String>,
    },
    /// An AWS call failed.
    #[error("{stack}: {source}")]
    Aws {
        /// The stack.
        stack: String,
        /// The failed call.
        source: AwsError,
    },
    /// Confirmation refused or impossible.
    #[error("nothing destroyed: {0}")]
    NotConfirmed(String),
    /// The stack is protected.
    #[error(
        "{stack}: termination protection is on; pass --remove-termination-protection to turn it \
         off and delete the stack"
    )]
    TerminationProtected {
        /// The stack.
        stack: String,
    },
    /// Resources of the stack refuse deletion (termination or deletion protection).
    #[error(
        "{stack}: resources are protected against deletion: {}; pass \
         --remove-termination-protection to turn that off (an update of the stack) and delete the stack",
        resources.join("; ")
    )]
    ResourcesProtected {
        /// The stack.
        stack: String,
        /// Each protected resource and what protects it.
        resources: Vec<String>,
    },
    /// Turning resource protection off through CloudFormation was not possible.
    #[error(
        "{stack}: not deleted: {why}. Turn the protection off by hand (`aws ec2 \
         modify-instance-attribute --instance-id ID --no-disable-api-termination`, `aws elbv2 \
         modify-load-balancer-attributes --load-balancer-arn ARN --attributes \
         Key=deletion_protection.enabled,Value=false`), then run destroy again"
    )]
    UnprotectRefused {
        /// The stack.
        stack: String,
        /// What went wrong.
        why: String,
    },
    /// Deletion ended in a failed status.
    #[error(
        "{stack}: delete failed, final status {status}{}{}",
        reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default(),
        list_failures(failures)
    )]
    DeleteFailed {
        /// The stack.
        stack: String,
        /// Final status.
        status: String,
        /// The stack's status reason.
        reason: Option<String>,
        /// Every resource that failed, with its reason.
        failures: Vec<ResourceFailure>,
    },
    /// Ctrl-C: we stopped waiting.
    #[error("interrupted;{}", list_running(running))]
    Interrupted {
        /// Stacks with an operation still running, with their last status.
        running: Vec<(String, String)>,
    },
    /// Another deploy or destroy holds the app's deploy lock.
    #[error(transparent)]
    Locked(Box<DeployError>),
    /// More than one stack failed.
    #[error("{} stacks failed:{}", .0.len(), list_errors(.0))]
    Several(Vec<DestroyError>),
}

impl DestroyError {
    /// The process exit code for this error: 130 after Ctrl-C, 1 otherwise.
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            DestroyError::Interrupted { .. } => 130,
            _ => 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_cloudformation::error::{ErrorMetadata, SdkError};
    use aws_sdk_cloudformation::operation::create_change_set::CreateChangeSetError;
    use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
    use aws_smithy_runtime_api::http::StatusCode;
    use aws_smithy_types::body::SdkBody;

    fn service_error(code: &str, message: Option<&str>) -> SdkError<CreateChangeSetError> {
        let mut meta = ErrorMetadata::builder().code(code);
        if let Some(m) = message {
            meta = meta.message(m);
        }
        let status = StatusCode::try_from(400).unwrap();
        SdkError::service_error(
            CreateChangeSetError::generic(meta.build()),
            HttpResponse::new(status, SdkBody::empty()),
        )
    }

    #[test]
    fn a_service_error_shows_its_code_and_message_not_service_error() {
        let e = service_error(
            "ValidationError",
            Some("Template format error: Unresolved resource dependencies [Vpc]"),
        );
        // What the SDK's own Display says: useless on its own.
        assert_eq!(e.to_string(), "service error");
        let err = AwsError::new("CreateChangeSet", &e);
        let d = DeployError::aws("Zimbra-Network", err);
        assert_eq!(
            d.to_string(),
            "Zimbra-Network: CreateChangeSet failed: ValidationError: Template format error: \
             Unresolved resource dependencies [Vpc]"
        );
        assert!(!d.to_string().contains("ServiceError"));
    }

    #[test]
    fn an_error_without_a_message_shows_its_whole_chain() {
        let e = service_error("AccessDenied", None);
        let err = AwsError::new("DescribeStacks", &e);
        assert_eq!(err.code.as_deref(), Some("AccessDenied"));
        assert!(err
            .to_string()
            .starts_with("DescribeStacks failed: AccessDenied: "));
        assert!(err.message.contains("AccessDenied"), "{}", err.message);

        let timeout: SdkError<CreateChangeSetError> = SdkError::timeout_error(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            "operation timed out after 300s",
        ));
        let err = AwsError::new("CreateChangeSet", &timeout);
        assert_eq!(err.code, None);
        let text = err.to_string();
        assert!(
            text.starts_with("CreateChangeSet failed: ")
                && text.contains("operation timed out after 300s"),
            "{text}"
        );
        assert_eq!(
            text,
            "CreateChangeSet failed: request has timed out: operation timed out after 300s"
        );
    }

    #[test]
    fn a_failed_stack_names_each_resource_status_and_reason() {
        let e = DeployError::StackFailed {
            stack: "Zimbra-Cell-us-east-2a".into(),
            status: "UPDATE_ROLLBACK_COMPLETE".into(),
            reason: Some("The following resource(s) failed to update: [MtaA1Instance]".into()),
            failures: vec![ResourceFailure {
                logical_id: "MtaA1Instance".into(),
                resource_type: "AWS::EC2::Instance".into(),
                status: "UPDATE_FAILED".into(),
                reason: "Address 172.16.0.10 is in use".into(),
            }],
            next_step: None,
        };
        assert_eq!(
            e.to_string(),
            "Zimbra-Cell-us-east-2a: deployment failed, final status UPDATE_ROLLBACK_COMPLETE \
             (The following resource(s) failed to update: [MtaA1Instance])\n  MtaA1Instance \
             (AWS::EC2::Instance) UPDATE_FAILED: Address 172.16.0.10 is in use"
        );
        let several = DeployError::Several(vec![
            e,
            DeployError::ChangeSetFailed {
                stack: "Zimbra-Edge".into(),
                change_set: "zimbra-constructs-1".into(),
                reason: "Template error: instance of Fn::GetAtt references undefined resource Nlb"
                    .into(),
            },
        ]);
        let text = several.to_string();
        assert!(
            text.starts_with("2 stacks failed:\n  - Zimbra-Cell-us-east-2a: "),
            "{text}"
        );
        assert!(
            text.contains(
                "\n  - Zimbra-Edge: change set zimbra-constructs-1 failed: Template error"
            ),
            "{text}"
        );
    }
}
