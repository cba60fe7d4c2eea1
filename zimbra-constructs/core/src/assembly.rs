//! The cloud assembly: synthesized templates plus a manifest, in memory and on disk. It is
//! what synthesis produces and what rule packs, `diff` and `deploy` read; `review` reads two
//! of them back from disk ([`Assembly::read`]).

mod json_text;
mod staged;
mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::{json, Value as Json};

use crate::diagnostics::Diagnostic;
use crate::stack::{Region, StackProps};

use json_text::pretty_and_minified_len;
pub use staged::StagedWrite;
pub use yaml::{parse_template, to_yaml, TemplateParseError};

/// The on-disk template format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// Pretty-printed JSON (2-space indent).
    #[default]
    Json,
    /// YAML (long-form intrinsics, which CloudFormation accepts).
    Yaml,
}

impl Format {
    /// The file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Yaml => "yaml",
        }
    }
}

/// One synthesized stack.
#[derive(Debug, Clone)]
pub struct StackArtifact {
    /// The CloudFormation stack name.
    pub name: String,
    /// The stack's construct path.
    pub path: String,
    /// The region it deploys to.
    pub region: Region,
    /// Whether deploy should turn on termination protection.
    pub termination_protection: bool,
    /// Names of the stacks this one depends on (they deploy first).
    pub dependencies: Vec<String>,
    /// The template.
    pub template: Json,
    /// The template as written to disk, in [`StackArtifact::format`], ending in a newline.
    /// Empty once a [`StagedWrite`] has written it (its size stays in
    /// [`StackArtifact::body_len`]).
    pub body: String,
    /// Bytes of [`StackArtifact::body`], kept when a streamed write drops the body.
    pub body_len: usize,
    /// Bytes of the minified JSON body deploy sends ([`StackArtifact::minified`]), counted
    /// while the template is serialized, so synth serializes each template only once.
    pub minified_len: usize,
    /// The format of [`StackArtifact::body`].
    pub format: Format,
    /// Number of resources.
    pub resource_count: usize,
    /// Number of outputs (including generated exports).
    pub output_count: usize,
    /// Number of parameters.
    pub parameter_count: usize,
    /// Number of mappings.
    pub mapping_count: usize,
    /// Construct path of every template element, by logical id (sorted, so it is
    /// deterministic); generated export outputs map to the stack's path. Rule findings and
    /// reviews use it to name the construct behind a resource of the template.
    pub logical_paths: BTreeMap<String, String>,
}

fn section_len(template: &Json, key: &str) -> usize {
    template
        .get(key)
        .and_then(Json::as_object)
        .map_or(0, serde_json::Map::len)
}

/// Counts bytes written, keeping none of them.
struct ByteCount(usize);

impl io::Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl StackArtifact {
    /// An artifact whose body is not written yet: see [`StackArtifact::serialized`].
    pub(crate) fn new(
        name: String,
        path: String,
        props: &StackProps,
        template: Json,
        dependencies: Vec<String>,
        format: Format,
        logical_paths: BTreeMap<String, String>,
    ) -> Self {
        StackArtifact {
            resource_count: section_len(&template, "Resources"),
            output_count: section_len(&template, "Outputs"),
            parameter_count: section_len(&template, "Parameters"),
            mapping_count: section_len(&template, "Mappings"),
            name,
            path,
            region: props.region.clone(),
            termination_protection: props.termination_protection,
            dependencies,
            template,
            body: String::new(),
            body_len: 0,
            minified_len: 0,
            format,
            logical_paths,
        }
    }

    /// The body from the template, with the minified length counted on the way (deploy makes
    /// the minified body when it sends it): one serialization. Reads the template only, so
    /// another thread can do it while rule packs read the templates.
    pub(crate) fn serialized(&self) -> (String, usize) {
        let (mut body, minified_len) = match self.format {
            Format::Json => pretty_and_minified_len(&self.template),
            Format::Yaml => {
                let mut count = ByteCount(0);
                let _ = serde_json::to_writer(&mut count, &self.template);
                (to_yaml(&self.template), count.0)
            }
        };
        if !body.ends_with('\n') {
            body.push('\n');
        }
        // Every body may stay in memory until the assembly is written: no growth slack.
        body.shrink_to_fit();
        (body, minified_len)
    }

    /// The minified JSON body, as deploy sends it ([`StackArtifact::minified_len`] bytes).
    #[must_use]
    pub fn minified(&self) -> String {
        self.template.to_string()
    }

