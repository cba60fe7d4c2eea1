//! The app: the root of the construct tree and the API for adding stacks, constructs,
//! resources and template elements to it.

use std::any::Any;
use std::fmt;

use crate::check::{CheckError, RulePack, Suppression};
use crate::context::{Context, ContextLookup};
use crate::diagnostics::{Diagnostic, Severity};
use crate::handles::{ConditionRef, MappingRef, ParameterRef, StackRef};
use crate::node::NodeId;
use crate::resource::{Resource, ResourceRef};
use crate::resource_options::ResourceOptions;
use crate::stack::StackProps;
use crate::template::{Mapping, Output, Parameter};
use crate::tree::{NodeKind, ResourceNode, Tree, TreeError};
use crate::value::Expr;

/// A check run at synth time over the finished app (like CDK's `addValidation`); each string
/// it returns is an error on the node it was registered on.
pub type Validation = Box<dyn Fn(&App) -> Vec<String>>;

/// The root of a construct tree: one app holds every stack of a cluster.
pub struct App {
    pub(crate) tree: Tree,
    /// Rule packs and suppressions (see [`crate::check`]).
    pub(crate) checks: crate::check::Registry,
    /// Validations by the node they report on, in the order they were registered.
    pub(crate) validations: Vec<(NodeId, Validation)>,
    /// The resolved context values the constructs read (see [`crate::context`]).
    context: Context,
    /// Every lookup the constructs made, by key.
    lookups: std::collections::BTreeMap<String, ContextLookup>,
}

impl fmt::Debug for App {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("App")
            .field("tree", &self.tree)
            .field("checks", &self.checks)
            .field("validations", &self.validations.len())
            .field("context", &self.context)
            .field("lookups", &self.lookups)
            .finish()
    }
}

impl Default for App {
    fn default() -> Self {
        App::new()
    }
}

impl App {
    /// An empty app. Its context is the one the command line loaded around the program's
    /// build ([`crate::context::with_ambient`]), else empty.
    #[must_use]
    pub fn new() -> Self {
        App {
            tree: Tree::new(),
            checks: crate::check::Registry::default(),
            validations: Vec::new(),
            context: crate::context::ambient().unwrap_or_default(),
            lookups: std::collections::BTreeMap::new(),
        }
    }

    /// The app with `context` instead of the one it started with (tests, or a program that
    /// loads its context file itself).
    #[must_use]
    pub fn with_context(mut self, context: Context) -> Self {
        self.context = context;
        self
    }

    /// The context values the constructs read.
    #[must_use]
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// The value of a context lookup, or `None` when the context has no entry for its key
    /// from the same provider; either way the lookup is recorded for
    /// [`App::context_lookups`], so a command can resolve it.
    pub fn lookup(&mut self, lookup: ContextLookup) -> Option<String> {
        let value = self
            .context
            .get(&lookup.key)
            .filter(|e| e.provider == lookup.provider)
            .map(|e| e.value.clone());
        self.lookups.insert(lookup.key.clone(), lookup);
        value
    }

    /// True when a construct has already asked for `key`.
    #[must_use]
    pub fn looked_up(&self, key: &str) -> bool {
        self.lookups.contains_key(key)
    }

    /// Every lookup the constructs made, sorted by key.
    #[must_use]
    pub fn context_lookups(&self) -> Vec<&ContextLookup> {
        self.lookups.values().collect()
    }

    /// The lookups the context has no answer for, sorted by key.
    #[must_use]
    pub fn missing_context(&self) -> Vec<&ContextLookup> {
        self.lookups
            .values()
            .filter(|l| {
                self.context
                    .get(&l.key)
                    .is_none_or(|e| e.provider != l.provider)
            })
            .collect()
    }

    /// The root node, the scope for stacks and stage-like constructs.
    #[must_use]
    pub fn root(&self) -> NodeId {
        NodeId::ROOT
    }

    /// Adds a stack under the app (or under a construct outside any stack).
    pub fn add_stack(
        &mut self,
        scope: impl Into<NodeId>,
        id: &str,
        props: StackProps,
    ) -> Result<StackRef, TreeError> {
        self.tree
            .add(scope.into(), id, NodeKind::Stack(Box::new(props)))
            .map(StackRef)
    }

    /// Adds a plain construct: a named scope that groups other nodes.
    pub fn add_construct(
        &mut self,
        scope: impl Into<NodeId>,
        id: &str,
    ) -> Result<NodeId, TreeError> {
        self.tree.add(scope.into(), id, NodeKind::Construct)
    }

    /// Adds a resource with typed properties; it must be inside a stack.
    pub fn add_resource<T: Resource>(
        &mut self,
        scope: impl Into<NodeId>,
        id: &str,
        props: T,
    ) -> Result<ResourceRef<T>, TreeError> {
        let node = ResourceNode {
            props: Box::new(props),
            options: ResourceOptions::default(),
        };
        self.tree
            .add(scope.into(), id, NodeKind::Resource(Box::new(node)))
            .map(ResourceRef::new)
    }

