// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `dlm` service.
use zimbra_constructs_core::resource::{GetAtt, Resource, ResourceRef, ResourceSchema, Tagging};
use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, Value};
/// [`AWS::DLM::LifecyclePolicy`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dlm-lifecyclepolicy.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecyclePolicy {
    /// `CopyTags`.
    pub copy_tags: Option<Value<bool>>,
    /// `CreateInterval`.
    pub create_interval: Option<Value<i64>>,
    /// `CrossRegionCopyTargets`.
    pub cross_region_copy_targets: Option<Value<Vec<lifecycle_policy::CrossRegionCopyTarget>>>,
    /// `DefaultPolicy`.
    pub default_policy: Option<Value<String>>,
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `Exclusions`.
    pub exclusions: Option<Value<lifecycle_policy::Exclusions>>,
    /// `ExecutionRoleArn`.
    pub execution_role_arn: Option<Value<String>>,
    /// `ExtendDeletion`.
    pub extend_deletion: Option<Value<bool>>,
    /// `PolicyDetails`.
    pub policy_details: Option<Value<lifecycle_policy::PolicyDetails>>,
    /// `RetainInterval`.
    pub retain_interval: Option<Value<i64>>,
    /// `State`.
    pub state: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
}
impl LifecyclePolicy {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            copy_tags: None,
            create_interval: None,
            cross_region_copy_targets: None,
            default_policy: None,
            description: None,
            exclusions: None,
            execution_role_arn: None,
            extend_deletion: None,
            policy_details: None,
            retain_interval: None,
            state: None,
            tags: None,
        }
    }
    /// Sets `CopyTags`.
    #[must_use]
    pub fn set_copy_tags(mut self, v: impl Into<Value<bool>>) -> Self {
        self.copy_tags = Some(v.into());
        self
    }
    /// Sets `CreateInterval`.
    #[must_use]
    pub fn set_create_interval(mut self, v: impl Into<Value<i64>>) -> Self {
        self.create_interval = Some(v.into());
        self
    }
    /// Sets `CrossRegionCopyTargets`.
    #[must_use]
    pub fn set_cross_region_copy_targets(
        mut self,
        v: impl Into<Value<Vec<lifecycle_policy::CrossRegionCopyTarget>>>,
    ) -> Self {
        self.cross_region_copy_targets = Some(v.into());
        self
    }
    /// Sets `DefaultPolicy`.
    #[must_use]
    pub fn set_default_policy(mut self, v: impl Into<Value<String>>) -> Self {
        self.default_policy = Some(v.into());
        self
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `Exclusions`.
    #[must_use]
    pub fn set_exclusions(mut self, v: impl Into<Value<lifecycle_policy::Exclusions>>) -> Self {
        self.exclusions = Some(v.into());
        self
    }
    /// Sets `ExecutionRoleArn`.
    #[must_use]
    pub fn set_execution_role_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.execution_role_arn = Some(v.into());
        self
    }
    /// Sets `ExtendDeletion`.
    #[must_use]
    pub fn set_extend_deletion(mut self, v: impl Into<Value<bool>>) -> Self {
        self.extend_deletion = Some(v.into());
        self
    }
    /// Sets `PolicyDetails`.
    #[must_use]
    pub fn set_policy_details(
        mut self,
        v: impl Into<Value<lifecycle_policy::PolicyDetails>>,
    ) -> Self {
        self.policy_details = Some(v.into());
        self
    }
    /// Sets `RetainInterval`.
    #[must_use]
    pub fn set_retain_interval(mut self, v: impl Into<Value<i64>>) -> Self {
        self.retain_interval = Some(v.into());
        self
    }
    /// Sets `State`.
    #[must_use]
    pub fn set_state(mut self, v: impl Into<Value<String>>) -> Self {
        self.state = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Default for LifecyclePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for LifecyclePolicy {
    const TYPE: &'static str = "AWS::DLM::LifecyclePolicy";
    const SCHEMA: &'static ResourceSchema = &LIFECYCLE_POLICY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("CopyTags", self.copy_tags.as_ref());
        m.set("CreateInterval", self.create_interval.as_ref());
        m.set(
            "CrossRegionCopyTargets",
            self.cross_region_copy_targets.as_ref(),
        );
        m.set("DefaultPolicy", self.default_policy.as_ref());
        m.set("Description", self.description.as_ref());
        m.set("Exclusions", self.exclusions.as_ref());
        m.set("ExecutionRoleArn", self.execution_role_arn.as_ref());
        m.set("ExtendDeletion", self.extend_deletion.as_ref());
        m.set("PolicyDetails", self.policy_details.as_ref());
        m.set("RetainInterval", self.retain_interval.as_ref());
        m.set("State", self.state.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.copy_tags {
            f("CopyTags", v.expr());
        }
        if let Some(v) = &self.create_interval {
            f("CreateInterval", v.expr());
        }
        if let Some(v) = &self.cross_region_copy_targets {
            f("CrossRegionCopyTargets", v.expr());
        }
        if let Some(v) = &self.default_policy {
            f("DefaultPolicy", v.expr());
        }
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.exclusions {
            f("Exclusions", v.expr());
        }
        if let Some(v) = &self.execution_role_arn {
            f("ExecutionRoleArn", v.expr());
        }
        if let Some(v) = &self.extend_deletion {
            f("ExtendDeletion", v.expr());
        }
        if let Some(v) = &self.policy_details {
            f("PolicyDetails", v.expr());
        }
        if let Some(v) = &self.retain_interval {
            f("RetainInterval", v.expr());
        }
        if let Some(v) = &self.state {
            f("State", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`LifecyclePolicy`] handle (in scope with the crate's `prelude`).
pub trait LifecyclePolicyAttributes: GetAtt {
    /// `Fn::GetAtt` `PolicyId`.
    #[must_use]
    fn attr_policy_id(&self) -> Value<String> {
        self.get_att("PolicyId")
    }
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}
impl LifecyclePolicyAttributes for ResourceRef<LifecyclePolicy> {}
static LIFECYCLE_POLICY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::DLM::LifecyclePolicy",
    create_only: &[],
    read_only: &["/properties/PolicyId", "/properties/Arn"],
    attributes: &["PolicyId", "Arn"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::DLM::LifecyclePolicy`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dlm-lifecyclepolicy.html).
pub mod lifecycle_policy {
    use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, ToExpr, Value};
    /// [`AWS::DLM::LifecyclePolicy.CrossRegionCopyTarget`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-crossregioncopytarget.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CrossRegionCopyTarget {
        /// `TargetRegion`.
        pub target_region: Option<Value<String>>,
    }
    impl CrossRegionCopyTarget {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                target_region: None,
            }
        }
        /// Sets `TargetRegion`.
        #[must_use]
        pub fn set_target_region(mut self, v: impl Into<Value<String>>) -> Self {
            self.target_region = Some(v.into());
            self
        }
    }
    impl Default for CrossRegionCopyTarget {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CrossRegionCopyTarget {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("TargetRegion", self.target_region.as_ref());
            m.finish()
        }
    }
    impl From<CrossRegionCopyTarget> for Value<CrossRegionCopyTarget> {
        fn from(v: CrossRegionCopyTarget) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.Exclusions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-exclusions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Exclusions {
        /// `ExcludeBootVolumes`.
        pub exclude_boot_volumes: Option<Value<bool>>,
        /// `ExcludeTags`.
        pub exclude_tags: Option<Value<Vec<Tag>>>,
        /// `ExcludeVolumeTypes`.
        pub exclude_volume_types: Option<Value<Vec<String>>>,
    }
    impl Exclusions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                exclude_boot_volumes: None,
                exclude_tags: None,
                exclude_volume_types: None,
            }
        }
        /// Sets `ExcludeBootVolumes`.
        #[must_use]
        pub fn set_exclude_boot_volumes(mut self, v: impl Into<Value<bool>>) -> Self {
            self.exclude_boot_volumes = Some(v.into());
            self
        }
        /// Sets `ExcludeTags`.
        #[must_use]
        pub fn set_exclude_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
            self.exclude_tags = Some(v.into());
            self
        }
        /// Sets `ExcludeVolumeTypes`.
        #[must_use]
        pub fn set_exclude_volume_types(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.exclude_volume_types = Some(v.into());
            self
        }
    }
    impl Default for Exclusions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Exclusions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ExcludeBootVolumes", self.exclude_boot_volumes.as_ref());
            m.set("ExcludeTags", self.exclude_tags.as_ref());
            m.set("ExcludeVolumeTypes", self.exclude_volume_types.as_ref());
            m.finish()
        }
    }
    impl From<Exclusions> for Value<Exclusions> {
        fn from(v: Exclusions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.PolicyDetails`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-policydetails.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PolicyDetails {
        /// `Actions`.
        pub actions: Option<Value<Vec<Action>>>,
        /// `CopyTags`.
        pub copy_tags: Option<Value<bool>>,
        /// `CreateInterval`.
        pub create_interval: Option<Value<i64>>,
        /// `CrossRegionCopyTargets`.
        pub cross_region_copy_targets: Option<Value<Vec<CrossRegionCopyTarget>>>,
        /// `EventSource`.
        pub event_source: Option<Value<EventSource>>,
        /// `Exclusions`.
        pub exclusions: Option<Value<Exclusions>>,
        /// `ExtendDeletion`.
        pub extend_deletion: Option<Value<bool>>,
        /// `Parameters`.
        pub parameters: Option<Value<Parameters>>,
        /// `PolicyLanguage`.
        pub policy_language: Option<Value<String>>,
        /// `PolicyType`.
        pub policy_type: Option<Value<String>>,
        /// `ResourceLocations`.
        pub resource_locations: Option<Value<Vec<String>>>,
        /// `ResourceType`.
        pub resource_type: Option<Value<String>>,
        /// `ResourceTypes`.
        pub resource_types: Option<Value<Vec<String>>>,
        /// `RetainInterval`.
        pub retain_interval: Option<Value<i64>>,
        /// `Schedules`.
        pub schedules: Option<Value<Vec<Schedule>>>,
        /// `TargetTags`.
        pub target_tags: Option<Value<Vec<Tag>>>,
    }
    impl PolicyDetails {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                actions: None,
                copy_tags: None,
                create_interval: None,
                cross_region_copy_targets: None,
                event_source: None,
                exclusions: None,
                extend_deletion: None,
                parameters: None,
                policy_language: None,
                policy_type: None,
                resource_locations: None,
                resource_type: None,
                resource_types: None,
                retain_interval: None,
                schedules: None,
                target_tags: None,
            }
        }
        /// Sets `Actions`.
        #[must_use]
        pub fn set_actions(mut self, v: impl Into<Value<Vec<Action>>>) -> Self {
            self.actions = Some(v.into());
            self
        }
        /// Sets `CopyTags`.
        #[must_use]
        pub fn set_copy_tags(mut self, v: impl Into<Value<bool>>) -> Self {
            self.copy_tags = Some(v.into());
            self
        }
        /// Sets `CreateInterval`.
        #[must_use]
        pub fn set_create_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.create_interval = Some(v.into());
            self
        }
        /// Sets `CrossRegionCopyTargets`.
        #[must_use]
        pub fn set_cross_region_copy_targets(
            mut self,
            v: impl Into<Value<Vec<CrossRegionCopyTarget>>>,
        ) -> Self {
            self.cross_region_copy_targets = Some(v.into());
            self
        }
        /// Sets `EventSource`.
        #[must_use]
        pub fn set_event_source(mut self, v: impl Into<Value<EventSource>>) -> Self {
            self.event_source = Some(v.into());
            self
        }
        /// Sets `Exclusions`.
        #[must_use]
        pub fn set_exclusions(mut self, v: impl Into<Value<Exclusions>>) -> Self {
            self.exclusions = Some(v.into());
            self
        }
        /// Sets `ExtendDeletion`.
        #[must_use]
        pub fn set_extend_deletion(mut self, v: impl Into<Value<bool>>) -> Self {
            self.extend_deletion = Some(v.into());
            self
        }
        /// Sets `Parameters`.
        #[must_use]
        pub fn set_parameters(mut self, v: impl Into<Value<Parameters>>) -> Self {
            self.parameters = Some(v.into());
            self
        }
        /// Sets `PolicyLanguage`.
        #[must_use]
        pub fn set_policy_language(mut self, v: impl Into<Value<String>>) -> Self {
            self.policy_language = Some(v.into());
            self
        }
        /// Sets `PolicyType`.
        #[must_use]
        pub fn set_policy_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.policy_type = Some(v.into());
            self
        }
        /// Sets `ResourceLocations`.
        #[must_use]
        pub fn set_resource_locations(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.resource_locations = Some(v.into());
            self
        }
        /// Sets `ResourceType`.
        #[must_use]
        pub fn set_resource_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.resource_type = Some(v.into());
            self
        }
        /// Sets `ResourceTypes`.
        #[must_use]
        pub fn set_resource_types(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.resource_types = Some(v.into());
            self
        }
        /// Sets `RetainInterval`.
        #[must_use]
        pub fn set_retain_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.retain_interval = Some(v.into());
            self
        }
        /// Sets `Schedules`.
        #[must_use]
        pub fn set_schedules(mut self, v: impl Into<Value<Vec<Schedule>>>) -> Self {
            self.schedules = Some(v.into());
            self
        }
        /// Sets `TargetTags`.
        #[must_use]
        pub fn set_target_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
            self.target_tags = Some(v.into());
            self
        }
    }
    impl Default for PolicyDetails {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for PolicyDetails {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Actions", self.actions.as_ref());
            m.set("CopyTags", self.copy_tags.as_ref());
            m.set("CreateInterval", self.create_interval.as_ref());
            m.set(
                "CrossRegionCopyTargets",
                self.cross_region_copy_targets.as_ref(),
            );
            m.set("EventSource", self.event_source.as_ref());
            m.set("Exclusions", self.exclusions.as_ref());
            m.set("ExtendDeletion", self.extend_deletion.as_ref());
            m.set("Parameters", self.parameters.as_ref());
            m.set("PolicyLanguage", self.policy_language.as_ref());
            m.set("PolicyType", self.policy_type.as_ref());
            m.set("ResourceLocations", self.resource_locations.as_ref());
            m.set("ResourceType", self.resource_type.as_ref());
            m.set("ResourceTypes", self.resource_types.as_ref());
            m.set("RetainInterval", self.retain_interval.as_ref());
            m.set("Schedules", self.schedules.as_ref());
            m.set("TargetTags", self.target_tags.as_ref());
            m.finish()
        }
    }
    impl From<PolicyDetails> for Value<PolicyDetails> {
        fn from(v: PolicyDetails) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.Action`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-action.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Action {
        /// `CrossRegionCopy` (required).
        pub cross_region_copy: Value<Vec<CrossRegionCopyAction>>,
        /// `Name` (required).
        pub name: Value<String>,
    }
    impl Action {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            cross_region_copy: impl Into<Value<Vec<CrossRegionCopyAction>>>,
            name: impl Into<Value<String>>,
        ) -> Self {
            Self {
                cross_region_copy: cross_region_copy.into(),
                name: name.into(),
            }
        }
    }
    impl ToExpr for Action {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("CrossRegionCopy", &self.cross_region_copy);
            m.put("Name", &self.name);
            m.finish()
        }
    }
    impl From<Action> for Value<Action> {
        fn from(v: Action) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.CrossRegionCopyAction`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-crossregioncopyaction.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CrossRegionCopyAction {
        /// `EncryptionConfiguration` (required).
        pub encryption_configuration: Value<EncryptionConfiguration>,
        /// `RetainRule`.
        pub retain_rule: Option<Value<CrossRegionCopyRetainRule>>,
        /// `Target` (required).
        pub target: Value<String>,
    }
    impl CrossRegionCopyAction {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            encryption_configuration: impl Into<Value<EncryptionConfiguration>>,
            target: impl Into<Value<String>>,
        ) -> Self {
            Self {
                encryption_configuration: encryption_configuration.into(),
                retain_rule: None,
                target: target.into(),
            }
        }
        /// Sets `RetainRule`.
        #[must_use]
        pub fn set_retain_rule(mut self, v: impl Into<Value<CrossRegionCopyRetainRule>>) -> Self {
            self.retain_rule = Some(v.into());
            self
        }
    }
    impl ToExpr for CrossRegionCopyAction {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("EncryptionConfiguration", &self.encryption_configuration);
            m.set("RetainRule", self.retain_rule.as_ref());
            m.put("Target", &self.target);
            m.finish()
        }
    }
    impl From<CrossRegionCopyAction> for Value<CrossRegionCopyAction> {
        fn from(v: CrossRegionCopyAction) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.EncryptionConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-encryptionconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EncryptionConfiguration {
        /// `CmkArn`.
        pub cmk_arn: Option<Value<String>>,
        /// `Encrypted` (required).
        pub encrypted: Value<bool>,
    }
    impl EncryptionConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(encrypted: impl Into<Value<bool>>) -> Self {
            Self {
                cmk_arn: None,
                encrypted: encrypted.into(),
            }
        }
        /// Sets `CmkArn`.
        #[must_use]
        pub fn set_cmk_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.cmk_arn = Some(v.into());
            self
        }
    }
    impl ToExpr for EncryptionConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CmkArn", self.cmk_arn.as_ref());
            m.put("Encrypted", &self.encrypted);
            m.finish()
        }
    }
    impl From<EncryptionConfiguration> for Value<EncryptionConfiguration> {
        fn from(v: EncryptionConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.CrossRegionCopyRetainRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-crossregioncopyretainrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CrossRegionCopyRetainRule {
        /// `Interval` (required).
        pub interval: Value<i64>,
        /// `IntervalUnit` (required).
        pub interval_unit: Value<String>,
    }
    impl CrossRegionCopyRetainRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            interval: impl Into<Value<i64>>,
            interval_unit: impl Into<Value<String>>,
        ) -> Self {
            Self {
                interval: interval.into(),
                interval_unit: interval_unit.into(),
            }
        }
    }
    impl ToExpr for CrossRegionCopyRetainRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Interval", &self.interval);
            m.put("IntervalUnit", &self.interval_unit);
            m.finish()
        }
    }
    impl From<CrossRegionCopyRetainRule> for Value<CrossRegionCopyRetainRule> {
        fn from(v: CrossRegionCopyRetainRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.EventSource`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-eventsource.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EventSource {
        /// `Parameters`.
        pub parameters: Option<Value<EventParameters>>,
        /// `Type` (required).
        pub r#type: Value<String>,
    }
    impl EventSource {
        /// New value from its required properties.
        #[must_use]
        pub fn new(r#type: impl Into<Value<String>>) -> Self {
            Self {
                parameters: None,
                r#type: r#type.into(),
            }
        }
        /// Sets `Parameters`.
        #[must_use]
        pub fn set_parameters(mut self, v: impl Into<Value<EventParameters>>) -> Self {
            self.parameters = Some(v.into());
            self
        }
    }
    impl ToExpr for EventSource {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Parameters", self.parameters.as_ref());
            m.put("Type", &self.r#type);
            m.finish()
        }
    }
    impl From<EventSource> for Value<EventSource> {
        fn from(v: EventSource) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.EventParameters`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-eventparameters.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EventParameters {
        /// `DescriptionRegex`.
        pub description_regex: Option<Value<String>>,
        /// `EventType` (required).
        pub event_type: Value<String>,
        /// `SnapshotOwner` (required).
        pub snapshot_owner: Value<Vec<String>>,
    }
    impl EventParameters {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            event_type: impl Into<Value<String>>,
            snapshot_owner: impl Into<Value<Vec<String>>>,
        ) -> Self {
            Self {
                description_regex: None,
                event_type: event_type.into(),
                snapshot_owner: snapshot_owner.into(),
            }
        }
        /// Sets `DescriptionRegex`.
        #[must_use]
        pub fn set_description_regex(mut self, v: impl Into<Value<String>>) -> Self {
            self.description_regex = Some(v.into());
            self
        }
    }
    impl ToExpr for EventParameters {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DescriptionRegex", self.description_regex.as_ref());
            m.put("EventType", &self.event_type);
            m.put("SnapshotOwner", &self.snapshot_owner);
            m.finish()
        }
    }
    impl From<EventParameters> for Value<EventParameters> {
        fn from(v: EventParameters) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.Parameters`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-parameters.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Parameters {
        /// `ExcludeBootVolume`.
        pub exclude_boot_volume: Option<Value<bool>>,
        /// `ExcludeDataVolumeTags`.
        pub exclude_data_volume_tags: Option<Value<Vec<Tag>>>,
        /// `NoReboot`.
        pub no_reboot: Option<Value<bool>>,
    }
    impl Parameters {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                exclude_boot_volume: None,
                exclude_data_volume_tags: None,
                no_reboot: None,
            }
        }
        /// Sets `ExcludeBootVolume`.
        #[must_use]
        pub fn set_exclude_boot_volume(mut self, v: impl Into<Value<bool>>) -> Self {
            self.exclude_boot_volume = Some(v.into());
            self
        }
        /// Sets `ExcludeDataVolumeTags`.
        #[must_use]
        pub fn set_exclude_data_volume_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
            self.exclude_data_volume_tags = Some(v.into());
            self
        }
        /// Sets `NoReboot`.
        #[must_use]
        pub fn set_no_reboot(mut self, v: impl Into<Value<bool>>) -> Self {
            self.no_reboot = Some(v.into());
            self
        }
    }
    impl Default for Parameters {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Parameters {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ExcludeBootVolume", self.exclude_boot_volume.as_ref());
            m.set(
                "ExcludeDataVolumeTags",
                self.exclude_data_volume_tags.as_ref(),
            );
            m.set("NoReboot", self.no_reboot.as_ref());
            m.finish()
        }
    }
    impl From<Parameters> for Value<Parameters> {
        fn from(v: Parameters) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.Schedule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-schedule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Schedule {
        /// `ArchiveRule`.
        pub archive_rule: Option<Value<ArchiveRule>>,
        /// `CopyTags`.
        pub copy_tags: Option<Value<bool>>,
        /// `CreateRule`.
        pub create_rule: Option<Value<CreateRule>>,
        /// `CrossRegionCopyRules`.
        pub cross_region_copy_rules: Option<Value<Vec<CrossRegionCopyRule>>>,
        /// `DeprecateRule`.
        pub deprecate_rule: Option<Value<DeprecateRule>>,
        /// `FastRestoreRule`.
        pub fast_restore_rule: Option<Value<FastRestoreRule>>,
        /// `Name`.
        pub name: Option<Value<String>>,
        /// `RetainRule`.
        pub retain_rule: Option<Value<RetainRule>>,
        /// `ShareRules`.
        pub share_rules: Option<Value<Vec<ShareRule>>>,
        /// `TagsToAdd`.
        pub tags_to_add: Option<Value<Vec<Tag>>>,
        /// `VariableTags`.
        pub variable_tags: Option<Value<Vec<Tag>>>,
    }
    impl Schedule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                archive_rule: None,
                copy_tags: None,
                create_rule: None,
                cross_region_copy_rules: None,
                deprecate_rule: None,
                fast_restore_rule: None,
                name: None,
                retain_rule: None,
                share_rules: None,
                tags_to_add: None,
                variable_tags: None,
            }
        }
        /// Sets `ArchiveRule`.
        #[must_use]
        pub fn set_archive_rule(mut self, v: impl Into<Value<ArchiveRule>>) -> Self {
            self.archive_rule = Some(v.into());
            self
        }
        /// Sets `CopyTags`.
        #[must_use]
        pub fn set_copy_tags(mut self, v: impl Into<Value<bool>>) -> Self {
            self.copy_tags = Some(v.into());
            self
        }
        /// Sets `CreateRule`.
        #[must_use]
        pub fn set_create_rule(mut self, v: impl Into<Value<CreateRule>>) -> Self {
            self.create_rule = Some(v.into());
            self
        }
        /// Sets `CrossRegionCopyRules`.
        #[must_use]
        pub fn set_cross_region_copy_rules(
            mut self,
            v: impl Into<Value<Vec<CrossRegionCopyRule>>>,
        ) -> Self {
            self.cross_region_copy_rules = Some(v.into());
            self
        }
        /// Sets `DeprecateRule`.
        #[must_use]
        pub fn set_deprecate_rule(mut self, v: impl Into<Value<DeprecateRule>>) -> Self {
            self.deprecate_rule = Some(v.into());
            self
        }
        /// Sets `FastRestoreRule`.
        #[must_use]
        pub fn set_fast_restore_rule(mut self, v: impl Into<Value<FastRestoreRule>>) -> Self {
            self.fast_restore_rule = Some(v.into());
            self
        }
        /// Sets `Name`.
        #[must_use]
        pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.name = Some(v.into());
            self
        }
        /// Sets `RetainRule`.
        #[must_use]
        pub fn set_retain_rule(mut self, v: impl Into<Value<RetainRule>>) -> Self {
            self.retain_rule = Some(v.into());
            self
        }
        /// Sets `ShareRules`.
        #[must_use]
        pub fn set_share_rules(mut self, v: impl Into<Value<Vec<ShareRule>>>) -> Self {
            self.share_rules = Some(v.into());
            self
        }
        /// Sets `TagsToAdd`.
        #[must_use]
        pub fn set_tags_to_add(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
            self.tags_to_add = Some(v.into());
            self
        }
        /// Sets `VariableTags`.
        #[must_use]
        pub fn set_variable_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
            self.variable_tags = Some(v.into());
            self
        }
    }
    impl Default for Schedule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Schedule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ArchiveRule", self.archive_rule.as_ref());
            m.set("CopyTags", self.copy_tags.as_ref());
            m.set("CreateRule", self.create_rule.as_ref());
            m.set(
                "CrossRegionCopyRules",
                self.cross_region_copy_rules.as_ref(),
            );
            m.set("DeprecateRule", self.deprecate_rule.as_ref());
            m.set("FastRestoreRule", self.fast_restore_rule.as_ref());
            m.set("Name", self.name.as_ref());
            m.set("RetainRule", self.retain_rule.as_ref());
            m.set("ShareRules", self.share_rules.as_ref());
            m.set("TagsToAdd", self.tags_to_add.as_ref());
            m.set("VariableTags", self.variable_tags.as_ref());
            m.finish()
        }
    }
    impl From<Schedule> for Value<Schedule> {
        fn from(v: Schedule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.ArchiveRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-archiverule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ArchiveRule {
        /// `RetainRule` (required).
        pub retain_rule: Value<ArchiveRetainRule>,
    }
    impl ArchiveRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(retain_rule: impl Into<Value<ArchiveRetainRule>>) -> Self {
            Self {
                retain_rule: retain_rule.into(),
            }
        }
    }
    impl ToExpr for ArchiveRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("RetainRule", &self.retain_rule);
            m.finish()
        }
    }
    impl From<ArchiveRule> for Value<ArchiveRule> {
        fn from(v: ArchiveRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.ArchiveRetainRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-archiveretainrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ArchiveRetainRule {
        /// `RetentionArchiveTier` (required).
        pub retention_archive_tier: Value<RetentionArchiveTier>,
    }
    impl ArchiveRetainRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(retention_archive_tier: impl Into<Value<RetentionArchiveTier>>) -> Self {
            Self {
                retention_archive_tier: retention_archive_tier.into(),
            }
        }
    }
    impl ToExpr for ArchiveRetainRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("RetentionArchiveTier", &self.retention_archive_tier);
            m.finish()
        }
    }
    impl From<ArchiveRetainRule> for Value<ArchiveRetainRule> {
        fn from(v: ArchiveRetainRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.RetentionArchiveTier`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-retentionarchivetier.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RetentionArchiveTier {
        /// `Count`.
        pub count: Option<Value<i64>>,
        /// `Interval`.
        pub interval: Option<Value<i64>>,
        /// `IntervalUnit`.
        pub interval_unit: Option<Value<String>>,
    }
    impl RetentionArchiveTier {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                count: None,
                interval: None,
                interval_unit: None,
            }
        }
        /// Sets `Count`.
        #[must_use]
        pub fn set_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.count = Some(v.into());
            self
        }
        /// Sets `Interval`.
        #[must_use]
        pub fn set_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.interval = Some(v.into());
            self
        }
        /// Sets `IntervalUnit`.
        #[must_use]
        pub fn set_interval_unit(mut self, v: impl Into<Value<String>>) -> Self {
            self.interval_unit = Some(v.into());
            self
        }
    }
    impl Default for RetentionArchiveTier {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for RetentionArchiveTier {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Count", self.count.as_ref());
            m.set("Interval", self.interval.as_ref());
            m.set("IntervalUnit", self.interval_unit.as_ref());
            m.finish()
        }
    }
    impl From<RetentionArchiveTier> for Value<RetentionArchiveTier> {
        fn from(v: RetentionArchiveTier) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.CreateRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-createrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateRule {
        /// `CronExpression`.
        pub cron_expression: Option<Value<String>>,
        /// `Interval`.
        pub interval: Option<Value<i64>>,
        /// `IntervalUnit`.
        pub interval_unit: Option<Value<String>>,
        /// `Location`.
        pub location: Option<Value<String>>,
        /// `Scripts`.
        pub scripts: Option<Value<Vec<Script>>>,
        /// `Times`.
        pub times: Option<Value<Vec<String>>>,
    }
    impl CreateRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                cron_expression: None,
                interval: None,
                interval_unit: None,
                location: None,
                scripts: None,
                times: None,
            }
        }
        /// Sets `CronExpression`.
        #[must_use]
        pub fn set_cron_expression(mut self, v: impl Into<Value<String>>) -> Self {
            self.cron_expression = Some(v.into());
            self
        }
        /// Sets `Interval`.
        #[must_use]
        pub fn set_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.interval = Some(v.into());
            self
        }
        /// Sets `IntervalUnit`.
        #[must_use]
        pub fn set_interval_unit(mut self, v: impl Into<Value<String>>) -> Self {
            self.interval_unit = Some(v.into());
            self
        }
        /// Sets `Location`.
        #[must_use]
        pub fn set_location(mut self, v: impl Into<Value<String>>) -> Self {
            self.location = Some(v.into());
            self
        }
        /// Sets `Scripts`.
        #[must_use]
        pub fn set_scripts(mut self, v: impl Into<Value<Vec<Script>>>) -> Self {
            self.scripts = Some(v.into());
            self
        }
        /// Sets `Times`.
        #[must_use]
        pub fn set_times(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.times = Some(v.into());
            self
        }
    }
    impl Default for CreateRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CreateRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CronExpression", self.cron_expression.as_ref());
            m.set("Interval", self.interval.as_ref());
            m.set("IntervalUnit", self.interval_unit.as_ref());
            m.set("Location", self.location.as_ref());
            m.set("Scripts", self.scripts.as_ref());
            m.set("Times", self.times.as_ref());
            m.finish()
        }
    }
    impl From<CreateRule> for Value<CreateRule> {
        fn from(v: CreateRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.Script`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-script.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Script {
        /// `ExecuteOperationOnScriptFailure`.
        pub execute_operation_on_script_failure: Option<Value<bool>>,
        /// `ExecutionHandler`.
        pub execution_handler: Option<Value<String>>,
        /// `ExecutionHandlerService`.
        pub execution_handler_service: Option<Value<String>>,
        /// `ExecutionTimeout`.
        pub execution_timeout: Option<Value<i64>>,
        /// `MaximumRetryCount`.
        pub maximum_retry_count: Option<Value<i64>>,
        /// `Stages`.
        pub stages: Option<Value<Vec<String>>>,
    }
    impl Script {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                execute_operation_on_script_failure: None,
                execution_handler: None,
                execution_handler_service: None,
                execution_timeout: None,
                maximum_retry_count: None,
                stages: None,
            }
        }
        /// Sets `ExecuteOperationOnScriptFailure`.
        #[must_use]
        pub fn set_execute_operation_on_script_failure(
            mut self,
            v: impl Into<Value<bool>>,
        ) -> Self {
            self.execute_operation_on_script_failure = Some(v.into());
            self
        }
        /// Sets `ExecutionHandler`.
        #[must_use]
        pub fn set_execution_handler(mut self, v: impl Into<Value<String>>) -> Self {
            self.execution_handler = Some(v.into());
            self
        }
        /// Sets `ExecutionHandlerService`.
        #[must_use]
        pub fn set_execution_handler_service(mut self, v: impl Into<Value<String>>) -> Self {
            self.execution_handler_service = Some(v.into());
            self
        }
        /// Sets `ExecutionTimeout`.
        #[must_use]
        pub fn set_execution_timeout(mut self, v: impl Into<Value<i64>>) -> Self {
            self.execution_timeout = Some(v.into());
            self
        }
        /// Sets `MaximumRetryCount`.
        #[must_use]
        pub fn set_maximum_retry_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.maximum_retry_count = Some(v.into());
            self
        }
        /// Sets `Stages`.
        #[must_use]
        pub fn set_stages(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.stages = Some(v.into());
            self
        }
    }
    impl Default for Script {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Script {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "ExecuteOperationOnScriptFailure",
                self.execute_operation_on_script_failure.as_ref(),
            );
            m.set("ExecutionHandler", self.execution_handler.as_ref());
            m.set(
                "ExecutionHandlerService",
                self.execution_handler_service.as_ref(),
            );
            m.set("ExecutionTimeout", self.execution_timeout.as_ref());
            m.set("MaximumRetryCount", self.maximum_retry_count.as_ref());
            m.set("Stages", self.stages.as_ref());
            m.finish()
        }
    }
    impl From<Script> for Value<Script> {
        fn from(v: Script) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.CrossRegionCopyRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-crossregioncopyrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CrossRegionCopyRule {
        /// `CmkArn`.
        pub cmk_arn: Option<Value<String>>,
        /// `CopyTags`.
        pub copy_tags: Option<Value<bool>>,
        /// `DeprecateRule`.
        pub deprecate_rule: Option<Value<CrossRegionCopyDeprecateRule>>,
        /// `Encrypted` (required).
        pub encrypted: Value<bool>,
        /// `RetainRule`.
        pub retain_rule: Option<Value<CrossRegionCopyRetainRule>>,
        /// `Target`.
        pub target: Option<Value<String>>,
        /// `TargetRegion`.
        pub target_region: Option<Value<String>>,
    }
    impl CrossRegionCopyRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(encrypted: impl Into<Value<bool>>) -> Self {
            Self {
                cmk_arn: None,
                copy_tags: None,
                deprecate_rule: None,
                encrypted: encrypted.into(),
                retain_rule: None,
                target: None,
                target_region: None,
            }
        }
        /// Sets `CmkArn`.
        #[must_use]
        pub fn set_cmk_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.cmk_arn = Some(v.into());
            self
        }
        /// Sets `CopyTags`.
        #[must_use]
        pub fn set_copy_tags(mut self, v: impl Into<Value<bool>>) -> Self {
            self.copy_tags = Some(v.into());
            self
        }
        /// Sets `DeprecateRule`.
        #[must_use]
        pub fn set_deprecate_rule(
            mut self,
            v: impl Into<Value<CrossRegionCopyDeprecateRule>>,
        ) -> Self {
            self.deprecate_rule = Some(v.into());
            self
        }
        /// Sets `RetainRule`.
        #[must_use]
        pub fn set_retain_rule(mut self, v: impl Into<Value<CrossRegionCopyRetainRule>>) -> Self {
            self.retain_rule = Some(v.into());
            self
        }
        /// Sets `Target`.
        #[must_use]
        pub fn set_target(mut self, v: impl Into<Value<String>>) -> Self {
            self.target = Some(v.into());
            self
        }
        /// Sets `TargetRegion`.
        #[must_use]
        pub fn set_target_region(mut self, v: impl Into<Value<String>>) -> Self {
            self.target_region = Some(v.into());
            self
        }
    }
    impl ToExpr for CrossRegionCopyRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CmkArn", self.cmk_arn.as_ref());
            m.set("CopyTags", self.copy_tags.as_ref());
            m.set("DeprecateRule", self.deprecate_rule.as_ref());
            m.put("Encrypted", &self.encrypted);
            m.set("RetainRule", self.retain_rule.as_ref());
            m.set("Target", self.target.as_ref());
            m.set("TargetRegion", self.target_region.as_ref());
            m.finish()
        }
    }
    impl From<CrossRegionCopyRule> for Value<CrossRegionCopyRule> {
        fn from(v: CrossRegionCopyRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.CrossRegionCopyDeprecateRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-crossregioncopydeprecaterule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CrossRegionCopyDeprecateRule {
        /// `Interval` (required).
        pub interval: Value<i64>,
        /// `IntervalUnit` (required).
        pub interval_unit: Value<String>,
    }
    impl CrossRegionCopyDeprecateRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            interval: impl Into<Value<i64>>,
            interval_unit: impl Into<Value<String>>,
        ) -> Self {
            Self {
                interval: interval.into(),
                interval_unit: interval_unit.into(),
            }
        }
    }
    impl ToExpr for CrossRegionCopyDeprecateRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Interval", &self.interval);
            m.put("IntervalUnit", &self.interval_unit);
            m.finish()
        }
    }
    impl From<CrossRegionCopyDeprecateRule> for Value<CrossRegionCopyDeprecateRule> {
        fn from(v: CrossRegionCopyDeprecateRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.DeprecateRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-deprecaterule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeprecateRule {
        /// `Count`.
        pub count: Option<Value<i64>>,
        /// `Interval`.
        pub interval: Option<Value<i64>>,
        /// `IntervalUnit`.
        pub interval_unit: Option<Value<String>>,
    }
    impl DeprecateRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                count: None,
                interval: None,
                interval_unit: None,
            }
        }
        /// Sets `Count`.
        #[must_use]
        pub fn set_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.count = Some(v.into());
            self
        }
        /// Sets `Interval`.
        #[must_use]
        pub fn set_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.interval = Some(v.into());
            self
        }
        /// Sets `IntervalUnit`.
        #[must_use]
        pub fn set_interval_unit(mut self, v: impl Into<Value<String>>) -> Self {
            self.interval_unit = Some(v.into());
            self
        }
    }
    impl Default for DeprecateRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for DeprecateRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Count", self.count.as_ref());
            m.set("Interval", self.interval.as_ref());
            m.set("IntervalUnit", self.interval_unit.as_ref());
            m.finish()
        }
    }
    impl From<DeprecateRule> for Value<DeprecateRule> {
        fn from(v: DeprecateRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.FastRestoreRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-fastrestorerule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FastRestoreRule {
        /// `AvailabilityZoneIds`.
        pub availability_zone_ids: Option<Value<Vec<String>>>,
        /// `AvailabilityZones`.
        pub availability_zones: Option<Value<Vec<String>>>,
        /// `Count`.
        pub count: Option<Value<i64>>,
        /// `Interval`.
        pub interval: Option<Value<i64>>,
        /// `IntervalUnit`.
        pub interval_unit: Option<Value<String>>,
    }
    impl FastRestoreRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                availability_zone_ids: None,
                availability_zones: None,
                count: None,
                interval: None,
                interval_unit: None,
            }
        }
        /// Sets `AvailabilityZoneIds`.
        #[must_use]
        pub fn set_availability_zone_ids(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.availability_zone_ids = Some(v.into());
            self
        }
        /// Sets `AvailabilityZones`.
        #[must_use]
        pub fn set_availability_zones(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.availability_zones = Some(v.into());
            self
        }
        /// Sets `Count`.
        #[must_use]
        pub fn set_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.count = Some(v.into());
            self
        }
        /// Sets `Interval`.
        #[must_use]
        pub fn set_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.interval = Some(v.into());
            self
        }
        /// Sets `IntervalUnit`.
        #[must_use]
        pub fn set_interval_unit(mut self, v: impl Into<Value<String>>) -> Self {
            self.interval_unit = Some(v.into());
            self
        }
    }
    impl Default for FastRestoreRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for FastRestoreRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AvailabilityZoneIds", self.availability_zone_ids.as_ref());
            m.set("AvailabilityZones", self.availability_zones.as_ref());
            m.set("Count", self.count.as_ref());
            m.set("Interval", self.interval.as_ref());
            m.set("IntervalUnit", self.interval_unit.as_ref());
            m.finish()
        }
    }
    impl From<FastRestoreRule> for Value<FastRestoreRule> {
        fn from(v: FastRestoreRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.RetainRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-retainrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RetainRule {
        /// `Count`.
        pub count: Option<Value<i64>>,
        /// `Interval`.
        pub interval: Option<Value<i64>>,
        /// `IntervalUnit`.
        pub interval_unit: Option<Value<String>>,
    }
    impl RetainRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                count: None,
                interval: None,
                interval_unit: None,
            }
        }
        /// Sets `Count`.
        #[must_use]
        pub fn set_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.count = Some(v.into());
            self
        }
        /// Sets `Interval`.
        #[must_use]
        pub fn set_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.interval = Some(v.into());
            self
        }
        /// Sets `IntervalUnit`.
        #[must_use]
        pub fn set_interval_unit(mut self, v: impl Into<Value<String>>) -> Self {
            self.interval_unit = Some(v.into());
            self
        }
    }
    impl Default for RetainRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for RetainRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Count", self.count.as_ref());
            m.set("Interval", self.interval.as_ref());
            m.set("IntervalUnit", self.interval_unit.as_ref());
            m.finish()
        }
    }
    impl From<RetainRule> for Value<RetainRule> {
        fn from(v: RetainRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::DLM::LifecyclePolicy.ShareRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-sharerule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ShareRule {
        /// `TargetAccounts`.
        pub target_accounts: Option<Value<Vec<String>>>,
        /// `UnshareInterval`.
        pub unshare_interval: Option<Value<i64>>,
        /// `UnshareIntervalUnit`.
        pub unshare_interval_unit: Option<Value<String>>,
    }
    impl ShareRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                target_accounts: None,
                unshare_interval: None,
                unshare_interval_unit: None,
            }
        }
        /// Sets `TargetAccounts`.
        #[must_use]
        pub fn set_target_accounts(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.target_accounts = Some(v.into());
            self
        }
        /// Sets `UnshareInterval`.
        #[must_use]
        pub fn set_unshare_interval(mut self, v: impl Into<Value<i64>>) -> Self {
            self.unshare_interval = Some(v.into());
            self
        }
        /// Sets `UnshareIntervalUnit`.
        #[must_use]
        pub fn set_unshare_interval_unit(mut self, v: impl Into<Value<String>>) -> Self {
            self.unshare_interval_unit = Some(v.into());
            self
        }
    }
    impl Default for ShareRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ShareRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("TargetAccounts", self.target_accounts.as_ref());
            m.set("UnshareInterval", self.unshare_interval.as_ref());
            m.set("UnshareIntervalUnit", self.unshare_interval_unit.as_ref());
            m.finish()
        }
    }
    impl From<ShareRule> for Value<ShareRule> {
        fn from(v: ShareRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
