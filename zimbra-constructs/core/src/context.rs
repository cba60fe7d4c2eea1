//! Context: values looked up from an AWS account once, committed to a file and read offline at
//! synth (what `cdk.context.json` is to the AWS CDK). A construct asks the app for a key
//! ([`App::lookup`](crate::App::lookup)); the app answers from its [`Context`] and records the
//! [`ContextLookup`] either way, so a command can resolve the missing ones (and refresh the
//! others) on purpose. This module knows the file and the lookups, not what they are used for.
//!
//! The file is JSON: an object whose keys are the lookup keys, sorted, each holding the
//! provider, its inputs, the value and when it was resolved (data for the reader: the value
//! alone reaches a template). [`Context::to_json`] writes it byte for byte the same for the same
//! entries.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};

/// The file a cluster program reads its context from, in its working directory.
pub const CONTEXT_FILE: &str = "zimbra.context.json";

/// Where a context value comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Provider {
    /// The value of a Systems Manager parameter (`ssm:GetParameter`) in a region, such as a
    /// public `/aws/service/...` parameter.
    SsmParameter {
        /// The region to ask.
        region: String,
        /// The parameter's name (path).
        name: String,
    },
}

impl Provider {
    /// The provider's name in the file.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Provider::SsmParameter { .. } => "ssm-parameter",
        }
    }
}

/// A value a construct asked for: its key in the file and how to resolve it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContextLookup {
    /// The key in the context file (the asking construct chooses it; it includes the region
    /// and the inputs, so values of different environments never collide).
    pub key: String,
    /// How to resolve it.
    pub provider: Provider,
}

impl ContextLookup {
    /// A lookup of a Systems Manager parameter's value.
    #[must_use]
    pub fn ssm_parameter(key: impl Into<String>, region: &str, name: &str) -> ContextLookup {
        ContextLookup {
            key: key.into(),
            provider: Provider::SsmParameter {
                region: region.to_owned(),
                name: name.to_owned(),
            },
        }
    }
}

/// One resolved value of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextEntry {
    /// How it was resolved.
    pub provider: Provider,
    /// The value (what a construct puts into the template).
    pub value: String,
    /// When it was resolved (RFC 3339, UTC): for the reader, never for a template.
    pub resolved_at: String,
}

/// The context file did not read or write.
#[derive(Debug, thiserror::Error)]
pub enum ContextError {
    /// The file exists but cannot be read.
    #[error("cannot read the context file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file cannot be written.
    #[error("cannot write the context file {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not what [`Context::to_json`] writes.
    #[error("the context file {path} is invalid: {reason}; fix the entry or delete it and run `context refresh` again")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the entry.
        reason: String,
    },
}

/// The resolved context values, by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    entries: BTreeMap<String, ContextEntry>,
}

thread_local! {
    /// The context [`crate::App::new`] starts from on this thread (see [`with_ambient`]).
    static AMBIENT: RefCell<Option<Context>> = const { RefCell::new(None) };
}

/// Runs `f` with `context` as the one every [`crate::App::new`] called inside it starts with
/// (the command line loads the context file and builds the program's app this way, as the CDK
/// CLI hands `cdk.context.json` to `new App()`). Outside, an app starts with no context, so a
/// test sees only what it sets with [`crate::App::with_context`].
pub fn with_ambient<T>(context: Context, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Context>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            AMBIENT.with(|a| *a.borrow_mut() = previous);
        }
    }
    let previous = AMBIENT.with(|a| a.borrow_mut().replace(context));
    let _restore = Restore(previous);
    f()
}

/// The context of the innermost [`with_ambient`] on this thread, if any.
pub(crate) fn ambient() -> Option<Context> {
    AMBIENT.with(|a| a.borrow().clone())
}

impl Context {
    /// No values.
    #[must_use]
    pub fn new() -> Context {
        Context::default()
    }

