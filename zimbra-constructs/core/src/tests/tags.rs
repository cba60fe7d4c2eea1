use super::*;

#[test]
fn tags_reach_every_taggable_resource_below_the_scope_closest_wins() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    let cell = app.add_construct(s, "Cell").unwrap();
    app.add_tag(app.root(), "Project", "zimbra").unwrap();
    app.add_tag(app.root(), "Owner", "ops").unwrap();
    app.add_tag(cell, "Owner", "cell-team").unwrap();
    app.add_resource(cell, "Inner", named("x")).unwrap();
    app.add_resource(s, "Outer", named("y")).unwrap();
    app.add_resource(cell, "Untaggable", Plain).unwrap();
    let a = synth(&app);
    let res = &template(&a, "S")["Resources"];
    assert_eq!(
        res["CellInner"]["Properties"]["Tags"],
        json!([{"Key": "Owner", "Value": "cell-team"}, {"Key": "Project", "Value": "zimbra"}])
    );
    assert_eq!(
        res["Outer"]["Properties"]["Tags"],
        json!([{"Key": "Owner", "Value": "ops"}, {"Key": "Project", "Value": "zimbra"}])
    );
    assert!(res["CellUntaggable"].get("Properties").is_none());
}