    /// The construct path behind a logical id of this stack's template (the stack's own path
    /// for ids the synthesizer generated, such as export outputs).
    #[must_use]
    pub fn construct_path(&self, logical_id: &str) -> &str {
        self.logical_paths
            .get(logical_id)
            .map_or(self.path.as_str(), String::as_str)
    }

    /// The template's file name in the assembly directory.
    #[must_use]
    pub fn template_file(&self) -> String {
        format!("{}.template.{}", self.name, self.format.extension())
    }
}

/// Everything synthesis produced: stacks in dependency order, and the warnings.
#[derive(Debug, Clone)]
pub struct Assembly {
    /// The stacks, each after the stacks it depends on.
    pub stacks: Vec<StackArtifact>,
    /// Warnings (errors make synthesis fail instead).
    pub warnings: Vec<Diagnostic>,
}

/// What [`Assembly::write`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteSummary {
    /// The directory.
    pub dir: PathBuf,
    /// Number of stacks.
    pub stacks: usize,
    /// Number of resources over all stacks.
    pub resources: usize,
    /// Bytes of all templates as written.
    pub bytes: usize,
}

/// Writing the assembly to disk failed.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}: {source}")]
pub struct WriteError {
    /// The file or directory.
    pub path: String,
    /// The underlying error.
    pub source: std::io::Error,
}

/// The manifest's format version; bump it when the layout changes.
pub const MANIFEST_VERSION: &str = "zimbra-constructs/1";

/// Reading an assembly directory failed: what is missing or malformed, and where.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}; is it a cloud assembly written by `synth --out`?")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: io::Error,
    },
    /// A file is not the JSON or YAML it should be.
    #[error("{path} is not valid {format}: {reason}")]
    Parse {
        /// The file.
        path: String,
        /// JSON or YAML.
        format: &'static str,
        /// The parser's message.
        reason: String,
    },
    /// The manifest lacks a field or has another format version.
    #[error("{path}: {reason}")]
    Manifest {
        /// The manifest file.
        path: String,
        /// What is wrong, and the fix.
        reason: String,
    },
}

impl Assembly {
    /// A stack by name.
    #[must_use]
    pub fn stack(&self, name: &str) -> Option<&StackArtifact> {
        self.stacks.iter().find(|s| s.name == name)
    }

    /// The manifest: format version and, per stack in dependency order, its file, region,
    /// dependencies, resource count and sizes.
    #[must_use]
    pub fn manifest(&self) -> Json {
        let stacks: Vec<Json> = self
            .stacks
            .iter()
            .map(|s| {
                json!({
                    "name": s.name,
                    "constructPath": s.path,
                    "templateFile": s.template_file(),
                    "region": s.region.as_str(),
                    "dependencies": s.dependencies,
                    "resourceCount": s.resource_count,
                    "templateBytes": s.body_len,
                    "minifiedBytes": s.minified_len,
                    "terminationProtection": s.termination_protection,
                })
            })
            .collect();
        json!({ "version": MANIFEST_VERSION, "stacks": stacks })
    }

    /// Reads an assembly that [`Assembly::write`] wrote: the manifest and every template it
    /// names, stacks in the manifest's (dependency) order. Construct paths of individual
    /// resources are not on disk, so [`StackArtifact::logical_paths`] is empty and
    /// [`StackArtifact::construct_path`] answers the stack's path.
    pub fn read(dir: &Path) -> Result<Assembly, ReadError> {
        let manifest_path = dir.join("manifest.json");
        let text = read_text(&manifest_path)?;
        let manifest: Json = serde_json::from_str(&text).map_err(|e| ReadError::Parse {
            path: manifest_path.display().to_string(),
            format: "JSON",
            reason: e.to_string(),
        })?;
        let bad = |reason: String| ReadError::Manifest {
            path: manifest_path.display().to_string(),
            reason,
        };
        let version = manifest.get("version").and_then(Json::as_str);
        if version != Some(MANIFEST_VERSION) {
            return Err(bad(format!(
                "manifest version {version:?}, expected \"{MANIFEST_VERSION}\"; synthesize it again with this version"
            )));
        }
        let entries = manifest
            .get("stacks")
            .and_then(Json::as_array)
            .ok_or_else(|| bad("no \"stacks\" list".to_owned()))?;
        let mut stacks = Vec::with_capacity(entries.len());
        for entry in entries {
            stacks.push(read_stack(dir, entry, &bad)?);
        }
        Ok(Assembly {
            stacks,
            warnings: Vec::new(),
        })
    }

