//! Laying out each stack's template: its elements in tree order, rendered once, in
//! CloudFormation's documented section order, with the generated exports last.

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Map, Value as Json};

use crate::assembly::{Format, StackArtifact};
use crate::node::NodeId;
use crate::parallel::map_on_two_threads;
use crate::tree::{NodeKind, Tree};

use super::logical_id::LogicalIds;
use super::refs::{Export, Links};
use super::render;

/// What the earlier phases resolved, for laying out the templates.
pub(super) struct Layout<'a> {
    pub(super) tree: &'a Tree,
    pub(super) ids: &'a LogicalIds,
    pub(super) stack_of: &'a [Option<NodeId>],
    pub(super) links: &'a Links,
    pub(super) stack_names: &'a HashMap<NodeId, String>,
    pub(super) format: Format,
}

impl Layout<'_> {
    /// One artifact per stack of `order`, its template built, handed to `each` as soon as it
    /// is (which may write its body and drop its template, so only one template need be in
    /// memory at a time).
    pub(super) fn render(
        &self,
        order: &[NodeId],
        mut each: impl FnMut(&mut StackArtifact),
    ) -> Vec<StackArtifact> {
        let jobs = self.jobs(order);
        let tags = jobs.tags();
        let mut artifacts = Vec::with_capacity(order.len());
        for (stack, members) in &jobs.stacks {
            if let Some(mut artifact) = self.artifact(*stack, members, &tags) {
                each(&mut artifact);
                artifacts.push(artifact);
            }
        }
        artifacts
    }

    /// Like [`Layout::render`] without the hand-over, rendering on this thread and one more
    /// ([`crate::parallel`]): the stacks are independent, and a large app spends a third of
    /// its synth here. For callers that keep every template anyway.
    pub(super) fn render_parallel(&self, order: &[NodeId]) -> Vec<StackArtifact> {
        let jobs = self.jobs(order);
        let tags = jobs.tags();
        let each = |(stack, members): &(NodeId, Vec<NodeId>)| self.artifact(*stack, members, &tags);
        let (artifacts, ()) = map_on_two_threads(&jobs.stacks, || (), each);
        artifacts.into_iter().flatten().collect()
    }

    /// Each stack of `order` with its elements in tree order, and every node's tags.
    fn jobs(&self, order: &[NodeId]) -> Jobs {
        let tree = self.tree;
        let (tag_index, tag_sets) = render::effective_tags(tree);
        let mut elements: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
        for (node, n) in tree.iter() {
            if n.kind.is_element() {
                if let Some(s) = self.stack_of[node.index()] {
                    elements.entry(s).or_default().push(node);
                }
            }
        }
        let stacks = order
            .iter()
            .map(|s| (*s, elements.remove(s).unwrap_or_default()))
            .collect();
        Jobs {
            stacks,
            tag_index,
            tag_sets,
        }
    }

    /// The artifact of one stack (`None` if `stack` is not a stack).
    fn artifact(
        &self,
        stack: NodeId,
        members: &[NodeId],
        tags: &Tags<'_>,
    ) -> Option<StackArtifact> {
        let tree = self.tree;
        let NodeKind::Stack(stack_props) = &tree.node(stack).kind else {
            return None;
        };
        let renderer = render::Renderer {
            tree,
            ids: self.ids,
            stack_of: self.stack_of,
            links: self.links,
            stack,
        };
        let logical_paths = members
            .iter()
            .filter_map(|n| self.ids.get(*n).map(|id| (id.to_owned(), tree.path(*n))))
            .collect();
        let template = build_template(&renderer, members, tags, self.links.exports.get(&stack));
        let dependencies = self
            .links
            .deps
            .get(&stack)
            .map(|p| p.keys().map(|s| self.stack_names[s].clone()).collect())
            .unwrap_or_default();
        Some(StackArtifact::new(
            self.stack_names[&stack].clone(),
            tree.path(stack),
            stack_props,
            template,
            dependencies,
            self.format,
            logical_paths,
        ))
    }
}

/// The stacks to render, in order, with their elements; and the tags of every node.
struct Jobs {
    stacks: Vec<(NodeId, Vec<NodeId>)>,
    tag_index: Vec<usize>,
    tag_sets: Vec<Vec<(String, String)>>,
}

impl Jobs {
    fn tags(&self) -> Tags<'_> {
        Tags {
            index: &self.tag_index,
            sets: &self.tag_sets,
        }
    }
}

/// The effective scope tags of every node: an index per node into the distinct tag sets.
struct Tags<'a> {
    index: &'a [usize],
    sets: &'a [Vec<(String, String)>],
}

/// Lays out one template: sections in CloudFormation's documented order, elements in tree
/// order, generated exports last (sorted, so adding a consumer never reorders them).
fn build_template(
    r: &render::Renderer<'_>,
    members: &[NodeId],
    tags: &Tags<'_>,
    exports: Option<&BTreeMap<String, Export>>,
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
                let tags = &tags.sets[tags.index[node.index()]];
                resources.insert(id, r.resource(*node, tags));
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
