//! [`ObjectStorage`]: the region-wide object storage of the cluster — backup, HSM and public
//! assets buckets — with encryption, TLS-only policies, lifecycle rules and retention; the
//! IAM identity Zimbra's S3 store uses; the snapshot policy of the data servers
//! ([`crate::snapshots`], on by default) and the optional audit trail ([`crate::audit`]).

use serde_json::json;

use zimbra_constructs_cfn::prelude::*;
use zimbra_constructs_cfn::{iam, s3, secretsmanager};
use zimbra_constructs_core::app::App;
use zimbra_constructs_core::intrinsics::Sub;
use zimbra_constructs_core::resource::ResourceRef;
use zimbra_constructs_core::resource_options::RemovalPolicy;
use zimbra_constructs_core::value::{Expr, Value};
use zimbra_constructs_core::{ExternalSuppression, NodeId, TreeError};

use crate::checkov::{
    acknowledge, skip_checks, suppress_nag, SECRET_KMS_SKIP, SECRET_ROTATION_NAG,
};
use crate::policy;
use crate::secrets::{secret_name, S3_STORE_KEY};
use crate::spec::HsmStorageClass;
use crate::topology::Topology;

/// Tag that marks backup volumes (rule ZA008 finds them by it).
pub const BACKUP_VOLUME_TAG: (&str, &str) = ("zimbra-constructs:backup-volume", "true");

/// What the storage stack provides to the others.
#[derive(Debug, Clone, Copy)]
pub struct ObjectStorage {
    /// Backups bucket.
    pub backups: ResourceRef<s3::Bucket>,
    /// HSM secondary-volume bucket, when S3 HSM is on.
    pub hsm: Option<ResourceRef<s3::Bucket>>,
    /// Public read-only assets bucket (banners, zimlets).
    pub assets: ResourceRef<s3::Bucket>,
    /// Secret holding the S3 identity's access key id and secret key.
    pub key_secret: ResourceRef<secretsmanager::Secret>,
}

/// An encrypted, versioned, retained bucket that blocks public ACLs (and, unless `public`,
/// all public access), with the facts the rules read and the suppressions it needs.
pub(crate) fn bucket(
    app: &mut App,
    scope: NodeId,
    id: &str,
    purpose: &str,
    public: bool,
) -> Result<ResourceRef<s3::Bucket>, TreeError> {
    use s3::bucket::{
        BucketEncryption, OwnershipControls, OwnershipControlsRule, PublicAccessBlockConfiguration,
        VersioningConfiguration,
    };
    let block = PublicAccessBlockConfiguration::new()
        .set_block_public_acls(true)
        .set_ignore_public_acls(true)
        .set_block_public_policy(!public)
        .set_restrict_public_buckets(!public);
    let b = app.add_resource(
        scope,
        id,
        s3::Bucket::new()
            .set_bucket_encryption(BucketEncryption::new(vec![encryption_rule(public)]))
            .set_public_access_block_configuration(block)
            .set_ownership_controls(OwnershipControls::new(vec![
                OwnershipControlsRule::new().set_object_ownership("BucketOwnerEnforced")
            ]))
            .set_versioning_configuration(VersioningConfiguration::new("Enabled")),
    )?;
    // Facts for the rules: the bucket's purpose, and the one deliberately public bucket.
    let mut facts = json!({ "bucket": purpose });
    if public {
        facts[zimbra_constructs_core::check::PUBLIC_READ_ONLY] = json!(true);
    }
    app.options_mut(b)?
        .set_removal_policy(RemovalPolicy::Retain)
        .add_metadata(zimbra_constructs_core::check::METADATA_KEY, facts);
    let mut skips = vec![("CKV_AWS_18", ACCESS_LOGS_REASON)];
    let mut nag = vec![("AwsSolutions-S1", ACCESS_LOGS_REASON)];
    if public {
        nag.push(("AwsSolutions-S2", "The one public read-only assets bucket (login banners, zimlets): public ACLs stay blocked, public reads go through its s3:GetObject-only policy (rule ZS006)"));
    }
    suppress_nag(app, b, &nag)?;
    if !public {
        skips.push(("CKV_AWS_144", "Cross-region replication is left to the operator: Zimbra restores from backups within the region"));
    } else {
        skips.extend([
            (
                "CKV_AWS_144",
                "Public assets (banners, zimlets) are re-uploadable and need no replica",
            ),
            ("CKV_AWS_145", PUBLIC_SSE_S3_REASON),
            ("CKV_AWS_54", "The one public read-only assets bucket (login banners, zimlets): its policy allows s3:GetObject only, which rule ZS006 enforces"),
            ("CKV_AWS_56", "The one public read-only assets bucket: public reads go through its s3:GetObject-only policy; public ACLs stay blocked"),
        ]);
    }
    skip_checks(app, b, &skips)?;
    Ok(b)
}

