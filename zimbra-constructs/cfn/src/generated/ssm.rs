// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `ssm` service.
use std::collections::BTreeMap;
use zimbra_constructs_core::resource::{
    GetAtt, IdOf, Resource, ResourceRef, ResourceSchema, Tagging,
};
use zimbra_constructs_core::value::{Expr, Json, PropertyMap, Tag, Value};
/// [`AWS::SSM::Parameter`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-parameter.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// `AllowedPattern`.
    pub allowed_pattern: Option<Value<String>>,
    /// `DataType`.
    pub data_type: Option<Value<String>>,
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `Name` (create-only).
    pub name: Option<Value<String>>,
    /// `Policies`.
    pub policies: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<BTreeMap<String, String>>>,
    /// `Tier`.
    pub tier: Option<Value<String>>,
    /// `Type` (required).
    pub r#type: Value<String>,
    /// `Value` (required).
    pub value: Value<String>,
}
impl Parameter {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(r#type: impl Into<Value<String>>, value: impl Into<Value<String>>) -> Self {
        Self {
            allowed_pattern: None,
            data_type: None,
            description: None,
            name: None,
            policies: None,
            tags: None,
            tier: None,
            r#type: r#type.into(),
            value: value.into(),
        }
    }
    /// Sets `AllowedPattern`.
    #[must_use]
    pub fn set_allowed_pattern(mut self, v: impl Into<Value<String>>) -> Self {
        self.allowed_pattern = Some(v.into());
        self
    }
    /// Sets `DataType`.
    #[must_use]
    pub fn set_data_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.data_type = Some(v.into());
        self
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `Name`.
    #[must_use]
    pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.name = Some(v.into());
        self
    }
    /// Sets `Policies`.
    #[must_use]
    pub fn set_policies(mut self, v: impl Into<Value<String>>) -> Self {
        self.policies = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<BTreeMap<String, String>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `Tier`.
    #[must_use]
    pub fn set_tier(mut self, v: impl Into<Value<String>>) -> Self {
        self.tier = Some(v.into());
        self
    }
}
impl Resource for Parameter {
    const TYPE: &'static str = "AWS::SSM::Parameter";
    const SCHEMA: &'static ResourceSchema = &PARAMETER_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AllowedPattern", self.allowed_pattern.as_ref());
        m.set("DataType", self.data_type.as_ref());
        m.set("Description", self.description.as_ref());
        m.set("Name", self.name.as_ref());
        m.set("Policies", self.policies.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("Tier", self.tier.as_ref());
        m.put("Type", &self.r#type);
        m.put("Value", &self.value);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.allowed_pattern {
            f("AllowedPattern", v.expr());
        }
        if let Some(v) = &self.data_type {
            f("DataType", v.expr());
        }
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.name {
            f("Name", v.expr());
        }
        if let Some(v) = &self.policies {
            f("Policies", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.tier {
            f("Tier", v.expr());
        }
        f("Type", self.r#type.expr());
        f("Value", self.value.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`Parameter`] handle (in scope with the crate's `prelude`).
pub trait ParameterAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}
impl ParameterAttributes for ResourceRef<Parameter> {}
static PARAMETER_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::SSM::Parameter",
    create_only: &["/properties/Name"],
    read_only: &["/properties/Arn"],
    attributes: &["Arn"],
    tagging: Tagging::Map,
};
/// [`AWS::SSM::Association`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Association {
    /// `ApplyOnlyAtCronInterval`.
    pub apply_only_at_cron_interval: Option<Value<bool>>,
    /// `AssociationDispatchAssumeRole`.
    pub association_dispatch_assume_role: Option<Value<String>>,
    /// `AssociationName`.
    pub association_name: Option<Value<String>>,
    /// `AutomationTargetParameterName`.
    pub automation_target_parameter_name: Option<Value<String>>,
    /// `CalendarNames`.
    pub calendar_names: Option<Value<Vec<String>>>,
    /// `ComplianceSeverity`.
    pub compliance_severity: Option<Value<String>>,
    /// `DocumentVersion`.
    pub document_version: Option<Value<String>>,
    /// `InstanceId` (create-only).
    pub instance_id: Option<Value<IdOf<crate::ec2::Instance>>>,
    /// `MaxConcurrency`.
    pub max_concurrency: Option<Value<String>>,
    /// `MaxErrors`.
    pub max_errors: Option<Value<String>>,
    /// `Name` (required).
    pub name: Value<String>,
    /// `OutputLocation`.
    pub output_location: Option<Value<association::InstanceAssociationOutputLocation>>,
    /// `Parameters`.
    pub parameters: Option<Value<BTreeMap<String, Vec<String>>>>,
    /// `ScheduleExpression`.
    pub schedule_expression: Option<Value<String>>,
    /// `ScheduleOffset`.
    pub schedule_offset: Option<Value<i64>>,
    /// `SyncCompliance`.
    pub sync_compliance: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `Targets`.
    pub targets: Option<Value<Vec<association::Target>>>,
    /// `WaitForSuccessTimeoutSeconds`.
    pub wait_for_success_timeout_seconds: Option<Value<i64>>,
}
impl Association {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(name: impl Into<Value<String>>) -> Self {
        Self {
            apply_only_at_cron_interval: None,
            association_dispatch_assume_role: None,
            association_name: None,
            automation_target_parameter_name: None,
            calendar_names: None,
            compliance_severity: None,
            document_version: None,
            instance_id: None,
            max_concurrency: None,
            max_errors: None,
            name: name.into(),
            output_location: None,
            parameters: None,
            schedule_expression: None,
            schedule_offset: None,
            sync_compliance: None,
            tags: None,
            targets: None,
            wait_for_success_timeout_seconds: None,
        }
    }
    /// Sets `ApplyOnlyAtCronInterval`.
    #[must_use]
    pub fn set_apply_only_at_cron_interval(mut self, v: impl Into<Value<bool>>) -> Self {
        self.apply_only_at_cron_interval = Some(v.into());
        self
    }
    /// Sets `AssociationDispatchAssumeRole`.
    #[must_use]
    pub fn set_association_dispatch_assume_role(mut self, v: impl Into<Value<String>>) -> Self {
        self.association_dispatch_assume_role = Some(v.into());
        self
    }
    /// Sets `AssociationName`.
    #[must_use]
    pub fn set_association_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.association_name = Some(v.into());
        self
    }
    /// Sets `AutomationTargetParameterName`.
    #[must_use]
    pub fn set_automation_target_parameter_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.automation_target_parameter_name = Some(v.into());
        self
    }
    /// Sets `CalendarNames`.
    #[must_use]
    pub fn set_calendar_names(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.calendar_names = Some(v.into());
        self
    }
    /// Sets `ComplianceSeverity`.
    #[must_use]
    pub fn set_compliance_severity(mut self, v: impl Into<Value<String>>) -> Self {
        self.compliance_severity = Some(v.into());
        self
    }
    /// Sets `DocumentVersion`.
    #[must_use]
    pub fn set_document_version(mut self, v: impl Into<Value<String>>) -> Self {
        self.document_version = Some(v.into());
        self
    }
    /// Sets `InstanceId`.
    #[must_use]
    pub fn set_instance_id(mut self, v: impl Into<Value<IdOf<crate::ec2::Instance>>>) -> Self {
        self.instance_id = Some(v.into());
        self
    }
    /// Sets `MaxConcurrency`.
    #[must_use]
    pub fn set_max_concurrency(mut self, v: impl Into<Value<String>>) -> Self {
        self.max_concurrency = Some(v.into());
        self
    }
    /// Sets `MaxErrors`.
    #[must_use]
    pub fn set_max_errors(mut self, v: impl Into<Value<String>>) -> Self {
        self.max_errors = Some(v.into());
        self
    }
    /// Sets `OutputLocation`.
    #[must_use]
    pub fn set_output_location(
        mut self,
        v: impl Into<Value<association::InstanceAssociationOutputLocation>>,
    ) -> Self {
        self.output_location = Some(v.into());
        self
    }
    /// Sets `Parameters`.
    #[must_use]
    pub fn set_parameters(mut self, v: impl Into<Value<BTreeMap<String, Vec<String>>>>) -> Self {
        self.parameters = Some(v.into());
        self
    }
    /// Sets `ScheduleExpression`.
    #[must_use]
    pub fn set_schedule_expression(mut self, v: impl Into<Value<String>>) -> Self {
        self.schedule_expression = Some(v.into());
        self
    }
    /// Sets `ScheduleOffset`.
    #[must_use]
    pub fn set_schedule_offset(mut self, v: impl Into<Value<i64>>) -> Self {
        self.schedule_offset = Some(v.into());
        self
    }
    /// Sets `SyncCompliance`.
    #[must_use]
    pub fn set_sync_compliance(mut self, v: impl Into<Value<String>>) -> Self {
        self.sync_compliance = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `Targets`.
    #[must_use]
    pub fn set_targets(mut self, v: impl Into<Value<Vec<association::Target>>>) -> Self {
        self.targets = Some(v.into());
        self
    }
    /// Sets `WaitForSuccessTimeoutSeconds`.
    #[must_use]
    pub fn set_wait_for_success_timeout_seconds(mut self, v: impl Into<Value<i64>>) -> Self {
        self.wait_for_success_timeout_seconds = Some(v.into());
        self
    }
}
impl Resource for Association {
    const TYPE: &'static str = "AWS::SSM::Association";
    const SCHEMA: &'static ResourceSchema = &ASSOCIATION_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set(
            "ApplyOnlyAtCronInterval",
            self.apply_only_at_cron_interval.as_ref(),
        );
        m.set(
            "AssociationDispatchAssumeRole",
            self.association_dispatch_assume_role.as_ref(),
        );
        m.set("AssociationName", self.association_name.as_ref());
        m.set(
            "AutomationTargetParameterName",
            self.automation_target_parameter_name.as_ref(),
        );
        m.set("CalendarNames", self.calendar_names.as_ref());
        m.set("ComplianceSeverity", self.compliance_severity.as_ref());
        m.set("DocumentVersion", self.document_version.as_ref());
        m.set("InstanceId", self.instance_id.as_ref());
        m.set("MaxConcurrency", self.max_concurrency.as_ref());
        m.set("MaxErrors", self.max_errors.as_ref());
        m.put("Name", &self.name);
        m.set("OutputLocation", self.output_location.as_ref());
        m.set("Parameters", self.parameters.as_ref());
        m.set("ScheduleExpression", self.schedule_expression.as_ref());
        m.set("ScheduleOffset", self.schedule_offset.as_ref());
        m.set("SyncCompliance", self.sync_compliance.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("Targets", self.targets.as_ref());
        m.set(
            "WaitForSuccessTimeoutSeconds",
            self.wait_for_success_timeout_seconds.as_ref(),
        );
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.apply_only_at_cron_interval {
            f("ApplyOnlyAtCronInterval", v.expr());
        }
        if let Some(v) = &self.association_dispatch_assume_role {
            f("AssociationDispatchAssumeRole", v.expr());
        }
        if let Some(v) = &self.association_name {
            f("AssociationName", v.expr());
        }
        if let Some(v) = &self.automation_target_parameter_name {
            f("AutomationTargetParameterName", v.expr());
        }
        if let Some(v) = &self.calendar_names {
            f("CalendarNames", v.expr());
        }
        if let Some(v) = &self.compliance_severity {
            f("ComplianceSeverity", v.expr());
        }
        if let Some(v) = &self.document_version {
            f("DocumentVersion", v.expr());
        }
        if let Some(v) = &self.instance_id {
            f("InstanceId", v.expr());
        }
        if let Some(v) = &self.max_concurrency {
            f("MaxConcurrency", v.expr());
        }
        if let Some(v) = &self.max_errors {
            f("MaxErrors", v.expr());
        }
        f("Name", self.name.expr());
        if let Some(v) = &self.output_location {
            f("OutputLocation", v.expr());
        }
        if let Some(v) = &self.parameters {
            f("Parameters", v.expr());
        }
        if let Some(v) = &self.schedule_expression {
            f("ScheduleExpression", v.expr());
        }
        if let Some(v) = &self.schedule_offset {
            f("ScheduleOffset", v.expr());
        }
        if let Some(v) = &self.sync_compliance {
            f("SyncCompliance", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.targets {
            f("Targets", v.expr());
        }
        if let Some(v) = &self.wait_for_success_timeout_seconds {
            f("WaitForSuccessTimeoutSeconds", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Association`] handle (in scope with the crate's `prelude`).
pub trait AssociationAttributes: GetAtt {
    /// `Fn::GetAtt` `AssociationId`.
    #[must_use]
    fn attr_association_id(&self) -> Value<String> {
        self.get_att("AssociationId")
    }
}
impl AssociationAttributes for ResourceRef<Association> {}
static ASSOCIATION_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::SSM::Association",
    create_only: &["/properties/InstanceId"],
    read_only: &["/properties/AssociationId"],
    attributes: &["AssociationId"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::SSM::Association`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html).
pub mod association {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::SSM::Association.InstanceAssociationOutputLocation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-association-instanceassociationoutputlocation.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InstanceAssociationOutputLocation {
        /// `S3Location`.
        pub s3_location: Option<Value<S3OutputLocation>>,
    }
    impl InstanceAssociationOutputLocation {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { s3_location: None }
        }
        /// Sets `S3Location`.
        #[must_use]
        pub fn set_s3_location(mut self, v: impl Into<Value<S3OutputLocation>>) -> Self {
            self.s3_location = Some(v.into());
            self
        }
    }
    impl Default for InstanceAssociationOutputLocation {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for InstanceAssociationOutputLocation {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("S3Location", self.s3_location.as_ref());
            m.finish()
        }
    }
    impl From<InstanceAssociationOutputLocation> for Value<InstanceAssociationOutputLocation> {
        fn from(v: InstanceAssociationOutputLocation) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::SSM::Association.S3OutputLocation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-association-s3outputlocation.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct S3OutputLocation {
        /// `OutputS3BucketName`.
        pub output_s3_bucket_name: Option<Value<String>>,
        /// `OutputS3KeyPrefix`.
        pub output_s3_key_prefix: Option<Value<String>>,
        /// `OutputS3Region`.
        pub output_s3_region: Option<Value<String>>,
    }
    impl S3OutputLocation {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                output_s3_bucket_name: None,
                output_s3_key_prefix: None,
                output_s3_region: None,
            }
        }
        /// Sets `OutputS3BucketName`.
        #[must_use]
        pub fn set_output_s3_bucket_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.output_s3_bucket_name = Some(v.into());
            self
        }
        /// Sets `OutputS3KeyPrefix`.
        #[must_use]
        pub fn set_output_s3_key_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.output_s3_key_prefix = Some(v.into());
            self
        }
        /// Sets `OutputS3Region`.
        #[must_use]
        pub fn set_output_s3_region(mut self, v: impl Into<Value<String>>) -> Self {
            self.output_s3_region = Some(v.into());
            self
        }
    }
    impl Default for S3OutputLocation {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for S3OutputLocation {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("OutputS3BucketName", self.output_s3_bucket_name.as_ref());
            m.set("OutputS3KeyPrefix", self.output_s3_key_prefix.as_ref());
            m.set("OutputS3Region", self.output_s3_region.as_ref());
            m.finish()
        }
    }
    impl From<S3OutputLocation> for Value<S3OutputLocation> {
        fn from(v: S3OutputLocation) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::SSM::Association.Target`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-association-target.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Target {
        /// `Key` (required).
        pub key: Value<String>,
        /// `Values` (required).
        pub values: Value<Vec<String>>,
    }
    impl Target {
        /// New value from its required properties.
        #[must_use]
        pub fn new(key: impl Into<Value<String>>, values: impl Into<Value<Vec<String>>>) -> Self {
            Self {
                key: key.into(),
                values: values.into(),
            }
        }
    }
    impl ToExpr for Target {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Key", &self.key);
            m.put("Values", &self.values);
            m.finish()
        }
    }
    impl From<Target> for Value<Target> {
        fn from(v: Target) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::SSM::Document`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// `Attachments`.
    pub attachments: Option<Value<Vec<document::AttachmentsSource>>>,
    /// `Content` (required).
    pub content: Value<Json>,
    /// `DocumentFormat`.
    pub document_format: Option<Value<String>>,
    /// `DocumentType` (create-only).
    pub document_type: Option<Value<String>>,
    /// `Name` (create-only).
    pub name: Option<Value<String>>,
    /// `Requires`.
    pub requires: Option<Value<Vec<document::DocumentRequires>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `TargetType`.
    pub target_type: Option<Value<String>>,
    /// `UpdateMethod`.
    pub update_method: Option<Value<String>>,
    /// `VersionName`.
    pub version_name: Option<Value<String>>,
}
impl Document {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(content: impl Into<Value<Json>>) -> Self {
        Self {
            attachments: None,
            content: content.into(),
            document_format: None,
            document_type: None,
            name: None,
            requires: None,
            tags: None,
            target_type: None,
            update_method: None,
            version_name: None,
        }
    }
    /// Sets `Attachments`.
    #[must_use]
    pub fn set_attachments(
        mut self,
        v: impl Into<Value<Vec<document::AttachmentsSource>>>,
    ) -> Self {
        self.attachments = Some(v.into());
        self
    }
    /// Sets `DocumentFormat`.
    #[must_use]
    pub fn set_document_format(mut self, v: impl Into<Value<String>>) -> Self {
        self.document_format = Some(v.into());
        self
    }
    /// Sets `DocumentType`.
    #[must_use]
    pub fn set_document_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.document_type = Some(v.into());
        self
    }
    /// Sets `Name`.
    #[must_use]
    pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.name = Some(v.into());
        self
    }
    /// Sets `Requires`.
    #[must_use]
    pub fn set_requires(mut self, v: impl Into<Value<Vec<document::DocumentRequires>>>) -> Self {
        self.requires = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `TargetType`.
    #[must_use]
    pub fn set_target_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.target_type = Some(v.into());
        self
    }
    /// Sets `UpdateMethod`.
    #[must_use]
    pub fn set_update_method(mut self, v: impl Into<Value<String>>) -> Self {
        self.update_method = Some(v.into());
        self
    }
    /// Sets `VersionName`.
    #[must_use]
    pub fn set_version_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.version_name = Some(v.into());
        self
    }
}
impl Resource for Document {
    const TYPE: &'static str = "AWS::SSM::Document";
    const SCHEMA: &'static ResourceSchema = &DOCUMENT_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Attachments", self.attachments.as_ref());
        m.put("Content", &self.content);
        m.set("DocumentFormat", self.document_format.as_ref());
        m.set("DocumentType", self.document_type.as_ref());
        m.set("Name", self.name.as_ref());
        m.set("Requires", self.requires.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("TargetType", self.target_type.as_ref());
        m.set("UpdateMethod", self.update_method.as_ref());
        m.set("VersionName", self.version_name.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.attachments {
            f("Attachments", v.expr());
        }
        f("Content", self.content.expr());
        if let Some(v) = &self.document_format {
            f("DocumentFormat", v.expr());
        }
        if let Some(v) = &self.document_type {
            f("DocumentType", v.expr());
        }
        if let Some(v) = &self.name {
            f("Name", v.expr());
        }
        if let Some(v) = &self.requires {
            f("Requires", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.target_type {
            f("TargetType", v.expr());
        }
        if let Some(v) = &self.update_method {
            f("UpdateMethod", v.expr());
        }
        if let Some(v) = &self.version_name {
            f("VersionName", v.expr());
        }
    }
}
static DOCUMENT_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::SSM::Document",
    create_only: &["/properties/Name", "/properties/DocumentType"],
    read_only: &[],
    attributes: &[],
    tagging: Tagging::List,
};
/// Property types of [`AWS::SSM::Document`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html).
pub mod document {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::SSM::Document.AttachmentsSource`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-document-attachmentssource.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AttachmentsSource {
        /// `Key`.
        pub key: Option<Value<String>>,
        /// `Name`.
        pub name: Option<Value<String>>,
        /// `Values`.
        pub values: Option<Value<Vec<String>>>,
    }
    impl AttachmentsSource {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                key: None,
                name: None,
                values: None,
            }
        }
        /// Sets `Key`.
        #[must_use]
        pub fn set_key(mut self, v: impl Into<Value<String>>) -> Self {
            self.key = Some(v.into());
            self
        }
        /// Sets `Name`.
        #[must_use]
        pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.name = Some(v.into());
            self
        }
        /// Sets `Values`.
        #[must_use]
        pub fn set_values(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.values = Some(v.into());
            self
        }
    }
    impl Default for AttachmentsSource {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for AttachmentsSource {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Key", self.key.as_ref());
            m.set("Name", self.name.as_ref());
            m.set("Values", self.values.as_ref());
            m.finish()
        }
    }
    impl From<AttachmentsSource> for Value<AttachmentsSource> {
        fn from(v: AttachmentsSource) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::SSM::Document.DocumentRequires`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-document-documentrequires.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentRequires {
        /// `Name`.
        pub name: Option<Value<String>>,
        /// `Version`.
        pub version: Option<Value<String>>,
    }
    impl DocumentRequires {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                name: None,
                version: None,
            }
        }
        /// Sets `Name`.
        #[must_use]
        pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.name = Some(v.into());
            self
        }
        /// Sets `Version`.
        #[must_use]
        pub fn set_version(mut self, v: impl Into<Value<String>>) -> Self {
            self.version = Some(v.into());
            self
        }
    }
    impl Default for DocumentRequires {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for DocumentRequires {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Name", self.name.as_ref());
            m.set("Version", self.version.as_ref());
            m.finish()
        }
    }
    impl From<DocumentRequires> for Value<DocumentRequires> {
        fn from(v: DocumentRequires) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
