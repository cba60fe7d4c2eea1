//! `deploy`, `diff` and `destroy` of a synthesized assembly through CloudFormation change sets,
//! with the AWS SDK: the layer above the core engine (it reads the core's [`Assembly`]) and
//! the generated types' schemas (which properties replace a resource); it knows nothing of
//! Zimbra.
//!
//! The operations take an [`Assembly`] and a [`Session`] (AWS clients, output, approval, poll
//! interval), so tests drive them with mocked clients or a local moto server.
//!
//! - [`deploy()`] ([`mod@deploy`]): dependency-ordered and concurrent ([`plan`]); per stack a
//!   [`StackJob`](stack_job::StackJob): a change set ([`change_set`]), a summary, approval
//!   when needed ([`approval`]), execution followed through its events ([`events`]); export
//!   removal without deadlock ([`exports`]).
//! - [`diff()`] ([`mod@diff`]): synthesized against deployed templates ([`template_diff`]).
//! - [`destroy()`] ([`mod@destroy`]): reverse order, confirmation, retained resources.
//!
//! - [`refresh_file`] ([`mod@context`]): the app's context lookups (the servers' AMI) resolved
//!   through SSM into the committed context file, on purpose or before a deploy.
//!
//! What is deployed is read in [`deployed`]; which stacks an operation covers in [`mod@select`];
//! one deploy or destroy of an app at a time across machines: [`lock`]; quotas and account
//! settings checked before a deploy: [`preflight`].

pub mod approval;
pub mod change_set;
pub mod client;
pub mod context;
pub mod deploy;
pub mod deployed;
pub mod destroy;
pub mod diff;
pub mod error;
pub mod events;
pub mod exports;
pub mod lock;
pub mod plan;
pub mod preflight;
pub mod protection;
pub mod replace;
pub mod select;
pub mod session;
pub mod stack_job;
pub mod status;
pub mod template_diff;
pub mod ui;

pub use approval::{AllowReplace, Approver, RequireApproval};
pub use client::{AwsOptions, Clients};
pub use context::{
    deployed_values, refresh_file, ContextChange, ContextLookupError, Deployed, RefreshError,
    Refreshed,
};
pub use deploy::{deploy, parse_tag, DeployOptions, DeployReport, ParameterOverride, StackResult};
pub use destroy::{destroy, DestroyOptions, DestroyReport};
pub use diff::{diff, StackDiff};
pub use error::{AwsError, DeployError, DestroyError, DiffError, ResourceFailure};
pub use events::Tracker;
pub use select::{select, Extend};
pub use session::Session;
pub use stack_job::Outcome;
pub use ui::Ui;

#[cfg(doc)]
use zimbra_constructs_core::Assembly;

/// The tag every deployed stack carries, naming it.
pub const STACK_TAG: &str = "zimbra-constructs:stack";

#[cfg(test)]
mod tests;
