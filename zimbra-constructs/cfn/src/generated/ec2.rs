// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Resource types of the `ec2` service.
use zimbra_constructs_core::node::NodeId;
use zimbra_constructs_core::resource::{
    GetAtt, IdOf, Identified, Resource, ResourceRef, ResourceSchema, Tagging,
};
use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, Value};
/// [`AWS::EC2::VPC`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpc.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Vpc {
    /// `CidrBlock` (create-only).
    pub cidr_block: Option<Value<String>>,
    /// `EnableDnsHostnames`.
    pub enable_dns_hostnames: Option<Value<bool>>,
    /// `EnableDnsSupport`.
    pub enable_dns_support: Option<Value<bool>>,
    /// `InstanceTenancy`.
    pub instance_tenancy: Option<Value<String>>,
    /// `Ipv4IpamPoolId` (create-only).
    pub ipv4_ipam_pool_id: Option<Value<String>>,
    /// `Ipv4NetmaskLength` (create-only).
    pub ipv4_netmask_length: Option<Value<i64>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `VpcEncryptionControl` (create-only).
    pub vpc_encryption_control: Option<Value<vpc::VpcEncryptionControl>>,
}
impl Vpc {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            cidr_block: None,
            enable_dns_hostnames: None,
            enable_dns_support: None,
            instance_tenancy: None,
            ipv4_ipam_pool_id: None,
            ipv4_netmask_length: None,
            tags: None,
            vpc_encryption_control: None,
        }
    }
    /// Sets `CidrBlock`.
    #[must_use]
    pub fn set_cidr_block(mut self, v: impl Into<Value<String>>) -> Self {
        self.cidr_block = Some(v.into());
        self
    }
    /// Sets `EnableDnsHostnames`.
    #[must_use]
    pub fn set_enable_dns_hostnames(mut self, v: impl Into<Value<bool>>) -> Self {
        self.enable_dns_hostnames = Some(v.into());
        self
    }
    /// Sets `EnableDnsSupport`.
    #[must_use]
    pub fn set_enable_dns_support(mut self, v: impl Into<Value<bool>>) -> Self {
        self.enable_dns_support = Some(v.into());
        self
    }
    /// Sets `InstanceTenancy`.
    #[must_use]
    pub fn set_instance_tenancy(mut self, v: impl Into<Value<String>>) -> Self {
        self.instance_tenancy = Some(v.into());
        self
    }
    /// Sets `Ipv4IpamPoolId`.
    #[must_use]
    pub fn set_ipv4_ipam_pool_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.ipv4_ipam_pool_id = Some(v.into());
        self
    }
    /// Sets `Ipv4NetmaskLength`.
    #[must_use]
    pub fn set_ipv4_netmask_length(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv4_netmask_length = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `VpcEncryptionControl`.
    #[must_use]
    pub fn set_vpc_encryption_control(
        mut self,
        v: impl Into<Value<vpc::VpcEncryptionControl>>,
    ) -> Self {
        self.vpc_encryption_control = Some(v.into());
        self
    }
}
impl Default for Vpc {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for Vpc {
    const TYPE: &'static str = "AWS::EC2::VPC";
    const SCHEMA: &'static ResourceSchema = &VPC_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("CidrBlock", self.cidr_block.as_ref());
        m.set("EnableDnsHostnames", self.enable_dns_hostnames.as_ref());
        m.set("EnableDnsSupport", self.enable_dns_support.as_ref());
        m.set("InstanceTenancy", self.instance_tenancy.as_ref());
        m.set("Ipv4IpamPoolId", self.ipv4_ipam_pool_id.as_ref());
        m.set("Ipv4NetmaskLength", self.ipv4_netmask_length.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("VpcEncryptionControl", self.vpc_encryption_control.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.cidr_block {
            f("CidrBlock", v.expr());
        }
        if let Some(v) = &self.enable_dns_hostnames {
            f("EnableDnsHostnames", v.expr());
        }
        if let Some(v) = &self.enable_dns_support {
            f("EnableDnsSupport", v.expr());
        }
        if let Some(v) = &self.instance_tenancy {
            f("InstanceTenancy", v.expr());
        }
        if let Some(v) = &self.ipv4_ipam_pool_id {
            f("Ipv4IpamPoolId", v.expr());
        }
        if let Some(v) = &self.ipv4_netmask_length {
            f("Ipv4NetmaskLength", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.vpc_encryption_control {
            f("VpcEncryptionControl", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Vpc`] handle (in scope with the crate's `prelude`).
pub trait VpcAttributes: GetAtt {
    /// `Fn::GetAtt` `CidrBlockAssociations`.
    #[must_use]
    fn attr_cidr_block_associations(&self) -> Value<Vec<String>> {
        self.get_att("CidrBlockAssociations")
    }
    /// `Fn::GetAtt` `DefaultNetworkAcl`.
    #[must_use]
    fn attr_default_network_acl(&self) -> Value<String> {
        self.get_att("DefaultNetworkAcl")
    }
    /// `Fn::GetAtt` `DefaultSecurityGroup`.
    #[must_use]
    fn attr_default_security_group(&self) -> Value<String> {
        self.get_att("DefaultSecurityGroup")
    }
    /// `Fn::GetAtt` `Ipv6CidrBlocks`.
    #[must_use]
    fn attr_ipv6_cidr_blocks(&self) -> Value<Vec<String>> {
        self.get_att("Ipv6CidrBlocks")
    }
    /// `Fn::GetAtt` `VpcId`.
    #[must_use]
    fn attr_vpc_id(&self) -> Value<String> {
        self.get_att("VpcId")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.VpcId`.
    #[must_use]
    fn attr_vpc_encryption_control_vpc_id(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.VpcId")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.VpcEncryptionControlId`.
    #[must_use]
    fn attr_vpc_encryption_control_vpc_encryption_control_id(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.VpcEncryptionControlId")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.State`.
    #[must_use]
    fn attr_vpc_encryption_control_state(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_state_message(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.InternetGateway.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_internet_gateway_state(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.InternetGateway.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_internet_gateway_state_message(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_egress_only_internet_gateway_state(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_egress_only_internet_gateway_state_message(
        &self,
    ) -> Value<String> {
        self.get_att(
            "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage",
        )
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.NatGateway.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_nat_gateway_state(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.NatGateway.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_nat_gateway_state_message(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_virtual_private_gateway_state(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_virtual_private_gateway_state_message(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcPeering.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_vpc_peering_state(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.VpcPeering.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_vpc_peering_state_message(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.Lambda.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_lambda_state(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.Lambda.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_lambda_state_message(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcLattice.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_vpc_lattice_state(&self) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.VpcLattice.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_vpc_lattice_state_message(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_elastic_file_system_state(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage`.
    #[must_use]
    fn attr_vpc_encryption_control_resource_exclusions_elastic_file_system_state_message(
        &self,
    ) -> Value<String> {
        self.get_att("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage")
    }
}
impl VpcAttributes for ResourceRef<Vpc> {}
impl Identified for Vpc {}
static VPC_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::VPC",
    create_only: &[
        "/properties/CidrBlock",
        "/properties/Ipv4IpamPoolId",
        "/properties/Ipv4NetmaskLength",
        "/properties/VpcEncryptionControl",
    ],
    read_only: &[
        "/properties/CidrBlockAssociations",
        "/properties/DefaultNetworkAcl",
        "/properties/DefaultSecurityGroup",
        "/properties/Ipv6CidrBlocks",
        "/properties/VpcId",
        "/properties/VpcEncryptionControl/VpcId",
        "/properties/VpcEncryptionControl/VpcEncryptionControlId",
        "/properties/VpcEncryptionControl/State",
        "/properties/VpcEncryptionControl/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions",
        "/properties/VpcEncryptionControl/ResourceExclusions/InternetGateway",
        "/properties/VpcEncryptionControl/ResourceExclusions/InternetGateway/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/InternetGateway/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions/EgressOnlyInternetGateway",
        "/properties/VpcEncryptionControl/ResourceExclusions/EgressOnlyInternetGateway/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/EgressOnlyInternetGateway/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions/NatGateway",
        "/properties/VpcEncryptionControl/ResourceExclusions/NatGateway/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/NatGateway/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions/VirtualPrivateGateway",
        "/properties/VpcEncryptionControl/ResourceExclusions/VirtualPrivateGateway/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/VirtualPrivateGateway/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions/VpcPeering",
        "/properties/VpcEncryptionControl/ResourceExclusions/VpcPeering/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/VpcPeering/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions/Lambda",
        "/properties/VpcEncryptionControl/ResourceExclusions/Lambda/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/Lambda/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions/VpcLattice",
        "/properties/VpcEncryptionControl/ResourceExclusions/VpcLattice/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/VpcLattice/StateMessage",
        "/properties/VpcEncryptionControl/ResourceExclusions/ElasticFileSystem",
        "/properties/VpcEncryptionControl/ResourceExclusions/ElasticFileSystem/State",
        "/properties/VpcEncryptionControl/ResourceExclusions/ElasticFileSystem/StateMessage",
    ],
    attributes: &[
        "CidrBlockAssociations",
        "DefaultNetworkAcl",
        "DefaultSecurityGroup",
        "Ipv6CidrBlocks",
        "VpcId",
        "VpcEncryptionControl.VpcId",
        "VpcEncryptionControl.VpcEncryptionControlId",
        "VpcEncryptionControl.State",
        "VpcEncryptionControl.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.InternetGateway.State",
        "VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State",
        "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.NatGateway.State",
        "VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State",
        "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.VpcPeering.State",
        "VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.Lambda.State",
        "VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.VpcLattice.State",
        "VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State",
        "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::EC2::VPC`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpc.html).
pub mod vpc {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::VPC.VpcEncryptionControl`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-vpc-vpcencryptioncontrol.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct VpcEncryptionControl {
        /// `EgressOnlyInternetGatewayExclusion`.
        pub egress_only_internet_gateway_exclusion: Option<Value<String>>,
        /// `ElasticFileSystemExclusion`.
        pub elastic_file_system_exclusion: Option<Value<String>>,
        /// `InternetGatewayExclusion`.
        pub internet_gateway_exclusion: Option<Value<String>>,
        /// `LambdaExclusion`.
        pub lambda_exclusion: Option<Value<String>>,
        /// `Mode`.
        pub mode: Option<Value<String>>,
        /// `NatGatewayExclusion`.
        pub nat_gateway_exclusion: Option<Value<String>>,
        /// `VirtualPrivateGatewayExclusion`.
        pub virtual_private_gateway_exclusion: Option<Value<String>>,
        /// `VpcLatticeExclusion`.
        pub vpc_lattice_exclusion: Option<Value<String>>,
        /// `VpcPeeringExclusion`.
        pub vpc_peering_exclusion: Option<Value<String>>,
    }
    impl VpcEncryptionControl {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                egress_only_internet_gateway_exclusion: None,
                elastic_file_system_exclusion: None,
                internet_gateway_exclusion: None,
                lambda_exclusion: None,
                mode: None,
                nat_gateway_exclusion: None,
                virtual_private_gateway_exclusion: None,
                vpc_lattice_exclusion: None,
                vpc_peering_exclusion: None,
            }
        }
        /// Sets `EgressOnlyInternetGatewayExclusion`.
        #[must_use]
        pub fn set_egress_only_internet_gateway_exclusion(
            mut self,
            v: impl Into<Value<String>>,
        ) -> Self {
            self.egress_only_internet_gateway_exclusion = Some(v.into());
            self
        }
        /// Sets `ElasticFileSystemExclusion`.
        #[must_use]
        pub fn set_elastic_file_system_exclusion(mut self, v: impl Into<Value<String>>) -> Self {
            self.elastic_file_system_exclusion = Some(v.into());
            self
        }
        /// Sets `InternetGatewayExclusion`.
        #[must_use]
        pub fn set_internet_gateway_exclusion(mut self, v: impl Into<Value<String>>) -> Self {
            self.internet_gateway_exclusion = Some(v.into());
            self
        }
        /// Sets `LambdaExclusion`.
        #[must_use]
        pub fn set_lambda_exclusion(mut self, v: impl Into<Value<String>>) -> Self {
            self.lambda_exclusion = Some(v.into());
            self
        }
        /// Sets `Mode`.
        #[must_use]
        pub fn set_mode(mut self, v: impl Into<Value<String>>) -> Self {
            self.mode = Some(v.into());
            self
        }
        /// Sets `NatGatewayExclusion`.
        #[must_use]
        pub fn set_nat_gateway_exclusion(mut self, v: impl Into<Value<String>>) -> Self {
            self.nat_gateway_exclusion = Some(v.into());
            self
        }
        /// Sets `VirtualPrivateGatewayExclusion`.
        #[must_use]
        pub fn set_virtual_private_gateway_exclusion(
            mut self,
            v: impl Into<Value<String>>,
        ) -> Self {
            self.virtual_private_gateway_exclusion = Some(v.into());
            self
        }
        /// Sets `VpcLatticeExclusion`.
        #[must_use]
        pub fn set_vpc_lattice_exclusion(mut self, v: impl Into<Value<String>>) -> Self {
            self.vpc_lattice_exclusion = Some(v.into());
            self
        }
        /// Sets `VpcPeeringExclusion`.
        #[must_use]
        pub fn set_vpc_peering_exclusion(mut self, v: impl Into<Value<String>>) -> Self {
            self.vpc_peering_exclusion = Some(v.into());
            self
        }
    }
    impl Default for VpcEncryptionControl {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for VpcEncryptionControl {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "EgressOnlyInternetGatewayExclusion",
                self.egress_only_internet_gateway_exclusion.as_ref(),
            );
            m.set(
                "ElasticFileSystemExclusion",
                self.elastic_file_system_exclusion.as_ref(),
            );
            m.set(
                "InternetGatewayExclusion",
                self.internet_gateway_exclusion.as_ref(),
            );
            m.set("LambdaExclusion", self.lambda_exclusion.as_ref());
            m.set("Mode", self.mode.as_ref());
            m.set("NatGatewayExclusion", self.nat_gateway_exclusion.as_ref());
            m.set(
                "VirtualPrivateGatewayExclusion",
                self.virtual_private_gateway_exclusion.as_ref(),
            );
            m.set("VpcLatticeExclusion", self.vpc_lattice_exclusion.as_ref());
            m.set("VpcPeeringExclusion", self.vpc_peering_exclusion.as_ref());
            m.finish()
        }
    }
    impl From<VpcEncryptionControl> for Value<VpcEncryptionControl> {
        fn from(v: VpcEncryptionControl) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::Subnet`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Subnet {
    /// `AssignIpv6AddressOnCreation`.
    pub assign_ipv6_address_on_creation: Option<Value<bool>>,
    /// `AvailabilityZone` (create-only).
    pub availability_zone: Option<Value<String>>,
    /// `AvailabilityZoneId` (create-only).
    pub availability_zone_id: Option<Value<String>>,
    /// `CidrBlock` (create-only).
    pub cidr_block: Option<Value<String>>,
    /// `EnableDns64`.
    pub enable_dns64: Option<Value<bool>>,
    /// `EnableLniAtDeviceIndex`.
    pub enable_lni_at_device_index: Option<Value<i64>>,
    /// `Ipv4IpamPoolId` (create-only).
    pub ipv4_ipam_pool_id: Option<Value<String>>,
    /// `Ipv4NetmaskLength` (create-only).
    pub ipv4_netmask_length: Option<Value<i64>>,
    /// `Ipv6CidrBlock`.
    pub ipv6_cidr_block: Option<Value<String>>,
    /// `Ipv6IpamPoolId` (create-only).
    pub ipv6_ipam_pool_id: Option<Value<String>>,
    /// `Ipv6Native` (create-only).
    pub ipv6_native: Option<Value<bool>>,
    /// `Ipv6NetmaskLength` (create-only).
    pub ipv6_netmask_length: Option<Value<i64>>,
    /// `MapPublicIpOnLaunch`.
    pub map_public_ip_on_launch: Option<Value<bool>>,
    /// `OutpostArn` (create-only).
    pub outpost_arn: Option<Value<String>>,
    /// `PrivateDnsNameOptionsOnLaunch`.
    pub private_dns_name_options_on_launch: Option<Value<subnet::PrivateDnsNameOptionsOnLaunch>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `VpcId` (required, create-only).
    pub vpc_id: Value<IdOf<Vpc>>,
}
impl Subnet {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(vpc_id: impl Into<Value<IdOf<Vpc>>>) -> Self {
        Self {
            assign_ipv6_address_on_creation: None,
            availability_zone: None,
            availability_zone_id: None,
            cidr_block: None,
            enable_dns64: None,
            enable_lni_at_device_index: None,
            ipv4_ipam_pool_id: None,
            ipv4_netmask_length: None,
            ipv6_cidr_block: None,
            ipv6_ipam_pool_id: None,
            ipv6_native: None,
            ipv6_netmask_length: None,
            map_public_ip_on_launch: None,
            outpost_arn: None,
            private_dns_name_options_on_launch: None,
            tags: None,
            vpc_id: vpc_id.into(),
        }
    }
    /// Sets `AssignIpv6AddressOnCreation`.
    #[must_use]
    pub fn set_assign_ipv6_address_on_creation(mut self, v: impl Into<Value<bool>>) -> Self {
        self.assign_ipv6_address_on_creation = Some(v.into());
        self
    }
    /// Sets `AvailabilityZone`.
    #[must_use]
    pub fn set_availability_zone(mut self, v: impl Into<Value<String>>) -> Self {
        self.availability_zone = Some(v.into());
        self
    }
    /// Sets `AvailabilityZoneId`.
    #[must_use]
    pub fn set_availability_zone_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.availability_zone_id = Some(v.into());
        self
    }
    /// Sets `CidrBlock`.
    #[must_use]
    pub fn set_cidr_block(mut self, v: impl Into<Value<String>>) -> Self {
        self.cidr_block = Some(v.into());
        self
    }
    /// Sets `EnableDns64`.
    #[must_use]
    pub fn set_enable_dns64(mut self, v: impl Into<Value<bool>>) -> Self {
        self.enable_dns64 = Some(v.into());
        self
    }
    /// Sets `EnableLniAtDeviceIndex`.
    #[must_use]
    pub fn set_enable_lni_at_device_index(mut self, v: impl Into<Value<i64>>) -> Self {
        self.enable_lni_at_device_index = Some(v.into());
        self
    }
    /// Sets `Ipv4IpamPoolId`.
    #[must_use]
    pub fn set_ipv4_ipam_pool_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.ipv4_ipam_pool_id = Some(v.into());
        self
    }
    /// Sets `Ipv4NetmaskLength`.
    #[must_use]
    pub fn set_ipv4_netmask_length(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv4_netmask_length = Some(v.into());
        self
    }
    /// Sets `Ipv6CidrBlock`.
    #[must_use]
    pub fn set_ipv6_cidr_block(mut self, v: impl Into<Value<String>>) -> Self {
        self.ipv6_cidr_block = Some(v.into());
        self
    }
    /// Sets `Ipv6IpamPoolId`.
    #[must_use]
    pub fn set_ipv6_ipam_pool_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.ipv6_ipam_pool_id = Some(v.into());
        self
    }
    /// Sets `Ipv6Native`.
    #[must_use]
    pub fn set_ipv6_native(mut self, v: impl Into<Value<bool>>) -> Self {
        self.ipv6_native = Some(v.into());
        self
    }
    /// Sets `Ipv6NetmaskLength`.
    #[must_use]
    pub fn set_ipv6_netmask_length(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv6_netmask_length = Some(v.into());
        self
    }
    /// Sets `MapPublicIpOnLaunch`.
    #[must_use]
    pub fn set_map_public_ip_on_launch(mut self, v: impl Into<Value<bool>>) -> Self {
        self.map_public_ip_on_launch = Some(v.into());
        self
    }
    /// Sets `OutpostArn`.
    #[must_use]
    pub fn set_outpost_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.outpost_arn = Some(v.into());
        self
    }
    /// Sets `PrivateDnsNameOptionsOnLaunch`.
    #[must_use]
    pub fn set_private_dns_name_options_on_launch(
        mut self,
        v: impl Into<Value<subnet::PrivateDnsNameOptionsOnLaunch>>,
    ) -> Self {
        self.private_dns_name_options_on_launch = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Resource for Subnet {
    const TYPE: &'static str = "AWS::EC2::Subnet";
    const SCHEMA: &'static ResourceSchema = &SUBNET_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set(
            "AssignIpv6AddressOnCreation",
            self.assign_ipv6_address_on_creation.as_ref(),
        );
        m.set("AvailabilityZone", self.availability_zone.as_ref());
        m.set("AvailabilityZoneId", self.availability_zone_id.as_ref());
        m.set("CidrBlock", self.cidr_block.as_ref());
        m.set("EnableDns64", self.enable_dns64.as_ref());
        m.set(
            "EnableLniAtDeviceIndex",
            self.enable_lni_at_device_index.as_ref(),
        );
        m.set("Ipv4IpamPoolId", self.ipv4_ipam_pool_id.as_ref());
        m.set("Ipv4NetmaskLength", self.ipv4_netmask_length.as_ref());
        m.set("Ipv6CidrBlock", self.ipv6_cidr_block.as_ref());
        m.set("Ipv6IpamPoolId", self.ipv6_ipam_pool_id.as_ref());
        m.set("Ipv6Native", self.ipv6_native.as_ref());
        m.set("Ipv6NetmaskLength", self.ipv6_netmask_length.as_ref());
        m.set("MapPublicIpOnLaunch", self.map_public_ip_on_launch.as_ref());
        m.set("OutpostArn", self.outpost_arn.as_ref());
        m.set(
            "PrivateDnsNameOptionsOnLaunch",
            self.private_dns_name_options_on_launch.as_ref(),
        );
        m.set("Tags", self.tags.as_ref());
        m.put("VpcId", &self.vpc_id);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.assign_ipv6_address_on_creation {
            f("AssignIpv6AddressOnCreation", v.expr());
        }
        if let Some(v) = &self.availability_zone {
            f("AvailabilityZone", v.expr());
        }
        if let Some(v) = &self.availability_zone_id {
            f("AvailabilityZoneId", v.expr());
        }
        if let Some(v) = &self.cidr_block {
            f("CidrBlock", v.expr());
        }
        if let Some(v) = &self.enable_dns64 {
            f("EnableDns64", v.expr());
        }
        if let Some(v) = &self.enable_lni_at_device_index {
            f("EnableLniAtDeviceIndex", v.expr());
        }
        if let Some(v) = &self.ipv4_ipam_pool_id {
            f("Ipv4IpamPoolId", v.expr());
        }
        if let Some(v) = &self.ipv4_netmask_length {
            f("Ipv4NetmaskLength", v.expr());
        }
        if let Some(v) = &self.ipv6_cidr_block {
            f("Ipv6CidrBlock", v.expr());
        }
        if let Some(v) = &self.ipv6_ipam_pool_id {
            f("Ipv6IpamPoolId", v.expr());
        }
        if let Some(v) = &self.ipv6_native {
            f("Ipv6Native", v.expr());
        }
        if let Some(v) = &self.ipv6_netmask_length {
            f("Ipv6NetmaskLength", v.expr());
        }
        if let Some(v) = &self.map_public_ip_on_launch {
            f("MapPublicIpOnLaunch", v.expr());
        }
        if let Some(v) = &self.outpost_arn {
            f("OutpostArn", v.expr());
        }
        if let Some(v) = &self.private_dns_name_options_on_launch {
            f("PrivateDnsNameOptionsOnLaunch", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        f("VpcId", self.vpc_id.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`Subnet`] handle (in scope with the crate's `prelude`).
pub trait SubnetAttributes: GetAtt {
    /// `Fn::GetAtt` `NetworkAclAssociationId`.
    #[must_use]
    fn attr_network_acl_association_id(&self) -> Value<String> {
        self.get_att("NetworkAclAssociationId")
    }
    /// `Fn::GetAtt` `SubnetId`.
    #[must_use]
    fn attr_subnet_id(&self) -> Value<String> {
        self.get_att("SubnetId")
    }
    /// `Fn::GetAtt` `Ipv6CidrBlocks`.
    #[must_use]
    fn attr_ipv6_cidr_blocks(&self) -> Value<Vec<String>> {
        self.get_att("Ipv6CidrBlocks")
    }
    /// `Fn::GetAtt` `BlockPublicAccessStates.InternetGatewayBlockMode`.
    #[must_use]
    fn attr_block_public_access_states_internet_gateway_block_mode(&self) -> Value<String> {
        self.get_att("BlockPublicAccessStates.InternetGatewayBlockMode")
    }
}
impl SubnetAttributes for ResourceRef<Subnet> {}
impl Identified for Subnet {}
static SUBNET_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::Subnet",
    create_only: &[
        "/properties/VpcId",
        "/properties/AvailabilityZone",
        "/properties/AvailabilityZoneId",
        "/properties/CidrBlock",
        "/properties/OutpostArn",
        "/properties/Ipv6Native",
        "/properties/Ipv4IpamPoolId",
        "/properties/Ipv4NetmaskLength",
        "/properties/Ipv6IpamPoolId",
        "/properties/Ipv6NetmaskLength",
    ],
    read_only: &[
        "/properties/NetworkAclAssociationId",
        "/properties/SubnetId",
        "/properties/Ipv6CidrBlocks",
        "/properties/BlockPublicAccessStates",
    ],
    attributes: &[
        "NetworkAclAssociationId",
        "SubnetId",
        "Ipv6CidrBlocks",
        "BlockPublicAccessStates.InternetGatewayBlockMode",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::EC2::Subnet`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html).
pub mod subnet {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::Subnet.PrivateDnsNameOptionsOnLaunch`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-subnet-privatednsnameoptionsonlaunch.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PrivateDnsNameOptionsOnLaunch {
        /// `EnableResourceNameDnsAAAARecord`.
        pub enable_resource_name_dns_aaaa_record: Option<Value<bool>>,
        /// `EnableResourceNameDnsARecord`.
        pub enable_resource_name_dns_a_record: Option<Value<bool>>,
        /// `HostnameType`.
        pub hostname_type: Option<Value<String>>,
    }
    impl PrivateDnsNameOptionsOnLaunch {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                enable_resource_name_dns_aaaa_record: None,
                enable_resource_name_dns_a_record: None,
                hostname_type: None,
            }
        }
        /// Sets `EnableResourceNameDnsAAAARecord`.
        #[must_use]
        pub fn set_enable_resource_name_dns_aaaa_record(
            mut self,
            v: impl Into<Value<bool>>,
        ) -> Self {
            self.enable_resource_name_dns_aaaa_record = Some(v.into());
            self
        }
        /// Sets `EnableResourceNameDnsARecord`.
        #[must_use]
        pub fn set_enable_resource_name_dns_a_record(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enable_resource_name_dns_a_record = Some(v.into());
            self
        }
        /// Sets `HostnameType`.
        #[must_use]
        pub fn set_hostname_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.hostname_type = Some(v.into());
            self
        }
    }
    impl Default for PrivateDnsNameOptionsOnLaunch {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for PrivateDnsNameOptionsOnLaunch {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "EnableResourceNameDnsAAAARecord",
                self.enable_resource_name_dns_aaaa_record.as_ref(),
            );
            m.set(
                "EnableResourceNameDnsARecord",
                self.enable_resource_name_dns_a_record.as_ref(),
            );
            m.set("HostnameType", self.hostname_type.as_ref());
            m.finish()
        }
    }
    impl From<PrivateDnsNameOptionsOnLaunch> for Value<PrivateDnsNameOptionsOnLaunch> {
        fn from(v: PrivateDnsNameOptionsOnLaunch) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::InternetGateway`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-internetgateway.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct InternetGateway {
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
}
impl InternetGateway {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self { tags: None }
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Default for InternetGateway {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for InternetGateway {
    const TYPE: &'static str = "AWS::EC2::InternetGateway";
    const SCHEMA: &'static ResourceSchema = &INTERNET_GATEWAY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`InternetGateway`] handle (in scope with the crate's `prelude`).
pub trait InternetGatewayAttributes: GetAtt {
    /// `Fn::GetAtt` `InternetGatewayId`.
    #[must_use]
    fn attr_internet_gateway_id(&self) -> Value<String> {
        self.get_att("InternetGatewayId")
    }
}
impl InternetGatewayAttributes for ResourceRef<InternetGateway> {}
impl Identified for InternetGateway {}
static INTERNET_GATEWAY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::InternetGateway",
    create_only: &[],
    read_only: &["/properties/InternetGatewayId"],
    attributes: &["InternetGatewayId"],
    tagging: Tagging::List,
};
/// [`AWS::EC2::VPCGatewayAttachment`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpcgatewayattachment.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcGatewayAttachment {
    /// `InternetGatewayId`.
    pub internet_gateway_id: Option<Value<IdOf<InternetGateway>>>,
    /// `VpcId` (required, create-only).
    pub vpc_id: Value<IdOf<Vpc>>,
    /// `VpnGatewayId`.
    pub vpn_gateway_id: Option<Value<String>>,
}
impl VpcGatewayAttachment {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(vpc_id: impl Into<Value<IdOf<Vpc>>>) -> Self {
        Self {
            internet_gateway_id: None,
            vpc_id: vpc_id.into(),
            vpn_gateway_id: None,
        }
    }
    /// Sets `InternetGatewayId`.
    #[must_use]
    pub fn set_internet_gateway_id(mut self, v: impl Into<Value<IdOf<InternetGateway>>>) -> Self {
        self.internet_gateway_id = Some(v.into());
        self
    }
    /// Sets `VpnGatewayId`.
    #[must_use]
    pub fn set_vpn_gateway_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.vpn_gateway_id = Some(v.into());
        self
    }
}
impl Resource for VpcGatewayAttachment {
    const TYPE: &'static str = "AWS::EC2::VPCGatewayAttachment";
    const SCHEMA: &'static ResourceSchema = &VPC_GATEWAY_ATTACHMENT_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("InternetGatewayId", self.internet_gateway_id.as_ref());
        m.put("VpcId", &self.vpc_id);
        m.set("VpnGatewayId", self.vpn_gateway_id.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.internet_gateway_id {
            f("InternetGatewayId", v.expr());
        }
        f("VpcId", self.vpc_id.expr());
        if let Some(v) = &self.vpn_gateway_id {
            f("VpnGatewayId", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`VpcGatewayAttachment`] handle (in scope with the crate's `prelude`).
pub trait VpcGatewayAttachmentAttributes: GetAtt {
    /// `Fn::GetAtt` `AttachmentType`.
    #[must_use]
    fn attr_attachment_type(&self) -> Value<String> {
        self.get_att("AttachmentType")
    }
}
impl VpcGatewayAttachmentAttributes for ResourceRef<VpcGatewayAttachment> {}
static VPC_GATEWAY_ATTACHMENT_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::VPCGatewayAttachment",
    create_only: &["/properties/VpcId"],
    read_only: &["/properties/AttachmentType"],
    attributes: &["AttachmentType"],
    tagging: Tagging::None,
};
/// [`AWS::EC2::EIP`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-eip.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Eip {
    /// `Address` (create-only).
    pub address: Option<Value<String>>,
    /// `Domain`.
    pub domain: Option<Value<String>>,
    /// `InstanceId`.
    pub instance_id: Option<Value<IdOf<Instance>>>,
    /// `IpamPoolId` (create-only).
    pub ipam_pool_id: Option<Value<String>>,
    /// `NetworkBorderGroup` (create-only).
    pub network_border_group: Option<Value<String>>,
    /// `PublicIpv4Pool`.
    pub public_ipv4_pool: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `TransferAddress` (create-only).
    pub transfer_address: Option<Value<String>>,
}
impl Eip {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            address: None,
            domain: None,
            instance_id: None,
            ipam_pool_id: None,
            network_border_group: None,
            public_ipv4_pool: None,
            tags: None,
            transfer_address: None,
        }
    }
    /// Sets `Address`.
    #[must_use]
    pub fn set_address(mut self, v: impl Into<Value<String>>) -> Self {
        self.address = Some(v.into());
        self
    }
    /// Sets `Domain`.
    #[must_use]
    pub fn set_domain(mut self, v: impl Into<Value<String>>) -> Self {
        self.domain = Some(v.into());
        self
    }
    /// Sets `InstanceId`.
    #[must_use]
    pub fn set_instance_id(mut self, v: impl Into<Value<IdOf<Instance>>>) -> Self {
        self.instance_id = Some(v.into());
        self
    }
    /// Sets `IpamPoolId`.
    #[must_use]
    pub fn set_ipam_pool_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.ipam_pool_id = Some(v.into());
        self
    }
    /// Sets `NetworkBorderGroup`.
    #[must_use]
    pub fn set_network_border_group(mut self, v: impl Into<Value<String>>) -> Self {
        self.network_border_group = Some(v.into());
        self
    }
    /// Sets `PublicIpv4Pool`.
    #[must_use]
    pub fn set_public_ipv4_pool(mut self, v: impl Into<Value<String>>) -> Self {
        self.public_ipv4_pool = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `TransferAddress`.
    #[must_use]
    pub fn set_transfer_address(mut self, v: impl Into<Value<String>>) -> Self {
        self.transfer_address = Some(v.into());
        self
    }
}
impl Default for Eip {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for Eip {
    const TYPE: &'static str = "AWS::EC2::EIP";
    const SCHEMA: &'static ResourceSchema = &EIP_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Address", self.address.as_ref());
        m.set("Domain", self.domain.as_ref());
        m.set("InstanceId", self.instance_id.as_ref());
        m.set("IpamPoolId", self.ipam_pool_id.as_ref());
        m.set("NetworkBorderGroup", self.network_border_group.as_ref());
        m.set("PublicIpv4Pool", self.public_ipv4_pool.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("TransferAddress", self.transfer_address.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.address {
            f("Address", v.expr());
        }
        if let Some(v) = &self.domain {
            f("Domain", v.expr());
        }
        if let Some(v) = &self.instance_id {
            f("InstanceId", v.expr());
        }
        if let Some(v) = &self.ipam_pool_id {
            f("IpamPoolId", v.expr());
        }
        if let Some(v) = &self.network_border_group {
            f("NetworkBorderGroup", v.expr());
        }
        if let Some(v) = &self.public_ipv4_pool {
            f("PublicIpv4Pool", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.transfer_address {
            f("TransferAddress", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Eip`] handle (in scope with the crate's `prelude`).
pub trait EipAttributes: GetAtt {
    /// `Fn::GetAtt` `PublicIp`.
    #[must_use]
    fn attr_public_ip(&self) -> Value<String> {
        self.get_att("PublicIp")
    }
    /// `Fn::GetAtt` `AllocationId`.
    #[must_use]
    fn attr_allocation_id(&self) -> Value<String> {
        self.get_att("AllocationId")
    }
}
impl EipAttributes for ResourceRef<Eip> {}
impl Identified for Eip {
    fn id_expr(node: NodeId) -> Expr {
        Expr::GetAtt(node, "AllocationId".to_owned())
    }
}
static EIP_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::EIP",
    create_only: &[
        "/properties/NetworkBorderGroup",
        "/properties/TransferAddress",
        "/properties/IpamPoolId",
        "/properties/Address",
    ],
    read_only: &["/properties/PublicIp", "/properties/AllocationId"],
    attributes: &["PublicIp", "AllocationId"],
    tagging: Tagging::List,
};
/// [`AWS::EC2::EIPAssociation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-eipassociation.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct EipAssociation {
    /// `AllocationId` (create-only).
    pub allocation_id: Option<Value<IdOf<Eip>>>,
    /// `EIP` (create-only).
    pub eip: Option<Value<String>>,
    /// `InstanceId` (create-only).
    pub instance_id: Option<Value<IdOf<Instance>>>,
    /// `NetworkInterfaceId` (create-only).
    pub network_interface_id: Option<Value<String>>,
    /// `PrivateIpAddress` (create-only).
    pub private_ip_address: Option<Value<String>>,
}
impl EipAssociation {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            allocation_id: None,
            eip: None,
            instance_id: None,
            network_interface_id: None,
            private_ip_address: None,
        }
    }
    /// Sets `AllocationId`.
    #[must_use]
    pub fn set_allocation_id(mut self, v: impl Into<Value<IdOf<Eip>>>) -> Self {
        self.allocation_id = Some(v.into());
        self
    }
    /// Sets `EIP`.
    #[must_use]
    pub fn set_eip(mut self, v: impl Into<Value<String>>) -> Self {
        self.eip = Some(v.into());
        self
    }
    /// Sets `InstanceId`.
    #[must_use]
    pub fn set_instance_id(mut self, v: impl Into<Value<IdOf<Instance>>>) -> Self {
        self.instance_id = Some(v.into());
        self
    }
    /// Sets `NetworkInterfaceId`.
    #[must_use]
    pub fn set_network_interface_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.network_interface_id = Some(v.into());
        self
    }
    /// Sets `PrivateIpAddress`.
    #[must_use]
    pub fn set_private_ip_address(mut self, v: impl Into<Value<String>>) -> Self {
        self.private_ip_address = Some(v.into());
        self
    }
}
impl Default for EipAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for EipAssociation {
    const TYPE: &'static str = "AWS::EC2::EIPAssociation";
    const SCHEMA: &'static ResourceSchema = &EIP_ASSOCIATION_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AllocationId", self.allocation_id.as_ref());
        m.set("EIP", self.eip.as_ref());
        m.set("InstanceId", self.instance_id.as_ref());
        m.set("NetworkInterfaceId", self.network_interface_id.as_ref());
        m.set("PrivateIpAddress", self.private_ip_address.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.allocation_id {
            f("AllocationId", v.expr());
        }
        if let Some(v) = &self.eip {
            f("EIP", v.expr());
        }
        if let Some(v) = &self.instance_id {
            f("InstanceId", v.expr());
        }
        if let Some(v) = &self.network_interface_id {
            f("NetworkInterfaceId", v.expr());
        }
        if let Some(v) = &self.private_ip_address {
            f("PrivateIpAddress", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`EipAssociation`] handle (in scope with the crate's `prelude`).
pub trait EipAssociationAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl EipAssociationAttributes for ResourceRef<EipAssociation> {}
static EIP_ASSOCIATION_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::EIPAssociation",
    create_only: &[
        "/properties/AllocationId",
        "/properties/NetworkInterfaceId",
        "/properties/InstanceId",
        "/properties/PrivateIpAddress",
        "/properties/EIP",
    ],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::None,
};
/// [`AWS::EC2::NatGateway`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-natgateway.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct NatGateway {
    /// `AllocationId` (create-only).
    pub allocation_id: Option<Value<IdOf<Eip>>>,
    /// `AvailabilityMode` (create-only).
    pub availability_mode: Option<Value<String>>,
    /// `AvailabilityZoneAddresses`.
    pub availability_zone_addresses: Option<Value<Vec<nat_gateway::AvailabilityZoneAddress>>>,
    /// `ConnectivityType` (create-only).
    pub connectivity_type: Option<Value<String>>,
    /// `MaxDrainDurationSeconds`.
    pub max_drain_duration_seconds: Option<Value<i64>>,
    /// `PrivateIpAddress` (create-only).
    pub private_ip_address: Option<Value<String>>,
    /// `SecondaryAllocationIds`.
    pub secondary_allocation_ids: Option<Value<Vec<String>>>,
    /// `SecondaryPrivateIpAddressCount`.
    pub secondary_private_ip_address_count: Option<Value<i64>>,
    /// `SecondaryPrivateIpAddresses`.
    pub secondary_private_ip_addresses: Option<Value<Vec<String>>>,
    /// `SubnetId` (create-only).
    pub subnet_id: Option<Value<IdOf<Subnet>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `VpcId` (create-only).
    pub vpc_id: Option<Value<IdOf<Vpc>>>,
}
impl NatGateway {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            allocation_id: None,
            availability_mode: None,
            availability_zone_addresses: None,
            connectivity_type: None,
            max_drain_duration_seconds: None,
            private_ip_address: None,
            secondary_allocation_ids: None,
            secondary_private_ip_address_count: None,
            secondary_private_ip_addresses: None,
            subnet_id: None,
            tags: None,
            vpc_id: None,
        }
    }
    /// Sets `AllocationId`.
    #[must_use]
    pub fn set_allocation_id(mut self, v: impl Into<Value<IdOf<Eip>>>) -> Self {
        self.allocation_id = Some(v.into());
        self
    }
    /// Sets `AvailabilityMode`.
    #[must_use]
    pub fn set_availability_mode(mut self, v: impl Into<Value<String>>) -> Self {
        self.availability_mode = Some(v.into());
        self
    }
    /// Sets `AvailabilityZoneAddresses`.
    #[must_use]
    pub fn set_availability_zone_addresses(
        mut self,
        v: impl Into<Value<Vec<nat_gateway::AvailabilityZoneAddress>>>,
    ) -> Self {
        self.availability_zone_addresses = Some(v.into());
        self
    }
    /// Sets `ConnectivityType`.
    #[must_use]
    pub fn set_connectivity_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.connectivity_type = Some(v.into());
        self
    }
    /// Sets `MaxDrainDurationSeconds`.
    #[must_use]
    pub fn set_max_drain_duration_seconds(mut self, v: impl Into<Value<i64>>) -> Self {
        self.max_drain_duration_seconds = Some(v.into());
        self
    }
    /// Sets `PrivateIpAddress`.
    #[must_use]
    pub fn set_private_ip_address(mut self, v: impl Into<Value<String>>) -> Self {
        self.private_ip_address = Some(v.into());
        self
    }
    /// Sets `SecondaryAllocationIds`.
    #[must_use]
    pub fn set_secondary_allocation_ids(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.secondary_allocation_ids = Some(v.into());
        self
    }
    /// Sets `SecondaryPrivateIpAddressCount`.
    #[must_use]
    pub fn set_secondary_private_ip_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.secondary_private_ip_address_count = Some(v.into());
        self
    }
    /// Sets `SecondaryPrivateIpAddresses`.
    #[must_use]
    pub fn set_secondary_private_ip_addresses(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.secondary_private_ip_addresses = Some(v.into());
        self
    }
    /// Sets `SubnetId`.
    #[must_use]
    pub fn set_subnet_id(mut self, v: impl Into<Value<IdOf<Subnet>>>) -> Self {
        self.subnet_id = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `VpcId`.
    #[must_use]
    pub fn set_vpc_id(mut self, v: impl Into<Value<IdOf<Vpc>>>) -> Self {
        self.vpc_id = Some(v.into());
        self
    }
}
impl Default for NatGateway {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for NatGateway {
    const TYPE: &'static str = "AWS::EC2::NatGateway";
    const SCHEMA: &'static ResourceSchema = &NAT_GATEWAY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AllocationId", self.allocation_id.as_ref());
        m.set("AvailabilityMode", self.availability_mode.as_ref());
        m.set(
            "AvailabilityZoneAddresses",
            self.availability_zone_addresses.as_ref(),
        );
        m.set("ConnectivityType", self.connectivity_type.as_ref());
        m.set(
            "MaxDrainDurationSeconds",
            self.max_drain_duration_seconds.as_ref(),
        );
        m.set("PrivateIpAddress", self.private_ip_address.as_ref());
        m.set(
            "SecondaryAllocationIds",
            self.secondary_allocation_ids.as_ref(),
        );
        m.set(
            "SecondaryPrivateIpAddressCount",
            self.secondary_private_ip_address_count.as_ref(),
        );
        m.set(
            "SecondaryPrivateIpAddresses",
            self.secondary_private_ip_addresses.as_ref(),
        );
        m.set("SubnetId", self.subnet_id.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("VpcId", self.vpc_id.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.allocation_id {
            f("AllocationId", v.expr());
        }
        if let Some(v) = &self.availability_mode {
            f("AvailabilityMode", v.expr());
        }
        if let Some(v) = &self.availability_zone_addresses {
            f("AvailabilityZoneAddresses", v.expr());
        }
        if let Some(v) = &self.connectivity_type {
            f("ConnectivityType", v.expr());
        }
        if let Some(v) = &self.max_drain_duration_seconds {
            f("MaxDrainDurationSeconds", v.expr());
        }
        if let Some(v) = &self.private_ip_address {
            f("PrivateIpAddress", v.expr());
        }
        if let Some(v) = &self.secondary_allocation_ids {
            f("SecondaryAllocationIds", v.expr());
        }
        if let Some(v) = &self.secondary_private_ip_address_count {
            f("SecondaryPrivateIpAddressCount", v.expr());
        }
        if let Some(v) = &self.secondary_private_ip_addresses {
            f("SecondaryPrivateIpAddresses", v.expr());
        }
        if let Some(v) = &self.subnet_id {
            f("SubnetId", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.vpc_id {
            f("VpcId", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`NatGateway`] handle (in scope with the crate's `prelude`).
pub trait NatGatewayAttributes: GetAtt {
    /// `Fn::GetAtt` `NatGatewayId`.
    #[must_use]
    fn attr_nat_gateway_id(&self) -> Value<String> {
        self.get_att("NatGatewayId")
    }
    /// `Fn::GetAtt` `EniId`.
    #[must_use]
    fn attr_eni_id(&self) -> Value<String> {
        self.get_att("EniId")
    }
    /// `Fn::GetAtt` `AutoProvisionZones`.
    #[must_use]
    fn attr_auto_provision_zones(&self) -> Value<String> {
        self.get_att("AutoProvisionZones")
    }
    /// `Fn::GetAtt` `AutoScalingIps`.
    #[must_use]
    fn attr_auto_scaling_ips(&self) -> Value<String> {
        self.get_att("AutoScalingIps")
    }
    /// `Fn::GetAtt` `RouteTableId`.
    #[must_use]
    fn attr_route_table_id(&self) -> Value<String> {
        self.get_att("RouteTableId")
    }
}
impl NatGatewayAttributes for ResourceRef<NatGateway> {}
impl Identified for NatGateway {}
static NAT_GATEWAY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::NatGateway",
    create_only: &[
        "/properties/VpcId",
        "/properties/SubnetId",
        "/properties/ConnectivityType",
        "/properties/AllocationId",
        "/properties/PrivateIpAddress",
        "/properties/AvailabilityMode",
    ],
    read_only: &[
        "/properties/NatGatewayId",
        "/properties/EniId",
        "/properties/AutoProvisionZones",
        "/properties/AutoScalingIps",
        "/properties/RouteTableId",
    ],
    attributes: &[
        "NatGatewayId",
        "EniId",
        "AutoProvisionZones",
        "AutoScalingIps",
        "RouteTableId",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::EC2::NatGateway`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-natgateway.html).
pub mod nat_gateway {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::NatGateway.AvailabilityZoneAddress`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-natgateway-availabilityzoneaddress.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AvailabilityZoneAddress {
        /// `AllocationIds` (required).
        pub allocation_ids: Value<Vec<String>>,
        /// `AvailabilityZone`.
        pub availability_zone: Option<Value<String>>,
        /// `AvailabilityZoneId`.
        pub availability_zone_id: Option<Value<String>>,
    }
    impl AvailabilityZoneAddress {
        /// New value from its required properties.
        #[must_use]
        pub fn new(allocation_ids: impl Into<Value<Vec<String>>>) -> Self {
            Self {
                allocation_ids: allocation_ids.into(),
                availability_zone: None,
                availability_zone_id: None,
            }
        }
        /// Sets `AvailabilityZone`.
        #[must_use]
        pub fn set_availability_zone(mut self, v: impl Into<Value<String>>) -> Self {
            self.availability_zone = Some(v.into());
            self
        }
        /// Sets `AvailabilityZoneId`.
        #[must_use]
        pub fn set_availability_zone_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.availability_zone_id = Some(v.into());
            self
        }
    }
    impl ToExpr for AvailabilityZoneAddress {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("AllocationIds", &self.allocation_ids);
            m.set("AvailabilityZone", self.availability_zone.as_ref());
            m.set("AvailabilityZoneId", self.availability_zone_id.as_ref());
            m.finish()
        }
    }
    impl From<AvailabilityZoneAddress> for Value<AvailabilityZoneAddress> {
        fn from(v: AvailabilityZoneAddress) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::RouteTable`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-routetable.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteTable {
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `VpcId` (required, create-only).
    pub vpc_id: Value<IdOf<Vpc>>,
}
impl RouteTable {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(vpc_id: impl Into<Value<IdOf<Vpc>>>) -> Self {
        Self {
            tags: None,
            vpc_id: vpc_id.into(),
        }
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Resource for RouteTable {
    const TYPE: &'static str = "AWS::EC2::RouteTable";
    const SCHEMA: &'static ResourceSchema = &ROUTE_TABLE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Tags", self.tags.as_ref());
        m.put("VpcId", &self.vpc_id);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        f("VpcId", self.vpc_id.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`RouteTable`] handle (in scope with the crate's `prelude`).
pub trait RouteTableAttributes: GetAtt {
    /// `Fn::GetAtt` `RouteTableId`.
    #[must_use]
    fn attr_route_table_id(&self) -> Value<String> {
        self.get_att("RouteTableId")
    }
}
impl RouteTableAttributes for ResourceRef<RouteTable> {}
impl Identified for RouteTable {}
static ROUTE_TABLE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::RouteTable",
    create_only: &["/properties/VpcId"],
    read_only: &["/properties/RouteTableId"],
    attributes: &["RouteTableId"],
    tagging: Tagging::List,
};
/// [`AWS::EC2::Route`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-route.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// `CarrierGatewayId`.
    pub carrier_gateway_id: Option<Value<String>>,
    /// `CoreNetworkArn`.
    pub core_network_arn: Option<Value<String>>,
    /// `DestinationCidrBlock` (create-only).
    pub destination_cidr_block: Option<Value<String>>,
    /// `DestinationIpv6CidrBlock` (create-only).
    pub destination_ipv6_cidr_block: Option<Value<String>>,
    /// `DestinationPrefixListId` (create-only).
    pub destination_prefix_list_id: Option<Value<String>>,
    /// `EgressOnlyInternetGatewayId`.
    pub egress_only_internet_gateway_id: Option<Value<String>>,
    /// `GatewayId`.
    pub gateway_id: Option<Value<String>>,
    /// `InstanceId`.
    pub instance_id: Option<Value<IdOf<Instance>>>,
    /// `LocalGatewayId`.
    pub local_gateway_id: Option<Value<String>>,
    /// `NatGatewayId`.
    pub nat_gateway_id: Option<Value<IdOf<NatGateway>>>,
    /// `NetworkInterfaceId`.
    pub network_interface_id: Option<Value<String>>,
    /// `OdbNetworkArn`.
    pub odb_network_arn: Option<Value<String>>,
    /// `RouteTableId` (required, create-only).
    pub route_table_id: Value<IdOf<RouteTable>>,
    /// `TransitGatewayId`.
    pub transit_gateway_id: Option<Value<String>>,
    /// `VpcEndpointId`.
    pub vpc_endpoint_id: Option<Value<String>>,
    /// `VpcPeeringConnectionId`.
    pub vpc_peering_connection_id: Option<Value<String>>,
}
impl Route {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(route_table_id: impl Into<Value<IdOf<RouteTable>>>) -> Self {
        Self {
            carrier_gateway_id: None,
            core_network_arn: None,
            destination_cidr_block: None,
            destination_ipv6_cidr_block: None,
            destination_prefix_list_id: None,
            egress_only_internet_gateway_id: None,
            gateway_id: None,
            instance_id: None,
            local_gateway_id: None,
            nat_gateway_id: None,
            network_interface_id: None,
            odb_network_arn: None,
            route_table_id: route_table_id.into(),
            transit_gateway_id: None,
            vpc_endpoint_id: None,
            vpc_peering_connection_id: None,
        }
    }
    /// Sets `CarrierGatewayId`.
    #[must_use]
    pub fn set_carrier_gateway_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.carrier_gateway_id = Some(v.into());
        self
    }
    /// Sets `CoreNetworkArn`.
    #[must_use]
    pub fn set_core_network_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.core_network_arn = Some(v.into());
        self
    }
    /// Sets `DestinationCidrBlock`.
    #[must_use]
    pub fn set_destination_cidr_block(mut self, v: impl Into<Value<String>>) -> Self {
        self.destination_cidr_block = Some(v.into());
        self
    }
    /// Sets `DestinationIpv6CidrBlock`.
    #[must_use]
    pub fn set_destination_ipv6_cidr_block(mut self, v: impl Into<Value<String>>) -> Self {
        self.destination_ipv6_cidr_block = Some(v.into());
        self
    }
    /// Sets `DestinationPrefixListId`.
    #[must_use]
    pub fn set_destination_prefix_list_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.destination_prefix_list_id = Some(v.into());
        self
    }
    /// Sets `EgressOnlyInternetGatewayId`.
    #[must_use]
    pub fn set_egress_only_internet_gateway_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.egress_only_internet_gateway_id = Some(v.into());
        self
    }
    /// Sets `GatewayId`.
    #[must_use]
    pub fn set_gateway_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.gateway_id = Some(v.into());
        self
    }
    /// Sets `InstanceId`.
    #[must_use]
    pub fn set_instance_id(mut self, v: impl Into<Value<IdOf<Instance>>>) -> Self {
        self.instance_id = Some(v.into());
        self
    }
    /// Sets `LocalGatewayId`.
    #[must_use]
    pub fn set_local_gateway_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.local_gateway_id = Some(v.into());
        self
    }
    /// Sets `NatGatewayId`.
    #[must_use]
    pub fn set_nat_gateway_id(mut self, v: impl Into<Value<IdOf<NatGateway>>>) -> Self {
        self.nat_gateway_id = Some(v.into());
        self
    }
    /// Sets `NetworkInterfaceId`.
    #[must_use]
    pub fn set_network_interface_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.network_interface_id = Some(v.into());
        self
    }
    /// Sets `OdbNetworkArn`.
    #[must_use]
    pub fn set_odb_network_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.odb_network_arn = Some(v.into());
        self
    }
    /// Sets `TransitGatewayId`.
    #[must_use]
    pub fn set_transit_gateway_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.transit_gateway_id = Some(v.into());
        self
    }
    /// Sets `VpcEndpointId`.
    #[must_use]
    pub fn set_vpc_endpoint_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.vpc_endpoint_id = Some(v.into());
        self
    }
    /// Sets `VpcPeeringConnectionId`.
    #[must_use]
    pub fn set_vpc_peering_connection_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.vpc_peering_connection_id = Some(v.into());
        self
    }
}
impl Resource for Route {
    const TYPE: &'static str = "AWS::EC2::Route";
    const SCHEMA: &'static ResourceSchema = &ROUTE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("CarrierGatewayId", self.carrier_gateway_id.as_ref());
        m.set("CoreNetworkArn", self.core_network_arn.as_ref());
        m.set("DestinationCidrBlock", self.destination_cidr_block.as_ref());
        m.set(
            "DestinationIpv6CidrBlock",
            self.destination_ipv6_cidr_block.as_ref(),
        );
        m.set(
            "DestinationPrefixListId",
            self.destination_prefix_list_id.as_ref(),
        );
        m.set(
            "EgressOnlyInternetGatewayId",
            self.egress_only_internet_gateway_id.as_ref(),
        );
        m.set("GatewayId", self.gateway_id.as_ref());
        m.set("InstanceId", self.instance_id.as_ref());
        m.set("LocalGatewayId", self.local_gateway_id.as_ref());
        m.set("NatGatewayId", self.nat_gateway_id.as_ref());
        m.set("NetworkInterfaceId", self.network_interface_id.as_ref());
        m.set("OdbNetworkArn", self.odb_network_arn.as_ref());
        m.put("RouteTableId", &self.route_table_id);
        m.set("TransitGatewayId", self.transit_gateway_id.as_ref());
        m.set("VpcEndpointId", self.vpc_endpoint_id.as_ref());
        m.set(
            "VpcPeeringConnectionId",
            self.vpc_peering_connection_id.as_ref(),
        );
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.carrier_gateway_id {
            f("CarrierGatewayId", v.expr());
        }
        if let Some(v) = &self.core_network_arn {
            f("CoreNetworkArn", v.expr());
        }
        if let Some(v) = &self.destination_cidr_block {
            f("DestinationCidrBlock", v.expr());
        }
        if let Some(v) = &self.destination_ipv6_cidr_block {
            f("DestinationIpv6CidrBlock", v.expr());
        }
        if let Some(v) = &self.destination_prefix_list_id {
            f("DestinationPrefixListId", v.expr());
        }
        if let Some(v) = &self.egress_only_internet_gateway_id {
            f("EgressOnlyInternetGatewayId", v.expr());
        }
        if let Some(v) = &self.gateway_id {
            f("GatewayId", v.expr());
        }
        if let Some(v) = &self.instance_id {
            f("InstanceId", v.expr());
        }
        if let Some(v) = &self.local_gateway_id {
            f("LocalGatewayId", v.expr());
        }
        if let Some(v) = &self.nat_gateway_id {
            f("NatGatewayId", v.expr());
        }
        if let Some(v) = &self.network_interface_id {
            f("NetworkInterfaceId", v.expr());
        }
        if let Some(v) = &self.odb_network_arn {
            f("OdbNetworkArn", v.expr());
        }
        f("RouteTableId", self.route_table_id.expr());
        if let Some(v) = &self.transit_gateway_id {
            f("TransitGatewayId", v.expr());
        }
        if let Some(v) = &self.vpc_endpoint_id {
            f("VpcEndpointId", v.expr());
        }
        if let Some(v) = &self.vpc_peering_connection_id {
            f("VpcPeeringConnectionId", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Route`] handle (in scope with the crate's `prelude`).
pub trait RouteAttributes: GetAtt {
    /// `Fn::GetAtt` `CidrBlock`.
    #[must_use]
    fn attr_cidr_block(&self) -> Value<String> {
        self.get_att("CidrBlock")
    }
}
impl RouteAttributes for ResourceRef<Route> {}
static ROUTE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::Route",
    create_only: &[
        "/properties/RouteTableId",
        "/properties/DestinationCidrBlock",
        "/properties/DestinationIpv6CidrBlock",
        "/properties/DestinationPrefixListId",
    ],
    read_only: &["/properties/CidrBlock"],
    attributes: &["CidrBlock"],
    tagging: Tagging::None,
};
/// [`AWS::EC2::SubnetRouteTableAssociation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnetroutetableassociation.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetRouteTableAssociation {
    /// `RouteTableId` (required, create-only).
    pub route_table_id: Value<IdOf<RouteTable>>,
    /// `SubnetId` (required, create-only).
    pub subnet_id: Value<IdOf<Subnet>>,
}
impl SubnetRouteTableAssociation {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        route_table_id: impl Into<Value<IdOf<RouteTable>>>,
        subnet_id: impl Into<Value<IdOf<Subnet>>>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            subnet_id: subnet_id.into(),
        }
    }
}
impl Resource for SubnetRouteTableAssociation {
    const TYPE: &'static str = "AWS::EC2::SubnetRouteTableAssociation";
    const SCHEMA: &'static ResourceSchema = &SUBNET_ROUTE_TABLE_ASSOCIATION_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.put("RouteTableId", &self.route_table_id);
        m.put("SubnetId", &self.subnet_id);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        f("RouteTableId", self.route_table_id.expr());
        f("SubnetId", self.subnet_id.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`SubnetRouteTableAssociation`] handle (in scope with the crate's `prelude`).
pub trait SubnetRouteTableAssociationAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl SubnetRouteTableAssociationAttributes for ResourceRef<SubnetRouteTableAssociation> {}
static SUBNET_ROUTE_TABLE_ASSOCIATION_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::SubnetRouteTableAssociation",
    create_only: &["/properties/SubnetId", "/properties/RouteTableId"],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::None,
};
/// [`AWS::EC2::DHCPOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-dhcpoptions.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct DhcpOptions {
    /// `DomainName` (create-only).
    pub domain_name: Option<Value<String>>,
    /// `DomainNameServers` (create-only).
    pub domain_name_servers: Option<Value<Vec<String>>>,
    /// `Ipv6AddressPreferredLeaseTime` (create-only).
    pub ipv6_address_preferred_lease_time: Option<Value<i64>>,
    /// `NetbiosNameServers` (create-only).
    pub netbios_name_servers: Option<Value<Vec<String>>>,
    /// `NetbiosNodeType` (create-only).
    pub netbios_node_type: Option<Value<i64>>,
    /// `NtpServers` (create-only).
    pub ntp_servers: Option<Value<Vec<String>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
}
impl DhcpOptions {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            domain_name: None,
            domain_name_servers: None,
            ipv6_address_preferred_lease_time: None,
            netbios_name_servers: None,
            netbios_node_type: None,
            ntp_servers: None,
            tags: None,
        }
    }
    /// Sets `DomainName`.
    #[must_use]
    pub fn set_domain_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.domain_name = Some(v.into());
        self
    }
    /// Sets `DomainNameServers`.
    #[must_use]
    pub fn set_domain_name_servers(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.domain_name_servers = Some(v.into());
        self
    }
    /// Sets `Ipv6AddressPreferredLeaseTime`.
    #[must_use]
    pub fn set_ipv6_address_preferred_lease_time(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv6_address_preferred_lease_time = Some(v.into());
        self
    }
    /// Sets `NetbiosNameServers`.
    #[must_use]
    pub fn set_netbios_name_servers(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.netbios_name_servers = Some(v.into());
        self
    }
    /// Sets `NetbiosNodeType`.
    #[must_use]
    pub fn set_netbios_node_type(mut self, v: impl Into<Value<i64>>) -> Self {
        self.netbios_node_type = Some(v.into());
        self
    }
    /// Sets `NtpServers`.
    #[must_use]
    pub fn set_ntp_servers(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.ntp_servers = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Default for DhcpOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for DhcpOptions {
    const TYPE: &'static str = "AWS::EC2::DHCPOptions";
    const SCHEMA: &'static ResourceSchema = &DHCP_OPTIONS_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("DomainName", self.domain_name.as_ref());
        m.set("DomainNameServers", self.domain_name_servers.as_ref());
        m.set(
            "Ipv6AddressPreferredLeaseTime",
            self.ipv6_address_preferred_lease_time.as_ref(),
        );
        m.set("NetbiosNameServers", self.netbios_name_servers.as_ref());
        m.set("NetbiosNodeType", self.netbios_node_type.as_ref());
        m.set("NtpServers", self.ntp_servers.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.domain_name {
            f("DomainName", v.expr());
        }
        if let Some(v) = &self.domain_name_servers {
            f("DomainNameServers", v.expr());
        }
        if let Some(v) = &self.ipv6_address_preferred_lease_time {
            f("Ipv6AddressPreferredLeaseTime", v.expr());
        }
        if let Some(v) = &self.netbios_name_servers {
            f("NetbiosNameServers", v.expr());
        }
        if let Some(v) = &self.netbios_node_type {
            f("NetbiosNodeType", v.expr());
        }
        if let Some(v) = &self.ntp_servers {
            f("NtpServers", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`DhcpOptions`] handle (in scope with the crate's `prelude`).
pub trait DhcpOptionsAttributes: GetAtt {
    /// `Fn::GetAtt` `DhcpOptionsId`.
    #[must_use]
    fn attr_dhcp_options_id(&self) -> Value<String> {
        self.get_att("DhcpOptionsId")
    }
}
impl DhcpOptionsAttributes for ResourceRef<DhcpOptions> {}
impl Identified for DhcpOptions {}
static DHCP_OPTIONS_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::DHCPOptions",
    create_only: &[
        "/properties/NetbiosNameServers",
        "/properties/NetbiosNodeType",
        "/properties/NtpServers",
        "/properties/DomainName",
        "/properties/DomainNameServers",
        "/properties/Ipv6AddressPreferredLeaseTime",
    ],
    read_only: &["/properties/DhcpOptionsId"],
    attributes: &["DhcpOptionsId"],
    tagging: Tagging::List,
};
/// [`AWS::EC2::VPCDHCPOptionsAssociation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpcdhcpoptionsassociation.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcDhcpOptionsAssociation {
    /// `DhcpOptionsId` (required, create-only).
    pub dhcp_options_id: Value<IdOf<DhcpOptions>>,
    /// `VpcId` (required, create-only).
    pub vpc_id: Value<IdOf<Vpc>>,
}
impl VpcDhcpOptionsAssociation {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        dhcp_options_id: impl Into<Value<IdOf<DhcpOptions>>>,
        vpc_id: impl Into<Value<IdOf<Vpc>>>,
    ) -> Self {
        Self {
            dhcp_options_id: dhcp_options_id.into(),
            vpc_id: vpc_id.into(),
        }
    }
}
impl Resource for VpcDhcpOptionsAssociation {
    const TYPE: &'static str = "AWS::EC2::VPCDHCPOptionsAssociation";
    const SCHEMA: &'static ResourceSchema = &VPC_DHCP_OPTIONS_ASSOCIATION_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.put("DhcpOptionsId", &self.dhcp_options_id);
        m.put("VpcId", &self.vpc_id);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        f("DhcpOptionsId", self.dhcp_options_id.expr());
        f("VpcId", self.vpc_id.expr());
    }
}
static VPC_DHCP_OPTIONS_ASSOCIATION_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::VPCDHCPOptionsAssociation",
    create_only: &["/properties/DhcpOptionsId", "/properties/VpcId"],
    read_only: &[],
    attributes: &[],
    tagging: Tagging::None,
};
/// [`AWS::EC2::NetworkAcl`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkacl.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAcl {
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `VpcId` (required, create-only).
    pub vpc_id: Value<IdOf<Vpc>>,
}
impl NetworkAcl {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(vpc_id: impl Into<Value<IdOf<Vpc>>>) -> Self {
        Self {
            tags: None,
            vpc_id: vpc_id.into(),
        }
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Resource for NetworkAcl {
    const TYPE: &'static str = "AWS::EC2::NetworkAcl";
    const SCHEMA: &'static ResourceSchema = &NETWORK_ACL_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Tags", self.tags.as_ref());
        m.put("VpcId", &self.vpc_id);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        f("VpcId", self.vpc_id.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`NetworkAcl`] handle (in scope with the crate's `prelude`).
pub trait NetworkAclAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl NetworkAclAttributes for ResourceRef<NetworkAcl> {}
impl Identified for NetworkAcl {}
static NETWORK_ACL_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::NetworkAcl",
    create_only: &["/properties/VpcId"],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::List,
};
/// [`AWS::EC2::NetworkAclEntry`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntry {
    /// `CidrBlock`.
    pub cidr_block: Option<Value<String>>,
    /// `Egress` (create-only).
    pub egress: Option<Value<bool>>,
    /// `Icmp`.
    pub icmp: Option<Value<network_acl_entry::Icmp>>,
    /// `Ipv6CidrBlock`.
    pub ipv6_cidr_block: Option<Value<String>>,
    /// `NetworkAclId` (required, create-only).
    pub network_acl_id: Value<IdOf<NetworkAcl>>,
    /// `PortRange`.
    pub port_range: Option<Value<network_acl_entry::PortRange>>,
    /// `Protocol` (required).
    pub protocol: Value<i64>,
    /// `RuleAction` (required).
    pub rule_action: Value<String>,
    /// `RuleNumber` (required, create-only).
    pub rule_number: Value<i64>,
}
impl NetworkAclEntry {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        network_acl_id: impl Into<Value<IdOf<NetworkAcl>>>,
        protocol: impl Into<Value<i64>>,
        rule_action: impl Into<Value<String>>,
        rule_number: impl Into<Value<i64>>,
    ) -> Self {
        Self {
            cidr_block: None,
            egress: None,
            icmp: None,
            ipv6_cidr_block: None,
            network_acl_id: network_acl_id.into(),
            port_range: None,
            protocol: protocol.into(),
            rule_action: rule_action.into(),
            rule_number: rule_number.into(),
        }
    }
    /// Sets `CidrBlock`.
    #[must_use]
    pub fn set_cidr_block(mut self, v: impl Into<Value<String>>) -> Self {
        self.cidr_block = Some(v.into());
        self
    }
    /// Sets `Egress`.
    #[must_use]
    pub fn set_egress(mut self, v: impl Into<Value<bool>>) -> Self {
        self.egress = Some(v.into());
        self
    }
    /// Sets `Icmp`.
    #[must_use]
    pub fn set_icmp(mut self, v: impl Into<Value<network_acl_entry::Icmp>>) -> Self {
        self.icmp = Some(v.into());
        self
    }
    /// Sets `Ipv6CidrBlock`.
    #[must_use]
    pub fn set_ipv6_cidr_block(mut self, v: impl Into<Value<String>>) -> Self {
        self.ipv6_cidr_block = Some(v.into());
        self
    }
    /// Sets `PortRange`.
    #[must_use]
    pub fn set_port_range(mut self, v: impl Into<Value<network_acl_entry::PortRange>>) -> Self {
        self.port_range = Some(v.into());
        self
    }
}
impl Resource for NetworkAclEntry {
    const TYPE: &'static str = "AWS::EC2::NetworkAclEntry";
    const SCHEMA: &'static ResourceSchema = &NETWORK_ACL_ENTRY_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("CidrBlock", self.cidr_block.as_ref());
        m.set("Egress", self.egress.as_ref());
        m.set("Icmp", self.icmp.as_ref());
        m.set("Ipv6CidrBlock", self.ipv6_cidr_block.as_ref());
        m.put("NetworkAclId", &self.network_acl_id);
        m.set("PortRange", self.port_range.as_ref());
        m.put("Protocol", &self.protocol);
        m.put("RuleAction", &self.rule_action);
        m.put("RuleNumber", &self.rule_number);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.cidr_block {
            f("CidrBlock", v.expr());
        }
        if let Some(v) = &self.egress {
            f("Egress", v.expr());
        }
        if let Some(v) = &self.icmp {
            f("Icmp", v.expr());
        }
        if let Some(v) = &self.ipv6_cidr_block {
            f("Ipv6CidrBlock", v.expr());
        }
        f("NetworkAclId", self.network_acl_id.expr());
        if let Some(v) = &self.port_range {
            f("PortRange", v.expr());
        }
        f("Protocol", self.protocol.expr());
        f("RuleAction", self.rule_action.expr());
        f("RuleNumber", self.rule_number.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`NetworkAclEntry`] handle (in scope with the crate's `prelude`).
pub trait NetworkAclEntryAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl NetworkAclEntryAttributes for ResourceRef<NetworkAclEntry> {}
static NETWORK_ACL_ENTRY_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::NetworkAclEntry",
    create_only: &[
        "/properties/Egress",
        "/properties/RuleNumber",
        "/properties/NetworkAclId",
    ],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::None,
};
/// Property types of [`AWS::EC2::NetworkAclEntry`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html).
pub mod network_acl_entry {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::NetworkAclEntry.Icmp`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-networkaclentry-icmp.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Icmp {
        /// `Code`.
        pub code: Option<Value<i64>>,
        /// `Type`.
        pub r#type: Option<Value<i64>>,
    }
    impl Icmp {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                code: None,
                r#type: None,
            }
        }
        /// Sets `Code`.
        #[must_use]
        pub fn set_code(mut self, v: impl Into<Value<i64>>) -> Self {
            self.code = Some(v.into());
            self
        }
        /// Sets `Type`.
        #[must_use]
        pub fn set_type(mut self, v: impl Into<Value<i64>>) -> Self {
            self.r#type = Some(v.into());
            self
        }
    }
    impl Default for Icmp {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Icmp {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Code", self.code.as_ref());
            m.set("Type", self.r#type.as_ref());
            m.finish()
        }
    }
    impl From<Icmp> for Value<Icmp> {
        fn from(v: Icmp) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::NetworkAclEntry.PortRange`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-networkaclentry-portrange.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PortRange {
        /// `From`.
        pub from: Option<Value<i64>>,
        /// `To`.
        pub to: Option<Value<i64>>,
    }
    impl PortRange {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                from: None,
                to: None,
            }
        }
        /// Sets `From`.
        #[must_use]
        pub fn set_from(mut self, v: impl Into<Value<i64>>) -> Self {
            self.from = Some(v.into());
            self
        }
        /// Sets `To`.
        #[must_use]
        pub fn set_to(mut self, v: impl Into<Value<i64>>) -> Self {
            self.to = Some(v.into());
            self
        }
    }
    impl Default for PortRange {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for PortRange {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("From", self.from.as_ref());
            m.set("To", self.to.as_ref());
            m.finish()
        }
    }
    impl From<PortRange> for Value<PortRange> {
        fn from(v: PortRange) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::SubnetNetworkAclAssociation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnetnetworkaclassociation.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetNetworkAclAssociation {
    /// `NetworkAclId` (required, create-only).
    pub network_acl_id: Value<IdOf<NetworkAcl>>,
    /// `SubnetId` (required, create-only).
    pub subnet_id: Value<IdOf<Subnet>>,
}
impl SubnetNetworkAclAssociation {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        network_acl_id: impl Into<Value<IdOf<NetworkAcl>>>,
        subnet_id: impl Into<Value<IdOf<Subnet>>>,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            subnet_id: subnet_id.into(),
        }
    }
}
impl Resource for SubnetNetworkAclAssociation {
    const TYPE: &'static str = "AWS::EC2::SubnetNetworkAclAssociation";
    const SCHEMA: &'static ResourceSchema = &SUBNET_NETWORK_ACL_ASSOCIATION_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.put("NetworkAclId", &self.network_acl_id);
        m.put("SubnetId", &self.subnet_id);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        f("NetworkAclId", self.network_acl_id.expr());
        f("SubnetId", self.subnet_id.expr());
    }
}
/// `Fn::GetAtt` attributes of a [`SubnetNetworkAclAssociation`] handle (in scope with the crate's `prelude`).
pub trait SubnetNetworkAclAssociationAttributes: GetAtt {
    /// `Fn::GetAtt` `AssociationId`.
    #[must_use]
    fn attr_association_id(&self) -> Value<String> {
        self.get_att("AssociationId")
    }
}
impl SubnetNetworkAclAssociationAttributes for ResourceRef<SubnetNetworkAclAssociation> {}
static SUBNET_NETWORK_ACL_ASSOCIATION_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::SubnetNetworkAclAssociation",
    create_only: &["/properties/SubnetId", "/properties/NetworkAclId"],
    read_only: &["/properties/AssociationId"],
    attributes: &["AssociationId"],
    tagging: Tagging::None,
};
/// [`AWS::EC2::SecurityGroup`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroup.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroup {
    /// `GroupDescription` (required, create-only).
    pub group_description: Value<String>,
    /// `GroupName` (create-only).
    pub group_name: Option<Value<String>>,
    /// `SecurityGroupEgress`.
    pub security_group_egress: Option<Value<Vec<security_group::Egress>>>,
    /// `SecurityGroupIngress`.
    pub security_group_ingress: Option<Value<Vec<security_group::Ingress>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `VpcId` (create-only).
    pub vpc_id: Option<Value<IdOf<Vpc>>>,
}
impl SecurityGroup {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(group_description: impl Into<Value<String>>) -> Self {
        Self {
            group_description: group_description.into(),
            group_name: None,
            security_group_egress: None,
            security_group_ingress: None,
            tags: None,
            vpc_id: None,
        }
    }
    /// Sets `GroupName`.
    #[must_use]
    pub fn set_group_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.group_name = Some(v.into());
        self
    }
    /// Sets `SecurityGroupEgress`.
    #[must_use]
    pub fn set_security_group_egress(
        mut self,
        v: impl Into<Value<Vec<security_group::Egress>>>,
    ) -> Self {
        self.security_group_egress = Some(v.into());
        self
    }
    /// Sets `SecurityGroupIngress`.
    #[must_use]
    pub fn set_security_group_ingress(
        mut self,
        v: impl Into<Value<Vec<security_group::Ingress>>>,
    ) -> Self {
        self.security_group_ingress = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `VpcId`.
    #[must_use]
    pub fn set_vpc_id(mut self, v: impl Into<Value<IdOf<Vpc>>>) -> Self {
        self.vpc_id = Some(v.into());
        self
    }
}
impl Resource for SecurityGroup {
    const TYPE: &'static str = "AWS::EC2::SecurityGroup";
    const SCHEMA: &'static ResourceSchema = &SECURITY_GROUP_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.put("GroupDescription", &self.group_description);
        m.set("GroupName", self.group_name.as_ref());
        m.set("SecurityGroupEgress", self.security_group_egress.as_ref());
        m.set("SecurityGroupIngress", self.security_group_ingress.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("VpcId", self.vpc_id.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        f("GroupDescription", self.group_description.expr());
        if let Some(v) = &self.group_name {
            f("GroupName", v.expr());
        }
        if let Some(v) = &self.security_group_egress {
            f("SecurityGroupEgress", v.expr());
        }
        if let Some(v) = &self.security_group_ingress {
            f("SecurityGroupIngress", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.vpc_id {
            f("VpcId", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`SecurityGroup`] handle (in scope with the crate's `prelude`).
pub trait SecurityGroupAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
    /// `Fn::GetAtt` `GroupId`.
    #[must_use]
    fn attr_group_id(&self) -> Value<String> {
        self.get_att("GroupId")
    }
}
impl SecurityGroupAttributes for ResourceRef<SecurityGroup> {}
impl Identified for SecurityGroup {
    fn id_expr(node: NodeId) -> Expr {
        Expr::GetAtt(node, "GroupId".to_owned())
    }
}
static SECURITY_GROUP_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::SecurityGroup",
    create_only: &[
        "/properties/GroupDescription",
        "/properties/GroupName",
        "/properties/VpcId",
    ],
    read_only: &["/properties/Id", "/properties/GroupId"],
    attributes: &["Id", "GroupId"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::EC2::SecurityGroup`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroup.html).
pub mod security_group {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::SecurityGroup.Egress`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-securitygroup-egress.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Egress {
        /// `CidrIp`.
        pub cidr_ip: Option<Value<String>>,
        /// `CidrIpv6`.
        pub cidr_ipv6: Option<Value<String>>,
        /// `Description`.
        pub description: Option<Value<String>>,
        /// `DestinationPrefixListId`.
        pub destination_prefix_list_id: Option<Value<String>>,
        /// `DestinationSecurityGroupId`.
        pub destination_security_group_id: Option<Value<String>>,
        /// `FromPort`.
        pub from_port: Option<Value<i64>>,
        /// `IpProtocol` (required).
        pub ip_protocol: Value<String>,
        /// `ToPort`.
        pub to_port: Option<Value<i64>>,
    }
    impl Egress {
        /// New value from its required properties.
        #[must_use]
        pub fn new(ip_protocol: impl Into<Value<String>>) -> Self {
            Self {
                cidr_ip: None,
                cidr_ipv6: None,
                description: None,
                destination_prefix_list_id: None,
                destination_security_group_id: None,
                from_port: None,
                ip_protocol: ip_protocol.into(),
                to_port: None,
            }
        }
        /// Sets `CidrIp`.
        #[must_use]
        pub fn set_cidr_ip(mut self, v: impl Into<Value<String>>) -> Self {
            self.cidr_ip = Some(v.into());
            self
        }
        /// Sets `CidrIpv6`.
        #[must_use]
        pub fn set_cidr_ipv6(mut self, v: impl Into<Value<String>>) -> Self {
            self.cidr_ipv6 = Some(v.into());
            self
        }
        /// Sets `Description`.
        #[must_use]
        pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
            self.description = Some(v.into());
            self
        }
        /// Sets `DestinationPrefixListId`.
        #[must_use]
        pub fn set_destination_prefix_list_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.destination_prefix_list_id = Some(v.into());
            self
        }
        /// Sets `DestinationSecurityGroupId`.
        #[must_use]
        pub fn set_destination_security_group_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.destination_security_group_id = Some(v.into());
            self
        }
        /// Sets `FromPort`.
        #[must_use]
        pub fn set_from_port(mut self, v: impl Into<Value<i64>>) -> Self {
            self.from_port = Some(v.into());
            self
        }
        /// Sets `ToPort`.
        #[must_use]
        pub fn set_to_port(mut self, v: impl Into<Value<i64>>) -> Self {
            self.to_port = Some(v.into());
            self
        }
    }
    impl ToExpr for Egress {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CidrIp", self.cidr_ip.as_ref());
            m.set("CidrIpv6", self.cidr_ipv6.as_ref());
            m.set("Description", self.description.as_ref());
            m.set(
                "DestinationPrefixListId",
                self.destination_prefix_list_id.as_ref(),
            );
            m.set(
                "DestinationSecurityGroupId",
                self.destination_security_group_id.as_ref(),
            );
            m.set("FromPort", self.from_port.as_ref());
            m.put("IpProtocol", &self.ip_protocol);
            m.set("ToPort", self.to_port.as_ref());
            m.finish()
        }
    }
    impl From<Egress> for Value<Egress> {
        fn from(v: Egress) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::SecurityGroup.Ingress`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-securitygroup-ingress.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ingress {
        /// `CidrIp`.
        pub cidr_ip: Option<Value<String>>,
        /// `CidrIpv6`.
        pub cidr_ipv6: Option<Value<String>>,
        /// `Description`.
        pub description: Option<Value<String>>,
        /// `FromPort`.
        pub from_port: Option<Value<i64>>,
        /// `IpProtocol` (required).
        pub ip_protocol: Value<String>,
        /// `SourcePrefixListId`.
        pub source_prefix_list_id: Option<Value<String>>,
        /// `SourceSecurityGroupId`.
        pub source_security_group_id: Option<Value<String>>,
        /// `SourceSecurityGroupName`.
        pub source_security_group_name: Option<Value<String>>,
        /// `SourceSecurityGroupOwnerId`.
        pub source_security_group_owner_id: Option<Value<String>>,
        /// `ToPort`.
        pub to_port: Option<Value<i64>>,
    }
    impl Ingress {
        /// New value from its required properties.
        #[must_use]
        pub fn new(ip_protocol: impl Into<Value<String>>) -> Self {
            Self {
                cidr_ip: None,
                cidr_ipv6: None,
                description: None,
                from_port: None,
                ip_protocol: ip_protocol.into(),
                source_prefix_list_id: None,
                source_security_group_id: None,
                source_security_group_name: None,
                source_security_group_owner_id: None,
                to_port: None,
            }
        }
        /// Sets `CidrIp`.
        #[must_use]
        pub fn set_cidr_ip(mut self, v: impl Into<Value<String>>) -> Self {
            self.cidr_ip = Some(v.into());
            self
        }
        /// Sets `CidrIpv6`.
        #[must_use]
        pub fn set_cidr_ipv6(mut self, v: impl Into<Value<String>>) -> Self {
            self.cidr_ipv6 = Some(v.into());
            self
        }
        /// Sets `Description`.
        #[must_use]
        pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
            self.description = Some(v.into());
            self
        }
        /// Sets `FromPort`.
        #[must_use]
        pub fn set_from_port(mut self, v: impl Into<Value<i64>>) -> Self {
            self.from_port = Some(v.into());
            self
        }
        /// Sets `SourcePrefixListId`.
        #[must_use]
        pub fn set_source_prefix_list_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.source_prefix_list_id = Some(v.into());
            self
        }
        /// Sets `SourceSecurityGroupId`.
        #[must_use]
        pub fn set_source_security_group_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.source_security_group_id = Some(v.into());
            self
        }
        /// Sets `SourceSecurityGroupName`.
        #[must_use]
        pub fn set_source_security_group_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.source_security_group_name = Some(v.into());
            self
        }
        /// Sets `SourceSecurityGroupOwnerId`.
        #[must_use]
        pub fn set_source_security_group_owner_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.source_security_group_owner_id = Some(v.into());
            self
        }
        /// Sets `ToPort`.
        #[must_use]
        pub fn set_to_port(mut self, v: impl Into<Value<i64>>) -> Self {
            self.to_port = Some(v.into());
            self
        }
    }
    impl ToExpr for Ingress {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CidrIp", self.cidr_ip.as_ref());
            m.set("CidrIpv6", self.cidr_ipv6.as_ref());
            m.set("Description", self.description.as_ref());
            m.set("FromPort", self.from_port.as_ref());
            m.put("IpProtocol", &self.ip_protocol);
            m.set("SourcePrefixListId", self.source_prefix_list_id.as_ref());
            m.set(
                "SourceSecurityGroupId",
                self.source_security_group_id.as_ref(),
            );
            m.set(
                "SourceSecurityGroupName",
                self.source_security_group_name.as_ref(),
            );
            m.set(
                "SourceSecurityGroupOwnerId",
                self.source_security_group_owner_id.as_ref(),
            );
            m.set("ToPort", self.to_port.as_ref());
            m.finish()
        }
    }
    impl From<Ingress> for Value<Ingress> {
        fn from(v: Ingress) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::SecurityGroupIngress`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroupingress.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupIngress {
    /// `CidrIp` (create-only).
    pub cidr_ip: Option<Value<String>>,
    /// `CidrIpv6` (create-only).
    pub cidr_ipv6: Option<Value<String>>,
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `FromPort` (create-only).
    pub from_port: Option<Value<i64>>,
    /// `GroupId` (create-only).
    pub group_id: Option<Value<IdOf<SecurityGroup>>>,
    /// `GroupName` (create-only).
    pub group_name: Option<Value<String>>,
    /// `IpProtocol` (required, create-only).
    pub ip_protocol: Value<String>,
    /// `SourcePrefixListId` (create-only).
    pub source_prefix_list_id: Option<Value<String>>,
    /// `SourceSecurityGroupId` (create-only).
    pub source_security_group_id: Option<Value<String>>,
    /// `SourceSecurityGroupName` (create-only).
    pub source_security_group_name: Option<Value<String>>,
    /// `SourceSecurityGroupOwnerId` (create-only).
    pub source_security_group_owner_id: Option<Value<String>>,
    /// `ToPort` (create-only).
    pub to_port: Option<Value<i64>>,
}
impl SecurityGroupIngress {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(ip_protocol: impl Into<Value<String>>) -> Self {
        Self {
            cidr_ip: None,
            cidr_ipv6: None,
            description: None,
            from_port: None,
            group_id: None,
            group_name: None,
            ip_protocol: ip_protocol.into(),
            source_prefix_list_id: None,
            source_security_group_id: None,
            source_security_group_name: None,
            source_security_group_owner_id: None,
            to_port: None,
        }
    }
    /// Sets `CidrIp`.
    #[must_use]
    pub fn set_cidr_ip(mut self, v: impl Into<Value<String>>) -> Self {
        self.cidr_ip = Some(v.into());
        self
    }
    /// Sets `CidrIpv6`.
    #[must_use]
    pub fn set_cidr_ipv6(mut self, v: impl Into<Value<String>>) -> Self {
        self.cidr_ipv6 = Some(v.into());
        self
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `FromPort`.
    #[must_use]
    pub fn set_from_port(mut self, v: impl Into<Value<i64>>) -> Self {
        self.from_port = Some(v.into());
        self
    }
    /// Sets `GroupId`.
    #[must_use]
    pub fn set_group_id(mut self, v: impl Into<Value<IdOf<SecurityGroup>>>) -> Self {
        self.group_id = Some(v.into());
        self
    }
    /// Sets `GroupName`.
    #[must_use]
    pub fn set_group_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.group_name = Some(v.into());
        self
    }
    /// Sets `SourcePrefixListId`.
    #[must_use]
    pub fn set_source_prefix_list_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.source_prefix_list_id = Some(v.into());
        self
    }
    /// Sets `SourceSecurityGroupId`.
    #[must_use]
    pub fn set_source_security_group_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.source_security_group_id = Some(v.into());
        self
    }
    /// Sets `SourceSecurityGroupName`.
    #[must_use]
    pub fn set_source_security_group_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.source_security_group_name = Some(v.into());
        self
    }
    /// Sets `SourceSecurityGroupOwnerId`.
    #[must_use]
    pub fn set_source_security_group_owner_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.source_security_group_owner_id = Some(v.into());
        self
    }
    /// Sets `ToPort`.
    #[must_use]
    pub fn set_to_port(mut self, v: impl Into<Value<i64>>) -> Self {
        self.to_port = Some(v.into());
        self
    }
}
impl Resource for SecurityGroupIngress {
    const TYPE: &'static str = "AWS::EC2::SecurityGroupIngress";
    const SCHEMA: &'static ResourceSchema = &SECURITY_GROUP_INGRESS_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("CidrIp", self.cidr_ip.as_ref());
        m.set("CidrIpv6", self.cidr_ipv6.as_ref());
        m.set("Description", self.description.as_ref());
        m.set("FromPort", self.from_port.as_ref());
        m.set("GroupId", self.group_id.as_ref());
        m.set("GroupName", self.group_name.as_ref());
        m.put("IpProtocol", &self.ip_protocol);
        m.set("SourcePrefixListId", self.source_prefix_list_id.as_ref());
        m.set(
            "SourceSecurityGroupId",
            self.source_security_group_id.as_ref(),
        );
        m.set(
            "SourceSecurityGroupName",
            self.source_security_group_name.as_ref(),
        );
        m.set(
            "SourceSecurityGroupOwnerId",
            self.source_security_group_owner_id.as_ref(),
        );
        m.set("ToPort", self.to_port.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.cidr_ip {
            f("CidrIp", v.expr());
        }
        if let Some(v) = &self.cidr_ipv6 {
            f("CidrIpv6", v.expr());
        }
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.from_port {
            f("FromPort", v.expr());
        }
        if let Some(v) = &self.group_id {
            f("GroupId", v.expr());
        }
        if let Some(v) = &self.group_name {
            f("GroupName", v.expr());
        }
        f("IpProtocol", self.ip_protocol.expr());
        if let Some(v) = &self.source_prefix_list_id {
            f("SourcePrefixListId", v.expr());
        }
        if let Some(v) = &self.source_security_group_id {
            f("SourceSecurityGroupId", v.expr());
        }
        if let Some(v) = &self.source_security_group_name {
            f("SourceSecurityGroupName", v.expr());
        }
        if let Some(v) = &self.source_security_group_owner_id {
            f("SourceSecurityGroupOwnerId", v.expr());
        }
        if let Some(v) = &self.to_port {
            f("ToPort", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`SecurityGroupIngress`] handle (in scope with the crate's `prelude`).
pub trait SecurityGroupIngressAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl SecurityGroupIngressAttributes for ResourceRef<SecurityGroupIngress> {}
static SECURITY_GROUP_INGRESS_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::SecurityGroupIngress",
    create_only: &[
        "/properties/GroupName",
        "/properties/IpProtocol",
        "/properties/SourceSecurityGroupId",
        "/properties/SourcePrefixListId",
        "/properties/ToPort",
        "/properties/CidrIp",
        "/properties/SourceSecurityGroupName",
        "/properties/SourceSecurityGroupOwnerId",
        "/properties/FromPort",
        "/properties/GroupId",
        "/properties/CidrIpv6",
    ],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::None,
};
/// [`AWS::EC2::SecurityGroupEgress`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroupegress.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupEgress {
    /// `CidrIp` (create-only).
    pub cidr_ip: Option<Value<String>>,
    /// `CidrIpv6` (create-only).
    pub cidr_ipv6: Option<Value<String>>,
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `DestinationPrefixListId` (create-only).
    pub destination_prefix_list_id: Option<Value<String>>,
    /// `DestinationSecurityGroupId` (create-only).
    pub destination_security_group_id: Option<Value<String>>,
    /// `FromPort` (create-only).
    pub from_port: Option<Value<i64>>,
    /// `GroupId` (required, create-only).
    pub group_id: Value<IdOf<SecurityGroup>>,
    /// `IpProtocol` (required, create-only).
    pub ip_protocol: Value<String>,
    /// `ToPort` (create-only).
    pub to_port: Option<Value<i64>>,
}
impl SecurityGroupEgress {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        group_id: impl Into<Value<IdOf<SecurityGroup>>>,
        ip_protocol: impl Into<Value<String>>,
    ) -> Self {
        Self {
            cidr_ip: None,
            cidr_ipv6: None,
            description: None,
            destination_prefix_list_id: None,
            destination_security_group_id: None,
            from_port: None,
            group_id: group_id.into(),
            ip_protocol: ip_protocol.into(),
            to_port: None,
        }
    }
    /// Sets `CidrIp`.
    #[must_use]
    pub fn set_cidr_ip(mut self, v: impl Into<Value<String>>) -> Self {
        self.cidr_ip = Some(v.into());
        self
    }
    /// Sets `CidrIpv6`.
    #[must_use]
    pub fn set_cidr_ipv6(mut self, v: impl Into<Value<String>>) -> Self {
        self.cidr_ipv6 = Some(v.into());
        self
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `DestinationPrefixListId`.
    #[must_use]
    pub fn set_destination_prefix_list_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.destination_prefix_list_id = Some(v.into());
        self
    }
    /// Sets `DestinationSecurityGroupId`.
    #[must_use]
    pub fn set_destination_security_group_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.destination_security_group_id = Some(v.into());
        self
    }
    /// Sets `FromPort`.
    #[must_use]
    pub fn set_from_port(mut self, v: impl Into<Value<i64>>) -> Self {
        self.from_port = Some(v.into());
        self
    }
    /// Sets `ToPort`.
    #[must_use]
    pub fn set_to_port(mut self, v: impl Into<Value<i64>>) -> Self {
        self.to_port = Some(v.into());
        self
    }
}
impl Resource for SecurityGroupEgress {
    const TYPE: &'static str = "AWS::EC2::SecurityGroupEgress";
    const SCHEMA: &'static ResourceSchema = &SECURITY_GROUP_EGRESS_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("CidrIp", self.cidr_ip.as_ref());
        m.set("CidrIpv6", self.cidr_ipv6.as_ref());
        m.set("Description", self.description.as_ref());
        m.set(
            "DestinationPrefixListId",
            self.destination_prefix_list_id.as_ref(),
        );
        m.set(
            "DestinationSecurityGroupId",
            self.destination_security_group_id.as_ref(),
        );
        m.set("FromPort", self.from_port.as_ref());
        m.put("GroupId", &self.group_id);
        m.put("IpProtocol", &self.ip_protocol);
        m.set("ToPort", self.to_port.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.cidr_ip {
            f("CidrIp", v.expr());
        }
        if let Some(v) = &self.cidr_ipv6 {
            f("CidrIpv6", v.expr());
        }
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.destination_prefix_list_id {
            f("DestinationPrefixListId", v.expr());
        }
        if let Some(v) = &self.destination_security_group_id {
            f("DestinationSecurityGroupId", v.expr());
        }
        if let Some(v) = &self.from_port {
            f("FromPort", v.expr());
        }
        f("GroupId", self.group_id.expr());
        f("IpProtocol", self.ip_protocol.expr());
        if let Some(v) = &self.to_port {
            f("ToPort", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`SecurityGroupEgress`] handle (in scope with the crate's `prelude`).
pub trait SecurityGroupEgressAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl SecurityGroupEgressAttributes for ResourceRef<SecurityGroupEgress> {}
static SECURITY_GROUP_EGRESS_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::SecurityGroupEgress",
    create_only: &[
        "/properties/IpProtocol",
        "/properties/DestinationSecurityGroupId",
        "/properties/ToPort",
        "/properties/CidrIp",
        "/properties/FromPort",
        "/properties/GroupId",
        "/properties/CidrIpv6",
        "/properties/DestinationPrefixListId",
    ],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::None,
};
/// [`AWS::EC2::Instance`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    /// `AdditionalInfo`.
    pub additional_info: Option<Value<String>>,
    /// `Affinity`.
    pub affinity: Option<Value<String>>,
    /// `AvailabilityZone` (create-only).
    pub availability_zone: Option<Value<String>>,
    /// `BlockDeviceMappings`.
    pub block_device_mappings: Option<Value<Vec<instance::BlockDeviceMapping>>>,
    /// `CpuOptions` (create-only).
    pub cpu_options: Option<Value<instance::CpuOptions>>,
    /// `CreditSpecification`.
    pub credit_specification: Option<Value<instance::CreditSpecification>>,
    /// `DisableApiTermination`.
    pub disable_api_termination: Option<Value<bool>>,
    /// `EbsOptimized`.
    pub ebs_optimized: Option<Value<bool>>,
    /// `ElasticGpuSpecifications` (create-only).
    pub elastic_gpu_specifications: Option<Value<Vec<instance::ElasticGpuSpecification>>>,
    /// `ElasticInferenceAccelerators` (create-only).
    pub elastic_inference_accelerators: Option<Value<Vec<instance::ElasticInferenceAccelerator>>>,
    /// `EnclaveOptions` (create-only).
    pub enclave_options: Option<Value<instance::EnclaveOptions>>,
    /// `HibernationOptions` (create-only).
    pub hibernation_options: Option<Value<instance::HibernationOptions>>,
    /// `HostId`.
    pub host_id: Option<Value<String>>,
    /// `HostResourceGroupArn` (create-only).
    pub host_resource_group_arn: Option<Value<String>>,
    /// `IamInstanceProfile`.
    pub iam_instance_profile: Option<Value<String>>,
    /// `ImageId` (create-only).
    pub image_id: Option<Value<String>>,
    /// `InstanceInitiatedShutdownBehavior`.
    pub instance_initiated_shutdown_behavior: Option<Value<String>>,
    /// `InstanceType`.
    pub instance_type: Option<Value<String>>,
    /// `Ipv6AddressCount` (create-only).
    pub ipv6_address_count: Option<Value<i64>>,
    /// `Ipv6Addresses` (create-only).
    pub ipv6_addresses: Option<Value<Vec<instance::InstanceIpv6Address>>>,
    /// `KernelId`.
    pub kernel_id: Option<Value<String>>,
    /// `KeyName` (create-only).
    pub key_name: Option<Value<String>>,
    /// `LaunchTemplate` (create-only).
    pub launch_template: Option<Value<instance::LaunchTemplateSpecification>>,
    /// `LicenseSpecifications` (create-only).
    pub license_specifications: Option<Value<Vec<instance::LicenseSpecification>>>,
    /// `MetadataOptions`.
    pub metadata_options: Option<Value<instance::MetadataOptions>>,
    /// `Monitoring`.
    pub monitoring: Option<Value<bool>>,
    /// `NetworkInterfaces` (create-only).
    pub network_interfaces: Option<Value<Vec<instance::NetworkInterface>>>,
    /// `PlacementGroupName` (create-only).
    pub placement_group_name: Option<Value<String>>,
    /// `PrivateDnsNameOptions`.
    pub private_dns_name_options: Option<Value<instance::PrivateDnsNameOptions>>,
    /// `PrivateIpAddress` (create-only).
    pub private_ip_address: Option<Value<String>>,
    /// `PropagateTagsToVolumeOnCreation`.
    pub propagate_tags_to_volume_on_creation: Option<Value<bool>>,
    /// `RamdiskId`.
    pub ramdisk_id: Option<Value<String>>,
    /// `SecurityGroupIds`.
    pub security_group_ids: Option<Value<Vec<IdOf<SecurityGroup>>>>,
    /// `SecurityGroups` (create-only).
    pub security_groups: Option<Value<Vec<String>>>,
    /// `SourceDestCheck`.
    pub source_dest_check: Option<Value<bool>>,
    /// `SsmAssociations`.
    pub ssm_associations: Option<Value<Vec<instance::SsmAssociation>>>,
    /// `SubnetId` (create-only).
    pub subnet_id: Option<Value<IdOf<Subnet>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `Tenancy`.
    pub tenancy: Option<Value<String>>,
    /// `UserData`.
    pub user_data: Option<Value<String>>,
    /// `Volumes`.
    pub volumes: Option<Value<Vec<instance::Volume>>>,
}
impl Instance {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            additional_info: None,
            affinity: None,
            availability_zone: None,
            block_device_mappings: None,
            cpu_options: None,
            credit_specification: None,
            disable_api_termination: None,
            ebs_optimized: None,
            elastic_gpu_specifications: None,
            elastic_inference_accelerators: None,
            enclave_options: None,
            hibernation_options: None,
            host_id: None,
            host_resource_group_arn: None,
            iam_instance_profile: None,
            image_id: None,
            instance_initiated_shutdown_behavior: None,
            instance_type: None,
            ipv6_address_count: None,
            ipv6_addresses: None,
            kernel_id: None,
            key_name: None,
            launch_template: None,
            license_specifications: None,
            metadata_options: None,
            monitoring: None,
            network_interfaces: None,
            placement_group_name: None,
            private_dns_name_options: None,
            private_ip_address: None,
            propagate_tags_to_volume_on_creation: None,
            ramdisk_id: None,
            security_group_ids: None,
            security_groups: None,
            source_dest_check: None,
            ssm_associations: None,
            subnet_id: None,
            tags: None,
            tenancy: None,
            user_data: None,
            volumes: None,
        }
    }
    /// Sets `AdditionalInfo`.
    #[must_use]
    pub fn set_additional_info(mut self, v: impl Into<Value<String>>) -> Self {
        self.additional_info = Some(v.into());
        self
    }
    /// Sets `Affinity`.
    #[must_use]
    pub fn set_affinity(mut self, v: impl Into<Value<String>>) -> Self {
        self.affinity = Some(v.into());
        self
    }
    /// Sets `AvailabilityZone`.
    #[must_use]
    pub fn set_availability_zone(mut self, v: impl Into<Value<String>>) -> Self {
        self.availability_zone = Some(v.into());
        self
    }
    /// Sets `BlockDeviceMappings`.
    #[must_use]
    pub fn set_block_device_mappings(
        mut self,
        v: impl Into<Value<Vec<instance::BlockDeviceMapping>>>,
    ) -> Self {
        self.block_device_mappings = Some(v.into());
        self
    }
    /// Sets `CpuOptions`.
    #[must_use]
    pub fn set_cpu_options(mut self, v: impl Into<Value<instance::CpuOptions>>) -> Self {
        self.cpu_options = Some(v.into());
        self
    }
    /// Sets `CreditSpecification`.
    #[must_use]
    pub fn set_credit_specification(
        mut self,
        v: impl Into<Value<instance::CreditSpecification>>,
    ) -> Self {
        self.credit_specification = Some(v.into());
        self
    }
    /// Sets `DisableApiTermination`.
    #[must_use]
    pub fn set_disable_api_termination(mut self, v: impl Into<Value<bool>>) -> Self {
        self.disable_api_termination = Some(v.into());
        self
    }
    /// Sets `EbsOptimized`.
    #[must_use]
    pub fn set_ebs_optimized(mut self, v: impl Into<Value<bool>>) -> Self {
        self.ebs_optimized = Some(v.into());
        self
    }
    /// Sets `ElasticGpuSpecifications`.
    #[must_use]
    pub fn set_elastic_gpu_specifications(
        mut self,
        v: impl Into<Value<Vec<instance::ElasticGpuSpecification>>>,
    ) -> Self {
        self.elastic_gpu_specifications = Some(v.into());
        self
    }
    /// Sets `ElasticInferenceAccelerators`.
    #[must_use]
    pub fn set_elastic_inference_accelerators(
        mut self,
        v: impl Into<Value<Vec<instance::ElasticInferenceAccelerator>>>,
    ) -> Self {
        self.elastic_inference_accelerators = Some(v.into());
        self
    }
    /// Sets `EnclaveOptions`.
    #[must_use]
    pub fn set_enclave_options(mut self, v: impl Into<Value<instance::EnclaveOptions>>) -> Self {
        self.enclave_options = Some(v.into());
        self
    }
    /// Sets `HibernationOptions`.
    #[must_use]
    pub fn set_hibernation_options(
        mut self,
        v: impl Into<Value<instance::HibernationOptions>>,
    ) -> Self {
        self.hibernation_options = Some(v.into());
        self
    }
    /// Sets `HostId`.
    #[must_use]
    pub fn set_host_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.host_id = Some(v.into());
        self
    }
    /// Sets `HostResourceGroupArn`.
    #[must_use]
    pub fn set_host_resource_group_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.host_resource_group_arn = Some(v.into());
        self
    }
    /// Sets `IamInstanceProfile`.
    #[must_use]
    pub fn set_iam_instance_profile(mut self, v: impl Into<Value<String>>) -> Self {
        self.iam_instance_profile = Some(v.into());
        self
    }
    /// Sets `ImageId`.
    #[must_use]
    pub fn set_image_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.image_id = Some(v.into());
        self
    }
    /// Sets `InstanceInitiatedShutdownBehavior`.
    #[must_use]
    pub fn set_instance_initiated_shutdown_behavior(mut self, v: impl Into<Value<String>>) -> Self {
        self.instance_initiated_shutdown_behavior = Some(v.into());
        self
    }
    /// Sets `InstanceType`.
    #[must_use]
    pub fn set_instance_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.instance_type = Some(v.into());
        self
    }
    /// Sets `Ipv6AddressCount`.
    #[must_use]
    pub fn set_ipv6_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv6_address_count = Some(v.into());
        self
    }
    /// Sets `Ipv6Addresses`.
    #[must_use]
    pub fn set_ipv6_addresses(
        mut self,
        v: impl Into<Value<Vec<instance::InstanceIpv6Address>>>,
    ) -> Self {
        self.ipv6_addresses = Some(v.into());
        self
    }
    /// Sets `KernelId`.
    #[must_use]
    pub fn set_kernel_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.kernel_id = Some(v.into());
        self
    }
    /// Sets `KeyName`.
    #[must_use]
    pub fn set_key_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.key_name = Some(v.into());
        self
    }
    /// Sets `LaunchTemplate`.
    #[must_use]
    pub fn set_launch_template(
        mut self,
        v: impl Into<Value<instance::LaunchTemplateSpecification>>,
    ) -> Self {
        self.launch_template = Some(v.into());
        self
    }
    /// Sets `LicenseSpecifications`.
    #[must_use]
    pub fn set_license_specifications(
        mut self,
        v: impl Into<Value<Vec<instance::LicenseSpecification>>>,
    ) -> Self {
        self.license_specifications = Some(v.into());
        self
    }
    /// Sets `MetadataOptions`.
    #[must_use]
    pub fn set_metadata_options(mut self, v: impl Into<Value<instance::MetadataOptions>>) -> Self {
        self.metadata_options = Some(v.into());
        self
    }
    /// Sets `Monitoring`.
    #[must_use]
    pub fn set_monitoring(mut self, v: impl Into<Value<bool>>) -> Self {
        self.monitoring = Some(v.into());
        self
    }
    /// Sets `NetworkInterfaces`.
    #[must_use]
    pub fn set_network_interfaces(
        mut self,
        v: impl Into<Value<Vec<instance::NetworkInterface>>>,
    ) -> Self {
        self.network_interfaces = Some(v.into());
        self
    }
    /// Sets `PlacementGroupName`.
    #[must_use]
    pub fn set_placement_group_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.placement_group_name = Some(v.into());
        self
    }
    /// Sets `PrivateDnsNameOptions`.
    #[must_use]
    pub fn set_private_dns_name_options(
        mut self,
        v: impl Into<Value<instance::PrivateDnsNameOptions>>,
    ) -> Self {
        self.private_dns_name_options = Some(v.into());
        self
    }
    /// Sets `PrivateIpAddress`.
    #[must_use]
    pub fn set_private_ip_address(mut self, v: impl Into<Value<String>>) -> Self {
        self.private_ip_address = Some(v.into());
        self
    }
    /// Sets `PropagateTagsToVolumeOnCreation`.
    #[must_use]
    pub fn set_propagate_tags_to_volume_on_creation(mut self, v: impl Into<Value<bool>>) -> Self {
        self.propagate_tags_to_volume_on_creation = Some(v.into());
        self
    }
    /// Sets `RamdiskId`.
    #[must_use]
    pub fn set_ramdisk_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.ramdisk_id = Some(v.into());
        self
    }
    /// Sets `SecurityGroupIds`.
    #[must_use]
    pub fn set_security_group_ids(mut self, v: impl Into<Value<Vec<IdOf<SecurityGroup>>>>) -> Self {
        self.security_group_ids = Some(v.into());
        self
    }
    /// Sets `SecurityGroups`.
    #[must_use]
    pub fn set_security_groups(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.security_groups = Some(v.into());
        self
    }
    /// Sets `SourceDestCheck`.
    #[must_use]
    pub fn set_source_dest_check(mut self, v: impl Into<Value<bool>>) -> Self {
        self.source_dest_check = Some(v.into());
        self
    }
    /// Sets `SsmAssociations`.
    #[must_use]
    pub fn set_ssm_associations(
        mut self,
        v: impl Into<Value<Vec<instance::SsmAssociation>>>,
    ) -> Self {
        self.ssm_associations = Some(v.into());
        self
    }
    /// Sets `SubnetId`.
    #[must_use]
    pub fn set_subnet_id(mut self, v: impl Into<Value<IdOf<Subnet>>>) -> Self {
        self.subnet_id = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `Tenancy`.
    #[must_use]
    pub fn set_tenancy(mut self, v: impl Into<Value<String>>) -> Self {
        self.tenancy = Some(v.into());
        self
    }
    /// Sets `UserData`.
    #[must_use]
    pub fn set_user_data(mut self, v: impl Into<Value<String>>) -> Self {
        self.user_data = Some(v.into());
        self
    }
    /// Sets `Volumes`.
    #[must_use]
    pub fn set_volumes(mut self, v: impl Into<Value<Vec<instance::Volume>>>) -> Self {
        self.volumes = Some(v.into());
        self
    }
}
impl Default for Instance {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for Instance {
    const TYPE: &'static str = "AWS::EC2::Instance";
    const SCHEMA: &'static ResourceSchema = &INSTANCE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AdditionalInfo", self.additional_info.as_ref());
        m.set("Affinity", self.affinity.as_ref());
        m.set("AvailabilityZone", self.availability_zone.as_ref());
        m.set("BlockDeviceMappings", self.block_device_mappings.as_ref());
        m.set("CpuOptions", self.cpu_options.as_ref());
        m.set("CreditSpecification", self.credit_specification.as_ref());
        m.set(
            "DisableApiTermination",
            self.disable_api_termination.as_ref(),
        );
        m.set("EbsOptimized", self.ebs_optimized.as_ref());
        m.set(
            "ElasticGpuSpecifications",
            self.elastic_gpu_specifications.as_ref(),
        );
        m.set(
            "ElasticInferenceAccelerators",
            self.elastic_inference_accelerators.as_ref(),
        );
        m.set("EnclaveOptions", self.enclave_options.as_ref());
        m.set("HibernationOptions", self.hibernation_options.as_ref());
        m.set("HostId", self.host_id.as_ref());
        m.set(
            "HostResourceGroupArn",
            self.host_resource_group_arn.as_ref(),
        );
        m.set("IamInstanceProfile", self.iam_instance_profile.as_ref());
        m.set("ImageId", self.image_id.as_ref());
        m.set(
            "InstanceInitiatedShutdownBehavior",
            self.instance_initiated_shutdown_behavior.as_ref(),
        );
        m.set("InstanceType", self.instance_type.as_ref());
        m.set("Ipv6AddressCount", self.ipv6_address_count.as_ref());
        m.set("Ipv6Addresses", self.ipv6_addresses.as_ref());
        m.set("KernelId", self.kernel_id.as_ref());
        m.set("KeyName", self.key_name.as_ref());
        m.set("LaunchTemplate", self.launch_template.as_ref());
        m.set(
            "LicenseSpecifications",
            self.license_specifications.as_ref(),
        );
        m.set("MetadataOptions", self.metadata_options.as_ref());
        m.set("Monitoring", self.monitoring.as_ref());
        m.set("NetworkInterfaces", self.network_interfaces.as_ref());
        m.set("PlacementGroupName", self.placement_group_name.as_ref());
        m.set(
            "PrivateDnsNameOptions",
            self.private_dns_name_options.as_ref(),
        );
        m.set("PrivateIpAddress", self.private_ip_address.as_ref());
        m.set(
            "PropagateTagsToVolumeOnCreation",
            self.propagate_tags_to_volume_on_creation.as_ref(),
        );
        m.set("RamdiskId", self.ramdisk_id.as_ref());
        m.set("SecurityGroupIds", self.security_group_ids.as_ref());
        m.set("SecurityGroups", self.security_groups.as_ref());
        m.set("SourceDestCheck", self.source_dest_check.as_ref());
        m.set("SsmAssociations", self.ssm_associations.as_ref());
        m.set("SubnetId", self.subnet_id.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("Tenancy", self.tenancy.as_ref());
        m.set("UserData", self.user_data.as_ref());
        m.set("Volumes", self.volumes.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.additional_info {
            f("AdditionalInfo", v.expr());
        }
        if let Some(v) = &self.affinity {
            f("Affinity", v.expr());
        }
        if let Some(v) = &self.availability_zone {
            f("AvailabilityZone", v.expr());
        }
        if let Some(v) = &self.block_device_mappings {
            f("BlockDeviceMappings", v.expr());
        }
        if let Some(v) = &self.cpu_options {
            f("CpuOptions", v.expr());
        }
        if let Some(v) = &self.credit_specification {
            f("CreditSpecification", v.expr());
        }
        if let Some(v) = &self.disable_api_termination {
            f("DisableApiTermination", v.expr());
        }
        if let Some(v) = &self.ebs_optimized {
            f("EbsOptimized", v.expr());
        }
        if let Some(v) = &self.elastic_gpu_specifications {
            f("ElasticGpuSpecifications", v.expr());
        }
        if let Some(v) = &self.elastic_inference_accelerators {
            f("ElasticInferenceAccelerators", v.expr());
        }
        if let Some(v) = &self.enclave_options {
            f("EnclaveOptions", v.expr());
        }
        if let Some(v) = &self.hibernation_options {
            f("HibernationOptions", v.expr());
        }
        if let Some(v) = &self.host_id {
            f("HostId", v.expr());
        }
        if let Some(v) = &self.host_resource_group_arn {
            f("HostResourceGroupArn", v.expr());
        }
        if let Some(v) = &self.iam_instance_profile {
            f("IamInstanceProfile", v.expr());
        }
        if let Some(v) = &self.image_id {
            f("ImageId", v.expr());
        }
        if let Some(v) = &self.instance_initiated_shutdown_behavior {
            f("InstanceInitiatedShutdownBehavior", v.expr());
        }
        if let Some(v) = &self.instance_type {
            f("InstanceType", v.expr());
        }
        if let Some(v) = &self.ipv6_address_count {
            f("Ipv6AddressCount", v.expr());
        }
        if let Some(v) = &self.ipv6_addresses {
            f("Ipv6Addresses", v.expr());
        }
        if let Some(v) = &self.kernel_id {
            f("KernelId", v.expr());
        }
        if let Some(v) = &self.key_name {
            f("KeyName", v.expr());
        }
        if let Some(v) = &self.launch_template {
            f("LaunchTemplate", v.expr());
        }
        if let Some(v) = &self.license_specifications {
            f("LicenseSpecifications", v.expr());
        }
        if let Some(v) = &self.metadata_options {
            f("MetadataOptions", v.expr());
        }
        if let Some(v) = &self.monitoring {
            f("Monitoring", v.expr());
        }
        if let Some(v) = &self.network_interfaces {
            f("NetworkInterfaces", v.expr());
        }
        if let Some(v) = &self.placement_group_name {
            f("PlacementGroupName", v.expr());
        }
        if let Some(v) = &self.private_dns_name_options {
            f("PrivateDnsNameOptions", v.expr());
        }
        if let Some(v) = &self.private_ip_address {
            f("PrivateIpAddress", v.expr());
        }
        if let Some(v) = &self.propagate_tags_to_volume_on_creation {
            f("PropagateTagsToVolumeOnCreation", v.expr());
        }
        if let Some(v) = &self.ramdisk_id {
            f("RamdiskId", v.expr());
        }
        if let Some(v) = &self.security_group_ids {
            f("SecurityGroupIds", v.expr());
        }
        if let Some(v) = &self.security_groups {
            f("SecurityGroups", v.expr());
        }
        if let Some(v) = &self.source_dest_check {
            f("SourceDestCheck", v.expr());
        }
        if let Some(v) = &self.ssm_associations {
            f("SsmAssociations", v.expr());
        }
        if let Some(v) = &self.subnet_id {
            f("SubnetId", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.tenancy {
            f("Tenancy", v.expr());
        }
        if let Some(v) = &self.user_data {
            f("UserData", v.expr());
        }
        if let Some(v) = &self.volumes {
            f("Volumes", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Instance`] handle (in scope with the crate's `prelude`).
pub trait InstanceAttributes: GetAtt {
    /// `Fn::GetAtt` `InstanceId`.
    #[must_use]
    fn attr_instance_id(&self) -> Value<String> {
        self.get_att("InstanceId")
    }
    /// `Fn::GetAtt` `PrivateIp`.
    #[must_use]
    fn attr_private_ip(&self) -> Value<String> {
        self.get_att("PrivateIp")
    }
    /// `Fn::GetAtt` `PublicDnsName`.
    #[must_use]
    fn attr_public_dns_name(&self) -> Value<String> {
        self.get_att("PublicDnsName")
    }
    /// `Fn::GetAtt` `PublicIp`.
    #[must_use]
    fn attr_public_ip(&self) -> Value<String> {
        self.get_att("PublicIp")
    }
    /// `Fn::GetAtt` `PrivateDnsName`.
    #[must_use]
    fn attr_private_dns_name(&self) -> Value<String> {
        self.get_att("PrivateDnsName")
    }
    /// `Fn::GetAtt` `VpcId`.
    #[must_use]
    fn attr_vpc_id(&self) -> Value<String> {
        self.get_att("VpcId")
    }
    /// `Fn::GetAtt` `State.Code`.
    #[must_use]
    fn attr_state_code(&self) -> Value<String> {
        self.get_att("State.Code")
    }
    /// `Fn::GetAtt` `State.Name`.
    #[must_use]
    fn attr_state_name(&self) -> Value<String> {
        self.get_att("State.Name")
    }
}
impl InstanceAttributes for ResourceRef<Instance> {}
impl Identified for Instance {}
static INSTANCE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::Instance",
    create_only: &[
        "/properties/AvailabilityZone",
        "/properties/CpuOptions",
        "/properties/ElasticGpuSpecifications",
        "/properties/ElasticInferenceAccelerators",
        "/properties/EnclaveOptions",
        "/properties/HibernationOptions",
        "/properties/HostResourceGroupArn",
        "/properties/ImageId",
        "/properties/Ipv6AddressCount",
        "/properties/Ipv6Addresses",
        "/properties/KeyName",
        "/properties/LaunchTemplate",
        "/properties/LicenseSpecifications",
        "/properties/NetworkInterfaces",
        "/properties/PlacementGroupName",
        "/properties/PrivateIpAddress",
        "/properties/SecurityGroups",
        "/properties/SubnetId",
    ],
    read_only: &[
        "/properties/InstanceId",
        "/properties/PrivateIp",
        "/properties/PublicDnsName",
        "/properties/PublicIp",
        "/properties/PrivateDnsName",
        "/properties/VpcId",
        "/properties/State",
    ],
    attributes: &[
        "InstanceId",
        "PrivateIp",
        "PublicDnsName",
        "PublicIp",
        "PrivateDnsName",
        "VpcId",
        "State.Code",
        "State.Name",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::EC2::Instance`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html).
pub mod instance {
    use zimbra_constructs_core::resource::IdOf;
    use zimbra_constructs_core::value::{Expr, Json, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::Instance.BlockDeviceMapping`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-blockdevicemapping.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct BlockDeviceMapping {
        /// `DeviceName` (required).
        pub device_name: Value<String>,
        /// `Ebs`.
        pub ebs: Option<Value<Ebs>>,
        /// `NoDevice`.
        pub no_device: Option<Value<Json>>,
        /// `VirtualName`.
        pub virtual_name: Option<Value<String>>,
    }
    impl BlockDeviceMapping {
        /// New value from its required properties.
        #[must_use]
        pub fn new(device_name: impl Into<Value<String>>) -> Self {
            Self {
                device_name: device_name.into(),
                ebs: None,
                no_device: None,
                virtual_name: None,
            }
        }
        /// Sets `Ebs`.
        #[must_use]
        pub fn set_ebs(mut self, v: impl Into<Value<Ebs>>) -> Self {
            self.ebs = Some(v.into());
            self
        }
        /// Sets `NoDevice`.
        #[must_use]
        pub fn set_no_device(mut self, v: impl Into<Value<Json>>) -> Self {
            self.no_device = Some(v.into());
            self
        }
        /// Sets `VirtualName`.
        #[must_use]
        pub fn set_virtual_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.virtual_name = Some(v.into());
            self
        }
    }
    impl ToExpr for BlockDeviceMapping {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("DeviceName", &self.device_name);
            m.set("Ebs", self.ebs.as_ref());
            m.set("NoDevice", self.no_device.as_ref());
            m.set("VirtualName", self.virtual_name.as_ref());
            m.finish()
        }
    }
    impl From<BlockDeviceMapping> for Value<BlockDeviceMapping> {
        fn from(v: BlockDeviceMapping) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.Ebs`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ebs.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ebs {
        /// `DeleteOnTermination`.
        pub delete_on_termination: Option<Value<bool>>,
        /// `Encrypted`.
        pub encrypted: Option<Value<bool>>,
        /// `Iops`.
        pub iops: Option<Value<i64>>,
        /// `KmsKeyId`.
        pub kms_key_id: Option<Value<String>>,
        /// `SnapshotId`.
        pub snapshot_id: Option<Value<String>>,
        /// `VolumeSize`.
        pub volume_size: Option<Value<i64>>,
        /// `VolumeType`.
        pub volume_type: Option<Value<String>>,
    }
    impl Ebs {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                delete_on_termination: None,
                encrypted: None,
                iops: None,
                kms_key_id: None,
                snapshot_id: None,
                volume_size: None,
                volume_type: None,
            }
        }
        /// Sets `DeleteOnTermination`.
        #[must_use]
        pub fn set_delete_on_termination(mut self, v: impl Into<Value<bool>>) -> Self {
            self.delete_on_termination = Some(v.into());
            self
        }
        /// Sets `Encrypted`.
        #[must_use]
        pub fn set_encrypted(mut self, v: impl Into<Value<bool>>) -> Self {
            self.encrypted = Some(v.into());
            self
        }
        /// Sets `Iops`.
        #[must_use]
        pub fn set_iops(mut self, v: impl Into<Value<i64>>) -> Self {
            self.iops = Some(v.into());
            self
        }
        /// Sets `KmsKeyId`.
        #[must_use]
        pub fn set_kms_key_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.kms_key_id = Some(v.into());
            self
        }
        /// Sets `SnapshotId`.
        #[must_use]
        pub fn set_snapshot_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.snapshot_id = Some(v.into());
            self
        }
        /// Sets `VolumeSize`.
        #[must_use]
        pub fn set_volume_size(mut self, v: impl Into<Value<i64>>) -> Self {
            self.volume_size = Some(v.into());
            self
        }
        /// Sets `VolumeType`.
        #[must_use]
        pub fn set_volume_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.volume_type = Some(v.into());
            self
        }
    }
    impl Default for Ebs {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Ebs {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DeleteOnTermination", self.delete_on_termination.as_ref());
            m.set("Encrypted", self.encrypted.as_ref());
            m.set("Iops", self.iops.as_ref());
            m.set("KmsKeyId", self.kms_key_id.as_ref());
            m.set("SnapshotId", self.snapshot_id.as_ref());
            m.set("VolumeSize", self.volume_size.as_ref());
            m.set("VolumeType", self.volume_type.as_ref());
            m.finish()
        }
    }
    impl From<Ebs> for Value<Ebs> {
        fn from(v: Ebs) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.CpuOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-cpuoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CpuOptions {
        /// `CoreCount`.
        pub core_count: Option<Value<i64>>,
        /// `ThreadsPerCore`.
        pub threads_per_core: Option<Value<i64>>,
    }
    impl CpuOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                core_count: None,
                threads_per_core: None,
            }
        }
        /// Sets `CoreCount`.
        #[must_use]
        pub fn set_core_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.core_count = Some(v.into());
            self
        }
        /// Sets `ThreadsPerCore`.
        #[must_use]
        pub fn set_threads_per_core(mut self, v: impl Into<Value<i64>>) -> Self {
            self.threads_per_core = Some(v.into());
            self
        }
    }
    impl Default for CpuOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CpuOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CoreCount", self.core_count.as_ref());
            m.set("ThreadsPerCore", self.threads_per_core.as_ref());
            m.finish()
        }
    }
    impl From<CpuOptions> for Value<CpuOptions> {
        fn from(v: CpuOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.CreditSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-creditspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreditSpecification {
        /// `CPUCredits`.
        pub cpu_credits: Option<Value<String>>,
    }
    impl CreditSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { cpu_credits: None }
        }
        /// Sets `CPUCredits`.
        #[must_use]
        pub fn set_cpu_credits(mut self, v: impl Into<Value<String>>) -> Self {
            self.cpu_credits = Some(v.into());
            self
        }
    }
    impl Default for CreditSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CreditSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CPUCredits", self.cpu_credits.as_ref());
            m.finish()
        }
    }
    impl From<CreditSpecification> for Value<CreditSpecification> {
        fn from(v: CreditSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.ElasticGpuSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-elasticgpuspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ElasticGpuSpecification {
        /// `Type` (required).
        pub r#type: Value<String>,
    }
    impl ElasticGpuSpecification {
        /// New value from its required properties.
        #[must_use]
        pub fn new(r#type: impl Into<Value<String>>) -> Self {
            Self {
                r#type: r#type.into(),
            }
        }
    }
    impl ToExpr for ElasticGpuSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Type", &self.r#type);
            m.finish()
        }
    }
    impl From<ElasticGpuSpecification> for Value<ElasticGpuSpecification> {
        fn from(v: ElasticGpuSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.ElasticInferenceAccelerator`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-elasticinferenceaccelerator.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ElasticInferenceAccelerator {
        /// `Count`.
        pub count: Option<Value<i64>>,
        /// `Type` (required).
        pub r#type: Value<String>,
    }
    impl ElasticInferenceAccelerator {
        /// New value from its required properties.
        #[must_use]
        pub fn new(r#type: impl Into<Value<String>>) -> Self {
            Self {
                count: None,
                r#type: r#type.into(),
            }
        }
        /// Sets `Count`.
        #[must_use]
        pub fn set_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.count = Some(v.into());
            self
        }
    }
    impl ToExpr for ElasticInferenceAccelerator {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Count", self.count.as_ref());
            m.put("Type", &self.r#type);
            m.finish()
        }
    }
    impl From<ElasticInferenceAccelerator> for Value<ElasticInferenceAccelerator> {
        fn from(v: ElasticInferenceAccelerator) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.EnclaveOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-enclaveoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EnclaveOptions {
        /// `Enabled`.
        pub enabled: Option<Value<bool>>,
    }
    impl EnclaveOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { enabled: None }
        }
        /// Sets `Enabled`.
        #[must_use]
        pub fn set_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enabled = Some(v.into());
            self
        }
    }
    impl Default for EnclaveOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for EnclaveOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Enabled", self.enabled.as_ref());
            m.finish()
        }
    }
    impl From<EnclaveOptions> for Value<EnclaveOptions> {
        fn from(v: EnclaveOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.HibernationOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-hibernationoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct HibernationOptions {
        /// `Configured`.
        pub configured: Option<Value<bool>>,
    }
    impl HibernationOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { configured: None }
        }
        /// Sets `Configured`.
        #[must_use]
        pub fn set_configured(mut self, v: impl Into<Value<bool>>) -> Self {
            self.configured = Some(v.into());
            self
        }
    }
    impl Default for HibernationOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for HibernationOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Configured", self.configured.as_ref());
            m.finish()
        }
    }
    impl From<HibernationOptions> for Value<HibernationOptions> {
        fn from(v: HibernationOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.InstanceIpv6Address`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-instanceipv6address.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InstanceIpv6Address {
        /// `Ipv6Address` (required).
        pub ipv6_address: Value<String>,
    }
    impl InstanceIpv6Address {
        /// New value from its required properties.
        #[must_use]
        pub fn new(ipv6_address: impl Into<Value<String>>) -> Self {
            Self {
                ipv6_address: ipv6_address.into(),
            }
        }
    }
    impl ToExpr for InstanceIpv6Address {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Ipv6Address", &self.ipv6_address);
            m.finish()
        }
    }
    impl From<InstanceIpv6Address> for Value<InstanceIpv6Address> {
        fn from(v: InstanceIpv6Address) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.LaunchTemplateSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-launchtemplatespecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LaunchTemplateSpecification {
        /// `LaunchTemplateId`.
        pub launch_template_id: Option<Value<String>>,
        /// `LaunchTemplateName`.
        pub launch_template_name: Option<Value<String>>,
        /// `Version`.
        pub version: Option<Value<String>>,
    }
    impl LaunchTemplateSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                launch_template_id: None,
                launch_template_name: None,
                version: None,
            }
        }
        /// Sets `LaunchTemplateId`.
        #[must_use]
        pub fn set_launch_template_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.launch_template_id = Some(v.into());
            self
        }
        /// Sets `LaunchTemplateName`.
        #[must_use]
        pub fn set_launch_template_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.launch_template_name = Some(v.into());
            self
        }
        /// Sets `Version`.
        #[must_use]
        pub fn set_version(mut self, v: impl Into<Value<String>>) -> Self {
            self.version = Some(v.into());
            self
        }
    }
    impl Default for LaunchTemplateSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for LaunchTemplateSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("LaunchTemplateId", self.launch_template_id.as_ref());
            m.set("LaunchTemplateName", self.launch_template_name.as_ref());
            m.set("Version", self.version.as_ref());
            m.finish()
        }
    }
    impl From<LaunchTemplateSpecification> for Value<LaunchTemplateSpecification> {
        fn from(v: LaunchTemplateSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.LicenseSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-licensespecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LicenseSpecification {
        /// `LicenseConfigurationArn` (required).
        pub license_configuration_arn: Value<String>,
    }
    impl LicenseSpecification {
        /// New value from its required properties.
        #[must_use]
        pub fn new(license_configuration_arn: impl Into<Value<String>>) -> Self {
            Self {
                license_configuration_arn: license_configuration_arn.into(),
            }
        }
    }
    impl ToExpr for LicenseSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("LicenseConfigurationArn", &self.license_configuration_arn);
            m.finish()
        }
    }
    impl From<LicenseSpecification> for Value<LicenseSpecification> {
        fn from(v: LicenseSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.MetadataOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-metadataoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MetadataOptions {
        /// `HttpEndpoint`.
        pub http_endpoint: Option<Value<String>>,
        /// `HttpProtocolIpv6`.
        pub http_protocol_ipv6: Option<Value<String>>,
        /// `HttpPutResponseHopLimit`.
        pub http_put_response_hop_limit: Option<Value<i64>>,
        /// `HttpTokens`.
        pub http_tokens: Option<Value<String>>,
        /// `InstanceMetadataTags`.
        pub instance_metadata_tags: Option<Value<String>>,
    }
    impl MetadataOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                http_endpoint: None,
                http_protocol_ipv6: None,
                http_put_response_hop_limit: None,
                http_tokens: None,
                instance_metadata_tags: None,
            }
        }
        /// Sets `HttpEndpoint`.
        #[must_use]
        pub fn set_http_endpoint(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_endpoint = Some(v.into());
            self
        }
        /// Sets `HttpProtocolIpv6`.
        #[must_use]
        pub fn set_http_protocol_ipv6(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_protocol_ipv6 = Some(v.into());
            self
        }
        /// Sets `HttpPutResponseHopLimit`.
        #[must_use]
        pub fn set_http_put_response_hop_limit(mut self, v: impl Into<Value<i64>>) -> Self {
            self.http_put_response_hop_limit = Some(v.into());
            self
        }
        /// Sets `HttpTokens`.
        #[must_use]
        pub fn set_http_tokens(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_tokens = Some(v.into());
            self
        }
        /// Sets `InstanceMetadataTags`.
        #[must_use]
        pub fn set_instance_metadata_tags(mut self, v: impl Into<Value<String>>) -> Self {
            self.instance_metadata_tags = Some(v.into());
            self
        }
    }
    impl Default for MetadataOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for MetadataOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("HttpEndpoint", self.http_endpoint.as_ref());
            m.set("HttpProtocolIpv6", self.http_protocol_ipv6.as_ref());
            m.set(
                "HttpPutResponseHopLimit",
                self.http_put_response_hop_limit.as_ref(),
            );
            m.set("HttpTokens", self.http_tokens.as_ref());
            m.set("InstanceMetadataTags", self.instance_metadata_tags.as_ref());
            m.finish()
        }
    }
    impl From<MetadataOptions> for Value<MetadataOptions> {
        fn from(v: MetadataOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.NetworkInterface`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-networkinterface.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkInterface {
        /// `AssociateCarrierIpAddress`.
        pub associate_carrier_ip_address: Option<Value<bool>>,
        /// `AssociatePublicIpAddress`.
        pub associate_public_ip_address: Option<Value<bool>>,
        /// `DeleteOnTermination`.
        pub delete_on_termination: Option<Value<bool>>,
        /// `Description`.
        pub description: Option<Value<String>>,
        /// `DeviceIndex` (required).
        pub device_index: Value<String>,
        /// `EnaSrdSpecification`.
        pub ena_srd_specification: Option<Value<EnaSrdSpecification>>,
        /// `GroupSet`.
        pub group_set: Option<Value<Vec<String>>>,
        /// `Ipv6AddressCount`.
        pub ipv6_address_count: Option<Value<i64>>,
        /// `Ipv6Addresses`.
        pub ipv6_addresses: Option<Value<Vec<InstanceIpv6Address>>>,
        /// `NetworkInterfaceId`.
        pub network_interface_id: Option<Value<String>>,
        /// `PrivateIpAddress`.
        pub private_ip_address: Option<Value<String>>,
        /// `PrivateIpAddresses`.
        pub private_ip_addresses: Option<Value<Vec<PrivateIpAddressSpecification>>>,
        /// `SecondaryPrivateIpAddressCount`.
        pub secondary_private_ip_address_count: Option<Value<i64>>,
        /// `SubnetId`.
        pub subnet_id: Option<Value<IdOf<super::Subnet>>>,
    }
    impl NetworkInterface {
        /// New value from its required properties.
        #[must_use]
        pub fn new(device_index: impl Into<Value<String>>) -> Self {
            Self {
                associate_carrier_ip_address: None,
                associate_public_ip_address: None,
                delete_on_termination: None,
                description: None,
                device_index: device_index.into(),
                ena_srd_specification: None,
                group_set: None,
                ipv6_address_count: None,
                ipv6_addresses: None,
                network_interface_id: None,
                private_ip_address: None,
                private_ip_addresses: None,
                secondary_private_ip_address_count: None,
                subnet_id: None,
            }
        }
        /// Sets `AssociateCarrierIpAddress`.
        #[must_use]
        pub fn set_associate_carrier_ip_address(mut self, v: impl Into<Value<bool>>) -> Self {
            self.associate_carrier_ip_address = Some(v.into());
            self
        }
        /// Sets `AssociatePublicIpAddress`.
        #[must_use]
        pub fn set_associate_public_ip_address(mut self, v: impl Into<Value<bool>>) -> Self {
            self.associate_public_ip_address = Some(v.into());
            self
        }
        /// Sets `DeleteOnTermination`.
        #[must_use]
        pub fn set_delete_on_termination(mut self, v: impl Into<Value<bool>>) -> Self {
            self.delete_on_termination = Some(v.into());
            self
        }
        /// Sets `Description`.
        #[must_use]
        pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
            self.description = Some(v.into());
            self
        }
        /// Sets `EnaSrdSpecification`.
        #[must_use]
        pub fn set_ena_srd_specification(
            mut self,
            v: impl Into<Value<EnaSrdSpecification>>,
        ) -> Self {
            self.ena_srd_specification = Some(v.into());
            self
        }
        /// Sets `GroupSet`.
        #[must_use]
        pub fn set_group_set(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.group_set = Some(v.into());
            self
        }
        /// Sets `Ipv6AddressCount`.
        #[must_use]
        pub fn set_ipv6_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.ipv6_address_count = Some(v.into());
            self
        }
        /// Sets `Ipv6Addresses`.
        #[must_use]
        pub fn set_ipv6_addresses(mut self, v: impl Into<Value<Vec<InstanceIpv6Address>>>) -> Self {
            self.ipv6_addresses = Some(v.into());
            self
        }
        /// Sets `NetworkInterfaceId`.
        #[must_use]
        pub fn set_network_interface_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.network_interface_id = Some(v.into());
            self
        }
        /// Sets `PrivateIpAddress`.
        #[must_use]
        pub fn set_private_ip_address(mut self, v: impl Into<Value<String>>) -> Self {
            self.private_ip_address = Some(v.into());
            self
        }
        /// Sets `PrivateIpAddresses`.
        #[must_use]
        pub fn set_private_ip_addresses(
            mut self,
            v: impl Into<Value<Vec<PrivateIpAddressSpecification>>>,
        ) -> Self {
            self.private_ip_addresses = Some(v.into());
            self
        }
        /// Sets `SecondaryPrivateIpAddressCount`.
        #[must_use]
        pub fn set_secondary_private_ip_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.secondary_private_ip_address_count = Some(v.into());
            self
        }
        /// Sets `SubnetId`.
        #[must_use]
        pub fn set_subnet_id(mut self, v: impl Into<Value<IdOf<super::Subnet>>>) -> Self {
            self.subnet_id = Some(v.into());
            self
        }
    }
    impl ToExpr for NetworkInterface {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AssociateCarrierIpAddress",
                self.associate_carrier_ip_address.as_ref(),
            );
            m.set(
                "AssociatePublicIpAddress",
                self.associate_public_ip_address.as_ref(),
            );
            m.set("DeleteOnTermination", self.delete_on_termination.as_ref());
            m.set("Description", self.description.as_ref());
            m.put("DeviceIndex", &self.device_index);
            m.set("EnaSrdSpecification", self.ena_srd_specification.as_ref());
            m.set("GroupSet", self.group_set.as_ref());
            m.set("Ipv6AddressCount", self.ipv6_address_count.as_ref());
            m.set("Ipv6Addresses", self.ipv6_addresses.as_ref());
            m.set("NetworkInterfaceId", self.network_interface_id.as_ref());
            m.set("PrivateIpAddress", self.private_ip_address.as_ref());
            m.set("PrivateIpAddresses", self.private_ip_addresses.as_ref());
            m.set(
                "SecondaryPrivateIpAddressCount",
                self.secondary_private_ip_address_count.as_ref(),
            );
            m.set("SubnetId", self.subnet_id.as_ref());
            m.finish()
        }
    }
    impl From<NetworkInterface> for Value<NetworkInterface> {
        fn from(v: NetworkInterface) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.EnaSrdSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-enasrdspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EnaSrdSpecification {
        /// `EnaSrdEnabled`.
        pub ena_srd_enabled: Option<Value<bool>>,
        /// `EnaSrdUdpSpecification`.
        pub ena_srd_udp_specification: Option<Value<EnaSrdUdpSpecification>>,
    }
    impl EnaSrdSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                ena_srd_enabled: None,
                ena_srd_udp_specification: None,
            }
        }
        /// Sets `EnaSrdEnabled`.
        #[must_use]
        pub fn set_ena_srd_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.ena_srd_enabled = Some(v.into());
            self
        }
        /// Sets `EnaSrdUdpSpecification`.
        #[must_use]
        pub fn set_ena_srd_udp_specification(
            mut self,
            v: impl Into<Value<EnaSrdUdpSpecification>>,
        ) -> Self {
            self.ena_srd_udp_specification = Some(v.into());
            self
        }
    }
    impl Default for EnaSrdSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for EnaSrdSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EnaSrdEnabled", self.ena_srd_enabled.as_ref());
            m.set(
                "EnaSrdUdpSpecification",
                self.ena_srd_udp_specification.as_ref(),
            );
            m.finish()
        }
    }
    impl From<EnaSrdSpecification> for Value<EnaSrdSpecification> {
        fn from(v: EnaSrdSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.EnaSrdUdpSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-enasrdudpspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EnaSrdUdpSpecification {
        /// `EnaSrdUdpEnabled`.
        pub ena_srd_udp_enabled: Option<Value<bool>>,
    }
    impl EnaSrdUdpSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                ena_srd_udp_enabled: None,
            }
        }
        /// Sets `EnaSrdUdpEnabled`.
        #[must_use]
        pub fn set_ena_srd_udp_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.ena_srd_udp_enabled = Some(v.into());
            self
        }
    }
    impl Default for EnaSrdUdpSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for EnaSrdUdpSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EnaSrdUdpEnabled", self.ena_srd_udp_enabled.as_ref());
            m.finish()
        }
    }
    impl From<EnaSrdUdpSpecification> for Value<EnaSrdUdpSpecification> {
        fn from(v: EnaSrdUdpSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.PrivateIpAddressSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-privateipaddressspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PrivateIpAddressSpecification {
        /// `Primary` (required).
        pub primary: Value<bool>,
        /// `PrivateIpAddress` (required).
        pub private_ip_address: Value<String>,
    }
    impl PrivateIpAddressSpecification {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            primary: impl Into<Value<bool>>,
            private_ip_address: impl Into<Value<String>>,
        ) -> Self {
            Self {
                primary: primary.into(),
                private_ip_address: private_ip_address.into(),
            }
        }
    }
    impl ToExpr for PrivateIpAddressSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Primary", &self.primary);
            m.put("PrivateIpAddress", &self.private_ip_address);
            m.finish()
        }
    }
    impl From<PrivateIpAddressSpecification> for Value<PrivateIpAddressSpecification> {
        fn from(v: PrivateIpAddressSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.PrivateDnsNameOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-privatednsnameoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PrivateDnsNameOptions {
        /// `EnableResourceNameDnsAAAARecord`.
        pub enable_resource_name_dns_aaaa_record: Option<Value<bool>>,
        /// `EnableResourceNameDnsARecord`.
        pub enable_resource_name_dns_a_record: Option<Value<bool>>,
        /// `HostnameType`.
        pub hostname_type: Option<Value<String>>,
    }
    impl PrivateDnsNameOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                enable_resource_name_dns_aaaa_record: None,
                enable_resource_name_dns_a_record: None,
                hostname_type: None,
            }
        }
        /// Sets `EnableResourceNameDnsAAAARecord`.
        #[must_use]
        pub fn set_enable_resource_name_dns_aaaa_record(
            mut self,
            v: impl Into<Value<bool>>,
        ) -> Self {
            self.enable_resource_name_dns_aaaa_record = Some(v.into());
            self
        }
        /// Sets `EnableResourceNameDnsARecord`.
        #[must_use]
        pub fn set_enable_resource_name_dns_a_record(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enable_resource_name_dns_a_record = Some(v.into());
            self
        }
        /// Sets `HostnameType`.
        #[must_use]
        pub fn set_hostname_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.hostname_type = Some(v.into());
            self
        }
    }
    impl Default for PrivateDnsNameOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for PrivateDnsNameOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "EnableResourceNameDnsAAAARecord",
                self.enable_resource_name_dns_aaaa_record.as_ref(),
            );
            m.set(
                "EnableResourceNameDnsARecord",
                self.enable_resource_name_dns_a_record.as_ref(),
            );
            m.set("HostnameType", self.hostname_type.as_ref());
            m.finish()
        }
    }
    impl From<PrivateDnsNameOptions> for Value<PrivateDnsNameOptions> {
        fn from(v: PrivateDnsNameOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.SsmAssociation`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ssmassociation.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SsmAssociation {
        /// `AssociationParameters`.
        pub association_parameters: Option<Value<Vec<AssociationParameter>>>,
        /// `DocumentName` (required).
        pub document_name: Value<String>,
    }
    impl SsmAssociation {
        /// New value from its required properties.
        #[must_use]
        pub fn new(document_name: impl Into<Value<String>>) -> Self {
            Self {
                association_parameters: None,
                document_name: document_name.into(),
            }
        }
        /// Sets `AssociationParameters`.
        #[must_use]
        pub fn set_association_parameters(
            mut self,
            v: impl Into<Value<Vec<AssociationParameter>>>,
        ) -> Self {
            self.association_parameters = Some(v.into());
            self
        }
    }
    impl ToExpr for SsmAssociation {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AssociationParameters",
                self.association_parameters.as_ref(),
            );
            m.put("DocumentName", &self.document_name);
            m.finish()
        }
    }
    impl From<SsmAssociation> for Value<SsmAssociation> {
        fn from(v: SsmAssociation) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.AssociationParameter`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-associationparameter.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AssociationParameter {
        /// `Key` (required).
        pub key: Value<String>,
        /// `Value` (required).
        pub value: Value<Vec<String>>,
    }
    impl AssociationParameter {
        /// New value from its required properties.
        #[must_use]
        pub fn new(key: impl Into<Value<String>>, value: impl Into<Value<Vec<String>>>) -> Self {
            Self {
                key: key.into(),
                value: value.into(),
            }
        }
    }
    impl ToExpr for AssociationParameter {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Key", &self.key);
            m.put("Value", &self.value);
            m.finish()
        }
    }
    impl From<AssociationParameter> for Value<AssociationParameter> {
        fn from(v: AssociationParameter) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::Instance.Volume`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-volume.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Volume {
        /// `Device` (required).
        pub device: Value<String>,
        /// `VolumeId` (required).
        pub volume_id: Value<IdOf<super::Volume>>,
    }
    impl Volume {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            device: impl Into<Value<String>>,
            volume_id: impl Into<Value<IdOf<super::Volume>>>,
        ) -> Self {
            Self {
                device: device.into(),
                volume_id: volume_id.into(),
            }
        }
    }
    impl ToExpr for Volume {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Device", &self.device);
            m.put("VolumeId", &self.volume_id);
            m.finish()
        }
    }
    impl From<Volume> for Value<Volume> {
        fn from(v: Volume) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::Volume`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    /// `AutoEnableIO`.
    pub auto_enable_io: Option<Value<bool>>,
    /// `AvailabilityZone`.
    pub availability_zone: Option<Value<String>>,
    /// `AvailabilityZoneId`.
    pub availability_zone_id: Option<Value<String>>,
    /// `Encrypted`.
    pub encrypted: Option<Value<bool>>,
    /// `Iops`.
    pub iops: Option<Value<i64>>,
    /// `KmsKeyId`.
    pub kms_key_id: Option<Value<String>>,
    /// `MultiAttachEnabled`.
    pub multi_attach_enabled: Option<Value<bool>>,
    /// `OutpostArn`.
    pub outpost_arn: Option<Value<String>>,
    /// `Size`.
    pub size: Option<Value<i64>>,
    /// `SnapshotId`.
    pub snapshot_id: Option<Value<String>>,
    /// `SourceVolumeId`.
    pub source_volume_id: Option<Value<String>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `Throughput`.
    pub throughput: Option<Value<i64>>,
    /// `VolumeInitializationRate`.
    pub volume_initialization_rate: Option<Value<i64>>,
    /// `VolumeType`.
    pub volume_type: Option<Value<String>>,
}
impl Volume {
    /// New resource with no properties set.
    #[must_use]
    pub fn new() -> Self {
        Self {
            auto_enable_io: None,
            availability_zone: None,
            availability_zone_id: None,
            encrypted: None,
            iops: None,
            kms_key_id: None,
            multi_attach_enabled: None,
            outpost_arn: None,
            size: None,
            snapshot_id: None,
            source_volume_id: None,
            tags: None,
            throughput: None,
            volume_initialization_rate: None,
            volume_type: None,
        }
    }
    /// Sets `AutoEnableIO`.
    #[must_use]
    pub fn set_auto_enable_io(mut self, v: impl Into<Value<bool>>) -> Self {
        self.auto_enable_io = Some(v.into());
        self
    }
    /// Sets `AvailabilityZone`.
    #[must_use]
    pub fn set_availability_zone(mut self, v: impl Into<Value<String>>) -> Self {
        self.availability_zone = Some(v.into());
        self
    }
    /// Sets `AvailabilityZoneId`.
    #[must_use]
    pub fn set_availability_zone_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.availability_zone_id = Some(v.into());
        self
    }
    /// Sets `Encrypted`.
    #[must_use]
    pub fn set_encrypted(mut self, v: impl Into<Value<bool>>) -> Self {
        self.encrypted = Some(v.into());
        self
    }
    /// Sets `Iops`.
    #[must_use]
    pub fn set_iops(mut self, v: impl Into<Value<i64>>) -> Self {
        self.iops = Some(v.into());
        self
    }
    /// Sets `KmsKeyId`.
    #[must_use]
    pub fn set_kms_key_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.kms_key_id = Some(v.into());
        self
    }
    /// Sets `MultiAttachEnabled`.
    #[must_use]
    pub fn set_multi_attach_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
        self.multi_attach_enabled = Some(v.into());
        self
    }
    /// Sets `OutpostArn`.
    #[must_use]
    pub fn set_outpost_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.outpost_arn = Some(v.into());
        self
    }
    /// Sets `Size`.
    #[must_use]
    pub fn set_size(mut self, v: impl Into<Value<i64>>) -> Self {
        self.size = Some(v.into());
        self
    }
    /// Sets `SnapshotId`.
    #[must_use]
    pub fn set_snapshot_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.snapshot_id = Some(v.into());
        self
    }
    /// Sets `SourceVolumeId`.
    #[must_use]
    pub fn set_source_volume_id(mut self, v: impl Into<Value<String>>) -> Self {
        self.source_volume_id = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `Throughput`.
    #[must_use]
    pub fn set_throughput(mut self, v: impl Into<Value<i64>>) -> Self {
        self.throughput = Some(v.into());
        self
    }
    /// Sets `VolumeInitializationRate`.
    #[must_use]
    pub fn set_volume_initialization_rate(mut self, v: impl Into<Value<i64>>) -> Self {
        self.volume_initialization_rate = Some(v.into());
        self
    }
    /// Sets `VolumeType`.
    #[must_use]
    pub fn set_volume_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.volume_type = Some(v.into());
        self
    }
}
impl Default for Volume {
    fn default() -> Self {
        Self::new()
    }
}
impl Resource for Volume {
    const TYPE: &'static str = "AWS::EC2::Volume";
    const SCHEMA: &'static ResourceSchema = &VOLUME_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("AutoEnableIO", self.auto_enable_io.as_ref());
        m.set("AvailabilityZone", self.availability_zone.as_ref());
        m.set("AvailabilityZoneId", self.availability_zone_id.as_ref());
        m.set("Encrypted", self.encrypted.as_ref());
        m.set("Iops", self.iops.as_ref());
        m.set("KmsKeyId", self.kms_key_id.as_ref());
        m.set("MultiAttachEnabled", self.multi_attach_enabled.as_ref());
        m.set("OutpostArn", self.outpost_arn.as_ref());
        m.set("Size", self.size.as_ref());
        m.set("SnapshotId", self.snapshot_id.as_ref());
        m.set("SourceVolumeId", self.source_volume_id.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.set("Throughput", self.throughput.as_ref());
        m.set(
            "VolumeInitializationRate",
            self.volume_initialization_rate.as_ref(),
        );
        m.set("VolumeType", self.volume_type.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.auto_enable_io {
            f("AutoEnableIO", v.expr());
        }
        if let Some(v) = &self.availability_zone {
            f("AvailabilityZone", v.expr());
        }
        if let Some(v) = &self.availability_zone_id {
            f("AvailabilityZoneId", v.expr());
        }
        if let Some(v) = &self.encrypted {
            f("Encrypted", v.expr());
        }
        if let Some(v) = &self.iops {
            f("Iops", v.expr());
        }
        if let Some(v) = &self.kms_key_id {
            f("KmsKeyId", v.expr());
        }
        if let Some(v) = &self.multi_attach_enabled {
            f("MultiAttachEnabled", v.expr());
        }
        if let Some(v) = &self.outpost_arn {
            f("OutpostArn", v.expr());
        }
        if let Some(v) = &self.size {
            f("Size", v.expr());
        }
        if let Some(v) = &self.snapshot_id {
            f("SnapshotId", v.expr());
        }
        if let Some(v) = &self.source_volume_id {
            f("SourceVolumeId", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.throughput {
            f("Throughput", v.expr());
        }
        if let Some(v) = &self.volume_initialization_rate {
            f("VolumeInitializationRate", v.expr());
        }
        if let Some(v) = &self.volume_type {
            f("VolumeType", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`Volume`] handle (in scope with the crate's `prelude`).
pub trait VolumeAttributes: GetAtt {
    /// `Fn::GetAtt` `VolumeId`.
    #[must_use]
    fn attr_volume_id(&self) -> Value<String> {
        self.get_att("VolumeId")
    }
}
impl VolumeAttributes for ResourceRef<Volume> {}
impl Identified for Volume {}
static VOLUME_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::Volume",
    create_only: &[],
    read_only: &["/properties/VolumeId"],
    attributes: &["VolumeId"],
    tagging: Tagging::List,
};
/// [`AWS::EC2::VolumeAttachment`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volumeattachment.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeAttachment {
    /// `Device` (create-only).
    pub device: Option<Value<String>>,
    /// `EbsCardIndex` (create-only).
    pub ebs_card_index: Option<Value<i64>>,
    /// `InstanceId` (required, create-only).
    pub instance_id: Value<IdOf<Instance>>,
    /// `VolumeId` (required, create-only).
    pub volume_id: Value<IdOf<Volume>>,
}
impl VolumeAttachment {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        instance_id: impl Into<Value<IdOf<Instance>>>,
        volume_id: impl Into<Value<IdOf<Volume>>>,
    ) -> Self {
        Self {
            device: None,
            ebs_card_index: None,
            instance_id: instance_id.into(),
            volume_id: volume_id.into(),
        }
    }
    /// Sets `Device`.
    #[must_use]
    pub fn set_device(mut self, v: impl Into<Value<String>>) -> Self {
        self.device = Some(v.into());
        self
    }
    /// Sets `EbsCardIndex`.
    #[must_use]
    pub fn set_ebs_card_index(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ebs_card_index = Some(v.into());
        self
    }
}
impl Resource for VolumeAttachment {
    const TYPE: &'static str = "AWS::EC2::VolumeAttachment";
    const SCHEMA: &'static ResourceSchema = &VOLUME_ATTACHMENT_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Device", self.device.as_ref());
        m.set("EbsCardIndex", self.ebs_card_index.as_ref());
        m.put("InstanceId", &self.instance_id);
        m.put("VolumeId", &self.volume_id);
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.device {
            f("Device", v.expr());
        }
        if let Some(v) = &self.ebs_card_index {
            f("EbsCardIndex", v.expr());
        }
        f("InstanceId", self.instance_id.expr());
        f("VolumeId", self.volume_id.expr());
    }
}
static VOLUME_ATTACHMENT_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::VolumeAttachment",
    create_only: &[
        "/properties/Device",
        "/properties/InstanceId",
        "/properties/VolumeId",
        "/properties/EbsCardIndex",
    ],
    read_only: &[],
    attributes: &[],
    tagging: Tagging::None,
};
/// [`AWS::EC2::LaunchTemplate`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplate {
    /// `LaunchTemplateData` (required).
    pub launch_template_data: Value<launch_template::LaunchTemplateData>,
    /// `LaunchTemplateName` (create-only).
    pub launch_template_name: Option<Value<String>>,
    /// `TagSpecifications`.
    pub tag_specifications: Option<Value<Vec<launch_template::LaunchTemplateTagSpecification>>>,
    /// `VersionDescription`.
    pub version_description: Option<Value<String>>,
}
impl LaunchTemplate {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        launch_template_data: impl Into<Value<launch_template::LaunchTemplateData>>,
    ) -> Self {
        Self {
            launch_template_data: launch_template_data.into(),
            launch_template_name: None,
            tag_specifications: None,
            version_description: None,
        }
    }
    /// Sets `LaunchTemplateName`.
    #[must_use]
    pub fn set_launch_template_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.launch_template_name = Some(v.into());
        self
    }
    /// Sets `TagSpecifications`.
    #[must_use]
    pub fn set_tag_specifications(
        mut self,
        v: impl Into<Value<Vec<launch_template::LaunchTemplateTagSpecification>>>,
    ) -> Self {
        self.tag_specifications = Some(v.into());
        self
    }
    /// Sets `VersionDescription`.
    #[must_use]
    pub fn set_version_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.version_description = Some(v.into());
        self
    }
}
impl Resource for LaunchTemplate {
    const TYPE: &'static str = "AWS::EC2::LaunchTemplate";
    const SCHEMA: &'static ResourceSchema = &LAUNCH_TEMPLATE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.put("LaunchTemplateData", &self.launch_template_data);
        m.set("LaunchTemplateName", self.launch_template_name.as_ref());
        m.set("TagSpecifications", self.tag_specifications.as_ref());
        m.set("VersionDescription", self.version_description.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        f("LaunchTemplateData", self.launch_template_data.expr());
        if let Some(v) = &self.launch_template_name {
            f("LaunchTemplateName", v.expr());
        }
        if let Some(v) = &self.tag_specifications {
            f("TagSpecifications", v.expr());
        }
        if let Some(v) = &self.version_description {
            f("VersionDescription", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`LaunchTemplate`] handle (in scope with the crate's `prelude`).
pub trait LaunchTemplateAttributes: GetAtt {
    /// `Fn::GetAtt` `DefaultVersionNumber`.
    #[must_use]
    fn attr_default_version_number(&self) -> Value<String> {
        self.get_att("DefaultVersionNumber")
    }
    /// `Fn::GetAtt` `LaunchTemplateId`.
    #[must_use]
    fn attr_launch_template_id(&self) -> Value<String> {
        self.get_att("LaunchTemplateId")
    }
    /// `Fn::GetAtt` `LatestVersionNumber`.
    #[must_use]
    fn attr_latest_version_number(&self) -> Value<String> {
        self.get_att("LatestVersionNumber")
    }
}
impl LaunchTemplateAttributes for ResourceRef<LaunchTemplate> {}
static LAUNCH_TEMPLATE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::LaunchTemplate",
    create_only: &["/properties/LaunchTemplateName"],
    read_only: &[
        "/properties/DefaultVersionNumber",
        "/properties/LaunchTemplateId",
        "/properties/LatestVersionNumber",
    ],
    attributes: &[
        "DefaultVersionNumber",
        "LaunchTemplateId",
        "LatestVersionNumber",
    ],
    tagging: Tagging::None,
};
/// Property types of [`AWS::EC2::LaunchTemplate`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html).
pub mod launch_template {
    use zimbra_constructs_core::resource::IdOf;
    use zimbra_constructs_core::value::{Expr, PropertyMap, Tag, ToExpr, Value};
    /// [`AWS::EC2::LaunchTemplate.LaunchTemplateData`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatedata.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LaunchTemplateData {
        /// `BlockDeviceMappings`.
        pub block_device_mappings: Option<Value<Vec<BlockDeviceMapping>>>,
        /// `CapacityReservationSpecification`.
        pub capacity_reservation_specification: Option<Value<CapacityReservationSpecification>>,
        /// `CpuOptions`.
        pub cpu_options: Option<Value<CpuOptions>>,
        /// `CreditSpecification`.
        pub credit_specification: Option<Value<CreditSpecification>>,
        /// `DisableApiStop`.
        pub disable_api_stop: Option<Value<bool>>,
        /// `DisableApiTermination`.
        pub disable_api_termination: Option<Value<bool>>,
        /// `EbsOptimized`.
        pub ebs_optimized: Option<Value<bool>>,
        /// `EnclaveOptions`.
        pub enclave_options: Option<Value<EnclaveOptions>>,
        /// `HibernationOptions`.
        pub hibernation_options: Option<Value<HibernationOptions>>,
        /// `IamInstanceProfile`.
        pub iam_instance_profile: Option<Value<IamInstanceProfile>>,
        /// `ImageId`.
        pub image_id: Option<Value<String>>,
        /// `InstanceInitiatedShutdownBehavior`.
        pub instance_initiated_shutdown_behavior: Option<Value<String>>,
        /// `InstanceMarketOptions`.
        pub instance_market_options: Option<Value<InstanceMarketOptions>>,
        /// `InstanceRequirements`.
        pub instance_requirements: Option<Value<InstanceRequirements>>,
        /// `InstanceType`.
        pub instance_type: Option<Value<String>>,
        /// `KernelId`.
        pub kernel_id: Option<Value<String>>,
        /// `KeyName`.
        pub key_name: Option<Value<String>>,
        /// `LicenseSpecifications`.
        pub license_specifications: Option<Value<Vec<LicenseSpecification>>>,
        /// `MaintenanceOptions`.
        pub maintenance_options: Option<Value<MaintenanceOptions>>,
        /// `MetadataOptions`.
        pub metadata_options: Option<Value<MetadataOptions>>,
        /// `Monitoring`.
        pub monitoring: Option<Value<Monitoring>>,
        /// `NetworkInterfaces`.
        pub network_interfaces: Option<Value<Vec<NetworkInterface>>>,
        /// `NetworkPerformanceOptions`.
        pub network_performance_options: Option<Value<NetworkPerformanceOptions>>,
        /// `Placement`.
        pub placement: Option<Value<Placement>>,
        /// `PrivateDnsNameOptions`.
        pub private_dns_name_options: Option<Value<PrivateDnsNameOptions>>,
        /// `RamDiskId`.
        pub ram_disk_id: Option<Value<String>>,
        /// `SecurityGroupIds`.
        pub security_group_ids: Option<Value<Vec<IdOf<super::SecurityGroup>>>>,
        /// `SecurityGroups`.
        pub security_groups: Option<Value<Vec<String>>>,
        /// `TagSpecifications`.
        pub tag_specifications: Option<Value<Vec<TagSpecification>>>,
        /// `UserData`.
        pub user_data: Option<Value<String>>,
    }
    impl LaunchTemplateData {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                block_device_mappings: None,
                capacity_reservation_specification: None,
                cpu_options: None,
                credit_specification: None,
                disable_api_stop: None,
                disable_api_termination: None,
                ebs_optimized: None,
                enclave_options: None,
                hibernation_options: None,
                iam_instance_profile: None,
                image_id: None,
                instance_initiated_shutdown_behavior: None,
                instance_market_options: None,
                instance_requirements: None,
                instance_type: None,
                kernel_id: None,
                key_name: None,
                license_specifications: None,
                maintenance_options: None,
                metadata_options: None,
                monitoring: None,
                network_interfaces: None,
                network_performance_options: None,
                placement: None,
                private_dns_name_options: None,
                ram_disk_id: None,
                security_group_ids: None,
                security_groups: None,
                tag_specifications: None,
                user_data: None,
            }
        }
        /// Sets `BlockDeviceMappings`.
        #[must_use]
        pub fn set_block_device_mappings(
            mut self,
            v: impl Into<Value<Vec<BlockDeviceMapping>>>,
        ) -> Self {
            self.block_device_mappings = Some(v.into());
            self
        }
        /// Sets `CapacityReservationSpecification`.
        #[must_use]
        pub fn set_capacity_reservation_specification(
            mut self,
            v: impl Into<Value<CapacityReservationSpecification>>,
        ) -> Self {
            self.capacity_reservation_specification = Some(v.into());
            self
        }
        /// Sets `CpuOptions`.
        #[must_use]
        pub fn set_cpu_options(mut self, v: impl Into<Value<CpuOptions>>) -> Self {
            self.cpu_options = Some(v.into());
            self
        }
        /// Sets `CreditSpecification`.
        #[must_use]
        pub fn set_credit_specification(
            mut self,
            v: impl Into<Value<CreditSpecification>>,
        ) -> Self {
            self.credit_specification = Some(v.into());
            self
        }
        /// Sets `DisableApiStop`.
        #[must_use]
        pub fn set_disable_api_stop(mut self, v: impl Into<Value<bool>>) -> Self {
            self.disable_api_stop = Some(v.into());
            self
        }
        /// Sets `DisableApiTermination`.
        #[must_use]
        pub fn set_disable_api_termination(mut self, v: impl Into<Value<bool>>) -> Self {
            self.disable_api_termination = Some(v.into());
            self
        }
        /// Sets `EbsOptimized`.
        #[must_use]
        pub fn set_ebs_optimized(mut self, v: impl Into<Value<bool>>) -> Self {
            self.ebs_optimized = Some(v.into());
            self
        }
        /// Sets `EnclaveOptions`.
        #[must_use]
        pub fn set_enclave_options(mut self, v: impl Into<Value<EnclaveOptions>>) -> Self {
            self.enclave_options = Some(v.into());
            self
        }
        /// Sets `HibernationOptions`.
        #[must_use]
        pub fn set_hibernation_options(mut self, v: impl Into<Value<HibernationOptions>>) -> Self {
            self.hibernation_options = Some(v.into());
            self
        }
        /// Sets `IamInstanceProfile`.
        #[must_use]
        pub fn set_iam_instance_profile(mut self, v: impl Into<Value<IamInstanceProfile>>) -> Self {
            self.iam_instance_profile = Some(v.into());
            self
        }
        /// Sets `ImageId`.
        #[must_use]
        pub fn set_image_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.image_id = Some(v.into());
            self
        }
        /// Sets `InstanceInitiatedShutdownBehavior`.
        #[must_use]
        pub fn set_instance_initiated_shutdown_behavior(
            mut self,
            v: impl Into<Value<String>>,
        ) -> Self {
            self.instance_initiated_shutdown_behavior = Some(v.into());
            self
        }
        /// Sets `InstanceMarketOptions`.
        #[must_use]
        pub fn set_instance_market_options(
            mut self,
            v: impl Into<Value<InstanceMarketOptions>>,
        ) -> Self {
            self.instance_market_options = Some(v.into());
            self
        }
        /// Sets `InstanceRequirements`.
        #[must_use]
        pub fn set_instance_requirements(
            mut self,
            v: impl Into<Value<InstanceRequirements>>,
        ) -> Self {
            self.instance_requirements = Some(v.into());
            self
        }
        /// Sets `InstanceType`.
        #[must_use]
        pub fn set_instance_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.instance_type = Some(v.into());
            self
        }
        /// Sets `KernelId`.
        #[must_use]
        pub fn set_kernel_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.kernel_id = Some(v.into());
            self
        }
        /// Sets `KeyName`.
        #[must_use]
        pub fn set_key_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.key_name = Some(v.into());
            self
        }
        /// Sets `LicenseSpecifications`.
        #[must_use]
        pub fn set_license_specifications(
            mut self,
            v: impl Into<Value<Vec<LicenseSpecification>>>,
        ) -> Self {
            self.license_specifications = Some(v.into());
            self
        }
        /// Sets `MaintenanceOptions`.
        #[must_use]
        pub fn set_maintenance_options(mut self, v: impl Into<Value<MaintenanceOptions>>) -> Self {
            self.maintenance_options = Some(v.into());
            self
        }
        /// Sets `MetadataOptions`.
        #[must_use]
        pub fn set_metadata_options(mut self, v: impl Into<Value<MetadataOptions>>) -> Self {
            self.metadata_options = Some(v.into());
            self
        }
        /// Sets `Monitoring`.
        #[must_use]
        pub fn set_monitoring(mut self, v: impl Into<Value<Monitoring>>) -> Self {
            self.monitoring = Some(v.into());
            self
        }
        /// Sets `NetworkInterfaces`.
        #[must_use]
        pub fn set_network_interfaces(
            mut self,
            v: impl Into<Value<Vec<NetworkInterface>>>,
        ) -> Self {
            self.network_interfaces = Some(v.into());
            self
        }
        /// Sets `NetworkPerformanceOptions`.
        #[must_use]
        pub fn set_network_performance_options(
            mut self,
            v: impl Into<Value<NetworkPerformanceOptions>>,
        ) -> Self {
            self.network_performance_options = Some(v.into());
            self
        }
        /// Sets `Placement`.
        #[must_use]
        pub fn set_placement(mut self, v: impl Into<Value<Placement>>) -> Self {
            self.placement = Some(v.into());
            self
        }
        /// Sets `PrivateDnsNameOptions`.
        #[must_use]
        pub fn set_private_dns_name_options(
            mut self,
            v: impl Into<Value<PrivateDnsNameOptions>>,
        ) -> Self {
            self.private_dns_name_options = Some(v.into());
            self
        }
        /// Sets `RamDiskId`.
        #[must_use]
        pub fn set_ram_disk_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.ram_disk_id = Some(v.into());
            self
        }
        /// Sets `SecurityGroupIds`.
        #[must_use]
        pub fn set_security_group_ids(
            mut self,
            v: impl Into<Value<Vec<IdOf<super::SecurityGroup>>>>,
        ) -> Self {
            self.security_group_ids = Some(v.into());
            self
        }
        /// Sets `SecurityGroups`.
        #[must_use]
        pub fn set_security_groups(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.security_groups = Some(v.into());
            self
        }
        /// Sets `TagSpecifications`.
        #[must_use]
        pub fn set_tag_specifications(
            mut self,
            v: impl Into<Value<Vec<TagSpecification>>>,
        ) -> Self {
            self.tag_specifications = Some(v.into());
            self
        }
        /// Sets `UserData`.
        #[must_use]
        pub fn set_user_data(mut self, v: impl Into<Value<String>>) -> Self {
            self.user_data = Some(v.into());
            self
        }
    }
    impl Default for LaunchTemplateData {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for LaunchTemplateData {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("BlockDeviceMappings", self.block_device_mappings.as_ref());
            m.set(
                "CapacityReservationSpecification",
                self.capacity_reservation_specification.as_ref(),
            );
            m.set("CpuOptions", self.cpu_options.as_ref());
            m.set("CreditSpecification", self.credit_specification.as_ref());
            m.set("DisableApiStop", self.disable_api_stop.as_ref());
            m.set(
                "DisableApiTermination",
                self.disable_api_termination.as_ref(),
            );
            m.set("EbsOptimized", self.ebs_optimized.as_ref());
            m.set("EnclaveOptions", self.enclave_options.as_ref());
            m.set("HibernationOptions", self.hibernation_options.as_ref());
            m.set("IamInstanceProfile", self.iam_instance_profile.as_ref());
            m.set("ImageId", self.image_id.as_ref());
            m.set(
                "InstanceInitiatedShutdownBehavior",
                self.instance_initiated_shutdown_behavior.as_ref(),
            );
            m.set(
                "InstanceMarketOptions",
                self.instance_market_options.as_ref(),
            );
            m.set("InstanceRequirements", self.instance_requirements.as_ref());
            m.set("InstanceType", self.instance_type.as_ref());
            m.set("KernelId", self.kernel_id.as_ref());
            m.set("KeyName", self.key_name.as_ref());
            m.set(
                "LicenseSpecifications",
                self.license_specifications.as_ref(),
            );
            m.set("MaintenanceOptions", self.maintenance_options.as_ref());
            m.set("MetadataOptions", self.metadata_options.as_ref());
            m.set("Monitoring", self.monitoring.as_ref());
            m.set("NetworkInterfaces", self.network_interfaces.as_ref());
            m.set(
                "NetworkPerformanceOptions",
                self.network_performance_options.as_ref(),
            );
            m.set("Placement", self.placement.as_ref());
            m.set(
                "PrivateDnsNameOptions",
                self.private_dns_name_options.as_ref(),
            );
            m.set("RamDiskId", self.ram_disk_id.as_ref());
            m.set("SecurityGroupIds", self.security_group_ids.as_ref());
            m.set("SecurityGroups", self.security_groups.as_ref());
            m.set("TagSpecifications", self.tag_specifications.as_ref());
            m.set("UserData", self.user_data.as_ref());
            m.finish()
        }
    }
    impl From<LaunchTemplateData> for Value<LaunchTemplateData> {
        fn from(v: LaunchTemplateData) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.BlockDeviceMapping`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-blockdevicemapping.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct BlockDeviceMapping {
        /// `DeviceName`.
        pub device_name: Option<Value<String>>,
        /// `Ebs`.
        pub ebs: Option<Value<Ebs>>,
        /// `NoDevice`.
        pub no_device: Option<Value<String>>,
        /// `VirtualName`.
        pub virtual_name: Option<Value<String>>,
    }
    impl BlockDeviceMapping {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                device_name: None,
                ebs: None,
                no_device: None,
                virtual_name: None,
            }
        }
        /// Sets `DeviceName`.
        #[must_use]
        pub fn set_device_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.device_name = Some(v.into());
            self
        }
        /// Sets `Ebs`.
        #[must_use]
        pub fn set_ebs(mut self, v: impl Into<Value<Ebs>>) -> Self {
            self.ebs = Some(v.into());
            self
        }
        /// Sets `NoDevice`.
        #[must_use]
        pub fn set_no_device(mut self, v: impl Into<Value<String>>) -> Self {
            self.no_device = Some(v.into());
            self
        }
        /// Sets `VirtualName`.
        #[must_use]
        pub fn set_virtual_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.virtual_name = Some(v.into());
            self
        }
    }
    impl Default for BlockDeviceMapping {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for BlockDeviceMapping {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DeviceName", self.device_name.as_ref());
            m.set("Ebs", self.ebs.as_ref());
            m.set("NoDevice", self.no_device.as_ref());
            m.set("VirtualName", self.virtual_name.as_ref());
            m.finish()
        }
    }
    impl From<BlockDeviceMapping> for Value<BlockDeviceMapping> {
        fn from(v: BlockDeviceMapping) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Ebs`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ebs.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ebs {
        /// `DeleteOnTermination`.
        pub delete_on_termination: Option<Value<bool>>,
        /// `EbsCardIndex`.
        pub ebs_card_index: Option<Value<i64>>,
        /// `Encrypted`.
        pub encrypted: Option<Value<bool>>,
        /// `Iops`.
        pub iops: Option<Value<i64>>,
        /// `KmsKeyId`.
        pub kms_key_id: Option<Value<String>>,
        /// `SnapshotId`.
        pub snapshot_id: Option<Value<String>>,
        /// `Throughput`.
        pub throughput: Option<Value<i64>>,
        /// `VolumeInitializationRate`.
        pub volume_initialization_rate: Option<Value<i64>>,
        /// `VolumeSize`.
        pub volume_size: Option<Value<i64>>,
        /// `VolumeType`.
        pub volume_type: Option<Value<String>>,
    }
    impl Ebs {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                delete_on_termination: None,
                ebs_card_index: None,
                encrypted: None,
                iops: None,
                kms_key_id: None,
                snapshot_id: None,
                throughput: None,
                volume_initialization_rate: None,
                volume_size: None,
                volume_type: None,
            }
        }
        /// Sets `DeleteOnTermination`.
        #[must_use]
        pub fn set_delete_on_termination(mut self, v: impl Into<Value<bool>>) -> Self {
            self.delete_on_termination = Some(v.into());
            self
        }
        /// Sets `EbsCardIndex`.
        #[must_use]
        pub fn set_ebs_card_index(mut self, v: impl Into<Value<i64>>) -> Self {
            self.ebs_card_index = Some(v.into());
            self
        }
        /// Sets `Encrypted`.
        #[must_use]
        pub fn set_encrypted(mut self, v: impl Into<Value<bool>>) -> Self {
            self.encrypted = Some(v.into());
            self
        }
        /// Sets `Iops`.
        #[must_use]
        pub fn set_iops(mut self, v: impl Into<Value<i64>>) -> Self {
            self.iops = Some(v.into());
            self
        }
        /// Sets `KmsKeyId`.
        #[must_use]
        pub fn set_kms_key_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.kms_key_id = Some(v.into());
            self
        }
        /// Sets `SnapshotId`.
        #[must_use]
        pub fn set_snapshot_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.snapshot_id = Some(v.into());
            self
        }
        /// Sets `Throughput`.
        #[must_use]
        pub fn set_throughput(mut self, v: impl Into<Value<i64>>) -> Self {
            self.throughput = Some(v.into());
            self
        }
        /// Sets `VolumeInitializationRate`.
        #[must_use]
        pub fn set_volume_initialization_rate(mut self, v: impl Into<Value<i64>>) -> Self {
            self.volume_initialization_rate = Some(v.into());
            self
        }
        /// Sets `VolumeSize`.
        #[must_use]
        pub fn set_volume_size(mut self, v: impl Into<Value<i64>>) -> Self {
            self.volume_size = Some(v.into());
            self
        }
        /// Sets `VolumeType`.
        #[must_use]
        pub fn set_volume_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.volume_type = Some(v.into());
            self
        }
    }
    impl Default for Ebs {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Ebs {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("DeleteOnTermination", self.delete_on_termination.as_ref());
            m.set("EbsCardIndex", self.ebs_card_index.as_ref());
            m.set("Encrypted", self.encrypted.as_ref());
            m.set("Iops", self.iops.as_ref());
            m.set("KmsKeyId", self.kms_key_id.as_ref());
            m.set("SnapshotId", self.snapshot_id.as_ref());
            m.set("Throughput", self.throughput.as_ref());
            m.set(
                "VolumeInitializationRate",
                self.volume_initialization_rate.as_ref(),
            );
            m.set("VolumeSize", self.volume_size.as_ref());
            m.set("VolumeType", self.volume_type.as_ref());
            m.finish()
        }
    }
    impl From<Ebs> for Value<Ebs> {
        fn from(v: Ebs) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.CapacityReservationSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-capacityreservationspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CapacityReservationSpecification {
        /// `CapacityReservationPreference`.
        pub capacity_reservation_preference: Option<Value<String>>,
        /// `CapacityReservationTarget`.
        pub capacity_reservation_target: Option<Value<CapacityReservationTarget>>,
    }
    impl CapacityReservationSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                capacity_reservation_preference: None,
                capacity_reservation_target: None,
            }
        }
        /// Sets `CapacityReservationPreference`.
        #[must_use]
        pub fn set_capacity_reservation_preference(mut self, v: impl Into<Value<String>>) -> Self {
            self.capacity_reservation_preference = Some(v.into());
            self
        }
        /// Sets `CapacityReservationTarget`.
        #[must_use]
        pub fn set_capacity_reservation_target(
            mut self,
            v: impl Into<Value<CapacityReservationTarget>>,
        ) -> Self {
            self.capacity_reservation_target = Some(v.into());
            self
        }
    }
    impl Default for CapacityReservationSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CapacityReservationSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "CapacityReservationPreference",
                self.capacity_reservation_preference.as_ref(),
            );
            m.set(
                "CapacityReservationTarget",
                self.capacity_reservation_target.as_ref(),
            );
            m.finish()
        }
    }
    impl From<CapacityReservationSpecification> for Value<CapacityReservationSpecification> {
        fn from(v: CapacityReservationSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.CapacityReservationTarget`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-capacityreservationtarget.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CapacityReservationTarget {
        /// `CapacityReservationId`.
        pub capacity_reservation_id: Option<Value<String>>,
        /// `CapacityReservationResourceGroupArn`.
        pub capacity_reservation_resource_group_arn: Option<Value<String>>,
    }
    impl CapacityReservationTarget {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                capacity_reservation_id: None,
                capacity_reservation_resource_group_arn: None,
            }
        }
        /// Sets `CapacityReservationId`.
        #[must_use]
        pub fn set_capacity_reservation_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.capacity_reservation_id = Some(v.into());
            self
        }
        /// Sets `CapacityReservationResourceGroupArn`.
        #[must_use]
        pub fn set_capacity_reservation_resource_group_arn(
            mut self,
            v: impl Into<Value<String>>,
        ) -> Self {
            self.capacity_reservation_resource_group_arn = Some(v.into());
            self
        }
    }
    impl Default for CapacityReservationTarget {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CapacityReservationTarget {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "CapacityReservationId",
                self.capacity_reservation_id.as_ref(),
            );
            m.set(
                "CapacityReservationResourceGroupArn",
                self.capacity_reservation_resource_group_arn.as_ref(),
            );
            m.finish()
        }
    }
    impl From<CapacityReservationTarget> for Value<CapacityReservationTarget> {
        fn from(v: CapacityReservationTarget) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.CpuOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-cpuoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CpuOptions {
        /// `AmdSevSnp`.
        pub amd_sev_snp: Option<Value<String>>,
        /// `CoreCount`.
        pub core_count: Option<Value<i64>>,
        /// `NestedVirtualization`.
        pub nested_virtualization: Option<Value<String>>,
        /// `ThreadsPerCore`.
        pub threads_per_core: Option<Value<i64>>,
    }
    impl CpuOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                amd_sev_snp: None,
                core_count: None,
                nested_virtualization: None,
                threads_per_core: None,
            }
        }
        /// Sets `AmdSevSnp`.
        #[must_use]
        pub fn set_amd_sev_snp(mut self, v: impl Into<Value<String>>) -> Self {
            self.amd_sev_snp = Some(v.into());
            self
        }
        /// Sets `CoreCount`.
        #[must_use]
        pub fn set_core_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.core_count = Some(v.into());
            self
        }
        /// Sets `NestedVirtualization`.
        #[must_use]
        pub fn set_nested_virtualization(mut self, v: impl Into<Value<String>>) -> Self {
            self.nested_virtualization = Some(v.into());
            self
        }
        /// Sets `ThreadsPerCore`.
        #[must_use]
        pub fn set_threads_per_core(mut self, v: impl Into<Value<i64>>) -> Self {
            self.threads_per_core = Some(v.into());
            self
        }
    }
    impl Default for CpuOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CpuOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AmdSevSnp", self.amd_sev_snp.as_ref());
            m.set("CoreCount", self.core_count.as_ref());
            m.set("NestedVirtualization", self.nested_virtualization.as_ref());
            m.set("ThreadsPerCore", self.threads_per_core.as_ref());
            m.finish()
        }
    }
    impl From<CpuOptions> for Value<CpuOptions> {
        fn from(v: CpuOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.CreditSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-creditspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreditSpecification {
        /// `CpuCredits`.
        pub cpu_credits: Option<Value<String>>,
    }
    impl CreditSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { cpu_credits: None }
        }
        /// Sets `CpuCredits`.
        #[must_use]
        pub fn set_cpu_credits(mut self, v: impl Into<Value<String>>) -> Self {
            self.cpu_credits = Some(v.into());
            self
        }
    }
    impl Default for CreditSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for CreditSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("CpuCredits", self.cpu_credits.as_ref());
            m.finish()
        }
    }
    impl From<CreditSpecification> for Value<CreditSpecification> {
        fn from(v: CreditSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.EnclaveOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-enclaveoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EnclaveOptions {
        /// `Enabled`.
        pub enabled: Option<Value<bool>>,
    }
    impl EnclaveOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { enabled: None }
        }
        /// Sets `Enabled`.
        #[must_use]
        pub fn set_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enabled = Some(v.into());
            self
        }
    }
    impl Default for EnclaveOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for EnclaveOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Enabled", self.enabled.as_ref());
            m.finish()
        }
    }
    impl From<EnclaveOptions> for Value<EnclaveOptions> {
        fn from(v: EnclaveOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.HibernationOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-hibernationoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct HibernationOptions {
        /// `Configured`.
        pub configured: Option<Value<bool>>,
    }
    impl HibernationOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { configured: None }
        }
        /// Sets `Configured`.
        #[must_use]
        pub fn set_configured(mut self, v: impl Into<Value<bool>>) -> Self {
            self.configured = Some(v.into());
            self
        }
    }
    impl Default for HibernationOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for HibernationOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Configured", self.configured.as_ref());
            m.finish()
        }
    }
    impl From<HibernationOptions> for Value<HibernationOptions> {
        fn from(v: HibernationOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.IamInstanceProfile`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-iaminstanceprofile.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct IamInstanceProfile {
        /// `Arn`.
        pub arn: Option<Value<String>>,
        /// `Name`.
        pub name: Option<Value<String>>,
    }
    impl IamInstanceProfile {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                arn: None,
                name: None,
            }
        }
        /// Sets `Arn`.
        #[must_use]
        pub fn set_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.arn = Some(v.into());
            self
        }
        /// Sets `Name`.
        #[must_use]
        pub fn set_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.name = Some(v.into());
            self
        }
    }
    impl Default for IamInstanceProfile {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for IamInstanceProfile {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Arn", self.arn.as_ref());
            m.set("Name", self.name.as_ref());
            m.finish()
        }
    }
    impl From<IamInstanceProfile> for Value<IamInstanceProfile> {
        fn from(v: IamInstanceProfile) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.InstanceMarketOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-instancemarketoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InstanceMarketOptions {
        /// `MarketType`.
        pub market_type: Option<Value<String>>,
        /// `SpotOptions`.
        pub spot_options: Option<Value<SpotOptions>>,
    }
    impl InstanceMarketOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                market_type: None,
                spot_options: None,
            }
        }
        /// Sets `MarketType`.
        #[must_use]
        pub fn set_market_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.market_type = Some(v.into());
            self
        }
        /// Sets `SpotOptions`.
        #[must_use]
        pub fn set_spot_options(mut self, v: impl Into<Value<SpotOptions>>) -> Self {
            self.spot_options = Some(v.into());
            self
        }
    }
    impl Default for InstanceMarketOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for InstanceMarketOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("MarketType", self.market_type.as_ref());
            m.set("SpotOptions", self.spot_options.as_ref());
            m.finish()
        }
    }
    impl From<InstanceMarketOptions> for Value<InstanceMarketOptions> {
        fn from(v: InstanceMarketOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.SpotOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-spotoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SpotOptions {
        /// `BlockDurationMinutes`.
        pub block_duration_minutes: Option<Value<i64>>,
        /// `InstanceInterruptionBehavior`.
        pub instance_interruption_behavior: Option<Value<String>>,
        /// `MaxPrice`.
        pub max_price: Option<Value<String>>,
        /// `SpotInstanceType`.
        pub spot_instance_type: Option<Value<String>>,
        /// `ValidUntil`.
        pub valid_until: Option<Value<String>>,
    }
    impl SpotOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                block_duration_minutes: None,
                instance_interruption_behavior: None,
                max_price: None,
                spot_instance_type: None,
                valid_until: None,
            }
        }
        /// Sets `BlockDurationMinutes`.
        #[must_use]
        pub fn set_block_duration_minutes(mut self, v: impl Into<Value<i64>>) -> Self {
            self.block_duration_minutes = Some(v.into());
            self
        }
        /// Sets `InstanceInterruptionBehavior`.
        #[must_use]
        pub fn set_instance_interruption_behavior(mut self, v: impl Into<Value<String>>) -> Self {
            self.instance_interruption_behavior = Some(v.into());
            self
        }
        /// Sets `MaxPrice`.
        #[must_use]
        pub fn set_max_price(mut self, v: impl Into<Value<String>>) -> Self {
            self.max_price = Some(v.into());
            self
        }
        /// Sets `SpotInstanceType`.
        #[must_use]
        pub fn set_spot_instance_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.spot_instance_type = Some(v.into());
            self
        }
        /// Sets `ValidUntil`.
        #[must_use]
        pub fn set_valid_until(mut self, v: impl Into<Value<String>>) -> Self {
            self.valid_until = Some(v.into());
            self
        }
    }
    impl Default for SpotOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for SpotOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("BlockDurationMinutes", self.block_duration_minutes.as_ref());
            m.set(
                "InstanceInterruptionBehavior",
                self.instance_interruption_behavior.as_ref(),
            );
            m.set("MaxPrice", self.max_price.as_ref());
            m.set("SpotInstanceType", self.spot_instance_type.as_ref());
            m.set("ValidUntil", self.valid_until.as_ref());
            m.finish()
        }
    }
    impl From<SpotOptions> for Value<SpotOptions> {
        fn from(v: SpotOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.InstanceRequirements`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-instancerequirements.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InstanceRequirements {
        /// `AcceleratorCount`.
        pub accelerator_count: Option<Value<AcceleratorCount>>,
        /// `AcceleratorManufacturers`.
        pub accelerator_manufacturers: Option<Value<Vec<String>>>,
        /// `AcceleratorNames`.
        pub accelerator_names: Option<Value<Vec<String>>>,
        /// `AcceleratorTotalMemoryMiB`.
        pub accelerator_total_memory_mi_b: Option<Value<AcceleratorTotalMemoryMiB>>,
        /// `AcceleratorTypes`.
        pub accelerator_types: Option<Value<Vec<String>>>,
        /// `AllowedInstanceTypes`.
        pub allowed_instance_types: Option<Value<Vec<String>>>,
        /// `BareMetal`.
        pub bare_metal: Option<Value<String>>,
        /// `BaselineEbsBandwidthMbps`.
        pub baseline_ebs_bandwidth_mbps: Option<Value<BaselineEbsBandwidthMbps>>,
        /// `BaselinePerformanceFactors`.
        pub baseline_performance_factors: Option<Value<BaselinePerformanceFactors>>,
        /// `BurstablePerformance`.
        pub burstable_performance: Option<Value<String>>,
        /// `CpuManufacturers`.
        pub cpu_manufacturers: Option<Value<Vec<String>>>,
        /// `ExcludedInstanceTypes`.
        pub excluded_instance_types: Option<Value<Vec<String>>>,
        /// `InstanceGenerations`.
        pub instance_generations: Option<Value<Vec<String>>>,
        /// `LocalStorage`.
        pub local_storage: Option<Value<String>>,
        /// `LocalStorageTypes`.
        pub local_storage_types: Option<Value<Vec<String>>>,
        /// `MaxSpotPriceAsPercentageOfOptimalOnDemandPrice`.
        pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<Value<i64>>,
        /// `MemoryGiBPerVCpu`.
        pub memory_gi_b_per_v_cpu: Option<Value<MemoryGiBPerVCpu>>,
        /// `MemoryMiB`.
        pub memory_mi_b: Option<Value<MemoryMiB>>,
        /// `NetworkBandwidthGbps`.
        pub network_bandwidth_gbps: Option<Value<NetworkBandwidthGbps>>,
        /// `NetworkInterfaceCount`.
        pub network_interface_count: Option<Value<NetworkInterfaceCount>>,
        /// `OnDemandMaxPricePercentageOverLowestPrice`.
        pub on_demand_max_price_percentage_over_lowest_price: Option<Value<i64>>,
        /// `RequireHibernateSupport`.
        pub require_hibernate_support: Option<Value<bool>>,
        /// `SpotMaxPricePercentageOverLowestPrice`.
        pub spot_max_price_percentage_over_lowest_price: Option<Value<i64>>,
        /// `TotalLocalStorageGB`.
        pub total_local_storage_gb: Option<Value<TotalLocalStorageGb>>,
        /// `VCpuCount`.
        pub v_cpu_count: Option<Value<VCpuCount>>,
    }
    impl InstanceRequirements {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                accelerator_count: None,
                accelerator_manufacturers: None,
                accelerator_names: None,
                accelerator_total_memory_mi_b: None,
                accelerator_types: None,
                allowed_instance_types: None,
                bare_metal: None,
                baseline_ebs_bandwidth_mbps: None,
                baseline_performance_factors: None,
                burstable_performance: None,
                cpu_manufacturers: None,
                excluded_instance_types: None,
                instance_generations: None,
                local_storage: None,
                local_storage_types: None,
                max_spot_price_as_percentage_of_optimal_on_demand_price: None,
                memory_gi_b_per_v_cpu: None,
                memory_mi_b: None,
                network_bandwidth_gbps: None,
                network_interface_count: None,
                on_demand_max_price_percentage_over_lowest_price: None,
                require_hibernate_support: None,
                spot_max_price_percentage_over_lowest_price: None,
                total_local_storage_gb: None,
                v_cpu_count: None,
            }
        }
        /// Sets `AcceleratorCount`.
        #[must_use]
        pub fn set_accelerator_count(mut self, v: impl Into<Value<AcceleratorCount>>) -> Self {
            self.accelerator_count = Some(v.into());
            self
        }
        /// Sets `AcceleratorManufacturers`.
        #[must_use]
        pub fn set_accelerator_manufacturers(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.accelerator_manufacturers = Some(v.into());
            self
        }
        /// Sets `AcceleratorNames`.
        #[must_use]
        pub fn set_accelerator_names(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.accelerator_names = Some(v.into());
            self
        }
        /// Sets `AcceleratorTotalMemoryMiB`.
        #[must_use]
        pub fn set_accelerator_total_memory_mi_b(
            mut self,
            v: impl Into<Value<AcceleratorTotalMemoryMiB>>,
        ) -> Self {
            self.accelerator_total_memory_mi_b = Some(v.into());
            self
        }
        /// Sets `AcceleratorTypes`.
        #[must_use]
        pub fn set_accelerator_types(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.accelerator_types = Some(v.into());
            self
        }
        /// Sets `AllowedInstanceTypes`.
        #[must_use]
        pub fn set_allowed_instance_types(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.allowed_instance_types = Some(v.into());
            self
        }
        /// Sets `BareMetal`.
        #[must_use]
        pub fn set_bare_metal(mut self, v: impl Into<Value<String>>) -> Self {
            self.bare_metal = Some(v.into());
            self
        }
        /// Sets `BaselineEbsBandwidthMbps`.
        #[must_use]
        pub fn set_baseline_ebs_bandwidth_mbps(
            mut self,
            v: impl Into<Value<BaselineEbsBandwidthMbps>>,
        ) -> Self {
            self.baseline_ebs_bandwidth_mbps = Some(v.into());
            self
        }
        /// Sets `BaselinePerformanceFactors`.
        #[must_use]
        pub fn set_baseline_performance_factors(
            mut self,
            v: impl Into<Value<BaselinePerformanceFactors>>,
        ) -> Self {
            self.baseline_performance_factors = Some(v.into());
            self
        }
        /// Sets `BurstablePerformance`.
        #[must_use]
        pub fn set_burstable_performance(mut self, v: impl Into<Value<String>>) -> Self {
            self.burstable_performance = Some(v.into());
            self
        }
        /// Sets `CpuManufacturers`.
        #[must_use]
        pub fn set_cpu_manufacturers(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.cpu_manufacturers = Some(v.into());
            self
        }
        /// Sets `ExcludedInstanceTypes`.
        #[must_use]
        pub fn set_excluded_instance_types(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.excluded_instance_types = Some(v.into());
            self
        }
        /// Sets `InstanceGenerations`.
        #[must_use]
        pub fn set_instance_generations(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.instance_generations = Some(v.into());
            self
        }
        /// Sets `LocalStorage`.
        #[must_use]
        pub fn set_local_storage(mut self, v: impl Into<Value<String>>) -> Self {
            self.local_storage = Some(v.into());
            self
        }
        /// Sets `LocalStorageTypes`.
        #[must_use]
        pub fn set_local_storage_types(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.local_storage_types = Some(v.into());
            self
        }
        /// Sets `MaxSpotPriceAsPercentageOfOptimalOnDemandPrice`.
        #[must_use]
        pub fn set_max_spot_price_as_percentage_of_optimal_on_demand_price(
            mut self,
            v: impl Into<Value<i64>>,
        ) -> Self {
            self.max_spot_price_as_percentage_of_optimal_on_demand_price = Some(v.into());
            self
        }
        /// Sets `MemoryGiBPerVCpu`.
        #[must_use]
        pub fn set_memory_gi_b_per_v_cpu(mut self, v: impl Into<Value<MemoryGiBPerVCpu>>) -> Self {
            self.memory_gi_b_per_v_cpu = Some(v.into());
            self
        }
        /// Sets `MemoryMiB`.
        #[must_use]
        pub fn set_memory_mi_b(mut self, v: impl Into<Value<MemoryMiB>>) -> Self {
            self.memory_mi_b = Some(v.into());
            self
        }
        /// Sets `NetworkBandwidthGbps`.
        #[must_use]
        pub fn set_network_bandwidth_gbps(
            mut self,
            v: impl Into<Value<NetworkBandwidthGbps>>,
        ) -> Self {
            self.network_bandwidth_gbps = Some(v.into());
            self
        }
        /// Sets `NetworkInterfaceCount`.
        #[must_use]
        pub fn set_network_interface_count(
            mut self,
            v: impl Into<Value<NetworkInterfaceCount>>,
        ) -> Self {
            self.network_interface_count = Some(v.into());
            self
        }
        /// Sets `OnDemandMaxPricePercentageOverLowestPrice`.
        #[must_use]
        pub fn set_on_demand_max_price_percentage_over_lowest_price(
            mut self,
            v: impl Into<Value<i64>>,
        ) -> Self {
            self.on_demand_max_price_percentage_over_lowest_price = Some(v.into());
            self
        }
        /// Sets `RequireHibernateSupport`.
        #[must_use]
        pub fn set_require_hibernate_support(mut self, v: impl Into<Value<bool>>) -> Self {
            self.require_hibernate_support = Some(v.into());
            self
        }
        /// Sets `SpotMaxPricePercentageOverLowestPrice`.
        #[must_use]
        pub fn set_spot_max_price_percentage_over_lowest_price(
            mut self,
            v: impl Into<Value<i64>>,
        ) -> Self {
            self.spot_max_price_percentage_over_lowest_price = Some(v.into());
            self
        }
        /// Sets `TotalLocalStorageGB`.
        #[must_use]
        pub fn set_total_local_storage_gb(
            mut self,
            v: impl Into<Value<TotalLocalStorageGb>>,
        ) -> Self {
            self.total_local_storage_gb = Some(v.into());
            self
        }
        /// Sets `VCpuCount`.
        #[must_use]
        pub fn set_v_cpu_count(mut self, v: impl Into<Value<VCpuCount>>) -> Self {
            self.v_cpu_count = Some(v.into());
            self
        }
    }
    impl Default for InstanceRequirements {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for InstanceRequirements {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AcceleratorCount", self.accelerator_count.as_ref());
            m.set(
                "AcceleratorManufacturers",
                self.accelerator_manufacturers.as_ref(),
            );
            m.set("AcceleratorNames", self.accelerator_names.as_ref());
            m.set(
                "AcceleratorTotalMemoryMiB",
                self.accelerator_total_memory_mi_b.as_ref(),
            );
            m.set("AcceleratorTypes", self.accelerator_types.as_ref());
            m.set("AllowedInstanceTypes", self.allowed_instance_types.as_ref());
            m.set("BareMetal", self.bare_metal.as_ref());
            m.set(
                "BaselineEbsBandwidthMbps",
                self.baseline_ebs_bandwidth_mbps.as_ref(),
            );
            m.set(
                "BaselinePerformanceFactors",
                self.baseline_performance_factors.as_ref(),
            );
            m.set("BurstablePerformance", self.burstable_performance.as_ref());
            m.set("CpuManufacturers", self.cpu_manufacturers.as_ref());
            m.set(
                "ExcludedInstanceTypes",
                self.excluded_instance_types.as_ref(),
            );
            m.set("InstanceGenerations", self.instance_generations.as_ref());
            m.set("LocalStorage", self.local_storage.as_ref());
            m.set("LocalStorageTypes", self.local_storage_types.as_ref());
            m.set(
                "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
                self.max_spot_price_as_percentage_of_optimal_on_demand_price
                    .as_ref(),
            );
            m.set("MemoryGiBPerVCpu", self.memory_gi_b_per_v_cpu.as_ref());
            m.set("MemoryMiB", self.memory_mi_b.as_ref());
            m.set("NetworkBandwidthGbps", self.network_bandwidth_gbps.as_ref());
            m.set(
                "NetworkInterfaceCount",
                self.network_interface_count.as_ref(),
            );
            m.set(
                "OnDemandMaxPricePercentageOverLowestPrice",
                self.on_demand_max_price_percentage_over_lowest_price
                    .as_ref(),
            );
            m.set(
                "RequireHibernateSupport",
                self.require_hibernate_support.as_ref(),
            );
            m.set(
                "SpotMaxPricePercentageOverLowestPrice",
                self.spot_max_price_percentage_over_lowest_price.as_ref(),
            );
            m.set("TotalLocalStorageGB", self.total_local_storage_gb.as_ref());
            m.set("VCpuCount", self.v_cpu_count.as_ref());
            m.finish()
        }
    }
    impl From<InstanceRequirements> for Value<InstanceRequirements> {
        fn from(v: InstanceRequirements) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.AcceleratorCount`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-acceleratorcount.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AcceleratorCount {
        /// `Max`.
        pub max: Option<Value<i64>>,
        /// `Min`.
        pub min: Option<Value<i64>>,
    }
    impl AcceleratorCount {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<i64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<i64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for AcceleratorCount {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for AcceleratorCount {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<AcceleratorCount> for Value<AcceleratorCount> {
        fn from(v: AcceleratorCount) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.AcceleratorTotalMemoryMiB`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-acceleratortotalmemorymib.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AcceleratorTotalMemoryMiB {
        /// `Max`.
        pub max: Option<Value<i64>>,
        /// `Min`.
        pub min: Option<Value<i64>>,
    }
    impl AcceleratorTotalMemoryMiB {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<i64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<i64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for AcceleratorTotalMemoryMiB {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for AcceleratorTotalMemoryMiB {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<AcceleratorTotalMemoryMiB> for Value<AcceleratorTotalMemoryMiB> {
        fn from(v: AcceleratorTotalMemoryMiB) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.BaselineEbsBandwidthMbps`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-baselineebsbandwidthmbps.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct BaselineEbsBandwidthMbps {
        /// `Max`.
        pub max: Option<Value<i64>>,
        /// `Min`.
        pub min: Option<Value<i64>>,
    }
    impl BaselineEbsBandwidthMbps {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<i64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<i64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for BaselineEbsBandwidthMbps {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for BaselineEbsBandwidthMbps {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<BaselineEbsBandwidthMbps> for Value<BaselineEbsBandwidthMbps> {
        fn from(v: BaselineEbsBandwidthMbps) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.BaselinePerformanceFactors`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-baselineperformancefactors.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct BaselinePerformanceFactors {
        /// `Cpu`.
        pub cpu: Option<Value<Cpu>>,
    }
    impl BaselinePerformanceFactors {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { cpu: None }
        }
        /// Sets `Cpu`.
        #[must_use]
        pub fn set_cpu(mut self, v: impl Into<Value<Cpu>>) -> Self {
            self.cpu = Some(v.into());
            self
        }
    }
    impl Default for BaselinePerformanceFactors {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for BaselinePerformanceFactors {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Cpu", self.cpu.as_ref());
            m.finish()
        }
    }
    impl From<BaselinePerformanceFactors> for Value<BaselinePerformanceFactors> {
        fn from(v: BaselinePerformanceFactors) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Cpu`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-cpu.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Cpu {
        /// `References`.
        pub references: Option<Value<Vec<Reference>>>,
    }
    impl Cpu {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { references: None }
        }
        /// Sets `References`.
        #[must_use]
        pub fn set_references(mut self, v: impl Into<Value<Vec<Reference>>>) -> Self {
            self.references = Some(v.into());
            self
        }
    }
    impl Default for Cpu {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Cpu {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("References", self.references.as_ref());
            m.finish()
        }
    }
    impl From<Cpu> for Value<Cpu> {
        fn from(v: Cpu) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Reference`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-reference.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Reference {
        /// `InstanceFamily`.
        pub instance_family: Option<Value<String>>,
    }
    impl Reference {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                instance_family: None,
            }
        }
        /// Sets `InstanceFamily`.
        #[must_use]
        pub fn set_instance_family(mut self, v: impl Into<Value<String>>) -> Self {
            self.instance_family = Some(v.into());
            self
        }
    }
    impl Default for Reference {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Reference {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("InstanceFamily", self.instance_family.as_ref());
            m.finish()
        }
    }
    impl From<Reference> for Value<Reference> {
        fn from(v: Reference) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.MemoryGiBPerVCpu`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-memorygibpervcpu.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MemoryGiBPerVCpu {
        /// `Max`.
        pub max: Option<Value<f64>>,
        /// `Min`.
        pub min: Option<Value<f64>>,
    }
    impl MemoryGiBPerVCpu {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<f64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<f64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for MemoryGiBPerVCpu {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for MemoryGiBPerVCpu {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<MemoryGiBPerVCpu> for Value<MemoryGiBPerVCpu> {
        fn from(v: MemoryGiBPerVCpu) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.MemoryMiB`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-memorymib.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MemoryMiB {
        /// `Max`.
        pub max: Option<Value<i64>>,
        /// `Min`.
        pub min: Option<Value<i64>>,
    }
    impl MemoryMiB {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<i64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<i64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for MemoryMiB {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for MemoryMiB {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<MemoryMiB> for Value<MemoryMiB> {
        fn from(v: MemoryMiB) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.NetworkBandwidthGbps`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkbandwidthgbps.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkBandwidthGbps {
        /// `Max`.
        pub max: Option<Value<f64>>,
        /// `Min`.
        pub min: Option<Value<f64>>,
    }
    impl NetworkBandwidthGbps {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<f64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<f64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for NetworkBandwidthGbps {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for NetworkBandwidthGbps {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<NetworkBandwidthGbps> for Value<NetworkBandwidthGbps> {
        fn from(v: NetworkBandwidthGbps) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.NetworkInterfaceCount`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterfacecount.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkInterfaceCount {
        /// `Max`.
        pub max: Option<Value<i64>>,
        /// `Min`.
        pub min: Option<Value<i64>>,
    }
    impl NetworkInterfaceCount {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<i64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<i64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for NetworkInterfaceCount {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for NetworkInterfaceCount {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<NetworkInterfaceCount> for Value<NetworkInterfaceCount> {
        fn from(v: NetworkInterfaceCount) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.TotalLocalStorageGB`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-totallocalstoragegb.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TotalLocalStorageGb {
        /// `Max`.
        pub max: Option<Value<f64>>,
        /// `Min`.
        pub min: Option<Value<f64>>,
    }
    impl TotalLocalStorageGb {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<f64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<f64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for TotalLocalStorageGb {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for TotalLocalStorageGb {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<TotalLocalStorageGb> for Value<TotalLocalStorageGb> {
        fn from(v: TotalLocalStorageGb) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.VCpuCount`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-vcpucount.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct VCpuCount {
        /// `Max`.
        pub max: Option<Value<i64>>,
        /// `Min`.
        pub min: Option<Value<i64>>,
    }
    impl VCpuCount {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                max: None,
                min: None,
            }
        }
        /// Sets `Max`.
        #[must_use]
        pub fn set_max(mut self, v: impl Into<Value<i64>>) -> Self {
            self.max = Some(v.into());
            self
        }
        /// Sets `Min`.
        #[must_use]
        pub fn set_min(mut self, v: impl Into<Value<i64>>) -> Self {
            self.min = Some(v.into());
            self
        }
    }
    impl Default for VCpuCount {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for VCpuCount {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Max", self.max.as_ref());
            m.set("Min", self.min.as_ref());
            m.finish()
        }
    }
    impl From<VCpuCount> for Value<VCpuCount> {
        fn from(v: VCpuCount) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.LicenseSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-licensespecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LicenseSpecification {
        /// `LicenseConfigurationArn`.
        pub license_configuration_arn: Option<Value<String>>,
    }
    impl LicenseSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                license_configuration_arn: None,
            }
        }
        /// Sets `LicenseConfigurationArn`.
        #[must_use]
        pub fn set_license_configuration_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.license_configuration_arn = Some(v.into());
            self
        }
    }
    impl Default for LicenseSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for LicenseSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "LicenseConfigurationArn",
                self.license_configuration_arn.as_ref(),
            );
            m.finish()
        }
    }
    impl From<LicenseSpecification> for Value<LicenseSpecification> {
        fn from(v: LicenseSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.MaintenanceOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-maintenanceoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MaintenanceOptions {
        /// `AutoRecovery`.
        pub auto_recovery: Option<Value<String>>,
    }
    impl MaintenanceOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                auto_recovery: None,
            }
        }
        /// Sets `AutoRecovery`.
        #[must_use]
        pub fn set_auto_recovery(mut self, v: impl Into<Value<String>>) -> Self {
            self.auto_recovery = Some(v.into());
            self
        }
    }
    impl Default for MaintenanceOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for MaintenanceOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("AutoRecovery", self.auto_recovery.as_ref());
            m.finish()
        }
    }
    impl From<MaintenanceOptions> for Value<MaintenanceOptions> {
        fn from(v: MaintenanceOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.MetadataOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-metadataoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MetadataOptions {
        /// `HttpEndpoint`.
        pub http_endpoint: Option<Value<String>>,
        /// `HttpProtocolIpv6`.
        pub http_protocol_ipv6: Option<Value<String>>,
        /// `HttpPutResponseHopLimit`.
        pub http_put_response_hop_limit: Option<Value<i64>>,
        /// `HttpTokens`.
        pub http_tokens: Option<Value<String>>,
        /// `InstanceMetadataTags`.
        pub instance_metadata_tags: Option<Value<String>>,
    }
    impl MetadataOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                http_endpoint: None,
                http_protocol_ipv6: None,
                http_put_response_hop_limit: None,
                http_tokens: None,
                instance_metadata_tags: None,
            }
        }
        /// Sets `HttpEndpoint`.
        #[must_use]
        pub fn set_http_endpoint(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_endpoint = Some(v.into());
            self
        }
        /// Sets `HttpProtocolIpv6`.
        #[must_use]
        pub fn set_http_protocol_ipv6(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_protocol_ipv6 = Some(v.into());
            self
        }
        /// Sets `HttpPutResponseHopLimit`.
        #[must_use]
        pub fn set_http_put_response_hop_limit(mut self, v: impl Into<Value<i64>>) -> Self {
            self.http_put_response_hop_limit = Some(v.into());
            self
        }
        /// Sets `HttpTokens`.
        #[must_use]
        pub fn set_http_tokens(mut self, v: impl Into<Value<String>>) -> Self {
            self.http_tokens = Some(v.into());
            self
        }
        /// Sets `InstanceMetadataTags`.
        #[must_use]
        pub fn set_instance_metadata_tags(mut self, v: impl Into<Value<String>>) -> Self {
            self.instance_metadata_tags = Some(v.into());
            self
        }
    }
    impl Default for MetadataOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for MetadataOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("HttpEndpoint", self.http_endpoint.as_ref());
            m.set("HttpProtocolIpv6", self.http_protocol_ipv6.as_ref());
            m.set(
                "HttpPutResponseHopLimit",
                self.http_put_response_hop_limit.as_ref(),
            );
            m.set("HttpTokens", self.http_tokens.as_ref());
            m.set("InstanceMetadataTags", self.instance_metadata_tags.as_ref());
            m.finish()
        }
    }
    impl From<MetadataOptions> for Value<MetadataOptions> {
        fn from(v: MetadataOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Monitoring`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-monitoring.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Monitoring {
        /// `Enabled`.
        pub enabled: Option<Value<bool>>,
    }
    impl Monitoring {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { enabled: None }
        }
        /// Sets `Enabled`.
        #[must_use]
        pub fn set_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enabled = Some(v.into());
            self
        }
    }
    impl Default for Monitoring {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Monitoring {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Enabled", self.enabled.as_ref());
            m.finish()
        }
    }
    impl From<Monitoring> for Value<Monitoring> {
        fn from(v: Monitoring) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.NetworkInterface`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkInterface {
        /// `AssociateCarrierIpAddress`.
        pub associate_carrier_ip_address: Option<Value<bool>>,
        /// `AssociatePublicIpAddress`.
        pub associate_public_ip_address: Option<Value<bool>>,
        /// `ConnectionTrackingSpecification`.
        pub connection_tracking_specification: Option<Value<ConnectionTrackingSpecification>>,
        /// `DeleteOnTermination`.
        pub delete_on_termination: Option<Value<bool>>,
        /// `Description`.
        pub description: Option<Value<String>>,
        /// `DeviceIndex`.
        pub device_index: Option<Value<i64>>,
        /// `EnaQueueCount`.
        pub ena_queue_count: Option<Value<i64>>,
        /// `EnaSrdSpecification`.
        pub ena_srd_specification: Option<Value<EnaSrdSpecification>>,
        /// `Groups`.
        pub groups: Option<Value<Vec<String>>>,
        /// `InterfaceType`.
        pub interface_type: Option<Value<String>>,
        /// `Ipv4PrefixCount`.
        pub ipv4_prefix_count: Option<Value<i64>>,
        /// `Ipv4Prefixes`.
        pub ipv4_prefixes: Option<Value<Vec<Ipv4PrefixSpecification>>>,
        /// `Ipv6AddressCount`.
        pub ipv6_address_count: Option<Value<i64>>,
        /// `Ipv6Addresses`.
        pub ipv6_addresses: Option<Value<Vec<Ipv6Add>>>,
        /// `Ipv6PrefixCount`.
        pub ipv6_prefix_count: Option<Value<i64>>,
        /// `Ipv6Prefixes`.
        pub ipv6_prefixes: Option<Value<Vec<Ipv6PrefixSpecification>>>,
        /// `NetworkCardIndex`.
        pub network_card_index: Option<Value<i64>>,
        /// `NetworkInterfaceId`.
        pub network_interface_id: Option<Value<String>>,
        /// `PrimaryIpv6`.
        pub primary_ipv6: Option<Value<bool>>,
        /// `PrivateIpAddress`.
        pub private_ip_address: Option<Value<String>>,
        /// `PrivateIpAddresses`.
        pub private_ip_addresses: Option<Value<Vec<PrivateIpAdd>>>,
        /// `SecondaryPrivateIpAddressCount`.
        pub secondary_private_ip_address_count: Option<Value<i64>>,
        /// `SubnetId`.
        pub subnet_id: Option<Value<IdOf<super::Subnet>>>,
    }
    impl NetworkInterface {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                associate_carrier_ip_address: None,
                associate_public_ip_address: None,
                connection_tracking_specification: None,
                delete_on_termination: None,
                description: None,
                device_index: None,
                ena_queue_count: None,
                ena_srd_specification: None,
                groups: None,
                interface_type: None,
                ipv4_prefix_count: None,
                ipv4_prefixes: None,
                ipv6_address_count: None,
                ipv6_addresses: None,
                ipv6_prefix_count: None,
                ipv6_prefixes: None,
                network_card_index: None,
                network_interface_id: None,
                primary_ipv6: None,
                private_ip_address: None,
                private_ip_addresses: None,
                secondary_private_ip_address_count: None,
                subnet_id: None,
            }
        }
        /// Sets `AssociateCarrierIpAddress`.
        #[must_use]
        pub fn set_associate_carrier_ip_address(mut self, v: impl Into<Value<bool>>) -> Self {
            self.associate_carrier_ip_address = Some(v.into());
            self
        }
        /// Sets `AssociatePublicIpAddress`.
        #[must_use]
        pub fn set_associate_public_ip_address(mut self, v: impl Into<Value<bool>>) -> Self {
            self.associate_public_ip_address = Some(v.into());
            self
        }
        /// Sets `ConnectionTrackingSpecification`.
        #[must_use]
        pub fn set_connection_tracking_specification(
            mut self,
            v: impl Into<Value<ConnectionTrackingSpecification>>,
        ) -> Self {
            self.connection_tracking_specification = Some(v.into());
            self
        }
        /// Sets `DeleteOnTermination`.
        #[must_use]
        pub fn set_delete_on_termination(mut self, v: impl Into<Value<bool>>) -> Self {
            self.delete_on_termination = Some(v.into());
            self
        }
        /// Sets `Description`.
        #[must_use]
        pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
            self.description = Some(v.into());
            self
        }
        /// Sets `DeviceIndex`.
        #[must_use]
        pub fn set_device_index(mut self, v: impl Into<Value<i64>>) -> Self {
            self.device_index = Some(v.into());
            self
        }
        /// Sets `EnaQueueCount`.
        #[must_use]
        pub fn set_ena_queue_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.ena_queue_count = Some(v.into());
            self
        }
        /// Sets `EnaSrdSpecification`.
        #[must_use]
        pub fn set_ena_srd_specification(
            mut self,
            v: impl Into<Value<EnaSrdSpecification>>,
        ) -> Self {
            self.ena_srd_specification = Some(v.into());
            self
        }
        /// Sets `Groups`.
        #[must_use]
        pub fn set_groups(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
            self.groups = Some(v.into());
            self
        }
        /// Sets `InterfaceType`.
        #[must_use]
        pub fn set_interface_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.interface_type = Some(v.into());
            self
        }
        /// Sets `Ipv4PrefixCount`.
        #[must_use]
        pub fn set_ipv4_prefix_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.ipv4_prefix_count = Some(v.into());
            self
        }
        /// Sets `Ipv4Prefixes`.
        #[must_use]
        pub fn set_ipv4_prefixes(
            mut self,
            v: impl Into<Value<Vec<Ipv4PrefixSpecification>>>,
        ) -> Self {
            self.ipv4_prefixes = Some(v.into());
            self
        }
        /// Sets `Ipv6AddressCount`.
        #[must_use]
        pub fn set_ipv6_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.ipv6_address_count = Some(v.into());
            self
        }
        /// Sets `Ipv6Addresses`.
        #[must_use]
        pub fn set_ipv6_addresses(mut self, v: impl Into<Value<Vec<Ipv6Add>>>) -> Self {
            self.ipv6_addresses = Some(v.into());
            self
        }
        /// Sets `Ipv6PrefixCount`.
        #[must_use]
        pub fn set_ipv6_prefix_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.ipv6_prefix_count = Some(v.into());
            self
        }
        /// Sets `Ipv6Prefixes`.
        #[must_use]
        pub fn set_ipv6_prefixes(
            mut self,
            v: impl Into<Value<Vec<Ipv6PrefixSpecification>>>,
        ) -> Self {
            self.ipv6_prefixes = Some(v.into());
            self
        }
        /// Sets `NetworkCardIndex`.
        #[must_use]
        pub fn set_network_card_index(mut self, v: impl Into<Value<i64>>) -> Self {
            self.network_card_index = Some(v.into());
            self
        }
        /// Sets `NetworkInterfaceId`.
        #[must_use]
        pub fn set_network_interface_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.network_interface_id = Some(v.into());
            self
        }
        /// Sets `PrimaryIpv6`.
        #[must_use]
        pub fn set_primary_ipv6(mut self, v: impl Into<Value<bool>>) -> Self {
            self.primary_ipv6 = Some(v.into());
            self
        }
        /// Sets `PrivateIpAddress`.
        #[must_use]
        pub fn set_private_ip_address(mut self, v: impl Into<Value<String>>) -> Self {
            self.private_ip_address = Some(v.into());
            self
        }
        /// Sets `PrivateIpAddresses`.
        #[must_use]
        pub fn set_private_ip_addresses(mut self, v: impl Into<Value<Vec<PrivateIpAdd>>>) -> Self {
            self.private_ip_addresses = Some(v.into());
            self
        }
        /// Sets `SecondaryPrivateIpAddressCount`.
        #[must_use]
        pub fn set_secondary_private_ip_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
            self.secondary_private_ip_address_count = Some(v.into());
            self
        }
        /// Sets `SubnetId`.
        #[must_use]
        pub fn set_subnet_id(mut self, v: impl Into<Value<IdOf<super::Subnet>>>) -> Self {
            self.subnet_id = Some(v.into());
            self
        }
    }
    impl Default for NetworkInterface {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for NetworkInterface {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "AssociateCarrierIpAddress",
                self.associate_carrier_ip_address.as_ref(),
            );
            m.set(
                "AssociatePublicIpAddress",
                self.associate_public_ip_address.as_ref(),
            );
            m.set(
                "ConnectionTrackingSpecification",
                self.connection_tracking_specification.as_ref(),
            );
            m.set("DeleteOnTermination", self.delete_on_termination.as_ref());
            m.set("Description", self.description.as_ref());
            m.set("DeviceIndex", self.device_index.as_ref());
            m.set("EnaQueueCount", self.ena_queue_count.as_ref());
            m.set("EnaSrdSpecification", self.ena_srd_specification.as_ref());
            m.set("Groups", self.groups.as_ref());
            m.set("InterfaceType", self.interface_type.as_ref());
            m.set("Ipv4PrefixCount", self.ipv4_prefix_count.as_ref());
            m.set("Ipv4Prefixes", self.ipv4_prefixes.as_ref());
            m.set("Ipv6AddressCount", self.ipv6_address_count.as_ref());
            m.set("Ipv6Addresses", self.ipv6_addresses.as_ref());
            m.set("Ipv6PrefixCount", self.ipv6_prefix_count.as_ref());
            m.set("Ipv6Prefixes", self.ipv6_prefixes.as_ref());
            m.set("NetworkCardIndex", self.network_card_index.as_ref());
            m.set("NetworkInterfaceId", self.network_interface_id.as_ref());
            m.set("PrimaryIpv6", self.primary_ipv6.as_ref());
            m.set("PrivateIpAddress", self.private_ip_address.as_ref());
            m.set("PrivateIpAddresses", self.private_ip_addresses.as_ref());
            m.set(
                "SecondaryPrivateIpAddressCount",
                self.secondary_private_ip_address_count.as_ref(),
            );
            m.set("SubnetId", self.subnet_id.as_ref());
            m.finish()
        }
    }
    impl From<NetworkInterface> for Value<NetworkInterface> {
        fn from(v: NetworkInterface) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.ConnectionTrackingSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-connectiontrackingspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ConnectionTrackingSpecification {
        /// `TcpEstablishedTimeout`.
        pub tcp_established_timeout: Option<Value<i64>>,
        /// `UdpStreamTimeout`.
        pub udp_stream_timeout: Option<Value<i64>>,
        /// `UdpTimeout`.
        pub udp_timeout: Option<Value<i64>>,
    }
    impl ConnectionTrackingSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                tcp_established_timeout: None,
                udp_stream_timeout: None,
                udp_timeout: None,
            }
        }
        /// Sets `TcpEstablishedTimeout`.
        #[must_use]
        pub fn set_tcp_established_timeout(mut self, v: impl Into<Value<i64>>) -> Self {
            self.tcp_established_timeout = Some(v.into());
            self
        }
        /// Sets `UdpStreamTimeout`.
        #[must_use]
        pub fn set_udp_stream_timeout(mut self, v: impl Into<Value<i64>>) -> Self {
            self.udp_stream_timeout = Some(v.into());
            self
        }
        /// Sets `UdpTimeout`.
        #[must_use]
        pub fn set_udp_timeout(mut self, v: impl Into<Value<i64>>) -> Self {
            self.udp_timeout = Some(v.into());
            self
        }
    }
    impl Default for ConnectionTrackingSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ConnectionTrackingSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "TcpEstablishedTimeout",
                self.tcp_established_timeout.as_ref(),
            );
            m.set("UdpStreamTimeout", self.udp_stream_timeout.as_ref());
            m.set("UdpTimeout", self.udp_timeout.as_ref());
            m.finish()
        }
    }
    impl From<ConnectionTrackingSpecification> for Value<ConnectionTrackingSpecification> {
        fn from(v: ConnectionTrackingSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.EnaSrdSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-enasrdspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EnaSrdSpecification {
        /// `EnaSrdEnabled`.
        pub ena_srd_enabled: Option<Value<bool>>,
        /// `EnaSrdUdpSpecification`.
        pub ena_srd_udp_specification: Option<Value<EnaSrdUdpSpecification>>,
    }
    impl EnaSrdSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                ena_srd_enabled: None,
                ena_srd_udp_specification: None,
            }
        }
        /// Sets `EnaSrdEnabled`.
        #[must_use]
        pub fn set_ena_srd_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.ena_srd_enabled = Some(v.into());
            self
        }
        /// Sets `EnaSrdUdpSpecification`.
        #[must_use]
        pub fn set_ena_srd_udp_specification(
            mut self,
            v: impl Into<Value<EnaSrdUdpSpecification>>,
        ) -> Self {
            self.ena_srd_udp_specification = Some(v.into());
            self
        }
    }
    impl Default for EnaSrdSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for EnaSrdSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EnaSrdEnabled", self.ena_srd_enabled.as_ref());
            m.set(
                "EnaSrdUdpSpecification",
                self.ena_srd_udp_specification.as_ref(),
            );
            m.finish()
        }
    }
    impl From<EnaSrdSpecification> for Value<EnaSrdSpecification> {
        fn from(v: EnaSrdSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.EnaSrdUdpSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-enasrdudpspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EnaSrdUdpSpecification {
        /// `EnaSrdUdpEnabled`.
        pub ena_srd_udp_enabled: Option<Value<bool>>,
    }
    impl EnaSrdUdpSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                ena_srd_udp_enabled: None,
            }
        }
        /// Sets `EnaSrdUdpEnabled`.
        #[must_use]
        pub fn set_ena_srd_udp_enabled(mut self, v: impl Into<Value<bool>>) -> Self {
            self.ena_srd_udp_enabled = Some(v.into());
            self
        }
    }
    impl Default for EnaSrdUdpSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for EnaSrdUdpSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("EnaSrdUdpEnabled", self.ena_srd_udp_enabled.as_ref());
            m.finish()
        }
    }
    impl From<EnaSrdUdpSpecification> for Value<EnaSrdUdpSpecification> {
        fn from(v: EnaSrdUdpSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Ipv4PrefixSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ipv4prefixspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ipv4PrefixSpecification {
        /// `Ipv4Prefix`.
        pub ipv4_prefix: Option<Value<String>>,
    }
    impl Ipv4PrefixSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { ipv4_prefix: None }
        }
        /// Sets `Ipv4Prefix`.
        #[must_use]
        pub fn set_ipv4_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.ipv4_prefix = Some(v.into());
            self
        }
    }
    impl Default for Ipv4PrefixSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Ipv4PrefixSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Ipv4Prefix", self.ipv4_prefix.as_ref());
            m.finish()
        }
    }
    impl From<Ipv4PrefixSpecification> for Value<Ipv4PrefixSpecification> {
        fn from(v: Ipv4PrefixSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Ipv6Add`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ipv6add.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ipv6Add {
        /// `Ipv6Address`.
        pub ipv6_address: Option<Value<String>>,
    }
    impl Ipv6Add {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { ipv6_address: None }
        }
        /// Sets `Ipv6Address`.
        #[must_use]
        pub fn set_ipv6_address(mut self, v: impl Into<Value<String>>) -> Self {
            self.ipv6_address = Some(v.into());
            self
        }
    }
    impl Default for Ipv6Add {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Ipv6Add {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Ipv6Address", self.ipv6_address.as_ref());
            m.finish()
        }
    }
    impl From<Ipv6Add> for Value<Ipv6Add> {
        fn from(v: Ipv6Add) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Ipv6PrefixSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ipv6prefixspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ipv6PrefixSpecification {
        /// `Ipv6Prefix`.
        pub ipv6_prefix: Option<Value<String>>,
    }
    impl Ipv6PrefixSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self { ipv6_prefix: None }
        }
        /// Sets `Ipv6Prefix`.
        #[must_use]
        pub fn set_ipv6_prefix(mut self, v: impl Into<Value<String>>) -> Self {
            self.ipv6_prefix = Some(v.into());
            self
        }
    }
    impl Default for Ipv6PrefixSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Ipv6PrefixSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Ipv6Prefix", self.ipv6_prefix.as_ref());
            m.finish()
        }
    }
    impl From<Ipv6PrefixSpecification> for Value<Ipv6PrefixSpecification> {
        fn from(v: Ipv6PrefixSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.PrivateIpAdd`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-privateipadd.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PrivateIpAdd {
        /// `Primary`.
        pub primary: Option<Value<bool>>,
        /// `PrivateIpAddress`.
        pub private_ip_address: Option<Value<String>>,
    }
    impl PrivateIpAdd {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                primary: None,
                private_ip_address: None,
            }
        }
        /// Sets `Primary`.
        #[must_use]
        pub fn set_primary(mut self, v: impl Into<Value<bool>>) -> Self {
            self.primary = Some(v.into());
            self
        }
        /// Sets `PrivateIpAddress`.
        #[must_use]
        pub fn set_private_ip_address(mut self, v: impl Into<Value<String>>) -> Self {
            self.private_ip_address = Some(v.into());
            self
        }
    }
    impl Default for PrivateIpAdd {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for PrivateIpAdd {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Primary", self.primary.as_ref());
            m.set("PrivateIpAddress", self.private_ip_address.as_ref());
            m.finish()
        }
    }
    impl From<PrivateIpAdd> for Value<PrivateIpAdd> {
        fn from(v: PrivateIpAdd) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.NetworkPerformanceOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkperformanceoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct NetworkPerformanceOptions {
        /// `BandwidthWeighting`.
        pub bandwidth_weighting: Option<Value<String>>,
    }
    impl NetworkPerformanceOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                bandwidth_weighting: None,
            }
        }
        /// Sets `BandwidthWeighting`.
        #[must_use]
        pub fn set_bandwidth_weighting(mut self, v: impl Into<Value<String>>) -> Self {
            self.bandwidth_weighting = Some(v.into());
            self
        }
    }
    impl Default for NetworkPerformanceOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for NetworkPerformanceOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("BandwidthWeighting", self.bandwidth_weighting.as_ref());
            m.finish()
        }
    }
    impl From<NetworkPerformanceOptions> for Value<NetworkPerformanceOptions> {
        fn from(v: NetworkPerformanceOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.Placement`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-placement.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Placement {
        /// `Affinity`.
        pub affinity: Option<Value<String>>,
        /// `AvailabilityZone`.
        pub availability_zone: Option<Value<String>>,
        /// `GroupId`.
        pub group_id: Option<Value<String>>,
        /// `GroupName`.
        pub group_name: Option<Value<String>>,
        /// `HostId`.
        pub host_id: Option<Value<String>>,
        /// `HostResourceGroupArn`.
        pub host_resource_group_arn: Option<Value<String>>,
        /// `PartitionNumber`.
        pub partition_number: Option<Value<i64>>,
        /// `SpreadDomain`.
        pub spread_domain: Option<Value<String>>,
        /// `Tenancy`.
        pub tenancy: Option<Value<String>>,
    }
    impl Placement {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                affinity: None,
                availability_zone: None,
                group_id: None,
                group_name: None,
                host_id: None,
                host_resource_group_arn: None,
                partition_number: None,
                spread_domain: None,
                tenancy: None,
            }
        }
        /// Sets `Affinity`.
        #[must_use]
        pub fn set_affinity(mut self, v: impl Into<Value<String>>) -> Self {
            self.affinity = Some(v.into());
            self
        }
        /// Sets `AvailabilityZone`.
        #[must_use]
        pub fn set_availability_zone(mut self, v: impl Into<Value<String>>) -> Self {
            self.availability_zone = Some(v.into());
            self
        }
        /// Sets `GroupId`.
        #[must_use]
        pub fn set_group_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.group_id = Some(v.into());
            self
        }
        /// Sets `GroupName`.
        #[must_use]
        pub fn set_group_name(mut self, v: impl Into<Value<String>>) -> Self {
            self.group_name = Some(v.into());
            self
        }
        /// Sets `HostId`.
        #[must_use]
        pub fn set_host_id(mut self, v: impl Into<Value<String>>) -> Self {
            self.host_id = Some(v.into());
            self
        }
        /// Sets `HostResourceGroupArn`.
        #[must_use]
        pub fn set_host_resource_group_arn(mut self, v: impl Into<Value<String>>) -> Self {
            self.host_resource_group_arn = Some(v.into());
            self
        }
        /// Sets `PartitionNumber`.
        #[must_use]
        pub fn set_partition_number(mut self, v: impl Into<Value<i64>>) -> Self {
            self.partition_number = Some(v.into());
            self
        }
        /// Sets `SpreadDomain`.
        #[must_use]
        pub fn set_spread_domain(mut self, v: impl Into<Value<String>>) -> Self {
            self.spread_domain = Some(v.into());
            self
        }
        /// Sets `Tenancy`.
        #[must_use]
        pub fn set_tenancy(mut self, v: impl Into<Value<String>>) -> Self {
            self.tenancy = Some(v.into());
            self
        }
    }
    impl Default for Placement {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for Placement {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("Affinity", self.affinity.as_ref());
            m.set("AvailabilityZone", self.availability_zone.as_ref());
            m.set("GroupId", self.group_id.as_ref());
            m.set("GroupName", self.group_name.as_ref());
            m.set("HostId", self.host_id.as_ref());
            m.set(
                "HostResourceGroupArn",
                self.host_resource_group_arn.as_ref(),
            );
            m.set("PartitionNumber", self.partition_number.as_ref());
            m.set("SpreadDomain", self.spread_domain.as_ref());
            m.set("Tenancy", self.tenancy.as_ref());
            m.finish()
        }
    }
    impl From<Placement> for Value<Placement> {
        fn from(v: Placement) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.PrivateDnsNameOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-privatednsnameoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PrivateDnsNameOptions {
        /// `EnableResourceNameDnsAAAARecord`.
        pub enable_resource_name_dns_aaaa_record: Option<Value<bool>>,
        /// `EnableResourceNameDnsARecord`.
        pub enable_resource_name_dns_a_record: Option<Value<bool>>,
        /// `HostnameType`.
        pub hostname_type: Option<Value<String>>,
    }
    impl PrivateDnsNameOptions {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                enable_resource_name_dns_aaaa_record: None,
                enable_resource_name_dns_a_record: None,
                hostname_type: None,
            }
        }
        /// Sets `EnableResourceNameDnsAAAARecord`.
        #[must_use]
        pub fn set_enable_resource_name_dns_aaaa_record(
            mut self,
            v: impl Into<Value<bool>>,
        ) -> Self {
            self.enable_resource_name_dns_aaaa_record = Some(v.into());
            self
        }
        /// Sets `EnableResourceNameDnsARecord`.
        #[must_use]
        pub fn set_enable_resource_name_dns_a_record(mut self, v: impl Into<Value<bool>>) -> Self {
            self.enable_resource_name_dns_a_record = Some(v.into());
            self
        }
        /// Sets `HostnameType`.
        #[must_use]
        pub fn set_hostname_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.hostname_type = Some(v.into());
            self
        }
    }
    impl Default for PrivateDnsNameOptions {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for PrivateDnsNameOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "EnableResourceNameDnsAAAARecord",
                self.enable_resource_name_dns_aaaa_record.as_ref(),
            );
            m.set(
                "EnableResourceNameDnsARecord",
                self.enable_resource_name_dns_a_record.as_ref(),
            );
            m.set("HostnameType", self.hostname_type.as_ref());
            m.finish()
        }
    }
    impl From<PrivateDnsNameOptions> for Value<PrivateDnsNameOptions> {
        fn from(v: PrivateDnsNameOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.TagSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-tagspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TagSpecification {
        /// `ResourceType`.
        pub resource_type: Option<Value<String>>,
        /// `Tags`.
        pub tags: Option<Value<Vec<Tag>>>,
    }
    impl TagSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                resource_type: None,
                tags: None,
            }
        }
        /// Sets `ResourceType`.
        #[must_use]
        pub fn set_resource_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.resource_type = Some(v.into());
            self
        }
        /// Sets `Tags`.
        #[must_use]
        pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
            self.tags = Some(v.into());
            self
        }
    }
    impl Default for TagSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for TagSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ResourceType", self.resource_type.as_ref());
            m.set("Tags", self.tags.as_ref());
            m.finish()
        }
    }
    impl From<TagSpecification> for Value<TagSpecification> {
        fn from(v: TagSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::LaunchTemplate.LaunchTemplateTagSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-launchtemplatetagspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct LaunchTemplateTagSpecification {
        /// `ResourceType`.
        pub resource_type: Option<Value<String>>,
        /// `Tags`.
        pub tags: Option<Value<Vec<Tag>>>,
    }
    impl LaunchTemplateTagSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                resource_type: None,
                tags: None,
            }
        }
        /// Sets `ResourceType`.
        #[must_use]
        pub fn set_resource_type(mut self, v: impl Into<Value<String>>) -> Self {
            self.resource_type = Some(v.into());
            self
        }
        /// Sets `Tags`.
        #[must_use]
        pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
            self.tags = Some(v.into());
            self
        }
    }
    impl Default for LaunchTemplateTagSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for LaunchTemplateTagSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set("ResourceType", self.resource_type.as_ref());
            m.set("Tags", self.tags.as_ref());
            m.finish()
        }
    }
    impl From<LaunchTemplateTagSpecification> for Value<LaunchTemplateTagSpecification> {
        fn from(v: LaunchTemplateTagSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::FlowLog`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowLog {
    /// `DeliverCrossAccountRole` (create-only).
    pub deliver_cross_account_role: Option<Value<String>>,
    /// `DeliverLogsPermissionArn` (create-only).
    pub deliver_logs_permission_arn: Option<Value<String>>,
    /// `DestinationOptions` (create-only).
    pub destination_options: Option<Value<flow_log::DestinationOptions>>,
    /// `LogDestination` (create-only).
    pub log_destination: Option<Value<String>>,
    /// `LogDestinationType` (create-only).
    pub log_destination_type: Option<Value<String>>,
    /// `LogFormat` (create-only).
    pub log_format: Option<Value<String>>,
    /// `LogGroupName` (create-only).
    pub log_group_name: Option<Value<String>>,
    /// `MaxAggregationInterval` (create-only).
    pub max_aggregation_interval: Option<Value<i64>>,
    /// `ResourceId` (required, create-only).
    pub resource_id: Value<String>,
    /// `ResourceType` (required, create-only).
    pub resource_type: Value<String>,
    /// `TagFieldSpecifications` (create-only).
    pub tag_field_specifications: Option<Value<Vec<flow_log::TagFieldSpecification>>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
    /// `TrafficType` (create-only).
    pub traffic_type: Option<Value<String>>,
}
impl FlowLog {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(
        resource_id: impl Into<Value<String>>,
        resource_type: impl Into<Value<String>>,
    ) -> Self {
        Self {
            deliver_cross_account_role: None,
            deliver_logs_permission_arn: None,
            destination_options: None,
            log_destination: None,
            log_destination_type: None,
            log_format: None,
            log_group_name: None,
            max_aggregation_interval: None,
            resource_id: resource_id.into(),
            resource_type: resource_type.into(),
            tag_field_specifications: None,
            tags: None,
            traffic_type: None,
        }
    }
    /// Sets `DeliverCrossAccountRole`.
    #[must_use]
    pub fn set_deliver_cross_account_role(mut self, v: impl Into<Value<String>>) -> Self {
        self.deliver_cross_account_role = Some(v.into());
        self
    }
    /// Sets `DeliverLogsPermissionArn`.
    #[must_use]
    pub fn set_deliver_logs_permission_arn(mut self, v: impl Into<Value<String>>) -> Self {
        self.deliver_logs_permission_arn = Some(v.into());
        self
    }
    /// Sets `DestinationOptions`.
    #[must_use]
    pub fn set_destination_options(
        mut self,
        v: impl Into<Value<flow_log::DestinationOptions>>,
    ) -> Self {
        self.destination_options = Some(v.into());
        self
    }
    /// Sets `LogDestination`.
    #[must_use]
    pub fn set_log_destination(mut self, v: impl Into<Value<String>>) -> Self {
        self.log_destination = Some(v.into());
        self
    }
    /// Sets `LogDestinationType`.
    #[must_use]
    pub fn set_log_destination_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.log_destination_type = Some(v.into());
        self
    }
    /// Sets `LogFormat`.
    #[must_use]
    pub fn set_log_format(mut self, v: impl Into<Value<String>>) -> Self {
        self.log_format = Some(v.into());
        self
    }
    /// Sets `LogGroupName`.
    #[must_use]
    pub fn set_log_group_name(mut self, v: impl Into<Value<String>>) -> Self {
        self.log_group_name = Some(v.into());
        self
    }
    /// Sets `MaxAggregationInterval`.
    #[must_use]
    pub fn set_max_aggregation_interval(mut self, v: impl Into<Value<i64>>) -> Self {
        self.max_aggregation_interval = Some(v.into());
        self
    }
    /// Sets `TagFieldSpecifications`.
    #[must_use]
    pub fn set_tag_field_specifications(
        mut self,
        v: impl Into<Value<Vec<flow_log::TagFieldSpecification>>>,
    ) -> Self {
        self.tag_field_specifications = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
    /// Sets `TrafficType`.
    #[must_use]
    pub fn set_traffic_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.traffic_type = Some(v.into());
        self
    }
}
impl Resource for FlowLog {
    const TYPE: &'static str = "AWS::EC2::FlowLog";
    const SCHEMA: &'static ResourceSchema = &FLOW_LOG_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set(
            "DeliverCrossAccountRole",
            self.deliver_cross_account_role.as_ref(),
        );
        m.set(
            "DeliverLogsPermissionArn",
            self.deliver_logs_permission_arn.as_ref(),
        );
        m.set("DestinationOptions", self.destination_options.as_ref());
        m.set("LogDestination", self.log_destination.as_ref());
        m.set("LogDestinationType", self.log_destination_type.as_ref());
        m.set("LogFormat", self.log_format.as_ref());
        m.set("LogGroupName", self.log_group_name.as_ref());
        m.set(
            "MaxAggregationInterval",
            self.max_aggregation_interval.as_ref(),
        );
        m.put("ResourceId", &self.resource_id);
        m.put("ResourceType", &self.resource_type);
        m.set(
            "TagFieldSpecifications",
            self.tag_field_specifications.as_ref(),
        );
        m.set("Tags", self.tags.as_ref());
        m.set("TrafficType", self.traffic_type.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.deliver_cross_account_role {
            f("DeliverCrossAccountRole", v.expr());
        }
        if let Some(v) = &self.deliver_logs_permission_arn {
            f("DeliverLogsPermissionArn", v.expr());
        }
        if let Some(v) = &self.destination_options {
            f("DestinationOptions", v.expr());
        }
        if let Some(v) = &self.log_destination {
            f("LogDestination", v.expr());
        }
        if let Some(v) = &self.log_destination_type {
            f("LogDestinationType", v.expr());
        }
        if let Some(v) = &self.log_format {
            f("LogFormat", v.expr());
        }
        if let Some(v) = &self.log_group_name {
            f("LogGroupName", v.expr());
        }
        if let Some(v) = &self.max_aggregation_interval {
            f("MaxAggregationInterval", v.expr());
        }
        f("ResourceId", self.resource_id.expr());
        f("ResourceType", self.resource_type.expr());
        if let Some(v) = &self.tag_field_specifications {
            f("TagFieldSpecifications", v.expr());
        }
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
        if let Some(v) = &self.traffic_type {
            f("TrafficType", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`FlowLog`] handle (in scope with the crate's `prelude`).
pub trait FlowLogAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
}
impl FlowLogAttributes for ResourceRef<FlowLog> {}
static FLOW_LOG_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::FlowLog",
    create_only: &[
        "/properties/DeliverCrossAccountRole",
        "/properties/DeliverLogsPermissionArn",
        "/properties/LogGroupName",
        "/properties/LogDestination",
        "/properties/ResourceId",
        "/properties/TrafficType",
        "/properties/LogDestinationType",
        "/properties/ResourceType",
        "/properties/LogFormat",
        "/properties/MaxAggregationInterval",
        "/properties/DestinationOptions",
        "/properties/TagFieldSpecifications",
    ],
    read_only: &["/properties/Id"],
    attributes: &["Id"],
    tagging: Tagging::List,
};
/// Property types of [`AWS::EC2::FlowLog`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html).
pub mod flow_log {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::FlowLog.DestinationOptions`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-flowlog-destinationoptions.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DestinationOptions {
        /// `FileFormat` (required).
        pub file_format: Value<String>,
        /// `HiveCompatiblePartitions` (required).
        pub hive_compatible_partitions: Value<bool>,
        /// `PerHourPartition` (required).
        pub per_hour_partition: Value<bool>,
    }
    impl DestinationOptions {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            file_format: impl Into<Value<String>>,
            hive_compatible_partitions: impl Into<Value<bool>>,
            per_hour_partition: impl Into<Value<bool>>,
        ) -> Self {
            Self {
                file_format: file_format.into(),
                hive_compatible_partitions: hive_compatible_partitions.into(),
                per_hour_partition: per_hour_partition.into(),
            }
        }
    }
    impl ToExpr for DestinationOptions {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("FileFormat", &self.file_format);
            m.put("HiveCompatiblePartitions", &self.hive_compatible_partitions);
            m.put("PerHourPartition", &self.per_hour_partition);
            m.finish()
        }
    }
    impl From<DestinationOptions> for Value<DestinationOptions> {
        fn from(v: DestinationOptions) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::FlowLog.TagFieldSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-flowlog-tagfieldspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TagFieldSpecification {
        /// `ResourceType` (required).
        pub resource_type: Value<String>,
        /// `TagKeys` (required).
        pub tag_keys: Value<Vec<String>>,
    }
    impl TagFieldSpecification {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            resource_type: impl Into<Value<String>>,
            tag_keys: impl Into<Value<Vec<String>>>,
        ) -> Self {
            Self {
                resource_type: resource_type.into(),
                tag_keys: tag_keys.into(),
            }
        }
    }
    impl ToExpr for TagFieldSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("ResourceType", &self.resource_type);
            m.put("TagKeys", &self.tag_keys);
            m.finish()
        }
    }
    impl From<TagFieldSpecification> for Value<TagFieldSpecification> {
        fn from(v: TagFieldSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
/// [`AWS::EC2::NetworkInterface`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkinterface.html) resource.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterface {
    /// `ConnectionTrackingSpecification`.
    pub connection_tracking_specification:
        Option<Value<network_interface::ConnectionTrackingSpecification>>,
    /// `Description`.
    pub description: Option<Value<String>>,
    /// `EnablePrimaryIpv6`.
    pub enable_primary_ipv6: Option<Value<bool>>,
    /// `GroupSet`.
    pub group_set: Option<Value<Vec<String>>>,
    /// `InterfaceType` (create-only).
    pub interface_type: Option<Value<String>>,
    /// `Ipv4PrefixCount`.
    pub ipv4_prefix_count: Option<Value<i64>>,
    /// `Ipv4Prefixes`.
    pub ipv4_prefixes: Option<Value<Vec<network_interface::Ipv4PrefixSpecification>>>,
    /// `Ipv6AddressCount`.
    pub ipv6_address_count: Option<Value<i64>>,
    /// `Ipv6Addresses`.
    pub ipv6_addresses: Option<Value<Vec<network_interface::InstanceIpv6Address>>>,
    /// `Ipv6PrefixCount`.
    pub ipv6_prefix_count: Option<Value<i64>>,
    /// `Ipv6Prefixes`.
    pub ipv6_prefixes: Option<Value<Vec<network_interface::Ipv6PrefixSpecification>>>,
    /// `PrivateIpAddress` (create-only).
    pub private_ip_address: Option<Value<String>>,
    /// `PrivateIpAddresses`.
    pub private_ip_addresses: Option<Value<Vec<network_interface::PrivateIpAddressSpecification>>>,
    /// `PublicIpDnsHostnameTypeSpecification`.
    pub public_ip_dns_hostname_type_specification: Option<Value<String>>,
    /// `SecondaryPrivateIpAddressCount`.
    pub secondary_private_ip_address_count: Option<Value<i64>>,
    /// `SourceDestCheck`.
    pub source_dest_check: Option<Value<bool>>,
    /// `SubnetId` (required, create-only).
    pub subnet_id: Value<IdOf<Subnet>>,
    /// `Tags`.
    pub tags: Option<Value<Vec<Tag>>>,
}
impl NetworkInterface {
    /// New resource from its required properties.
    #[must_use]
    pub fn new(subnet_id: impl Into<Value<IdOf<Subnet>>>) -> Self {
        Self {
            connection_tracking_specification: None,
            description: None,
            enable_primary_ipv6: None,
            group_set: None,
            interface_type: None,
            ipv4_prefix_count: None,
            ipv4_prefixes: None,
            ipv6_address_count: None,
            ipv6_addresses: None,
            ipv6_prefix_count: None,
            ipv6_prefixes: None,
            private_ip_address: None,
            private_ip_addresses: None,
            public_ip_dns_hostname_type_specification: None,
            secondary_private_ip_address_count: None,
            source_dest_check: None,
            subnet_id: subnet_id.into(),
            tags: None,
        }
    }
    /// Sets `ConnectionTrackingSpecification`.
    #[must_use]
    pub fn set_connection_tracking_specification(
        mut self,
        v: impl Into<Value<network_interface::ConnectionTrackingSpecification>>,
    ) -> Self {
        self.connection_tracking_specification = Some(v.into());
        self
    }
    /// Sets `Description`.
    #[must_use]
    pub fn set_description(mut self, v: impl Into<Value<String>>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Sets `EnablePrimaryIpv6`.
    #[must_use]
    pub fn set_enable_primary_ipv6(mut self, v: impl Into<Value<bool>>) -> Self {
        self.enable_primary_ipv6 = Some(v.into());
        self
    }
    /// Sets `GroupSet`.
    #[must_use]
    pub fn set_group_set(mut self, v: impl Into<Value<Vec<String>>>) -> Self {
        self.group_set = Some(v.into());
        self
    }
    /// Sets `InterfaceType`.
    #[must_use]
    pub fn set_interface_type(mut self, v: impl Into<Value<String>>) -> Self {
        self.interface_type = Some(v.into());
        self
    }
    /// Sets `Ipv4PrefixCount`.
    #[must_use]
    pub fn set_ipv4_prefix_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv4_prefix_count = Some(v.into());
        self
    }
    /// Sets `Ipv4Prefixes`.
    #[must_use]
    pub fn set_ipv4_prefixes(
        mut self,
        v: impl Into<Value<Vec<network_interface::Ipv4PrefixSpecification>>>,
    ) -> Self {
        self.ipv4_prefixes = Some(v.into());
        self
    }
    /// Sets `Ipv6AddressCount`.
    #[must_use]
    pub fn set_ipv6_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv6_address_count = Some(v.into());
        self
    }
    /// Sets `Ipv6Addresses`.
    #[must_use]
    pub fn set_ipv6_addresses(
        mut self,
        v: impl Into<Value<Vec<network_interface::InstanceIpv6Address>>>,
    ) -> Self {
        self.ipv6_addresses = Some(v.into());
        self
    }
    /// Sets `Ipv6PrefixCount`.
    #[must_use]
    pub fn set_ipv6_prefix_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.ipv6_prefix_count = Some(v.into());
        self
    }
    /// Sets `Ipv6Prefixes`.
    #[must_use]
    pub fn set_ipv6_prefixes(
        mut self,
        v: impl Into<Value<Vec<network_interface::Ipv6PrefixSpecification>>>,
    ) -> Self {
        self.ipv6_prefixes = Some(v.into());
        self
    }
    /// Sets `PrivateIpAddress`.
    #[must_use]
    pub fn set_private_ip_address(mut self, v: impl Into<Value<String>>) -> Self {
        self.private_ip_address = Some(v.into());
        self
    }
    /// Sets `PrivateIpAddresses`.
    #[must_use]
    pub fn set_private_ip_addresses(
        mut self,
        v: impl Into<Value<Vec<network_interface::PrivateIpAddressSpecification>>>,
    ) -> Self {
        self.private_ip_addresses = Some(v.into());
        self
    }
    /// Sets `PublicIpDnsHostnameTypeSpecification`.
    #[must_use]
    pub fn set_public_ip_dns_hostname_type_specification(
        mut self,
        v: impl Into<Value<String>>,
    ) -> Self {
        self.public_ip_dns_hostname_type_specification = Some(v.into());
        self
    }
    /// Sets `SecondaryPrivateIpAddressCount`.
    #[must_use]
    pub fn set_secondary_private_ip_address_count(mut self, v: impl Into<Value<i64>>) -> Self {
        self.secondary_private_ip_address_count = Some(v.into());
        self
    }
    /// Sets `SourceDestCheck`.
    #[must_use]
    pub fn set_source_dest_check(mut self, v: impl Into<Value<bool>>) -> Self {
        self.source_dest_check = Some(v.into());
        self
    }
    /// Sets `Tags`.
    #[must_use]
    pub fn set_tags(mut self, v: impl Into<Value<Vec<Tag>>>) -> Self {
        self.tags = Some(v.into());
        self
    }
}
impl Resource for NetworkInterface {
    const TYPE: &'static str = "AWS::EC2::NetworkInterface";
    const SCHEMA: &'static ResourceSchema = &NETWORK_INTERFACE_SCHEMA;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set(
            "ConnectionTrackingSpecification",
            self.connection_tracking_specification.as_ref(),
        );
        m.set("Description", self.description.as_ref());
        m.set("EnablePrimaryIpv6", self.enable_primary_ipv6.as_ref());
        m.set("GroupSet", self.group_set.as_ref());
        m.set("InterfaceType", self.interface_type.as_ref());
        m.set("Ipv4PrefixCount", self.ipv4_prefix_count.as_ref());
        m.set("Ipv4Prefixes", self.ipv4_prefixes.as_ref());
        m.set("Ipv6AddressCount", self.ipv6_address_count.as_ref());
        m.set("Ipv6Addresses", self.ipv6_addresses.as_ref());
        m.set("Ipv6PrefixCount", self.ipv6_prefix_count.as_ref());
        m.set("Ipv6Prefixes", self.ipv6_prefixes.as_ref());
        m.set("PrivateIpAddress", self.private_ip_address.as_ref());
        m.set("PrivateIpAddresses", self.private_ip_addresses.as_ref());
        m.set(
            "PublicIpDnsHostnameTypeSpecification",
            self.public_ip_dns_hostname_type_specification.as_ref(),
        );
        m.set(
            "SecondaryPrivateIpAddressCount",
            self.secondary_private_ip_address_count.as_ref(),
        );
        m.set("SourceDestCheck", self.source_dest_check.as_ref());
        m.put("SubnetId", &self.subnet_id);
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Some(v) = &self.connection_tracking_specification {
            f("ConnectionTrackingSpecification", v.expr());
        }
        if let Some(v) = &self.description {
            f("Description", v.expr());
        }
        if let Some(v) = &self.enable_primary_ipv6 {
            f("EnablePrimaryIpv6", v.expr());
        }
        if let Some(v) = &self.group_set {
            f("GroupSet", v.expr());
        }
        if let Some(v) = &self.interface_type {
            f("InterfaceType", v.expr());
        }
        if let Some(v) = &self.ipv4_prefix_count {
            f("Ipv4PrefixCount", v.expr());
        }
        if let Some(v) = &self.ipv4_prefixes {
            f("Ipv4Prefixes", v.expr());
        }
        if let Some(v) = &self.ipv6_address_count {
            f("Ipv6AddressCount", v.expr());
        }
        if let Some(v) = &self.ipv6_addresses {
            f("Ipv6Addresses", v.expr());
        }
        if let Some(v) = &self.ipv6_prefix_count {
            f("Ipv6PrefixCount", v.expr());
        }
        if let Some(v) = &self.ipv6_prefixes {
            f("Ipv6Prefixes", v.expr());
        }
        if let Some(v) = &self.private_ip_address {
            f("PrivateIpAddress", v.expr());
        }
        if let Some(v) = &self.private_ip_addresses {
            f("PrivateIpAddresses", v.expr());
        }
        if let Some(v) = &self.public_ip_dns_hostname_type_specification {
            f("PublicIpDnsHostnameTypeSpecification", v.expr());
        }
        if let Some(v) = &self.secondary_private_ip_address_count {
            f("SecondaryPrivateIpAddressCount", v.expr());
        }
        if let Some(v) = &self.source_dest_check {
            f("SourceDestCheck", v.expr());
        }
        f("SubnetId", self.subnet_id.expr());
        if let Some(v) = &self.tags {
            f("Tags", v.expr());
        }
    }
}
/// `Fn::GetAtt` attributes of a [`NetworkInterface`] handle (in scope with the crate's `prelude`).
pub trait NetworkInterfaceAttributes: GetAtt {
    /// `Fn::GetAtt` `Id`.
    #[must_use]
    fn attr_id(&self) -> Value<String> {
        self.get_att("Id")
    }
    /// `Fn::GetAtt` `SecondaryPrivateIpAddresses`.
    #[must_use]
    fn attr_secondary_private_ip_addresses(&self) -> Value<Vec<String>> {
        self.get_att("SecondaryPrivateIpAddresses")
    }
    /// `Fn::GetAtt` `PrimaryPrivateIpAddress`.
    #[must_use]
    fn attr_primary_private_ip_address(&self) -> Value<String> {
        self.get_att("PrimaryPrivateIpAddress")
    }
    /// `Fn::GetAtt` `PrimaryIpv6Address`.
    #[must_use]
    fn attr_primary_ipv6_address(&self) -> Value<String> {
        self.get_att("PrimaryIpv6Address")
    }
    /// `Fn::GetAtt` `VpcId`.
    #[must_use]
    fn attr_vpc_id(&self) -> Value<String> {
        self.get_att("VpcId")
    }
    /// `Fn::GetAtt` `PublicIpDnsNameOptions.DnsHostnameType`.
    #[must_use]
    fn attr_public_ip_dns_name_options_dns_hostname_type(&self) -> Value<String> {
        self.get_att("PublicIpDnsNameOptions.DnsHostnameType")
    }
    /// `Fn::GetAtt` `PublicIpDnsNameOptions.PublicDualStackDnsName`.
    #[must_use]
    fn attr_public_ip_dns_name_options_public_dual_stack_dns_name(&self) -> Value<String> {
        self.get_att("PublicIpDnsNameOptions.PublicDualStackDnsName")
    }
    /// `Fn::GetAtt` `PublicIpDnsNameOptions.PublicIpv4DnsName`.
    #[must_use]
    fn attr_public_ip_dns_name_options_public_ipv4_dns_name(&self) -> Value<String> {
        self.get_att("PublicIpDnsNameOptions.PublicIpv4DnsName")
    }
    /// `Fn::GetAtt` `PublicIpDnsNameOptions.PublicIpv6DnsName`.
    #[must_use]
    fn attr_public_ip_dns_name_options_public_ipv6_dns_name(&self) -> Value<String> {
        self.get_att("PublicIpDnsNameOptions.PublicIpv6DnsName")
    }
}
impl NetworkInterfaceAttributes for ResourceRef<NetworkInterface> {}
static NETWORK_INTERFACE_SCHEMA: ResourceSchema = ResourceSchema {
    type_name: "AWS::EC2::NetworkInterface",
    create_only: &[
        "/properties/PrivateIpAddress",
        "/properties/InterfaceType",
        "/properties/SubnetId",
    ],
    read_only: &[
        "/properties/Id",
        "/properties/SecondaryPrivateIpAddresses",
        "/properties/PrimaryPrivateIpAddress",
        "/properties/PrimaryIpv6Address",
        "/properties/VpcId",
        "/properties/PublicIpDnsNameOptions",
    ],
    attributes: &[
        "Id",
        "SecondaryPrivateIpAddresses",
        "PrimaryPrivateIpAddress",
        "PrimaryIpv6Address",
        "VpcId",
        "PublicIpDnsNameOptions.DnsHostnameType",
        "PublicIpDnsNameOptions.PublicDualStackDnsName",
        "PublicIpDnsNameOptions.PublicIpv4DnsName",
        "PublicIpDnsNameOptions.PublicIpv6DnsName",
    ],
    tagging: Tagging::List,
};
/// Property types of [`AWS::EC2::NetworkInterface`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkinterface.html).
pub mod network_interface {
    use zimbra_constructs_core::value::{Expr, PropertyMap, ToExpr, Value};
    /// [`AWS::EC2::NetworkInterface.ConnectionTrackingSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-networkinterface-connectiontrackingspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ConnectionTrackingSpecification {
        /// `TcpEstablishedTimeout`.
        pub tcp_established_timeout: Option<Value<i64>>,
        /// `UdpStreamTimeout`.
        pub udp_stream_timeout: Option<Value<i64>>,
        /// `UdpTimeout`.
        pub udp_timeout: Option<Value<i64>>,
    }
    impl ConnectionTrackingSpecification {
        /// New value with no properties set.
        #[must_use]
        pub fn new() -> Self {
            Self {
                tcp_established_timeout: None,
                udp_stream_timeout: None,
                udp_timeout: None,
            }
        }
        /// Sets `TcpEstablishedTimeout`.
        #[must_use]
        pub fn set_tcp_established_timeout(mut self, v: impl Into<Value<i64>>) -> Self {
            self.tcp_established_timeout = Some(v.into());
            self
        }
        /// Sets `UdpStreamTimeout`.
        #[must_use]
        pub fn set_udp_stream_timeout(mut self, v: impl Into<Value<i64>>) -> Self {
            self.udp_stream_timeout = Some(v.into());
            self
        }
        /// Sets `UdpTimeout`.
        #[must_use]
        pub fn set_udp_timeout(mut self, v: impl Into<Value<i64>>) -> Self {
            self.udp_timeout = Some(v.into());
            self
        }
    }
    impl Default for ConnectionTrackingSpecification {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ToExpr for ConnectionTrackingSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.set(
                "TcpEstablishedTimeout",
                self.tcp_established_timeout.as_ref(),
            );
            m.set("UdpStreamTimeout", self.udp_stream_timeout.as_ref());
            m.set("UdpTimeout", self.udp_timeout.as_ref());
            m.finish()
        }
    }
    impl From<ConnectionTrackingSpecification> for Value<ConnectionTrackingSpecification> {
        fn from(v: ConnectionTrackingSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::NetworkInterface.Ipv4PrefixSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-networkinterface-ipv4prefixspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ipv4PrefixSpecification {
        /// `Ipv4Prefix` (required).
        pub ipv4_prefix: Value<String>,
    }
    impl Ipv4PrefixSpecification {
        /// New value from its required properties.
        #[must_use]
        pub fn new(ipv4_prefix: impl Into<Value<String>>) -> Self {
            Self {
                ipv4_prefix: ipv4_prefix.into(),
            }
        }
    }
    impl ToExpr for Ipv4PrefixSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Ipv4Prefix", &self.ipv4_prefix);
            m.finish()
        }
    }
    impl From<Ipv4PrefixSpecification> for Value<Ipv4PrefixSpecification> {
        fn from(v: Ipv4PrefixSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::NetworkInterface.InstanceIpv6Address`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-networkinterface-instanceipv6address.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct InstanceIpv6Address {
        /// `Ipv6Address` (required).
        pub ipv6_address: Value<String>,
    }
    impl InstanceIpv6Address {
        /// New value from its required properties.
        #[must_use]
        pub fn new(ipv6_address: impl Into<Value<String>>) -> Self {
            Self {
                ipv6_address: ipv6_address.into(),
            }
        }
    }
    impl ToExpr for InstanceIpv6Address {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Ipv6Address", &self.ipv6_address);
            m.finish()
        }
    }
    impl From<InstanceIpv6Address> for Value<InstanceIpv6Address> {
        fn from(v: InstanceIpv6Address) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::NetworkInterface.Ipv6PrefixSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-networkinterface-ipv6prefixspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Ipv6PrefixSpecification {
        /// `Ipv6Prefix` (required).
        pub ipv6_prefix: Value<String>,
    }
    impl Ipv6PrefixSpecification {
        /// New value from its required properties.
        #[must_use]
        pub fn new(ipv6_prefix: impl Into<Value<String>>) -> Self {
            Self {
                ipv6_prefix: ipv6_prefix.into(),
            }
        }
    }
    impl ToExpr for Ipv6PrefixSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Ipv6Prefix", &self.ipv6_prefix);
            m.finish()
        }
    }
    impl From<Ipv6PrefixSpecification> for Value<Ipv6PrefixSpecification> {
        fn from(v: Ipv6PrefixSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
    /// [`AWS::EC2::NetworkInterface.PrivateIpAddressSpecification`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-networkinterface-privateipaddressspecification.html) property type.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PrivateIpAddressSpecification {
        /// `Primary` (required).
        pub primary: Value<bool>,
        /// `PrivateIpAddress` (required).
        pub private_ip_address: Value<String>,
    }
    impl PrivateIpAddressSpecification {
        /// New value from its required properties.
        #[must_use]
        pub fn new(
            primary: impl Into<Value<bool>>,
            private_ip_address: impl Into<Value<String>>,
        ) -> Self {
            Self {
                primary: primary.into(),
                private_ip_address: private_ip_address.into(),
            }
        }
    }
    impl ToExpr for PrivateIpAddressSpecification {
        fn to_expr(&self) -> Expr {
            let mut m = PropertyMap::new();
            m.put("Primary", &self.primary);
            m.put("PrivateIpAddress", &self.private_ip_address);
            m.finish()
        }
    }
    impl From<PrivateIpAddressSpecification> for Value<PrivateIpAddressSpecification> {
        fn from(v: PrivateIpAddressSpecification) -> Self {
            Value::from_expr(v.to_expr())
        }
    }
}
