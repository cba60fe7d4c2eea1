//! Tests of the generated resource types against the value and resource contracts.

use zimbra_constructs_core::resource::{IdOf, Resource, ResourceRef, Tagging};
use zimbra_constructs_core::value::{Expr, Tag, Value};
use zimbra_constructs_core::{App, StackProps, StackRef};

use crate::prelude::*;
use crate::{ec2, elasticloadbalancingv2 as elbv2, schema, ssm};

fn app_and_stack() -> (App, StackRef) {
    let mut app = App::new();
    let s = app
        .add_stack(
            app.root(),
            "S",
            StackProps::new("us-east-2".parse().unwrap()),
        )
        .unwrap();
    (app, s)
}

fn s(v: &str) -> Expr {
    Expr::Str(v.to_owned())
}

/// A VPC in a new app, and a subnet of it (not added) with four optional properties set.
fn vpc_and_subnet() -> (ResourceRef<ec2::Vpc>, ec2::Subnet) {
    let (mut app, st) = app_and_stack();
    let vpc = app
        .add_resource(st, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16"))
        .unwrap();
    let subnet = ec2::Subnet::new(vpc)
        .set_tags(vec![Tag::new("Name", "a")])
        .set_map_public_ip_on_launch(true)
        .set_cidr_block("10.0.1.0/24")
        .set_availability_zone("us-east-2a");
    (vpc, subnet)
}

#[test]
fn subnet_properties_in_schema_order_without_unset_ones() {
    let (vpc, subnet) = vpc_and_subnet();
    assert_eq!(
        subnet.properties(),
        Expr::map([
            ("AvailabilityZone", s("us-east-2a")),
            ("CidrBlock", s("10.0.1.0/24")),
            ("MapPublicIpOnLaunch", Expr::Bool(true)),
            (
                "Tags",
                Expr::list([Expr::map([("Key", s("Name")), ("Value", s("a"))])]),
            ),
            ("VpcId", Expr::Ref(vpc.node())),
        ])
    );
}

/// `visit_properties` (what reference analysis and rendering read, borrowed) sees exactly the
/// entries of `properties`, in the same order: required ones, set optional ones.
#[test]
fn visited_properties_are_the_rendered_ones_in_order() {
    let (_, subnet) = vpc_and_subnet();
    let group = ec2::SecurityGroup::new("web");
    for (r, name) in [
        (
            &subnet as &dyn zimbra_constructs_core::resource::AnyResource,
            "Subnet",
        ),
        (&group, "SecurityGroup"),
        (&ec2::Vpc::new(), "Vpc"),
    ] {
        let Expr::Map(entries) = r.properties() else {
            panic!("{name}: properties are a map");
        };
        let mut visited = Vec::new();
        r.visit_properties(&mut |key, e| visited.push((key.to_owned(), e.clone())));
        assert_eq!(visited, entries, "{name}");
    }
}

#[test]
fn nested_property_types_convert() {
    use ec2::instance::{BlockDeviceMapping, Ebs};
    let instance = ec2::Instance::new()
        .set_image_id("ami-123")
        .set_block_device_mappings(vec![BlockDeviceMapping::new("/dev/xvda").set_ebs(
            Ebs::new()
                .set_volume_size(20)
                .set_volume_type("gp3")
                .set_encrypted(true),
        )]);
    assert_eq!(
        instance.properties(),
        Expr::map([
            (
                "BlockDeviceMappings",
                Expr::list([Expr::map([
                    ("DeviceName", s("/dev/xvda")),
                    (
                        "Ebs",
                        Expr::map([
                            ("Encrypted", Expr::Bool(true)),
                            ("VolumeSize", Expr::Int(20)),
                            ("VolumeType", s("gp3")),
                        ]),
                    ),
                ])]),
            ),
            ("ImageId", s("ami-123")),
        ])
    );
}

#[test]
fn schema_lookup() {
    let subnet = schema("AWS::EC2::Subnet").unwrap();
    assert_eq!(subnet.type_name, "AWS::EC2::Subnet");
    assert!(subnet.create_only.contains(&"/properties/VpcId"));
    assert!(subnet.read_only.contains(&"/properties/SubnetId"));
    assert!(subnet.attributes.contains(&"SubnetId"));
    assert!(std::ptr::eq(subnet, ec2::Subnet::SCHEMA));
    assert!(schema("AWS::Nope::X").is_none());
    for t in [
        "AWS::EC2::VPC",
        "AWS::ElasticLoadBalancingV2::Listener",
        "AWS::IAM::Role",
        "AWS::SSM::Parameter",
        "AWS::S3::Bucket",
    ] {
        assert_eq!(schema(t).map(|s| s.type_name), Some(t));
    }
}

#[test]
fn tagging_kinds() {
    assert_eq!(ec2::Subnet::SCHEMA.tagging, Tagging::List);
    assert_eq!(ssm::Parameter::SCHEMA.tagging, Tagging::Map);
    assert_eq!(ec2::VpcGatewayAttachment::SCHEMA.tagging, Tagging::None);
}

#[test]
fn typed_ids() {
    let (mut app, st) = app_and_stack();
    let eip = app.add_resource(st, "Eip", ec2::Eip::new()).unwrap();
    let id: Value<IdOf<ec2::Eip>> = eip.into();
    assert_eq!(
        id.into_expr(),
        Expr::GetAtt(eip.node(), "AllocationId".to_owned())
    );

    let vpc = app.add_resource(st, "Vpc", ec2::Vpc::new()).unwrap();
    let sg = app
        .add_resource(st, "Sg", ec2::SecurityGroup::new("web"))
        .unwrap();
    let subnet = app
        .add_resource(st, "Subnet", ec2::Subnet::new(vpc))
        .unwrap();
    let lb = elbv2::LoadBalancer::new()
        .set_subnets(vec![subnet])
        .set_security_groups(vec![sg]);
    assert_eq!(
        lb.properties(),
        Expr::map([
            (
                "SecurityGroups",
                Expr::list([Expr::GetAtt(sg.node(), "GroupId".to_owned())]),
            ),
            ("Subnets", Expr::list([Expr::Ref(subnet.node())])),
        ])
    );

    // Ids from outside the app.
    let imported = ec2::Subnet::new(Value::from_expr("vpc-0123"));
    assert_eq!(imported.vpc_id.expr(), &s("vpc-0123"));
}

#[test]
fn attributes() {
    let (mut app, st) = app_and_stack();
    let vpc = app.add_resource(st, "Vpc", ec2::Vpc::new()).unwrap();
    let r: ResourceRef<ec2::Vpc> = vpc;
    assert_eq!(
        r.attr_cidr_block_associations().into_expr(),
        Expr::GetAtt(vpc.node(), "CidrBlockAssociations".to_owned())
    );
    let _: Value<Vec<String>> = r.attr_ipv6_cidr_blocks();
    let _: Value<String> = r.attr_default_security_group();
}