/// The default encryption of a bucket: SSE-KMS with a bucket key for private buckets, SSE-S3
/// (AES256) for the public one, because S3 refuses anonymous GetObject on SSE-KMS objects
/// (an anonymous caller cannot be authorized for `kms:Decrypt`).
fn encryption_rule(public: bool) -> s3::bucket::ServerSideEncryptionRule {
    use s3::bucket::{ServerSideEncryptionByDefault, ServerSideEncryptionRule};
    if public {
        ServerSideEncryptionRule::new()
            .set_server_side_encryption_by_default(ServerSideEncryptionByDefault::new("AES256"))
    } else {
        ServerSideEncryptionRule::new()
            .set_bucket_key_enabled(true)
            .set_server_side_encryption_by_default(ServerSideEncryptionByDefault::new("aws:kms"))
    }
}

/// Why the public assets bucket is encrypted with SSE-S3, not SSE-KMS (checkov CKV_AWS_145).
pub(crate) const PUBLIC_SSE_S3_REASON: &str = "The one public read-only assets bucket uses SSE-S3 (AES256): S3 refuses anonymous GetObject on SSE-KMS objects, so KMS would make the public assets unreadable";

/// Why the buckets have no server access logs (checkov CKV_AWS_18, cdk-nag S1).
const ACCESS_LOGS_REASON: &str = "Server access logs would need one more log bucket per bucket; the audit trail the cluster offers is CloudTrail S3 data events (ClusterProps::s3_data_events), which record who read or wrote which object";

/// A bucket policy statement that refuses any request not made over TLS.
fn tls_only(bucket: ResourceRef<s3::Bucket>) -> Expr {
    Expr::map([
        ("Sid", Expr::from("DenyInsecureTransport")),
        ("Effect", "Deny".into()),
        ("Principal", "*".into()),
        ("Action", "s3:*".into()),
        (
            "Resource",
            Expr::list([bucket.attr_arn().into_expr(), objects(bucket).into_expr()]),
        ),
        (
            "Condition",
            Expr::map([(
                "Bool",
                Expr::map([("aws:SecureTransport", Expr::from("false"))]),
            )]),
        ),
    ])
}

fn objects(bucket: ResourceRef<s3::Bucket>) -> Value<String> {
    Sub::new().value(bucket.attr_arn()).text("/*").build()
}

/// The bucket's policy: `statements` plus the TLS-only statement.
pub(crate) fn bucket_policy(
    app: &mut App,
    scope: NodeId,
    id: &str,
    bucket: ResourceRef<s3::Bucket>,
    mut statements: Vec<Expr>,
) -> Result<ResourceRef<s3::BucketPolicy>, TreeError> {
    statements.push(tls_only(bucket));
    let doc = policy::document(statements);
    app.add_resource(scope, id, s3::BucketPolicy::new(bucket.reference(), doc))
}

fn lifecycle(rules: Vec<s3::bucket::Rule>) -> s3::bucket::LifecycleConfiguration {
    s3::bucket::LifecycleConfiguration::new(rules)
}

/// An enabled lifecycle rule that also aborts multipart uploads left for a week.
pub(crate) fn rule(id: &str) -> s3::bucket::Rule {
    s3::bucket::Rule::new("Enabled")
        .set_id(id)
        .set_abort_incomplete_multipart_upload(s3::bucket::AbortIncompleteMultipartUpload::new(7))
}

impl ObjectStorage {
    /// Adds the buckets, their policies, the S3 identity, the snapshot policy (unless turned
    /// off) and the audit trail (when asked for) to `scope`.
    pub fn build(
        app: &mut App,
        scope: NodeId,
        topology: &Topology,
    ) -> Result<ObjectStorage, TreeError> {
        let p = &topology.props;
        if let Some(schedule) = &p.snapshots {
            crate::snapshots::build(app, scope, topology, schedule)?;
        }
        let stack = scope;
        // The construct id keeps the post's name (S3 "volumes" are Zimbra's HSM and backup
        // targets); it is part of every logical id below, so it never changes.
        let scope = app.add_construct(scope, "S3Volumes")?;

        let backups = bucket(app, scope, "BackupBucket", "backups", false)?;
        app.resource_mut(backups)?.lifecycle_configuration = Some(
            lifecycle(vec![rule("OlderBackupsToInfrequentAccess")
                .set_transitions(vec![
                    s3::bucket::Transition::new("STANDARD_IA").set_transition_in_days(30)
                ])
                .set_noncurrent_version_expiration(
                    s3::bucket::NoncurrentVersionExpiration::new(90),
                )])
            .into(),
        );
        bucket_policy(app, scope, "BackupBucketPolicy", backups, Vec::new())?;

        let hsm = if p.s3_hsm {
            // HSM blobs must stay instantly readable: Intelligent-Tiering without archive
            // configurations, or Standard-IA; never Glacier.
            let transition = match p.hsm_class {
                HsmStorageClass::IntelligentTiering => {
                    s3::bucket::Transition::new("INTELLIGENT_TIERING").set_transition_in_days(0)
                }
                HsmStorageClass::StandardIa => {
                    s3::bucket::Transition::new("STANDARD_IA").set_transition_in_days(30)
                }
            };
            let hsm = bucket(app, scope, "HsmBucket", "hsm", false)?;
            app.resource_mut(hsm)?.lifecycle_configuration = Some(
                lifecycle(vec![rule("HsmBlobsInstantAccess")
                    .set_transitions(vec![transition])
                    .set_noncurrent_version_expiration(
                        s3::bucket::NoncurrentVersionExpiration::new(30),
                    )])
                .into(),
            );
            bucket_policy(app, scope, "HsmBucketPolicy", hsm, Vec::new())?;
            Some(hsm)
        } else {
            None
        };

        let assets = bucket(app, scope, "AssetsBucket", "assets", true)?;
        app.resource_mut(assets)?.lifecycle_configuration = Some(
            lifecycle(vec![rule("CleanUp").set_noncurrent_version_expiration(
                s3::bucket::NoncurrentVersionExpiration::new(30),
            )])
            .into(),
        );
        let public_read = Expr::map([
            ("Sid", Expr::from("PublicReadOnly")),
            ("Effect", "Allow".into()),
            ("Principal", "*".into()),
            ("Action", "s3:GetObject".into()),
            ("Resource", objects(assets).into_expr()),
        ]);
        bucket_policy(app, scope, "AssetsBucketPolicy", assets, vec![public_read])?;

        let key_secret = identity(app, scope, topology, backups, hsm)?;
        let audited: Vec<ResourceRef<s3::Bucket>> = [Some(backups), hsm, Some(assets)]
            .into_iter()
            .flatten()
            .collect();
        crate::audit::build(app, stack, topology, &audited)?;
        Ok(ObjectStorage {
            backups,
            hsm,
            assets,
            key_secret,
        })
    }
}

