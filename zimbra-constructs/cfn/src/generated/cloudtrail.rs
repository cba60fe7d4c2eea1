// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `cloudtrail` service.
use zimbra_constructs_core::resource::{GetAtt, Resource, ResourceRef, ResourceSchema, Tagging};
use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, Value};
/// [`AWS::CloudTrail::Trail`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Trail {
    /// `AdvancedEventSelectors`.
    pub advanced_event_selectors: Option<Value<Vec<trail::AdvancedEventSelector>>>,
    /// `AggregationConfigurations`.
    pub aggregation_configurations: Option<Value<Vec<trail::AggregationConfiguration>>>,
    /// `CloudWatchLogsLogGroupArn`.
    pub cloud_watch_logs_log_group_arn: Option<Value<String>>,
    /// `CloudWatchLogsRoleArn`.
    pub cloud_watch_logs_role_arn: Option<Value<String>>,
    /// `EnableLogFileValidation`.
    pub enable_log_file_validation: Option<Value<bool>>,
    /// `EventSelectors`.
    pub event_selectors: Option<Value<Vec<trail::EventSelector>>>,
    /// `IncludeGlobalServiceEvents`.
    pub include_global_service_events: Option<Value<bool>>,
    /// `InsightSelectors`.
    pub insight_selectors: Option<Value<Vec<trail::InsightSelector>>>,
    /// `IsLogging` (required).
    pub is_logging: Value<bool>,
    /// `IsMultiRegionTrail`.
    pub is_multi_region_trail: Option<Value<bool>>,
    /// `IsOrganizationTrail`.
    pub is_organization_trail: Option<Value<bool>>,
    /// `KMSKeyId`.
    pub kms_key_id: Option<Value<String>>,
    /// `S3BucketName` (required).
    pub s3_bucket_name: Value<String>,
    /// `S3KeyPrefix`.
    pub s3_key_prefix: Option<Value<String>>,
    /// `SnsTopicName`.
    pub sns_topic_name: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `TrailName` (create-only).
    pub trail_name: Option<Value<String>>,
}
impl Trail {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        is_logging: impl Into<Value<bool>>,
        s3_bucket_name: impl Into<Value<String>>,
    ) -> Self {
        Self {
            advanced_event_selectors: None,
            aggregation_configurations: None,
            cloud_watch_logs_log_group_arn: None,
            cloud_watch_logs_role_arn: None,
            enable_log_file_validation: None,
            event_selectors: None,
            include_global_service_events: None,
            insight_selectors: None,
            is_logging: is_logging.into(),
            is_multi_region_trail: None,
            is_organization_trail: None,
            kms_key_id: None,
            s3_bucket_name: s3_bucket_name.into(),
            s3_key_prefix: None,
            sns_topic_name: None,
            tags: None,
            trail_name: None,
        }
    }
    /// Sets `AdvancedEventSelectors`.
    #[must_use]
    pub fn set_advanced_event_selectors(
        mut self,
        v: impl Into<Value<Vec<trail::AdvancedEventSelector>>>,
    ) -> Self {
        self.advanced_event_selectors = Some(v.into());
        self
    }
    /// Sets `AggregationConfigurations`.
    #[must_use]
    pub fn set_aggregation_configurations(
        mut self,
        v: impl Into<Value<Vec<trail::AggregationConfiguration>>>,
    ) -> Self {
        self.aggregation_configurations = Some(v.into());
        self
    }
    /// Sets `CloudWatchLogsLogGroupArn`.
    #[must_use]
    pub fn set_cloud_watch_logs_log_group_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.cloud_watch_logs_log_group_arn = Some(v.into());
        self
    }
    /// Sets `CloudWatchLogsRoleArn`.
    #[must_use]
    pub fn set_cloud_watch_logs_role_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.cloud_watch_logs_role_arn = Some(v.into());
        self
    }
    /// Sets `EnableLogFileValidation`.
    #[must_use]
    pub fn set_enable_log_file_validation(mut self, v: impl Into<Value<bool>>) -> Self {
        self.enable_log_file_validation = Some(v.into());
        self
    }
    /// Sets `EventSelectors`.
    #[must_use]
    pub fn set_event_selectors(mut self, v: impl Into<Value<Vec<trail::EventSelector>>>) -> Self {
        self.event_selectors = Some(v.into());
        self
    }
    /// Sets `IncludeGlobalServiceEvents`.
    #[must_use]
    pub fn set_include_global_service_events(mut self, v: impl Into<Value<bool>>) -> Self {
        self.include_global_service_events = Some(v.into());
        self
    }
    /// Sets `InsightSelectors`.
    #[must_use]
    pub fn set_insight_selectors(
        mut self,
        v: impl Into<Value<Vec<trail::InsightSelector>>>,
    ) -> Self {
        self.insight_selectors = Some(v.into());
        self
    }
    /// Sets `IsMultiRegionTrail`.
    #[must_use]
    pub fn set_is_multi_region_trail(mut self, v: impl Into<Value<bool>>) -> Self {
        self.is_multi_region_trail = Some(v.into());
        self
    }
    /// Sets `IsOrganizationTrail`.
    #[must_use]
    pub fn set_is_organization_trail(mut self, v: impl Into<Value<bool>>) -> Self {
        self.is_organization_trail = Some(v.into());
        self
    }
    /// Sets `KMSKeyId`.
    #[must_use]
    pub fn set_kms_key_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.kms_key_id = Some(v.into());
        self
    }
    /// Sets `S3KeyPrefix`.
    #[must_use]
    pub fn set_s3_key_prefix(mut self, v: impl Into<Value<String>>) -> Self {
        self.s3_key_prefix = Some(v.into());
        self
    }
    /// Sets `SnsTopicName`.
    #[must_use]
    pub fn set_sns_topic_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.sns_topic_name = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `TrailName`.
    #[must_use]
    pub fn set_trail_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.trail_name = Some(v.into());
        self
    }
}
impl Resource for Trail {
    const TYPE: &'static str = "AWS::CloudTrail::Trail";
    const SCHEMA: &'static ResourceSchema = &TRAIL_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set(
            "AdvancedEventSelectors",
            self.advanced_event_selectors.as_ref(),
        );
        m.set(
            "AggregationConfigurations",
            self.aggregation_configurations.as_ref(),
        );
        m.set(
            "CloudWatchLogsLogGroupArn",
            self.cloud_watch_logs_log_group_arn.as_ref(),
        );
        m.set(
            "CloudWatchLogsRoleArn",
            self.cloud_watch_logs_role_arn.as_ref(),
        );
        m.set(
            "EnableLogFileValidation",
            self.enable_log_file_validation.as_ref(),
        );
        m.set("EventSelectors", self.event_selectors.as_ref());
        m.set(
            "IncludeGlobalServiceEvents",
            self.include_global_service_events.as_ref(),
        );
        m.set("InsightSelectors", self.insight_selectors.as_ref());
        m.put("IsLogging", &self.is_logging);
        m.set("IsMultiRegionTrail", self.is_multi_region_trail.as_ref());
        m.set("IsOrganizationTrail", self.is_organization_trail.as_ref());
        m.set("KMSKeyId", self.kms_key_id.as_ref());
        m.put("S3BucketName", &self.s3_bucket_name);
        m.set("S3KeyPrefix", self.s3_key_prefix.as_ref());
        m.set("SnsTopicName", self.sns_topic_name.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("TrailName", self.trail_name.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.advanced_event_selectors {
            f("AdvancedEventSelectors", v.expr());
        }
        if let Some(v) = &self.aggregation_configurations {
            f("AggregationConfigurations", v.expr());
        }
        if let Some(v) = &self.cloud_watch_logs_log_group_arn {
            f("CloudWatchLogsLogGroupArn", v.expr());
        }
        if let Some(v) = &self.cloud_watch_logs_role_arn {
            f("CloudWatchLogsRoleArn", v.expr());
        }
        if let Some(v) = &self.enable_log_file_validation {
            f("EnableLogFileValidation", v.expr());
        }
        if let Some(v) = &self.event_selectors {
            f("EventSelectors", v.expr());
        }
        if let Some(v) = &self.include_global_service_events {
            f("IncludeGlobalServiceEvents", v.expr());
        }
        if let Some(v) = &self.insight_selectors {
            f("InsightSelectors", v.expr());
        }
        f("IsLogging", self.is_logging.expr());
        if let Some(v) = &self.is_multi_region_trail {
            f("IsMultiRegionTrail", v.expr());
        }
        if let Some(v) = &self.is_organization_trail {
            f("IsOrganizationTrail", v.expr());
        }
        if let Some(v) = &self.kms_key_id {
            f("KMSKeyId", v.expr());
        }
        f("S3BucketName", self.s3_bucket_name.expr());
        if let Some(v) = &self.s3_key_prefix {
            f("S3KeyPrefix", v.expr());
        }
        if let Some(v) = &self.sns_topic_name {
            f("SnsTopicName", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.trail_name {
            f("TrailName", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Trail`] handle (in scope with the crate's `prelude`).
pub trait TrailAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
    /// `Fn::GetAtt` `SnsTopicArn`.
    #[must_use]
    fn attr_sns_topic_arn(&self) -> Value<String> {
        self.get_att("SnsTopicArn")
    }
}
impl TrailAttributes for ResourceRef<Trail> {}
static TRAIL_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::CloudTrail::Trail",
    create_only: &["/properties/TrailName"],
    read_only: &["/properties/Arn", "/properties/SnsTopicArn"],
    attributes: &["Arn", "SnsTopicArn"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::CloudTrail::Trail`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html).
pub mod trail {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::CloudTrail::Trail.AdvancedEventSelector`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-advancedeventselector.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AdvancedEventSelector {
        /// `FieldSelectors` (required).
        pub field_selectors: Value<Vec<AdvancedFieldSelector>>,
        /// `Name`.
        pub name: Option<Value<String>>,
    }
    impl AdvancedEventSelector {
        /// New value from its required properties.
        #[must_use]
        pub fn new(field_selectors: impl Into<Value<Vec<AdvancedFieldSelector>>>) -> Self {
            Self {
                field_selectors: field_selectors.into(),
                name: None,
            }
        }
        /// Sets `Name`.
        #[must_use]
        pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.name = Some(v.into());
            self
        }
    }
    impl ToExpr for AdvancedEventSelector {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("FieldSelectors", &self.field_selectors);
            m.set("Name", self.name.as_ref());
            m.finish()
        }
    }
    impl From<AdvancedEventSelector> for Value<AdvancedEventSelector> {
        fn from(v: AdvancedEventSelector) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::CloudTrail::Trail.AdvancedFieldSelector`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-advancedfieldselector.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AdvancedFieldSelector {
        /// `EndsWith`.
        pub ends_with: Option<Value<Vec<String>>>,
        /// `Equals`.
        pub equals: Option<Value<Vec<String>>>,
        /// `Field` (required).
        pub field: Value<String>,
        /// `NotEndsWith`.
        pub not_ends_with: Option<Value<Vec<String>>>,
        /// `NotEquals`.
        pub not_equals: Option<Value<Vec<String>>>,
        /// `NotStartsWith`.
        pub not_starts_with: Option<Value<Vec<String>>>,
        /// `StartsWith`.
        pub starts_with: Option<Value<Vec<String>>>,
    }
    impl AdvancedFieldSelector {
        /// New value from its required properties.
        #[must_use]
        pub fn new(field: impl Into<Value<String>>) -> Self {
            Self {
                ends_with: None,
                equals: None,
                field: field.into(),
                not_ends_with: None,
                not_equals: None,
                not_starts_with: None,
                starts_with: None,
            }
        }
        /// Sets `EndsWith`.
        #[must_use]
        pub fn set_ends_with(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.ends_with = Some(v.into());
            self
        }
        /// Sets `Equals`.
        #[must_use]
        pub fn set_equals(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.equals = Some(v.into());
            self
        }
        /// Sets `NotEndsWith`.
        #[must_use]
        pub fn set_not_ends_with(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.not_ends_with = Some(v.into());
            self
        }
        /// Sets `NotEquals`.
        #[must_use]
        pub fn set_not_equals(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.not_equals = Some(v.into());
            self
        }
        /// Sets `NotStartsWith`.
        #[must_use]
        pub fn set_not_starts_with(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.not_starts_with = Some(v.into());
            self
        }
        /// Sets `StartsWith`.
        #[must_use]
        pub fn set_starts_with(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.starts_with = Some(v.into());
            self
        }
    }
    impl ToExpr for AdvancedFieldSelector {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EndsWith", self.ends_with.as_ref());
            m.set("Equals", self.equals.as_ref());
            m.put("Field", &self.field);
            m.set("NotEndsWith", self.not_ends_with.as_ref());
            m.set("NotEquals", self.not_equals.as_ref());
            m.set("NotStartsWith", self.not_starts_with.as_ref());
            m.set("StartsWith", self.starts_with.as_ref());
            m.finish()
        }
    }
    impl From<AdvancedFieldSelector> for Value<AdvancedFieldSelector> {
        fn from(v: AdvancedFieldSelector) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::CloudTrail::Trail.AggregationConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-aggregationconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AggregationConfiguration {
        /// `EventCategory` (required).
        pub event_category: Value<String>,
        /// `Templates` (required).
        pub templates: Value<Vec<String>>,
    }
    impl AggregationConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            event_category: impl Into<Value<String>>,
            templates: impl Into<Value<Vec<String>>>,
        ) -> Self {
            Self {
                event_category: event_category.into(),
                templates: templates.into(),
            }
        }
    }
    impl ToExpr for AggregationConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("EventCategory", &self.event_category);
            m.put("Templates", &self.templates);
            m.finish()
        }
    }
    impl From<AggregationConfiguration> for Value<AggregationConfiguration> {
        fn from(v: AggregationConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::CloudTrail::Trail.EventSelector`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-eventselector.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EventSelector {
        /// `DataResources`.
        pub data_resources: Option<Value<Vec<DataResource>>>,
        /// `ExcludeManagementEventSources`.
        pub exclude_management_event_sources: Option<Value<Vec<String>>>,
        /// `IncludeManagementEvents`.
        pub include_management_events: Option<Value<bool>>,
        /// `ReadWriteType`.
        pub read_write_type: Option<Value<String>>,
    }
    impl EventSelector {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                data_resources: None,
                exclude_management_event_sources: None,
                include_management_events: None,
                read_write_type: None,
            }
        }
        /// Sets `DataResources`.
        #[must_use]
        pub fn set_data_resources(mut self, v: impl Into<Value<Vec<DataResource>>>) -> Self {
            self.data_resources = Some(v.into());
            self
        }
        /// Sets `ExcludeManagementEventSources`.
        #[must_use]
        pub fn set_exclude_management_event_sources(
            mut self,
            v: impl Into<Value<Vec<String>>>,
        ) -> Self {
            self.exclude_management_event_sources = Some(v.into());
            self
        }
        /// Sets `IncludeManagementEvents`.
        #[must_use]
        pub fn set_include_management_events(mut self, v: impl Into<Value<bool>>) -> Self {
            self.include_management_events = Some(v.into());
            self
        }
        /// Sets `ReadWriteType`.
        #[must_use]
        pub fn set_read_write_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.read_write_type = Some(v.into());
            self
        }
    }
    impl Default for EventSelector {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for EventSelector {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DataResources", self.data_resources.as_ref());
            m.set(
                "ExcludeManagementEventSources",
                self.exclude_management_event_sources.as_ref(),
            );
            m.set(
                "IncludeManagementEvents",
                self.include_management_events.as_ref(),
            );
            m.set("ReadWriteType", self.read_write_type.as_ref());
            m.finish()
        }
    }
    impl From<EventSelector> for Value<EventSelector> {
        fn from(v: EventSelector) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::CloudTrail::Trail.DataResource`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-dataresource.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DataResource {
        /// `Type` (required).
        pub r#type: Value<String>,
        /// `Values`.
        pub values: Option<Value<Vec<String>>>,
    }
    impl DataResource {
        /// New value from its required properties.
        #[must_use]
        pub fn new(r#type: impl Into<Value<String>>) -> Self {
            Self {
                r#type: r#type.into(),
                values: None,
            }
        }
        /// Sets `Values`.
        #[must_use]
        pub fn set_values(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.values = Some(v.into());
            self
        }
    }
    impl ToExpr for DataResource {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Type", &self.r#type);
            m.set("Values", self.values.as_ref());
            m.finish()
        }
    }
    impl From<DataResource> for Value<DataResource> {
        fn from(v: DataResource) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::CloudTrail::Trail.InsightSelector`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudtrail-trail-insightselector.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InsightSelector {
        /// `EventCategories`.
        pub event_categories: Option<Value<Vec<String>>>,
        /// `InsightType`.
        pub insight_type: Option<Value<String>>,
    }
    impl InsightSelector {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                event_categories: None,
                insight_type: None,
            }
        }
        /// Sets `EventCategories`.
        #[must_use]
        pub fn set_event_categories(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.event_categories = Some(v.into());
            self
        }
        /// Sets `InsightType`.
        #[must_use]
        pub fn set_insight_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.insight_type = Some(v.into());
            self
        }
    }
    impl Default for InsightSelector {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for InsightSelector {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EventCategories", self.event_categories.as_ref());
            m.set("InsightType", self.insight_type.as_ref());
            m.finish()
        }
    }
    impl From<InsightSelector> for Value<InsightSelector> {
        fn from(v: InsightSelector) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
