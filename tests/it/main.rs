//! The root package's one test binary: the example programs end to end. Each module was a
//! test binary of its own; the library's tests are unit tests of the crates they test
//! (`zimbra-constructs/*/src`).
//!
//! | module | tests |
//! |---|---|
//! | [`ami`] | the servers' AMI pinned through the context file, or the SSM parameter with a warning |
//! | [`examples`] | every example's templates against the insta snapshots under `snapshots/`, determinism, limits |
//! | [`scaled`] | the benchmark programs (`scaled`, `generic`) |
//! | [`bad_inputs`] | the catalogue of bad inputs, each refused with an error naming the fix |
//! | [`check`] | every rule of both packs fires on an unsafe program and on no example; suppressions |
//! | [`properties`] | property tests over random valid clusters |
//! | [`rehearsal`] | every server's bootstrap script run under bash with recording stand-ins |
//! | [`edge`] | issue 11 edge fixes: SSE-S3 public bucket, IP targets, NAT addresses, private zone records, flow logs off |
//! | [`day2_diff`] | (feature `deploy`) what `diff` prints for day-2 changes, snapshot-tested: a server replaced (new AMI pin), a server stopped and started (new instance type), configuration only |
//! | [`day2`] | adding a mailbox, adding an MTA or changing admin CIDRs leaves every existing instance's properties and stack as they were |
//! | [`reports`] | `cost`, `diagram`, `runbook` snapshots; `review` of changed copies of the reference with their exit codes; a cost by hand |
//! | [`preflight`] | (feature `deploy`) preflight's needs on the large example (9 Elastic IPs, 318 vCPUs), its vCPU rule against the instance type table |
//! | [`deploy_moto`] | (feature `deploy`) deploy, diff and destroy of small apps on a moto server |
//! | [`deploy_faults`] | (feature `deploy`) throttling, broken connections, a killed deploy, two at once, a stuck stack, Ctrl-C, through the CLI on moto |
//! | [`ami_moto`] | (feature `e2e`) the AMI pin on a moto server: refresh, pinned deploy, a changed pin diffs as replacements |
//! | [`deploy_reference`] | (feature `e2e`) the 11-stack reference cluster on a moto server |
//! | [`lifecycle_moto`] | (feature `e2e`) day-2 changes on a deployed reference cluster change no running server; an AMI refresh replaces each at its address, volumes and Elastic IPs kept |
//!
//! The moto tests skip with a notice unless `ZC_MOTO_ENDPOINT` names a server; their names
//! end in `_on_moto`, which `tests/ci.sh` selects them by.

#![allow(missing_docs)]

#[path = "../../examples/all.rs"]
mod programs;

use programs::scaled as scaled_example;
use programs::{generic, large, reference, single_server, two_az};

mod ami;
mod bad_inputs;
mod check;
mod common;
mod day2;
#[cfg(feature = "deploy")]
mod day2_diff;
mod edge;
mod examples;
mod properties;
mod rehearsal;
mod reports;
mod scaled;

#[cfg(feature = "e2e")]
mod ami_moto;
#[cfg(feature = "deploy")]
mod deploy_faults;
#[cfg(feature = "deploy")]
mod deploy_moto;
#[cfg(feature = "e2e")]
mod deploy_reference;
#[cfg(feature = "e2e")]
mod lifecycle_moto;
#[cfg(feature = "deploy")]
#[allow(dead_code)]
mod moto;
#[cfg(feature = "deploy")]
mod preflight;
