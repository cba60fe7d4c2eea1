use super::*;

#[test]
fn a_construct_can_not_be_added_with_the_id_of_a_sibling() {
    let mut app = App::new();
    let s = stack(&mut app, "Net");
    let cell = app.add_construct(s, "Cell").unwrap();
    app.add_resource(cell, "Vpc", named("a")).unwrap();
    let err = app.add_resource(cell, "Vpc", named("b")).unwrap_err();
    assert!(matches!(err, TreeError::DuplicateId { .. }));
    assert_eq!(
        err.to_string(),
        "duplicate construct id: 'Net/Cell/Vpc' already exists (added again as 'Net/Cell/Vpc'); give each child of 'Net/Cell' a distinct id"
    );
}

#[test]
fn resources_must_live_in_a_stack_and_stacks_do_not_nest() {
    let mut app = App::new();
    let err = app
        .add_resource(app.root(), "Orphan", named("x"))
        .unwrap_err();
    assert!(err.to_string().contains("must live in a stack"), "{err}");
    let s = stack(&mut app, "S");
    let err = app
        .add_stack(s, "Inner", StackProps::new(region("us-east-2")))
        .unwrap_err();
    assert!(err.to_string().contains("stacks cannot be nested"), "{err}");
}

#[test]
fn ids_must_be_non_empty_and_slash_free() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    assert!(matches!(
        app.add_construct(s, "a/b"),
        Err(TreeError::InvalidId { .. })
    ));
    assert!(matches!(
        app.add_construct(s, ""),
        Err(TreeError::InvalidId { .. })
    ));
}

#[test]
fn typed_properties_can_be_changed_after_adding() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    let t = app.add_resource(s, "T", named("before")).unwrap();
    app.resource_mut(t).unwrap().name = Some("after".into());
    let a = synth(&app);
    assert_eq!(
        template(&a, "S")["Resources"]["T"]["Properties"]["Name"],
        "after"
    );
}
