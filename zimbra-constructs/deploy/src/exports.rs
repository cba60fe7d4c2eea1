//! The "deadly embrace" (aws/aws-cdk#7602): a producer stack's new template drops an export
//! that a deployed consumer still imports. CloudFormation refuses to delete an export in use,
//! and the consumer cannot stop importing before... nothing, so a naive deploy fails.
//!
//! The way out, done by `deploy`: deploy the producer with the held exports kept (each
//! re-added as an Output whose value is the literal value deployed now, so nothing it
//! referenced has to survive), deploy the consumers, then deploy the producer again with its
//! real template, which drops them.

use std::collections::BTreeSet;

use aws_sdk_cloudformation::Client;
use serde_json::{json, Map, Value as Json};

use super::deployed::DeployedStack;
use super::error::AwsError;

/// An export the new template drops while other stacks still import it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldExport {
    /// Export name.
    pub name: String,
    /// The output key it had.
    pub output_key: String,
    /// Its deployed value.
    pub value: String,
    /// Stacks importing it.
    pub importers: Vec<String>,
}

/// The literal export names a template declares (exports named by an intrinsic are skipped:
/// their names are not known before deploy).
#[must_use]
pub fn template_exports(template: &Json) -> BTreeSet<String> {
    template
        .get("Outputs")
        .and_then(Json::as_object)
        .map(|outputs| {
            outputs
                .values()
                .filter_map(|o| o.get("Export")?.get("Name")?.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Stacks importing `export` (none when it is not imported).
pub async fn importers(client: &Client, export: &str) -> Result<Vec<String>, AwsError> {
    let mut out = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = match client
            .list_imports()
            .export_name(export)
            .set_next_token(token.clone())
            .send()
            .await
        {
            Ok(page) => page,
            Err(e) => {
                let err = AwsError::new("ListImports", &e);
                if err.message.contains("not imported") {
                    return Ok(out);
                }
                return Err(err);
            }
        };
        out.extend(page.imports().iter().cloned());
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            return Ok(out);
        }
    }
}

/// Exports `deployed` has, `new_template` drops, and some stack still imports.
pub async fn held_exports(
    client: &Client,
    deployed: &DeployedStack,
    new_template: &Json,
) -> Result<Vec<HeldExport>, AwsError> {
    let keep = template_exports(new_template);
    let mut held = Vec::new();
    for o in &deployed.outputs {
        let Some(name) = &o.export_name else { continue };
        if keep.contains(name) {
            continue;
        }
        let importers = importers(client, name).await?;
        if !importers.is_empty() {
            held.push(HeldExport {
                name: name.clone(),
                output_key: o.key.clone(),
                value: o.value.clone(),
                importers,
            });
        }
    }
    Ok(held)
}

/// `template` with the held exports added back as literal-valued outputs.
#[must_use]
pub fn keep_exports(template: &Json, held: &[HeldExport]) -> Json {
    let mut t = template.clone();
    let Some(root) = t.as_object_mut() else {
        return t;
    };
    let outputs = root
        .entry("Outputs")
        .or_insert_with(|| Json::Object(Map::new()));
    if let Some(outputs) = outputs.as_object_mut() {
        for h in held {
            let mut key = h.output_key.clone();
            while outputs.contains_key(&key) {
                key.push('X');
            }
            outputs.insert(
                key,
                json!({
                    "Description": format!("Kept until {} stop importing it", h.importers.join(", ")),
                    "Value": h.value,
                    "Export": {"Name": h.name},
                }),
            );
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_and_keeping() {
        let new = json!({
            "Resources": {},
            "Outputs": {
                "ExportVpcRef": {"Value": {"Ref": "Vpc"}, "Export": {"Name": "Net:Vpc"}},
                "Plain": {"Value": "x"},
                "Dynamic": {"Value": "y", "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-y"}}}
            }
        });
        let names: Vec<String> = template_exports(&new).into_iter().collect();
        assert_eq!(names, vec!["Net:Vpc".to_owned()]);
        let held = vec![HeldExport {
            name: "Net:Subnet".into(),
            output_key: "Plain".into(),
            value: "subnet-123".into(),
            importers: vec!["Cell".into()],
        }];
        let kept = keep_exports(&new, &held);
        assert_eq!(kept["Outputs"]["PlainX"]["Value"], "subnet-123");
        assert_eq!(kept["Outputs"]["PlainX"]["Export"]["Name"], "Net:Subnet");
        assert!(template_exports(&kept).contains("Net:Subnet"));
        let bare = keep_exports(&json!({"Resources": {}}), &held);
        assert_eq!(bare["Outputs"]["Plain"]["Value"], "subnet-123");
    }
}
