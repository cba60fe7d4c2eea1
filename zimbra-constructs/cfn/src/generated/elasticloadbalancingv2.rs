// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `elasticloadbalancingv2` service.
use zimbra_constructs_core::resource::{
    GetAtt, IdOf, Identified, Resource, ResourceRef, ResourceSchema, Tagging,
};
use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, Value};
/// [`AWS::ElasticLoadBalancingV2::LoadBalancer`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancer {
    /// `EnableCapacityReservationProvisionStabilize`.
    pub enable_capacity_reservation_provision_stabilize: Option<Value<bool>>,
    /// `EnablePrefixForIpv6SourceNat`.
    pub enable_prefix_for_ipv6_source_nat: Option<Value<String>>,
    /// `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic`.
    pub enforce_security_group_inbound_rules_on_private_link_traffic: Option<Value<String>>,
    /// `IpAddressType`.
    pub ip_address_type: Option<Value<String>>,
    /// `Ipv4IpamPoolId`.
    pub ipv4_ipam_pool_id: Option<Value<String>>,
    /// `LoadBalancerAttributes`.
    pub load_balancer_attributes: Option<Value<Vec<load_balancer::LoadBalancerAttribute>>>,
    /// `MinimumLoadBalancerCapacity`.
    pub minimum_load_balancer_capacity: Option<Value<load_balancer::MinimumLoadBalancerCapacity>>,
    /// `Name` (create-only).
    pub name: Option<Value<String>>,
    /// `Scheme` (create-only).
    pub scheme: Option<Value<String>>,
    /// `SecurityGroups`.
    pub security_groups: Option<Value<Vec<IdOf<crate::ec2::SecurityGroup>>>>,
    /// `SubnetMappings`.
    pub subnet_mappings: Option<Value<Vec<load_balancer::SubnetMapping>>>,
    /// `Subnets`.
    pub subnets: Option<Value<Vec<IdOf<crate::ec2::Subnet>>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `Type` (create-only).
    pub r#type: Option<Value<String>>,
}
impl LoadBalancer {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            enable_capacity_reservation_provision_stabilize: None,
            enable_prefix_for_ipv6_source_nat: None,
            enforce_security_group_inbound_rules_on_private_link_traffic: None,
            ip_address_type: None,
            ipv4_ipam_pool_id: None,
            load_balancer_attributes: None,
            minimum_load_balancer_capacity: None,
            name: None,
            scheme: None,
            security_groups: None,
            subnet_mappings: None,
            subnets: None,
            tags: None,
            r#type: None,
        }
    }
    /// Sets `EnableCapacityReservationProvisionStabilize`.
    #[must_use]
    pub fn set_enable_capacity_reservation_provision_stabilize(
        mut self,
        v: impl Into<Value<bool>>,
    ) -> Self {
        self.enable_capacity_reservation_provision_stabilize = Some(v.into());
        self
    }
    /// Sets `EnablePrefixForIpv6SourceNat`.
    #[must_use]
    pub fn set_enable_prefix_for_ipv6_source_nat(mut self, v: impl Into<Value<String>>) -> Self {
        self.enable_prefix_for_ipv6_source_nat = Some(v.into());
        self
    }
    /// Sets `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic`.
    #[must_use]
    pub fn set_enforce_security_group_inbound_rules_on_private_link_traffic(
        mut self,
        v: impl Into<Value<String>>,
    ) -> Self {
        self.enforce_security_group_inbound_rules_on_private_link_traffic = Some(v.into());
        self
    }
    /// Sets `IpAddressType`.
    #[must_use]
    pub fn set_ip_address_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.ip_address_type = Some(v.into());
        self
    }
    /// Sets `Ipv4IpamPoolId`.
    #[must_use]
    pub fn set_ipv4_ipam_pool_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.ipv4_ipam_pool_id = Some(v.into());
        self
    }
    /// Sets `LoadBalancerAttributes`.
    #[must_use]
    pub fn set_load_balancer_attributes(
        mut self,
        v: impl Into<Value<Vec<load_balancer::LoadBalancerAttribute>>>,
    ) -> Self {
        self.load_balancer_attributes = Some(v.into());
        self
    }
    /// Sets `MinimumLoadBalancerCapacity`.
    #[must_use]
    pub fn set_minimum_load_balancer_capacity(
        mut self,
        v: impl Into<Value<load_balancer::MinimumLoadBalancerCapacity>>,
    ) -> Self {
        self.minimum_load_balancer_capacity = Some(v.into());
        self
    }
    /// Sets `Name`.
    #[must_use]
    pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.name = Some(v.into());
        self
    }
    /// Sets `Scheme`.
    #[must_use]
    pub fn set_scheme(mut self, v: impl Into<Value<String>>) -> Self {
        self.scheme = Some(v.into());
        self
    }
    /// Sets `SecurityGroups`.
    #[must_use]
    pub fn set_security_groups(
        mut self,
        v: impl Into<Value<Vec<IdOf<crate::ec2::SecurityGroup>>>>,
    ) -> Self {
        self.security_groups = Some(v.into());
        self
    }
    /// Sets `SubnetMappings`.
    #[must_use]
    pub fn set_subnet_mappings(
        mut self,
        v: impl Into<Value<Vec<load_balancer::SubnetMapping>>>,
    ) -> Self {
        self.subnet_mappings = Some(v.into());
        self
    }
    /// Sets `Subnets`.
    #[must_use]
    pub fn set_subnets(mut self, v: impl Into<Value<Vec<IdOf<crate::ec2::Subnet>>>>) -> Self {
        self.subnets = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `Type`.
    #[must_use]
    pub fn set_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.r#type = Some(v.into());
        self
    }
}
impl Default for LoadBalancer {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for LoadBalancer {
    const TYPE: &'static str = "AWS::ElasticLoadBalancingV2::LoadBalancer";
    const SCHEMA: &'static ResourceSchema = &LOAD_BALANCER_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set(
            "EnableCapacityReservationProvisionStabilize",
            self.enable_capacity_reservation_provision_stabilize
                .as_ref(),
        );
        m.set(
            "EnablePrefixForIpv6SourceNat",
            self.enable_prefix_for_ipv6_source_nat.as_ref(),
        );
        m.set(
            "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
            self.enforce_security_group_inbound_rules_on_private_link_traffic
                .as_ref(),
        );
        m.set("IpAddressType", self.ip_address_type.as_ref());
        m.set("Ipv4IpamPoolId", self.ipv4_ipam_pool_id.as_ref());
        m.set(
            "LoadBalancerAttributes",
            self.load_balancer_attributes.as_ref(),
        );
        m.set(
            "MinimumLoadBalancerCapacity",
            self.minimum_load_balancer_capacity.as_ref(),
        );
        m.set("Name", self.name.as_ref());
        m.set("Scheme", self.scheme.as_ref());
        m.set("SecurityGroups", self.security_groups.as_ref());
        m.set("SubnetMappings", self.subnet_mappings.as_ref());
        m.set("Subnets", self.subnets.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("Type", self.r#type.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.enable_capacity_reservation_provision_stabilize {
            f("EnableCapacityReservationProvisionStabilize", v.expr());
        }
        if let Some(v) = &self.enable_prefix_for_ipv6_source_nat {
            f("EnablePrefixForIpv6SourceNat", v.expr());
        }
        if let Some(v) = &self.enforce_security_group_inbound_rules_on_private_link_traffic {
            f(
                "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
                v.expr(),
            );
        }
        if let Some(v) = &self.ip_address_type {
            f("IpAddressType", v.expr());
        }
        if let Some(v) = &self.ipv4_ipam_pool_id {
            f("Ipv4IpamPoolId", v.expr());
        }
        if let Some(v) = &self.load_balancer_attributes {
            f("LoadBalancerAttributes", v.expr());
        }
        if let Some(v) = &self.minimum_load_balancer_capacity {
            f("MinimumLoadBalancerCapacity", v.expr());
        }
        if let Some(v) = &self.name {
            f("Name", v.expr());
        }
        if let Some(v) = &self.scheme {
            f("Scheme", v.expr());
        }
        if let Some(v) = &self.security_groups {
            f("SecurityGroups", v.expr());
        }
        if let Some(v) = &self.subnet_mappings {
            f("SubnetMappings", v.expr());
        }
        if let Some(v) = &self.subnets {
            f("Subnets", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.r#type {
            f("Type", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`LoadBalancer`] handle (in scope with the crate's `prelude`).
pub trait LoadBalancerAttributes: GetAtt {
    /// `Fn::GetAtt` `LoadBalancerName`.
    #[must_use]
    fn attr_load_balancer_name(&self) -> Value<String> {
        self.get_att("LoadBalancerName")
    }
    /// `Fn::GetAtt` `LoadBalancerFullName`.
    #[must_use]
    fn attr_load_balancer_full_name(&self) -> Value<String> {
        self.get_att("LoadBalancerFullName")
    }
    /// `Fn::GetAtt` `CanonicalHostedZoneID`.
    #[must_use]
    fn attr_canonical_hosted_zone_id(&self) -> Value<String> {
        self.get_att("CanonicalHostedZoneID")
    }
    /// `Fn::GetAtt` `LoadBalancerArn`.
    #[must_use]
    fn attr_load_balancer_arn(&self) -> Value<String> {
        self.get_att("LoadBalancerArn")
    }
    /// `Fn::GetAtt` `DNSName`.
    #[must_use]
    fn attr_dns_name(&self) -> Value<String> {
        self.get_att("DNSName")
    }
}
impl LoadBalancerAttributes for ResourceRef<LoadBalancer> {}
impl Identified for LoadBalancer {}
static LOAD_BALANCER_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    create_only: &["/properties/Name", "/properties/Type", "/properties/Scheme"],
    read_only: &[
        "/properties/LoadBalancerName",
        "/properties/LoadBalancerFullName",
        "/properties/CanonicalHostedZoneID",
        "/properties/LoadBalancerArn",
        "/properties/DNSName",
    ],
    attributes: &[
        "LoadBalancerName",
        "LoadBalancerFullName",
        "CanonicalHostedZoneID",
        "LoadBalancerArn",
        "DNSName",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::ElasticLoadBalancingV2::LoadBalancer`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html).
pub mod load_balancer {
    use zimbra_constructs_core::resource::IdOf;
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerAttribute`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LoadBalancerAttribute {
        /// `Key`.
        pub key: Option<Value<String>>,
        /// `Value`.
        pub value: Option<Value<String>>,
    }
    impl LoadBalancerAttribute {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                key: None,
                value: None,
            }
        }
        /// Sets `Key`.
        #[must_use]
        pub fn set_key(mut self, v: impl Into<Value<String>>) -> Self {
            self.key = Some(v.into());
            self
        }
        /// Sets `Value`.
        #[must_use]
        pub fn set_value(mut self, v: impl Into<Value<String>>) -> Self {
            self.value = Some(v.into());
            self
        }
    }
    impl Default for LoadBalancerAttribute {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for LoadBalancerAttribute {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Key", self.key.as_ref());
            m.set("Value", self.value.as_ref());
            m.finish()
        }
    }
    impl From<LoadBalancerAttribute> for Value<LoadBalancerAttribute> {
        fn from(v: LoadBalancerAttribute) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::LoadBalancer.MinimumLoadBalancerCapacity`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-minimumloadbalancercapacity.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MinimumLoadBalancerCapacity {
        /// `CapacityUnits` (required).
        pub capacity_units: Value<i64>,
    }
    impl MinimumLoadBalancerCapacity {
        /// New value from its required properties.
        #[must_use]
        pub fn new(capacity_units: impl Into<Value<i64>>) -> Self {
            Self {
                capacity_units: capacity_units.into(),
            }
        }
    }
    impl ToExpr for MinimumLoadBalancerCapacity {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("CapacityUnits", &self.capacity_units);
            m.finish()
        }
    }
    impl From<MinimumLoadBalancerCapacity> for Value<MinimumLoadBalancerCapacity> {
        fn from(v: MinimumLoadBalancerCapacity) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::LoadBalancer.SubnetMapping`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-subnetmapping.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SubnetMapping {
        /// `AllocationId`.
        pub allocation_id: Option<Value<IdOf<crate::ec2::Eip>>>,
        /// `IPv6Address`.
        pub ipv6_address: Option<Value<String>>,
        /// `PrivateIPv4Address`.
        pub private_ipv4_address: Option<Value<String>>,
        /// `SourceNatIpv6Prefix`.
        pub source_nat_ipv6_prefix: Option<Value<String>>,
        /// `SubnetId` (required).
        pub subnet_id: Value<IdOf<crate::ec2::Subnet>>,
    }
    impl SubnetMapping {
        /// New value from its required properties.
        #[must_use]
        pub fn new(subnet_id: impl Into<Value<IdOf<crate::ec2::Subnet>>>) -> Self {
            Self {
                allocation_id: None,
                ipv6_address: None,
                private_ipv4_address: None,
                source_nat_ipv6_prefix: None,
                subnet_id: subnet_id.into(),
            }
        }
        /// Sets `AllocationId`.
        #[must_use]
        pub fn set_allocation_id(mut self, v: impl Into<Value<IdOf<crate::ec2::Eip>>>) -> Self {
            self.allocation_id = Some(v.into());
            self
        }
        /// Sets `IPv6Address`.
        #[must_use]
        pub fn set_ipv6_address(mut self, v: impl Into<Value<String>>) -> Self {
            self.ipv6_address = Some(v.into());
            self
        }
        /// Sets `PrivateIPv4Address`.
        #[must_use]
        pub fn set_private_ipv4_address(mut self, v: impl Into<Value<String>>) -> Self {
            self.private_ipv4_address = Some(v.into());
            self
        }
        /// Sets `SourceNatIpv6Prefix`.
        #[must_use]
        pub fn set_source_nat_ipv6_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.source_nat_ipv6_prefix = Some(v.into());
            self
        }
    }
    impl ToExpr for SubnetMapping {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AllocationId", self.allocation_id.as_ref());
            m.set("IPv6Address", self.ipv6_address.as_ref());
            m.set("PrivateIPv4Address", self.private_ipv4_address.as_ref());
            m.set("SourceNatIpv6Prefix", self.source_nat_ipv6_prefix.as_ref());
            m.put("SubnetId", &self.subnet_id);
            m.finish()
        }
    }
    impl From<SubnetMapping> for Value<SubnetMapping> {
        fn from(v: SubnetMapping) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::ElasticLoadBalancingV2::TargetGroup`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-targetgroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroup {
    /// `HealthCheckEnabled`.
    pub health_check_enabled: Option<Value<bool>>,
    /// `HealthCheckIntervalSeconds`.
    pub health_check_interval_seconds: Option<Value<i64>>,
    /// `HealthCheckPath`.
    pub health_check_path: Option<Value<String>>,
    /// `HealthCheckPort`.
    pub health_check_port: Option<Value<String>>,
    /// `HealthCheckProtocol`.
    pub health_check_protocol: Option<Value<String>>,
    /// `HealthCheckTimeoutSeconds`.
    pub health_check_timeout_seconds: Option<Value<i64>>,
    /// `HealthyThresholdCount`.
    pub healthy_threshold_count: Option<Value<i64>>,
    /// `IpAddressType` (create-only).
    pub ip_address_type: Option<Value<String>>,
    /// `Matcher`.
    pub matcher: Option<Value<target_group::Matcher>>,
    /// `Name` (create-only).
    pub name: Option<Value<String>>,
    /// `Port` (create-only).
    pub port: Option<Value<i64>>,
    /// `Protocol` (create-only).
    pub protocol: Option<Value<String>>,
    /// `ProtocolVersion` (create-only).
    pub protocol_version: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `TargetControlPort`.
    pub target_control_port: Option<Value<i64>>,
    /// `TargetGroupAttributes`.
    pub target_group_attributes: Option<Value<Vec<target_group::TargetGroupAttribute>>>,
    /// `TargetType` (create-only).
    pub target_type: Option<Value<String>>,
    /// `Targets`.
    pub targets: Option<Value<Vec<target_group::TargetDescription>>>,
    /// `UnhealthyThresholdCount`.
    pub unhealthy_threshold_count: Option<Value<i64>>,
    /// `VpcId` (create-only).
    pub vpc_id: Option<Value<IdOf<crate::ec2::Vpc>>>,
}
impl TargetGroup {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            health_check_enabled: None,
            health_check_interval_seconds: None,
            health_check_path: None,
            health_check_port: None,
            health_check_protocol: None,
            health_check_timeout_seconds: None,
            healthy_threshold_count: None,
            ip_address_type: None,
            matcher: None,
            name: None,
            port: None,
            protocol: None,
            protocol_version: None,
            tags: None,
            target_control_port: None,
            target_group_attributes: None,
            target_type: None,
            targets: None,
            unhealthy_threshold_count: None,
            vpc_id: None,
        }
    }
    /// Sets `HealthCheckEnabled`.
    #[must_use]
    pub fn set_health_check_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
        self.health_check_enabled = Some(v.into());
        self
    }
    /// Sets `HealthCheckIntervalSeconds`.
    #[must_use]
    pub fn set_health_check_interval_seconds(mut self, v: impl Into<Value<i64>>) -> Self {
        self.health_check_interval_seconds = Some(v.into());
        self
    }
    /// Sets `HealthCheckPath`.
    #[must_use]
    pub fn set_health_check_path(mut self, v: impl Into<Value<String>>) -> Self {
        self.health_check_path = Some(v.into());
        self
    }
    /// Sets `HealthCheckPort`.
    #[must_use]
    pub fn set_health_check_port(mut self, v: impl Into<Value<String>>) -> Self {
        self.health_check_port = Some(v.into());
        self
    }
    /// Sets `HealthCheckProtocol`.
    #[must_use]
    pub fn set_health_check_protocol(mut self, v: impl Into<Value<String>>) -> Self {
        self.health_check_protocol = Some(v.into());
        self
    }
    /// Sets `HealthCheckTimeoutSeconds`.
    #[must_use]
    pub fn set_health_check_timeout_seconds(mut self, v: impl Into<Value<i64>>) -> Self {
        self.health_check_timeout_seconds = Some(v.into());
        self
    }
    /// Sets `HealthyThresholdCount`.
    #[must_use]
    pub fn set_healthy_threshold_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.healthy_threshold_count = Some(v.into());
        self
    }
    /// Sets `IpAddressType`.
    #[must_use]
    pub fn set_ip_address_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.ip_address_type = Some(v.into());
        self
    }
    /// Sets `Matcher`.
    #[must_use]
    pub fn set_matcher(mut self, v: impl Into<Value<target_group::Matcher>>) -> Self {
        self.matcher = Some(v.into());
        self
    }
    /// Sets `Name`.
    #[must_use]
    pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.name = Some(v.into());
        self
    }
    /// Sets `Port`.
    #[must_use]
    pub fn set_port(mut self, v: impl Into<Value<i64>>) -> Self {
        self.port = Some(v.into());
        self
    }
    /// Sets `Protocol`.
    #[must_use]
    pub fn set_protocol(mut self, v: impl Into<Value<String>>) -> Self {
        self.protocol = Some(v.into());
        self
    }
    /// Sets `ProtocolVersion`.
    #[must_use]
    pub fn set_protocol_version(mut self, v: impl Into<Value<String>>) -> Self {
        self.protocol_version = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `TargetControlPort`.
    #[must_use]
    pub fn set_target_control_port(mut self, v: impl Into<Value<i64>>) -> Self {
        self.target_control_port = Some(v.into());
        self
    }
    /// Sets `TargetGroupAttributes`.
    #[must_use]
    pub fn set_target_group_attributes(
        mut self,
        v: impl Into<Value<Vec<target_group::TargetGroupAttribute>>>,
    ) -> Self {
        self.target_group_attributes = Some(v.into());
        self
    }
    /// Sets `TargetType`.
    #[must_use]
    pub fn set_target_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.target_type = Some(v.into());
        self
    }
    /// Sets `Targets`.
    #[must_use]
    pub fn set_targets(
        mut self,
        v: impl Into<Value<Vec<target_group::TargetDescription>>>,
    ) -> Self {
        self.targets = Some(v.into());
        self
    }
    /// Sets `UnhealthyThresholdCount`.
    #[must_use]
    pub fn set_unhealthy_threshold_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.unhealthy_threshold_count = Some(v.into());
        self
    }
    /// Sets `VpcId`.
    #[must_use]
    pub fn set_vpc_id(mut self, v: impl Into<Value<IdOf<crate::ec2::Vpc>>>) -> Self {
        self.vpc_id = Some(v.into());
        self
    }
}
impl Default for TargetGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for TargetGroup {
    const TYPE: &'static str = "AWS::ElasticLoadBalancingV2::TargetGroup";
    const SCHEMA: &'static ResourceSchema = &TARGET_GROUP_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("HealthCheckEnabled", self.health_check_enabled.as_ref());
        m.set(
            "HealthCheckIntervalSeconds",
            self.health_check_interval_seconds.as_ref(),
        );
        m.set("HealthCheckPath", self.health_check_path.as_ref());
        m.set("HealthCheckPort", self.health_check_port.as_ref());
        m.set("HealthCheckProtocol", self.health_check_protocol.as_ref());
        m.set(
            "HealthCheckTimeoutSeconds",
            self.health_check_timeout_seconds.as_ref(),
        );
        m.set(
            "HealthyThresholdCount",
            self.healthy_threshold_count.as_ref(),
        );
        m.set("IpAddressType", self.ip_address_type.as_ref());
        m.set("Matcher", self.matcher.as_ref());
        m.set("Name", self.name.as_ref());
        m.set("Port", self.port.as_ref());
        m.set("Protocol", self.protocol.as_ref());
        m.set("ProtocolVersion", self.protocol_version.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("TargetControlPort", self.target_control_port.as_ref());
        m.set(
            "TargetGroupAttributes",
            self.target_group_attributes.as_ref(),
        );
        m.set("TargetType", self.target_type.as_ref());
        m.set("Targets", self.targets.as_ref());
        m.set(
            "UnhealthyThresholdCount",
            self.unhealthy_threshold_count.as_ref(),
        );
        m.set("VpcId", self.vpc_id.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.health_check_enabled {
            f("HealthCheckEnabled", v.expr());
        }
        if let Some(v) = &self.health_check_interval_seconds {
            f("HealthCheckIntervalSeconds", v.expr());
        }
        if let Some(v) = &self.health_check_path {
            f("HealthCheckPath", v.expr());
        }
        if let Some(v) = &self.health_check_port {
            f("HealthCheckPort", v.expr());
        }
        if let Some(v) = &self.health_check_protocol {
            f("HealthCheckProtocol", v.expr());
        }
        if let Some(v) = &self.health_check_timeout_seconds {
            f("HealthCheckTimeoutSeconds", v.expr());
        }
        if let Some(v) = &self.healthy_threshold_count {
            f("HealthyThresholdCount", v.expr());
        }
        if let Some(v) = &self.ip_address_type {
            f("IpAddressType", v.expr());
        }
        if let Some(v) = &self.matcher {
            f("Matcher", v.expr());
        }
        if let Some(v) = &self.name {
            f("Name", v.expr());
        }
        if let Some(v) = &self.port {
            f("Port", v.expr());
        }
        if let Some(v) = &self.protocol {
            f("Protocol", v.expr());
        }
        if let Some(v) = &self.protocol_version {
            f("ProtocolVersion", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.target_control_port {
            f("TargetControlPort", v.expr());
        }
        if let Some(v) = &self.target_group_attributes {
            f("TargetGroupAttributes", v.expr());
        }
        if let Some(v) = &self.target_type {
            f("TargetType", v.expr());
        }
        if let Some(v) = &self.targets {
            f("Targets", v.expr());
        }
        if let Some(v) = &self.unhealthy_threshold_count {
            f("UnhealthyThresholdCount", v.expr());
        }
        if let Some(v) = &self.vpc_id {
            f("VpcId", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`TargetGroup`] handle (in scope with the crate's `prelude`).
pub trait TargetGroupAttributes: GetAtt {
    /// `Fn::GetAtt` `LoadBalancerArns`.
    #[must_use]
    fn attr_load_balancer_arns(&self) -> Value<Vec<String>> {
        self.get_att("LoadBalancerArns")
    }
    /// `Fn::GetAtt` `TargetGroupArn`.
    #[must_use]
    fn attr_target_group_arn(&self) -> Value<String> {
        self.get_att("TargetGroupArn")
    }
    /// `Fn::GetAtt` `TargetGroupName`.
    #[must_use]
    fn attr_target_group_name(&self) -> Value<String> {
        self.get_att("TargetGroupName")
    }
    /// `Fn::GetAtt` `TargetGroupFullName`.
    #[must_use]
    fn attr_target_group_full_name(&self) -> Value<String> {
        self.get_att("TargetGroupFullName")
    }
}
impl TargetGroupAttributes for ResourceRef<TargetGroup> {}
impl Identified for TargetGroup {}
static TARGET_GROUP_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::ElasticLoadBalancingV2::TargetGroup",
    create_only: &[
        "/properties/TargetType",
        "/properties/ProtocolVersion",
        "/properties/Port",
        "/properties/Name",
        "/properties/VpcId",
        "/properties/Protocol",
        "/properties/IpAddressType",
    ],
    read_only: &[
        "/properties/LoadBalancerArns",
        "/properties/TargetGroupArn",
        "/properties/TargetGroupName",
        "/properties/TargetGroupFullName",
    ],
    attributes: &[
        "LoadBalancerArns",
        "TargetGroupArn",
        "TargetGroupName",
        "TargetGroupFullName",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::ElasticLoadBalancingV2::TargetGroup`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-targetgroup.html).
pub mod target_group {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::ElasticLoadBalancingV2::TargetGroup.Matcher`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-targetgroup-matcher.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Matcher {
        /// `GrpcCode`.
        pub grpc_code: Option<Value<String>>,
        /// `HttpCode`.
        pub http_code: Option<Value<String>>,
    }
    impl Matcher {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                grpc_code: None,
                http_code: None,
            }
        }
        /// Sets `GrpcCode`.
        #[must_use]
        pub fn set_grpc_code(mut self, v: impl Into<Value<String>>) -> Self {
            self.grpc_code = Some(v.into());
            self
        }
        /// Sets `HttpCode`.
        #[must_use]
        pub fn set_http_code(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_code = Some(v.into());
            self
        }
    }
    impl Default for Matcher {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Matcher {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("GrpcCode", self.grpc_code.as_ref());
            m.set("HttpCode", self.http_code.as_ref());
            m.finish()
        }
    }
    impl From<Matcher> for Value<Matcher> {
        fn from(v: Matcher) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupAttribute`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-targetgroup-targetgroupattribute.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TargetGroupAttribute {
        /// `Key`.
        pub key: Option<Value<String>>,
        /// `Value`.
        pub value: Option<Value<String>>,
    }
    impl TargetGroupAttribute {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                key: None,
                value: None,
            }
        }
        /// Sets `Key`.
        #[must_use]
        pub fn set_key(mut self, v: impl Into<Value<String>>) -> Self {
            self.key = Some(v.into());
            self
        }
        /// Sets `Value`.
        #[must_use]
        pub fn set_value(mut self, v: impl Into<Value<String>>) -> Self {
            self.value = Some(v.into());
            self
        }
    }
    impl Default for TargetGroupAttribute {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for TargetGroupAttribute {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Key", self.key.as_ref());
            m.set("Value", self.value.as_ref());
            m.finish()
        }
    }
    impl From<TargetGroupAttribute> for Value<TargetGroupAttribute> {
        fn from(v: TargetGroupAttribute) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::TargetGroup.TargetDescription`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-targetgroup-targetdescription.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TargetDescription {
        /// `AvailabilityZone`.
        pub availability_zone: Option<Value<String>>,
        /// `Id` (required).
        pub id: Value<String>,
        /// `Port`.
        pub port: Option<Value<i64>>,
        /// `QuicServerId`.
        pub quic_server_id: Option<Value<String>>,
    }
    impl TargetDescription {
        /// New value from its required properties.
        #[must_use]
        pub fn new(id: impl Into<Value<String>>) -> Self {
            Self {
                availability_zone: None,
                id: id.into(),
                port: None,
                quic_server_id: None,
            }
        }
        /// Sets `AvailabilityZone`.
        #[must_use]
        pub fn set_availability_zone(mut self, v: impl Into<Value<String>>) -> Self {
            self.availability_zone = Some(v.into());
            self
        }
        /// Sets `Port`.
        #[must_use]
        pub fn set_port(mut self, v: impl Into<Value<i64>>) -> Self {
            self.port = Some(v.into());
            self
        }
        /// Sets `QuicServerId`.
        #[must_use]
        pub fn set_quic_server_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.quic_server_id = Some(v.into());
            self
        }
    }
    impl ToExpr for TargetDescription {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AvailabilityZone", self.availability_zone.as_ref());
            m.put("Id", &self.id);
            m.set("Port", self.port.as_ref());
            m.set("QuicServerId", self.quic_server_id.as_ref());
            m.finish()
        }
    }
    impl From<TargetDescription> for Value<TargetDescription> {
        fn from(v: TargetDescription) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::ElasticLoadBalancingV2::Listener`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Listener {
    /// `AlpnPolicy`.
    pub alpn_policy: Option<Value<Vec<String>>>,
    /// `Certificates`.
    pub certificates: Option<Value<Vec<listener::Certificate>>>,
    /// `DefaultActions` (required).
    pub default_actions: Value<Vec<listener::Action>>,
    /// `ListenerAttributes`.
    pub listener_attributes: Option<Value<Vec<listener::ListenerAttribute>>>,
    /// `LoadBalancerArn` (required, create-only).
    pub load_balancer_arn: Value<IdOf<LoadBalancer>>,
    /// `MutualAuthentication`.
    pub mutual_authentication: Option<Value<listener::MutualAuthentication>>,
    /// `Port`.
    pub port: Option<Value<i64>>,
    /// `Protocol`.
    pub protocol: Option<Value<String>>,
    /// `SslPolicy`.
    pub ssl_policy: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
}
impl Listener {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        default_actions: impl Into<Value<Vec<listener::Action>>>,
        load_balancer_arn: impl Into<Value<IdOf<LoadBalancer>>>,
    ) -> Self {
        Self {
            alpn_policy: None,
            certificates: None,
            default_actions: default_actions.into(),
            listener_attributes: None,
            load_balancer_arn: load_balancer_arn.into(),
            mutual_authentication: None,
            port: None,
            protocol: None,
            ssl_policy: None,
            tags: None,
        }
    }
    /// Sets `AlpnPolicy`.
    #[must_use]
    pub fn set_alpn_policy(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.alpn_policy = Some(v.into());
        self
    }
    /// Sets `Certificates`.
    #[must_use]
    pub fn set_certificates(mut self, v: impl Into<Value<Vec<listener::Certificate>>>) -> Self {
        self.certificates = Some(v.into());
        self
    }
    /// Sets `ListenerAttributes`.
    #[must_use]
    pub fn set_listener_attributes(
        mut self,
        v: impl Into<Value<Vec<listener::ListenerAttribute>>>,
    ) -> Self {
        self.listener_attributes = Some(v.into());
        self
    }
    /// Sets `MutualAuthentication`.
    #[must_use]
    pub fn set_mutual_authentication(
        mut self,
        v: impl Into<Value<listener::MutualAuthentication>>,
    ) -> Self {
        self.mutual_authentication = Some(v.into());
        self
    }
    /// Sets `Port`.
    #[must_use]
    pub fn set_port(mut self, v: impl Into<Value<i64>>) -> Self {
        self.port = Some(v.into());
        self
    }
    /// Sets `Protocol`.
    #[must_use]
    pub fn set_protocol(mut self, v: impl Into<Value<String>>) -> Self {
        self.protocol = Some(v.into());
        self
    }
    /// Sets `SslPolicy`.
    #[must_use]
    pub fn set_ssl_policy(mut self, v: impl Into<Value<String>>) -> Self {
        self.ssl_policy = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Resource for Listener {
    const TYPE: &'static str = "AWS::ElasticLoadBalancingV2::Listener";
    const SCHEMA: &'static ResourceSchema = &LISTENER_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AlpnPolicy", self.alpn_policy.as_ref());
        m.set("Certificates", self.certificates.as_ref());
        m.put("DefaultActions", &self.default_actions);
        m.set("ListenerAttributes", self.listener_attributes.as_ref());
        m.put("LoadBalancerArn", &self.load_balancer_arn);
        m.set("MutualAuthentication", self.mutual_authentication.as_ref());
        m.set("Port", self.port.as_ref());
        m.set("Protocol", self.protocol.as_ref());
        m.set("SslPolicy", self.ssl_policy.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.alpn_policy {
            f("AlpnPolicy", v.expr());
        }
        if let Some(v) = &self.certificates {
            f("Certificates", v.expr());
        }
        f("DefaultActions", self.default_actions.expr());
        if let Some(v) = &self.listener_attributes {
            f("ListenerAttributes", v.expr());
        }
        f("LoadBalancerArn", self.load_balancer_arn.expr());
        if let Some(v) = &self.mutual_authentication {
            f("MutualAuthentication", v.expr());
        }
        if let Some(v) = &self.port {
            f("Port", v.expr());
        }
        if let Some(v) = &self.protocol {
            f("Protocol", v.expr());
        }
        if let Some(v) = &self.ssl_policy {
            f("SslPolicy", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Listener`] handle (in scope with the crate's `prelude`).
pub trait ListenerAttributes: GetAtt {
    /// `Fn::GetAtt` `ListenerArn`.
    #[must_use]
    fn attr_listener_arn(&self) -> Value<String> {
        self.get_att("ListenerArn")
    }
}
impl ListenerAttributes for ResourceRef<Listener> {}
static LISTENER_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::ElasticLoadBalancingV2::Listener",
    create_only: &["/properties/LoadBalancerArn"],
    read_only: &["/properties/ListenerArn"],
    attributes: &["ListenerArn"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::ElasticLoadBalancingV2::Listener`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html).
pub mod listener {
    use std::collections::BTreeMap;
    use zimbra_constructs_core::resource::IdOf;
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::ElasticLoadBalancingV2::Listener.Certificate`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-certificate.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Certificate {
        /// `CertificateArn`.
        pub certificate_arn: Option<Value<String>>,
    }
    impl Certificate {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                certificate_arn: None,
            }
        }
        /// Sets `CertificateArn`.
        #[must_use]
        pub fn set_certificate_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.certificate_arn = Some(v.into());
            self
        }
    }
    impl Default for Certificate {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Certificate {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CertificateArn", self.certificate_arn.as_ref());
            m.finish()
        }
    }
    impl From<Certificate> for Value<Certificate> {
        fn from(v: Certificate) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.Action`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-action.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Action {
        /// `AuthenticateCognitoConfig`.
        pub authenticate_cognito_config: Option<Value<AuthenticateCognitoConfig>>,
        /// `AuthenticateOidcConfig`.
        pub authenticate_oidc_config: Option<Value<AuthenticateOidcConfig>>,
        /// `FixedResponseConfig`.
        pub fixed_response_config: Option<Value<FixedResponseConfig>>,
        /// `ForwardConfig`.
        pub forward_config: Option<Value<ForwardConfig>>,
        /// `JwtValidationConfig`.
        pub jwt_validation_config: Option<Value<JwtValidationConfig>>,
        /// `Order`.
        pub order: Option<Value<i64>>,
        /// `RedirectConfig`.
        pub redirect_config: Option<Value<RedirectConfig>>,
        /// `TargetGroupArn`.
        pub target_group_arn: Option<Value<IdOf<super::TargetGroup>>>,
        /// `Type` (required).
        pub r#type: Value<String>,
    }
    impl Action {
        /// New value from its required properties.
        #[must_use]
        pub fn new(r#type: impl Into<Value<String>>) -> Self {
            Self {
                authenticate_cognito_config: None,
                authenticate_oidc_config: None,
                fixed_response_config: None,
                forward_config: None,
                jwt_validation_config: None,
                order: None,
                redirect_config: None,
                target_group_arn: None,
                r#type: r#type.into(),
            }
        }
        /// Sets `AuthenticateCognitoConfig`.
        #[must_use]
        pub fn set_authenticate_cognito_config(
            mut self,
            v: impl Into<Value<AuthenticateCognitoConfig>>,
        ) -> Self {
            self.authenticate_cognito_config = Some(v.into());
            self
        }
        /// Sets `AuthenticateOidcConfig`.
        #[must_use]
        pub fn set_authenticate_oidc_config(
            mut self,
            v: impl Into<Value<AuthenticateOidcConfig>>,
        ) -> Self {
            self.authenticate_oidc_config = Some(v.into());
            self
        }
        /// Sets `FixedResponseConfig`.
        #[must_use]
        pub fn set_fixed_response_config(
            mut self,
            v: impl Into<Value<FixedResponseConfig>>,
        ) -> Self {
            self.fixed_response_config = Some(v.into());
            self
        }
        /// Sets `ForwardConfig`.
        #[must_use]
        pub fn set_forward_config(mut self, v: impl Into<Value<ForwardConfig>>) -> Self {
            self.forward_config = Some(v.into());
            self
        }
        /// Sets `JwtValidationConfig`.
        #[must_use]
        pub fn set_jwt_validation_config(
            mut self,
            v: impl Into<Value<JwtValidationConfig>>,
        ) -> Self {
            self.jwt_validation_config = Some(v.into());
            self
        }
        /// Sets `Order`.
        #[must_use]
        pub fn set_order(mut self, v: impl Into<Value<i64>>) -> Self {
            self.order = Some(v.into());
            self
        }
        /// Sets `RedirectConfig`.
        #[must_use]
        pub fn set_redirect_config(mut self, v: impl Into<Value<RedirectConfig>>) -> Self {
            self.redirect_config = Some(v.into());
            self
        }
        /// Sets `TargetGroupArn`.
        #[must_use]
        pub fn set_target_group_arn(
            mut self,
            v: impl Into<Value<IdOf<super::TargetGroup>>>,
        ) -> Self {
            self.target_group_arn = Some(v.into());
            self
        }
    }
    impl ToExpr for Action {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AuthenticateCognitoConfig",
                self.authenticate_cognito_config.as_ref(),
            );
            m.set(
                "AuthenticateOidcConfig",
                self.authenticate_oidc_config.as_ref(),
            );
            m.set("FixedResponseConfig", self.fixed_response_config.as_ref());
            m.set("ForwardConfig", self.forward_config.as_ref());
            m.set("JwtValidationConfig", self.jwt_validation_config.as_ref());
            m.set("Order", self.order.as_ref());
            m.set("RedirectConfig", self.redirect_config.as_ref());
            m.set("TargetGroupArn", self.target_group_arn.as_ref());
            m.put("Type", &self.r#type);
            m.finish()
        }
    }
    impl From<Action> for Value<Action> {
        fn from(v: Action) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.AuthenticateCognitoConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-authenticatecognitoconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AuthenticateCognitoConfig {
        /// `AuthenticationRequestExtraParams`.
        pub authentication_request_extra_params: Option<Value<BTreeMap<String, String>>>,
        /// `OnUnauthenticatedRequest`.
        pub on_unauthenticated_request: Option<Value<String>>,
        /// `Scope`.
        pub scope: Option<Value<String>>,
        /// `SessionCookieName`.
        pub session_cookie_name: Option<Value<String>>,
        /// `SessionTimeout`.
        pub session_timeout: Option<Value<String>>,
        /// `UserPoolArn` (required).
        pub user_pool_arn: Value<String>,
        /// `UserPoolClientId` (required).
        pub user_pool_client_id: Value<String>,
        /// `UserPoolDomain` (required).
        pub user_pool_domain: Value<String>,
    }
    impl AuthenticateCognitoConfig {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            user_pool_arn: impl Into<Value<String>>,
            user_pool_client_id: impl Into<Value<String>>,
            user_pool_domain: impl Into<Value<String>>,
        ) -> Self {
            Self {
                authentication_request_extra_params: None,
                on_unauthenticated_request: None,
                scope: None,
                session_cookie_name: None,
                session_timeout: None,
                user_pool_arn: user_pool_arn.into(),
                user_pool_client_id: user_pool_client_id.into(),
                user_pool_domain: user_pool_domain.into(),
            }
        }
        /// Sets `AuthenticationRequestExtraParams`.
        #[must_use]
        pub fn set_authentication_request_extra_params(
            mut self,
            v: impl Into<Value<BTreeMap<String, String>>>,
        ) -> Self {
            self.authentication_request_extra_params = Some(v.into());
            self
        }
        /// Sets `OnUnauthenticatedRequest`.
        #[must_use]
        pub fn set_on_unauthenticated_request(mut self, v: impl Into<Value<String>>) -> Self {
            self.on_unauthenticated_request = Some(v.into());
            self
        }
        /// Sets `Scope`.
        #[must_use]
        pub fn set_scope(mut self, v: impl Into<Value<String>>) -> Self {
            self.scope = Some(v.into());
            self
        }
        /// Sets `SessionCookieName`.
        #[must_use]
        pub fn set_session_cookie_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.session_cookie_name = Some(v.into());
            self
        }
        /// Sets `SessionTimeout`.
        #[must_use]
        pub fn set_session_timeout(mut self, v: impl Into<Value<String>>) -> Self {
            self.session_timeout = Some(v.into());
            self
        }
    }
    impl ToExpr for AuthenticateCognitoConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AuthenticationRequestExtraParams",
                self.authentication_request_extra_params.as_ref(),
            );
            m.set(
                "OnUnauthenticatedRequest",
                self.on_unauthenticated_request.as_ref(),
            );
            m.set("Scope", self.scope.as_ref());
            m.set("SessionCookieName", self.session_cookie_name.as_ref());
            m.set("SessionTimeout", self.session_timeout.as_ref());
            m.put("UserPoolArn", &self.user_pool_arn);
            m.put("UserPoolClientId", &self.user_pool_client_id);
            m.put("UserPoolDomain", &self.user_pool_domain);
            m.finish()
        }
    }
    impl From<AuthenticateCognitoConfig> for Value<AuthenticateCognitoConfig> {
        fn from(v: AuthenticateCognitoConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.AuthenticateOidcConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-authenticateoidcconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AuthenticateOidcConfig {
        /// `AuthenticationRequestExtraParams`.
        pub authentication_request_extra_params: Option<Value<BTreeMap<String, String>>>,
        /// `AuthorizationEndpoint` (required).
        pub authorization_endpoint: Value<String>,
        /// `ClientId` (required).
        pub client_id: Value<String>,
        /// `ClientSecret`.
        pub client_secret: Option<Value<String>>,
        /// `Issuer` (required).
        pub issuer: Value<String>,
        /// `OnUnauthenticatedRequest`.
        pub on_unauthenticated_request: Option<Value<String>>,
        /// `Scope`.
        pub scope: Option<Value<String>>,
        /// `SessionCookieName`.
        pub session_cookie_name: Option<Value<String>>,
        /// `SessionTimeout`.
        pub session_timeout: Option<Value<String>>,
        /// `TokenEndpoint` (required).
        pub token_endpoint: Value<String>,
        /// `UseExistingClientSecret`.
        pub use_existing_client_secret: Option<Value<bool>>,
        /// `UserInfoEndpoint` (required).
        pub user_info_endpoint: Value<String>,
    }
    impl AuthenticateOidcConfig {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            authorization_endpoint: impl Into<Value<String>>,
            client_id: impl Into<Value<String>>,
            issuer: impl Into<Value<String>>,
            token_endpoint: impl Into<Value<String>>,
            user_info_endpoint: impl Into<Value<String>>,
        ) -> Self {
            Self {
                authentication_request_extra_params: None,
                authorization_endpoint: authorization_endpoint.into(),
                client_id: client_id.into(),
                client_secret: None,
                issuer: issuer.into(),
                on_unauthenticated_request: None,
                scope: None,
                session_cookie_name: None,
                session_timeout: None,
                token_endpoint: token_endpoint.into(),
                use_existing_client_secret: None,
                user_info_endpoint: user_info_endpoint.into(),
            }
        }
        /// Sets `AuthenticationRequestExtraParams`.
        #[must_use]
        pub fn set_authentication_request_extra_params(
            mut self,
            v: impl Into<Value<BTreeMap<String, String>>>,
        ) -> Self {
            self.authentication_request_extra_params = Some(v.into());
            self
        }
        /// Sets `ClientSecret`.
        #[must_use]
        pub fn set_client_secret(mut self, v: impl Into<Value<String>>) -> Self {
            self.client_secret = Some(v.into());
            self
        }
        /// Sets `OnUnauthenticatedRequest`.
        #[must_use]
        pub fn set_on_unauthenticated_request(mut self, v: impl Into<Value<String>>) -> Self {
            self.on_unauthenticated_request = Some(v.into());
            self
        }
        /// Sets `Scope`.
        #[must_use]
        pub fn set_scope(mut self, v: impl Into<Value<String>>) -> Self {
            self.scope = Some(v.into());
            self
        }
        /// Sets `SessionCookieName`.
        #[must_use]
        pub fn set_session_cookie_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.session_cookie_name = Some(v.into());
            self
        }
        /// Sets `SessionTimeout`.
        #[must_use]
        pub fn set_session_timeout(mut self, v: impl Into<Value<String>>) -> Self {
            self.session_timeout = Some(v.into());
            self
        }
        /// Sets `UseExistingClientSecret`.
        #[must_use]
        pub fn set_use_existing_client_secret(mut self, v: impl Into<Value<bool>>) -> Self {
            self.use_existing_client_secret = Some(v.into());
            self
        }
    }
    impl ToExpr for AuthenticateOidcConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AuthenticationRequestExtraParams",
                self.authentication_request_extra_params.as_ref(),
            );
            m.put("AuthorizationEndpoint", &self.authorization_endpoint);
            m.put("ClientId", &self.client_id);
            m.set("ClientSecret", self.client_secret.as_ref());
            m.put("Issuer", &self.issuer);
            m.set(
                "OnUnauthenticatedRequest",
                self.on_unauthenticated_request.as_ref(),
            );
            m.set("Scope", self.scope.as_ref());
            m.set("SessionCookieName", self.session_cookie_name.as_ref());
            m.set("SessionTimeout", self.session_timeout.as_ref());
            m.put("TokenEndpoint", &self.token_endpoint);
            m.set(
                "UseExistingClientSecret",
                self.use_existing_client_secret.as_ref(),
            );
            m.put("UserInfoEndpoint", &self.user_info_endpoint);
            m.finish()
        }
    }
    impl From<AuthenticateOidcConfig> for Value<AuthenticateOidcConfig> {
        fn from(v: AuthenticateOidcConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.FixedResponseConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-fixedresponseconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FixedResponseConfig {
        /// `ContentType`.
        pub content_type: Option<Value<String>>,
        /// `MessageBody`.
        pub message_body: Option<Value<String>>,
        /// `StatusCode` (required).
        pub status_code: Value<String>,
    }
    impl FixedResponseConfig {
        /// New value from its required properties.
        #[must_use]
        pub fn new(status_code: impl Into<Value<String>>) -> Self {
            Self {
                content_type: None,
                message_body: None,
                status_code: status_code.into(),
            }
        }
        /// Sets `ContentType`.
        #[must_use]
        pub fn set_content_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.content_type = Some(v.into());
            self
        }
        /// Sets `MessageBody`.
        #[must_use]
        pub fn set_message_body(mut self, v: impl Into<Value<String>>) -> Self {
            self.message_body = Some(v.into());
            self
        }
    }
    impl ToExpr for FixedResponseConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ContentType", self.content_type.as_ref());
            m.set("MessageBody", self.message_body.as_ref());
            m.put("StatusCode", &self.status_code);
            m.finish()
        }
    }
    impl From<FixedResponseConfig> for Value<FixedResponseConfig> {
        fn from(v: FixedResponseConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.ForwardConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-forwardconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ForwardConfig {
        /// `TargetGroupStickinessConfig`.
        pub target_group_stickiness_config: Option<Value<TargetGroupStickinessConfig>>,
        /// `TargetGroups`.
        pub target_groups: Option<Value<Vec<TargetGroupTuple>>>,
    }
    impl ForwardConfig {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                target_group_stickiness_config: None,
                target_groups: None,
            }
        }
        /// Sets `TargetGroupStickinessConfig`.
        #[must_use]
        pub fn set_target_group_stickiness_config(
            mut self,
            v: impl Into<Value<TargetGroupStickinessConfig>>,
        ) -> Self {
            self.target_group_stickiness_config = Some(v.into());
            self
        }
        /// Sets `TargetGroups`.
        #[must_use]
        pub fn set_target_groups(mut self, v: impl Into<Value<Vec<TargetGroupTuple>>>) -> Self {
            self.target_groups = Some(v.into());
            self
        }
    }
    impl Default for ForwardConfig {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ForwardConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "TargetGroupStickinessConfig",
                self.target_group_stickiness_config.as_ref(),
            );
            m.set("TargetGroups", self.target_groups.as_ref());
            m.finish()
        }
    }
    impl From<ForwardConfig> for Value<ForwardConfig> {
        fn from(v: ForwardConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.TargetGroupStickinessConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-targetgroupstickinessconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TargetGroupStickinessConfig {
        /// `DurationSeconds`.
        pub duration_seconds: Option<Value<i64>>,
        /// `Enabled`.
        pub enabled: Option<Value<bool>>,
    }
    impl TargetGroupStickinessConfig {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                duration_seconds: None,
                enabled: None,
            }
        }
        /// Sets `DurationSeconds`.
        #[must_use]
        pub fn set_duration_seconds(mut self, v: impl Into<Value<i64>>) -> Self {
            self.duration_seconds = Some(v.into());
            self
        }
        /// Sets `Enabled`.
        #[must_use]
        pub fn set_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enabled = Some(v.into());
            self
        }
    }
    impl Default for TargetGroupStickinessConfig {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for TargetGroupStickinessConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DurationSeconds", self.duration_seconds.as_ref());
            m.set("Enabled", self.enabled.as_ref());
            m.finish()
        }
    }
    impl From<TargetGroupStickinessConfig> for Value<TargetGroupStickinessConfig> {
        fn from(v: TargetGroupStickinessConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.TargetGroupTuple`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-targetgrouptuple.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TargetGroupTuple {
        /// `TargetGroupArn`.
        pub target_group_arn: Option<Value<IdOf<super::TargetGroup>>>,
        /// `Weight`.
        pub weight: Option<Value<i64>>,
    }
    impl TargetGroupTuple {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                target_group_arn: None,
                weight: None,
            }
        }
        /// Sets `TargetGroupArn`.
        #[must_use]
        pub fn set_target_group_arn(
            mut self,
            v: impl Into<Value<IdOf<super::TargetGroup>>>,
        ) -> Self {
            self.target_group_arn = Some(v.into());
            self
        }
        /// Sets `Weight`.
        #[must_use]
        pub fn set_weight(mut self, v: impl Into<Value<i64>>) -> Self {
            self.weight = Some(v.into());
            self
        }
    }
    impl Default for TargetGroupTuple {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for TargetGroupTuple {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("TargetGroupArn", self.target_group_arn.as_ref());
            m.set("Weight", self.weight.as_ref());
            m.finish()
        }
    }
    impl From<TargetGroupTuple> for Value<TargetGroupTuple> {
        fn from(v: TargetGroupTuple) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.JwtValidationConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-jwtvalidationconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct JwtValidationConfig {
        /// `AdditionalClaims`.
        pub additional_claims: Option<Value<Vec<JwtValidationActionAdditionalClaim>>>,
        /// `Issuer` (required).
        pub issuer: Value<String>,
        /// `JwksEndpoint` (required).
        pub jwks_endpoint: Value<String>,
    }
    impl JwtValidationConfig {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            issuer: impl Into<Value<String>>,
            jwks_endpoint: impl Into<Value<String>>,
        ) -> Self {
            Self {
                additional_claims: None,
                issuer: issuer.into(),
                jwks_endpoint: jwks_endpoint.into(),
            }
        }
        /// Sets `AdditionalClaims`.
        #[must_use]
        pub fn set_additional_claims(
            mut self,
            v: impl Into<Value<Vec<JwtValidationActionAdditionalClaim>>>,
        ) -> Self {
            self.additional_claims = Some(v.into());
            self
        }
    }
    impl ToExpr for JwtValidationConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AdditionalClaims", self.additional_claims.as_ref());
            m.put("Issuer", &self.issuer);
            m.put("JwksEndpoint", &self.jwks_endpoint);
            m.finish()
        }
    }
    impl From<JwtValidationConfig> for Value<JwtValidationConfig> {
        fn from(v: JwtValidationConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.JwtValidationActionAdditionalClaim`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-jwtvalidationactionadditionalclaim.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct JwtValidationActionAdditionalClaim {
        /// `Format` (required).
        pub format: Value<String>,
        /// `Name` (required).
        pub name: Value<String>,
        /// `Values` (required).
        pub values: Value<Vec<String>>,
    }
    impl JwtValidationActionAdditionalClaim {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            format: impl Into<Value<String>>,
            name: impl Into<Value<String>>,
            values: impl Into<Value<Vec<String>>>,
        ) -> Self {
            Self {
                format: format.into(),
                name: name.into(),
                values: values.into(),
            }
        }
    }
    impl ToExpr for JwtValidationActionAdditionalClaim {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Format", &self.format);
            m.put("Name", &self.name);
            m.put("Values", &self.values);
            m.finish()
        }
    }
    impl From<JwtValidationActionAdditionalClaim> for Value<JwtValidationActionAdditionalClaim> {
        fn from(v: JwtValidationActionAdditionalClaim) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.RedirectConfig`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-redirectconfig.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RedirectConfig {
        /// `Host`.
        pub host: Option<Value<String>>,
        /// `Path`.
        pub path: Option<Value<String>>,
        /// `Port`.
        pub port: Option<Value<String>>,
        /// `Protocol`.
        pub protocol: Option<Value<String>>,
        /// `Query`.
        pub query: Option<Value<String>>,
        /// `StatusCode` (required).
        pub status_code: Value<String>,
    }
    impl RedirectConfig {
        /// New value from its required properties.
        #[must_use]
        pub fn new(status_code: impl Into<Value<String>>) -> Self {
            Self {
                host: None,
                path: None,
                port: None,
                protocol: None,
                query: None,
                status_code: status_code.into(),
            }
        }
        /// Sets `Host`.
        #[must_use]
        pub fn set_host(mut self, v: impl Into<Value<String>>) -> Self {
            self.host = Some(v.into());
            self
        }
        /// Sets `Path`.
        #[must_use]
        pub fn set_path(mut self, v: impl Into<Value<String>>) -> Self {
            self.path = Some(v.into());
            self
        }
        /// Sets `Port`.
        #[must_use]
        pub fn set_port(mut self, v: impl Into<Value<String>>) -> Self {
            self.port = Some(v.into());
            self
        }
        /// Sets `Protocol`.
        #[must_use]
        pub fn set_protocol(mut self, v: impl Into<Value<String>>) -> Self {
            self.protocol = Some(v.into());
            self
        }
        /// Sets `Query`.
        #[must_use]
        pub fn set_query(mut self, v: impl Into<Value<String>>) -> Self {
            self.query = Some(v.into());
            self
        }
    }
    impl ToExpr for RedirectConfig {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Host", self.host.as_ref());
            m.set("Path", self.path.as_ref());
            m.set("Port", self.port.as_ref());
            m.set("Protocol", self.protocol.as_ref());
            m.set("Query", self.query.as_ref());
            m.put("StatusCode", &self.status_code);
            m.finish()
        }
    }
    impl From<RedirectConfig> for Value<RedirectConfig> {
        fn from(v: RedirectConfig) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.ListenerAttribute`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-listenerattribute.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ListenerAttribute {
        /// `Key`.
        pub key: Option<Value<String>>,
        /// `Value`.
        pub value: Option<Value<String>>,
    }
    impl ListenerAttribute {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                key: None,
                value: None,
            }
        }
        /// Sets `Key`.
        #[must_use]
        pub fn set_key(mut self, v: impl Into<Value<String>>) -> Self {
            self.key = Some(v.into());
            self
        }
        /// Sets `Value`.
        #[must_use]
        pub fn set_value(mut self, v: impl Into<Value<String>>) -> Self {
            self.value = Some(v.into());
            self
        }
    }
    impl Default for ListenerAttribute {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ListenerAttribute {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Key", self.key.as_ref());
            m.set("Value", self.value.as_ref());
            m.finish()
        }
    }
    impl From<ListenerAttribute> for Value<ListenerAttribute> {
        fn from(v: ListenerAttribute) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::ElasticLoadBalancingV2::Listener.MutualAuthentication`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-mutualauthentication.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MutualAuthentication {
        /// `AdvertiseTrustStoreCaNames`.
        pub advertise_trust_store_ca_names: Option<Value<String>>,
        /// `IgnoreClientCertificateExpiry`.
        pub ignore_client_certificate_expiry: Option<Value<bool>>,
        /// `Mode`.
        pub mode: Option<Value<String>>,
        /// `TrustStoreArn`.
        pub trust_store_arn: Option<Value<String>>,
    }
    impl MutualAuthentication {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                advertise_trust_store_ca_names: None,
                ignore_client_certificate_expiry: None,
                mode: None,
                trust_store_arn: None,
            }
        }
        /// Sets `AdvertiseTrustStoreCaNames`.
        #[must_use]
        pub fn set_advertise_trust_store_ca_names(mut self, v: impl Into<Value<String>>) -> Self {
            self.advertise_trust_store_ca_names = Some(v.into());
            self
        }
        /// Sets `IgnoreClientCertificateExpiry`.
        #[must_use]
        pub fn set_ignore_client_certificate_expiry(mut self, v: impl Into<Value<bool>>) -> Self {
            self.ignore_client_certificate_expiry = Some(v.into());
            self
        }
        /// Sets `Mode`.
        #[must_use]
        pub fn set_mode(mut self, v: impl Into<Value<String>>) -> Self {
            self.mode = Some(v.into());
            self
        }
        /// Sets `TrustStoreArn`.
        #[must_use]
        pub fn set_trust_store_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.trust_store_arn = Some(v.into());
            self
        }
    }
    impl Default for MutualAuthentication {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for MutualAuthentication {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AdvertiseTrustStoreCaNames",
                self.advertise_trust_store_ca_names.as_ref(),
            );
            m.set(
                "IgnoreClientCertificateExpiry",
                self.ignore_client_certificate_expiry.as_ref(),
            );
            m.set("Mode", self.mode.as_ref());
            m.set("TrustStoreArn", self.trust_store_arn.as_ref());
            m.finish()
        }
    }
    impl From<MutualAuthentication> for Value<MutualAuthentication> {
        fn from(v: MutualAuthentication) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
