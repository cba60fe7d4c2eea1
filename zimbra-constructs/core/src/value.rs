//! CloudFormation values before synthesis: literals and intrinsic functions.
//!
//! A value that points at another part of the app (a `Ref`, a `Fn::GetAtt`) keeps the
//! [`NodeId`] of its target instead of a logical ID, so synthesis can decide late whether
//! the reference stays inside one stack or becomes an export/import pair. There are no
//! placeholder strings: a reference can only ever be rendered as an intrinsic.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use crate::node::NodeId;

/// A CloudFormation pseudo parameter, resolved by CloudFormation at deploy time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pseudo {
    /// `AWS::AccountId`
    AccountId,
    /// `AWS::Region`
    Region,
    /// `AWS::StackName`
    StackName,
    /// `AWS::StackId`
    StackId,
    /// `AWS::Partition`
    Partition,
    /// `AWS::URLSuffix`
    UrlSuffix,
    /// `AWS::NoValue`: removes the property it stands in for.
    NoValue,
}

impl Pseudo {
    /// The name CloudFormation knows the pseudo parameter by.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Pseudo::AccountId => "AWS::AccountId",
            Pseudo::Region => "AWS::Region",
            Pseudo::StackName => "AWS::StackName",
            Pseudo::StackId => "AWS::StackId",
            Pseudo::Partition => "AWS::Partition",
            Pseudo::UrlSuffix => "AWS::URLSuffix",
            Pseudo::NoValue => "AWS::NoValue",
        }
    }
}

/// One piece of a `Fn::Sub` string: literal text or an embedded value.
#[derive(Debug, Clone, PartialEq)]
pub enum SubPart {
    /// Text copied as is (a literal `${` is escaped at render time).
    Text(String),
    /// A value substituted into the string.
    Value(Expr),
}

/// An untyped CloudFormation value: a literal, a container, or an intrinsic function.
///
/// Generated resource types convert their properties into `Expr` trees; synthesis
/// resolves references and renders them to JSON or YAML.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// JSON `null` (rarely useful; prefer leaving a property unset).
    Null,
    /// A boolean literal.
    Bool(bool),
    /// An integer literal.
    Int(i64),
    /// A floating-point literal.
    Float(f64),
    /// A string literal.
    Str(String),
    /// A JSON array.
    List(Vec<Expr>),
    /// A JSON object; keys keep their insertion order.
    Map(Vec<(String, Expr)>),
    /// `Ref` to a resource or parameter of the app.
    Ref(NodeId),
    /// `Ref` to a pseudo parameter.
    Pseudo(Pseudo),
    /// `Fn::GetAtt` of a resource and attribute name (dotted names such as `Endpoint.Address`).
    GetAtt(NodeId, String),
    /// `Fn::Sub` built from parts; the template and variables are derived at render time.
    Sub(Vec<SubPart>),
    /// `Fn::Sub` as written by the user: a template and explicit variables.
    SubRaw(String, Vec<(String, Expr)>),
    /// `Fn::Join` with a delimiter.
    Join(String, Vec<Expr>),
    /// `Fn::Select` of an index from a list.
    Select(u32, Box<Expr>),
    /// `Fn::Split` of a string by a delimiter.
    Split(String, Box<Expr>),
    /// `Fn::GetAZs` of a region (an empty string means the stack's region).
    GetAzs(Box<Expr>),
    /// `Fn::ImportValue` of an export name.
    ImportValue(Box<Expr>),
    /// `Fn::Base64` of a string.
    Base64(Box<Expr>),
    /// `Fn::Cidr`: ip block, count, bits per subnet.
    Cidr(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `Fn::FindInMap` of a mapping node, top-level key and second-level key.
    FindInMap(NodeId, Box<Expr>, Box<Expr>),
    /// `Fn::If` on a condition node.
    If(NodeId, Box<Expr>, Box<Expr>),
    /// `Fn::Equals` (condition functions only).
    Equals(Box<Expr>, Box<Expr>),
    /// `Fn::And` (condition functions only).
    And(Vec<Expr>),
    /// `Fn::Or` (condition functions only).
    Or(Vec<Expr>),
    /// `Fn::Not` (condition functions only).
    Not(Box<Expr>),
    /// `{"Condition": name}` inside a condition definition.
    Condition(NodeId),
}

