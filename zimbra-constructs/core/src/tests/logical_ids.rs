use super::*;

#[test]
fn logical_ids_are_the_readable_path_below_the_stack() {
    let mut app = App::new();
    let s = stack(&mut app, "Cell1");
    let mb = app.add_construct(s, "mailbox-2").unwrap();
    app.add_resource(mb, "Instance", named("x")).unwrap();
    let mta = app.add_construct(s, "Mta1").unwrap();
    app.add_resource(mta, "Eip", Plain).unwrap();
    let a = synth(&app);
    let res = template(&a, "Cell1")["Resources"].as_object().unwrap();
    let keys: Vec<&str> = res.keys().map(String::as_str).collect();
    assert_eq!(keys, ["Mailbox2Instance", "Mta1Eip"]);
}

#[test]
fn ids_that_sanitize_to_the_same_logical_id_are_an_error_naming_both_paths() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    app.add_resource(s, "A-B", named("1")).unwrap();
    app.add_resource(s, "AB", named("2")).unwrap();
    let errs = errors(&app);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].code, "ZC001");
    assert!(
        errs[0].message.contains("'S/AB' collides with 'S/A-B'"),
        "{}",
        errs[0].message
    );
    assert!(errs[0].message.contains("override_logical_id"));
}

#[test]
fn an_override_keeps_a_renamed_resource_and_resolves_a_collision() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    app.add_resource(s, "A-B", named("1")).unwrap();
    let ab = app.add_resource(s, "AB", named("2")).unwrap();
    app.override_logical_id(ab, "LegacyName").unwrap();
    let a = synth(&app);
    assert!(template(&a, "S")["Resources"]["LegacyName"].is_object());
}

#[test]
fn an_invalid_override_and_an_overlong_id_are_errors() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    let t = app.add_resource(s, "T", named("1")).unwrap();
    app.override_logical_id(t, "Bad-Id").unwrap();
    let long = "x".repeat(256);
    app.add_resource(s, &long, named("2")).unwrap();
    let errs = errors(&app);
    assert_eq!(
        errs.iter().filter(|e| e.code == "ZC002").count(),
        2,
        "{errs:?}"
    );
    assert!(errs.iter().any(|e| e.message.contains("256 characters")));
}

#[test]
fn adding_unrelated_constructs_does_not_change_existing_ids() {
    let build = |extra: bool| {
        let mut app = App::new();
        let s = stack(&mut app, "S");
        if extra {
            app.add_resource(s, "First", named("0")).unwrap();
        }
        app.add_resource(s, "Kept", named("1")).unwrap();
        let a = synth(&app);
        template(&a, "S")["Resources"]["Kept"].clone()
    };
    assert_eq!(build(false), build(true));
}
