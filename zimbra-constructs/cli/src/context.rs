//! `context show`: every lookup of the program and its pinned value, offline (`context refresh`
//! is in `deploy`, or handed off to the build that has it).

use std::path::Path;
use std::process::ExitCode;

use zimbra_constructs_core::App;

/// The lines of `context show`: each lookup of the app with its entry, then entries no
/// lookup asks for.
fn show_lines(app: &App, path: &Path) -> Vec<String> {
    let context = app.context();
    let missing: Vec<&str> = app
        .missing_context()
        .iter()
        .map(|l| l.key.as_str())
        .collect();
    let mut lines = vec![format!("context file: {}", path.display())];
    for lookup in app.context_lookups() {
        match context.get(&lookup.key) {
            Some(e) if !missing.contains(&lookup.key.as_str()) => lines.push(format!(
                "{} = {} (resolved {})",
                lookup.key, e.value, e.resolved_at
            )),
            _ => lines.push(format!(
                "{}: not pinned (run `context refresh` and commit the file)",
                lookup.key
            )),
        }
    }
    for (key, e) in context.entries() {
        if !app.looked_up(key) {
            lines.push(format!(
                "{key} = {} (unused: the program no longer asks for it)",
                e.value
            ));
        }
    }
    lines
}

pub(super) fn show(app: &App, path: &Path) -> ExitCode {
    for line in show_lines(app, path) {
        println!("{line}");
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use zimbra_constructs_core::{App, Context, ContextEntry, ContextLookup};

    use super::show_lines;

    #[test]
    fn show_names_pinned_missing_and_unused_entries() {
        let mut context = Context::new();
        for (key, value) in [("a", "ami-0123abcd"), ("old", "ami-0000ffff")] {
            let lookup = ContextLookup::ssm_parameter(key, "eu-west-1", "/p");
            context.set(
                key,
                ContextEntry {
                    provider: lookup.provider,
                    value: value.into(),
                    resolved_at: "2026-12-05T16:00:00Z".into(),
                },
            );
        }
        let mut app = App::new().with_context(context);
        assert!(app
            .lookup(ContextLookup::ssm_parameter("a", "eu-west-1", "/p"))
            .is_some());
        assert!(app
            .lookup(ContextLookup::ssm_parameter("b", "eu-west-1", "/q"))
            .is_none());
        assert_eq!(
            show_lines(&app, Path::new("zimbra.context.json")),
            [
                "context file: zimbra.context.json",
                "a = ami-0123abcd (resolved 2026-12-05T16:00:00Z)",
                "b: not pinned (run `context refresh` and commit the file)",
                "old = ami-0000ffff (unused: the program no longer asks for it)",
            ]
        );
    }
}
