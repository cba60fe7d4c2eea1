use super::*;

#[test]
fn same_stack_references_render_as_ref_getatt_and_inline_sub() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    let bucket = app.add_resource(s, "Bucket", named("b")).unwrap();
    let arn = Sub::new()
        .text("arn:")
        .value(Pseudo::Partition)
        .text(":x:::${literal}/")
        .value(bucket.reference())
        .text("/")
        .value(bucket.get_att::<String>("Arn"))
        .build();
    app.add_resource(s, "User", named(arn)).unwrap();
    app.add_resource(
        s,
        "Joined",
        named(intrinsics::join("-", [bucket.reference(), "x".into()])),
    )
    .unwrap();
    let a = synth(&app);
    let res = &template(&a, "S")["Resources"];
    assert_eq!(
        res["User"]["Properties"]["Name"],
        json!({"Fn::Sub": "arn:${AWS::Partition}:x:::${!literal}/${Bucket}/${Bucket.Arn}"})
    );
    assert_eq!(
        res["Joined"]["Properties"]["Name"],
        json!({"Fn::Join": ["-", [{"Ref": "Bucket"}, "x"]]})
    );
}

#[test]
fn a_reference_across_stacks_adds_an_export_an_import_and_a_dependency() {
    let mut app = App::new();
    // The consumer is added first: ordering must still put the producer first.
    let consumer = stack(&mut app, "Cell");
    let producer = stack(&mut app, "Network");
    let vpc = app.add_resource(producer, "Vpc", named("v")).unwrap();
    app.add_resource(consumer, "Subnet", named(vpc.reference()))
        .unwrap();
    app.add_resource(consumer, "Other", named(vpc.get_att::<String>("Arn")))
        .unwrap();
    let a = synth(&app);
    let names: Vec<&str> = a.stacks.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Network", "Cell"]);
    assert_eq!(a.stack("Cell").unwrap().dependencies, ["Network"]);
    let outputs = &template(&a, "Network")["Outputs"];
    assert_eq!(
        outputs["ExportVpc"],
        json!({"Value": {"Ref": "Vpc"}, "Export": {"Name": "Network:Vpc"}})
    );
    assert_eq!(
        outputs["ExportVpcArn"],
        json!({"Value": {"Fn::GetAtt": ["Vpc", "Arn"]}, "Export": {"Name": "Network:Vpc:Arn"}})
    );
    let res = &template(&a, "Cell")["Resources"];
    assert_eq!(
        res["Subnet"]["Properties"]["Name"],
        json!({"Fn::ImportValue": "Network:Vpc"})
    );
    assert_eq!(
        res["Other"]["Properties"]["Name"],
        json!({"Fn::ImportValue": "Network:Vpc:Arn"})
    );
}

#[test]
fn a_cross_stack_value_inside_sub_becomes_a_variable() {
    let mut app = App::new();
    let p = stack(&mut app, "P");
    let c = stack(&mut app, "C");
    let b = app.add_resource(p, "B", named("b")).unwrap();
    app.add_resource(
        c,
        "U",
        named(Sub::new().text("x-").value(b.reference()).build()),
    )
    .unwrap();
    let a = synth(&app);
    assert_eq!(
        template(&a, "C")["Resources"]["U"]["Properties"]["Name"],
        json!({"Fn::Sub": ["x-${Var0}", {"Var0": {"Fn::ImportValue": "P:B"}}]})
    );
}

#[test]
fn a_dependency_cycle_between_stacks_is_an_error_naming_the_cycle() {
    let mut app = App::new();
    let a = stack(&mut app, "A");
    let b = stack(&mut app, "B");
    let x = app.add_resource(a, "X", named("x")).unwrap();
    let y = app.add_resource(b, "Y", named(x.reference())).unwrap();
    app.resource_mut(x).unwrap().name = Some(y.reference());
    let errs = errors(&app);
    let cycle = errs
        .iter()
        .find(|e| e.code == "ZC004")
        .expect("cycle error");
    assert!(
        cycle.message.contains("A -> B -> A") || cycle.message.contains("B -> A -> B"),
        "{}",
        cycle.message
    );
    assert!(
        cycle.message.contains("'B/Y' references 'A/X'"),
        "{}",
        cycle.message
    );
}

#[test]
fn a_reference_across_regions_is_an_error() {
    let mut app = App::new();
    let east = stack(&mut app, "East");
    let west = app
        .add_stack(app.root(), "West", StackProps::new(region("us-west-2")))
        .unwrap();
    let x = app.add_resource(east, "X", named("x")).unwrap();
    app.add_resource(west, "Y", named(x.reference())).unwrap();
    let errs = errors(&app);
    assert_eq!(errs[0].code, "ZC003");
    assert!(errs[0].message.contains("exports cannot cross regions"));
}

#[test]
fn depends_on_is_local_in_a_stack_and_a_stack_dependency_across_stacks() {
    let mut app = App::new();
    let p = stack(&mut app, "P");
    let c = stack(&mut app, "C");
    let group = app.add_construct(c, "Group").unwrap();
    app.add_resource(group, "One", Plain).unwrap();
    app.add_resource(group, "Two", Plain).unwrap();
    let remote = app.add_resource(p, "Remote", Plain).unwrap();
    let t = app.add_resource(c, "T", Plain).unwrap();
    app.options_mut(t)
        .unwrap()
        .add_depends_on(group)
        .add_depends_on(remote);
    let a = synth(&app);
    assert_eq!(
        template(&a, "C")["Resources"]["T"]["DependsOn"],
        json!(["GroupOne", "GroupTwo"])
    );
    assert_eq!(a.stack("C").unwrap().dependencies, ["P"]);
}

#[test]
fn conditions_cannot_be_used_from_another_stack() {
    let mut app = App::new();
    let p = stack(&mut app, "P");
    let c = stack(&mut app, "C");
    let cond = app
        .add_condition(p, "IsProd", intrinsics::equals(Pseudo::Region, "us-east-2"))
        .unwrap();
    app.add_resource(p, "Keep", Plain).unwrap();
    app.add_resource(c, "T", named(intrinsics::if_(cond, "a", "b")))
        .unwrap();
    let errs = errors(&app);
    assert_eq!(errs[0].code, "ZC020");
}
