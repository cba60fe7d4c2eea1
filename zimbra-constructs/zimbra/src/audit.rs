//! The optional audit trail of the cluster's buckets: a CloudTrail trail that records S3 data
//! events (object reads and writes) of the backup, HSM and assets buckets into a dedicated,
//! retained, encrypted log bucket. Off by default ([`S3DataEvents::Off`]), as in the AWS CDK,
//! where a bucket never creates a trail of its own: data events are billed per event (the HSM
//! bucket sees every blob Zimbra moves), and most accounts already have an organization trail
//! for management events, which this trail leaves out on purpose.

use zimbra_constructs_cfn::prelude::*;
use zimbra_constructs_cfn::{cloudtrail, s3};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::intrinsics::Sub;
use zimbra_constructs_core::resource::ResourceRef;
use zimbra_constructs_core::value::{Expr, Pseudo, Value};
use zimbra_constructs_core::{NodeId, TreeError};

use crate::checkov::skip_checks;
use crate::storage;
use crate::topology::Topology;

/// Which S3 data events of the cluster's buckets a CloudTrail trail records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum S3DataEvents {
    /// No trail (the default).
    #[default]
    Off,
    /// Writes and deletes only (`PutObject`, `DeleteObject`, ...): who changed the backups.
    Writes,
    /// Reads too: every `GetObject` of every bucket (the most costly).
    All,
}

/// Days the log bucket keeps trail files.
pub const LOG_DAYS: i64 = 365;

/// The trail's name: `{cluster}-s3-data-events`.
#[must_use]
pub fn trail_name(topology: &Topology) -> String {
    format!("{}-s3-data-events", topology.props.name)
}

/// `arn:${Partition}:cloudtrail:${Region}:${AccountId}:trail/NAME`, which the log bucket's
/// policy only lets write.
fn trail_arn(name: &str) -> Expr {
    Sub::new()
        .text("arn:")
        .value(Pseudo::Partition)
        .text(":cloudtrail:")
        .value(Pseudo::Region)
        .text(":")
        .value(Pseudo::AccountId)
        .text(format!(":trail/{name}"))
        .build()
        .into_expr()
}

fn cloudtrail_statement(sid: &str, action: &str, resource: Expr, acl: bool, source: &Expr) -> Expr {
    let mut equals = vec![("aws:SourceArn", source.clone())];
    if acl {
        equals.push(("s3:x-amz-acl", Expr::from("bucket-owner-full-control")));
    }
    Expr::map([
        ("Sid", Expr::from(sid)),
        ("Effect", "Allow".into()),
        (
            "Principal",
            Expr::map([("Service", Expr::from("cloudtrail.amazonaws.com"))]),
        ),
        ("Action", action.into()),
        ("Resource", resource),
        (
            "Condition",
            Expr::map([("StringEquals", Expr::map(equals))]),
        ),
    ])
}

/// Adds the log bucket, its policy and the trail over `buckets` to `scope` (the storage
/// stack), unless `events` is [`S3DataEvents::Off`].
pub fn build(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    buckets: &[ResourceRef<s3::Bucket>],
) -> Result<Option<ResourceRef<cloudtrail::Trail>>, TreeError> {
    let events = topology.props.s3_data_events;
    if events == S3DataEvents::Off {
        return Ok(None);
    }
    let scope = app.add_construct(scope, "AuditTrail")?;
    let logs = storage::bucket(app, scope, "LogBucket", "audit", false)?;
    app.resource_mut(logs)?.lifecycle_configuration = Some(
        s3::bucket::LifecycleConfiguration::new(vec![storage::rule("ExpireTrailFiles")
            .set_expiration_in_days(LOG_DAYS)
            .set_noncurrent_version_expiration(s3::bucket::NoncurrentVersionExpiration::new(30))])
        .into(),
    );
    let name = trail_name(topology);
    let source = trail_arn(&name);
    let files = Sub::new()
        .value(logs.attr_arn())
        .text("/AWSLogs/")
        .value(Pseudo::AccountId)
        .text("/*")
        .build();
    let policy = storage::bucket_policy(
        app,
        scope,
        "LogBucketPolicy",
        logs,
        vec![
            cloudtrail_statement(
                "CloudTrailAclCheck",
                "s3:GetBucketAcl",
                logs.attr_arn().into_expr(),
                false,
                &source,
            ),
            cloudtrail_statement(
                "CloudTrailWrite",
                "s3:PutObject",
                files.into_expr(),
                true,
                &source,
            ),
        ],
    )?;
    let prefixes: Vec<Expr> = buckets
        .iter()
        .map(|b| Sub::new().value(b.attr_arn()).text("/").build().into_expr())
        .collect();
    let mut fields = vec![
        cloudtrail::trail::AdvancedFieldSelector::new("eventCategory").set_equals(vec!["Data"]),
        cloudtrail::trail::AdvancedFieldSelector::new("resources.type")
            .set_equals(vec!["AWS::S3::Object"]),
        cloudtrail::trail::AdvancedFieldSelector::new("resources.ARN")
            .set_starts_with(Value::from_expr(Expr::List(prefixes))),
    ];
    if events == S3DataEvents::Writes {
        fields.push(
            cloudtrail::trail::AdvancedFieldSelector::new("readOnly").set_equals(vec!["false"]),
        );
    }
    let trail = app.add_resource(
        scope,
        "Trail",
        cloudtrail::Trail::new(true, logs.reference())
            .set_trail_name(name)
            .set_enable_log_file_validation(true)
            .set_is_multi_region_trail(false)
            .set_include_global_service_events(false)
            .set_advanced_event_selectors(vec![cloudtrail::trail::AdvancedEventSelector::new(
                fields,
            )
            .set_name("S3 data events of the cluster's buckets")]),
    )?;
    // CloudTrail checks the bucket policy when the trail is created.
    app.options_mut(trail)?.add_depends_on(policy);
    skip_checks(app, trail, &[
        ("CKV_AWS_35", "Trail files land in a bucket whose default encryption is SSE-KMS; a customer key would add a key policy per cluster for one reader, the operators"),
        ("CKV_AWS_67", "The cluster's buckets are in one region: a single-region trail records all their data events; management events are the account's (organization) trail's job"),
    ])?;
    Ok(Some(trail))
}
