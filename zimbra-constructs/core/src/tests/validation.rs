use super::*;

#[test]
fn annotations_and_validations_are_all_reported_with_paths() {
    let mut app = App::new();
    let s = stack(&mut app, "S");
    let r = app.add_resource(s, "R", Plain).unwrap();
    app.annotate(r, Severity::Warning, "ZX1", "just so you know");
    app.annotate(s, Severity::Error, "ZX2", "broken; fix it like this");
    app.add_validation(
        s,
        Box::new(|app: &App| {
            if app.stacks().len() < 2 {
                vec!["needs two stacks; add another".to_owned()]
            } else {
                vec![]
            }
        }),
    );
    let Err(SynthError::Invalid(d)) = app.synth(&SynthOptions::default()) else {
        panic!()
    };
    let shown: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "error ZX2 at S: broken; fix it like this",
            "error ZC100 at S: needs two stacks; add another",
            "warning ZX1 at S/R: just so you know",
        ]
    );
}
