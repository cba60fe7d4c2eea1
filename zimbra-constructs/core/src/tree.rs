//! The construct tree: an arena of nodes (app, stacks, constructs, resources, template
//! elements), each with an id unique among its siblings and a `/`-separated path.
//!
//! Nodes are never removed, so a [`NodeId`] stays valid for the life of the app, and
//! insertion order is kept: it is the order resources appear in the templates.

use std::collections::HashMap;
use std::fmt;

use crate::diagnostics::Diagnostic;
use crate::node::NodeId;
use crate::resource::AnyResource;
use crate::resource_options::ResourceOptions;
use crate::stack::StackProps;
use crate::template::{Mapping, Output, Parameter};
use crate::value::Expr;

/// An error while building the tree.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TreeError {
    /// Two children of one scope were given the same id.
    #[error("duplicate construct id: '{path}' already exists (added again as '{path}'); give each child of '{scope}' a distinct id")]
    DuplicateId {
        /// Path of the scope.
        scope: String,
        /// Path both children would have.
        path: String,
    },
    /// An id was empty or contained a `/`.
    #[error("invalid construct id '{id}' under '{scope}': ids must be non-empty and must not contain '/'")]
    InvalidId {
        /// Path of the scope.
        scope: String,
        /// The rejected id.
        id: String,
    },
    /// A node was added where it cannot live (a resource outside any stack, a stack in a stack).
    #[error("cannot add {what} '{id}' under '{scope}': {why}")]
    WrongScope {
        /// What was being added.
        what: &'static str,
        /// Its id.
        id: String,
        /// Path of the scope.
        scope: String,
        /// Why it does not fit there, and what to do instead.
        why: &'static str,
    },
    /// A handle did not point at a node of the expected kind in this app.
    #[error("'{path}' is not {expected}")]
    WrongKind {
        /// Path of the node (or its index if it is not in this app).
        path: String,
        /// What the caller expected.
        expected: &'static str,
    },
}

/// What a node is.
#[derive(Debug)]
pub(crate) enum NodeKind {
    Root,
    Stack(Box<StackProps>),
    Construct,
    Resource(Box<ResourceNode>),
    Parameter(Box<Parameter>),
    Output(Box<Output>),
    Condition(Box<Expr>),
    Mapping(Box<Mapping>),
}

impl NodeKind {
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            NodeKind::Root => "the app",
            NodeKind::Stack(_) => "a stack",
            NodeKind::Construct => "a construct",
            NodeKind::Resource(_) => "a resource",
            NodeKind::Parameter(_) => "a parameter",
            NodeKind::Output(_) => "an output",
            NodeKind::Condition(_) => "a condition",
            NodeKind::Mapping(_) => "a mapping",
        }
    }

    /// True for nodes that become a template element with a logical id.
    pub(crate) fn is_element(&self) -> bool {
        matches!(
            self,
            NodeKind::Resource(_)
                | NodeKind::Parameter(_)
                | NodeKind::Output(_)
                | NodeKind::Condition(_)
                | NodeKind::Mapping(_)
        )
    }
}

/// A resource in the tree: its typed properties and its resource attributes.
#[derive(Debug)]
pub(crate) struct ResourceNode {
    pub(crate) props: Box<dyn AnyResource>,
    pub(crate) options: ResourceOptions,
}

pub(crate) struct Node {
    pub(crate) id: String,
    pub(crate) parent: Option<NodeId>,
    pub(crate) children: Vec<NodeId>,
    pub(crate) kind: NodeKind,
    pub(crate) tags: Vec<(String, String)>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) logical_id_override: Option<String>,
}

impl fmt::Debug for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Node")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// The arena. Sibling ids are checked through a hash map, so building is linear.
#[derive(Debug)]
pub(crate) struct Tree {
    nodes: Vec<Node>,
    by_parent_and_id: HashMap<(NodeId, String), NodeId>,
}