/// The IAM user Zimbra's S3 store authenticates as: the private buckets only, no console
/// login; its secret key goes straight into Secrets Manager, never into an output.
fn identity(
    app: &mut App,
    scope: NodeId,
    topology: &Topology,
    backups: ResourceRef<s3::Bucket>,
    hsm: Option<ResourceRef<s3::Bucket>>,
) -> Result<ResourceRef<secretsmanager::Secret>, TreeError> {
    let buckets: Vec<ResourceRef<s3::Bucket>> = std::iter::once(backups).chain(hsm).collect();
    let user = app.add_resource(scope, "S3User", iam::User::new())?;
    skip_checks(app, user, &[(
        "CKV_AWS_273",
        "Zimbra's S3 store configuration takes an access key, so this one identity has to be an IAM user; it has no console login and access to the cluster's private buckets only",
    )])?;
    let doc = policy::document(vec![
        policy::allow(
            &[
                "s3:ListBucket",
                "s3:GetBucketLocation",
                "s3:ListBucketMultipartUploads",
            ],
            buckets.iter().map(|b| b.attr_arn().into_expr()).collect(),
        ),
        policy::allow(
            &[
                "s3:GetObject",
                "s3:PutObject",
                "s3:DeleteObject",
                "s3:AbortMultipartUpload",
                "s3:ListMultipartUploadParts",
            ],
            buckets.iter().map(|b| objects(*b).into_expr()).collect(),
        ),
    ]);
    let pol = app.add_resource(
        scope,
        "S3UserPolicy",
        iam::Policy::new(doc, format!("{}-s3-store", topology.props.name))
            .set_users(vec![user.reference()]),
    )?;
    skip_checks(app, pol, &[("CKV_AWS_40", "The policy belongs to the one IAM user Zimbra's S3 store needs; a group would hold only that user")])?;
    acknowledge(app, pol, [ExternalSuppression::cdk_nag(
        "AwsSolutions-IAM5",
        "Object actions need the objects of the cluster's own private buckets, '<bucket ARN>/*'; no other wildcard",
    )
    .applies_to_regex(r"/^Resource::<[A-Za-z0-9]+\.Arn>\/\*$/g")])?;
    let key = app.add_resource(
        scope,
        "S3UserAccessKey",
        iam::AccessKey::new(user.reference()),
    )?;
    let secret_string = Sub::new()
        .text("{\"accessKeyId\":\"")
        .value(key.reference())
        .text("\",\"secretAccessKey\":\"")
        .value(key.attr_secret_access_key())
        .text("\"}")
        .build();
    let secret = app.add_resource(
        scope,
        "S3UserKeySecret",
        secretsmanager::Secret::new()
            .set_name(secret_name(&topology.props.name, S3_STORE_KEY))
            .set_description("Access key of the IAM user Zimbra's S3 store (HSM, backups) uses")
            .set_secret_string(secret_string),
    )?;
    app.options_mut(secret)?
        .set_removal_policy(RemovalPolicy::Retain);
    skip_checks(app, secret, &[
        SECRET_KMS_SKIP,
        ("CKV2_AWS_57", "Rotating this key needs Zimbra's S3 store to be reconfigured; rotation is an operator procedure"),
    ])?;
    suppress_nag(app, secret, &[SECRET_ROTATION_NAG])?;
    Ok(secret)
}
