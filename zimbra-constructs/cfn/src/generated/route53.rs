// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `route53` service.
use zimbra_constructs_core::resource::{
    GetAtt, IdOf, Identified, Resource, ResourceRef, ResourceSchema, Tagging,
};
use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, Value};
/// [`AWS::Route53::HostedZone`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-route53-hostedzone.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedZone {
    /// `DelegationSetId` (create-only).
    pub delegation_set_id: Option<Value<String>>,
    /// `HostedZoneConfig`.
    pub hosted_zone_config: Option<Value<hosted_zone::HostedZoneConfig>>,
    /// `HostedZoneFeatures`.
    pub hosted_zone_features: Option<Value<hosted_zone::HostedZoneFeatures>>,
    /// `HostedZoneTags`.
    pub hosted_zone_tags: Option<Value<Vec<Tag>>>,
    /// `Name` (create-only).
    pub name: Option<Value<String>>,
    /// `QueryLoggingConfig`.
    pub query_logging_config: Option<Value<hosted_zone::QueryLoggingConfig>>,
    /// `VPCs`.
    pub vpcs: Option<Value<Vec<hosted_zone::Vpc>>>,
}
impl HostedZone {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            delegation_set_id: None,
            hosted_zone_config: None,
            hosted_zone_features: None,
            hosted_zone_tags: None,
            name: None,
            query_logging_config: None,
            vpcs: None,
        }
    }
    /// Sets `DelegationSetId`.
    #[must_use]
    pub fn set_delegation_set_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.delegation_set_id = Some(v.into());
        self
    }
    /// Sets `HostedZoneConfig`.
    #[must_use]
    pub fn set_hosted_zone_config(
        mut self,
        v: impl Into<Value<hosted_zone::HostedZoneConfig>>,
    ) -> Self {
        self.hosted_zone_config = Some(v.into());
        self
    }
    /// Sets `HostedZoneFeatures`.
    #[must_use]
    pub fn set_hosted_zone_features(
        mut self,
        v: impl Into<Value<hosted_zone::HostedZoneFeatures>>,
    ) -> Self {
        self.hosted_zone_features = Some(v.into());
        self
    }
    /// Sets `HostedZoneTags`.
    #[must_use]
    pub fn set_hosted_zone_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.hosted_zone_tags = Some(v.into());
        self
    }
    /// Sets `Name`.
    #[must_use]
    pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.name = Some(v.into());
        self
    }
    /// Sets `QueryLoggingConfig`.
    #[must_use]
    pub fn set_query_logging_config(
        mut self,
        v: impl Into<Value<hosted_zone::QueryLoggingConfig>>,
    ) -> Self {
        self.query_logging_config = Some(v.into());
        self
    }
    /// Sets `VPCs`.
    #[must_use]
    pub fn set_vpcs(mut self, v: impl Into<Value<Vec<hosted_zone::Vpc>>>) -> Self {
        self.vpcs = Some(v.into());
        self
    }
}
impl Default for HostedZone {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for HostedZone {
    const TYPE: &'static str = "AWS::Route53::HostedZone";
    const SCHEMA: &'static ResourceSchema = &HOSTED_ZONE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("DelegationSetId", self.delegation_set_id.as_ref());
        m.set("HostedZoneConfig", self.hosted_zone_config.as_ref());
        m.set("HostedZoneFeatures", self.hosted_zone_features.as_ref());
        m.set("HostedZoneTags", self.hosted_zone_tags.as_ref());
        m.set("Name", self.name.as_ref());
        m.set("QueryLoggingConfig", self.query_logging_config.as_ref());
        m.set("VPCs", self.vpcs.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.delegation_set_id {
            f("DelegationSetId", v.expr());
        }
        if let Some(v) = &self.hosted_zone_config {
            f("HostedZoneConfig", v.expr());
        }
        if let Some(v) = &self.hosted_zone_features {
            f("HostedZoneFeatures", v.expr());
        }
        if let Some(v) = &self.hosted_zone_tags {
            f("HostedZoneTags", v.expr());
        }
        if let Some(v) = &self.name {
            f("Name", v.expr());
        }
        if let Some(v) = &self.query_logging_config {
            f("QueryLoggingConfig", v.expr());
        }
        if let Some(v) = &self.vpcs {
            f("VPCs", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`HostedZone`] handle (in scope with the crate's `prelude`).
pub trait HostedZoneAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
    /// `Fn::GetAtt` `NameServers`.
    #[must_use]
    fn attr_name_servers(&self) -> Value<Vec<String>> {
        self.get_att("NameServers")
    }
}
impl HostedZoneAttributes for ResourceRef<HostedZone> {}
impl Identified for HostedZone {}
static HOSTED_ZONE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::Route53::HostedZone",
    create_only: &["/properties/Name", "/properties/DelegationSetId"],
    read_only: &["/properties/Id", "/properties/NameServers"],
    attributes: &["Id", "NameServers"],
    tagging: Tagging::None,
};
/// Property types of [`AWS::Route53::HostedZone`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-route53-hostedzone.html).
pub mod hosted_zone {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::Route53::HostedZone.HostedZoneConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-hostedzone-hostedzoneconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct HostedZoneConfig {
        /// `Comment`.
        pub comment: Option<Value<String>>,
    }
    impl HostedZoneConfig {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { comment: None }
        }
        /// Sets `Comment`.
        #[must_use]
        pub fn set_comment(mut self, v: impl Into<Value<String>>) -> Self {
            self.comment = Some(v.into());
            self
        }
    }
    impl Default for HostedZoneConfig {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for HostedZoneConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Comment", self.comment.as_ref());
            m.finish()
        }
    }
    impl From<HostedZoneConfig> for Value<HostedZoneConfig> {
        fn from(v: HostedZoneConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::Route53::HostedZone.HostedZoneFeatures`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-hostedzone-hostedzonefeatures.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct HostedZoneFeatures {
        /// `EnableAcceleratedRecovery`.
        pub enable_accelerated_recovery: Option<Value<bool>>,
    }
    impl HostedZoneFeatures {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                enable_accelerated_recovery: None,
            }
        }
        /// Sets `EnableAcceleratedRecovery`.
        #[must_use]
        pub fn set_enable_accelerated_recovery(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enable_accelerated_recovery = Some(v.into());
            self
        }
    }
    impl Default for HostedZoneFeatures {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for HostedZoneFeatures {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "EnableAcceleratedRecovery",
                self.enable_accelerated_recovery.as_ref(),
            );
            m.finish()
        }
    }
    impl From<HostedZoneFeatures> for Value<HostedZoneFeatures> {
        fn from(v: HostedZoneFeatures) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::Route53::HostedZone.QueryLoggingConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-hostedzone-queryloggingconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct QueryLoggingConfig {
        /// `CloudWatchLogsLogGroupArn` (required).
        pub cloud_watch_logs_log_group_arn: Value<String>,
    }
    impl QueryLoggingConfig {
        /// New value from its required properties.
        #[must_use]
        pub fn new(cloud_watch_logs_log_group_arn: impl Into<Value<String>>) -> Self {
            Self {
                cloud_watch_logs_log_group_arn: cloud_watch_logs_log_group_arn.into(),
            }
        }
    }
    impl ToExpr for QueryLoggingConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put(
                "CloudWatchLogsLogGroupArn",
                &self.cloud_watch_logs_log_group_arn,
            );
            m.finish()
        }
    }
    impl From<QueryLoggingConfig> for Value<QueryLoggingConfig> {
        fn from(v: QueryLoggingConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::Route53::HostedZone.VPC`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-hostedzone-vpc.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Vpc {
        /// `VPCId` (required).
        pub vpc_id: Value<String>,
        /// `VPCRegion` (required).
        pub vpc_region: Value<String>,
    }
    impl Vpc {
        /// New value from its required properties.
        #[must_use]
        pub fn new(vpc_id: impl Into<Value<String>>, vpc_region: impl Into<Value<String>>) -> Self {
            Self {
                vpc_id: vpc_id.into(),
                vpc_region: vpc_region.into(),
            }
        }
    }
    impl ToExpr for Vpc {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("VPCId", &self.vpc_id);
            m.put("VPCRegion", &self.vpc_region);
            m.finish()
        }
    }
    impl From<Vpc> for Value<Vpc> {
        fn from(v: Vpc) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::Route53::RecordSet`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-route53-recordset.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordSet {
    /// `AliasTarget`.
    pub alias_target: Option<Value<record_set::AliasTarget>>,
    /// `CidrRoutingConfig`.
    pub cidr_routing_config: Option<Value<record_set::CidrRoutingConfig>>,
    /// `Comment`.
    pub comment: Option<Value<String>>,
    /// `Failover`.
    pub failover: Option<Value<String>>,
    /// `GeoLocation`.
    pub geo_location: Option<Value<record_set::GeoLocation>>,
    /// `GeoProximityLocation`.
    pub geo_proximity_location: Option<Value<record_set::GeoProximityLocation>>,
    /// `HealthCheckId`.
    pub health_check_id: Option<Value<String>>,
    /// `HostedZoneId` (create-only).
    pub hosted_zone_id: Option<Value<IdOf<HostedZone>>>,
    /// `HostedZoneName` (create-only).
    pub hosted_zone_name: Option<Value<String>>,
    /// `MultiValueAnswer`.
    pub multi_value_answer: Option<Value<bool>>,
    /// `Name` (required).
    pub name: Value<String>,
    /// `Region`.
    pub region: Option<Value<String>>,
    /// `ResourceRecords`.
    pub resource_records: Option<Value<Vec<String>>>,
    /// `SetIdentifier`.
    pub set_identifier: Option<Value<String>>,
    /// `TTL`.
    pub ttl: Option<Value<String>>,
    /// `Type` (required).
    pub r#type: Value<String>,
    /// `Weight`.
    pub weight: Option<Value<i64>>,
}
impl RecordSet {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(name: impl Into<Value<String>>, r#type: impl Into<Value<String>>) -> Self {
        Self {
            alias_target: None,
            cidr_routing_config: None,
            comment: None,
            failover: None,
            geo_location: None,
            geo_proximity_location: None,
            health_check_id: None,
            hosted_zone_id: None,
            hosted_zone_name: None,
            multi_value_answer: None,
            name: name.into(),
            region: None,
            resource_records: None,
            set_identifier: None,
            ttl: None,
            r#type: r#type.into(),
            weight: None,
        }
    }
    /// Sets `AliasTarget`.
    #[must_use]
    pub fn set_alias_target(mut self, v: impl Into<Value<record_set::AliasTarget>>) -> Self {
        self.alias_target = Some(v.into());
        self
    }
    /// Sets `CidrRoutingConfig`.
    #[must_use]
    pub fn set_cidr_routing_config(
        mut self,
        v: impl Into<Value<record_set::CidrRoutingConfig>>,
    ) -> Self {
        self.cidr_routing_config = Some(v.into());
        self
    }
    /// Sets `Comment`.
    #[must_use]
    pub fn set_comment(mut self, v: impl Into<Value<String>>) -> Self {
        self.comment = Some(v.into());
        self
    }
    /// Sets `Failover`.
    #[must_use]
    pub fn set_failover(mut self, v: impl Into<Value<String>>) -> Self {
        self.failover = Some(v.into());
        self
    }
    /// Sets `GeoLocation`.
    #[must_use]
    pub fn set_geo_location(mut self, v: impl Into<Value<record_set::GeoLocation>>) -> Self {
        self.geo_location = Some(v.into());
        self
    }
    /// Sets `GeoProximityLocation`.
    #[must_use]
    pub fn set_geo_proximity_location(
        mut self,
        v: impl Into<Value<record_set::GeoProximityLocation>>,
    ) -> Self {
        self.geo_proximity_location = Some(v.into());
        self
    }
    /// Sets `HealthCheckId`.
    #[must_use]
    pub fn set_health_check_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.health_check_id = Some(v.into());
        self
    }
    /// Sets `HostedZoneId`.
    #[must_use]
    pub fn set_hosted_zone_id(mut self, v: impl Into<Value<IdOf<HostedZone>>>) -> Self {
        self.hosted_zone_id = Some(v.into());
        self
    }
    /// Sets `HostedZoneName`.
    #[must_use]
    pub fn set_hosted_zone_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.hosted_zone_name = Some(v.into());
        self
    }
    /// Sets `MultiValueAnswer`.
    #[must_use]
    pub fn set_multi_value_answer(mut self, v: impl Into<Value<bool>>) -> Self {
        self.multi_value_answer = Some(v.into());
        self
    }
    /// Sets `Region`.
    #[must_use]
    pub fn set_region(mut self, v: impl Into<Value<String>>) -> Self {
        self.region = Some(v.into());
        self
    }
    /// Sets `ResourceRecords`.
    #[must_use]
    pub fn set_resource_records(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.resource_records = Some(v.into());
        self
    }
    /// Sets `SetIdentifier`.
    #[must_use]
    pub fn set_set_identifier(mut self, v: impl Into<Value<String>>) -> Self {
        self.set_identifier = Some(v.into());
        self
    }
    /// Sets `TTL`.
    #[must_use]
    pub fn set_ttl(mut self, v: impl Into<Value<String>>) -> Self {
        self.ttl = Some(v.into());
        self
    }
    /// Sets `Weight`.
    #[must_use]
    pub fn set_weight(mut self, v: impl Into<Value<i64>>) -> Self {
        self.weight = Some(v.into());
        self
    }
}
impl Resource for RecordSet {
    const TYPE: &'static str = "AWS::Route53::RecordSet";
    const SCHEMA: &'static ResourceSchema = &RECORD_SET_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AliasTarget", self.alias_target.as_ref());
        m.set("CidrRoutingConfig", self.cidr_routing_config.as_ref());
        m.set("Comment", self.comment.as_ref());
        m.set("Failover", self.failover.as_ref());
        m.set("GeoLocation", self.geo_location.as_ref());
        m.set("GeoProximityLocation", self.geo_proximity_location.as_ref());
        m.set("HealthCheckId", self.health_check_id.as_ref());
        m.set("HostedZoneId", self.hosted_zone_id.as_ref());
        m.set("HostedZoneName", self.hosted_zone_name.as_ref());
        m.set("MultiValueAnswer", self.multi_value_answer.as_ref());
        m.put("Name", &self.name);
        m.set("Region", self.region.as_ref());
        m.set("ResourceRecords", self.resource_records.as_ref());
        m.set("SetIdentifier", self.set_identifier.as_ref());
        m.set("TTL", self.ttl.as_ref());
        m.put("Type", &self.r#type);
        m.set("Weight", self.weight.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.alias_target {
            f("AliasTarget", v.expr());
        }
        if let Some(v) = &self.cidr_routing_config {
            f("CidrRoutingConfig", v.expr());
        }
        if let Some(v) = &self.comment {
            f("Comment", v.expr());
        }
        if let Some(v) = &self.failover {
            f("Failover", v.expr());
        }
        if let Some(v) = &self.geo_location {
            f("GeoLocation", v.expr());
        }
        if let Some(v) = &self.geo_proximity_location {
            f("GeoProximityLocation", v.expr());
        }
        if let Some(v) = &self.health_check_id {
            f("HealthCheckId", v.expr());
        }
        if let Some(v) = &self.hosted_zone_id {
            f("HostedZoneId", v.expr());
        }
        if let Some(v) = &self.hosted_zone_name {
            f("HostedZoneName", v.expr());
        }
        if let Some(v) = &self.multi_value_answer {
            f("MultiValueAnswer", v.expr());
        }
        f("Name", self.name.expr());
        if let Some(v) = &self.region {
            f("Region", v.expr());
        }
        if let Some(v) = &self.resource_records {
            f("ResourceRecords", v.expr());
        }
        if let Some(v) = &self.set_identifier {
            f("SetIdentifier", v.expr());
        }
        if let Some(v) = &self.ttl {
            f("TTL", v.expr());
        }
        f("Type", self.r#type.expr());
        if let Some(v) = &self.weight {
            f("Weight", v.expr());
        }
    }
}
static RECORD_SET_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::Route53::RecordSet",
    create_only: &["/properties/HostedZoneName", "/properties/HostedZoneId"],
    read_only: &[],
    attributes: &[],
    tagging: Tagging::None,
};
/// Property types of [`AWS::Route53::RecordSet`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-route53-recordset.html).
pub mod record_set {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::Route53::RecordSet.AliasTarget`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-recordset-aliastarget.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AliasTarget {
        /// `DNSName` (required).
        pub dns_name: Value<String>,
        /// `EvaluateTargetHealth`.
        pub evaluate_target_health: Option<Value<bool>>,
        /// `HostedZoneId` (required).
        pub hosted_zone_id: Value<String>,
    }
    impl AliasTarget {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            dns_name: impl Into<Value<String>>,
            hosted_zone_id: impl Into<Value<String>>,
        ) -> Self {
            Self {
                dns_name: dns_name.into(),
                evaluate_target_health: None,
                hosted_zone_id: hosted_zone_id.into(),
            }
        }
        /// Sets `EvaluateTargetHealth`.
        #[must_use]
        pub fn set_evaluate_target_health(mut self, v: impl Into<Value<bool>>) -> Self {
            self.evaluate_target_health = Some(v.into());
            self
        }
    }
    impl ToExpr for AliasTarget {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("DNSName", &self.dns_name);
            m.set("EvaluateTargetHealth", self.evaluate_target_health.as_ref());
            m.put("HostedZoneId", &self.hosted_zone_id);
            m.finish()
        }
    }
    impl From<AliasTarget> for Value<AliasTarget> {
        fn from(v: AliasTarget) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::Route53::RecordSet.CidrRoutingConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-recordset-cidrroutingconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CidrRoutingConfig {
        /// `CollectionId` (required).
        pub collection_id: Value<String>,
        /// `LocationName` (required).
        pub location_name: Value<String>,
    }
    impl CidrRoutingConfig {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            collection_id: impl Into<Value<String>>,
            location_name: impl Into<Value<String>>,
        ) -> Self {
            Self {
                collection_id: collection_id.into(),
                location_name: location_name.into(),
            }
        }
    }
    impl ToExpr for CidrRoutingConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("CollectionId", &self.collection_id);
            m.put("LocationName", &self.location_name);
            m.finish()
        }
    }
    impl From<CidrRoutingConfig> for Value<CidrRoutingConfig> {
        fn from(v: CidrRoutingConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::Route53::RecordSet.GeoLocation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-recordset-geolocation.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GeoLocation {
        /// `ContinentCode`.
        pub continent_code: Option<Value<String>>,
        /// `CountryCode`.
        pub country_code: Option<Value<String>>,
        /// `SubdivisionCode`.
        pub subdivision_code: Option<Value<String>>,
    }
    impl GeoLocation {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                continent_code: None,
                country_code: None,
                subdivision_code: None,
            }
        }
        /// Sets `ContinentCode`.
        #[must_use]
        pub fn set_continent_code(mut self, v: impl Into<Value<String>>) -> Self {
            self.continent_code = Some(v.into());
            self
        }
        /// Sets `CountryCode`.
        #[must_use]
        pub fn set_country_code(mut self, v: impl Into<Value<String>>) -> Self {
            self.country_code = Some(v.into());
            self
        }
        /// Sets `SubdivisionCode`.
        #[must_use]
        pub fn set_subdivision_code(mut self, v: impl Into<Value<String>>) -> Self {
            self.subdivision_code = Some(v.into());
            self
        }
    }
    impl Default for GeoLocation {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for GeoLocation {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ContinentCode", self.continent_code.as_ref());
            m.set("CountryCode", self.country_code.as_ref());
            m.set("SubdivisionCode", self.subdivision_code.as_ref());
            m.finish()
        }
    }
    impl From<GeoLocation> for Value<GeoLocation> {
        fn from(v: GeoLocation) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::Route53::RecordSet.GeoProximityLocation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-recordset-geoproximitylocation.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GeoProximityLocation {
        /// `AWSRegion`.
        pub aws_region: Option<Value<String>>,
        /// `Bias`.
        pub bias: Option<Value<i64>>,
        /// `Coordinates`.
        pub coordinates: Option<Value<Coordinates>>,
        /// `LocalZoneGroup`.
        pub local_zone_group: Option<Value<String>>,
    }
    impl GeoProximityLocation {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                aws_region: None,
                bias: None,
                coordinates: None,
                local_zone_group: None,
            }
        }
        /// Sets `AWSRegion`.
        #[must_use]
        pub fn set_aws_region(mut self, v: impl Into<Value<String>>) -> Self {
            self.aws_region = Some(v.into());
            self
        }
        /// Sets `Bias`.
        #[must_use]
        pub fn set_bias(mut self, v: impl Into<Value<i64>>) -> Self {
            self.bias = Some(v.into());
            self
        }
        /// Sets `Coordinates`.
        #[must_use]
        pub fn set_coordinates(mut self, v: impl Into<Value<Coordinates>>) -> Self {
            self.coordinates = Some(v.into());
            self
        }
        /// Sets `LocalZoneGroup`.
        #[must_use]
        pub fn set_local_zone_group(mut self, v: impl Into<Value<String>>) -> Self {
            self.local_zone_group = Some(v.into());
            self
        }
    }
    impl Default for GeoProximityLocation {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for GeoProximityLocation {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AWSRegion", self.aws_region.as_ref());
            m.set("Bias", self.bias.as_ref());
            m.set("Coordinates", self.coordinates.as_ref());
            m.set("LocalZoneGroup", self.local_zone_group.as_ref());
            m.finish()
        }
    }
    impl From<GeoProximityLocation> for Value<GeoProximityLocation> {
        fn from(v: GeoProximityLocation) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::Route53::RecordSet.Coordinates`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-recordset-coordinates.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Coordinates {
        /// `Latitude` (required).
        pub latitude: Value<String>,
        /// `Longitude` (required).
        pub longitude: Value<String>,
    }
    impl Coordinates {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            latitude: impl Into<Value<String>>,
            longitude: impl Into<Value<String>>,
        ) -> Self {
            Self {
                latitude: latitude.into(),
                longitude: longitude.into(),
            }
        }
    }
    impl ToExpr for Coordinates {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Latitude", &self.latitude);
            m.put("Longitude", &self.longitude);
            m.finish()
        }
    }
    impl From<Coordinates> for Value<Coordinates> {
        fn from(v: Coordinates) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
