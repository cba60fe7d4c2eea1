//! Typed handles to the non-resource nodes of an app: stacks, parameters, conditions and
//! mappings ([`ResourceRef`](crate::ResourceRef) is the handle of resources). Each is a
//! [`NodeId`] that remembers what it points at, so an intrinsic only takes the kind of node it
//! can use.

use crate::node::NodeId;
use crate::value::{Expr, Value};

/// A handle to a stack of an app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StackRef(pub(crate) NodeId);

impl StackRef {
    pub(crate) fn from_node(node: NodeId) -> Self {
        StackRef(node)
    }

    /// The stack's tree node.
    #[must_use]
    pub fn node(self) -> NodeId {
        self.0
    }
}

impl From<StackRef> for NodeId {
    fn from(s: StackRef) -> NodeId {
        s.0
    }
}

/// A handle to a template parameter; `Ref` it with [`ParameterRef::value`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParameterRef(pub(crate) NodeId);

impl ParameterRef {
    /// `Ref` to the parameter, typed as the caller expects it.
    #[must_use]
    pub fn value<T>(self) -> Value<T> {
        Value::from_expr(Expr::Ref(self.0))
    }
}

impl From<ParameterRef> for NodeId {
    fn from(p: ParameterRef) -> NodeId {
        p.0
    }
}

/// A handle to a template condition, for `Fn::If` and a resource's `Condition`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConditionRef(pub(crate) NodeId);

impl From<ConditionRef> for NodeId {
    fn from(c: ConditionRef) -> NodeId {
        c.0
    }
}

/// A handle to a mapping, for `Fn::FindInMap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MappingRef(pub(crate) NodeId);

impl From<MappingRef> for NodeId {
    fn from(m: MappingRef) -> NodeId {
        m.0
    }
}