impl Expr {
    /// Builds a JSON object from key/value pairs, keeping their order.
    pub fn map<K: Into<String>>(entries: impl IntoIterator<Item = (K, Expr)>) -> Expr {
        Expr::Map(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// Builds a JSON array.
    pub fn list(items: impl IntoIterator<Item = Expr>) -> Expr {
        Expr::List(items.into_iter().collect())
    }

    /// Calls `f` on this value and every value nested inside it, depth first.
    pub fn visit(&self, f: &mut impl FnMut(&Expr)) {
        f(self);
        match self {
            Expr::Null
            | Expr::Bool(_)
            | Expr::Int(_)
            | Expr::Float(_)
            | Expr::Str(_)
            | Expr::Ref(_)
            | Expr::Pseudo(_)
            | Expr::GetAtt(..)
            | Expr::Condition(_) => {}
            Expr::List(items) | Expr::Join(_, items) | Expr::And(items) | Expr::Or(items) => {
                items.iter().for_each(|e| e.visit(f));
            }
            Expr::Map(entries) | Expr::SubRaw(_, entries) => {
                entries.iter().for_each(|(_, e)| e.visit(f));
            }
            Expr::Sub(parts) => parts.iter().for_each(|p| {
                if let SubPart::Value(e) = p {
                    e.visit(f);
                }
            }),
            Expr::Select(_, e)
            | Expr::Split(_, e)
            | Expr::GetAzs(e)
            | Expr::ImportValue(e)
            | Expr::Base64(e)
            | Expr::Not(e) => e.visit(f),
            Expr::Cidr(a, b, c) => {
                a.visit(f);
                b.visit(f);
                c.visit(f);
            }
            Expr::FindInMap(_, a, b) | Expr::Equals(a, b) => {
                a.visit(f);
                b.visit(f);
            }
            Expr::If(_, a, b) => {
                a.visit(f);
                b.visit(f);
            }
        }
    }

    /// The string if this is a plain string literal.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Expr::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl From<&str> for Expr {
    fn from(s: &str) -> Self {
        Expr::Str(s.to_owned())
    }
}

impl From<String> for Expr {
    fn from(s: String) -> Self {
        Expr::Str(s)
    }
}

impl From<bool> for Expr {
    fn from(b: bool) -> Self {
        Expr::Bool(b)
    }
}

impl From<i64> for Expr {
    fn from(i: i64) -> Self {
        Expr::Int(i)
    }
}

impl From<Pseudo> for Expr {
    fn from(p: Pseudo) -> Self {
        Expr::Pseudo(p)
    }
}

impl<T> From<Value<T>> for Expr {
    fn from(v: Value<T>) -> Self {
        v.expr
    }
}

impl From<serde_json::Value> for Expr {
    fn from(v: serde_json::Value) -> Self {
        match v {
            serde_json::Value::Null => Expr::Null,
            serde_json::Value::Bool(b) => Expr::Bool(b),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => Expr::Int(i),
                None => Expr::Float(n.as_f64().unwrap_or_default()),
            },
            serde_json::Value::String(s) => Expr::Str(s),
            serde_json::Value::Array(a) => Expr::List(a.into_iter().map(Expr::from).collect()),
            serde_json::Value::Object(o) => {
                Expr::Map(o.into_iter().map(|(k, v)| (k, Expr::from(v))).collect())
            }
        }
    }
}

/// Marker type for free-form JSON properties (policy documents, for example).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Json {}

/// A value of CloudFormation type `T`: a literal of that type or an intrinsic that
/// evaluates to it.
///
/// The type parameter is only a compile-time check (a port number cannot go where a
/// subnet list is expected); the value itself is an [`Expr`].
pub struct Value<T> {
    expr: Expr,
    _type: PhantomData<fn() -> T>,
}

impl<T> Value<T> {
    /// Wraps an expression the caller knows evaluates to a `T`.
    ///
    /// Use this for intrinsics the typed API does not cover; the type is not checked.
    #[must_use]
    pub fn from_expr(expr: impl Into<Expr>) -> Self {
        Value {
            expr: expr.into(),
            _type: PhantomData,
        }
    }

    /// The underlying expression.
    #[must_use]
    pub fn expr(&self) -> &Expr {
        &self.expr
    }

    /// Unwraps the underlying expression.
    #[must_use]
    pub fn into_expr(self) -> Expr {
        self.expr
    }
}

impl<T> Clone for Value<T> {
    fn clone(&self) -> Self {
        Value::from_expr(self.expr.clone())
    }
}

impl<T> fmt::Debug for Value<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.expr.fmt(f)
    }
}

impl<T> PartialEq for Value<T> {
    fn eq(&self, other: &Self) -> bool {
        self.expr == other.expr
    }
}

