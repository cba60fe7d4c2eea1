//! Suppressions of the external rule packs CI runs (checkov, `tests/scripts/checkov.sh`, and
//! cdk-nag's AwsSolutions pack, `tests/scripts/cdk-nag.sh`): each construct that deviates
//! from one of their rules on purpose says so on the resource, with the reason, through the
//! core's one mechanism ([`ResourceOptions::acknowledge`](zimbra_constructs_core::ResourceOptions::acknowledge)),
//! which writes `Metadata.checkov.skip` and `Metadata.cdk_nag.rules_to_suppress`; the tools
//! report them as suppressed, and synthesis refuses a suppression without a reason (ZC021).

use zimbra_constructs_core::{App, ExternalSuppression, NodeId, TreeError};

/// Adds checkov suppressions, each with the reason it is acceptable here.
pub fn skip_checks(
    app: &mut App,
    node: impl Into<NodeId>,
    checks: &[(&str, &str)],
) -> Result<(), TreeError> {
    acknowledge(
        app,
        node,
        checks
            .iter()
            .map(|(id, why)| ExternalSuppression::checkov(id, why)),
    )
}

/// Adds cdk-nag suppressions (`AwsSolutions-...`), each with the reason it is acceptable here.
pub fn suppress_nag(
    app: &mut App,
    node: impl Into<NodeId>,
    rules: &[(&str, &str)],
) -> Result<(), TreeError> {
    acknowledge(
        app,
        node,
        rules
            .iter()
            .map(|(id, why)| ExternalSuppression::cdk_nag(id, why)),
    )
}

/// Adds any external suppressions (granular cdk-nag ones with `applies_to`, for example).
pub fn acknowledge(
    app: &mut App,
    node: impl Into<NodeId>,
    suppressions: impl IntoIterator<Item = ExternalSuppression>,
) -> Result<(), TreeError> {
    let options = app.options_mut(node)?;
    for s in suppressions {
        options.acknowledge(s);
    }
    Ok(())
}

/// checkov's KMS check on secrets, and why the default key is kept.
pub const SECRET_KMS_SKIP: (&str, &str) = (
    "CKV_AWS_149",
    "Encrypted with the AWS managed key for Secrets Manager; a customer key can be set through the escape hatch",
);

/// cdk-nag's rotation rule on secrets, and why Zimbra's passwords are not rotated by AWS.
pub const SECRET_ROTATION_NAG: (&str, &str) = (
    "AwsSolutions-SMG4",
    "Zimbra keeps this credential in LDAP and localconfig: a rotation must reconfigure the servers (zmlocalconfig, zmprov), so it is an operator procedure, not a Secrets Manager Lambda",
);
