//! CloudFormation stack and change-set statuses as types, so callers ask `is_settled()`
//! instead of matching strings.

use std::fmt;

/// A stack's `StackStatus`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackStatus(String);

impl StackStatus {
    /// Wraps a status string as CloudFormation returns it (`UPDATE_COMPLETE`).
    #[must_use]
    pub fn parse(s: &str) -> StackStatus {
        StackStatus(s.trim().to_ascii_uppercase())
    }

    /// The status text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Still moving: an operation (or its cleanup) runs on the CloudFormation side.
    #[must_use]
    pub fn is_in_progress(&self) -> bool {
        self.0.ends_with("_IN_PROGRESS") && self.0 != "REVIEW_IN_PROGRESS"
    }

    /// No operation runs; the stack accepts a new one. `REVIEW_IN_PROGRESS` (a stack created
    /// by a change set never executed) is settled: it waits for us, not for CloudFormation.
    #[must_use]
    pub fn is_settled(&self) -> bool {
        !self.is_in_progress()
    }

    /// The last operation did not do what was asked (a failure or a rollback).
    #[must_use]
    pub fn is_failed(&self) -> bool {
        self.0.ends_with("_FAILED") || self.0.contains("ROLLBACK")
    }

    /// The last operation succeeded and the stack is settled.
    #[must_use]
    pub fn is_success(&self) -> bool {
        self.is_settled() && !self.is_failed() && self.0.ends_with("_COMPLETE")
    }

    /// `REVIEW_IN_PROGRESS`: the stack holds no resources yet; deploy it as new.
    #[must_use]
    pub fn is_review(&self) -> bool {
        self.0 == "REVIEW_IN_PROGRESS"
    }

    /// `ROLLBACK_COMPLETE` or `ROLLBACK_FAILED`: a first create failed; the stack can only be
    /// deleted.
    #[must_use]
    pub fn is_failed_create(&self) -> bool {
        self.0 == "ROLLBACK_COMPLETE" || self.0 == "ROLLBACK_FAILED"
    }

    /// A state CloudFormation refuses updates in and that only an operator can clear
    /// (`UPDATE_ROLLBACK_FAILED`, `DELETE_FAILED`, `IMPORT_ROLLBACK_FAILED`).
    #[must_use]
    pub fn is_stuck(&self) -> bool {
        matches!(
            self.0.as_str(),
            "UPDATE_ROLLBACK_FAILED" | "DELETE_FAILED" | "IMPORT_ROLLBACK_FAILED"
        )
    }

    /// What the operator does next with a stack left in this status, as a command, when
    /// the status needs more than fixing the cause and deploying again.
    #[must_use]
    pub fn next_step(&self, stack: &str, region: &str) -> Option<String> {
        let at = format!("--stack-name {stack} --region {region}");
        Some(match self.0.as_str() {
            "UPDATE_ROLLBACK_FAILED" | "IMPORT_ROLLBACK_FAILED" => format!(
                "finish the rollback: `aws cloudformation continue-update-rollback {at}` (add                  `--resources-to-skip LOGICAL_ID` for a resource that cannot roll back, after                  repairing it by hand), then deploy again"
            ),
            "DELETE_FAILED" => format!(
                "remove what blocked the delete (the reason above), then run destroy for {stack}                  again, or keep the blocking resources with `aws cloudformation delete-stack {at}                  --retain-resources LOGICAL_ID`"
            ),
            "ROLLBACK_COMPLETE" | "ROLLBACK_FAILED" => format!(
                "the first create failed, so the stack can only be deleted: deploy again with                  --yes to delete and recreate it, or `aws cloudformation delete-stack {at}`"
            ),
            "UPDATE_ROLLBACK_COMPLETE" => {
                "the stack is back as it was: fix the cause above and deploy again".to_owned()
            }
            _ => return None,
        })
    }

    /// `DELETE_COMPLETE`: the stack is gone.
    #[must_use]
    pub fn is_deleted(&self) -> bool {
        self.0 == "DELETE_COMPLETE"
    }
}

impl fmt::Display for StackStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A change set's `Status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeSetStatus {
    /// `CREATE_PENDING` or `CREATE_IN_PROGRESS`.
    Creating,
    /// `CREATE_COMPLETE`: ready to execute.
    Ready,
    /// `FAILED` (which includes "no changes").
    Failed,
    /// `DELETE_*`.
    Deleting,
    /// Anything else (future statuses).
    Unknown,
}

