// Generated from cfn-lint 1.58.0 resource provider schemas by zimbra-codegen; DO NOT EDIT.
//! Generated resource types, one module per service.
#![allow(
    clippy::too_many_arguments,
    clippy::too_many_lines,
    clippy::doc_markdown,
    clippy::module_name_repetitions,
    clippy::struct_field_names,
    clippy::must_use_candidate,
    clippy::return_self_not_must_use,
    clippy::large_types_passed_by_value,
    clippy::new_without_default
)]
use zimbra_constructs_core::resource::{Resource, ResourceSchema};
/// Resource types of the `cloudtrail` service.
pub mod cloudtrail;
/// Resource types of the `dlm` service.
pub mod dlm;
/// Resource types of the `ec2` service.
pub mod ec2;
/// Resource types of the `elasticloadbalancingv2` service.
pub mod elasticloadbalancingv2;
/// Resource types of the `iam` service.
pub mod iam;
/// Resource types of the `logs` service.
pub mod logs;
/// Resource types of the `route53` service.
pub mod route53;
/// Resource types of the `s3` service.
pub mod s3;
/// Resource types of the `secretsmanager` service.
pub mod secretsmanager;
/// Resource types of the `ssm` service.
pub mod ssm;
/// Every attribute trait (`VpcAttributes`, ...) in scope, without their names:
/// `use zimbra_constructs_cfn::prelude::*;` gives every handle its `attr_*` methods.
pub mod prelude {
    pub use super::cloudtrail::TrailAttributes as _;
    pub use super::dlm::LifecyclePolicyAttributes as _;
    pub use super::ec2::DhcpOptionsAttributes as _;
    pub use super::ec2::EipAssociationAttributes as _;
    pub use super::ec2::EipAttributes as _;
    pub use super::ec2::FlowLogAttributes as _;
    pub use super::ec2::InstanceAttributes as _;
    pub use super::ec2::InternetGatewayAttributes as _;
    pub use super::ec2::LaunchTemplateAttributes as _;
    pub use super::ec2::NatGatewayAttributes as _;
    pub use super::ec2::NetworkAclAttributes as _;
    pub use super::ec2::NetworkAclEntryAttributes as _;
    pub use super::ec2::NetworkInterfaceAttributes as _;
    pub use super::ec2::RouteAttributes as _;
    pub use super::ec2::RouteTableAttributes as _;
    pub use super::ec2::SecurityGroupAttributes as _;
    pub use super::ec2::SecurityGroupEgressAttributes as _;
    pub use super::ec2::SecurityGroupIngressAttributes as _;
    pub use super::ec2::SubnetAttributes as _;
    pub use super::ec2::SubnetNetworkAclAssociationAttributes as _;
    pub use super::ec2::SubnetRouteTableAssociationAttributes as _;
    pub use super::ec2::VolumeAttributes as _;
    pub use super::ec2::VpcAttributes as _;
    pub use super::ec2::VpcGatewayAttachmentAttributes as _;
    pub use super::elasticloadbalancingv2::ListenerAttributes as _;
    pub use super::elasticloadbalancingv2::LoadBalancerAttributes as _;
    pub use super::elasticloadbalancingv2::TargetGroupAttributes as _;
    pub use super::iam::AccessKeyAttributes as _;
    pub use super::iam::InstanceProfileAttributes as _;
    pub use super::iam::ManagedPolicyAttributes as _;
    pub use super::iam::PolicyAttributes as _;
    pub use super::iam::RoleAttributes as _;
    pub use super::iam::UserAttributes as _;
    pub use super::logs::LogGroupAttributes as _;
    pub use super::route53::HostedZoneAttributes as _;
    pub use super::s3::BucketAttributes as _;
    pub use super::secretsmanager::SecretAttributes as _;
    pub use super::ssm::AssociationAttributes as _;
    pub use super::ssm::ParameterAttributes as _;
}
/// Every generated type's schema facts, sorted by type name.
static SCHEMAS: [(&str, &ResourceSchema); 44] = [
    (
        "AWS::CloudTrail::Trail",
        <cloudtrail::Trail as Resource>::SCHEMA,
    ),
    (
        "AWS::DLM::LifecyclePolicy",
        <dlm::LifecyclePolicy as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::DHCPOptions",
        <ec2::DhcpOptions as Resource>::SCHEMA,
    ),
    ("AWS::EC2::EIP", <ec2::Eip as Resource>::SCHEMA),
    (
        "AWS::EC2::EIPAssociation",
        <ec2::EipAssociation as Resource>::SCHEMA,
    ),
    ("AWS::EC2::FlowLog", <ec2::FlowLog as Resource>::SCHEMA),
    ("AWS::EC2::Instance", <ec2::Instance as Resource>::SCHEMA),
    (
        "AWS::EC2::InternetGateway",
        <ec2::InternetGateway as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::LaunchTemplate",
        <ec2::LaunchTemplate as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::NatGateway",
        <ec2::NatGateway as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::NetworkAcl",
        <ec2::NetworkAcl as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::NetworkAclEntry",
        <ec2::NetworkAclEntry as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::NetworkInterface",
        <ec2::NetworkInterface as Resource>::SCHEMA,
    ),
    ("AWS::EC2::Route", <ec2::Route as Resource>::SCHEMA),
    (
        "AWS::EC2::RouteTable",
        <ec2::RouteTable as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::SecurityGroup",
        <ec2::SecurityGroup as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::SecurityGroupEgress",
        <ec2::SecurityGroupEgress as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::SecurityGroupIngress",
        <ec2::SecurityGroupIngress as Resource>::SCHEMA,
    ),
    ("AWS::EC2::Subnet", <ec2::Subnet as Resource>::SCHEMA),
    (
        "AWS::EC2::SubnetNetworkAclAssociation",
        <ec2::SubnetNetworkAclAssociation as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::SubnetRouteTableAssociation",
        <ec2::SubnetRouteTableAssociation as Resource>::SCHEMA,
    ),
    ("AWS::EC2::VPC", <ec2::Vpc as Resource>::SCHEMA),
    (
        "AWS::EC2::VPCDHCPOptionsAssociation",
        <ec2::VpcDhcpOptionsAssociation as Resource>::SCHEMA,
    ),
    (
        "AWS::EC2::VPCGatewayAttachment",
        <ec2::VpcGatewayAttachment as Resource>::SCHEMA,
    ),
    ("AWS::EC2::Volume", <ec2::Volume as Resource>::SCHEMA),
    (
        "AWS::EC2::VolumeAttachment",
        <ec2::VolumeAttachment as Resource>::SCHEMA,
    ),
    (
        "AWS::ElasticLoadBalancingV2::Listener",
        <elasticloadbalancingv2::Listener as Resource>::SCHEMA,
    ),
    (
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        <elasticloadbalancingv2::LoadBalancer as Resource>::SCHEMA,
    ),
    (
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        <elasticloadbalancingv2::TargetGroup as Resource>::SCHEMA,
    ),
    ("AWS::IAM::AccessKey", <iam::AccessKey as Resource>::SCHEMA),
    (
        "AWS::IAM::InstanceProfile",
        <iam::InstanceProfile as Resource>::SCHEMA,
    ),
    (
        "AWS::IAM::ManagedPolicy",
        <iam::ManagedPolicy as Resource>::SCHEMA,
    ),
    ("AWS::IAM::Policy", <iam::Policy as Resource>::SCHEMA),
    ("AWS::IAM::Role", <iam::Role as Resource>::SCHEMA),
    ("AWS::IAM::User", <iam::User as Resource>::SCHEMA),
    ("AWS::Logs::LogGroup", <logs::LogGroup as Resource>::SCHEMA),
    (
        "AWS::Route53::HostedZone",
        <route53::HostedZone as Resource>::SCHEMA,
    ),
    (
        "AWS::Route53::RecordSet",
        <route53::RecordSet as Resource>::SCHEMA,
    ),
    ("AWS::S3::Bucket", <s3::Bucket as Resource>::SCHEMA),
    (
        "AWS::S3::BucketPolicy",
        <s3::BucketPolicy as Resource>::SCHEMA,
    ),
    (
        "AWS::SSM::Association",
        <ssm::Association as Resource>::SCHEMA,
    ),
    ("AWS::SSM::Document", <ssm::Document as Resource>::SCHEMA),
    ("AWS::SSM::Parameter", <ssm::Parameter as Resource>::SCHEMA),
    (
        "AWS::SecretsManager::Secret",
        <secretsmanager::Secret as Resource>::SCHEMA,
    ),
];
/// The schema facts of a generated resource type, by CloudFormation type name.
#[must_use]
pub fn schema(type_name: &str) -> Option<&'static ResourceSchema> {
    SCHEMAS
        .binary_search_by(|(name, _)| (*name).cmp(type_name))
        .ok()
        .map(|i| SCHEMAS[i].1)
}
