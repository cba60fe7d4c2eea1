//! Reference analysis: which elements each stack points at, and what that implies.
//!
//! A `Ref` or `Fn::GetAtt` whose target lives in another stack becomes an export of the
//! producer (an Output with an `Export`), an `Fn::ImportValue` in the consumer and a
//! dependency consumer → producer, as CDK's `resolveReferences` does. A `DependsOn` on a
//! node of another stack becomes a stack dependency. Conditions and mappings cannot cross
//! stacks, and nothing can cross regions: both are reported as errors.

use std::collections::{BTreeMap, HashMap};

use crate::diagnostics::Diagnostic;
use crate::node::NodeId;
use crate::tree::{NodeKind, Tree};
use crate::value::Expr;

use super::logical_id::LogicalIds;

/// One value a stack exports for others.
#[derive(Debug, Clone)]
pub(crate) struct Export {
    /// Output key in the producer's template.
    pub(crate) output_key: String,
    /// The export name, unique in the account and region.
    pub(crate) name: String,
    /// The exported value (a `Ref` or `Fn::GetAtt` inside the producer).
    pub(crate) value: Expr,
}

/// A stack-to-stack dependency and the first reason found for it.
pub(crate) type StackDeps = BTreeMap<NodeId, BTreeMap<NodeId, String>>;

/// What the analysis found.
#[derive(Default)]
pub(crate) struct Links {
    /// Exports per producer stack, keyed by output key for a stable order.
    pub(crate) exports: HashMap<NodeId, BTreeMap<String, Export>>,
    /// Export names per referenced target: (attribute, export name), a short list each.
    pub(crate) import_names: HashMap<NodeId, Vec<(Option<String>, String)>>,
    /// consumer stack → producer stack → reason.
    pub(crate) deps: StackDeps,
    /// Same-stack `DependsOn` logical ids per resource node.
    pub(crate) depends_on: HashMap<NodeId, Vec<String>>,
}

impl Links {
    /// The export name of a referenced (target, attribute); empty if none was assigned.
    pub(crate) fn import_name(&self, target: NodeId, attribute: Option<&str>) -> &str {
        self.import_names
            .get(&target)
            .and_then(|names| names.iter().find(|(a, _)| a.as_deref() == attribute))
            .map_or("", |(_, name)| name.as_str())
    }
}

pub(crate) struct Analysis<'a> {
    pub(crate) tree: &'a Tree,
    pub(crate) stack_of: &'a [Option<NodeId>],
    pub(crate) ids: &'a LogicalIds,
    pub(crate) stack_names: &'a HashMap<NodeId, String>,
}

