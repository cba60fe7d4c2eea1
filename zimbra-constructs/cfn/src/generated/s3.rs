// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `s3` service.
use zimbra_constructs_core::resource::{GetAtt, Resource, ResourceRef, ResourceSchema, Tagging};
use zimbra_constructs_core::value::{Expr, Json, PropertyMap, Tag, Value};
/// [`AWS::S3::Bucket`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Bucket {
    /// `AbacStatus`.
    pub abac_status: Option<Value<String>>,
    /// `AccelerateConfiguration`.
    pub accelerate_configuration: Option<Value<bucket::AccelerateConfiguration>>,
    /// `AccessControl`.
    pub access_control: Option<Value<String>>,
    /// `AnalyticsConfigurations`.
    pub analytics_configurations: Option<Value<Vec<bucket::AnalyticsConfiguration>>>,
    /// `BucketEncryption`.
    pub bucket_encryption: Option<Value<bucket::BucketEncryption>>,
    /// `BucketName` (create-only).
    pub bucket_name: Option<Value<String>>,
    /// `BucketNamePrefix` (create-only).
    pub bucket_name_prefix: Option<Value<String>>,
    /// `BucketNamespace` (create-only).
    pub bucket_namespace: Option<Value<String>>,
    /// `CorsConfiguration`.
    pub cors_configuration: Option<Value<bucket::CorsConfiguration>>,
    /// `IntelligentTieringConfigurations`.
    pub intelligent_tiering_configurations:
        Option<Value<Vec<bucket::IntelligentTieringConfiguration>>>,
    /// `InventoryConfigurations`.
    pub inventory_configurations: Option<Value<Vec<bucket::InventoryConfiguration>>>,
    /// `LifecycleConfiguration`.
    pub lifecycle_configuration: Option<Value<bucket::LifecycleConfiguration>>,
    /// `LoggingConfiguration`.
    pub logging_configuration: Option<Value<bucket::LoggingConfiguration>>,
    /// `MetadataConfiguration`.
    pub metadata_configuration: Option<Value<bucket::MetadataConfiguration>>,
    /// `MetadataTableConfiguration`.
    pub metadata_table_configuration: Option<Value<bucket::MetadataTableConfiguration>>,
    /// `MetricsConfigurations`.
    pub metrics_configurations: Option<Value<Vec<bucket::MetricsConfiguration>>>,
    /// `NotificationConfiguration`.
    pub notification_configuration: Option<Value<bucket::NotificationConfiguration>>,
    /// `ObjectLockConfiguration`.
    pub object_lock_configuration: Option<Value<bucket::ObjectLockConfiguration>>,
    /// `ObjectLockEnabled`.
    pub object_lock_enabled: Option<Value<bool>>,
    /// `OwnershipControls`.
    pub ownership_controls: Option<Value<bucket::OwnershipControls>>,
    /// `PublicAccessBlockConfiguration`.
    pub public_access_block_configuration: Option<Value<bucket::PublicAccessBlockConfiguration>>,
    /// `ReplicationConfiguration`.
    pub replication_configuration: Option<Value<bucket::ReplicationConfiguration>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `VersioningConfiguration`.
    pub versioning_configuration: Option<Value<bucket::VersioningConfiguration>>,
    /// `WebsiteConfiguration`.
    pub website_configuration: Option<Value<bucket::WebsiteConfiguration>>,
}
impl Bucket {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            abac_status: None,
            accelerate_configuration: None,
            access_control: None,
            analytics_configurations: None,
            bucket_encryption: None,
            bucket_name: None,
            bucket_name_prefix: None,
            bucket_namespace: None,
            cors_configuration: None,
            intelligent_tiering_configurations: None,
            inventory_configurations: None,
            lifecycle_configuration: None,
            logging_configuration: None,
            metadata_configuration: None,
            metadata_table_configuration: None,
            metrics_configurations: None,
            notification_configuration: None,
            object_lock_configuration: None,
            object_lock_enabled: None,
            ownership_controls: None,
            public_access_block_configuration: None,
            replication_configuration: None,
            tags: None,
            versioning_configuration: None,
            website_configuration: None,
        }
    }
    /// Sets `AbacStatus`.
    #[must_use]
    pub fn set_abac_status(mut self, v: impl Into<Value<String>>) -> Self {
        self.abac_status = Some(v.into());
        self
    }
    /// Sets `AccelerateConfiguration`.
    #[must_use]
    pub fn set_accelerate_configuration(
        mut self,
        v: impl Into<Value<bucket::AccelerateConfiguration>>,
    ) -> Self {
        self.accelerate_configuration = Some(v.into());
        self
    }
    /// Sets `AccessControl`.
    #[must_use]
    pub fn set_access_control(mut self, v: impl Into<Value<String>>) -> Self {
        self.access_control = Some(v.into());
        self
    }
    /// Sets `AnalyticsConfigurations`.
    #[must_use]
    pub fn set_analytics_configurations(
        mut self,
        v: impl Into<Value<Vec<bucket::AnalyticsConfiguration>>>,
    ) -> Self {
        self.analytics_configurations = Some(v.into());
        self
    }
    /// Sets `BucketEncryption`.
    #[must_use]
    pub fn set_bucket_encryption(mut self, v: impl Into<Value<bucket::BucketEncryption>>) -> Self {
        self.bucket_encryption = Some(v.into());
        self
    }
    /// Sets `BucketName`.
    #[must_use]
    pub fn set_bucket_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.bucket_name = Some(v.into());
        self
    }
    /// Sets `BucketNamePrefix`.
    #[must_use]
    pub fn set_bucket_name_prefix(mut self, v: impl Into<Value<String>>) -> Self {
        self.bucket_name_prefix = Some(v.into());
        self
    }
    /// Sets `BucketNamespace`.
    #[must_use]
    pub fn set_bucket_namespace(mut self, v: impl Into<Value<String>>) -> Self {
        self.bucket_namespace = Some(v.into());
        self
    }
    /// Sets `CorsConfiguration`.
    #[must_use]
    pub fn set_cors_configuration(
        mut self,
        v: impl Into<Value<bucket::CorsConfiguration>>,
    ) -> Self {
        self.cors_configuration = Some(v.into());
        self
    }
    /// Sets `IntelligentTieringConfigurations`.
    #[must_use]
    pub fn set_intelligent_tiering_configurations(
        mut self,
        v: impl Into<Value<Vec<bucket::IntelligentTieringConfiguration>>>,
    ) -> Self {
        self.intelligent_tiering_configurations = Some(v.into());
        self
    }
    /// Sets `InventoryConfigurations`.
    #[must_use]
    pub fn set_inventory_configurations(
        mut self,
        v: impl Into<Value<Vec<bucket::InventoryConfiguration>>>,
    ) -> Self {
        self.inventory_configurations = Some(v.into());
        self
    }
    /// Sets `LifecycleConfiguration`.
    #[must_use]
    pub fn set_lifecycle_configuration(
        mut self,
        v: impl Into<Value<bucket::LifecycleConfiguration>>,
    ) -> Self {
        self.lifecycle_configuration = Some(v.into());
        self
    }
    /// Sets `LoggingConfiguration`.
    #[must_use]
    pub fn set_logging_configuration(
        mut self,
        v: impl Into<Value<bucket::LoggingConfiguration>>,
    ) -> Self {
        self.logging_configuration = Some(v.into());
        self
    }
    /// Sets `MetadataConfiguration`.
    #[must_use]
    pub fn set_metadata_configuration(
        mut self,
        v: impl Into<Value<bucket::MetadataConfiguration>>,
    ) -> Self {
        self.metadata_configuration = Some(v.into());
        self
    }
    /// Sets `MetadataTableConfiguration`.
    #[must_use]
    pub fn set_metadata_table_configuration(
        mut self,
        v: impl Into<Value<bucket::MetadataTableConfiguration>>,
    ) -> Self {
        self.metadata_table_configuration = Some(v.into());
        self
    }
    /// Sets `MetricsConfigurations`.
    #[must_use]
    pub fn set_metrics_configurations(
        mut self,
        v: impl Into<Value<Vec<bucket::MetricsConfiguration>>>,
    ) -> Self {
        self.metrics_configurations = Some(v.into());
        self
    }
    /// Sets `NotificationConfiguration`.
    #[must_use]
    pub fn set_notification_configuration(
        mut self,
        v: impl Into<Value<bucket::NotificationConfiguration>>,
    ) -> Self {
        self.notification_configuration = Some(v.into());
        self
    }
    /// Sets `ObjectLockConfiguration`.
    #[must_use]
    pub fn set_object_lock_configuration(
        mut self,
        v: impl Into<Value<bucket::ObjectLockConfiguration>>,
    ) -> Self {
        self.object_lock_configuration = Some(v.into());
        self
    }
    /// Sets `ObjectLockEnabled`.
    #[must_use]
    pub fn set_object_lock_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
        self.object_lock_enabled = Some(v.into());
        self
    }
    /// Sets `OwnershipControls`.
    #[must_use]
    pub fn set_ownership_controls(
        mut self,
        v: impl Into<Value<bucket::OwnershipControls>>,
    ) -> Self {
        self.ownership_controls = Some(v.into());
        self
    }
    /// Sets `PublicAccessBlockConfiguration`.
    #[must_use]
    pub fn set_public_access_block_configuration(
        mut self,
        v: impl Into<Value<bucket::PublicAccessBlockConfiguration>>,
    ) -> Self {
        self.public_access_block_configuration = Some(v.into());
        self
    }
    /// Sets `ReplicationConfiguration`.
    #[must_use]
    pub fn set_replication_configuration(
        mut self,
        v: impl Into<Value<bucket::ReplicationConfiguration>>,
    ) -> Self {
        self.replication_configuration = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `VersioningConfiguration`.
    #[must_use]
    pub fn set_versioning_configuration(
        mut self,
        v: impl Into<Value<bucket::VersioningConfiguration>>,
    ) -> Self {
        self.versioning_configuration = Some(v.into());
        self
    }
    /// Sets `WebsiteConfiguration`.
    #[must_use]
    pub fn set_website_configuration(
        mut self,
        v: impl Into<Value<bucket::WebsiteConfiguration>>,
    ) -> Self {
        self.website_configuration = Some(v.into());
        self
    }
}
impl Default for Bucket {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for Bucket {
    const TYPE: &'static str = "AWS::S3::Bucket";
    const SCHEMA: &'static ResourceSchema = &BUCKET_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AbacStatus", self.abac_status.as_ref());
        m.set(
            "AccelerateConfiguration",
            self.accelerate_configuration.as_ref(),
        );
        m.set("AccessControl", self.access_control.as_ref());
        m.set(
            "AnalyticsConfigurations",
            self.analytics_configurations.as_ref(),
        );
        m.set("BucketEncryption", self.bucket_encryption.as_ref());
        m.set("BucketName", self.bucket_name.as_ref());
        m.set("BucketNamePrefix", self.bucket_name_prefix.as_ref());
        m.set("BucketNamespace", self.bucket_namespace.as_ref());
        m.set("CorsConfiguration", self.cors_configuration.as_ref());
        m.set(
            "IntelligentTieringConfigurations",
            self.intelligent_tiering_configurations.as_ref(),
        );
        m.set(
            "InventoryConfigurations",
            self.inventory_configurations.as_ref(),
        );
        m.set(
            "LifecycleConfiguration",
            self.lifecycle_configuration.as_ref(),
        );
        m.set("LoggingConfiguration", self.logging_configuration.as_ref());
        m.set(
            "MetadataConfiguration",
            self.metadata_configuration.as_ref(),
        );
        m.set(
            "MetadataTableConfiguration",
            self.metadata_table_configuration.as_ref(),
        );
        m.set(
            "MetricsConfigurations",
            self.metrics_configurations.as_ref(),
        );
        m.set(
            "NotificationConfiguration",
            self.notification_configuration.as_ref(),
        );
        m.set(
            "ObjectLockConfiguration",
            self.object_lock_configuration.as_ref(),
        );
        m.set("ObjectLockEnabled", self.object_lock_enabled.as_ref());
        m.set("OwnershipControls", self.ownership_controls.as_ref());
        m.set(
            "PublicAccessBlockConfiguration",
            self.public_access_block_configuration.as_ref(),
        );
        m.set(
            "ReplicationConfiguration",
            self.replication_configuration.as_ref(),
        );
        m.set("Tags", self.tags.as_ref());
        m.set(
            "VersioningConfiguration",
            self.versioning_configuration.as_ref(),
        );
        m.set("WebsiteConfiguration", self.website_configuration.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.abac_status {
            f("AbacStatus", v.expr());
        }
        if let Some(v) = &self.accelerate_configuration {
            f("AccelerateConfiguration", v.expr());
        }
        if let Some(v) = &self.access_control {
            f("AccessControl", v.expr());
        }
        if let Some(v) = &self.analytics_configurations {
            f("AnalyticsConfigurations", v.expr());
        }
        if let Some(v) = &self.bucket_encryption {
            f("BucketEncryption", v.expr());
        }
        if let Some(v) = &self.bucket_name {
            f("BucketName", v.expr());
        }
        if let Some(v) = &self.bucket_name_prefix {
            f("BucketNamePrefix", v.expr());
        }
        if let Some(v) = &self.bucket_namespace {
            f("BucketNamespace", v.expr());
        }
        if let Some(v) = &self.cors_configuration {
            f("CorsConfiguration", v.expr());
        }
        if let Some(v) = &self.intelligent_tiering_configurations {
            f("IntelligentTieringConfigurations", v.expr());
        }
        if let Some(v) = &self.inventory_configurations {
            f("InventoryConfigurations", v.expr());
        }
        if let Some(v) = &self.lifecycle_configuration {
            f("LifecycleConfiguration", v.expr());
        }
        if let Some(v) = &self.logging_configuration {
            f("LoggingConfiguration", v.expr());
        }
        if let Some(v) = &self.metadata_configuration {
            f("MetadataConfiguration", v.expr());
        }
        if let Some(v) = &self.metadata_table_configuration {
            f("MetadataTableConfiguration", v.expr());
        }
        if let Some(v) = &self.metrics_configurations {
            f("MetricsConfigurations", v.expr());
        }
        if let Some(v) = &self.notification_configuration {
            f("NotificationConfiguration", v.expr());
        }
        if let Some(v) = &self.object_lock_configuration {
            f("ObjectLockConfiguration", v.expr());
        }
        if let Some(v) = &self.object_lock_enabled {
            f("ObjectLockEnabled", v.expr());
        }
        if let Some(v) = &self.ownership_controls {
            f("OwnershipControls", v.expr());
        }
        if let Some(v) = &self.public_access_block_configuration {
            f("PublicAccessBlockConfiguration", v.expr());
        }
        if let Some(v) = &self.replication_configuration {
            f("ReplicationConfiguration", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.versioning_configuration {
            f("VersioningConfiguration", v.expr());
        }
        if let Some(v) = &self.website_configuration {
            f("WebsiteConfiguration", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Bucket`] handle (in scope with the crate's `prelude`).
pub trait BucketAttributes: GetAtt {
    /// `Fn::GetAtt` `Arn`.
    #[must_use]
    fn attr_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
    /// `Fn::GetAtt` `DomainName`.
    #[must_use]
    fn attr_domain_name(&self) -> Value<String> {
        self.get_att("DomainName")
    }
    /// `Fn::GetAtt` `DualStackDomainName`.
    #[must_use]
    fn attr_dual_stack_domain_name(&self) -> Value<String> {
        self.get_att("DualStackDomainName")
    }
    /// `Fn::GetAtt` `RegionalDomainName`.
    #[must_use]
    fn attr_regional_domain_name(&self) -> Value<String> {
        self.get_att("RegionalDomainName")
    }
    /// `Fn::GetAtt` `MetadataTableConfiguration.S3TablesDestination.TableNamespace`.
    #[must_use]
    fn attr_metadata_table_configuration_s3_tables_destination_table_namespace(
        &self,
    ) -> Value<String> {
        self.get_att("MetadataTableConfiguration.S3TablesDestination.TableNamespace")
    }
    /// `Fn::GetAtt` `MetadataTableConfiguration.S3TablesDestination.TableArn`.
    #[must_use]
    fn attr_metadata_table_configuration_s3_tables_destination_table_arn(&self) -> Value<String> {
        self.get_att("MetadataTableConfiguration.S3TablesDestination.TableArn")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.Destination.TableBucketArn`.
    #[must_use]
    fn attr_metadata_configuration_destination_table_bucket_arn(&self) -> Value<String> {
        self.get_att("MetadataConfiguration.Destination.TableBucketArn")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.Destination.TableBucketType`.
    #[must_use]
    fn attr_metadata_configuration_destination_table_bucket_type(&self) -> Value<String> {
        self.get_att("MetadataConfiguration.Destination.TableBucketType")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.Destination.TableNamespace`.
    #[must_use]
    fn attr_metadata_configuration_destination_table_namespace(&self) -> Value<String> {
        self.get_att("MetadataConfiguration.Destination.TableNamespace")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.JournalTableConfiguration.TableName`.
    #[must_use]
    fn attr_metadata_configuration_journal_table_configuration_table_name(&self) -> Value<String> {
        self.get_att("MetadataConfiguration.JournalTableConfiguration.TableName")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.JournalTableConfiguration.TableArn`.
    #[must_use]
    fn attr_metadata_configuration_journal_table_configuration_table_arn(&self) -> Value<String> {
        self.get_att("MetadataConfiguration.JournalTableConfiguration.TableArn")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.InventoryTableConfiguration.TableName`.
    #[must_use]
    fn attr_metadata_configuration_inventory_table_configuration_table_name(
        &self,
    ) -> Value<String> {
        self.get_att("MetadataConfiguration.InventoryTableConfiguration.TableName")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.InventoryTableConfiguration.TableArn`.
    #[must_use]
    fn attr_metadata_configuration_inventory_table_configuration_table_arn(&self) -> Value<String> {
        self.get_att("MetadataConfiguration.InventoryTableConfiguration.TableArn")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.AnnotationTableConfiguration.TableName`.
    #[must_use]
    fn attr_metadata_configuration_annotation_table_configuration_table_name(
        &self,
    ) -> Value<String> {
        self.get_att("MetadataConfiguration.AnnotationTableConfiguration.TableName")
    }
    /// `Fn::GetAtt` `MetadataConfiguration.AnnotationTableConfiguration.TableArn`.
    #[must_use]
    fn attr_metadata_configuration_annotation_table_configuration_table_arn(
        &self,
    ) -> Value<String> {
        self.get_att("MetadataConfiguration.AnnotationTableConfiguration.TableArn")
    }
    /// `Fn::GetAtt` `WebsiteURL`.
    #[must_use]
    fn attr_website_url(&self) -> Value<String> {
        self.get_att("WebsiteURL")
    }
}
impl BucketAttributes for ResourceRef<Bucket> {}
static BUCKET_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::S3::Bucket",
    create_only: &[
        "/properties/BucketName",
        "/properties/BucketNamePrefix",
        "/properties/BucketNamespace",
    ],
    read_only: &[
        "/properties/Arn",
        "/properties/DomainName",
        "/properties/DualStackDomainName",
        "/properties/RegionalDomainName",
        "/properties/MetadataTableConfiguration/S3TablesDestination/TableNamespace",
        "/properties/MetadataTableConfiguration/S3TablesDestination/TableArn",
        "/properties/MetadataConfiguration/Destination",
        "/properties/MetadataConfiguration/JournalTableConfiguration/TableName",
        "/properties/MetadataConfiguration/JournalTableConfiguration/TableArn",
        "/properties/MetadataConfiguration/InventoryTableConfiguration/TableName",
        "/properties/MetadataConfiguration/InventoryTableConfiguration/TableArn",
        "/properties/MetadataConfiguration/AnnotationTableConfiguration/TableName",
        "/properties/MetadataConfiguration/AnnotationTableConfiguration/TableArn",
        "/properties/WebsiteURL",
    ],
    attributes: &[
        "Arn",
        "DomainName",
        "DualStackDomainName",
        "RegionalDomainName",
        "MetadataTableConfiguration.S3TablesDestination.TableNamespace",
        "MetadataTableConfiguration.S3TablesDestination.TableArn",
        "MetadataConfiguration.Destination.TableBucketArn",
        "MetadataConfiguration.Destination.TableBucketType",
        "MetadataConfiguration.Destination.TableNamespace",
        "MetadataConfiguration.JournalTableConfiguration.TableName",
        "MetadataConfiguration.JournalTableConfiguration.TableArn",
        "MetadataConfiguration.InventoryTableConfiguration.TableName",
        "MetadataConfiguration.InventoryTableConfiguration.TableArn",
        "MetadataConfiguration.AnnotationTableConfiguration.TableName",
        "MetadataConfiguration.AnnotationTableConfiguration.TableArn",
        "WebsiteURL",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::S3::Bucket`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html).
pub mod bucket {
    use zimbra_constructs_core::value::{Expr, Json, PropertyMap, ToExpr, Value};
    /// [`AWS::S3::Bucket.AccelerateConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-accelerateconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AccelerateConfiguration {
        /// `AccelerationStatus` (required).
        pub acceleration_status: Value<String>,
    }
    impl AccelerateConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(acceleration_status: impl Into<Value<String>>) -> Self {
            Self {
                acceleration_status: acceleration_status.into(),
            }
        }
    }
    impl ToExpr for AccelerateConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("AccelerationStatus", &self.acceleration_status);
            m.finish()
        }
    }
    impl From<AccelerateConfiguration> for Value<AccelerateConfiguration> {
        fn from(v: AccelerateConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.AnalyticsConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-analyticsconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AnalyticsConfiguration {
        /// `Id` (required).
        pub id: Value<String>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `StorageClassAnalysis` (required).
        pub storage_class_analysis: Value<StorageClassAnalysis>,
        /// `TagFilters`.
        pub tag_filters: Option<Value<Vec<TagFilter>>>,
    }
    impl AnalyticsConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            id: impl Into<Value<String>>,
            storage_class_analysis: impl Into<Value<StorageClassAnalysis>>,
        ) -> Self {
            Self {
                id: id.into(),
                prefix: None,
                storage_class_analysis: storage_class_analysis.into(),
                tag_filters: None,
            }
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
        /// Sets `TagFilters`.
        #[must_use]
        pub fn set_tag_filters(mut self, v: impl Into<Value<Vec<TagFilter>>>) -> Self {
            self.tag_filters = Some(v.into());
            self
        }
    }
    impl ToExpr for AnalyticsConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Id", &self.id);
            m.set("Prefix", self.prefix.as_ref());
            m.put("StorageClassAnalysis", &self.storage_class_analysis);
            m.set("TagFilters", self.tag_filters.as_ref());
            m.finish()
        }
    }
    impl From<AnalyticsConfiguration> for Value<AnalyticsConfiguration> {
        fn from(v: AnalyticsConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.StorageClassAnalysis`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-storageclassanalysis.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct StorageClassAnalysis {
        /// `DataExport`.
        pub data_export: Option<Value<DataExport>>,
    }
    impl StorageClassAnalysis {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { data_export: None }
        }
        /// Sets `DataExport`.
        #[must_use]
        pub fn set_data_export(mut self, v: impl Into<Value<DataExport>>) -> Self {
            self.data_export = Some(v.into());
            self
        }
    }
    impl Default for StorageClassAnalysis {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for StorageClassAnalysis {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DataExport", self.data_export.as_ref());
            m.finish()
        }
    }
    impl From<StorageClassAnalysis> for Value<StorageClassAnalysis> {
        fn from(v: StorageClassAnalysis) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.DataExport`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-dataexport.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DataExport {
        /// `Destination` (required).
        pub destination: Value<Destination>,
        /// `OutputSchemaVersion` (required).
        pub output_schema_version: Value<String>,
    }
    impl DataExport {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            destination: impl Into<Value<Destination>>,
            output_schema_version: impl Into<Value<String>>,
        ) -> Self {
            Self {
                destination: destination.into(),
                output_schema_version: output_schema_version.into(),
            }
        }
    }
    impl ToExpr for DataExport {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Destination", &self.destination);
            m.put("OutputSchemaVersion", &self.output_schema_version);
            m.finish()
        }
    }
    impl From<DataExport> for Value<DataExport> {
        fn from(v: DataExport) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.Destination`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-destination.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Destination {
        /// `BucketAccountId`.
        pub bucket_account_id: Option<Value<String>>,
        /// `BucketArn` (required).
        pub bucket_arn: Value<String>,
        /// `Format` (required).
        pub format: Value<String>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
    }
    impl Destination {
        /// New value from its required properties.
        #[must_use]
        pub fn new(bucket_arn: impl Into<Value<String>>, format: impl Into<Value<String>>) -> Self {
            Self {
                bucket_account_id: None,
                bucket_arn: bucket_arn.into(),
                format: format.into(),
                prefix: None,
            }
        }
        /// Sets `BucketAccountId`.
        #[must_use]
        pub fn set_bucket_account_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.bucket_account_id = Some(v.into());
            self
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
    }
    impl ToExpr for Destination {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("BucketAccountId", self.bucket_account_id.as_ref());
            m.put("BucketArn", &self.bucket_arn);
            m.put("Format", &self.format);
            m.set("Prefix", self.prefix.as_ref());
            m.finish()
        }
    }
    impl From<Destination> for Value<Destination> {
        fn from(v: Destination) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.TagFilter`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-tagfilter.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TagFilter {
        /// `Key` (required).
        pub key: Value<String>,
        /// `Value` (required).
        pub value: Value<String>,
    }
    impl TagFilter {
        /// New value from its required properties.
        #[must_use]
        pub fn new(key: impl Into<Value<String>>, value: impl Into<Value<String>>) -> Self {
            Self {
                key: key.into(),
                value: value.into(),
            }
        }
    }
    impl ToExpr for TagFilter {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Key", &self.key);
            m.put("Value", &self.value);
            m.finish()
        }
    }
    impl From<TagFilter> for Value<TagFilter> {
        fn from(v: TagFilter) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.BucketEncryption`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-bucketencryption.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct BucketEncryption {
        /// `ServerSideEncryptionConfiguration` (required).
        pub server_side_encryption_configuration: Value<Vec<ServerSideEncryptionRule>>,
    }
    impl BucketEncryption {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            server_side_encryption_configuration: impl Into<Value<Vec<ServerSideEncryptionRule>>>,
        ) -> Self {
            Self {
                server_side_encryption_configuration: server_side_encryption_configuration.into(),
            }
        }
    }
    impl ToExpr for BucketEncryption {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put(
                "ServerSideEncryptionConfiguration",
                &self.server_side_encryption_configuration,
            );
            m.finish()
        }
    }
    impl From<BucketEncryption> for Value<BucketEncryption> {
        fn from(v: BucketEncryption) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ServerSideEncryptionRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-serversideencryptionrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ServerSideEncryptionRule {
        /// `BlockedEncryptionTypes`.
        pub blocked_encryption_types: Option<Value<BlockedEncryptionTypes>>,
        /// `BucketKeyEnabled`.
        pub bucket_key_enabled: Option<Value<bool>>,
        /// `ServerSideEncryptionByDefault`.
        pub server_side_encryption_by_default: Option<Value<ServerSideEncryptionByDefault>>,
    }
    impl ServerSideEncryptionRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                blocked_encryption_types: None,
                bucket_key_enabled: None,
                server_side_encryption_by_default: None,
            }
        }
        /// Sets `BlockedEncryptionTypes`.
        #[must_use]
        pub fn set_blocked_encryption_types(
            mut self,
            v: impl Into<Value<BlockedEncryptionTypes>>,
        ) -> Self {
            self.blocked_encryption_types = Some(v.into());
            self
        }
        /// Sets `BucketKeyEnabled`.
        #[must_use]
        pub fn set_bucket_key_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.bucket_key_enabled = Some(v.into());
            self
        }
        /// Sets `ServerSideEncryptionByDefault`.
        #[must_use]
        pub fn set_server_side_encryption_by_default(
            mut self,
            v: impl Into<Value<ServerSideEncryptionByDefault>>,
        ) -> Self {
            self.server_side_encryption_by_default = Some(v.into());
            self
        }
    }
    impl Default for ServerSideEncryptionRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ServerSideEncryptionRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "BlockedEncryptionTypes",
                self.blocked_encryption_types.as_ref(),
            );
            m.set("BucketKeyEnabled", self.bucket_key_enabled.as_ref());
            m.set(
                "ServerSideEncryptionByDefault",
                self.server_side_encryption_by_default.as_ref(),
            );
            m.finish()
        }
    }
    impl From<ServerSideEncryptionRule> for Value<ServerSideEncryptionRule> {
        fn from(v: ServerSideEncryptionRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.BlockedEncryptionTypes`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-blockedencryptiontypes.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct BlockedEncryptionTypes {
        /// `EncryptionType`.
        pub encryption_type: Option<Value<Vec<String>>>,
    }
    impl BlockedEncryptionTypes {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                encryption_type: None,
            }
        }
        /// Sets `EncryptionType`.
        #[must_use]
        pub fn set_encryption_type(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.encryption_type = Some(v.into());
            self
        }
    }
    impl Default for BlockedEncryptionTypes {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for BlockedEncryptionTypes {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EncryptionType", self.encryption_type.as_ref());
            m.finish()
        }
    }
    impl From<BlockedEncryptionTypes> for Value<BlockedEncryptionTypes> {
        fn from(v: BlockedEncryptionTypes) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ServerSideEncryptionByDefault`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-serversideencryptionbydefault.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ServerSideEncryptionByDefault {
        /// `KMSMasterKeyID`.
        pub kms_master_key_id: Option<Value<String>>,
        /// `SSEAlgorithm` (required).
        pub sse_algorithm: Value<String>,
    }
    impl ServerSideEncryptionByDefault {
        /// New value from its required properties.
        #[must_use]
        pub fn new(sse_algorithm: impl Into<Value<String>>) -> Self {
            Self {
                kms_master_key_id: None,
                sse_algorithm: sse_algorithm.into(),
            }
        }
        /// Sets `KMSMasterKeyID`.
        #[must_use]
        pub fn set_kms_master_key_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.kms_master_key_id = Some(v.into());
            self
        }
    }
    impl ToExpr for ServerSideEncryptionByDefault {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("KMSMasterKeyID", self.kms_master_key_id.as_ref());
            m.put("SSEAlgorithm", &self.sse_algorithm);
            m.finish()
        }
    }
    impl From<ServerSideEncryptionByDefault> for Value<ServerSideEncryptionByDefault> {
        fn from(v: ServerSideEncryptionByDefault) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.CorsConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-corsconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CorsConfiguration {
        /// `CorsRules` (required).
        pub cors_rules: Value<Vec<CorsRule>>,
    }
    impl CorsConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(cors_rules: impl Into<Value<Vec<CorsRule>>>) -> Self {
            Self {
                cors_rules: cors_rules.into(),
            }
        }
    }
    impl ToExpr for CorsConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("CorsRules", &self.cors_rules);
            m.finish()
        }
    }
    impl From<CorsConfiguration> for Value<CorsConfiguration> {
        fn from(v: CorsConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.CorsRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-corsrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CorsRule {
        /// `AllowedHeaders`.
        pub allowed_headers: Option<Value<Vec<String>>>,
        /// `AllowedMethods` (required).
        pub allowed_methods: Value<Vec<String>>,
        /// `AllowedOrigins` (required).
        pub allowed_origins: Value<Vec<String>>,
        /// `ExposedHeaders`.
        pub exposed_headers: Option<Value<Vec<String>>>,
        /// `Id`.
        pub id: Option<Value<String>>,
        /// `MaxAge`.
        pub max_age: Option<Value<i64>>,
    }
    impl CorsRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            allowed_methods: impl Into<Value<Vec<String>>>,
            allowed_origins: impl Into<Value<Vec<String>>>,
        ) -> Self {
            Self {
                allowed_headers: None,
                allowed_methods: allowed_methods.into(),
                allowed_origins: allowed_origins.into(),
                exposed_headers: None,
                id: None,
                max_age: None,
            }
        }
        /// Sets `AllowedHeaders`.
        #[must_use]
        pub fn set_allowed_headers(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.allowed_headers = Some(v.into());
            self
        }
        /// Sets `ExposedHeaders`.
        #[must_use]
        pub fn set_exposed_headers(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.exposed_headers = Some(v.into());
            self
        }
        /// Sets `Id`.
        #[must_use]
        pub fn set_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.id = Some(v.into());
            self
        }
        /// Sets `MaxAge`.
        #[must_use]
        pub fn set_max_age(mut self, v: impl Into<Value<i64>>) -> Self {
            self.max_age = Some(v.into());
            self
        }
    }
    impl ToExpr for CorsRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AllowedHeaders", self.allowed_headers.as_ref());
            m.put("AllowedMethods", &self.allowed_methods);
            m.put("AllowedOrigins", &self.allowed_origins);
            m.set("ExposedHeaders", self.exposed_headers.as_ref());
            m.set("Id", self.id.as_ref());
            m.set("MaxAge", self.max_age.as_ref());
            m.finish()
        }
    }
    impl From<CorsRule> for Value<CorsRule> {
        fn from(v: CorsRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.IntelligentTieringConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-intelligenttieringconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct IntelligentTieringConfiguration {
        /// `Id` (required).
        pub id: Value<String>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `Status` (required).
        pub status: Value<String>,
        /// `TagFilters`.
        pub tag_filters: Option<Value<Vec<TagFilter>>>,
        /// `Tierings` (required).
        pub tierings: Value<Vec<Tiering>>,
    }
    impl IntelligentTieringConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            id: impl Into<Value<String>>,
            status: impl Into<Value<String>>,
            tierings: impl Into<Value<Vec<Tiering>>>,
        ) -> Self {
            Self {
                id: id.into(),
                prefix: None,
                status: status.into(),
                tag_filters: None,
                tierings: tierings.into(),
            }
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
        /// Sets `TagFilters`.
        #[must_use]
        pub fn set_tag_filters(mut self, v: impl Into<Value<Vec<TagFilter>>>) -> Self {
            self.tag_filters = Some(v.into());
            self
        }
    }
    impl ToExpr for IntelligentTieringConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Id", &self.id);
            m.set("Prefix", self.prefix.as_ref());
            m.put("Status", &self.status);
            m.set("TagFilters", self.tag_filters.as_ref());
            m.put("Tierings", &self.tierings);
            m.finish()
        }
    }
    impl From<IntelligentTieringConfiguration> for Value<IntelligentTieringConfiguration> {
        fn from(v: IntelligentTieringConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.Tiering`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-tiering.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Tiering {
        /// `AccessTier` (required).
        pub access_tier: Value<String>,
        /// `Days` (required).
        pub days: Value<i64>,
    }
    impl Tiering {
        /// New value from its required properties.
        #[must_use]
        pub fn new(access_tier: impl Into<Value<String>>, days: impl Into<Value<i64>>) -> Self {
            Self {
                access_tier: access_tier.into(),
                days: days.into(),
            }
        }
    }
    impl ToExpr for Tiering {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("AccessTier", &self.access_tier);
            m.put("Days", &self.days);
            m.finish()
        }
    }
    impl From<Tiering> for Value<Tiering> {
        fn from(v: Tiering) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.InventoryConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-inventoryconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InventoryConfiguration {
        /// `Destination` (required).
        pub destination: Value<Destination>,
        /// `Enabled` (required).
        pub enabled: Value<bool>,
        /// `Id` (required).
        pub id: Value<String>,
        /// `IncludedObjectVersions` (required).
        pub included_object_versions: Value<String>,
        /// `OptionalFields`.
        pub optional_fields: Option<Value<Vec<String>>>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `ScheduleFrequency` (required).
        pub schedule_frequency: Value<String>,
    }
    impl InventoryConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            destination: impl Into<Value<Destination>>,
            enabled: impl Into<Value<bool>>,
            id: impl Into<Value<String>>,
            included_object_versions: impl Into<Value<String>>,
            schedule_frequency: impl Into<Value<String>>,
        ) -> Self {
            Self {
                destination: destination.into(),
                enabled: enabled.into(),
                id: id.into(),
                included_object_versions: included_object_versions.into(),
                optional_fields: None,
                prefix: None,
                schedule_frequency: schedule_frequency.into(),
            }
        }
        /// Sets `OptionalFields`.
        #[must_use]
        pub fn set_optional_fields(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.optional_fields = Some(v.into());
            self
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
    }
    impl ToExpr for InventoryConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Destination", &self.destination);
            m.put("Enabled", &self.enabled);
            m.put("Id", &self.id);
            m.put("IncludedObjectVersions", &self.included_object_versions);
            m.set("OptionalFields", self.optional_fields.as_ref());
            m.set("Prefix", self.prefix.as_ref());
            m.put("ScheduleFrequency", &self.schedule_frequency);
            m.finish()
        }
    }
    impl From<InventoryConfiguration> for Value<InventoryConfiguration> {
        fn from(v: InventoryConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.LifecycleConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-lifecycleconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LifecycleConfiguration {
        /// `Rules` (required).
        pub rules: Value<Vec<Rule>>,
        /// `TransitionDefaultMinimumObjectSize`.
        pub transition_default_minimum_object_size: Option<Value<String>>,
    }
    impl LifecycleConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(rules: impl Into<Value<Vec<Rule>>>) -> Self {
            Self {
                rules: rules.into(),
                transition_default_minimum_object_size: None,
            }
        }
        /// Sets `TransitionDefaultMinimumObjectSize`.
        #[must_use]
        pub fn set_transition_default_minimum_object_size(
            mut self,
            v: impl Into<Value<String>>,
        ) -> Self {
            self.transition_default_minimum_object_size = Some(v.into());
            self
        }
    }
    impl ToExpr for LifecycleConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Rules", &self.rules);
            m.set(
                "TransitionDefaultMinimumObjectSize",
                self.transition_default_minimum_object_size.as_ref(),
            );
            m.finish()
        }
    }
    impl From<LifecycleConfiguration> for Value<LifecycleConfiguration> {
        fn from(v: LifecycleConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.Rule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-rule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Rule {
        /// `AbortIncompleteMultipartUpload`.
        pub abort_incomplete_multipart_upload: Option<Value<AbortIncompleteMultipartUpload>>,
        /// `ExpirationDate`.
        pub expiration_date: Option<Value<String>>,
        /// `ExpirationInDays`.
        pub expiration_in_days: Option<Value<i64>>,
        /// `ExpiredObjectDeleteMarker`.
        pub expired_object_delete_marker: Option<Value<bool>>,
        /// `Id`.
        pub id: Option<Value<String>>,
        /// `NoncurrentVersionExpiration`.
        pub noncurrent_version_expiration: Option<Value<NoncurrentVersionExpiration>>,
        /// `NoncurrentVersionExpirationInDays`.
        pub noncurrent_version_expiration_in_days: Option<Value<i64>>,
        /// `NoncurrentVersionTransition`.
        pub noncurrent_version_transition: Option<Value<NoncurrentVersionTransition>>,
        /// `NoncurrentVersionTransitions`.
        pub noncurrent_version_transitions: Option<Value<Vec<NoncurrentVersionTransition>>>,
        /// `ObjectSizeGreaterThan`.
        pub object_size_greater_than: Option<Value<String>>,
        /// `ObjectSizeLessThan`.
        pub object_size_less_than: Option<Value<String>>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `Status` (required).
        pub status: Value<String>,
        /// `TagFilters`.
        pub tag_filters: Option<Value<Vec<TagFilter>>>,
        /// `Transition`.
        pub transition: Option<Value<Transition>>,
        /// `Transitions`.
        pub transitions: Option<Value<Vec<Transition>>>,
    }
    impl Rule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(status: impl Into<Value<String>>) -> Self {
            Self {
                abort_incomplete_multipart_upload: None,
                expiration_date: None,
                expiration_in_days: None,
                expired_object_delete_marker: None,
                id: None,
                noncurrent_version_expiration: None,
                noncurrent_version_expiration_in_days: None,
                noncurrent_version_transition: None,
                noncurrent_version_transitions: None,
                object_size_greater_than: None,
                object_size_less_than: None,
                prefix: None,
                status: status.into(),
                tag_filters: None,
                transition: None,
                transitions: None,
            }
        }
        /// Sets `AbortIncompleteMultipartUpload`.
        #[must_use]
        pub fn set_abort_incomplete_multipart_upload(
            mut self,
            v: impl Into<Value<AbortIncompleteMultipartUpload>>,
        ) -> Self {
            self.abort_incomplete_multipart_upload = Some(v.into());
            self
        }
        /// Sets `ExpirationDate`.
        #[must_use]
        pub fn set_expiration_date(mut self, v: impl Into<Value<String>>) -> Self {
            self.expiration_date = Some(v.into());
            self
        }
        /// Sets `ExpirationInDays`.
        #[must_use]
        pub fn set_expiration_in_days(mut self, v: impl Into<Value<i64>>) -> Self {
            self.expiration_in_days = Some(v.into());
            self
        }
        /// Sets `ExpiredObjectDeleteMarker`.
        #[must_use]
        pub fn set_expired_object_delete_marker(mut self, v: impl Into<Value<bool>>) -> Self {
            self.expired_object_delete_marker = Some(v.into());
            self
        }
        /// Sets `Id`.
        #[must_use]
        pub fn set_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.id = Some(v.into());
            self
        }
        /// Sets `NoncurrentVersionExpiration`.
        #[must_use]
        pub fn set_noncurrent_version_expiration(
            mut self,
            v: impl Into<Value<NoncurrentVersionExpiration>>,
        ) -> Self {
            self.noncurrent_version_expiration = Some(v.into());
            self
        }
        /// Sets `NoncurrentVersionExpirationInDays`.
        #[must_use]
        pub fn set_noncurrent_version_expiration_in_days(
            mut self,
            v: impl Into<Value<i64>>,
        ) -> Self {
            self.noncurrent_version_expiration_in_days = Some(v.into());
            self
        }
        /// Sets `NoncurrentVersionTransition`.
        #[must_use]
        pub fn set_noncurrent_version_transition(
            mut self,
            v: impl Into<Value<NoncurrentVersionTransition>>,
        ) -> Self {
            self.noncurrent_version_transition = Some(v.into());
            self
        }
        /// Sets `NoncurrentVersionTransitions`.
        #[must_use]
        pub fn set_noncurrent_version_transitions(
            mut self,
            v: impl Into<Value<Vec<NoncurrentVersionTransition>>>,
        ) -> Self {
            self.noncurrent_version_transitions = Some(v.into());
            self
        }
        /// Sets `ObjectSizeGreaterThan`.
        #[must_use]
        pub fn set_object_size_greater_than(mut self, v: impl Into<Value<String>>) -> Self {
            self.object_size_greater_than = Some(v.into());
            self
        }
        /// Sets `ObjectSizeLessThan`.
        #[must_use]
        pub fn set_object_size_less_than(mut self, v: impl Into<Value<String>>) -> Self {
            self.object_size_less_than = Some(v.into());
            self
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
        /// Sets `TagFilters`.
        #[must_use]
        pub fn set_tag_filters(mut self, v: impl Into<Value<Vec<TagFilter>>>) -> Self {
            self.tag_filters = Some(v.into());
            self
        }
        /// Sets `Transition`.
        #[must_use]
        pub fn set_transition(mut self, v: impl Into<Value<Transition>>) -> Self {
            self.transition = Some(v.into());
            self
        }
        /// Sets `Transitions`.
        #[must_use]
        pub fn set_transitions(mut self, v: impl Into<Value<Vec<Transition>>>) -> Self {
            self.transitions = Some(v.into());
            self
        }
    }
    impl ToExpr for Rule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AbortIncompleteMultipartUpload",
                self.abort_incomplete_multipart_upload.as_ref(),
            );
            m.set("ExpirationDate", self.expiration_date.as_ref());
            m.set("ExpirationInDays", self.expiration_in_days.as_ref());
            m.set(
                "ExpiredObjectDeleteMarker",
                self.expired_object_delete_marker.as_ref(),
            );
            m.set("Id", self.id.as_ref());
            m.set(
                "NoncurrentVersionExpiration",
                self.noncurrent_version_expiration.as_ref(),
            );
            m.set(
                "NoncurrentVersionExpirationInDays",
                self.noncurrent_version_expiration_in_days.as_ref(),
            );
            m.set(
                "NoncurrentVersionTransition",
                self.noncurrent_version_transition.as_ref(),
            );
            m.set(
                "NoncurrentVersionTransitions",
                self.noncurrent_version_transitions.as_ref(),
            );
            m.set(
                "ObjectSizeGreaterThan",
                self.object_size_greater_than.as_ref(),
            );
            m.set("ObjectSizeLessThan", self.object_size_less_than.as_ref());
            m.set("Prefix", self.prefix.as_ref());
            m.put("Status", &self.status);
            m.set("TagFilters", self.tag_filters.as_ref());
            m.set("Transition", self.transition.as_ref());
            m.set("Transitions", self.transitions.as_ref());
            m.finish()
        }
    }
    impl From<Rule> for Value<Rule> {
        fn from(v: Rule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.AbortIncompleteMultipartUpload`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-abortincompletemultipartupload.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AbortIncompleteMultipartUpload {
        /// `DaysAfterInitiation` (required).
        pub days_after_initiation: Value<i64>,
    }
    impl AbortIncompleteMultipartUpload {
        /// New value from its required properties.
        #[must_use]
        pub fn new(days_after_initiation: impl Into<Value<i64>>) -> Self {
            Self {
                days_after_initiation: days_after_initiation.into(),
            }
        }
    }
    impl ToExpr for AbortIncompleteMultipartUpload {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("DaysAfterInitiation", &self.days_after_initiation);
            m.finish()
        }
    }
    impl From<AbortIncompleteMultipartUpload> for Value<AbortIncompleteMultipartUpload> {
        fn from(v: AbortIncompleteMultipartUpload) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.NoncurrentVersionExpiration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-noncurrentversionexpiration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoncurrentVersionExpiration {
        /// `NewerNoncurrentVersions`.
        pub newer_noncurrent_versions: Option<Value<i64>>,
        /// `NoncurrentDays` (required).
        pub noncurrent_days: Value<i64>,
    }
    impl NoncurrentVersionExpiration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(noncurrent_days: impl Into<Value<i64>>) -> Self {
            Self {
                newer_noncurrent_versions: None,
                noncurrent_days: noncurrent_days.into(),
            }
        }
        /// Sets `NewerNoncurrentVersions`.
        #[must_use]
        pub fn set_newer_noncurrent_versions(mut self, v: impl Into<Value<i64>>) -> Self {
            self.newer_noncurrent_versions = Some(v.into());
            self
        }
    }
    impl ToExpr for NoncurrentVersionExpiration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "NewerNoncurrentVersions",
                self.newer_noncurrent_versions.as_ref(),
            );
            m.put("NoncurrentDays", &self.noncurrent_days);
            m.finish()
        }
    }
    impl From<NoncurrentVersionExpiration> for Value<NoncurrentVersionExpiration> {
        fn from(v: NoncurrentVersionExpiration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.NoncurrentVersionTransition`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-noncurrentversiontransition.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoncurrentVersionTransition {
        /// `NewerNoncurrentVersions`.
        pub newer_noncurrent_versions: Option<Value<i64>>,
        /// `StorageClass` (required).
        pub storage_class: Value<String>,
        /// `TransitionInDays` (required).
        pub transition_in_days: Value<i64>,
    }
    impl NoncurrentVersionTransition {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            storage_class: impl Into<Value<String>>,
            transition_in_days: impl Into<Value<i64>>,
        ) -> Self {
            Self {
                newer_noncurrent_versions: None,
                storage_class: storage_class.into(),
                transition_in_days: transition_in_days.into(),
            }
        }
        /// Sets `NewerNoncurrentVersions`.
        #[must_use]
        pub fn set_newer_noncurrent_versions(mut self, v: impl Into<Value<i64>>) -> Self {
            self.newer_noncurrent_versions = Some(v.into());
            self
        }
    }
    impl ToExpr for NoncurrentVersionTransition {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "NewerNoncurrentVersions",
                self.newer_noncurrent_versions.as_ref(),
            );
            m.put("StorageClass", &self.storage_class);
            m.put("TransitionInDays", &self.transition_in_days);
            m.finish()
        }
    }
    impl From<NoncurrentVersionTransition> for Value<NoncurrentVersionTransition> {
        fn from(v: NoncurrentVersionTransition) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.Transition`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-transition.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Transition {
        /// `StorageClass` (required).
        pub storage_class: Value<String>,
        /// `TransitionDate`.
        pub transition_date: Option<Value<String>>,
        /// `TransitionInDays`.
        pub transition_in_days: Option<Value<i64>>,
    }
    impl Transition {
        /// New value from its required properties.
        #[must_use]
        pub fn new(storage_class: impl Into<Value<String>>) -> Self {
            Self {
                storage_class: storage_class.into(),
                transition_date: None,
                transition_in_days: None,
            }
        }
        /// Sets `TransitionDate`.
        #[must_use]
        pub fn set_transition_date(mut self, v: impl Into<Value<String>>) -> Self {
            self.transition_date = Some(v.into());
            self
        }
        /// Sets `TransitionInDays`.
        #[must_use]
        pub fn set_transition_in_days(mut self, v: impl Into<Value<i64>>) -> Self {
            self.transition_in_days = Some(v.into());
            self
        }
    }
    impl ToExpr for Transition {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("StorageClass", &self.storage_class);
            m.set("TransitionDate", self.transition_date.as_ref());
            m.set("TransitionInDays", self.transition_in_days.as_ref());
            m.finish()
        }
    }
    impl From<Transition> for Value<Transition> {
        fn from(v: Transition) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.LoggingConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-loggingconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LoggingConfiguration {
        /// `DestinationBucketName`.
        pub destination_bucket_name: Option<Value<String>>,
        /// `LogFilePrefix`.
        pub log_file_prefix: Option<Value<String>>,
        /// `TargetObjectKeyFormat`.
        pub target_object_key_format: Option<Value<Json>>,
    }
    impl LoggingConfiguration {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                destination_bucket_name: None,
                log_file_prefix: None,
                target_object_key_format: None,
            }
        }
        /// Sets `DestinationBucketName`.
        #[must_use]
        pub fn set_destination_bucket_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.destination_bucket_name = Some(v.into());
            self
        }
        /// Sets `LogFilePrefix`.
        #[must_use]
        pub fn set_log_file_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.log_file_prefix = Some(v.into());
            self
        }
        /// Sets `TargetObjectKeyFormat`.
        #[must_use]
        pub fn set_target_object_key_format(mut self, v: impl Into<Value<Json>>) -> Self {
            self.target_object_key_format = Some(v.into());
            self
        }
    }
    impl Default for LoggingConfiguration {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for LoggingConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "DestinationBucketName",
                self.destination_bucket_name.as_ref(),
            );
            m.set("LogFilePrefix", self.log_file_prefix.as_ref());
            m.set(
                "TargetObjectKeyFormat",
                self.target_object_key_format.as_ref(),
            );
            m.finish()
        }
    }
    impl From<LoggingConfiguration> for Value<LoggingConfiguration> {
        fn from(v: LoggingConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.MetadataConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-metadataconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MetadataConfiguration {
        /// `AnnotationTableConfiguration`.
        pub annotation_table_configuration: Option<Value<AnnotationTableConfiguration>>,
        /// `InventoryTableConfiguration`.
        pub inventory_table_configuration: Option<Value<InventoryTableConfiguration>>,
        /// `JournalTableConfiguration` (required).
        pub journal_table_configuration: Value<JournalTableConfiguration>,
    }
    impl MetadataConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            journal_table_configuration: impl Into<Value<JournalTableConfiguration>>,
        ) -> Self {
            Self {
                annotation_table_configuration: None,
                inventory_table_configuration: None,
                journal_table_configuration: journal_table_configuration.into(),
            }
        }
        /// Sets `AnnotationTableConfiguration`.
        #[must_use]
        pub fn set_annotation_table_configuration(
            mut self,
            v: impl Into<Value<AnnotationTableConfiguration>>,
        ) -> Self {
            self.annotation_table_configuration = Some(v.into());
            self
        }
        /// Sets `InventoryTableConfiguration`.
        #[must_use]
        pub fn set_inventory_table_configuration(
            mut self,
            v: impl Into<Value<InventoryTableConfiguration>>,
        ) -> Self {
            self.inventory_table_configuration = Some(v.into());
            self
        }
    }
    impl ToExpr for MetadataConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AnnotationTableConfiguration",
                self.annotation_table_configuration.as_ref(),
            );
            m.set(
                "InventoryTableConfiguration",
                self.inventory_table_configuration.as_ref(),
            );
            m.put(
                "JournalTableConfiguration",
                &self.journal_table_configuration,
            );
            m.finish()
        }
    }
    impl From<MetadataConfiguration> for Value<MetadataConfiguration> {
        fn from(v: MetadataConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.AnnotationTableConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-annotationtableconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AnnotationTableConfiguration {
        /// `ConfigurationState` (required).
        pub configuration_state: Value<String>,
        /// `EncryptionConfiguration`.
        pub encryption_configuration: Option<Value<MetadataTableEncryptionConfiguration>>,
        /// `Role`.
        pub role: Option<Value<String>>,
    }
    impl AnnotationTableConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(configuration_state: impl Into<Value<String>>) -> Self {
            Self {
                configuration_state: configuration_state.into(),
                encryption_configuration: None,
                role: None,
            }
        }
        /// Sets `EncryptionConfiguration`.
        #[must_use]
        pub fn set_encryption_configuration(
            mut self,
            v: impl Into<Value<MetadataTableEncryptionConfiguration>>,
        ) -> Self {
            self.encryption_configuration = Some(v.into());
            self
        }
        /// Sets `Role`.
        #[must_use]
        pub fn set_role(mut self, v: impl Into<Value<String>>) -> Self {
            self.role = Some(v.into());
            self
        }
    }
    impl ToExpr for AnnotationTableConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("ConfigurationState", &self.configuration_state);
            m.set(
                "EncryptionConfiguration",
                self.encryption_configuration.as_ref(),
            );
            m.set("Role", self.role.as_ref());
            m.finish()
        }
    }
    impl From<AnnotationTableConfiguration> for Value<AnnotationTableConfiguration> {
        fn from(v: AnnotationTableConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.MetadataTableEncryptionConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-metadatatableencryptionconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MetadataTableEncryptionConfiguration {
        /// `KmsKeyArn`.
        pub kms_key_arn: Option<Value<String>>,
        /// `SseAlgorithm` (required).
        pub sse_algorithm: Value<String>,
    }
    impl MetadataTableEncryptionConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(sse_algorithm: impl Into<Value<String>>) -> Self {
            Self {
                kms_key_arn: None,
                sse_algorithm: sse_algorithm.into(),
            }
        }
        /// Sets `KmsKeyArn`.
        #[must_use]
        pub fn set_kms_key_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.kms_key_arn = Some(v.into());
            self
        }
    }
    impl ToExpr for MetadataTableEncryptionConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("KmsKeyArn", self.kms_key_arn.as_ref());
            m.put("SseAlgorithm", &self.sse_algorithm);
            m.finish()
        }
    }
    impl From<MetadataTableEncryptionConfiguration> for Value<MetadataTableEncryptionConfiguration> {
        fn from(v: MetadataTableEncryptionConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.InventoryTableConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-inventorytableconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InventoryTableConfiguration {
        /// `ConfigurationState` (required).
        pub configuration_state: Value<String>,
        /// `EncryptionConfiguration`.
        pub encryption_configuration: Option<Value<MetadataTableEncryptionConfiguration>>,
    }
    impl InventoryTableConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(configuration_state: impl Into<Value<String>>) -> Self {
            Self {
                configuration_state: configuration_state.into(),
                encryption_configuration: None,
            }
        }
        /// Sets `EncryptionConfiguration`.
        #[must_use]
        pub fn set_encryption_configuration(
            mut self,
            v: impl Into<Value<MetadataTableEncryptionConfiguration>>,
        ) -> Self {
            self.encryption_configuration = Some(v.into());
            self
        }
    }
    impl ToExpr for InventoryTableConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("ConfigurationState", &self.configuration_state);
            m.set(
                "EncryptionConfiguration",
                self.encryption_configuration.as_ref(),
            );
            m.finish()
        }
    }
    impl From<InventoryTableConfiguration> for Value<InventoryTableConfiguration> {
        fn from(v: InventoryTableConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.JournalTableConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-journaltableconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct JournalTableConfiguration {
        /// `EncryptionConfiguration`.
        pub encryption_configuration: Option<Value<MetadataTableEncryptionConfiguration>>,
        /// `RecordExpiration` (required).
        pub record_expiration: Value<RecordExpiration>,
    }
    impl JournalTableConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(record_expiration: impl Into<Value<RecordExpiration>>) -> Self {
            Self {
                encryption_configuration: None,
                record_expiration: record_expiration.into(),
            }
        }
        /// Sets `EncryptionConfiguration`.
        #[must_use]
        pub fn set_encryption_configuration(
            mut self,
            v: impl Into<Value<MetadataTableEncryptionConfiguration>>,
        ) -> Self {
            self.encryption_configuration = Some(v.into());
            self
        }
    }
    impl ToExpr for JournalTableConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "EncryptionConfiguration",
                self.encryption_configuration.as_ref(),
            );
            m.put("RecordExpiration", &self.record_expiration);
            m.finish()
        }
    }
    impl From<JournalTableConfiguration> for Value<JournalTableConfiguration> {
        fn from(v: JournalTableConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.RecordExpiration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-recordexpiration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RecordExpiration {
        /// `Days`.
        pub days: Option<Value<i64>>,
        /// `Expiration` (required).
        pub expiration: Value<String>,
    }
    impl RecordExpiration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(expiration: impl Into<Value<String>>) -> Self {
            Self {
                days: None,
                expiration: expiration.into(),
            }
        }
        /// Sets `Days`.
        #[must_use]
        pub fn set_days(mut self, v: impl Into<Value<i64>>) -> Self {
            self.days = Some(v.into());
            self
        }
    }
    impl ToExpr for RecordExpiration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Days", self.days.as_ref());
            m.put("Expiration", &self.expiration);
            m.finish()
        }
    }
    impl From<RecordExpiration> for Value<RecordExpiration> {
        fn from(v: RecordExpiration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.MetadataTableConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-metadatatableconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MetadataTableConfiguration {
        /// `S3TablesDestination` (required).
        pub s3_tables_destination: Value<S3TablesDestination>,
    }
    impl MetadataTableConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(s3_tables_destination: impl Into<Value<S3TablesDestination>>) -> Self {
            Self {
                s3_tables_destination: s3_tables_destination.into(),
            }
        }
    }
    impl ToExpr for MetadataTableConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("S3TablesDestination", &self.s3_tables_destination);
            m.finish()
        }
    }
    impl From<MetadataTableConfiguration> for Value<MetadataTableConfiguration> {
        fn from(v: MetadataTableConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.S3TablesDestination`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-s3tablesdestination.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct S3TablesDestination {
        /// `TableBucketArn` (required).
        pub table_bucket_arn: Value<String>,
        /// `TableName` (required).
        pub table_name: Value<String>,
    }
    impl S3TablesDestination {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            table_bucket_arn: impl Into<Value<String>>,
            table_name: impl Into<Value<String>>,
        ) -> Self {
            Self {
                table_bucket_arn: table_bucket_arn.into(),
                table_name: table_name.into(),
            }
        }
    }
    impl ToExpr for S3TablesDestination {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("TableBucketArn", &self.table_bucket_arn);
            m.put("TableName", &self.table_name);
            m.finish()
        }
    }
    impl From<S3TablesDestination> for Value<S3TablesDestination> {
        fn from(v: S3TablesDestination) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.MetricsConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-metricsconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MetricsConfiguration {
        /// `AccessPointArn`.
        pub access_point_arn: Option<Value<String>>,
        /// `Id` (required).
        pub id: Value<String>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `TagFilters`.
        pub tag_filters: Option<Value<Vec<TagFilter>>>,
    }
    impl MetricsConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(id: impl Into<Value<String>>) -> Self {
            Self {
                access_point_arn: None,
                id: id.into(),
                prefix: None,
                tag_filters: None,
            }
        }
        /// Sets `AccessPointArn`.
        #[must_use]
        pub fn set_access_point_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.access_point_arn = Some(v.into());
            self
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
        /// Sets `TagFilters`.
        #[must_use]
        pub fn set_tag_filters(mut self, v: impl Into<Value<Vec<TagFilter>>>) -> Self {
            self.tag_filters = Some(v.into());
            self
        }
    }
    impl ToExpr for MetricsConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AccessPointArn", self.access_point_arn.as_ref());
            m.put("Id", &self.id);
            m.set("Prefix", self.prefix.as_ref());
            m.set("TagFilters", self.tag_filters.as_ref());
            m.finish()
        }
    }
    impl From<MetricsConfiguration> for Value<MetricsConfiguration> {
        fn from(v: MetricsConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.NotificationConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-notificationconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NotificationConfiguration {
        /// `EventBridgeConfiguration`.
        pub event_bridge_configuration: Option<Value<EventBridgeConfiguration>>,
        /// `LambdaConfigurations`.
        pub lambda_configurations: Option<Value<Vec<LambdaConfiguration>>>,
        /// `QueueConfigurations`.
        pub queue_configurations: Option<Value<Vec<QueueConfiguration>>>,
        /// `TopicConfigurations`.
        pub topic_configurations: Option<Value<Vec<TopicConfiguration>>>,
    }
    impl NotificationConfiguration {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                event_bridge_configuration: None,
                lambda_configurations: None,
                queue_configurations: None,
                topic_configurations: None,
            }
        }
        /// Sets `EventBridgeConfiguration`.
        #[must_use]
        pub fn set_event_bridge_configuration(
            mut self,
            v: impl Into<Value<EventBridgeConfiguration>>,
        ) -> Self {
            self.event_bridge_configuration = Some(v.into());
            self
        }
        /// Sets `LambdaConfigurations`.
        #[must_use]
        pub fn set_lambda_configurations(
            mut self,
            v: impl Into<Value<Vec<LambdaConfiguration>>>,
        ) -> Self {
            self.lambda_configurations = Some(v.into());
            self
        }
        /// Sets `QueueConfigurations`.
        #[must_use]
        pub fn set_queue_configurations(
            mut self,
            v: impl Into<Value<Vec<QueueConfiguration>>>,
        ) -> Self {
            self.queue_configurations = Some(v.into());
            self
        }
        /// Sets `TopicConfigurations`.
        #[must_use]
        pub fn set_topic_configurations(
            mut self,
            v: impl Into<Value<Vec<TopicConfiguration>>>,
        ) -> Self {
            self.topic_configurations = Some(v.into());
            self
        }
    }
    impl Default for NotificationConfiguration {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for NotificationConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "EventBridgeConfiguration",
                self.event_bridge_configuration.as_ref(),
            );
            m.set("LambdaConfigurations", self.lambda_configurations.as_ref());
            m.set("QueueConfigurations", self.queue_configurations.as_ref());
            m.set("TopicConfigurations", self.topic_configurations.as_ref());
            m.finish()
        }
    }
    impl From<NotificationConfiguration> for Value<NotificationConfiguration> {
        fn from(v: NotificationConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.EventBridgeConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-eventbridgeconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EventBridgeConfiguration {
        /// `EventBridgeEnabled` (required).
        pub event_bridge_enabled: Value<bool>,
    }
    impl EventBridgeConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(event_bridge_enabled: impl Into<Value<bool>>) -> Self {
            Self {
                event_bridge_enabled: event_bridge_enabled.into(),
            }
        }
    }
    impl ToExpr for EventBridgeConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("EventBridgeEnabled", &self.event_bridge_enabled);
            m.finish()
        }
    }
    impl From<EventBridgeConfiguration> for Value<EventBridgeConfiguration> {
        fn from(v: EventBridgeConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.LambdaConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-lambdaconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LambdaConfiguration {
        /// `Event` (required).
        pub event: Value<String>,
        /// `Filter`.
        pub filter: Option<Value<NotificationFilter>>,
        /// `Function` (required).
        pub function: Value<String>,
    }
    impl LambdaConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(event: impl Into<Value<String>>, function: impl Into<Value<String>>) -> Self {
            Self {
                event: event.into(),
                filter: None,
                function: function.into(),
            }
        }
        /// Sets `Filter`.
        #[must_use]
        pub fn set_filter(mut self, v: impl Into<Value<NotificationFilter>>) -> Self {
            self.filter = Some(v.into());
            self
        }
    }
    impl ToExpr for LambdaConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Event", &self.event);
            m.set("Filter", self.filter.as_ref());
            m.put("Function", &self.function);
            m.finish()
        }
    }
    impl From<LambdaConfiguration> for Value<LambdaConfiguration> {
        fn from(v: LambdaConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.NotificationFilter`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-notificationfilter.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NotificationFilter {
        /// `S3Key` (required).
        pub s3_key: Value<S3KeyFilter>,
    }
    impl NotificationFilter {
        /// New value from its required properties.
        #[must_use]
        pub fn new(s3_key: impl Into<Value<S3KeyFilter>>) -> Self {
            Self {
                s3_key: s3_key.into(),
            }
        }
    }
    impl ToExpr for NotificationFilter {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("S3Key", &self.s3_key);
            m.finish()
        }
    }
    impl From<NotificationFilter> for Value<NotificationFilter> {
        fn from(v: NotificationFilter) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.S3KeyFilter`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-s3keyfilter.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct S3KeyFilter {
        /// `Rules` (required).
        pub rules: Value<Vec<FilterRule>>,
    }
    impl S3KeyFilter {
        /// New value from its required properties.
        #[must_use]
        pub fn new(rules: impl Into<Value<Vec<FilterRule>>>) -> Self {
            Self {
                rules: rules.into(),
            }
        }
    }
    impl ToExpr for S3KeyFilter {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Rules", &self.rules);
            m.finish()
        }
    }
    impl From<S3KeyFilter> for Value<S3KeyFilter> {
        fn from(v: S3KeyFilter) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.FilterRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-filterrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FilterRule {
        /// `Name` (required).
        pub name: Value<String>,
        /// `Value` (required).
        pub value: Value<String>,
    }
    impl FilterRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(name: impl Into<Value<String>>, value: impl Into<Value<String>>) -> Self {
            Self {
                name: name.into(),
                value: value.into(),
            }
        }
    }
    impl ToExpr for FilterRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Name", &self.name);
            m.put("Value", &self.value);
            m.finish()
        }
    }
    impl From<FilterRule> for Value<FilterRule> {
        fn from(v: FilterRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.QueueConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-queueconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct QueueConfiguration {
        /// `Event` (required).
        pub event: Value<String>,
        /// `Filter`.
        pub filter: Option<Value<NotificationFilter>>,
        /// `Queue` (required).
        pub queue: Value<String>,
    }
    impl QueueConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(event: impl Into<Value<String>>, queue: impl Into<Value<String>>) -> Self {
            Self {
                event: event.into(),
                filter: None,
                queue: queue.into(),
            }
        }
        /// Sets `Filter`.
        #[must_use]
        pub fn set_filter(mut self, v: impl Into<Value<NotificationFilter>>) -> Self {
            self.filter = Some(v.into());
            self
        }
    }
    impl ToExpr for QueueConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Event", &self.event);
            m.set("Filter", self.filter.as_ref());
            m.put("Queue", &self.queue);
            m.finish()
        }
    }
    impl From<QueueConfiguration> for Value<QueueConfiguration> {
        fn from(v: QueueConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.TopicConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-topicconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TopicConfiguration {
        /// `Event` (required).
        pub event: Value<String>,
        /// `Filter`.
        pub filter: Option<Value<NotificationFilter>>,
        /// `Topic` (required).
        pub topic: Value<String>,
    }
    impl TopicConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(event: impl Into<Value<String>>, topic: impl Into<Value<String>>) -> Self {
            Self {
                event: event.into(),
                filter: None,
                topic: topic.into(),
            }
        }
        /// Sets `Filter`.
        #[must_use]
        pub fn set_filter(mut self, v: impl Into<Value<NotificationFilter>>) -> Self {
            self.filter = Some(v.into());
            self
        }
    }
    impl ToExpr for TopicConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Event", &self.event);
            m.set("Filter", self.filter.as_ref());
            m.put("Topic", &self.topic);
            m.finish()
        }
    }
    impl From<TopicConfiguration> for Value<TopicConfiguration> {
        fn from(v: TopicConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ObjectLockConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-objectlockconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ObjectLockConfiguration {
        /// `ObjectLockEnabled`.
        pub object_lock_enabled: Option<Value<String>>,
        /// `Rule`.
        pub rule: Option<Value<ObjectLockRule>>,
    }
    impl ObjectLockConfiguration {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                object_lock_enabled: None,
                rule: None,
            }
        }
        /// Sets `ObjectLockEnabled`.
        #[must_use]
        pub fn set_object_lock_enabled(mut self, v: impl Into<Value<String>>) -> Self {
            self.object_lock_enabled = Some(v.into());
            self
        }
        /// Sets `Rule`.
        #[must_use]
        pub fn set_rule(mut self, v: impl Into<Value<ObjectLockRule>>) -> Self {
            self.rule = Some(v.into());
            self
        }
    }
    impl Default for ObjectLockConfiguration {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ObjectLockConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ObjectLockEnabled", self.object_lock_enabled.as_ref());
            m.set("Rule", self.rule.as_ref());
            m.finish()
        }
    }
    impl From<ObjectLockConfiguration> for Value<ObjectLockConfiguration> {
        fn from(v: ObjectLockConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ObjectLockRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-objectlockrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ObjectLockRule {
        /// `DefaultRetention`.
        pub default_retention: Option<Value<DefaultRetention>>,
    }
    impl ObjectLockRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                default_retention: None,
            }
        }
        /// Sets `DefaultRetention`.
        #[must_use]
        pub fn set_default_retention(mut self, v: impl Into<Value<DefaultRetention>>) -> Self {
            self.default_retention = Some(v.into());
            self
        }
    }
    impl Default for ObjectLockRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ObjectLockRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DefaultRetention", self.default_retention.as_ref());
            m.finish()
        }
    }
    impl From<ObjectLockRule> for Value<ObjectLockRule> {
        fn from(v: ObjectLockRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.DefaultRetention`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-defaultretention.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DefaultRetention {
        /// `Days`.
        pub days: Option<Value<i64>>,
        /// `DefaultEventHold`.
        pub default_event_hold: Option<Value<DefaultEventHold>>,
        /// `Mode`.
        pub mode: Option<Value<String>>,
        /// `Years`.
        pub years: Option<Value<i64>>,
    }
    impl DefaultRetention {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                days: None,
                default_event_hold: None,
                mode: None,
                years: None,
            }
        }
        /// Sets `Days`.
        #[must_use]
        pub fn set_days(mut self, v: impl Into<Value<i64>>) -> Self {
            self.days = Some(v.into());
            self
        }
        /// Sets `DefaultEventHold`.
        #[must_use]
        pub fn set_default_event_hold(mut self, v: impl Into<Value<DefaultEventHold>>) -> Self {
            self.default_event_hold = Some(v.into());
            self
        }
        /// Sets `Mode`.
        #[must_use]
        pub fn set_mode(mut self, v: impl Into<Value<String>>) -> Self {
            self.mode = Some(v.into());
            self
        }
        /// Sets `Years`.
        #[must_use]
        pub fn set_years(mut self, v: impl Into<Value<i64>>) -> Self {
            self.years = Some(v.into());
            self
        }
    }
    impl Default for DefaultRetention {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for DefaultRetention {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Days", self.days.as_ref());
            m.set("DefaultEventHold", self.default_event_hold.as_ref());
            m.set("Mode", self.mode.as_ref());
            m.set("Years", self.years.as_ref());
            m.finish()
        }
    }
    impl From<DefaultRetention> for Value<DefaultRetention> {
        fn from(v: DefaultRetention) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.DefaultEventHold`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-defaulteventhold.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DefaultEventHold {
        /// `Days`.
        pub days: Option<Value<i64>>,
        /// `Years`.
        pub years: Option<Value<i64>>,
    }
    impl DefaultEventHold {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                days: None,
                years: None,
            }
        }
        /// Sets `Days`.
        #[must_use]
        pub fn set_days(mut self, v: impl Into<Value<i64>>) -> Self {
            self.days = Some(v.into());
            self
        }
        /// Sets `Years`.
        #[must_use]
        pub fn set_years(mut self, v: impl Into<Value<i64>>) -> Self {
            self.years = Some(v.into());
            self
        }
    }
    impl Default for DefaultEventHold {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for DefaultEventHold {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Days", self.days.as_ref());
            m.set("Years", self.years.as_ref());
            m.finish()
        }
    }
    impl From<DefaultEventHold> for Value<DefaultEventHold> {
        fn from(v: DefaultEventHold) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.OwnershipControls`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-ownershipcontrols.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct OwnershipControls {
        /// `Rules` (required).
        pub rules: Value<Vec<OwnershipControlsRule>>,
    }
    impl OwnershipControls {
        /// New value from its required properties.
        #[must_use]
        pub fn new(rules: impl Into<Value<Vec<OwnershipControlsRule>>>) -> Self {
            Self {
                rules: rules.into(),
            }
        }
    }
    impl ToExpr for OwnershipControls {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Rules", &self.rules);
            m.finish()
        }
    }
    impl From<OwnershipControls> for Value<OwnershipControls> {
        fn from(v: OwnershipControls) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.OwnershipControlsRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-ownershipcontrolsrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct OwnershipControlsRule {
        /// `ObjectOwnership`.
        pub object_ownership: Option<Value<String>>,
    }
    impl OwnershipControlsRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                object_ownership: None,
            }
        }
        /// Sets `ObjectOwnership`.
        #[must_use]
        pub fn set_object_ownership(mut self, v: impl Into<Value<String>>) -> Self {
            self.object_ownership = Some(v.into());
            self
        }
    }
    impl Default for OwnershipControlsRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for OwnershipControlsRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ObjectOwnership", self.object_ownership.as_ref());
            m.finish()
        }
    }
    impl From<OwnershipControlsRule> for Value<OwnershipControlsRule> {
        fn from(v: OwnershipControlsRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.PublicAccessBlockConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PublicAccessBlockConfiguration {
        /// `BlockPublicAcls`.
        pub block_public_acls: Option<Value<bool>>,
        /// `BlockPublicPolicy`.
        pub block_public_policy: Option<Value<bool>>,
        /// `IgnorePublicAcls`.
        pub ignore_public_acls: Option<Value<bool>>,
        /// `RestrictPublicBuckets`.
        pub restrict_public_buckets: Option<Value<bool>>,
    }
    impl PublicAccessBlockConfiguration {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                block_public_acls: None,
                block_public_policy: None,
                ignore_public_acls: None,
                restrict_public_buckets: None,
            }
        }
        /// Sets `BlockPublicAcls`.
        #[must_use]
        pub fn set_block_public_acls(mut self, v: impl Into<Value<bool>>) -> Self {
            self.block_public_acls = Some(v.into());
            self
        }
        /// Sets `BlockPublicPolicy`.
        #[must_use]
        pub fn set_block_public_policy(mut self, v: impl Into<Value<bool>>) -> Self {
            self.block_public_policy = Some(v.into());
            self
        }
        /// Sets `IgnorePublicAcls`.
        #[must_use]
        pub fn set_ignore_public_acls(mut self, v: impl Into<Value<bool>>) -> Self {
            self.ignore_public_acls = Some(v.into());
            self
        }
        /// Sets `RestrictPublicBuckets`.
        #[must_use]
        pub fn set_restrict_public_buckets(mut self, v: impl Into<Value<bool>>) -> Self {
            self.restrict_public_buckets = Some(v.into());
            self
        }
    }
    impl Default for PublicAccessBlockConfiguration {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for PublicAccessBlockConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("BlockPublicAcls", self.block_public_acls.as_ref());
            m.set("BlockPublicPolicy", self.block_public_policy.as_ref());
            m.set("IgnorePublicAcls", self.ignore_public_acls.as_ref());
            m.set(
                "RestrictPublicBuckets",
                self.restrict_public_buckets.as_ref(),
            );
            m.finish()
        }
    }
    impl From<PublicAccessBlockConfiguration> for Value<PublicAccessBlockConfiguration> {
        fn from(v: PublicAccessBlockConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicationConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicationConfiguration {
        /// `Role` (required).
        pub role: Value<String>,
        /// `Rules` (required).
        pub rules: Value<Vec<ReplicationRule>>,
    }
    impl ReplicationConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            role: impl Into<Value<String>>,
            rules: impl Into<Value<Vec<ReplicationRule>>>,
        ) -> Self {
            Self {
                role: role.into(),
                rules: rules.into(),
            }
        }
    }
    impl ToExpr for ReplicationConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Role", &self.role);
            m.put("Rules", &self.rules);
            m.finish()
        }
    }
    impl From<ReplicationConfiguration> for Value<ReplicationConfiguration> {
        fn from(v: ReplicationConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicationRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicationRule {
        /// `DeleteMarkerReplication`.
        pub delete_marker_replication: Option<Value<DeleteMarkerReplication>>,
        /// `Destination` (required).
        pub destination: Value<ReplicationDestination>,
        /// `Filter`.
        pub filter: Option<Value<ReplicationRuleFilter>>,
        /// `Id`.
        pub id: Option<Value<String>>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `Priority`.
        pub priority: Option<Value<i64>>,
        /// `SourceSelectionCriteria`.
        pub source_selection_criteria: Option<Value<SourceSelectionCriteria>>,
        /// `Status` (required).
        pub status: Value<String>,
    }
    impl ReplicationRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            destination: impl Into<Value<ReplicationDestination>>,
            status: impl Into<Value<String>>,
        ) -> Self {
            Self {
                delete_marker_replication: None,
                destination: destination.into(),
                filter: None,
                id: None,
                prefix: None,
                priority: None,
                source_selection_criteria: None,
                status: status.into(),
            }
        }
        /// Sets `DeleteMarkerReplication`.
        #[must_use]
        pub fn set_delete_marker_replication(
            mut self,
            v: impl Into<Value<DeleteMarkerReplication>>,
        ) -> Self {
            self.delete_marker_replication = Some(v.into());
            self
        }
        /// Sets `Filter`.
        #[must_use]
        pub fn set_filter(mut self, v: impl Into<Value<ReplicationRuleFilter>>) -> Self {
            self.filter = Some(v.into());
            self
        }
        /// Sets `Id`.
        #[must_use]
        pub fn set_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.id = Some(v.into());
            self
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
        /// Sets `Priority`.
        #[must_use]
        pub fn set_priority(mut self, v: impl Into<Value<i64>>) -> Self {
            self.priority = Some(v.into());
            self
        }
        /// Sets `SourceSelectionCriteria`.
        #[must_use]
        pub fn set_source_selection_criteria(
            mut self,
            v: impl Into<Value<SourceSelectionCriteria>>,
        ) -> Self {
            self.source_selection_criteria = Some(v.into());
            self
        }
    }
    impl ToExpr for ReplicationRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "DeleteMarkerReplication",
                self.delete_marker_replication.as_ref(),
            );
            m.put("Destination", &self.destination);
            m.set("Filter", self.filter.as_ref());
            m.set("Id", self.id.as_ref());
            m.set("Prefix", self.prefix.as_ref());
            m.set("Priority", self.priority.as_ref());
            m.set(
                "SourceSelectionCriteria",
                self.source_selection_criteria.as_ref(),
            );
            m.put("Status", &self.status);
            m.finish()
        }
    }
    impl From<ReplicationRule> for Value<ReplicationRule> {
        fn from(v: ReplicationRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.DeleteMarkerReplication`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-deletemarkerreplication.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeleteMarkerReplication {
        /// `Status`.
        pub status: Option<Value<String>>,
    }
    impl DeleteMarkerReplication {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { status: None }
        }
        /// Sets `Status`.
        #[must_use]
        pub fn set_status(mut self, v: impl Into<Value<String>>) -> Self {
            self.status = Some(v.into());
            self
        }
    }
    impl Default for DeleteMarkerReplication {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for DeleteMarkerReplication {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Status", self.status.as_ref());
            m.finish()
        }
    }
    impl From<DeleteMarkerReplication> for Value<DeleteMarkerReplication> {
        fn from(v: DeleteMarkerReplication) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicationDestination`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationdestination.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicationDestination {
        /// `AccessControlTranslation`.
        pub access_control_translation: Option<Value<AccessControlTranslation>>,
        /// `Account`.
        pub account: Option<Value<String>>,
        /// `Bucket` (required).
        pub bucket: Value<String>,
        /// `EncryptionConfiguration`.
        pub encryption_configuration: Option<Value<EncryptionConfiguration>>,
        /// `Metrics`.
        pub metrics: Option<Value<Metrics>>,
        /// `ReplicationTime`.
        pub replication_time: Option<Value<ReplicationTime>>,
        /// `StorageClass`.
        pub storage_class: Option<Value<String>>,
    }
    impl ReplicationDestination {
        /// New value from its required properties.
        #[must_use]
        pub fn new(bucket: impl Into<Value<String>>) -> Self {
            Self {
                access_control_translation: None,
                account: None,
                bucket: bucket.into(),
                encryption_configuration: None,
                metrics: None,
                replication_time: None,
                storage_class: None,
            }
        }
        /// Sets `AccessControlTranslation`.
        #[must_use]
        pub fn set_access_control_translation(
            mut self,
            v: impl Into<Value<AccessControlTranslation>>,
        ) -> Self {
            self.access_control_translation = Some(v.into());
            self
        }
        /// Sets `Account`.
        #[must_use]
        pub fn set_account(mut self, v: impl Into<Value<String>>) -> Self {
            self.account = Some(v.into());
            self
        }
        /// Sets `EncryptionConfiguration`.
        #[must_use]
        pub fn set_encryption_configuration(
            mut self,
            v: impl Into<Value<EncryptionConfiguration>>,
        ) -> Self {
            self.encryption_configuration = Some(v.into());
            self
        }
        /// Sets `Metrics`.
        #[must_use]
        pub fn set_metrics(mut self, v: impl Into<Value<Metrics>>) -> Self {
            self.metrics = Some(v.into());
            self
        }
        /// Sets `ReplicationTime`.
        #[must_use]
        pub fn set_replication_time(mut self, v: impl Into<Value<ReplicationTime>>) -> Self {
            self.replication_time = Some(v.into());
            self
        }
        /// Sets `StorageClass`.
        #[must_use]
        pub fn set_storage_class(mut self, v: impl Into<Value<String>>) -> Self {
            self.storage_class = Some(v.into());
            self
        }
    }
    impl ToExpr for ReplicationDestination {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AccessControlTranslation",
                self.access_control_translation.as_ref(),
            );
            m.set("Account", self.account.as_ref());
            m.put("Bucket", &self.bucket);
            m.set(
                "EncryptionConfiguration",
                self.encryption_configuration.as_ref(),
            );
            m.set("Metrics", self.metrics.as_ref());
            m.set("ReplicationTime", self.replication_time.as_ref());
            m.set("StorageClass", self.storage_class.as_ref());
            m.finish()
        }
    }
    impl From<ReplicationDestination> for Value<ReplicationDestination> {
        fn from(v: ReplicationDestination) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.AccessControlTranslation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-accesscontroltranslation.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AccessControlTranslation {
        /// `Owner` (required).
        pub owner: Value<String>,
    }
    impl AccessControlTranslation {
        /// New value from its required properties.
        #[must_use]
        pub fn new(owner: impl Into<Value<String>>) -> Self {
            Self {
                owner: owner.into(),
            }
        }
    }
    impl ToExpr for AccessControlTranslation {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Owner", &self.owner);
            m.finish()
        }
    }
    impl From<AccessControlTranslation> for Value<AccessControlTranslation> {
        fn from(v: AccessControlTranslation) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.EncryptionConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-encryptionconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EncryptionConfiguration {
        /// `ReplicaKmsKeyID` (required).
        pub replica_kms_key_id: Value<String>,
    }
    impl EncryptionConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(replica_kms_key_id: impl Into<Value<String>>) -> Self {
            Self {
                replica_kms_key_id: replica_kms_key_id.into(),
            }
        }
    }
    impl ToExpr for EncryptionConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("ReplicaKmsKeyID", &self.replica_kms_key_id);
            m.finish()
        }
    }
    impl From<EncryptionConfiguration> for Value<EncryptionConfiguration> {
        fn from(v: EncryptionConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.Metrics`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-metrics.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Metrics {
        /// `EventThreshold`.
        pub event_threshold: Option<Value<ReplicationTimeValue>>,
        /// `Status` (required).
        pub status: Value<String>,
    }
    impl Metrics {
        /// New value from its required properties.
        #[must_use]
        pub fn new(status: impl Into<Value<String>>) -> Self {
            Self {
                event_threshold: None,
                status: status.into(),
            }
        }
        /// Sets `EventThreshold`.
        #[must_use]
        pub fn set_event_threshold(mut self, v: impl Into<Value<ReplicationTimeValue>>) -> Self {
            self.event_threshold = Some(v.into());
            self
        }
    }
    impl ToExpr for Metrics {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EventThreshold", self.event_threshold.as_ref());
            m.put("Status", &self.status);
            m.finish()
        }
    }
    impl From<Metrics> for Value<Metrics> {
        fn from(v: Metrics) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicationTimeValue`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationtimevalue.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicationTimeValue {
        /// `Minutes` (required).
        pub minutes: Value<i64>,
    }
    impl ReplicationTimeValue {
        /// New value from its required properties.
        #[must_use]
        pub fn new(minutes: impl Into<Value<i64>>) -> Self {
            Self {
                minutes: minutes.into(),
            }
        }
    }
    impl ToExpr for ReplicationTimeValue {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Minutes", &self.minutes);
            m.finish()
        }
    }
    impl From<ReplicationTimeValue> for Value<ReplicationTimeValue> {
        fn from(v: ReplicationTimeValue) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicationTime`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationtime.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicationTime {
        /// `Status` (required).
        pub status: Value<String>,
        /// `Time` (required).
        pub time: Value<ReplicationTimeValue>,
    }
    impl ReplicationTime {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            status: impl Into<Value<String>>,
            time: impl Into<Value<ReplicationTimeValue>>,
        ) -> Self {
            Self {
                status: status.into(),
                time: time.into(),
            }
        }
    }
    impl ToExpr for ReplicationTime {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Status", &self.status);
            m.put("Time", &self.time);
            m.finish()
        }
    }
    impl From<ReplicationTime> for Value<ReplicationTime> {
        fn from(v: ReplicationTime) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicationRuleFilter`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationrulefilter.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicationRuleFilter {
        /// `And`.
        pub and: Option<Value<ReplicationRuleAndOperator>>,
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `TagFilter`.
        pub tag_filter: Option<Value<TagFilter>>,
    }
    impl ReplicationRuleFilter {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                and: None,
                prefix: None,
                tag_filter: None,
            }
        }
        /// Sets `And`.
        #[must_use]
        pub fn set_and(mut self, v: impl Into<Value<ReplicationRuleAndOperator>>) -> Self {
            self.and = Some(v.into());
            self
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
        /// Sets `TagFilter`.
        #[must_use]
        pub fn set_tag_filter(mut self, v: impl Into<Value<TagFilter>>) -> Self {
            self.tag_filter = Some(v.into());
            self
        }
    }
    impl Default for ReplicationRuleFilter {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ReplicationRuleFilter {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("And", self.and.as_ref());
            m.set("Prefix", self.prefix.as_ref());
            m.set("TagFilter", self.tag_filter.as_ref());
            m.finish()
        }
    }
    impl From<ReplicationRuleFilter> for Value<ReplicationRuleFilter> {
        fn from(v: ReplicationRuleFilter) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicationRuleAndOperator`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationruleandoperator.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicationRuleAndOperator {
        /// `Prefix`.
        pub prefix: Option<Value<String>>,
        /// `TagFilters`.
        pub tag_filters: Option<Value<Vec<TagFilter>>>,
    }
    impl ReplicationRuleAndOperator {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                prefix: None,
                tag_filters: None,
            }
        }
        /// Sets `Prefix`.
        #[must_use]
        pub fn set_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.prefix = Some(v.into());
            self
        }
        /// Sets `TagFilters`.
        #[must_use]
        pub fn set_tag_filters(mut self, v: impl Into<Value<Vec<TagFilter>>>) -> Self {
            self.tag_filters = Some(v.into());
            self
        }
    }
    impl Default for ReplicationRuleAndOperator {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ReplicationRuleAndOperator {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Prefix", self.prefix.as_ref());
            m.set("TagFilters", self.tag_filters.as_ref());
            m.finish()
        }
    }
    impl From<ReplicationRuleAndOperator> for Value<ReplicationRuleAndOperator> {
        fn from(v: ReplicationRuleAndOperator) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.SourceSelectionCriteria`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-sourceselectioncriteria.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SourceSelectionCriteria {
        /// `ReplicaModifications`.
        pub replica_modifications: Option<Value<ReplicaModifications>>,
        /// `SseKmsEncryptedObjects`.
        pub sse_kms_encrypted_objects: Option<Value<SseKmsEncryptedObjects>>,
    }
    impl SourceSelectionCriteria {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                replica_modifications: None,
                sse_kms_encrypted_objects: None,
            }
        }
        /// Sets `ReplicaModifications`.
        #[must_use]
        pub fn set_replica_modifications(
            mut self,
            v: impl Into<Value<ReplicaModifications>>,
        ) -> Self {
            self.replica_modifications = Some(v.into());
            self
        }
        /// Sets `SseKmsEncryptedObjects`.
        #[must_use]
        pub fn set_sse_kms_encrypted_objects(
            mut self,
            v: impl Into<Value<SseKmsEncryptedObjects>>,
        ) -> Self {
            self.sse_kms_encrypted_objects = Some(v.into());
            self
        }
    }
    impl Default for SourceSelectionCriteria {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for SourceSelectionCriteria {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ReplicaModifications", self.replica_modifications.as_ref());
            m.set(
                "SseKmsEncryptedObjects",
                self.sse_kms_encrypted_objects.as_ref(),
            );
            m.finish()
        }
    }
    impl From<SourceSelectionCriteria> for Value<SourceSelectionCriteria> {
        fn from(v: SourceSelectionCriteria) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.ReplicaModifications`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicamodifications.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReplicaModifications {
        /// `Status` (required).
        pub status: Value<String>,
    }
    impl ReplicaModifications {
        /// New value from its required properties.
        #[must_use]
        pub fn new(status: impl Into<Value<String>>) -> Self {
            Self {
                status: status.into(),
            }
        }
    }
    impl ToExpr for ReplicaModifications {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Status", &self.status);
            m.finish()
        }
    }
    impl From<ReplicaModifications> for Value<ReplicaModifications> {
        fn from(v: ReplicaModifications) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.SseKmsEncryptedObjects`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-ssekmsencryptedobjects.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SseKmsEncryptedObjects {
        /// `Status` (required).
        pub status: Value<String>,
    }
    impl SseKmsEncryptedObjects {
        /// New value from its required properties.
        #[must_use]
        pub fn new(status: impl Into<Value<String>>) -> Self {
            Self {
                status: status.into(),
            }
        }
    }
    impl ToExpr for SseKmsEncryptedObjects {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Status", &self.status);
            m.finish()
        }
    }
    impl From<SseKmsEncryptedObjects> for Value<SseKmsEncryptedObjects> {
        fn from(v: SseKmsEncryptedObjects) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.VersioningConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-versioningconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct VersioningConfiguration {
        /// `Status` (required).
        pub status: Value<String>,
    }
    impl VersioningConfiguration {
        /// New value from its required properties.
        #[must_use]
        pub fn new(status: impl Into<Value<String>>) -> Self {
            Self {
                status: status.into(),
            }
        }
    }
    impl ToExpr for VersioningConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Status", &self.status);
            m.finish()
        }
    }
    impl From<VersioningConfiguration> for Value<VersioningConfiguration> {
        fn from(v: VersioningConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.WebsiteConfiguration`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-websiteconfiguration.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebsiteConfiguration {
        /// `ErrorDocument`.
        pub error_document: Option<Value<String>>,
        /// `IndexDocument`.
        pub index_document: Option<Value<String>>,
        /// `RedirectAllRequestsTo`.
        pub redirect_all_requests_to: Option<Value<RedirectAllRequestsTo>>,
        /// `RoutingRules`.
        pub routing_rules: Option<Value<Vec<RoutingRule>>>,
    }
    impl WebsiteConfiguration {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                error_document: None,
                index_document: None,
                redirect_all_requests_to: None,
                routing_rules: None,
            }
        }
        /// Sets `ErrorDocument`.
        #[must_use]
        pub fn set_error_document(mut self, v: impl Into<Value<String>>) -> Self {
            self.error_document = Some(v.into());
            self
        }
        /// Sets `IndexDocument`.
        #[must_use]
        pub fn set_index_document(mut self, v: impl Into<Value<String>>) -> Self {
            self.index_document = Some(v.into());
            self
        }
        /// Sets `RedirectAllRequestsTo`.
        #[must_use]
        pub fn set_redirect_all_requests_to(
            mut self,
            v: impl Into<Value<RedirectAllRequestsTo>>,
        ) -> Self {
            self.redirect_all_requests_to = Some(v.into());
            self
        }
        /// Sets `RoutingRules`.
        #[must_use]
        pub fn set_routing_rules(mut self, v: impl Into<Value<Vec<RoutingRule>>>) -> Self {
            self.routing_rules = Some(v.into());
            self
        }
    }
    impl Default for WebsiteConfiguration {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for WebsiteConfiguration {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ErrorDocument", self.error_document.as_ref());
            m.set("IndexDocument", self.index_document.as_ref());
            m.set(
                "RedirectAllRequestsTo",
                self.redirect_all_requests_to.as_ref(),
            );
            m.set("RoutingRules", self.routing_rules.as_ref());
            m.finish()
        }
    }
    impl From<WebsiteConfiguration> for Value<WebsiteConfiguration> {
        fn from(v: WebsiteConfiguration) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.RedirectAllRequestsTo`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-redirectallrequeststo.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RedirectAllRequestsTo {
        /// `HostName` (required).
        pub host_name: Value<String>,
        /// `Protocol`.
        pub protocol: Option<Value<String>>,
    }
    impl RedirectAllRequestsTo {
        /// New value from its required properties.
        #[must_use]
        pub fn new(host_name: impl Into<Value<String>>) -> Self {
            Self {
                host_name: host_name.into(),
                protocol: None,
            }
        }
        /// Sets `Protocol`.
        #[must_use]
        pub fn set_protocol(mut self, v: impl Into<Value<String>>) -> Self {
            self.protocol = Some(v.into());
            self
        }
    }
    impl ToExpr for RedirectAllRequestsTo {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("HostName", &self.host_name);
            m.set("Protocol", self.protocol.as_ref());
            m.finish()
        }
    }
    impl From<RedirectAllRequestsTo> for Value<RedirectAllRequestsTo> {
        fn from(v: RedirectAllRequestsTo) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.RoutingRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-routingrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RoutingRule {
        /// `RedirectRule` (required).
        pub redirect_rule: Value<RedirectRule>,
        /// `RoutingRuleCondition`.
        pub routing_rule_condition: Option<Value<RoutingRuleCondition>>,
    }
    impl RoutingRule {
        /// New value from its required properties.
        #[must_use]
        pub fn new(redirect_rule: impl Into<Value<RedirectRule>>) -> Self {
            Self {
                redirect_rule: redirect_rule.into(),
                routing_rule_condition: None,
            }
        }
        /// Sets `RoutingRuleCondition`.
        #[must_use]
        pub fn set_routing_rule_condition(
            mut self,
            v: impl Into<Value<RoutingRuleCondition>>,
        ) -> Self {
            self.routing_rule_condition = Some(v.into());
            self
        }
    }
    impl ToExpr for RoutingRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("RedirectRule", &self.redirect_rule);
            m.set("RoutingRuleCondition", self.routing_rule_condition.as_ref());
            m.finish()
        }
    }
    impl From<RoutingRule> for Value<RoutingRule> {
        fn from(v: RoutingRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.RedirectRule`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-redirectrule.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RedirectRule {
        /// `HostName`.
        pub host_name: Option<Value<String>>,
        /// `HttpRedirectCode`.
        pub http_redirect_code: Option<Value<String>>,
        /// `Protocol`.
        pub protocol: Option<Value<String>>,
        /// `ReplaceKeyPrefixWith`.
        pub replace_key_prefix_with: Option<Value<String>>,
        /// `ReplaceKeyWith`.
        pub replace_key_with: Option<Value<String>>,
    }
    impl RedirectRule {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                host_name: None,
                http_redirect_code: None,
                protocol: None,
                replace_key_prefix_with: None,
                replace_key_with: None,
            }
        }
        /// Sets `HostName`.
        #[must_use]
        pub fn set_host_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.host_name = Some(v.into());
            self
        }
        /// Sets `HttpRedirectCode`.
        #[must_use]
        pub fn set_http_redirect_code(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_redirect_code = Some(v.into());
            self
        }
        /// Sets `Protocol`.
        #[must_use]
        pub fn set_protocol(mut self, v: impl Into<Value<String>>) -> Self {
            self.protocol = Some(v.into());
            self
        }
        /// Sets `ReplaceKeyPrefixWith`.
        #[must_use]
        pub fn set_replace_key_prefix_with(mut self, v: impl Into<Value<String>>) -> Self {
            self.replace_key_prefix_with = Some(v.into());
            self
        }
        /// Sets `ReplaceKeyWith`.
        #[must_use]
        pub fn set_replace_key_with(mut self, v: impl Into<Value<String>>) -> Self {
            self.replace_key_with = Some(v.into());
            self
        }
    }
    impl Default for RedirectRule {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for RedirectRule {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("HostName", self.host_name.as_ref());
            m.set("HttpRedirectCode", self.http_redirect_code.as_ref());
            m.set("Protocol", self.protocol.as_ref());
            m.set(
                "ReplaceKeyPrefixWith",
                self.replace_key_prefix_with.as_ref(),
            );
            m.set("ReplaceKeyWith", self.replace_key_with.as_ref());
            m.finish()
        }
    }
    impl From<RedirectRule> for Value<RedirectRule> {
        fn from(v: RedirectRule) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::S3::Bucket.RoutingRuleCondition`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-routingrulecondition.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RoutingRuleCondition {
        /// `HttpErrorCodeReturnedEquals`.
        pub http_error_code_returned_equals: Option<Value<String>>,
        /// `KeyPrefixEquals`.
        pub key_prefix_equals: Option<Value<String>>,
    }
    impl RoutingRuleCondition {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                http_error_code_returned_equals: None,
                key_prefix_equals: None,
            }
        }
        /// Sets `HttpErrorCodeReturnedEquals`.
        #[must_use]
        pub fn set_http_error_code_returned_equals(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_error_code_returned_equals = Some(v.into());
            self
        }
        /// Sets `KeyPrefixEquals`.
        #[must_use]
        pub fn set_key_prefix_equals(mut self, v: impl Into<Value<String>>) -> Self {
            self.key_prefix_equals = Some(v.into());
            self
        }
    }
    impl Default for RoutingRuleCondition {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for RoutingRuleCondition {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "HttpErrorCodeReturnedEquals",
                self.http_error_code_returned_equals.as_ref(),
            );
            m.set("KeyPrefixEquals", self.key_prefix_equals.as_ref());
            m.finish()
        }
    }
    impl From<RoutingRuleCondition> for Value<RoutingRuleCondition> {
        fn from(v: RoutingRuleCondition) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::S3::BucketPolicy`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct BucketPolicy {
    /// `Bucket` (required, create-only).
    pub bucket: Value<String>,
    /// `PolicyDocument` (required).
    pub policy_document: Value<Json>,
}
impl BucketPolicy {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(bucket: impl Into<Value<String>>, policy_document: impl Into<Value<Json>>) -> Self {
        Self {
            bucket: bucket.into(),
            policy_document: policy_document.into(),
        }
    }
}
impl Resource for BucketPolicy {
    const TYPE: &'static str = "AWS::S3::BucketPolicy";
    const SCHEMA: &'static ResourceSchema = &BUCKET_POLICY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.put("Bucket", &self.bucket);
        m.put("PolicyDocument", &self.policy_document);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        f("Bucket", self.bucket.expr());
        f("PolicyDocument", self.policy_document.expr());
    }
}
static BUCKET_POLICY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::S3::BucketPolicy",
    create_only: &["/properties/Bucket"],
    read_only: &[],
    attributes: &[],
    tagging: Tagging::None,
};
