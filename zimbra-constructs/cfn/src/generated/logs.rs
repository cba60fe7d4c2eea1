// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `logs` service.
use zimbra_constructs_core::resource::{GetAtt, Resource, ResourceRef, ResourceSchema, Tagging};
use zimbra_constructs_core::value::{Expr, Json, PropertyMap, Tag, Value};
/// [`AWS::Logs::LogGroup`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LogGroup {
    /// `BearerTokenAuthenticationEnabled`.
    pub bearer_token_authentication_enabled: Option<Value<bool>>,
    /// `DataProtectionPolicy`.
    pub data_protection_policy: Option<Value<Json>>,
    /// `DeletionProtectionEnabled`.
    pub deletion_protection_enabled: Option<Value<bool>>,
    /// `FieldIndexPolicies`.
    pub field_index_policies: Option<Value<Vec<Json>>>,
    /// `KmsKeyId`.
    pub kms_key_id: Option<Value<String>>,
    /// `LogGroupClass`.
    pub log_group_class: Option<Value<String>>,
    /// `LogGroupName` (create-only).
    pub log_group_name: Option<Value<String>>,
    /// `ResourcePolicyDocument`.
    pub resource_policy_document: Option<Value<Json>>,
    /// `RetentionInDays`.
    pub retention_in_days: Option<Value<i64>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
}
impl LogGroup {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            bearer_token_authentication_enabled: None,
            data_protection_policy: None,
            deletion_protection_enabled: None,
            field_index_policies: None,
            kms_key_id: None,
            log_group_class: None,
            log_group_name: None,
            resource_policy_document: None,
            retention_in_days: None,
            tags: None,
        }
    }
    /// Sets `BearerTokenAuthenticationEnabled`.
    #[must_use]
    pub fn set_bearer_token_authentication_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
        self.bearer_token_authentication_enabled = Some(v.into());
        self
    }
    /// Sets `DataProtectionPolicy`.
    #[must_use]
    pub fn set_data_protection_policy(mut self, v: impl Into<Value<Json>>) -> Self {
        self.data_protection_policy = Some(v.into());
        self
    }
    /// Sets `DeletionProtectionEnabled`.
    #[must_use]
    pub fn set_deletion_protection_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
        self.deletion_protection_enabled = Some(v.into());
        self
    }
    /// Sets `FieldIndexPolicies`.
    #[must_use]
    pub fn set_field_index_policies(mut self, v: impl Into<Value<Vec<Json>>>) -> Self {
        self.field_index_policies = Some(v.into());
        self
    }
    /// Sets `KmsKeyId`.
    #[must_use]
    pub fn set_kms_key_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.kms_key_id = Some(v.into());
        self
    }
    /// Sets `LogGroupClass`.
    #[must_use]
    pub fn set_log_group_class(mut self, v: impl Into<Value<String>>) -> Self {
        self.log_group_class = Some(v.into());
        self
    }
    /// Sets `LogGroupName`.
    #[must_use]
    pub fn set_log_group_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.log_group_name = Some(v.into());
        self
    }
    /// Sets `ResourcePolicyDocument`.
    #[must_use]
    pub fn set_resource_policy_document(mut self, v: impl Into<Value<Json>>) -> Self {
        self.resource_policy_document = Some(v.into());
        self
    }
    /// Sets `RetentionInDays`.
    #[must_use]
    pub fn set_retention_in_days(mut self, v: impl Into<Value<i64>>) -> Self {
        self.retention_in_days = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Default for LogGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for LogGroup {
    const TYPE: &'static str = "AWS::Logs::LogGroup";
    const SCHEMA: &'static ResourceSchema = &LOG_GROUP_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set(
            "BearerTokenAuthenticationEnabled",
            self.bearer_token_authentication_enabled.as_ref(),
        );
        m.set("DataProtectionPolicy", self.data_protection_policy.as_ref());
        m.set(
            "DeletionProtectionEnabled",
            self.deletion_protection_enabled.as_ref(),
        );
        m.set("FieldIndexPolicies", self.field_index_policies.as_ref());
        m.set("KmsKeyId", self.kms_key_id.as_ref());
        m.set("LogGroupClass", self.log_group_class.as_ref());
        m.set("LogGroupName", self.log_group_name.as_ref());
        m.set(
            "ResourcePolicyDocument",
            self.resource_policy_document.as_ref(),
        );
        m.set("RetentionInDays", self.retention_in_days.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.bearer_token_authentication_enabled {
            f("BearerTokenAuthenticationEnabled", v.expr());
        }
        if let Some(v) = &self.data_protection_policy {
            f("DataProtectionPolicy", v.expr());
        }
        if let Some(v) = &self.deletion_protection_enabled {
            f("DeletionProtectionEnabled", v.expr());
        }
        if let Some(v) = &self.field_index_policies {
            f("FieldIndexPolicies", v.expr());
        }
        if let Some(v) = &self.kms_key_id {
            f("KmsKeyId", v.expr());
        }
        if let Some(v) = &self.log_group_class {
            f("LogGroupClass", v.expr());
        }
        if let Some(v) = &self.log_group_name {
            f("LogGroupName", v.expr());
        }
        if let Some(v) = &self.resource_policy_document {
            f("ResourcePolicyDocument", v.expr());
        }
        if let Some(v) = &self.retention_in_days {
            f("RetentionInDays", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`LogGroup`] handle (in scope with the crate's `prelude`).
pub trait LogGroupAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}
impl LogGroupAttributes for ResourceRef<LogGroup> {}
static LOG_GROUP_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::Logs::LogGroup",
    create_only: &["/properties/LogGroupName"],
    read_only: &["/properties/Arn"],
    attributes: &["Arn"],
    tagging: Tagging::List,
};