impl Analysis<'_> {
    fn stack(&self, node: NodeId) -> Option<NodeId> {
        self.stack_of.get(node.index()).copied().flatten()
    }

    fn region(&self, stack: NodeId) -> Option<&str> {
        match &self.tree.node(stack).kind {
            NodeKind::Stack(p) => Some(p.region.as_str()),
            _ => None,
        }
    }

    pub(crate) fn run(&self, diagnostics: &mut Vec<Diagnostic>) -> Links {
        let mut links = Links::default();
        for (node, n) in self.tree.iter() {
            let Some(stack) = self.stack(node) else {
                continue;
            };
            let mut exprs: Vec<&Expr> = Vec::new();
            match &n.kind {
                NodeKind::Resource(r) => {
                    if let Some(c) = r.options.condition {
                        self.check_local(node, stack, c, "Condition", diagnostics);
                    }
                    for dep in &r.options.depends_on {
                        self.depends_on(node, stack, *dep, &mut links, diagnostics);
                    }
                    // Borrowed, not converted: only the references are wanted here.
                    r.props.visit_properties(&mut |_, e| {
                        self.scan(node, stack, e, &mut links, diagnostics);
                    });
                    exprs.extend(r.options.metadata.iter().map(|(_, e)| e));
                    exprs.extend(r.options.overrides.iter().filter_map(|(_, e)| e.as_ref()));
                }
                NodeKind::Output(o) => {
                    exprs.push(&o.value);
                    exprs.extend(o.export_name.as_ref());
                }
                NodeKind::Condition(c) => exprs.push(c),
                NodeKind::Parameter(p) => exprs.extend(p.default.as_ref()),
                NodeKind::Mapping(m) => {
                    exprs.extend(
                        m.entries
                            .iter()
                            .flat_map(|(_, inner)| inner.iter().map(|(_, e)| e)),
                    );
                }
                NodeKind::Root | NodeKind::Stack(_) | NodeKind::Construct => {}
            }
            for e in exprs {
                self.scan(node, stack, e, &mut links, diagnostics);
            }
        }
        links
    }

    /// Every reference, condition and mapping use inside `e`, an expression of `node`.
    fn scan(
        &self,
        node: NodeId,
        stack: NodeId,
        e: &Expr,
        links: &mut Links,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        e.visit(&mut |x| match x {
            Expr::Ref(t) => self.reference(node, stack, *t, None, links, diagnostics),
            Expr::GetAtt(t, a) => self.reference(node, stack, *t, Some(a), links, diagnostics),
            Expr::If(c, ..) | Expr::Condition(c) => {
                self.check_local(node, stack, *c, "Fn::If/Condition", diagnostics);
            }
            Expr::FindInMap(m, ..) => {
                self.check_local(node, stack, *m, "Fn::FindInMap", diagnostics);
            }
            _ => {}
        });
    }

    /// Conditions and mappings are template-local.
    fn check_local(
        &self,
        from: NodeId,
        stack: NodeId,
        target: NodeId,
        what: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let ok_kind = matches!(
            self.tree.get(target).map(|n| &n.kind),
            Some(NodeKind::Condition(_) | NodeKind::Mapping(_))
        );
        if !ok_kind {
            diagnostics.push(Diagnostic::error(
                "ZC005",
                self.tree.path(from),
                format!(
                    "{what} points at '{}', which is not a condition or mapping of this app",
                    self.tree.path(target)
                ),
            ));
        } else if self.stack(target) != Some(stack) {
            diagnostics.push(Diagnostic::error(
                "ZC020",
                self.tree.path(from),
                format!(
                    "{what} uses '{}' from another stack; conditions and mappings are local to a template, so define it in the stack of '{}'",
                    self.tree.path(target),
                    self.tree.path(from)
                ),
            ));
        }
    }

    fn reference(
        &self,
        from: NodeId,
        stack: NodeId,
        target: NodeId,
        attribute: Option<&String>,
        links: &mut Links,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let kind = self.tree.get(target).map(|n| &n.kind);
        let referenceable = match kind {
            Some(NodeKind::Resource(_)) => true,
            Some(NodeKind::Parameter(_)) => attribute.is_none(),
            _ => false,
        };
        if !referenceable {
            diagnostics.push(Diagnostic::error(
                "ZC005",
                self.tree.path(from),
                format!(
                    "{} points at '{}', which is {}; only resources (and parameters, for Ref) can be referenced",
                    if attribute.is_some() { "Fn::GetAtt" } else { "Ref" },
                    self.tree.path(target),
                    kind.map_or("not a node of this app", NodeKind::describe)
                ),
            ));
            return;
        }
        let Some(producer) = self.stack(target) else {
            return;
        };
        if producer == stack {
            return;
        }
        let (Some(from_region), Some(to_region)) = (self.region(stack), self.region(producer))
        else {
            return;
        };
        if from_region != to_region {
            diagnostics.push(Diagnostic::error(
                "ZC003",
                self.tree.path(from),
                format!(
                    "references '{}' in stack '{}' ({to_region}) from region {from_region}; exports cannot cross regions, so move one of them or pass the value in as a parameter",
                    self.tree.path(target),
                    self.stack_names[&producer]
                ),
            ));
            return;
        }
        let Some(logical) = self.ids.get(target) else {
            return;
        };
        let known = links
            .import_names
            .get(&target)
            .is_some_and(|names| names.iter().any(|(a, _)| a.as_ref() == attribute));
        if !known {
            let attr_part: String = attribute
                .map(|a| a.chars().filter(char::is_ascii_alphanumeric).collect())
                .unwrap_or_default();
            let output_key = format!("Export{logical}{attr_part}");
            let name = if attribute.is_some() {
                format!("{}:{logical}:{attr_part}", self.stack_names[&producer])
            } else {
                format!("{}:{logical}", self.stack_names[&producer])
            };
            let value = match attribute {
                Some(a) => Expr::GetAtt(target, a.clone()),
                None => Expr::Ref(target),
            };
            links.exports.entry(producer).or_default().insert(
                output_key.clone(),
                Export {
                    output_key,
                    name: name.clone(),
                    value,
                },
            );
            links
                .import_names
                .entry(target)
                .or_default()
                .push((attribute.cloned(), name));
        }
        // The first reason found is kept; paths are only formatted for it.
        links
            .deps
            .entry(stack)
            .or_default()
            .entry(producer)
            .or_insert_with(|| {
                format!(
                    "'{}' references '{}'",
                    self.tree.path(from),
                    self.tree.path(target)
                )
            });
    }

    fn depends_on(
        &self,
        from: NodeId,
        stack: NodeId,
        target: NodeId,
        links: &mut Links,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let Some(t) = self.tree.get(target) else {
            diagnostics.push(Diagnostic::error(
                "ZC005",
                self.tree.path(from),
                "DependsOn points at a node of another app",
            ));
            return;
        };
        let reason = || {
            format!(
                "'{}' depends on '{}'",
                self.tree.path(from),
                self.tree.path(target)
            )
        };
        if let NodeKind::Stack(_) = t.kind {
            if target != stack {
                links
                    .deps
                    .entry(stack)
                    .or_default()
                    .entry(target)
                    .or_insert_with(reason);
            }
            return;
        }
        for r in self.tree.descendants(target) {
            if !matches!(self.tree.node(r).kind, NodeKind::Resource(_)) || r == from {
                continue;
            }
            match self.stack(r) {
                Some(s) if s == stack => {
                    if let Some(id) = self.ids.get(r) {
                        let list = links.depends_on.entry(from).or_default();
                        if !list.iter().any(|x| x == id) {
                            list.push(id.to_owned());
                        }
                    }
                }
                Some(s) => {
                    links
                        .deps
                        .entry(stack)
                        .or_default()
                        .entry(s)
                        .or_insert_with(reason);
                }
                None => {}
            }
        }
    }
}
