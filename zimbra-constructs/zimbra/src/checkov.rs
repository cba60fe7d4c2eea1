//! checkov suppressions: each construct that deviates from a checkov check on purpose says
//! so on the resource (`Metadata.checkov.skip`), with the reason, which checkov reports as a
//! skipped check (`tests/scripts/checkov.sh`).

use serde_json::json;
use zimbra_constructs_core::{App, NodeId, TreeError};

/// Adds checkov suppressions, each with the reason it is acceptable here.
pub fn skip_checks(
    app: &mut App,
    node: impl Into<NodeId>,
    checks: &[(&str, &str)],
) -> Result<(), TreeError> {
    let skips: Vec<serde_json::Value> = checks
        .iter()
        .map(|(id, why)| json!({"id": id, "comment": why}))
        .collect();
    app.options_mut(node)?
        .add_metadata("checkov", json!({ "skip": skips }));
    Ok(())
}

/// checkov's KMS check on secrets, and why the default key is kept.
pub const SECRET_KMS_SKIP: (&str, &str) = (
    "CKV_AWS_149",
    "Encrypted with the AWS managed key for Secrets Manager; a customer key can be set through the escape hatch",
);
