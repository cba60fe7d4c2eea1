//! EBS snapshots of every server that holds data, by Amazon Data Lifecycle Manager, on by
//! default (a demanding user expects data protection without asking for it):
//!
//! - which servers: every mailbox (and single) server, whose store, index, database and backup
//!   volumes hold the mail, and every LDAP (and edge) server, whose directory database lives on
//!   the root volume, which EC2 deletes with the instance. Their instances carry the tag
//!   [`SNAPSHOT_TAG`] with the cluster's name as value;
//! - how: one DLM policy per cluster of type `INSTANCE`, so each run takes a multi-volume,
//!   crash-consistent snapshot set of all of a server's volumes (root included) at once;
//! - when and how long: [`SnapshotSchedule`], by default every 24 hours at 03:00 UTC, the
//!   last 14 kept (two weeks); each snapshot carries the volume's tags and the instance id.
//!
//! Rule ZA011 warns when a data server is not covered (snapshots turned off).

use zimbra_constructs_cfn::prelude::*;
use zimbra_constructs_cfn::{dlm, iam};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::diagnostics::Diagnostic;
use zimbra_constructs_core::value::Tag;
use zimbra_constructs_core::{NodeId, TreeError};

use crate::checkov::suppress_nag;
use crate::policy;
use crate::topology::{ResolvedServer, Topology};

/// Tag of the instances the cluster's snapshot policy covers; its value is the cluster name,
/// so two clusters in one account and region never snapshot each other's servers.
pub const SNAPSHOT_TAG: &str = "zimbra-constructs:snapshots";

/// The intervals DLM accepts, in hours.
pub const INTERVALS: [u32; 8] = [1, 2, 3, 4, 6, 8, 12, 24];

/// The most snapshots a count-based DLM retain rule keeps.
pub const MAX_KEPT: u32 = 1_000;

/// When DLM snapshots the data servers and how many snapshots it keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct SnapshotSchedule {
    pub(crate) every_hours: u32,
    pub(crate) at: String,
    pub(crate) keep: u32,
}

impl Default for SnapshotSchedule {
    fn default() -> Self {
        SnapshotSchedule::daily()
    }
}

impl SnapshotSchedule {
    /// Every 24 hours at 03:00 UTC, the last 14 kept: the default.
    pub fn daily() -> Self {
        SnapshotSchedule {
            every_hours: 24,
            at: "03:00".to_owned(),
            keep: 14,
        }
    }

    /// Hours between snapshots: 1, 2, 3, 4, 6, 8, 12 or 24 (DLM's intervals).
    pub fn every_hours(mut self, hours: u32) -> Self {
        self.every_hours = hours;
        self
    }

    /// The first snapshot of the day, `HH:MM` in UTC (default `03:00`).
    pub fn at(mut self, time_utc: impl Into<String>) -> Self {
        self.at = time_utc.into();
        self
    }

    /// How many snapshots of each server to keep, 1 to 1,000 (default 14).
    pub fn keep(mut self, count: u32) -> Self {
        self.keep = count;
        self
    }

    /// The policy's description, as the DLM console shows it (DLM allows letters, digits,
    /// spaces, `-` and `_` only).
    #[must_use]
    pub fn describe(&self) -> String {
        format!(
            "every {} hours from {} UTC - {} kept",
            self.every_hours,
            self.at.replace(':', ""),
            self.keep
        )
    }
}

fn valid_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once(':') else {
        return false;
    };
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    two_digits(h) && two_digits(m) && h < "24" && m < "60"
}

/// Errors of a schedule, at `path` (the cluster's `Storage/Snapshots`), each naming the fix.
#[must_use]
pub fn validate(schedule: &SnapshotSchedule, path: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !INTERVALS.contains(&schedule.every_hours) {
        out.push(Diagnostic::error(
            "ZZ040",
            path,
            format!(
                "snapshots every {} hours is not an interval DLM offers; use SnapshotSchedule::every_hours with one of {INTERVALS:?}",
                schedule.every_hours
            ),
        ));
    }
    if !valid_time(&schedule.at) {
        out.push(Diagnostic::error(
            "ZZ041",
            path,
            format!(
                "snapshot time '{}' is not a UTC time HH:MM; use SnapshotSchedule::at(\"03:00\") (24-hour clock)",
                schedule.at
            ),
        ));
    }
    if !(1..=MAX_KEPT).contains(&schedule.keep) {
        out.push(Diagnostic::error(
            "ZZ042",
            path,
            format!(
                "keeping {} snapshots is outside DLM's 1 to {MAX_KEPT}; use SnapshotSchedule::keep with a count in that range, or turn snapshots off with ClusterProps::dlm_snapshots(false)",
                schedule.keep
            ),
        ));
    }
    out
}

