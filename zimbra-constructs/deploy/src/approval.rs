//! When deploy must ask before executing a change set, and how it asks: `--require-approval
//! never|broadening|any-change`, `--yes` for CI, and a refusal (not a hang) without a
//! terminal.

use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};
use std::sync::{Arc, Mutex};

use zimbra_constructs_core::stateful::is_stateful;

use super::change_set::ResourceChange;
use super::template_diff::TemplateDiff;

/// The `--require-approval` policy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RequireApproval {
    /// Never ask.
    Never,
    /// Ask when security broadens or a stateful resource is replaced or removed (default).
    #[default]
    Broadening,
    /// Ask for every change.
    AnyChange,
}

/// Why a change needs approval under `policy`, or `None` if it does not.
#[must_use]
pub fn approval_reason(
    policy: RequireApproval,
    diff: &TemplateDiff,
    changes: &[ResourceChange],
) -> Option<String> {
    match policy {
        RequireApproval::Never => None,
        RequireApproval::AnyChange => (!changes.is_empty() || !diff.is_empty()).then(|| {
            format!(
                "{} resource change(s) (--require-approval any-change)",
                changes.len().max(diff.resources.len())
            )
        }),
        RequireApproval::Broadening => {
            let mut reasons = Vec::new();
            let broad: Vec<String> = diff
                .broadening()
                .iter()
                .map(|r| format!("{} ({})", r.logical_id, r.resource_type))
                .collect();
            if !broad.is_empty() {
                reasons.push(format!("broadens security: {}", broad.join(", ")));
            }
            let mut risk: Vec<String> = diff
                .data_at_risk()
                .iter()
                .map(|r| format!("{} ({})", r.logical_id, r.resource_type))
                .collect();
            for c in changes {
                let stateful = is_stateful(&c.resource_type);
                let label = format!("{} ({})", c.logical_id, c.resource_type);
                if stateful && c.replaces() && !risk.contains(&label) {
                    risk.push(label);
                }
            }
            if !risk.is_empty() {
                reasons.push(format!(
                    "replaces or removes stateful resources: {}",
                    risk.join(", ")
                ));
            }
            (!reasons.is_empty()).then(|| reasons.join("; "))
        }
    }
}

#[derive(Debug)]
enum Mode {
    Yes,
    NoTerminal,
    Terminal,
    Scripted(Mutex<VecDeque<bool>>),
}

/// Asks the operator. Cheap to clone; prompts from concurrent stacks take turns.
#[derive(Debug, Clone)]
pub struct Approver {
    mode: Arc<Mode>,
    turn: Arc<tokio::sync::Mutex<()>>,
}

impl Approver {
    fn with(mode: Mode) -> Approver {
        Approver {
            mode: Arc::new(mode),
            turn: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// `--yes` approves everything; otherwise ask on the terminal, or refuse without one.
    #[must_use]
    pub fn new(yes: bool) -> Approver {
        if yes {
            Approver::with(Mode::Yes)
        } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
            Approver::with(Mode::Terminal)
        } else {
            Approver::with(Mode::NoTerminal)
        }
    }

    /// Approves everything (`--yes`).
    #[must_use]
    pub fn yes() -> Approver {
        Approver::with(Mode::Yes)
    }

    /// Refuses everything that needs asking: no terminal and no `--yes`.
    #[must_use]
    pub fn no_terminal() -> Approver {
        Approver::with(Mode::NoTerminal)
    }

    /// Answers from a list, in order (tests); refuses when the list runs out.
    #[must_use]
    pub fn scripted(answers: Vec<bool>) -> Approver {
        Approver::with(Mode::Scripted(Mutex::new(answers.into())))
    }

    /// Asks `question` (`reason` says why); `Err` carries the refusal message.
    pub async fn confirm(&self, question: &str, reason: &str) -> Result<(), String> {
        let _turn = self.turn.lock().await;
        match &*self.mode {
            Mode::Yes => Ok(()),
            Mode::NoTerminal => Err(format!(
                "approval required ({reason}) but there is no terminal to ask; re-run with --yes \
                 or --require-approval never"
            )),
            Mode::Scripted(answers) => {
                let answer = answers.lock().ok().and_then(|mut a| a.pop_front());
                if answer == Some(true) {
                    Ok(())
                } else {
                    Err(format!("approval refused ({reason})"))
                }
            }
            Mode::Terminal => {
                let prompt = format!("{reason}\n{question} [y/N] ");
                let answer = tokio::task::spawn_blocking(move || {
                    let mut err = std::io::stderr().lock();
                    let _ = write!(err, "{prompt}");
                    let _ = err.flush();
                    let mut line = String::new();
                    std::io::stdin().lock().read_line(&mut line).map(|_| line)
                })
                .await;
                match answer {
                    Ok(Ok(line)) if matches!(line.trim(), "y" | "Y" | "yes" | "YES" | "Yes") => {
                        Ok(())
                    }
                    _ => Err(format!("approval refused ({reason})")),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template_diff::diff_templates;
    use serde_json::json;

    fn change(action: &str, ty: &str, replacement: Option<&str>) -> ResourceChange {
        ResourceChange {
            action: action.into(),
            logical_id: "R".into(),
            physical_id: None,
            resource_type: ty.into(),
            replacement: replacement.map(str::to_owned),
            scope: vec![],
        }
    }

    #[test]
    fn policies() {
        let sg = json!({"Resources": {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"SecurityGroupIngress": [{"CidrIp": "0.0.0.0/0"}]}}}});
        let d = diff_templates(&json!({}), &sg);
        let c = vec![change("Add", "AWS::EC2::SecurityGroup", None)];
        assert!(approval_reason(RequireApproval::Never, &d, &c).is_none());
        let r = approval_reason(RequireApproval::Broadening, &d, &c).unwrap();
        assert!(r.contains("broadens security: Sg"), "{r}");
        let vpc = json!({"Resources": {"V": {"Type": "AWS::EC2::VPC"}}});
        let d = diff_templates(&json!({}), &vpc);
        let c = vec![change("Add", "AWS::EC2::VPC", None)];
        assert!(approval_reason(RequireApproval::Broadening, &d, &c).is_none());
        assert!(approval_reason(RequireApproval::AnyChange, &d, &c).is_some());
        let empty = TemplateDiff::default();
        let c = vec![change("Modify", "AWS::S3::Bucket", Some("Conditional"))];
        let r = approval_reason(RequireApproval::Broadening, &empty, &c).unwrap();
        assert!(r.contains("stateful"), "{r}");
        let c = vec![change("Modify", "AWS::S3::Bucket", Some("False"))];
        assert!(approval_reason(RequireApproval::Broadening, &empty, &c).is_none());
    }

    #[tokio::test]
    async fn refuses_without_terminal_and_honours_yes() {
        let e = Approver::no_terminal()
            .confirm("Deploy?", "broadens security")
            .await
            .unwrap_err();
        assert!(e.contains("no terminal") && e.contains("--yes"), "{e}");
        assert!(Approver::yes().confirm("Deploy?", "x").await.is_ok());
        let s = Approver::scripted(vec![true, false]);
        assert!(s.confirm("a", "x").await.is_ok());
        assert!(s.confirm("b", "x").await.is_err());
        assert!(s.confirm("c", "x").await.is_err());
    }
}
