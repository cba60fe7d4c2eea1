//! The construct engine of zimbra-constructs: an arena tree of constructs, typed CloudFormation
//! values, resources and template elements, synthesis into deterministic templates within
//! CloudFormation's limits, and a rule engine that checks what will be deployed. It knows
//! CloudFormation, not Zimbra, and has no AWS SDK: the generated resource types
//! (`zimbra-constructs-cfn`), the Zimbra constructs and the deploy layer build on it.
//!
//! Modules, each depending only on the ones listed before it:
//!
//! | module | owns |
//! |---|---|
//! | [`parallel`] | independent work on two threads, results in input order |
//! | [`node`], [`diagnostics`], [`stack`], [`stateful`] | node handles, coded errors and warnings, stack settings, CloudFormation's data-holding types |
//! | [`value`], [`handles`], [`intrinsics`] | values and intrinsic functions, typed handles |
//! | [`context`] | values looked up once and committed (`zimbra.context.json`), read offline |
//! | [`external`] | suppressions of external rule packs (checkov, cdk-nag), with their reasons |
//! | [`resource`], [`resource_options`], [`template`] | the resource contract, resource attributes, parameters/outputs/mappings |
//! | [`tree`] | the arena and its insert-time checks |
//! | [`assembly`] | the synthesized templates and manifest |
//! | [`check`] | the rule engine and the generic [`security`](check::security) pack |
//! | [`app`] | the API that builds the tree |
//! | [`synth`] | the synthesis phases, over the whole tree |

pub mod app;
pub mod assembly;
pub mod check;
pub mod context;
pub mod diagnostics;
pub mod external;
pub mod handles;
pub mod heap;
pub mod intrinsics;
pub mod node;
pub mod parallel;
pub mod resource;
pub mod resource_options;
pub mod stack;
pub mod stateful;
pub mod synth;
pub mod template;
pub mod tree;
pub mod value;

pub use app::{App, Validation};
pub use assembly::{Assembly, Format, StackArtifact};
pub use context::{Context, ContextEntry, ContextError, ContextLookup, Provider, CONTEXT_FILE};
pub use diagnostics::{Diagnostic, Severity};
pub use external::{ExternalSuppression, Validator};
pub use handles::{ConditionRef, MappingRef, ParameterRef, StackRef};
pub use node::NodeId;
pub use resource::{IdOf, Resource, ResourceRef};
pub use resource_options::{RemovalPolicy, ResourceOptions};
pub use stack::{Region, StackProps};
pub use synth::{SynthError, SynthOptions};
pub use template::{Mapping, Output, Parameter};
pub use tree::TreeError;
pub use value::{Expr, Pseudo, Tag, Value};

#[cfg(test)]
mod tests;
