//! CloudFormation's per-template quotas, checked on every synthesized stack: an error over a
//! quota, a warning from 80% of it, so a growing cluster is split before it breaks deploy.

use crate::diagnostics::Diagnostic;

use crate::assembly::StackArtifact;

/// Per-template quotas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Resources per template.
    pub resources: usize,
    /// Outputs per template.
    pub outputs: usize,
    /// Parameters per template.
    pub parameters: usize,
    /// Mappings per template.
    pub mappings: usize,
    /// Bytes of a template as written (CloudFormation's limit for a template in S3).
    pub template_bytes: usize,
    /// Bytes of the minified body deploy sends inline (`TemplateBody`).
    pub inline_body_bytes: usize,
}

impl Limits {
    /// The quotas CloudFormation enforces.
    pub const CLOUDFORMATION: Limits = Limits {
        resources: 500,
        outputs: 200,
        parameters: 200,
        mappings: 200,
        template_bytes: 1_000_000,
        inline_body_bytes: 51_200,
    };
}

/// Adds an error or warning for each quota the stack exceeds or nears.
pub(crate) fn check(stack: &StackArtifact, limits: &Limits, diagnostics: &mut Vec<Diagnostic>) {
    let split = "split the stack: move some of its constructs into another stack";
    let checks = [
        ("ZC010", "resources", stack.resource_count, limits.resources, split),
        ("ZC011", "outputs", stack.output_count, limits.outputs, "reduce outputs or split the stack (cross-stack references add one output per exported value)"),
        ("ZC012", "parameters", stack.parameter_count, limits.parameters, "reduce parameters or split the stack"),
        ("ZC013", "mappings", stack.mapping_count, limits.mappings, "reduce mappings or split the stack"),
        ("ZC014", "template bytes", stack.body_len, limits.template_bytes, split),
        ("ZC015", "bytes of minified template body (deploy sends bodies inline)", stack.minified_len, limits.inline_body_bytes, split),
    ];
    for (code, what, count, max, fix) in checks {
        if count > max {
            diagnostics.push(Diagnostic::error(
                code,
                stack.path.clone(),
                format!(
                    "stack '{}' has {count} {what}, over CloudFormation's limit of {max}; {fix}",
                    stack.name
                ),
            ));
        } else if count.saturating_mul(5) >= max.saturating_mul(4) {
            diagnostics.push(Diagnostic::warning(
                code,
                stack.path.clone(),
                format!("stack '{}' has {count} {what}, at least 80% of CloudFormation's limit of {max}; plan to {fix}", stack.name),
            ));
        }
    }
}
