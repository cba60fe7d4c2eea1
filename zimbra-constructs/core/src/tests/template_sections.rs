use super::*;

/// A stack with a parameter, a mapping, a condition, two resources using them (one with
/// every attribute) and an exported output.
fn every_section() -> App {
    let mut app = App::new();
    let s = app
        .add_stack(
            app.root(),
            "S",
            StackProps::new(region("us-east-2")).set_description("test stack"),
        )
        .unwrap();
    let ami = app
        .add_parameter(
            s,
            "Ami",
            Parameter::new(Parameter::SSM_IMAGE_ID)
                .set_default("/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id"),
        )
        .unwrap();
    let map = app
        .add_mapping(
            s,
            "Sizes",
            crate::Mapping::new().set("small", "type", "t3.large"),
        )
        .unwrap();
    let cond = app
        .add_condition(s, "InOhio", intrinsics::equals(Pseudo::Region, "us-east-2"))
        .unwrap();
    let t = app
        .add_resource(
            s,
            "T",
            named(intrinsics::if_(
                cond,
                ami.value::<String>(),
                intrinsics::no_value(),
            )),
        )
        .unwrap();
    app.add_resource(
        s,
        "U",
        named(intrinsics::find_in_map::<String>(map, "small", "type")),
    )
    .unwrap();
    app.options_mut(t)
        .unwrap()
        .set_removal_policy(RemovalPolicy::Retain)
        .set_condition(cond)
        .add_metadata(
            "checkov",
            json!({"skip": [{"id": "CKV_X", "comment": "why"}]}),
        )
        .add_property_override("Extra.Deep", 5i64);
    app.add_output(
        s,
        "Out",
        Output::new(t.reference()).set_export_name("S-Out"),
    )
    .unwrap();
    app
}

#[test]
fn parameters_mappings_conditions_outputs_and_attributes_render_in_order() {
    let a = synth(&every_section());
    let tpl = template(&a, "S");
    let keys: Vec<&str> = tpl
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "AWSTemplateFormatVersion",
            "Description",
            "Parameters",
            "Mappings",
            "Conditions",
            "Resources",
            "Outputs"
        ]
    );
    assert_eq!(
        tpl["Parameters"]["Ami"]["Type"],
        "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"
    );
    assert_eq!(
        tpl["Resources"]["T"],
        json!({
            "Type": "Test::Thing::Tagged",
            "Condition": "InOhio",
            "Properties": {
                "Name": {"Fn::If": ["InOhio", {"Ref": "Ami"}, {"Ref": "AWS::NoValue"}]},
                "Extra": {"Deep": 5}
            },
            "Metadata": {"checkov": {"skip": [{"id": "CKV_X", "comment": "why"}]}},
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain"
        })
    );
    assert_eq!(
        tpl["Resources"]["U"]["Properties"]["Name"],
        json!({"Fn::FindInMap": ["Sizes", "small", "type"]})
    );
    assert_eq!(
        tpl["Outputs"]["Out"],
        json!({"Value": {"Ref": "T"}, "Export": {"Name": "S-Out"}})
    );
}

#[test]
fn no_template_ever_contains_a_placeholder_for_a_reference() {
    let mut app = App::new();
    let p = stack(&mut app, "P");
    let c = stack(&mut app, "C");
    let b = app.add_resource(p, "B", named("b")).unwrap();
    app.add_resource(c, "U", named(b.reference())).unwrap();
    let a = synth(&app);
    for s in &a.stacks {
        assert!(!s.body.contains("Token"), "{}", s.body);
        assert!(!s.body.contains("NodeId"), "{}", s.body);
    }
}