impl ChangeSetStatus {
    /// Parses a status string.
    #[must_use]
    pub fn parse(s: &str) -> ChangeSetStatus {
        match s {
            "CREATE_PENDING" | "CREATE_IN_PROGRESS" => ChangeSetStatus::Creating,
            "CREATE_COMPLETE" => ChangeSetStatus::Ready,
            "FAILED" => ChangeSetStatus::Failed,
            s if s.starts_with("DELETE_") => ChangeSetStatus::Deleting,
            _ => ChangeSetStatus::Unknown,
        }
    }

    /// Creation finished, one way or the other.
    #[must_use]
    pub fn is_settled(self) -> bool {
        !matches!(self, ChangeSetStatus::Creating)
    }

    /// Creation failed (maybe because there is nothing to change).
    #[must_use]
    pub fn is_failed(self) -> bool {
        matches!(self, ChangeSetStatus::Failed)
    }
}

/// True if a change set's failure reason (or a `ValidationError` message) means "the template
/// and parameters equal the deployed ones".
#[must_use]
pub fn is_no_changes_reason(reason: &str) -> bool {
    reason.contains("didn't contain changes") || reason.contains("No updates are to be performed")
}

/// A resource's `ResourceStatus` marks a failure (`CREATE_FAILED`, `UPDATE_FAILED`, ...).
#[must_use]
pub fn is_resource_failure(status: &str) -> bool {
    status.ends_with("_FAILED")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_statuses() {
        let s = StackStatus::parse;
        assert!(s("UPDATE_IN_PROGRESS").is_in_progress());
        assert!(s("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS").is_in_progress());
        assert!(s("UPDATE_ROLLBACK_IN_PROGRESS").is_failed());
        assert!(!s("REVIEW_IN_PROGRESS").is_in_progress());
        assert!(s("REVIEW_IN_PROGRESS").is_review());
        assert!(s("CREATE_COMPLETE").is_success());
        assert!(s("UPDATE_COMPLETE").is_success());
        assert!(!s("UPDATE_ROLLBACK_COMPLETE").is_success());
        assert!(s("UPDATE_ROLLBACK_COMPLETE").is_failed());
        assert!(s("UPDATE_ROLLBACK_COMPLETE").is_settled());
        assert!(s("ROLLBACK_COMPLETE").is_failed_create());
        assert!(s("rollback_failed").is_failed_create());
        assert!(s("DELETE_FAILED").is_failed());
        assert!(s("DELETE_COMPLETE").is_deleted());
        assert!(!s("CREATE_FAILED").is_success());
        assert!(s("UPDATE_ROLLBACK_FAILED").is_stuck() && s("DELETE_FAILED").is_stuck());
        assert!(!s("UPDATE_ROLLBACK_COMPLETE").is_stuck());
        let next = s("UPDATE_ROLLBACK_FAILED").next_step("Net", "us-east-2");
        assert!(next.is_some_and(|n| n.contains(
            "aws cloudformation continue-update-rollback --stack-name Net --region us-east-2"
        )));
        assert!(s("UPDATE_COMPLETE").next_step("Net", "us-east-2").is_none());
    }

    #[test]
    fn change_set_statuses() {
        assert_eq!(
            ChangeSetStatus::parse("CREATE_PENDING"),
            ChangeSetStatus::Creating
        );
        assert!(!ChangeSetStatus::parse("CREATE_IN_PROGRESS").is_settled());
        assert!(ChangeSetStatus::parse("CREATE_COMPLETE").is_settled());
        assert!(ChangeSetStatus::parse("FAILED").is_failed());
        assert_eq!(
            ChangeSetStatus::parse("DELETE_COMPLETE"),
            ChangeSetStatus::Deleting
        );
        assert_eq!(ChangeSetStatus::parse("WHATEVER"), ChangeSetStatus::Unknown);
    }

    #[test]
    fn no_changes_reasons() {
        assert!(is_no_changes_reason(
            "The submitted information didn't contain changes. Submit different information to create a change set."
        ));
        assert!(is_no_changes_reason("No updates are to be performed."));
        assert!(!is_no_changes_reason("Template format error"));
        assert!(is_resource_failure("CREATE_FAILED"));
        assert!(!is_resource_failure("CREATE_COMPLETE"));
    }
}
