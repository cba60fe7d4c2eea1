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
//! With rule packs, rendering and the rules (beside serializing) run on two threads; the
//! results are put back in order, so the output is the same as on one.
//!
//! Every problem found in any phase is collected, so the user sees them all at once.

mod layout;
mod limits;
pub mod logical_id;
mod order;
mod refs;
mod render;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value as Json;

use crate::app::{App, Validation};
use crate::assembly::{Assembly, Format, StackArtifact, StagedWrite, WriteError};
use crate::check::CheckReport;
use crate::diagnostics::{Diagnostic, Severity};
use crate::node::NodeId;
use crate::stack::is_valid_stack_name;
use crate::tree::NodeKind;

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
        synthesize(self, options, true, None).map(|(a, _)| a)
    }

    /// Synthesizes for writing only (the `synth` command): every template's JSON value is
    /// dropped ([`StackArtifact::template`] is `null`). When no rule pack will read the
    /// templates, each is dropped once its body is serialized, so only one stack's value is
    /// in memory at a time; rule packs read every template at once, so with packs they are
    /// dropped after the rules, on the helper thread. Everything else is as
    /// [`App::synth`] makes it.
    pub fn synth_bodies(&self, options: &SynthOptions) -> Result<Assembly, SynthError> {
        synthesize(self, options, false, None).map(|(a, _)| a)
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
        Ok(self.checks.report(&assembly))
    }

    /// Runs every registered rule over an assembly (this app's synthesis, or one read back
    /// from disk with [`Assembly::read`]). Findings name construct paths only as precisely
    /// as the assembly knows them: a read-back one knows stacks, not resources.
    #[must_use]
    pub fn check_assembly(&self, assembly: &Assembly) -> CheckReport {
        self.checks.report(assembly)
    }

    /// Like [`App::synth_bodies`], and also returns what the rule packs found (warnings and
    /// suppressed findings; errors fail synthesis), from the same run of the rules, for
    /// `synth` to record beside the templates
    /// ([`FindingsRecord`](crate::check::record::FindingsRecord)).
    pub fn synth_recorded(
        &self,
        options: &SynthOptions,
    ) -> Result<(Assembly, CheckReport), SynthError> {
        synthesize(self, options, false, None).map(|(a, r)| (a, r.unwrap_or_default()))
    }

    /// Like [`App::synth_recorded`], writing each template into `staged` as soon as its body
    /// is serialized and dropping the body (and its logical paths) from the assembly, so
    /// peak memory does not grow with the bytes of all templates. The caller commits
    /// `staged` when this succeeds; on an error nothing has reached the directory.
    pub fn synth_into(
        &self,
        options: &SynthOptions,
        staged: &mut StagedWrite,
    ) -> Result<(Assembly, CheckReport), SynthError> {
        synthesize(self, options, false, Some(staged)).map(|(a, r)| (a, r.unwrap_or_default()))
    }
}

