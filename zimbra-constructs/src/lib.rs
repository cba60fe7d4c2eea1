#![doc = include_str!("../../README.md")]

pub mod app;
pub mod check;
pub mod cli;
#[cfg(feature = "deploy")]
pub mod deploy;
pub mod diagnostics;
pub mod intrinsics;
pub mod resource;
pub mod resource_options;
pub mod resources;
pub mod stack;
pub mod synth;
pub mod template;
pub mod tree;
pub mod value;
pub mod zimbra;

pub use app::{App, ConditionRef, MappingRef, ParameterRef, StackRef};
pub use diagnostics::{Diagnostic, Severity};
pub use resource::{IdOf, Resource, ResourceRef};
pub use resource_options::{RemovalPolicy, ResourceOptions};
pub use stack::{Region, StackProps};
pub use synth::{Assembly, Format, StackArtifact, SynthError, SynthOptions};
pub use template::{Mapping, Output, Parameter};
pub use tree::{NodeId, TreeError};
pub use value::{Expr, Pseudo, Tag, Value};