    /// Reads `path`; a missing file is an empty context (nothing resolved yet).
    ///
    /// # Errors
    /// The file cannot be read or is not a context file.
    pub fn load(path: &Path) -> Result<Context, ContextError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Context::parse(&text).map_err(|reason| ContextError::Invalid {
                path: path.to_owned(),
                reason,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Context::new()),
            Err(source) => Err(ContextError::Read {
                path: path.to_owned(),
                source,
            }),
        }
    }

    /// Writes the file (see [`Context::to_json`]).
    ///
    /// # Errors
    /// The file cannot be written.
    pub fn save(&self, path: &Path) -> Result<(), ContextError> {
        std::fs::write(path, self.to_json()).map_err(|source| ContextError::Write {
            path: path.to_owned(),
            source,
        })
    }

    /// Reads the text of a context file; the error names the entry and what is wrong.
    ///
    /// # Errors
    /// Not JSON, or an entry without its provider, inputs or value.
    pub fn parse(text: &str) -> Result<Context, String> {
        let json: Json = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let Json::Object(map) = json else {
            return Err("it is not a JSON object of entries".into());
        };
        let mut entries = BTreeMap::new();
        for (key, entry) in map {
            let field = |name: &str| {
                entry
                    .get(name)
                    .and_then(Json::as_str)
                    .map(str::to_owned)
                    .ok_or_else(|| format!("entry '{key}' has no string '{name}'"))
            };
            let provider = match field("provider")?.as_str() {
                "ssm-parameter" => Provider::SsmParameter {
                    region: field("region")?,
                    name: field("parameter")?,
                },
                other => return Err(format!("entry '{key}' has the unknown provider '{other}'")),
            };
            let value = field("value")?;
            let resolved_at = field("resolvedAt")?;
            entries.insert(
                key,
                ContextEntry {
                    provider,
                    value,
                    resolved_at,
                },
            );
        }
        Ok(Context { entries })
    }

    /// The file's text: pretty JSON, keys sorted (entries and their fields), a trailing newline.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut root = Map::new();
        for (key, e) in &self.entries {
            let mut fields = BTreeMap::new();
            match &e.provider {
                Provider::SsmParameter { region, name } => {
                    fields.insert("parameter", name.clone());
                    fields.insert("region", region.clone());
                }
            }
            fields.insert("provider", e.provider.kind().to_owned());
            fields.insert("resolvedAt", e.resolved_at.clone());
            fields.insert("value", e.value.clone());
            let object: Map<String, Json> = fields
                .into_iter()
                .map(|(k, v)| (k.to_owned(), Json::String(v)))
                .collect();
            root.insert(key.clone(), Json::Object(object));
        }
        let mut text = serde_json::to_string_pretty(&Json::Object(root))
            .unwrap_or_else(|_| String::from("{}"));
        text.push('\n');
        text
    }

    /// The entry of `key`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&ContextEntry> {
        self.entries.get(key)
    }

    /// Sets (or replaces) the entry of `key`.
    pub fn set(&mut self, key: impl Into<String>, entry: ContextEntry) {
        self.entries.insert(key.into(), entry);
    }

    /// Removes the entry of `key`, returning it.
    pub fn remove(&mut self, key: &str) -> Option<ContextEntry> {
        self.entries.remove(key)
    }

    /// Every entry, by key.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &ContextEntry)> {
        self.entries.iter().map(|(k, e)| (k.as_str(), e))
    }

    /// True when there are no entries.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::{with_ambient, Context, ContextEntry, ContextLookup};
    use crate::App;

    fn entry(region: &str, name: &str, value: &str) -> ContextEntry {
        ContextEntry {
            provider: ContextLookup::ssm_parameter("", region, name).provider,
            value: value.into(),
            resolved_at: "2026-12-05T16:00:00Z".into(),
        }
    }

    #[test]
    fn the_file_is_sorted_pretty_json_with_a_trailing_newline_and_reads_back() {
        let mut c = Context::new();
        c.set("b:key", entry("us-east-2", "/p/b", "ami-0000000b"));
        c.set("a:key", entry("eu-west-1", "/p/a", "ami-0000000a"));
        let text = c.to_json();
        assert_eq!(
            text,
            r#"{
  "a:key": {
    "parameter": "/p/a",
    "provider": "ssm-parameter",
    "region": "eu-west-1",
    "resolvedAt": "2026-12-05T16:00:00Z",
    "value": "ami-0000000a"
  },
  "b:key": {
    "parameter": "/p/b",
    "provider": "ssm-parameter",
    "region": "us-east-2",
    "resolvedAt": "2026-12-05T16:00:00Z",
    "value": "ami-0000000b"
  }
}
"#
        );
        assert_eq!(Context::parse(&text), Ok(c.clone()));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("zimbra.context.json");
        assert_eq!(
            Context::load(&path).unwrap(),
            Context::new(),
            "missing file"
        );
        c.save(&path).unwrap();
        assert_eq!(Context::load(&path).unwrap(), c);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn a_broken_file_is_an_error_naming_the_entry_and_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("zimbra.context.json");
        std::fs::write(
            &path,
            r#"{"ami:x": {"provider": "ssm-parameter", "region": "r"}}"#,
        )
        .unwrap();
        let e = Context::load(&path).unwrap_err().to_string();
        assert!(e.contains("entry 'ami:x' has no string 'parameter'"), "{e}");
        assert!(e.contains("run `context refresh` again"), "{e}");
        std::fs::write(&path, "[1]").unwrap();
        assert!(Context::load(&path).is_err());
    }

    #[test]
    fn an_app_answers_lookups_from_its_context_and_records_each() {
        let mut c = Context::new();
        c.set("k", entry("us-east-2", "/p", "ami-0000000a"));
        let mut app = App::new().with_context(c.clone());
        let same = ContextLookup::ssm_parameter("k", "us-east-2", "/p");
        let other_region = ContextLookup::ssm_parameter("k", "eu-west-1", "/p");
        assert_eq!(app.lookup(same.clone()).as_deref(), Some("ami-0000000a"));
        assert!(app.missing_context().is_empty());
        // An entry of another provider input does not answer: it is missing, to resolve.
        assert_eq!(app.lookup(other_region.clone()), None);
        assert_eq!(app.missing_context(), [&other_region]);
        assert!(app.looked_up("k") && !app.looked_up("x"));
        // The command line's context reaches App::new only inside with_ambient.
        assert!(App::new().context().is_empty());
        let inside = with_ambient(c.clone(), App::new);
        assert_eq!(inside.context(), &c);
        assert!(App::new().context().is_empty());
    }
}