/// The assembly, and the rule packs' report when they ran; each finished artifact goes to
/// `staged` when there is one.
fn synthesize(
    app: &App,
    options: &SynthOptions,
    keep_templates: bool,
    mut staged: Option<&mut StagedWrite>,
) -> Result<(Assembly, Option<CheckReport>), SynthError> {
    let tree = &app.tree;
    // Phase 1: annotations, validations and the stacks.
    let mut diagnostics = annotations(app);
    let stacks = Stacks::of(app);
    stacks.check(app, &mut diagnostics);
    check_external_suppressions(app, &mut diagnostics);
    // Phase 2: logical ids.
    let ids = logical_id::assign(tree, &mut diagnostics);
    // Properties are converted from typed structs when a phase reads them, and dropped after:
    // holding every resource's converted properties at once would cost a third of the peak
    // memory of a large app, for a conversion that is a few percent of its synth time.
    // Phase 3: references.
    let links = refs::Analysis {
        tree,
        stack_of: &stacks.stack_of,
        ids: &ids,
        stack_names: &stacks.names,
    }
    .run(&mut diagnostics);
    // Phase 4: order.
    let name = |s: NodeId| stacks.names[&s].clone();
    let order = order::dependency_order(&stacks.all, &links.deps, &name, &mut diagnostics);
    if has_errors(&diagnostics, false) {
        return Err(SynthError::Invalid(diagnostics));
    }
    // Phase 5: render each template. Without packs each is serialized as soon as it is
    // rendered and its value dropped. Rule packs read every template at once, so with packs
    // all values are kept (and rendered on two threads), and the bodies are written beside
    // the rules: all values and all bodies are never in memory together.
    let run_rules = !options.skip_rules && !app.checks.packs.is_empty();
    let limits = limits(options);
    let layout = layout::Layout {
        tree,
        ids: &ids,
        stack_of: &stacks.stack_of,
        links: &links,
        stack_names: &stacks.names,
        format: options.format,
    };
    let streamed = staged.is_some();
    let drop_templates = !keep_templates;
    let mut write_error = None;
    let order = order.unwrap_or_default();
    let artifacts = if run_rules {
        // Every template is kept for the rules anyway: render on two threads.
        layout.render_parallel(&order)
    } else {
        layout.render(&order, |artifact| {
            if write_error.is_some() {
                return;
            }
            match serialize(artifact, staged.as_deref_mut()) {
                Ok(body) => {
                    finish(artifact, body, &limits, &mut diagnostics);
                    if drop_templates {
                        drop(release(artifact, streamed));
                    }
                }
                Err(e) => write_error = Some(e),
            }
        })
    };
    let mut assembly = Assembly {
        stacks: artifacts,
        warnings: Vec::new(),
    };
    // Phase 6: rule packs, over the templates as they will be deployed. They only read the
    // templates, and so does serializing the bodies: the rules' second thread serializes
    // (and writes, when staged) before it takes rules.
    let mut report = None;
    if run_rules {
        let stacks = &assembly.stacks;
        let staged = staged.take();
        let serialize_all = move || {
            let mut staged = staged;
            let each = |a| serialize(a, staged.as_deref_mut());
            stacks.iter().map(each).collect::<Result<Vec<_>, _>>()
        };
        let bodies = if has_errors(&diagnostics, false) {
            serialize_all()
        } else {
            let (found, bodies) = app.checks.report_beside(&assembly, serialize_all);
            diagnostics.extend(crate::check::Registry::synth_errors(&found));
            report = Some(found);
            bodies
        };
        match bodies {
            Ok(bodies) => {
                for (artifact, body) in assembly.stacks.iter_mut().zip(bodies) {
                    finish(artifact, body, &limits, &mut diagnostics);
                }
                if drop_templates {
                    let released: Vec<_> = assembly
                        .stacks
                        .iter_mut()
                        .map(|a| release(a, streamed))
                        .collect();
                    drop_in_background(released);
                }
            }
            Err(e) => write_error = Some(e),
        }
    }
    if let Some(e) = write_error {
        return Err(e.into());
    }
    if has_errors(&diagnostics, options.strict) {
        return Err(SynthError::Invalid(diagnostics));
    }
    assembly.warnings = diagnostics;
    if let Some(r) = &mut report {
        r.synth_warnings.clone_from(&assembly.warnings);
    }
    Ok((assembly, report))
}

/// Every construct's annotations, and the errors of every validation, in tree order.
fn annotations(app: &App) -> Vec<Diagnostic> {
    let tree = &app.tree;
    let mut by_node: HashMap<NodeId, Vec<&Validation>> = HashMap::new();
    for (node, check) in &app.validations {
        by_node.entry(*node).or_default().push(check);
    }
    let mut diagnostics = Vec::new();
    for (node, n) in tree.iter() {
        diagnostics.extend(n.diagnostics.iter().cloned());
        for check in by_node.get(&node).into_iter().flatten() {
            for message in check(app) {
                diagnostics.push(Diagnostic::error("ZC100", tree.path(node), message));
            }
        }
    }
    diagnostics
}

/// The stacks of the app and which stack each node is in.
struct Stacks {
    /// Every stack, in the order added.
    all: Vec<NodeId>,
    /// The stack of each node (by node index), `None` outside any stack.
    stack_of: Vec<Option<NodeId>>,
    /// Each stack's CloudFormation name.
    names: HashMap<NodeId, String>,
}

