//! Reading the deployed state of one stack: DescribeStacks, GetTemplate.

use aws_sdk_cloudformation::types::TemplateStage;
use aws_sdk_cloudformation::Client;
use serde_json::Value as Json;

use super::error::AwsError;
use super::status::StackStatus;

/// One output of a deployed stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployedOutput {
    /// Output key.
    pub key: String,
    /// Resolved value.
    pub value: String,
    /// Export name, if exported.
    pub export_name: Option<String>,
}

/// What DescribeStacks says about a stack.
#[derive(Debug, Clone)]
pub struct DeployedStack {
    /// The stack id (ARN), usable after deletion.
    pub id: String,
    /// Current status.
    pub status: StackStatus,
    /// Status reason.
    pub reason: Option<String>,
    /// Outputs.
    pub outputs: Vec<DeployedOutput>,
    /// Parameter keys the stack was deployed with.
    pub parameter_keys: Vec<String>,
    /// Termination protection.
    pub termination_protection: bool,
}

/// The stack named (or with the id) `stack`, or `None` if it does not exist (or was deleted).
pub async fn describe(client: &Client, stack: &str) -> Result<Option<DeployedStack>, AwsError> {
    let out = match client.describe_stacks().stack_name(stack).send().await {
        Ok(out) => out,
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
    let status = StackStatus::parse(s.stack_status().map_or("", |s| s.as_str()));
    if status.is_deleted() {
        return Ok(None);
    }
    Ok(Some(DeployedStack {
        id: s.stack_id().unwrap_or(stack).to_owned(),
        status,
        reason: s.stack_status_reason().map(str::to_owned),
        outputs: s
            .outputs()
            .iter()
            .map(|o| DeployedOutput {
                key: o.output_key().unwrap_or_default().to_owned(),
                value: o.output_value().unwrap_or_default().to_owned(),
                export_name: o.export_name().map(str::to_owned),
            })
            .collect(),
        parameter_keys: s
            .parameters()
            .iter()
            .filter_map(|p| p.parameter_key().map(str::to_owned))
            .collect(),
        termination_protection: s.enable_termination_protection().unwrap_or(false),
    }))
}

/// The deployed template as last submitted (JSON or YAML), parsed; `None` if the stack does
/// not exist.
pub async fn template(client: &Client, stack: &str) -> Result<Option<Json>, TemplateError> {
    let out = match client
        .get_template()
        .stack_name(stack)
        .template_stage(TemplateStage::Original)
        .send()
        .await
    {
        Ok(out) => out,
        Err(e) => {
            let err = AwsError::new("GetTemplate", &e);
            return if err.is_missing_stack() {
                Ok(None)
            } else {
                Err(TemplateError::Aws(err))
            };
        }
    };
    let body = out.template_body().unwrap_or("{}");
    parse_template(body).map(Some)
}

/// Parses a template body as CloudFormation does (JSON, else YAML with short-form tags).
pub fn parse_template(body: &str) -> Result<Json, TemplateError> {
    zimbra_constructs_core::assembly::parse_template(body)
        .map_err(|e| TemplateError::Parse(e.to_string()))
}

/// Why the deployed template could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// GetTemplate failed.
    Aws(AwsError),
    /// Neither JSON nor YAML.
    Parse(String),
}
