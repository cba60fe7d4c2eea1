//! Synthesis: from the construct tree to a cloud assembly (one template per stack plus a
//! manifest), in phases that each make one pass over the tree:
//!
//! 1. collect annotations and run validations;
//! 2. assign logical ids ([`logical_id`]);
//! 3. analyse references: exports, imports, stack dependencies (`refs`);
//! 4. order stacks, refusing cycles (`order`);
//! 5. render and serialize each template once, then check CloudFormation's limits (`limits`);
//! 6. run the app's rule packs ([`crate::check`]) over the templates: unsuppressed error
//!    findings fail synthesis.
//!
//! Every problem found in any phase is collected, so the user sees them all at once.

mod limits;
pub mod logical_id;
mod order;
mod refs;
mod render;

use std::collections::HashMap;

use serde_json::{json, Map, Value as Json};

use crate::app::App;
use crate::assembly::{Assembly, Format, StackArtifact, WriteError};
use crate::check::CheckReport;
use crate::diagnostics::{Diagnostic, Severity};
use crate::node::NodeId;
use crate::stack::is_valid_stack_name;
use crate::tree::NodeKind;
use crate::value::Expr;

pub use limits::Limits;

/// Why synthesis failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SynthError {
    /// The app has errors (and maybe warnings); every one is listed.
    #[error("synthesis failed with {} error(s):\n{}", count_errors(.0), render_list(.0))]
    Invalid(Vec<Diagnostic>),
    /// Writing the assembly failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
}

fn count_errors(d: &[Diagnostic]) -> usize {
    d.iter().filter(|d| d.severity == Severity::Error).count()
}

fn render_list(d: &[Diagnostic]) -> String {
    d.iter()
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl From<WriteError> for SynthError {
    fn from(e: WriteError) -> Self {
        SynthError::Io {
            path: e.path,
            source: e.source,
        }
    }
}

impl SynthError {
    /// The diagnostics behind an [`SynthError::Invalid`] error.
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            SynthError::Invalid(d) => d,
            SynthError::Io { .. } => &[],
        }
    }
}

/// How to synthesize.
#[derive(Debug, Clone, Default)]
pub struct SynthOptions {
    /// Template format of the written files.
    pub format: Format,
    /// Treat warnings as errors.
    pub strict: bool,
    /// Deploy uploads the templates to S3 (`deploy --staging-bucket`), so the inline-body
    /// limit (ZC015) does not apply; the 1 MB template limit still does.
    pub staged_templates: bool,
    /// Do not run the registered rule packs (`check` runs them itself, to report warnings
    /// and suppressions too). Default false: synth fails on unsuppressed error findings.
    pub skip_rules: bool,
}

impl App {
    /// Synthesizes every stack of the app into templates, in dependency order.
    ///
    /// Pure: the app is not changed, and the same app always gives the same bytes.
    pub fn synth(&self, options: &SynthOptions) -> Result<Assembly, SynthError> {
        synthesize(self, options, true)
    }

    /// Synthesizes for writing only (the `synth` command). When no rule pack will read the
    /// templates, each template's JSON value is dropped once its body is serialized
    /// ([`StackArtifact::template`] is `null`), so only one stack's value is in memory at a
    /// time; rule packs read every template at once, so with packs the values are kept.
    /// Everything else is as [`App::synth`] makes it.
    pub fn synth_bodies(&self, options: &SynthOptions) -> Result<Assembly, SynthError> {
        synthesize(self, options, false)
    }

    /// Synthesizes the app and runs every registered rule. Errors of synthesis itself
    /// (invalid specification, limits) are returned as [`SynthError`]; rule findings, errors
    /// included, are in the report. Pure, like [`App::synth`].
    pub fn check(&self) -> Result<CheckReport, SynthError> {
        let options = SynthOptions {
            skip_rules: true,
            ..SynthOptions::default()
        };
        let assembly = self.synth(&options)?;
        Ok(self.checks.report(assembly))
    }
}

