//! When deploy must ask before executing a change set, and how it asks: `--require-approval
//! never|broadening|any-change`, `--yes` for CI, and a refusal (not a hang) without a
//! terminal. Apart from that policy, a server (an `AWS::EC2::Instance`) is never replaced or
//! stopped and started unless `--allow-replace NAME` names it ([`server_refusal`]).

use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};
use std::sync::{Arc, Mutex};

use zimbra_constructs_core::stateful::is_stateful;

use serde_json::Value as Json;

use super::change_set::ResourceChange;
use super::template_diff::{instances, Disruption, ServerDisruption, TemplateDiff};

/// The servers `--allow-replace` lets deploy replace or stop and start: names (the `Name`
/// tag, or its host part before the first dot), logical ids, `STACK/LOGICAL_ID`, or `all`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowReplace(Vec<String>);

impl AllowReplace {
    /// The names given (`--allow-replace`, repeatable).
    #[must_use]
    pub fn new(names: Vec<String>) -> AllowReplace {
        AllowReplace(names)
    }

    /// Whether `server` of `stack` may be disrupted.
    #[must_use]
    pub fn allows(&self, stack: &str, server: &ServerDisruption) -> bool {
        let qualified = format!("{stack}/{}", server.logical_id);
        let host = server
            .name
            .as_deref()
            .map(|n| n.split('.').next().unwrap_or(n));
        self.0.iter().any(|a| {
            a == "all"
                || *a == server.logical_id
                || *a == qualified
                || Some(a.as_str()) == server.name.as_deref()
                || Some(a.as_str()) == host
        })
    }
}

/// The servers an update of a stack replaces or stops and starts: those of the template diff
/// (which knows which properties stop and start an instance), plus the instances the change
/// set replaces for reasons the templates do not show (a parameter's new value, a re-resolved
/// SSM parameter), named from the `template` being deployed.
#[must_use]
pub fn disrupted_servers(
    diff: &TemplateDiff,
    changes: &[ResourceChange],
    template: &Json,
) -> Vec<ServerDisruption> {
    let mut out = diff.servers.clone();
    for c in changes {
        if c.resource_type != instances::INSTANCE_TYPE || c.action != "Modify" || !c.replaces() {
            continue;
        }
        let disruption = if c.replacement.as_deref() == Some("True") {
            Disruption::Replaced
        } else {
            Disruption::MaybeReplaced
        };
        match out.iter_mut().find(|s| s.logical_id == c.logical_id) {
            Some(s) => s.disruption = s.disruption.max(disruption),
            None => out.push(ServerDisruption {
                logical_id: c.logical_id.clone(),
                name: template
                    .pointer(&format!("/Resources/{}", c.logical_id))
                    .and_then(instances::name_tag),
                disruption,
                causes: vec!["the change set".to_owned()],
            }),
        }
    }
    out
}

/// Why deploy refuses to update `stack`: the `servers` it would replace or stop and start that
/// `allow` does not name; `None` when every one is allowed (or there is none).
#[must_use]
pub fn server_refusal(
    allow: &AllowReplace,
    stack: &str,
    servers: &[ServerDisruption],
) -> Option<String> {
    let refused: Vec<&ServerDisruption> =
        servers.iter().filter(|s| !allow.allows(stack, s)).collect();
    if refused.is_empty() {
        return None;
    }
    let list: Vec<String> = refused
        .iter()
        .map(|s| {
            format!(
                "{} {} by {}",
                s.label(),
                s.disruption.label(),
                s.causes.join(", ")
            )
        })
        .collect();
    let flags: Vec<String> = refused
        .iter()
        .map(|s| {
            format!(
                "--allow-replace {}",
                s.name.as_deref().unwrap_or(&s.logical_id)
            )
        })
        .collect();
    Some(format!(
        "the update disrupts running servers: {}; a server is replaced or restarted only when \
         named: pass {} (or --allow-replace all)",
        list.join("; "),
        flags.join(" ")
    ))
}

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

    fn server_template(instance_type: &str, subnet: &str) -> Json {
        json!({"Resources": {"MtaA1Instance": {"Type": "AWS::EC2::Instance", "Properties": {
            "InstanceType": instance_type, "SubnetId": subnet,
            "Tags": [{"Key": "Name", "Value": "mta-a1.example.com"}]}}}})
    }

    #[test]
    fn a_disrupted_server_needs_its_name_or_id() {
        let old = server_template("t3.large", "a");
        for new in [
            server_template("m5.large", "a"),
            server_template("t3.large", "b"),
        ] {
            let d = diff_templates(&old, &new);
            let servers = disrupted_servers(&d, &[], &new);
            assert_eq!(servers.len(), 1);
            let r = server_refusal(&AllowReplace::default(), "Cell", &servers).unwrap();
            assert!(
                r.contains("MtaA1Instance (mta-a1.example.com)")
                    && r.contains("--allow-replace mta-a1.example.com"),
                "{r}"
            );
            for name in [
                "mta-a1.example.com",
                "mta-a1",
                "MtaA1Instance",
                "Cell/MtaA1Instance",
                "all",
            ] {
                let allow = AllowReplace::new(vec![name.to_owned()]);
                assert!(server_refusal(&allow, "Cell", &servers).is_none(), "{name}");
            }
            let other =
                AllowReplace::new(vec!["mta-b1".to_owned(), "Other/MtaA1Instance".to_owned()]);
            assert!(server_refusal(&other, "Cell", &servers).is_some());
        }
    }

    #[test]
    fn a_change_set_replacement_the_templates_do_not_show_is_caught() {
        let t = server_template("t3.large", "a");
        let d = diff_templates(&t, &t);
        let mut c = change("Modify", "AWS::EC2::Instance", Some("True"));
        c.logical_id = "MtaA1Instance".into();
        let servers = disrupted_servers(&d, &[c.clone()], &t);
        assert_eq!(servers[0].name.as_deref(), Some("mta-a1.example.com"));
        assert_eq!(servers[0].disruption, Disruption::Replaced);
        c.replacement = Some("False".into());
        assert!(disrupted_servers(&d, &[c], &t).is_empty());
        let tags = change("Modify", "AWS::EC2::Instance", Some("Conditional"));
        let s = disrupted_servers(&d, &[tags], &t);
        assert_eq!(s[0].disruption, Disruption::MaybeReplaced);
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
