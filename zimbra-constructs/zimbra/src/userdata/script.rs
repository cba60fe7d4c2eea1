//! The script as it is built: literal text and deploy-time values ([`SubPart`]s), with the
//! bootstrap's `.sh` files (`zimbra-constructs/zimbra/bootstrap/`) filled in as templates.
//!
//! A template marks what it takes with `@NAME@` (upper case, digits and `_`): text known at
//! synth time, or a deploy-time value that stays an `Fn::Sub` reference. Anything else is
//! copied as is, bash's `"$@"` included.

use zimbra_constructs_core::value::{Expr, SubPart, Value};

/// Literal text and values, merging adjacent text.
#[derive(Default)]
pub(super) struct Script(pub(super) Vec<SubPart>);

/// What a template's `@NAME@` is replaced with.
pub(super) enum Fill<'a> {
    /// Text known at synth time.
    Text(&'a str),
    /// Parts of the script: text and deploy-time values.
    Parts(Vec<SubPart>),
}

impl Script {
    pub(super) fn text(&mut self, text: &str) {
        if let Some(SubPart::Text(t)) = self.0.last_mut() {
            t.push_str(text);
        } else {
            self.0.push(SubPart::Text(text.to_owned()));
        }
    }

    pub(super) fn line(&mut self, text: &str) {
        self.text(text);
        self.text("\n");
    }

    pub(super) fn value(&mut self, v: &Value<String>) {
        self.0.push(SubPart::Value(v.expr().clone()));
    }

    pub(super) fn part(&mut self, part: &SubPart) {
        match part {
            SubPart::Text(t) => self.text(t),
            SubPart::Value(e) => self.0.push(SubPart::Value(e.clone())),
        }
    }

    /// Appends `template` without its comments (see [`without_comments`]) and with every
    /// `@NAME@` of `fills` replaced.
    ///
    /// # Panics
    /// As [`Script::template_verbatim`].
    pub(super) fn template(&mut self, template: &'static str, fills: &[(&str, Fill<'_>)]) {
        self.template_verbatim(stripped(template), fills);
    }

    /// Appends `template` as it is, with every `@NAME@` of `fills` replaced.
    ///
    /// # Panics
    /// If the template names a placeholder `fills` lacks: the template and its caller are
    /// written together, and the tests render every template.
    pub(super) fn template_verbatim(&mut self, template: &str, fills: &[(&str, Fill<'_>)]) {
        let mut rest = template;
        while let Some((name, before, after)) = next_placeholder(rest) {
            self.text(before);
            let Some((_, fill)) = fills.iter().find(|(n, _)| *n == name) else {
                panic!("bootstrap template placeholder @{name}@ has no value");
            };
            match fill {
                Fill::Text(t) => self.text(t),
                Fill::Parts(parts) => parts.iter().for_each(|p| self.part(p)),
            }
            rest = after;
        }
        self.text(rest);
    }
}

/// [`without_comments`] of a bootstrap file, computed once per process: every server's
/// script fills in the same few files.
fn stripped(template: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    // By address and length: the templates are `include_str!` constants.
    type Cache = Mutex<HashMap<(usize, usize), &'static str>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let key = (template.as_ptr() as usize, template.len());
    let mut cache = CACHE
        .get_or_init(Cache::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    cache
        .entry(key)
        .or_insert_with(|| Box::leak(without_comments(template).into_boxed_str()))
}

/// `text` without its full-line comments and blank lines, but with a first-line shebang and
/// every here-document body as they are. The `.sh` files carry the explanations; every byte
/// of a script counts against each stack's template size (and SSM's 64 KB per document).
pub(super) fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut heredoc: Option<String> = None;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if let Some(end) = &heredoc {
            if line.trim_end_matches('\n') == end {
                heredoc = None;
            }
            out.push_str(line);
            continue;
        }
        let t = line.trim();
        let shebang = i == 0 && t.starts_with("#!");
        if !shebang && (t.is_empty() || t.starts_with('#')) {
            continue;
        }
        if let Some((_, word)) = line.split_once("<<") {
            let word: String = word
                .trim_start_matches('-')
                .trim()
                .trim_matches(|c| c == '\'' || c == '"')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !word.is_empty() && !line.contains("<<<") {
                heredoc = Some(word);
            }
        }
        out.push_str(line);
    }
    out
}

/// The first `@NAME@` of `text`: its name, the text before it and the text after it.
pub(super) fn next_placeholder(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(at) = text[from..].find('@').map(|i| i + from) {
        let tail = &text[at + 1..];
        let len = tail
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
            .count();
        if len > 0 && tail.as_bytes().get(len) == Some(&b'@') {
            return Some((&tail[..len], &text[..at], &tail[len + 1..]));
        }
        from = at + 1;
    }
    None
}

/// Text, then a deploy-time value, then text: one line of a template such as
/// `HSM_BUCKET='${Bucket}'`.
pub(super) fn around(before: &str, value: &Value<String>, after: &str) -> Vec<SubPart> {
    vec![
        SubPart::Text(before.to_owned()),
        SubPart::Value(value.expr().clone()),
        SubPart::Text(after.to_owned()),
    ]
}

/// A deploy-time value alone.
pub(super) fn value(v: &Value<String>) -> Vec<SubPart> {
    vec![SubPart::Value(v.expr().clone())]
}

/// Quotes a literal for bash (single quotes).
pub(super) fn sq(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Plain text of parts with no values (the library, for example).
pub(super) fn plain(parts: &[SubPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            SubPart::Text(t) | SubPart::Value(Expr::Str(t)) => t.as_str(),
            SubPart::Value(_) => "",
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_upper_case_names_between_at_signs() {
        assert_eq!(next_placeholder("a @B_1@ c"), Some(("B_1", "a ", " c")));
        assert_eq!(
            next_placeholder(r#"until "$@"; do @X@"#).map(|p| p.0),
            Some("X")
        );
        assert_eq!(next_placeholder("mail@example.com and @lower@"), None);
        assert_eq!(next_placeholder("@@"), None);
    }

    #[test]
    fn comments_go_but_here_documents_stay() {
        let text = "#!/bin/bash\n# why\nx=1 # kept\n\n  # indented\ncat > f <<'EOF'\n# in the file\nEOF\ny=\"$(grep -c a <<< \"$q\")\"\n# gone\n";
        assert_eq!(
            without_comments(text),
            "#!/bin/bash\nx=1 # kept\ncat > f <<'EOF'\n# in the file\nEOF\ny=\"$(grep -c a <<< \"$q\")\"\n"
        );
    }

    #[test]
    fn templates_take_text_and_values() {
        let mut s = Script::default();
        let region = Value::from_expr(Expr::Pseudo(zimbra_constructs_core::Pseudo::Region));
        s.template(
            "X=@A@ R='@R@'\n",
            &[("A", Fill::Text("1")), ("R", Fill::Parts(value(&region)))],
        );
        assert_eq!(
            s.0,
            vec![
                SubPart::Text("X=1 R='".into()),
                SubPart::Value(region.into_expr()),
                SubPart::Text("'\n".into()),
            ]
        );
    }
}
