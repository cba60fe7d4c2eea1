//! IAM policy documents as the constructs write them: one place for the document shape, the
//! service trust policy and AWS managed policy ARNs, so every role and policy reads alike.

use serde_json::json;

use zimbra_constructs_core::intrinsics::Sub;
use zimbra_constructs_core::value::{Expr, Json, Pseudo, Value};

/// A policy document from statements.
#[must_use]
pub fn document(statements: Vec<Expr>) -> Expr {
    Expr::map([
        ("Version", Expr::from("2012-10-17")),
        ("Statement", Expr::List(statements)),
    ])
}

/// An `Allow` statement of `actions` on `resources`.
#[must_use]
pub fn allow(actions: &[&str], resources: Vec<Expr>) -> Expr {
    let action = match actions {
        [one] => Expr::from(*one),
        many => Expr::list(many.iter().map(|a| Expr::from(*a))),
    };
    Expr::map([
        ("Effect", Expr::from("Allow")),
        ("Action", action),
        ("Resource", Expr::List(resources)),
    ])
}

/// The trust policy that lets an AWS service (`ec2.amazonaws.com`) assume a role.
#[must_use]
pub fn service_trust(service: &str) -> Value<Json> {
    Value::from(json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": service},
            "Action": "sts:AssumeRole"
        }]
    }))
}

/// The ARN of an AWS managed policy (`service-role/AWSDataLifecycleManagerServiceRole`), in
/// the stack's partition.
#[must_use]
pub fn aws_managed(name: &str) -> Value<String> {
    Sub::new()
        .text("arn:")
        .value(Pseudo::Partition)
        .text(format!(":iam::aws:policy/{name}"))
        .build()
}
