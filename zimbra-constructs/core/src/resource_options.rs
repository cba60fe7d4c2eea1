//! Resource attributes that sit beside `Properties`: `DependsOn`, `DeletionPolicy`,
//! `UpdateReplacePolicy`, `Condition`, `Metadata`, plus raw overrides (the escape hatch).

use crate::external::{self, ExternalSuppression, Validator};
use crate::node::NodeId;
use crate::value::Expr;

/// What CloudFormation does with a resource's physical object when the resource is deleted
/// from the stack (`DeletionPolicy`) or replaced (`UpdateReplacePolicy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemovalPolicy {
    /// Delete the physical object (CloudFormation's default for most types).
    Delete,
    /// Keep the physical object; it outlives the stack and keeps costing money.
    Retain,
    /// Keep it unless the whole stack is being deleted.
    RetainExceptOnDelete,
    /// Take a snapshot, then delete (volumes, databases).
    Snapshot,
}

impl RemovalPolicy {
    /// The value CloudFormation expects.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            RemovalPolicy::Delete => "Delete",
            RemovalPolicy::Retain => "Retain",
            RemovalPolicy::RetainExceptOnDelete => "RetainExceptOnDelete",
            RemovalPolicy::Snapshot => "Snapshot",
        }
    }

    /// True if the physical object survives the stack operation in some form.
    #[must_use]
    pub fn keeps_data(self) -> bool {
        !matches!(self, RemovalPolicy::Delete)
    }
}

/// The attributes of one resource besides its properties.
#[derive(Debug, Default, Clone)]
pub struct ResourceOptions {
    pub(crate) depends_on: Vec<NodeId>,
    pub(crate) deletion_policy: Option<RemovalPolicy>,
    pub(crate) update_replace_policy: Option<RemovalPolicy>,
    pub(crate) condition: Option<NodeId>,
    pub(crate) metadata: Vec<(String, Expr)>,
    pub(crate) overrides: Vec<(String, Option<Expr>)>,
    pub(crate) external: Vec<ExternalSuppression>,
}

impl ResourceOptions {
    /// Makes the resource wait for another node (a resource, or every resource below a
    /// construct). Across stacks this becomes a stack dependency.
    pub fn add_depends_on(&mut self, node: impl Into<NodeId>) -> &mut Self {
        let node = node.into();
        if !self.depends_on.contains(&node) {
            self.depends_on.push(node);
        }
        self
    }

    /// Sets `DeletionPolicy`.
    pub fn set_deletion_policy(&mut self, policy: RemovalPolicy) -> &mut Self {
        self.deletion_policy = Some(policy);
        self
    }

    /// Sets `UpdateReplacePolicy`.
    pub fn set_update_replace_policy(&mut self, policy: RemovalPolicy) -> &mut Self {
        self.update_replace_policy = Some(policy);
        self
    }

    /// Sets both `DeletionPolicy` and `UpdateReplacePolicy`, as CDK's `applyRemovalPolicy` does.
    pub fn set_removal_policy(&mut self, policy: RemovalPolicy) -> &mut Self {
        self.set_deletion_policy(policy)
            .set_update_replace_policy(policy)
    }

    /// Creates the resource only when a condition of the same stack holds.
    pub fn set_condition(&mut self, condition: impl Into<NodeId>) -> &mut Self {
        self.condition = Some(condition.into());
        self
    }

    /// Adds a `Metadata` entry (checkov reads `Metadata.checkov`, cfn-lint `Metadata.cfn-lint`).
    pub fn add_metadata(&mut self, key: impl Into<String>, value: impl Into<Expr>) -> &mut Self {
        let key = key.into();
        let value = value.into();
        if let Some(slot) = self.metadata.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
        } else {
            self.metadata.push((key, value));
        }
        self
    }

    /// Suppresses a rule of an external validator (checkov, cdk-nag) on this resource, with
    /// the reason: written into `Metadata` in the tool's own format ([`crate::external`]).
    /// Synthesis refuses reasons under [`external::MIN_REASON_CHARS`] characters (ZC021).
    pub fn acknowledge(&mut self, suppression: ExternalSuppression) -> &mut Self {
        let validator = suppression.validator;
        self.external.push(suppression);
        if let Some(value) = external::metadata(validator, &self.external) {
            self.add_metadata(validator.metadata_key(), value);
        }
        self
    }

    /// The external suppressions of the resource, in the order acknowledged.
    pub fn external_suppressions(&self) -> &[ExternalSuppression] {
        &self.external
    }

    /// True if some acknowledged suppression is of `validator`.
    #[must_use]
    pub fn suppresses(&self, validator: Validator, rule_id: &str) -> bool {
        self.external
            .iter()
            .any(|s| s.validator == validator && s.rule_id == rule_id)
    }

    /// Sets a value at a dotted path of the rendered resource (`Properties.Tags.0.Value`),
    /// creating objects on the way; the escape hatch for anything the typed API lacks.
    pub fn add_override(&mut self, path: impl Into<String>, value: impl Into<Expr>) -> &mut Self {
        self.overrides.push((path.into(), Some(value.into())));
        self
    }

    /// Shorthand for an override under `Properties.`.
    pub fn add_property_override(
        &mut self,
        path: impl AsRef<str>,
        value: impl Into<Expr>,
    ) -> &mut Self {
        self.add_override(format!("Properties.{}", path.as_ref()), value)
    }

    /// Removes the value at a dotted path of the rendered resource.
    pub fn add_deletion_override(&mut self, path: impl Into<String>) -> &mut Self {
        self.overrides.push((path.into(), None));
        self
    }

    /// The paths of the raw overrides, in the order they were added.
    pub fn overrides(&self) -> impl Iterator<Item = &str> {
        self.overrides.iter().map(|(p, _)| p.as_str())
    }

    /// The `DeletionPolicy`, if set.
    #[must_use]
    pub fn deletion_policy(&self) -> Option<RemovalPolicy> {
        self.deletion_policy
    }

    /// The `UpdateReplacePolicy`, if set.
    #[must_use]
    pub fn update_replace_policy(&self) -> Option<RemovalPolicy> {
        self.update_replace_policy
    }
}
