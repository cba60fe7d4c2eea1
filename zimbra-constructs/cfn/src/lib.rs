//! Typed CloudFormation resource types, generated from the provider schemas that cfn-lint
//! ships (see `zimbra-constructs/codegen/` and this crate's `README.md`), grouped by service.
//! The layer above the core: it implements the core's [`Resource`] contract and knows nothing
//! of Zimbra.
//!
//! Each resource type is a struct built with `new` (its required properties) and `set_*`
//! methods (the optional ones); property types live in a submodule named after the resource
//! (`ec2::instance::BlockDeviceMapping`). A handle's `Fn::GetAtt` attributes are `attr_*`
//! methods of a trait per type (`ec2::VpcAttributes`), all in scope with
//! `use zimbra_constructs_cfn::prelude::*`. Properties that take another resource's id are
//! typed with [`IdOf`](zimbra_constructs_core::IdOf), so a handle of the wrong type does not
//! compile:
//!
//! ```
//! use zimbra_constructs_cfn::ec2;
//! use zimbra_constructs_core::{App, StackProps};
//!
//! let mut app = App::new();
//! let s = app
//!     .add_stack(app.root(), "S", StackProps::new("us-east-2".parse().unwrap()))
//!     .unwrap();
//! let vpc = app.add_resource(s, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16")).unwrap();
//! let subnet = app.add_resource(s, "Subnet", ec2::Subnet::new(vpc)).unwrap();
//! let rt = app.add_resource(s, "Rt", ec2::RouteTable::new(vpc)).unwrap();
//! let _ = ec2::SubnetRouteTableAssociation::new(rt, subnet);
//! ```
//!
//! ```compile_fail
//! use zimbra_constructs_cfn::ec2;
//! use zimbra_constructs_core::{App, StackProps};
//!
//! let mut app = App::new();
//! let s = app
//!     .add_stack(app.root(), "S", StackProps::new("us-east-2".parse().unwrap()))
//!     .unwrap();
//! let vpc = app.add_resource(s, "Vpc", ec2::Vpc::new().set_cidr_block("10.0.0.0/16")).unwrap();
//! // A VPC is neither a route table nor a subnet.
//! let _ = ec2::SubnetRouteTableAssociation::new(vpc, vpc);
//! ```

mod generated;

/// Amazon EC2 and VPC resource types.
pub mod ec2 {
    pub use super::generated::ec2::*;
}

/// Elastic Load Balancing v2 resource types.
pub mod elasticloadbalancingv2 {
    pub use super::generated::elasticloadbalancingv2::*;
}

/// Route 53 resource types.
pub mod route53 {
    pub use super::generated::route53::*;
}

/// Amazon S3 resource types.
pub mod s3 {
    pub use super::generated::s3::*;
}

/// IAM resource types.
pub mod iam {
    pub use super::generated::iam::*;
}

/// Secrets Manager resource types.
pub mod secretsmanager {
    pub use super::generated::secretsmanager::*;
}

/// Data Lifecycle Manager resource types.
pub mod dlm {
    pub use super::generated::dlm::*;
}

/// CloudWatch Logs resource types.
pub mod logs {
    pub use super::generated::logs::*;
}

/// CloudTrail resource types.
pub mod cloudtrail {
    pub use super::generated::cloudtrail::*;
}

/// Systems Manager resource types.
pub mod ssm {
    pub use super::generated::ssm::*;
}

pub use generated::{prelude, schema};

#[cfg(doc)]
use zimbra_constructs_core::Resource;

#[cfg(test)]
mod tests;
