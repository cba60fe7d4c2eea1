use super::*;

fn app_with(n: usize) -> App {
    let mut app = App::new();
    let s = stack(&mut app, "Big");
    for i in 0..n {
        app.add_resource(s, &format!("R{i}"), Plain).unwrap();
    }
    app
}

#[test]
fn more_than_500_resources_is_an_error_that_says_to_split() {
    let errs = errors(&app_with(501));
    let e = errs.iter().find(|e| e.code == "ZC010").expect("ZC010");
    assert!(
        e.message
            .contains("501 resources, over CloudFormation's limit of 500"),
        "{}",
        e.message
    );
    assert!(e.message.contains("split the stack"));
}

#[test]
fn eighty_percent_of_a_limit_is_a_warning_and_strict_fails_on_it() {
    let app = app_with(400);
    let a = app.synth(&SynthOptions::default()).unwrap();
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "ZC010" && w.severity == Severity::Warning));
    let strict = SynthOptions {
        strict: true,
        ..SynthOptions::default()
    };
    assert!(matches!(app.synth(&strict), Err(SynthError::Invalid(_))));
}

#[test]
fn a_minified_body_over_51200_bytes_is_an_error() {
    let mut app = App::new();
    let s = stack(&mut app, "Wide");
    for i in 0..60 {
        app.add_resource(s, &format!("R{i}"), named("x".repeat(1000)))
            .unwrap();
    }
    let errs = errors(&app);
    assert!(errs.iter().any(|e| e.code == "ZC015"), "{errs:?}");
}

#[test]
fn an_empty_stack_and_an_invalid_stack_name_are_errors() {
    let mut app = App::new();
    app.add_stack(app.root(), "Empty", StackProps::new(region("us-east-2")))
        .unwrap();
    let s = app
        .add_stack(
            app.root(),
            "Bad",
            StackProps::new(region("us-east-2")).set_stack_name("1_bad"),
        )
        .unwrap();
    app.add_resource(s, "R", Plain).unwrap();
    let codes: Vec<String> = errors(&app).into_iter().map(|e| e.code).collect();
    assert!(codes.contains(&"ZC016".to_owned()), "{codes:?}");
    assert!(codes.contains(&"ZC006".to_owned()), "{codes:?}");
}