/// True for servers whose data the snapshot policy protects: mailbox roles (store, index,
/// database, backup volumes) and LDAP roles (the directory on the root volume).
#[must_use]
pub fn holds_data(server: &ResolvedServer) -> bool {
    server.kind.is_mailbox() || server.kind.is_ldap()
}

/// The tag a covered server's instance carries.
#[must_use]
pub fn instance_tag(topology: &Topology) -> Tag {
    Tag::new(SNAPSHOT_TAG, topology.props.name.clone())
}

/// Adds the snapshot policy and its role to `scope` (the storage stack).
pub fn build(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    schedule: &SnapshotSchedule,
) -> Result<(), TreeError> {
    let scope = app.add_construct(scope, "Snapshots")?;
    let role = app.add_resource(
        scope,
        "Role",
        iam::Role::new(policy::service_trust("dlm.amazonaws.com")).set_managed_policy_arns(vec![
            policy::aws_managed("service-role/AWSDataLifecycleManagerServiceRole"),
        ]),
    )?;
    suppress_nag(app, role, &[(
        "AwsSolutions-IAM4",
        "AWSDataLifecycleManagerServiceRole is the policy AWS maintains for DLM; an inline copy would need Resource '*' for ec2:Describe* and would not follow DLM's changes",
    )])?;
    let description = format!(
        "{} mailbox and LDAP servers - {}",
        topology.props.name,
        schedule.describe()
    );
    let schedule = dlm::lifecycle_policy::Schedule::new()
        .set_name(format!("every-{}h", schedule.every_hours))
        .set_copy_tags(true)
        .set_variable_tags(vec![Tag::new("instance-id", "$(instance-id)")])
        .set_create_rule(
            dlm::lifecycle_policy::CreateRule::new()
                .set_interval(i64::from(schedule.every_hours))
                .set_interval_unit("HOURS")
                .set_times(vec![schedule.at.clone()]),
        )
        .set_retain_rule(
            dlm::lifecycle_policy::RetainRule::new().set_count(i64::from(schedule.keep)),
        );
    let details = dlm::lifecycle_policy::PolicyDetails::new()
        .set_policy_type("EBS_SNAPSHOT_MANAGEMENT")
        .set_resource_types(vec!["INSTANCE"])
        .set_target_tags(vec![instance_tag(topology)])
        .set_parameters(dlm::lifecycle_policy::Parameters::new().set_exclude_boot_volume(false))
        .set_schedules(vec![schedule]);
    app.add_resource(
        scope,
        "Policy",
        dlm::LifecyclePolicy::new()
            .set_description(description)
            .set_state("ENABLED")
            .set_execution_role_arn(role.attr_arn())
            .set_policy_details(details),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_daily_at_three_keeping_two_weeks() {
        let s = SnapshotSchedule::default();
        assert_eq!(s.describe(), "every 24 hours from 0300 UTC - 14 kept");
        assert!(validate(&s, "Zimbra/Storage/Snapshots").is_empty());
    }

    #[test]
    fn intervals_times_and_counts_outside_dlm_are_refused() {
        let bad = SnapshotSchedule::daily().every_hours(5).at("3:00").keep(0);
        let codes: Vec<String> = validate(&bad, "C/Storage/Snapshots")
            .into_iter()
            .map(|d| d.code)
            .collect();
        assert_eq!(codes, ["ZZ040", "ZZ041", "ZZ042"]);
        for t in ["24:00", "12:60", "noon", "1200"] {
            assert!(!valid_time(t), "{t}");
        }
        assert!(valid_time("23:59") && valid_time("00:00"));
        assert!(validate(&SnapshotSchedule::daily().keep(1_001), "p").len() == 1);
    }
}
