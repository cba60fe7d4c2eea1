//! Reports for the people who review and run a cluster, read from synthesized assemblies
//! offline (no AWS, no app needed beyond the templates): what a change does ([`review`]),
//! what the cluster costs ([`cost`], from the dated [`price_table`]), what it looks like
//! ([`diagram`]) and how to recover it ([`runbook`]).
//!
//! The Zimbra facts (host names, roles, AZs, logger, LDAP ids, bucket purposes, volume mounts)
//! come from the `Metadata` the Zimbra constructs leave on each resource, read by
//! [`inventory`]; the port names from the Zimbra layer's port table. Everything else is
//! CloudFormation, so a change to how a resource is built does not break a report.
//!
//! Modules, each depending only on the ones listed before it:
//!
//! | module | owns |
//! |---|---|
//! | [`markdown`] | tables and money |
//! | [`inventory`] | servers, subnets, load balancers, buckets, zones, secrets of an assembly |
//! | [`price_table`] | the embedded, dated AWS price table (`data/prices.toml`, sources in `data/prices.md`) |
//! | `refresh` (feature `pricing`) | live prices through the AWS Price List Query API |
//! | [`cost`] | the monthly cost per stack and region, on demand and committed |
//! | [`review`] | two assemblies compared for a pull request, with a verdict for CI |
//! | [`diagram`] | the architecture as Mermaid and the server table |
//! | [`runbook`] | the disaster-recovery scenarios for this cluster |

pub mod cost;
pub mod diagram;
pub mod inventory;
pub mod markdown;
pub mod price_table;
#[cfg(feature = "pricing")]
pub mod refresh;
pub mod review;
pub mod runbook;

pub use cost::CostReport;
pub use inventory::Inventory;
pub use price_table::PriceTable;
pub use review::{Review, ReviewInput, Verdict};
