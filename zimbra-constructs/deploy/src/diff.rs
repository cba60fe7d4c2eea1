//! `diff`: the synthesized templates against the deployed ones, stack by stack, printed as
//! the template diff renders them ([`crate::template_diff`]). Never changes anything.

use zimbra_constructs_core::Assembly;

use crate::deployed;
use crate::error::DiffError;
use crate::select::{select, Extend};
use crate::session::Session;
use crate::template_diff::{diff_templates, render, TemplateDiff};

/// One stack's diff.
#[derive(Debug, Clone)]
pub struct StackDiff {
    /// Stack name.
    pub stack: String,
    /// Whether the stack is deployed.
    pub deployed: bool,
    /// The differences.
    pub diff: TemplateDiff,
}

/// Compares the selected stacks (exactly those named; all when none) with their deployed
/// templates and prints each diff.
pub async fn diff(
    assembly: &Assembly,
    stacks_named: &[String],
    session: &Session,
) -> Result<Vec<StackDiff>, DiffError> {
    let selected = select(assembly, stacks_named, Extend::Exactly)
        .map_err(|(name, known)| DiffError::UnknownStack { name, known })?;
    let mut out = Vec::new();
    for s in selected {
        let client = session.clients.cloudformation(s.region.as_str()).await;
        let deployed = match deployed::template(&client, &s.name).await {
            Ok(t) => t,
            Err(deployed::TemplateError::Aws(source)) => {
                return Err(DiffError::Aws {
                    stack: s.name.clone(),
                    source,
                })
            }
            Err(deployed::TemplateError::Parse(message)) => {
                return Err(DiffError::BadDeployedTemplate {
                    stack: s.name.clone(),
                    message,
                })
            }
        };
        let is_deployed = deployed.is_some();
        let old = deployed.unwrap_or_else(|| serde_json::json!({}));
        let d = diff_templates(&old, &s.template);
        session
            .ui
            .line(render(&s.name, &d, is_deployed, session.ui.colour()));
        out.push(StackDiff {
            stack: s.name.clone(),
            deployed: is_deployed,
            diff: d,
        });
    }
    let changed = out.iter().filter(|d| !d.diff.is_empty()).count();
    session.ui.line(format!(
        "{changed} of {} stack(s) differ from what is deployed",
        out.len()
    ));
    Ok(out)
}