    /// Writes `manifest.json` and one template per stack into `dir`, removing templates of
    /// stacks that no longer exist so the directory always matches the app.
    pub fn write(&self, dir: &Path) -> Result<WriteSummary, WriteError> {
        fs::create_dir_all(dir).map_err(io_error(dir))?;
        remove_stale_templates(dir, &BTreeSet::new())?;
        let mut bytes = 0;
        for s in &self.stacks {
            let path = dir.join(s.template_file());
            fs::write(&path, &s.body).map_err(io_error(&path))?;
            bytes += s.body.len();
        }
        write_manifest(dir, self)?;
        Ok(WriteSummary {
            dir: dir.to_path_buf(),
            stacks: self.stacks.len(),
            resources: self.stacks.iter().map(|s| s.resource_count).sum(),
            bytes,
        })
    }
}

/// Turns an I/O error on `path` into a [`WriteError`].
fn io_error(path: &Path) -> impl FnOnce(io::Error) -> WriteError {
    let path = path.display().to_string();
    move |source| WriteError { path, source }
}

/// Removes the templates in `dir` whose file names are not in `keep`.
fn remove_stale_templates(dir: &Path, keep: &BTreeSet<&str>) -> Result<(), WriteError> {
    for entry in fs::read_dir(dir).map_err(io_error(dir))? {
        let entry = entry.map_err(io_error(dir))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let template = name.ends_with(".template.json") || name.ends_with(".template.yaml");
        if template && !keep.contains(name.as_ref()) {
            fs::remove_file(entry.path()).map_err(io_error(&entry.path()))?;
        }
    }
    Ok(())
}

/// Writes the assembly's `manifest.json` into `dir`.
fn write_manifest(dir: &Path, assembly: &Assembly) -> Result<(), WriteError> {
    let manifest = dir.join("manifest.json");
    let mut text = serde_json::to_string_pretty(&assembly.manifest()).unwrap_or_default();
    text.push('\n');
    write_if_changed(&manifest, text.as_bytes()).map_err(io_error(&manifest))
}

/// True if `path` is a file holding exactly `bytes` (compared by length first).
pub(crate) fn holds(path: &Path, bytes: &[u8]) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && fs::read(path).is_ok_and(|old| old == bytes)
}

/// Writes `bytes` to `path` unless it already holds them (its modification time then stays).
/// A different old file is removed first rather than truncated: ext4 writes out a file
/// truncated and rewritten at once when it is closed (`auto_da_alloc`), which cost a synth
/// about a millisecond per file, more than reading and comparing it.
pub(crate) fn write_if_changed(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if holds(path, bytes) {
        return Ok(());
    }
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    fs::write(path, bytes)
}

fn read_text(path: &Path) -> Result<String, ReadError> {
    fs::read_to_string(path).map_err(|source| ReadError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// One stack of a manifest, with its template.
fn read_stack(
    dir: &Path,
    entry: &Json,
    bad: &dyn Fn(String) -> ReadError,
) -> Result<StackArtifact, ReadError> {
    let field = |key: &str| {
        entry
            .get(key)
            .and_then(Json::as_str)
            .ok_or_else(|| bad(format!("a stack entry has no \"{key}\"")))
    };
    let name = field("name")?.to_owned();
    let file = field("templateFile")?;
    let region = Region::new(field("region")?).map_err(|e| bad(e.to_string()))?;
    let format = if file.ends_with(".yaml") {
        Format::Yaml
    } else {
        Format::Json
    };
    let path = dir.join(file);
    let body = read_text(&path)?;
    let parse_error = |format: &'static str, reason: String| ReadError::Parse {
        path: path.display().to_string(),
        format,
        reason,
    };
    let template: Json = match format {
        Format::Json => {
            serde_json::from_str(&body).map_err(|e| parse_error("JSON", e.to_string()))?
        }
        Format::Yaml => parse_template(&body).map_err(|e| parse_error("YAML", e.message))?,
    };
    let mut props = StackProps::new(region);
    props.termination_protection = entry
        .get("terminationProtection")
        .and_then(Json::as_bool)
        .unwrap_or(false);
    let dependencies = entry
        .get("dependencies")
        .and_then(Json::as_array)
        .map(|d| {
            d.iter()
                .filter_map(Json::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let construct_path = entry
        .get("constructPath")
        .and_then(Json::as_str)
        .unwrap_or(&name)
        .to_owned();
    let mut artifact = StackArtifact::new(
        name,
        construct_path,
        &props,
        template,
        dependencies,
        format,
        BTreeMap::new(),
    );
    artifact.minified_len = artifact.template.to_string().len();
    artifact.body_len = body.len();
    artifact.body = body;
    Ok(artifact)
}
