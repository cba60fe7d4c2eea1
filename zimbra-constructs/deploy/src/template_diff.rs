//! The template diff for a terminal or a pull request: the engine is
//! [`zimbra_constructs_diff`] (no AWS SDK, shared with `review`), re-exported here; this module
//! renders its result the way `diff` prints it.

use serde_json::Value as Json;

pub use zimbra_constructs_diff::*;

use super::ui::{paint, Colour};

fn kind_colour(kind: ChangeKind) -> Colour {
    match kind {
        ChangeKind::Added => Colour::Green,
        ChangeKind::Removed => Colour::Red,
        ChangeKind::Modified => Colour::Yellow,
    }
}

const MAX_VALUE: usize = 240;

fn show(v: Option<&Json>) -> String {
    let s = v.map_or_else(|| "(absent)".to_owned(), Json::to_string);
    if s.chars().count() > MAX_VALUE {
        let cut: String = s.chars().take(MAX_VALUE).collect();
        format!("{cut}...")
    } else {
        s
    }
}

/// Renders one stack's diff for a terminal (`colour`) or a PR (no escape codes).
#[must_use]
pub fn render(stack: &str, diff: &TemplateDiff, deployed: bool, colour: bool) -> String {
    let bold = |s: &str| paint(s, Colour::Bold, colour);
    let mut out = String::new();
    let state = if deployed {
        ""
    } else {
        " (new stack, not deployed)"
    };
    out.push_str(&bold(&format!("Stack {stack}{state}")));
    out.push('\n');
    if diff.is_empty() {
        out.push_str("There were no differences\n");
        return out;
    }
    if !diff.resources.is_empty() {
        out.push_str("Resources\n");
    }
    for r in &diff.resources {
        let mut flags = Vec::new();
        match r.replacement {
            Replacement::Yes => flags.push("requires replacement"),
            Replacement::Maybe => flags.push("may require replacement"),
            Replacement::No => {}
        }
        if r.broadening {
            flags.push("broadens security");
        }
        if r.data_at_risk {
            flags.push("stateful: data lost");
        }
        let restarted = diff
            .servers
            .iter()
            .any(|s| s.logical_id == r.logical_id && s.disruption == Disruption::Restarted);
        if restarted {
            flags.push("stops and starts");
        }
        let flags = if flags.is_empty() {
            String::new()
        } else {
            paint(&format!("  <{}>", flags.join(", ")), Colour::Red, colour)
        };
        out.push_str(&format!(
            "{} {} {}{flags}\n",
            paint(r.kind.mark(), kind_colour(r.kind), colour),
            r.resource_type,
            r.logical_id
        ));
        for c in &r.changes {
            let repl = match c.replacement {
                Replacement::Yes => paint("  <replacement>", Colour::Red, colour),
                Replacement::Maybe => paint("  <may replace>", Colour::Red, colour),
                Replacement::No => String::new(),
            };
            out.push_str(&format!("    └─ {}{repl}\n", c.path));
            out.push_str(&format!(
                "        {}\n",
                paint(&format!("- {}", show(c.old.as_ref())), Colour::Red, colour)
            ));
            out.push_str(&format!(
                "        {}\n",
                paint(
                    &format!("+ {}", show(c.new.as_ref())),
                    Colour::Green,
                    colour
                )
            ));
        }
    }
    render_servers(&mut out, diff, colour);
    let mut section = "";
    for e in &diff.entries {
        if e.section != section {
            section = &e.section;
            out.push_str(&format!("{section}\n"));
        }
        out.push_str(&format!(
            "{} {}\n",
            paint(e.kind.mark(), kind_colour(e.kind), colour),
            if e.key.is_empty() { section } else { &e.key }
        ));
        if e.kind == ChangeKind::Modified {
            out.push_str(&format!(
                "        {}\n        {}\n",
                paint(&format!("- {}", show(e.old.as_ref())), Colour::Red, colour),
                paint(
                    &format!("+ {}", show(e.new.as_ref())),
                    Colour::Green,
                    colour
                )
            ));
        }
    }
    out
}

/// The servers section: each server replaced or restarted (deploy needs `--allow-replace`
/// for it), then each configuration change and the servers it reaches.
fn render_servers(out: &mut String, diff: &TemplateDiff, colour: bool) {
    if diff.servers.is_empty() && diff.config.is_empty() {
        return;
    }
    out.push_str("Servers\n");
    for s in &diff.servers {
        out.push_str(&format!(
            "{} {}: {} ({}); deploy needs --allow-replace {}\n",
            paint("[!]", Colour::Red, colour),
            s.label(),
            paint(s.disruption.label(), Colour::Red, colour),
            s.causes.join(", "),
            s.name.as_deref().unwrap_or(&s.logical_id)
        ));
    }
    for c in &diff.config {
        out.push_str(&format!(
            "{} {}: {} ({})\n",
            paint("[~]", Colour::Yellow, colour),
            c.association,
            c.summary(),
            c.servers.join(", ")
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tpl(resources: Json) -> Json {
        json!({ "Resources": resources })
    }

    #[test]
    fn identical_templates_render_as_no_differences() {
        let t = tpl(
            json!({"V": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}),
        );
        assert!(render("S", &diff_templates(&t, &t), true, false).contains("no differences"));
    }

    #[test]
    fn replacements_are_flagged_and_colour_only_on_a_terminal() {
        let old = tpl(json!({
            "I": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.small", "SubnetId": "a"}}
        }));
        let new = tpl(json!({
            "I": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.large", "SubnetId": "b"}}
        }));
        let d = diff_templates(&old, &new);
        let text = render("S", &d, true, false);
        assert!(
            text.contains("[~] AWS::EC2::Instance I  <requires replacement>"),
            "{text}"
        );
        assert!(
            text.contains(
                "└─ Properties.InstanceType\n        - \"t3.small\"\n        + \"t3.large\""
            ),
            "{text}"
        );
        assert!(!text.contains('\x1b'));
        assert!(render("S", &d, true, true).contains('\x1b'));
    }

    #[test]
    fn broadening_is_named() {
        let stmt = |action: &str| json!({"Effect": "Allow", "Action": action, "Resource": "*"});
        let bp = |s: Json| {
            tpl(
                json!({"P": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": "b", "PolicyDocument": {"Statement": s}}}}),
            )
        };
        let d = diff_templates(&bp(json!([stmt("s3:GetObject")])), &bp(json!(stmt("s3:*"))));
        assert!(render("S", &d, true, false).contains("broadens security"));
    }

    #[test]
    fn new_stacks_and_other_sections() {
        let old = json!({"Outputs": {"A": {"Value": "1"}, "B": {"Value": "2"}}});
        let new =
            json!({"Outputs": {"A": {"Value": "3"}, "C": {"Value": "4"}}, "Description": "d"});
        let text = render("S", &diff_templates(&old, &new), false, false);
        assert!(
            text.starts_with("Stack S (new stack, not deployed)\n"),
            "{text}"
        );
        assert!(text.contains("Outputs\n[~] A\n"), "{text}");
        assert!(text.contains("Description\n[+] Description\n"), "{text}");
    }
}