impl Tree {
    pub(crate) fn new() -> Self {
        Tree {
            nodes: vec![Node {
                id: String::new(),
                parent: None,
                children: Vec::new(),
                kind: NodeKind::Root,
                tags: Vec::new(),
                diagnostics: Vec::new(),
                logical_id_override: None,
            }],
            by_parent_and_id: HashMap::new(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Looks a node up; `None` for an id from another app.
    pub(crate) fn get(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.index())
    }

    pub(crate) fn get_mut(&mut self, id: NodeId) -> Option<&mut Node> {
        self.nodes.get_mut(id.index())
    }

    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    pub(crate) fn node_mut(&mut self, id: NodeId) -> &mut Node {
        &mut self.nodes[id.index()]
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (NodeId(i as u32), n))
    }

    /// The node's path from the root, ids joined by `/`.
    pub(crate) fn path(&self, id: NodeId) -> String {
        let Some(node) = self.get(id) else {
            return format!("<node {} of another app>", id.0);
        };
        // Room for a usual depth (app, stack, constructs, resource): one allocation.
        let mut parts = Vec::with_capacity(8);
        parts.push(node.id.as_str());
        let mut cur = node.parent;
        while let Some(p) = cur {
            let n = self.node(p);
            if n.parent.is_some() {
                parts.push(&n.id);
            }
            cur = n.parent;
        }
        parts.reverse();
        parts.join("/")
    }

    /// The nearest stack at or above `id`.
    pub(crate) fn stack_of(&self, id: NodeId) -> Option<NodeId> {
        let mut cur = Some(id);
        while let Some(c) = cur {
            let n = self.get(c)?;
            if matches!(n.kind, NodeKind::Stack(_)) {
                return Some(c);
            }
            cur = n.parent;
        }
        None
    }

    /// Adds a node under `scope`, checking the id and where the node may live.
    pub(crate) fn add(
        &mut self,
        scope: NodeId,
        id: &str,
        kind: NodeKind,
    ) -> Result<NodeId, TreeError> {
        let Some(parent) = self.get(scope) else {
            return Err(TreeError::WrongKind {
                path: self.path(scope),
                expected: "a node of this app",
            });
        };
        if id.is_empty() || id.contains('/') {
            return Err(TreeError::InvalidId {
                scope: self.path(scope),
                id: id.to_owned(),
            });
        }
        let in_stack = self.stack_of(scope).is_some();
        let scope_holds_children = matches!(
            parent.kind,
            NodeKind::Root | NodeKind::Stack(_) | NodeKind::Construct
        );
        let wrong = |why| TreeError::WrongScope {
            what: kind.describe(),
            id: id.to_owned(),
            scope: self.path(scope),
            why,
        };
        if !scope_holds_children {
            return Err(wrong(
                "only the app, stacks and constructs can have children",
            ));
        }
        match kind {
            NodeKind::Stack(_) if in_stack => {
                return Err(wrong("stacks cannot be nested; add the stack to the app or to a construct outside any stack"));
            }
            NodeKind::Root | NodeKind::Stack(_) | NodeKind::Construct => {}
            _ if !in_stack => {
                return Err(wrong(
                    "template elements must live in a stack; add a stack first and use it (or a construct in it) as the scope",
                ));
            }
            _ => {}
        }
        let new_id = NodeId(u32::try_from(self.nodes.len()).expect("fewer than 4 billion nodes"));
        // One key, for the check and the insert.
        let std::collections::hash_map::Entry::Vacant(slot) =
            self.by_parent_and_id.entry((scope, id.to_owned()))
        else {
            let scope_path = self.path(scope);
            let path = if scope_path.is_empty() {
                id.to_owned()
            } else {
                format!("{scope_path}/{id}")
            };
            return Err(TreeError::DuplicateId {
                scope: if scope_path.is_empty() {
                    "the app".to_owned()
                } else {
                    scope_path
                },
                path,
            });
        };
        slot.insert(new_id);
        self.nodes.push(Node {
            id: id.to_owned(),
            parent: Some(scope),
            children: Vec::new(),
            kind,
            tags: Vec::new(),
            diagnostics: Vec::new(),
            logical_id_override: None,
        });
        self.nodes[scope.index()].children.push(new_id);
        Ok(new_id)
    }

    /// Depth-first pre-order walk below (and including) `from`, in insertion order.
    pub(crate) fn descendants(&self, from: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![from];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.node(n).children.iter().rev());
        }
        out
    }
}
