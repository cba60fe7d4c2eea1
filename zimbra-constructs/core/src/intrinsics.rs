//! Typed constructors for CloudFormation's intrinsic functions and condition functions.
//!
//! Each returns a [`Value`] of the type the function evaluates to, so an intrinsic can go
//! wherever a literal of that type can.

use crate::handles::{ConditionRef, MappingRef};
use crate::node::NodeId;
use crate::stack::Region;
use crate::value::{Expr, Pseudo, SubPart, Value};

/// `Fn::Join`: the items joined by a delimiter.
pub fn join<I, V>(delimiter: &str, items: I) -> Value<String>
where
    I: IntoIterator<Item = V>,
    V: Into<Value<String>>,
{
    Value::from_expr(Expr::Join(
        delimiter.to_owned(),
        items.into_iter().map(|v| v.into().into_expr()).collect(),
    ))
}

/// Builder for `Fn::Sub` from text and values; references and pseudo parameters are
/// rendered inline (`${Bucket.Arn}`), anything else as a named variable.
#[derive(Debug, Default, Clone)]
#[must_use = "call build() to get the value"]
pub struct Sub(Vec<SubPart>);

impl Sub {
    /// An empty string.
    pub fn new() -> Self {
        Sub(Vec::new())
    }

    /// Appends literal text (a `${` in it stays literal).
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.0.push(SubPart::Text(text.into()));
        self
    }

    /// Appends a value.
    pub fn value<T>(mut self, value: impl Into<Value<T>>) -> Self {
        self.0.push(SubPart::Value(value.into().into_expr()));
        self
    }

    /// The `Fn::Sub` value.
    pub fn build(self) -> Value<String> {
        Value::from_expr(Expr::Sub(self.0))
    }
}

/// `Fn::Sub` with a template written by hand and explicit variables.
pub fn sub_template<I, K>(template: &str, variables: I) -> Value<String>
where
    I: IntoIterator<Item = (K, Value<String>)>,
    K: Into<String>,
{
    Value::from_expr(Expr::SubRaw(
        template.to_owned(),
        variables
            .into_iter()
            .map(|(k, v)| (k.into(), v.into_expr()))
            .collect(),
    ))
}

/// `Fn::Select`: one item of a list.
pub fn select<T>(index: u32, list: impl Into<Value<Vec<T>>>) -> Value<T> {
    Value::from_expr(Expr::Select(index, Box::new(list.into().into_expr())))
}

/// `Fn::Split`: a string split into a list.
pub fn split(delimiter: &str, source: impl Into<Value<String>>) -> Value<Vec<String>> {
    Value::from_expr(Expr::Split(
        delimiter.to_owned(),
        Box::new(source.into().into_expr()),
    ))
}

/// `Fn::GetAZs`: the AZs of a region, or of the stack's region for `None`.
#[must_use]
pub fn get_azs(region: Option<&Region>) -> Value<Vec<String>> {
    let arg = region.map_or(Expr::Str(String::new()), |r| {
        Expr::Str(r.as_str().to_owned())
    });
    Value::from_expr(Expr::GetAzs(Box::new(arg)))
}

/// `Fn::ImportValue` of an export made outside this app (exports between stacks of the app
/// are made automatically).
pub fn import_value<T>(export_name: impl Into<Value<String>>) -> Value<T> {
    Value::from_expr(Expr::ImportValue(Box::new(export_name.into().into_expr())))
}

/// `Fn::Base64`.
pub fn base64(value: impl Into<Value<String>>) -> Value<String> {
    Value::from_expr(Expr::Base64(Box::new(value.into().into_expr())))
}

/// `Fn::Cidr`: `count` CIDR blocks of `bits` host bits each, carved from `block`.
pub fn cidr(block: impl Into<Value<String>>, count: u32, bits: u32) -> Value<Vec<String>> {
    Value::from_expr(Expr::Cidr(
        Box::new(block.into().into_expr()),
        Box::new(Expr::Int(i64::from(count))),
        Box::new(Expr::Int(i64::from(bits))),
    ))
}

/// `Fn::FindInMap`.
pub fn find_in_map<T>(
    mapping: MappingRef,
    top: impl Into<Value<String>>,
    second: impl Into<Value<String>>,
) -> Value<T> {
    Value::from_expr(Expr::FindInMap(
        NodeId::from(mapping),
        Box::new(top.into().into_expr()),
        Box::new(second.into().into_expr()),
    ))
}

/// `Fn::If`: one of two values depending on a condition of the same stack.
pub fn if_<T>(
    condition: ConditionRef,
    then: impl Into<Value<T>>,
    otherwise: impl Into<Value<T>>,
) -> Value<T> {
    Value::from_expr(Expr::If(
        NodeId::from(condition),
        Box::new(then.into().into_expr()),
        Box::new(otherwise.into().into_expr()),
    ))
}

/// `Ref: AWS::NoValue`: removes the property it is used for.
#[must_use]
pub fn no_value<T>() -> Value<T> {
    Value::from_expr(Expr::Pseudo(Pseudo::NoValue))
}

/// `Fn::Equals`, for condition definitions.
pub fn equals(a: impl Into<Expr>, b: impl Into<Expr>) -> Expr {
    Expr::Equals(Box::new(a.into()), Box::new(b.into()))
}

/// `Fn::And`, for condition definitions.
pub fn and(conditions: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::And(conditions.into_iter().collect())
}

/// `Fn::Or`, for condition definitions.
pub fn or(conditions: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::Or(conditions.into_iter().collect())
}

/// `Fn::Not`, for condition definitions.
#[must_use]
pub fn not(condition: Expr) -> Expr {
    Expr::Not(Box::new(condition))
}

/// `{"Condition": name}`: another condition, inside a condition definition.
#[must_use]
pub fn condition(c: ConditionRef) -> Expr {
    Expr::Condition(NodeId::from(c))
}
