#![doc = include_str!("../../README.md")]
//!
//! ## This crate
//!
//! The facade users depend on: it re-exports the layers (see "Layers" above) under one name.
//! The core engine is at the root ([`App`], [`synth`], [`check`], ...), the generated
//! CloudFormation types are [`resources`], the Zimbra constructs [`zimbra`], the command line
//! [`cli`], the template diff [`diff`], the reviewer reports [`report`] and, with the default
//! feature `deploy`, [`deploy`](mod@deploy).

pub use zimbra_constructs_core::*;

/// Typed CloudFormation resource types (the `zimbra-constructs-cfn` crate).
pub use zimbra_constructs_cfn as resources;

/// The Zimbra reference architecture (the `zimbra-constructs-zimbra` crate).
pub use zimbra_constructs_zimbra as zimbra;

/// The command line of cluster programs (the `zimbra-constructs-cli` crate).
pub use zimbra_constructs_cli as cli;

/// The template diff engine behind `diff` and `review` (the `zimbra-constructs-diff` crate).
pub use zimbra_constructs_diff as diff;

/// The reviewer reports: review, cost, diagram, runbook (the `zimbra-constructs-report` crate).
pub use zimbra_constructs_report as report;

/// Deploy, diff and destroy through CloudFormation (the `zimbra-constructs-deploy` crate).
#[cfg(feature = "deploy")]
pub use zimbra_constructs_deploy as deploy;