    /// Adds a template parameter.
    pub fn add_parameter(
        &mut self,
        scope: impl Into<NodeId>,
        id: &str,
        parameter: Parameter,
    ) -> Result<ParameterRef, TreeError> {
        self.tree
            .add(scope.into(), id, NodeKind::Parameter(Box::new(parameter)))
            .map(ParameterRef)
    }

    /// Adds a template output.
    pub fn add_output(
        &mut self,
        scope: impl Into<NodeId>,
        id: &str,
        output: Output,
    ) -> Result<NodeId, TreeError> {
        self.tree
            .add(scope.into(), id, NodeKind::Output(Box::new(output)))
    }

    /// Adds a template condition built from `Fn::Equals`/`And`/`Or`/`Not`.
    pub fn add_condition(
        &mut self,
        scope: impl Into<NodeId>,
        id: &str,
        condition: Expr,
    ) -> Result<ConditionRef, TreeError> {
        self.tree
            .add(scope.into(), id, NodeKind::Condition(Box::new(condition)))
            .map(ConditionRef)
    }

    /// Adds a template mapping.
    pub fn add_mapping(
        &mut self,
        scope: impl Into<NodeId>,
        id: &str,
        mapping: Mapping,
    ) -> Result<MappingRef, TreeError> {
        self.tree
            .add(scope.into(), id, NodeKind::Mapping(Box::new(mapping)))
            .map(MappingRef)
    }

    /// The typed properties of a resource, for changes after it was added.
    pub fn resource_mut<T: Resource>(&mut self, r: ResourceRef<T>) -> Result<&mut T, TreeError> {
        let path = self.tree.path(r.node());
        let found = match self.tree.get_mut(r.node()).map(|n| &mut n.kind) {
            Some(NodeKind::Resource(res)) => {
                let any: &mut dyn Any = res.props.as_any_mut();
                any.downcast_mut::<T>()
            }
            _ => None,
        };
        found.ok_or(TreeError::WrongKind {
            path,
            expected: "a resource of the handle's type",
        })
    }

    /// The typed properties of a resource.
    pub fn resource<T: Resource>(&self, r: ResourceRef<T>) -> Result<&T, TreeError> {
        match self.tree.get(r.node()).map(|n| &n.kind) {
            Some(NodeKind::Resource(res)) => res.props.as_any().downcast_ref::<T>(),
            _ => None,
        }
        .ok_or_else(|| TreeError::WrongKind {
            path: self.tree.path(r.node()),
            expected: "a resource of the handle's type",
        })
    }

    /// The attributes of a resource (`DependsOn`, policies, metadata, overrides).
    pub fn options_mut(
        &mut self,
        node: impl Into<NodeId>,
    ) -> Result<&mut ResourceOptions, TreeError> {
        let node = node.into();
        let path = self.tree.path(node);
        match self.tree.get_mut(node).map(|n| &mut n.kind) {
            Some(NodeKind::Resource(res)) => Ok(&mut res.options),
            _ => Err(TreeError::WrongKind {
                path,
                expected: "a resource",
            }),
        }
    }

    /// The attributes of a resource, if `node` is one.
    #[must_use]
    pub fn options(&self, node: impl Into<NodeId>) -> Option<&ResourceOptions> {
        match self.tree.get(node.into()).map(|n| &n.kind) {
            Some(NodeKind::Resource(res)) => Some(&res.options),
            _ => None,
        }
    }

    /// Replaces the derived logical id of a template element, to keep a resource's identity
    /// across a rename or move in the tree.
    pub fn override_logical_id(
        &mut self,
        node: impl Into<NodeId>,
        logical_id: impl Into<String>,
    ) -> Result<(), TreeError> {
        let node = node.into();
        let path = self.tree.path(node);
        match self.tree.get_mut(node) {
            Some(n) if n.kind.is_element() => {
                n.logical_id_override = Some(logical_id.into());
                Ok(())
            }
            _ => Err(TreeError::WrongKind {
                path,
                expected: "a template element (resource, parameter, output, condition, mapping)",
            }),
        }
    }

    /// Applies a tag to every taggable resource at or below `scope`. A tag set closer to a
    /// resource wins over the same key set further up.
    pub fn add_tag(
        &mut self,
        scope: impl Into<NodeId>,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Result<(), TreeError> {
        let scope = scope.into();
        let path = self.tree.path(scope);
        let node = self.tree.get_mut(scope).ok_or(TreeError::WrongKind {
            path,
            expected: "a node of this app",
        })?;
        let (key, value) = (key.into(), value.into());
        if let Some(slot) = node.tags.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
        } else {
            node.tags.push((key, value));
        }
        Ok(())
    }