fn synthesize(
    app: &App,
    options: &SynthOptions,
    keep_templates: bool,
) -> Result<Assembly, SynthError> {
    let tree = &app.tree;
    let mut diagnostics: Vec<Diagnostic> = Vec::new();

    // Phase 1: annotations and validations.
    for (node, n) in tree.iter() {
        diagnostics.extend(n.diagnostics.iter().cloned());
        for (_, check) in app.validations.iter().filter(|(v, _)| *v == node) {
            for message in check(app) {
                diagnostics.push(Diagnostic::error("ZC100", tree.path(node), message));
            }
        }
    }

    // Which stack each node is in: parents are always added before children.
    let mut stack_of: Vec<Option<NodeId>> = vec![None; tree.len()];
    let mut stacks: Vec<NodeId> = Vec::new();
    for (node, n) in tree.iter() {
        stack_of[node.index()] = if matches!(n.kind, NodeKind::Stack(_)) {
            stacks.push(node);
            Some(node)
        } else {
            n.parent.and_then(|p| stack_of[p.index()])
        };
    }
    let stack_names: HashMap<NodeId, String> = stacks
        .iter()
        .map(|s| (*s, app.stack_name(crate::handles::StackRef::from_node(*s))))
        .collect();
    check_stack_names(app, &stacks, &stack_names, &mut diagnostics);
    for s in &stacks {
        let has_resource = tree
            .descendants(*s)
            .iter()
            .any(|n| matches!(tree.node(*n).kind, NodeKind::Resource(_)));
        if !has_resource {
            diagnostics.push(Diagnostic::error(
                "ZC016",
                tree.path(*s),
                format!("stack '{}' has no resources, and CloudFormation refuses an empty template; add a resource or remove the stack", stack_names[s]),
            ));
        }
    }

    // Phase 2: logical ids.
    let ids = logical_id::assign(tree, &mut diagnostics);

    // Properties are converted from typed structs once and reused by every later phase.
    let mut props: Vec<Option<Expr>> = tree
        .iter()
        .map(|(_, n)| match &n.kind {
            NodeKind::Resource(r) => Some(r.props.properties()),
            _ => None,
        })
        .collect();

    // Phase 3: references.
    let links = refs::Analysis {
        tree,
        stack_of: &stack_of,
        ids: &ids,
        props: &props,
        stack_names: &stack_names,
    }
    .run(&mut diagnostics);

    // Phase 4: order.
    let name = |s: NodeId| stack_names[&s].clone();
    let order = order::dependency_order(&stacks, &links.deps, &name, &mut diagnostics);

    if has_errors(&diagnostics, false) {
        return Err(SynthError::Invalid(diagnostics));
    }
    let order = order.unwrap_or_default();

    // Phase 5: render, serialize, check limits.
    let (tag_index, tag_sets) = render::effective_tags(tree);
    let mut elements: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
    for (node, n) in tree.iter() {
        if n.kind.is_element() {
            if let Some(s) = stack_of[node.index()] {
                elements.entry(s).or_default().push(node);
            }
        }
    }
    let run_rules = !options.skip_rules && !app.checks.packs.is_empty();
    let drop_templates = !keep_templates && !run_rules;
    let limits = if options.staged_templates {
        Limits {
            inline_body_bytes: usize::MAX,
            ..Limits::CLOUDFORMATION
        }
    } else {
        Limits::CLOUDFORMATION
    };
    let mut artifacts = Vec::with_capacity(order.len());
    for stack in order {
        let renderer = render::Renderer {
            tree,
            ids: &ids,
            stack_of: &stack_of,
            links: &links,
            stack,
        };
        let members = elements.remove(&stack).unwrap_or_default();
        let logical_paths = members
            .iter()
            .filter_map(|n| ids.get(*n).map(|id| (id.to_owned(), tree.path(*n))))
            .collect();
        let template = build_template(
            &renderer,
            &members,
            &mut props,
            &tag_index,
            &tag_sets,
            links.exports.get(&stack),
        );
        let NodeKind::Stack(stack_props) = &tree.node(stack).kind else {
            continue;
        };
        let dependencies = links
            .deps
            .get(&stack)
            .map(|p| p.keys().map(|s| stack_names[s].clone()).collect())
            .unwrap_or_default();
        let mut artifact = StackArtifact::new(
            stack_names[&stack].clone(),
            tree.path(stack),
            stack_props,
            template,
            dependencies,
            options.format,
            logical_paths,
        );
        // Rule packs read every template at once, so with packs the bodies are written
        // after them: all values and all bodies are never in memory together.
        if !run_rules {
            finish(&mut artifact, drop_templates, &limits, &mut diagnostics);
        }
        artifacts.push(artifact);
    }

    let mut assembly = Assembly {
        stacks: artifacts,
        warnings: Vec::new(),
    };
    // Phase 6: rule packs, over the templates as they will be deployed; then their bodies.
    if run_rules {
        if !has_errors(&diagnostics, false) {
            diagnostics.extend(app.checks.synth_errors(&assembly));
        }
        for artifact in &mut assembly.stacks {
            finish(artifact, !keep_templates, &limits, &mut diagnostics);
        }
    }
    if has_errors(&diagnostics, options.strict) {
        return Err(SynthError::Invalid(diagnostics));
    }
    assembly.warnings = diagnostics;
    Ok(assembly)
}

/// Writes an artifact's body, drops its JSON value if asked, and checks CloudFormation's
/// limits (which need the body's size).
fn finish(
    artifact: &mut StackArtifact,
    drop_template: bool,
    limits: &Limits,
    diagnostics: &mut Vec<Diagnostic>,
) {
    artifact.serialize();
    if drop_template {
        artifact.template = Json::Null;
    }
    limits::check(artifact, limits, diagnostics);
}

