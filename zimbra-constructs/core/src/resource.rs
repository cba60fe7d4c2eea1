//! What every CloudFormation resource type provides, and typed handles to resources in an app.
//!
//! The generated types of the `zimbra-constructs-cfn` crate implement [`Resource`] (tests
//! write their own small types); adding one to an
//! [`App`](crate::App) returns a [`ResourceRef`] whose methods build `Ref` and `Fn::GetAtt`
//! values that synthesis can follow across stacks.

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;

use crate::node::NodeId;
use crate::value::{Expr, Value};

/// How a resource type accepts tags, from its schema's `Tags` property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tagging {
    /// The type takes no tags.
    None,
    /// `Tags` is a list of `{Key, Value}` objects.
    List,
    /// `Tags` is a JSON object of key to value.
    Map,
}

/// Facts from a resource type's provider schema that synthesis, `diff` and checks need.
#[derive(Debug)]
pub struct ResourceSchema {
    /// The CloudFormation type name, for example `AWS::EC2::Subnet`.
    pub type_name: &'static str,
    /// JSON pointers (`/properties/VpcId`) of properties whose change replaces the resource.
    pub create_only: &'static [&'static str],
    /// JSON pointers of properties CloudFormation sets and a template must not.
    pub read_only: &'static [&'static str],
    /// Attribute names `Fn::GetAtt` accepts.
    pub attributes: &'static [&'static str],
    /// How the type takes tags.
    pub tagging: Tagging,
}

/// A CloudFormation resource type with typed properties.
///
/// `Send + Sync`: synthesis renders stacks on two threads, sharing the construct tree.
pub trait Resource: Any + fmt::Debug + Send + Sync {
    /// The CloudFormation type name, for example `AWS::EC2::Subnet`.
    const TYPE: &'static str;
    /// The schema facts of this type.
    const SCHEMA: &'static ResourceSchema;

    /// The `Properties` block, as an [`Expr::Map`] in schema order.
    fn properties(&self) -> Expr;

    /// Calls `f` with the name and expression of every property set, in schema order,
    /// borrowed: what [`Resource::properties`] holds, without a converted copy (reference
    /// analysis and rendering read them this way). The generated types visit their fields;
    /// the default converts and visits the entries of [`Resource::properties`] (anything
    /// but a map is no `Properties` block, and visits nothing).
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        if let Expr::Map(entries) = self.properties() {
            for (name, e) in &entries {
                f(name, e);
            }
        }
    }
}

/// Object-safe view of a [`Resource`], as the construct tree stores it.
pub trait AnyResource: Any + fmt::Debug + Send + Sync {
    /// The CloudFormation type name.
    fn type_name(&self) -> &'static str;
    /// The schema facts of the type.
    fn schema(&self) -> &'static ResourceSchema;
    /// The `Properties` block.
    fn properties(&self) -> Expr;
    /// Each property's expression, borrowed ([`Resource::visit_properties`]).
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr));
    /// Downcasting support for typed mutation after the resource was added.
    fn as_any_mut(&mut self) -> &mut dyn Any;
    /// Downcasting support for typed reads.
    fn as_any(&self) -> &dyn Any;
}

impl<T: Resource> AnyResource for T {
    fn type_name(&self) -> &'static str {
        T::TYPE
    }
    fn schema(&self) -> &'static ResourceSchema {
        T::SCHEMA
    }
    fn properties(&self) -> Expr {
        Resource::properties(self)
    }
    fn visit_properties(&self, f: &mut dyn FnMut(&str, &Expr)) {
        Resource::visit_properties(self, f);
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A typed handle to a resource added to an app.
///
/// Cheap to copy; use it to reference the resource from other resources, in this or any
/// other stack of the same app and region.
pub struct ResourceRef<T> {
    node: NodeId,
    _type: PhantomData<fn() -> T>,
}

impl<T> Clone for ResourceRef<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ResourceRef<T> {}

impl<T> fmt::Debug for ResourceRef<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ResourceRef({:?})", self.node)
    }
}

impl<T> PartialEq for ResourceRef<T> {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

impl<T> Eq for ResourceRef<T> {}

impl<T> ResourceRef<T> {
    pub(crate) fn new(node: NodeId) -> Self {
        ResourceRef {
            node,
            _type: PhantomData,
        }
    }

    /// The tree node of the resource.
    #[must_use]
    pub fn node(&self) -> NodeId {
        self.node
    }

    /// `Ref` to the resource (what it returns depends on the type: an id, a name or an ARN).
    #[must_use]
    pub fn reference(&self) -> Value<String> {
        Value::from_expr(Expr::Ref(self.node))
    }

    /// `Fn::GetAtt` of an attribute by name; prefer the generated `attr_*` methods.
    #[must_use]
    pub fn get_att<U>(&self, attribute: &str) -> Value<U> {
        Value::from_expr(Expr::GetAtt(self.node, attribute.to_owned()))
    }
}

/// A handle whose resource has `Fn::GetAtt` attributes: the supertrait of the generated
/// attribute traits (`VpcAttributes`, ...), whose `attr_*` methods call [`GetAtt::get_att`].
pub trait GetAtt {
    /// `Fn::GetAtt` of an attribute by name.
    fn get_att<U>(&self, attribute: &str) -> Value<U>;
}

impl<T> GetAtt for ResourceRef<T> {
    fn get_att<U>(&self, attribute: &str) -> Value<U> {
        ResourceRef::get_att(self, attribute)
    }
}

impl<T> From<ResourceRef<T>> for NodeId {
    fn from(r: ResourceRef<T>) -> NodeId {
        r.node()
    }
}

impl<T> From<&ResourceRef<T>> for NodeId {
    fn from(r: &ResourceRef<T>) -> NodeId {
        r.node()
    }
}

impl<T> From<ResourceRef<T>> for Value<String> {
    fn from(r: ResourceRef<T>) -> Self {
        r.reference()
    }
}

impl<T> From<&ResourceRef<T>> for Value<String> {
    fn from(r: &ResourceRef<T>) -> Self {
        r.reference()
    }
}

/// Marker type: a value that identifies a resource of type `T` (a subnet id, a VPC id ...).
///
/// Properties such as `SubnetId` are typed `Value<IdOf<Subnet>>`, so passing a VPC where a
/// subnet belongs is a compile error. Use [`Value::from_expr`] for ids from elsewhere
/// (parameters, imports of stacks outside the app).
pub struct IdOf<T>(PhantomData<fn() -> T>);

/// A resource type whose identifier other resources take in an `...Id`/`...Arn` property.
pub trait Identified: Resource {
    /// The expression that yields the identifier (`Ref` unless the type says otherwise).
    fn id_expr(node: NodeId) -> Expr {
        Expr::Ref(node)
    }
}

impl<T: Identified> From<ResourceRef<T>> for Value<IdOf<T>> {
    fn from(r: ResourceRef<T>) -> Self {
        Value::from_expr(T::id_expr(r.node))
    }
}

impl<T: Identified> From<&ResourceRef<T>> for Value<IdOf<T>> {
    fn from(r: &ResourceRef<T>) -> Self {
        Value::from_expr(T::id_expr(r.node))
    }
}