    /// Records an error or warning on a construct; synth reports it with the construct's path.
    pub fn annotate(
        &mut self,
        node: impl Into<NodeId>,
        severity: Severity,
        code: &str,
        message: impl Into<String>,
    ) {
        let node = node.into();
        let path = self.tree.path(node);
        let diagnostic = Diagnostic {
            severity,
            code: code.to_owned(),
            path,
            message: message.into(),
        };
        let target = if self.tree.get(node).is_some() {
            node
        } else {
            NodeId::ROOT
        };
        self.tree.node_mut(target).diagnostics.push(diagnostic);
    }

    /// Records a diagnostic that already carries its own path (for constructs that check a
    /// specification before they build nodes); it is stored on `node`.
    pub fn add_diagnostic(&mut self, node: impl Into<NodeId>, diagnostic: Diagnostic) {
        let node = node.into();
        let target = if self.tree.get(node).is_some() {
            node
        } else {
            NodeId::ROOT
        };
        self.tree.node_mut(target).diagnostics.push(diagnostic);
    }

    /// Registers a check that runs at synth over the finished app; each returned string is
    /// an error on `node`.
    pub fn add_validation(&mut self, node: impl Into<NodeId>, check: Validation) {
        let node = node.into();
        let target = if self.tree.get(node).is_some() {
            node
        } else {
            NodeId::ROOT
        };
        self.validations.push((target, check));
    }

    /// The `/`-separated path of a node.
    #[must_use]
    pub fn path(&self, node: impl Into<NodeId>) -> String {
        self.tree.path(node.into())
    }

    /// The id of a node within its scope.
    #[must_use]
    pub fn id(&self, node: impl Into<NodeId>) -> Option<&str> {
        self.tree.get(node.into()).map(|n| n.id.as_str())
    }

    /// The stack a node belongs to.
    #[must_use]
    pub fn stack_of(&self, node: impl Into<NodeId>) -> Option<StackRef> {
        self.tree.stack_of(node.into()).map(StackRef)
    }

    /// The stacks of the app, in the order they were added.
    #[must_use]
    pub fn stacks(&self) -> Vec<StackRef> {
        self.tree
            .iter()
            .filter(|(_, n)| matches!(n.kind, NodeKind::Stack(_)))
            .map(|(id, _)| StackRef(id))
            .collect()
    }

    /// The properties of a stack.
    #[must_use]
    pub fn stack_props(&self, stack: StackRef) -> Option<&StackProps> {
        match self.tree.get(stack.0).map(|n| &n.kind) {
            Some(NodeKind::Stack(p)) => Some(p),
            _ => None,
        }
    }

    /// The CloudFormation stack name of a stack.
    #[must_use]
    pub fn stack_name(&self, stack: StackRef) -> String {
        match self.tree.get(stack.0) {
            Some(n) => match &n.kind {
                NodeKind::Stack(p) => p.stack_name.clone().unwrap_or_else(|| n.id.clone()),
                _ => n.id.clone(),
            },
            None => String::new(),
        }
    }

    /// The CloudFormation type of a resource node.
    #[must_use]
    pub fn resource_type(&self, node: impl Into<NodeId>) -> Option<&'static str> {
        match self.tree.get(node.into()).map(|n| &n.kind) {
            Some(NodeKind::Resource(r)) => Some(r.props.type_name()),
            _ => None,
        }
    }

    /// Every resource node at or below `scope`, in tree order.
    #[must_use]
    pub fn resources_below(&self, scope: impl Into<NodeId>) -> Vec<NodeId> {
        self.tree
            .descendants(scope.into())
            .into_iter()
            .filter(|n| matches!(self.tree.node(*n).kind, NodeKind::Resource(_)))
            .collect()
    }

    /// Registers a rule pack; synth and [`App::check`] run it. Idempotent: a pack whose name
    /// is already registered is ignored, so every construct may register the packs it needs.
    pub fn add_rule_pack(&mut self, pack: RulePack) {
        self.checks.add(pack);
    }

    /// The names of the registered packs.
    #[must_use]
    pub fn rule_packs(&self) -> Vec<&'static str> {
        self.checks.packs.iter().map(|p| p.name).collect()
    }

    /// Accepts findings of `rule_id` at `scope` and below, for the `reason` given (shown by
    /// `check`). The reason is mandatory.
    pub fn suppress(
        &mut self,
        scope: impl Into<NodeId>,
        rule_id: &str,
        reason: &str,
    ) -> Result<(), CheckError> {
        let node = scope.into();
        if self.tree.get(node).is_none() {
            return Err(CheckError::UnknownNode {
                rule_id: rule_id.to_owned(),
                node,
            });
        }
        let path = self.path(node);
        if reason.trim().is_empty() {
            return Err(CheckError::MissingReason {
                rule_id: rule_id.to_owned(),
                path,
            });
        }
        self.checks.suppressions.push(Suppression {
            rule_id: rule_id.to_owned(),
            path,
            reason: reason.trim().to_owned(),
        });
        Ok(())
    }
}