impl Stacks {
    fn of(app: &App) -> Stacks {
        let tree = &app.tree;
        // Parents are always added before children.
        let mut stack_of: Vec<Option<NodeId>> = vec![None; tree.len()];
        let mut all: Vec<NodeId> = Vec::new();
        for (node, n) in tree.iter() {
            stack_of[node.index()] = if matches!(n.kind, NodeKind::Stack(_)) {
                all.push(node);
                Some(node)
            } else {
                n.parent.and_then(|p| stack_of[p.index()])
            };
        }
        let names = all
            .iter()
            .map(|s| (*s, app.stack_name(crate::handles::StackRef::from_node(*s))))
            .collect();
        Stacks {
            all,
            stack_of,
            names,
        }
    }

    /// Valid and distinct names, and at least one resource in every stack.
    fn check(&self, app: &App, diagnostics: &mut Vec<Diagnostic>) {
        let tree = &app.tree;
        check_stack_names(app, &self.all, &self.names, diagnostics);
        for s in &self.all {
            let has_resource = tree
                .descendants(*s)
                .iter()
                .any(|n| matches!(tree.node(*n).kind, NodeKind::Resource(_)));
            if !has_resource {
                diagnostics.push(Diagnostic::error(
                    "ZC016",
                    tree.path(*s),
                    format!("stack '{}' has no resources, and CloudFormation refuses an empty template; add a resource or remove the stack", self.names[s]),
                ));
            }
        }
    }
}

/// Every external suppression names a rule and says why (ZC021).
fn check_external_suppressions(app: &App, diagnostics: &mut Vec<Diagnostic>) {
    for (node, n) in app.tree.iter() {
        let NodeKind::Resource(r) = &n.kind else {
            continue;
        };
        for s in &r.options.external {
            if let Some(problem) = s.problem() {
                diagnostics.push(Diagnostic::error(
                    "ZC021",
                    app.tree.path(node),
                    format!(
                        "the {} suppression of '{}' {problem}; say in at least {} characters why the finding is acceptable on this resource",
                        s.validator.metadata_key(),
                        s.rule_id,
                        crate::external::MIN_REASON_CHARS
                    ),
                ));
            }
        }
    }
}

/// The quotas to check: CloudFormation's, without the inline-body limit when deploy stages
/// templates in S3.
fn limits(options: &SynthOptions) -> Limits {
    if options.staged_templates {
        Limits {
            inline_body_bytes: usize::MAX,
            ..Limits::CLOUDFORMATION
        }
    } else {
        Limits::CLOUDFORMATION
    }
}

/// A serialized body ([`StackArtifact::serialized`]): the body (empty once written to a
/// [`StagedWrite`]), its length and its minified length.
struct Body {
    text: String,
    len: usize,
    minified_len: usize,
}

/// Serializes an artifact's template; with `staged`, writes the body there and keeps only
/// its size. Reads the artifact only, so it can run beside the rule packs.
fn serialize(
    artifact: &StackArtifact,
    staged: Option<&mut StagedWrite>,
) -> Result<Body, WriteError> {
    let (text, minified_len) = artifact.serialized();
    let len = text.len();
    let text = match staged {
        Some(staged) => {
            staged.write(artifact.template_file(), &text)?;
            String::new()
        }
        None => text,
    };
    Ok(Body {
        text,
        len,
        minified_len,
    })
}

/// Gives an artifact its body and checks CloudFormation's limits (which need its size).
fn finish(
    artifact: &mut StackArtifact,
    body: Body,
    limits: &Limits,
    diagnostics: &mut Vec<Diagnostic>,
) {
    artifact.body = body.text;
    artifact.body_len = body.len;
    artifact.minified_len = body.minified_len;
    limits::check(artifact, limits, diagnostics);
}

/// What an artifact lets go of once its body is serialized: its JSON value
/// ([`StackArtifact::template`] is `null` after), and its logical paths once streamed (the
/// rule packs have read them).
fn release(artifact: &mut StackArtifact, streamed: bool) -> (Json, BTreeMap<String, String>) {
    let paths = if streamed {
        std::mem::take(&mut artifact.logical_paths)
    } else {
        BTreeMap::new()
    };
    (std::mem::take(&mut artifact.template), paths)
}

/// Frees `values` on the helper thread: freeing a large app's templates node by node took as
/// long as writing them, and nothing waits for it (a process that exits first leaves it to
/// the OS). Without a helper they are freed here.
fn drop_in_background<T: Send + 'static>(values: T) {
    crate::parallel::in_background(move || drop(values));
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