fn has_errors(diagnostics: &[Diagnostic], strict: bool) -> bool {
    diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error || strict)
}

fn check_stack_names(
    app: &App,
    stacks: &[NodeId],
    names: &HashMap<NodeId, String>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<&str, NodeId> = HashMap::new();
    for s in stacks {
        let name = names[s].as_str();
        if !is_valid_stack_name(name) {
            diagnostics.push(Diagnostic::error(
                "ZC006",
                app.path(*s),
                format!("stack name '{name}' is invalid: it must start with a letter and contain only letters, digits and '-', at most 128 characters; rename the stack or set StackProps::set_stack_name"),
            ));
        }
        if let Some(first) = seen.insert(name, *s) {
            diagnostics.push(Diagnostic::error(
                "ZC007",
                app.path(*s),
                format!(
                    "stack name '{name}' is also used by '{}'; give each stack a distinct name",
                    app.path(first)
                ),
            ));
        }
    }
}

/// Lays out one template: sections in CloudFormation's documented order, elements in tree
/// order, generated exports last (sorted, so adding a consumer never reorders them).
fn build_template(
    r: &render::Renderer<'_>,
    members: &[NodeId],
    props: &mut [Option<Expr>],
    tag_index: &[usize],
    tag_sets: &[Vec<(String, String)>],
    exports: Option<&std::collections::BTreeMap<String, refs::Export>>,
) -> Json {
    let tree = r.tree;
    let mut parameters = Map::new();
    let mut mappings = Map::new();
    let mut conditions = Map::new();
    let mut resources = Map::new();
    let mut outputs = Map::new();
    for node in members {
        let Some(id) = r.ids.get(*node).map(str::to_owned) else {
            continue;
        };
        match &tree.node(*node).kind {
            NodeKind::Resource(_) => {
                let tags = &tag_sets[tag_index[node.index()]];
                // Each resource's properties are rendered once: move them into the JSON.
                let own = props[node.index()].take();
                resources.insert(id, r.resource(*node, own, tags));
            }
            NodeKind::Parameter(p) => {
                let mut out = Map::new();
                out.insert("Type".into(), json!(p.type_name));
                if let Some(d) = &p.description {
                    out.insert("Description".into(), json!(d));
                }
                if let Some(d) = &p.default {
                    out.insert("Default".into(), r.expr(d));
                }
                if !p.allowed_values.is_empty() {
                    out.insert(
                        "AllowedValues".into(),
                        Json::Array(p.allowed_values.iter().map(|v| r.expr(v)).collect()),
                    );
                }
                if let Some(a) = &p.allowed_pattern {
                    out.insert("AllowedPattern".into(), json!(a));
                }
                if p.no_echo {
                    out.insert("NoEcho".into(), json!(true));
                }
                parameters.insert(id, Json::Object(out));
            }
            NodeKind::Output(o) => {
                let mut out = Map::new();
                if let Some(d) = &o.description {
                    out.insert("Description".into(), json!(d));
                }
                out.insert("Value".into(), r.expr(&o.value));
                if let Some(name) = &o.export_name {
                    out.insert("Export".into(), json!({ "Name": r.expr(name) }));
                }
                outputs.insert(id, Json::Object(out));
            }
            NodeKind::Condition(c) => {
                conditions.insert(id, r.expr(c));
            }
            NodeKind::Mapping(m) => {
                let body: Map<String, Json> = m
                    .entries
                    .iter()
                    .map(|(top, inner)| {
                        let inner: Map<String, Json> =
                            inner.iter().map(|(k, v)| (k.clone(), r.expr(v))).collect();
                        (top.clone(), Json::Object(inner))
                    })
                    .collect();
                mappings.insert(id, Json::Object(body));
            }
            NodeKind::Root | NodeKind::Stack(_) | NodeKind::Construct => {}
        }
    }
    for export in exports.into_iter().flat_map(|e| e.values()) {
        outputs.insert(
            export.output_key.clone(),
            json!({ "Value": r.expr(&export.value), "Export": { "Name": export.name } }),
        );
    }
    let mut template = Map::new();
    template.insert("AWSTemplateFormatVersion".into(), json!("2010-09-09"));
    if let NodeKind::Stack(p) = &tree.node(r.stack).kind {
        if let Some(d) = &p.description {
            template.insert("Description".into(), json!(d));
        }
    }
    for (key, section) in [
        ("Parameters", parameters),
        ("Mappings", mappings),
        ("Conditions", conditions),
        ("Resources", resources),
        ("Outputs", outputs),
    ] {
        if !section.is_empty() || key == "Resources" {
            template.insert(key.into(), Json::Object(section));
        }
    }
    Json::Object(template)
}