impl From<&str> for Value<String> {
    fn from(s: &str) -> Self {
        Value::from_expr(s)
    }
}

impl From<String> for Value<String> {
    fn from(s: String) -> Self {
        Value::from_expr(s)
    }
}

impl From<&String> for Value<String> {
    fn from(s: &String) -> Self {
        Value::from_expr(s.as_str())
    }
}

impl From<Pseudo> for Value<String> {
    fn from(p: Pseudo) -> Self {
        Value::from_expr(p)
    }
}

impl From<bool> for Value<bool> {
    fn from(b: bool) -> Self {
        Value::from_expr(b)
    }
}

macro_rules! int_values {
    ($($t:ty),*) => {$(
        impl From<$t> for Value<i64> {
            fn from(i: $t) -> Self {
                Value::from_expr(Expr::Int(i64::from(i)))
            }
        }
    )*};
}
int_values!(i64, i32, u32, u16, u8);

impl From<f64> for Value<f64> {
    fn from(x: f64) -> Self {
        Value::from_expr(Expr::Float(x))
    }
}

impl From<i64> for Value<f64> {
    fn from(i: i64) -> Self {
        Value::from_expr(Expr::Int(i))
    }
}

impl From<serde_json::Value> for Value<Json> {
    fn from(v: serde_json::Value) -> Self {
        Value::from_expr(v)
    }
}

impl From<Expr> for Value<Json> {
    fn from(e: Expr) -> Self {
        Value::from_expr(e)
    }
}

impl<T, U: Into<Value<T>>> From<Vec<U>> for Value<Vec<T>> {
    fn from(items: Vec<U>) -> Self {
        Value::from_expr(Expr::List(
            items.into_iter().map(|i| i.into().into_expr()).collect(),
        ))
    }
}

/// A list written as an array, so setters take `[a, b]` where they take a `Vec`.
impl<T, U: Into<Value<T>>, const N: usize> From<[U; N]> for Value<Vec<T>> {
    fn from(items: [U; N]) -> Self {
        Value::from_expr(Expr::List(
            items.into_iter().map(|i| i.into().into_expr()).collect(),
        ))
    }
}

impl<T, U: Into<Value<T>>> From<BTreeMap<String, U>> for Value<BTreeMap<String, T>> {
    fn from(items: BTreeMap<String, U>) -> Self {
        Value::from_expr(Expr::Map(
            items
                .into_iter()
                .map(|(k, v)| (k, v.into().into_expr()))
                .collect(),
        ))
    }
}

/// A resource tag: the `{Key, Value}` pair most CloudFormation types take in `Tags`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    /// The tag key.
    pub key: Value<String>,
    /// The tag value.
    pub value: Value<String>,
}

impl Tag {
    /// A tag from a key and a value.
    pub fn new(key: impl Into<Value<String>>, value: impl Into<Value<String>>) -> Self {
        Tag {
            key: key.into(),
            value: value.into(),
        }
    }
}

impl ToExpr for Tag {
    fn to_expr(&self) -> Expr {
        Expr::map([
            ("Key", self.key.expr().clone()),
            ("Value", self.value.expr().clone()),
        ])
    }
}

impl From<Tag> for Value<Tag> {
    fn from(t: Tag) -> Self {
        Value::from_expr(t.to_expr())
    }
}

/// Conversion of a typed property structure into an [`Expr`].
pub trait ToExpr {
    /// The structure as a CloudFormation value.
    fn to_expr(&self) -> Expr;
}

/// Collects the set properties of a structure into an [`Expr::Map`], skipping unset ones.
///
/// Generated code calls this with `(name, Option<&Value<_>>)` pairs in schema order.
#[derive(Debug, Default)]
pub struct PropertyMap(Vec<(String, Expr)>);

impl PropertyMap {
    /// An empty map.
    #[must_use]
    pub fn new() -> Self {
        PropertyMap(Vec::new())
    }

    /// Adds a property if it is set.
    pub fn set<T>(&mut self, name: &str, value: Option<&Value<T>>) {
        if let Some(v) = value {
            self.0.push((name.to_owned(), v.expr().clone()));
        }
    }

    /// Adds a required property.
    pub fn put<T>(&mut self, name: &str, value: &Value<T>) {
        self.0.push((name.to_owned(), value.expr().clone()));
    }

    /// The finished map.
    #[must_use]
    pub fn finish(self) -> Expr {
        Expr::Map(self.0)
    }
}
