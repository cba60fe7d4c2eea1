//! Preflight before deploy: what the templates need against the account's limits, so a
//! deploy fails in seconds with the fix instead of an hour into a rollback. Per region: the
//! Elastic IP quota (Service Quotas `ec2` `L-0263D0A3`) against the `AWS::EC2::EIP`
//! resources (NAT gateways' included), the On-Demand Standard vCPU quota (`L-1216C47A`)
//! against the instances' vCPUs, and the account-level S3 Block Public Access against public
//! bucket policies. The quota values are the account's limits, not what it has free: usage
//! outside this app is not counted. For each stack not deployed yet: a resource it keeps on
//! delete (`DeletionPolicy: Retain`) under a fixed name (a secret's `Name`, a bucket's
//! `BucketName`) that exists already, left by an earlier destroy, would fail the create
//! ("already exists"); preflight names it and the two ways on ([`leftover_advice`]). An API
//! that cannot answer (no permission, an emulator
//! without it) is a warning "could not check ...", never a failure; `--skip-preflight` skips
//! all of it.

use std::collections::BTreeMap;
use std::future::Future;
use std::time::Duration;

use serde_json::Value as Json;
use zimbra_constructs_core::Assembly;

use crate::error::AwsError;
use crate::session::Session;

/// Service Quotas code of "EC2-VPC Elastic IPs" (service `ec2`).
pub const EIP_QUOTA: &str = "L-0263D0A3";

/// Service Quotas code of "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances"
/// (vCPUs, service `ec2`).
pub const VCPU_QUOTA: &str = "L-1216C47A";

/// How long one lookup may take, its retries included. Preflight only advises: a lookup that
/// does not answer becomes a "could not check" warning instead of holding the deploy up (an
/// S3 Control endpoint that never answered, retried with backoff, once held it for 88 s).
pub const LOOKUP_BUDGET: Duration = Duration::from_secs(5);

/// `call`, or an error naming `operation` once [`LOOKUP_BUDGET`] has passed.
async fn bounded<T>(
    operation: &'static str,
    call: impl Future<Output = Result<T, AwsError>>,
) -> Result<T, AwsError> {
    tokio::time::timeout(LOOKUP_BUDGET, call)
        .await
        .unwrap_or_else(|_| {
            Err(AwsError {
                operation,
                code: None,
                message: format!(
                    "no answer within {} s (retries included)",
                    LOOKUP_BUDGET.as_secs()
                ),
            })
        })
}

/// What the app needs in one region.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needs {
    /// `AWS::EC2::EIP` resources.
    pub elastic_ips: u32,
    /// vCPUs of the On-Demand Standard instances.
    pub vcpus: u32,
    /// Instance types whose vCPUs are not known (not counted).
    pub unknown_types: Vec<String>,
    /// Public bucket policies (`Stack/LogicalId`): statements allowing `Principal: "*"`.
    pub public_policies: Vec<String>,
}

/// The vCPUs of an x86 instance type of the Standard families (`t3`, `m5`, `c6i`, `r7a`, ...):
/// `large` 2, `xlarge` 4, `Nxlarge` 4N, the burstable sizes below `large` 2, other
/// `medium` sizes 1 (checked against the library's instance type table); `None` for
/// other names and for families outside the Standard quota (`p`, `g`, `x`, ...).
#[must_use]
pub fn standard_vcpus(instance_type: &str) -> Option<u32> {
    let (family, size) = instance_type.split_once('.')?;
    let class = family.chars().next()?;
    if !"acdhimrtz".contains(class) {
        return None;
    }
    match size {
        "large" => Some(2),
        "xlarge" => Some(4),
        "nano" | "micro" | "small" | "medium" if class == 't' => Some(2),
        // `c7a.medium`, `m7a.medium`, `r7a.medium`: one core, no SMT.
        "medium" => Some(1),
        _ => size
            .strip_suffix("xlarge")?
            .parse::<u32>()
            .ok()
            .map(|n| 4 * n),
    }
}

fn allows_everyone(statement: &Json) -> bool {
    let principal = statement.get("Principal");
    let star = |p: &Json| p.as_str() == Some("*");
    statement.get("Effect").and_then(Json::as_str) == Some("Allow")
        && principal.is_some_and(|p| star(p) || p.get("AWS").is_some_and(star))
}

/// What one template needs, added to `needs`.
pub fn count(stack: &str, template: &Json, needs: &mut Needs) {
    let Some(resources) = template.get("Resources").and_then(Json::as_object) else {
        return;
    };
    for (id, r) in resources {
        match r.get("Type").and_then(Json::as_str) {
            Some("AWS::EC2::EIP") => needs.elastic_ips += 1,
            Some("AWS::EC2::Instance") => {
                let ty = r.pointer("/Properties/InstanceType").and_then(Json::as_str);
                match ty.map(|t| (t, standard_vcpus(t))) {
                    Some((_, Some(v))) => needs.vcpus += v,
                    Some((t, None)) => needs.unknown_types.push(t.to_owned()),
                    None => needs.unknown_types.push(format!("{id} (not a literal)")),
                }
            }
            Some("AWS::S3::BucketPolicy") => {
                let statements = r.pointer("/Properties/PolicyDocument/Statement");
                let public = match statements {
                    Some(Json::Array(s)) => s.iter().any(allows_everyone),
                    Some(s) => allows_everyone(s),
                    None => false,
                };
                if public {
                    needs.public_policies.push(format!("{stack}/{id}"));
                }
            }
            _ => {}
        }
    }
}

/// What the selected stacks of `assembly` need, per effective region.
#[must_use]
pub fn needs(
    assembly: &Assembly,
    selected: &[String],
    region: impl Fn(&str) -> String,
) -> BTreeMap<String, Needs> {
    let mut out: BTreeMap<String, Needs> = BTreeMap::new();
    for s in &assembly.stacks {
        if selected.is_empty() || selected.contains(&s.name) {
            count(
                &s.name,
                &s.template,
                out.entry(region(s.region.as_str())).or_default(),
            );
        }
    }
    out
}

/// A quota check's verdict: `Err` names the quota, needed against the limit and how to raise it.
pub fn check_quota(
    region: &str,
    quota_name: &str,
    quota_code: &str,
    needed: u32,
    limit: f64,
) -> Result<(), String> {
    if f64::from(needed) <= limit {
        return Ok(());
    }
    Err(format!(
        "{region}: the app needs {needed} of quota '{quota_name}' ({quota_code}) but the \
         account's limit is {limit}; request an increase to at least {needed} in the Service \
         Quotas console (EC2) or with `aws service-quotas request-service-quota-increase \
         --service-code ec2 --quota-code {quota_code} --desired-value {needed} --region \
         {region}`, then deploy again (or --skip-preflight)"
    ))
}

/// The account-level Block Public Access check: `Err` when it blocks the public policies.
pub fn check_public_access(
    account: &str,
    block_public_policy: bool,
    restrict_public_buckets: bool,
    public_policies: &[String],
) -> Result<(), String> {
    if public_policies.is_empty() || !(block_public_policy || restrict_public_buckets) {
        return Ok(());
    }
    let which: Vec<&str> = [
        (
            block_public_policy,
            "BlockPublicPolicy (the policy is refused)",
        ),
        (
            restrict_public_buckets,
            "RestrictPublicBuckets (anonymous reads are denied)",
        ),
    ]
    .into_iter()
    .filter_map(|(on, s)| on.then_some(s))
    .collect();
    Err(format!(
        "account {account}: S3 Block Public Access at account level has {} on, and the app \
         makes public bucket policies ({}); turn them off for the account (S3 console, \"Block \
         Public Access settings for this account\", or `aws s3control put-public-access-block \
         --account-id {account} --public-access-block-configuration \
         BlockPublicPolicy=false,RestrictPublicBuckets=false`), or remove the public bucket \
         from the app, then deploy again (or --skip-preflight)",
        which.join(" and "),
        public_policies.join(", ")
    ))
}

/// A resource kept on delete under a fixed physical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRetained {
    /// Logical id.
    pub logical_id: String,
    /// `AWS::SecretsManager::Secret` or `AWS::S3::Bucket`.
    pub resource_type: String,
    /// The fixed name.
    pub name: String,
}

/// The resources of `template` that outlive their stack under a fixed name: secrets with a
/// literal `Name` and buckets with a literal `BucketName`, with a `DeletionPolicy` that keeps
/// them.
#[must_use]
pub fn named_retained(template: &Json) -> Vec<NamedRetained> {
    let mut out = Vec::new();
    let Some(resources) = template.get("Resources").and_then(Json::as_object) else {
        return out;
    };
    for (id, r) in resources {
        if !zimbra_constructs_diff::retained(r) {
            continue;
        }
        let ty = r.get("Type").and_then(Json::as_str).unwrap_or_default();
        let property = match ty {
            "AWS::SecretsManager::Secret" => "Name",
            "AWS::S3::Bucket" => "BucketName",
            _ => continue,
        };
        if let Some(name) = r
            .pointer(&format!("/Properties/{property}"))
            .and_then(Json::as_str)
        {
            out.push(NamedRetained {
                logical_id: id.clone(),
                resource_type: ty.to_owned(),
                name: name.to_owned(),
            });
        }
    }
    out
}

/// What to do about a leftover `r` of `stack` in `region` (`deleted`: a secret scheduled for
/// deletion, whose name stays taken until it is gone).
#[must_use]
pub fn leftover_advice(stack: &str, region: &str, r: &NamedRetained, deleted: bool) -> String {
    let state = if deleted {
        "exists, scheduled for deletion (its name stays taken until then)"
    } else {
        "exists already"
    };
    let delete = match r.resource_type.as_str() {
        "AWS::S3::Bucket" => format!("`aws s3 rb s3://{} --force`", r.name),
        _ => format!(
            "`aws secretsmanager delete-secret --secret-id {} --force-delete-without-recovery --region {region}`",
            r.name
        ),
    };
    format!(
        "{stack}: {} ({}) is named {}, which {state}: an earlier destroy kept it (DeletionPolicy Retain), and CloudFormation cannot create it again under that name. Either keep it and bring it into the new stack (`aws cloudformation create-change-set --stack-name {stack} --change-set-type IMPORT --resources-to-import ResourceType={},LogicalResourceId={},ResourceIdentifier={{...}}` with the template from cfn.out/), or, when what it holds is not needed any more, delete it with {delete}; then deploy again",
        r.logical_id, r.resource_type, r.name, r.resource_type, r.logical_id
    )
}

/// What preflight found: problems (the deploy stops) and warnings (checks it could not make).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    /// Each limit the app would run into, with the fix.
    pub problems: Vec<String>,
    /// Each check that could not be made, and why.
    pub warnings: Vec<String>,
}

async fn quota(client: &aws_sdk_servicequotas::Client, code: &str) -> Result<f64, AwsError> {
    match client
        .get_service_quota()
        .service_code("ec2")
        .quota_code(code)
        .send()
        .await
    {
        Ok(out) => Ok(out.quota().and_then(|q| q.value()).unwrap_or(0.0)),
        Err(e) => {
            let err = AwsError::new("GetServiceQuota", &e);
            // Never changed for this account: the default applies.
            if err.code.as_deref() != Some("NoSuchResourceException") {
                return Err(err);
            }
            let out = client
                .get_aws_default_service_quota()
                .service_code("ec2")
                .quota_code(code)
                .send()
                .await
                .map_err(|e| AwsError::new("GetAWSDefaultServiceQuota", &e))?;
            Ok(out.quota().and_then(|q| q.value()).unwrap_or(0.0))
        }
    }
}

async fn check_region(session: &Session, region: &str, needs: &Needs, found: &mut Findings) {
    let Some(sq) = session.clients.service_quotas(region).await else {
        return;
    };
    let wanted = [
        ("EC2-VPC Elastic IPs", EIP_QUOTA, needs.elastic_ips),
        (
            "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances",
            VCPU_QUOTA,
            needs.vcpus,
        ),
    ];
    // Every lookup at once, so preflight takes one budget at most, not one per lookup.
    let lookup = |code: &'static str, needed: u32| {
        let sq = &sq;
        async move {
            if needed == 0 {
                None
            } else {
                Some(bounded("GetServiceQuota", quota(sq, code)).await)
            }
        }
    };
    let (eip, vcpu, block) = tokio::join!(
        lookup(EIP_QUOTA, wanted[0].2),
        lookup(VCPU_QUOTA, wanted[1].2),
        check_account_block(session, region, needs),
    );
    for ((name, code, needed), result) in wanted.into_iter().zip([eip, vcpu]) {
        match result {
            None => {}
            Some(Ok(limit)) => {
                if let Err(p) = check_quota(region, name, code, needed, limit) {
                    found.problems.push(p);
                }
            }
            Some(Err(e)) => found.warnings.push(format!(
                "{region}: could not check quota '{name}' ({code}, the app needs {needed}): {e}"
            )),
        }
    }
    if !needs.unknown_types.is_empty() {
        found.warnings.push(format!(
            "{region}: vCPUs not counted for instance types {}",
            needs.unknown_types.join(", ")
        ));
    }
    found.problems.extend(block.problems);
    found.warnings.extend(block.warnings);
}

/// The account's S3 Block Public Access against the app's public bucket policies.
async fn check_account_block(session: &Session, region: &str, needs: &Needs) -> Findings {
    let mut found = Findings::default();
    if needs.public_policies.is_empty() {
        return found;
    }
    let Some((sts, s3control)) = session.clients.account_clients(region).await else {
        return found;
    };
    let identity = bounded("GetCallerIdentity", async {
        let out = sts.get_caller_identity().send().await;
        out.map_err(|e| AwsError::new("GetCallerIdentity", &e))
    });
    let account = match identity.await {
        Ok(out) => out.account().unwrap_or_default().to_owned(),
        Err(e) => {
            found.warnings.push(format!(
                "could not check the account's S3 Block Public Access: {e}"
            ));
            return found;
        }
    };
    let block = bounded("GetPublicAccessBlock", async {
        let out = s3control
            .get_public_access_block()
            .account_id(&account)
            .send()
            .await;
        out.map_err(|e| AwsError::new("GetPublicAccessBlock", &e))
    });
    match block.await {
        Ok(out) => {
            let c = out.public_access_block_configuration();
            let policy = c.and_then(|c| c.block_public_policy()).unwrap_or(false);
            let restrict = c.and_then(|c| c.restrict_public_buckets()).unwrap_or(false);
            if let Err(p) = check_public_access(&account, policy, restrict, &needs.public_policies)
            {
                found.problems.push(p);
            }
        }
        Err(e) => {
            // No account-level configuration: nothing is blocked.
            if e.code.as_deref() != Some("NoSuchPublicAccessBlockConfiguration") {
                found.warnings.push(format!(
                    "could not check the account's S3 Block Public Access (account {account}): {e}"
                ));
            }
        }
    }
    found
}

/// Whether `name` exists in Secrets Manager: `Some(deleted)`, `None` when it does not.
async fn secret_state(
    client: &aws_sdk_secretsmanager::Client,
    name: &str,
) -> Result<Option<bool>, AwsError> {
    match client.describe_secret().secret_id(name).send().await {
        Ok(out) => Ok(Some(out.deleted_date().is_some())),
        Err(e) => {
            let err = AwsError::new("DescribeSecret", &e);
            if err.code.as_deref() == Some("ResourceNotFoundException") {
                Ok(None)
            } else {
                Err(err)
            }
        }
    }
}

async fn bucket_exists(client: &aws_sdk_s3::Client, name: &str) -> Result<bool, AwsError> {
    match client.head_bucket().bucket(name).send().await {
        Ok(_) => Ok(true),
        Err(e) => {
            let not_found = e.as_service_error().is_some_and(|s| s.is_not_found());
            if not_found {
                Ok(false)
            } else {
                Err(AwsError::new("HeadBucket", &e))
            }
        }
    }
}

/// Leftovers of an earlier destroy in the stacks of `assembly` that are not deployed.
async fn check_leftovers(
    session: &Session,
    assembly: &Assembly,
    selected: &[String],
    found: &mut Findings,
) {
    for s in &assembly.stacks {
        if !(selected.is_empty() || selected.contains(&s.name)) {
            continue;
        }
        let named = named_retained(&s.template);
        if named.is_empty() {
            continue;
        }
        let region = session.clients.effective_region(s.region.as_str());
        let Some(secrets) = session.clients.secrets_manager(&region).await else {
            return;
        };
        let cfn = session.clients.cloudformation(&region).await;
        match bounded("DescribeStacks", crate::deployed::describe(&cfn, &s.name)).await {
            Ok(Some(d)) if !d.status.is_review() => continue,
            Ok(_) => {}
            Err(e) => {
                found
                    .warnings
                    .push(format!("{}: could not check for leftovers: {e}", s.name));
                continue;
            }
        }
        let s3 = session.clients.s3(&region).await;
        for r in &named {
            let state = if r.resource_type == "AWS::S3::Bucket" {
                match &s3 {
                    Some(s3) => bounded("HeadBucket", bucket_exists(s3, &r.name))
                        .await
                        .map(|e| e.then_some(false)),
                    None => Ok(None),
                }
            } else {
                bounded("DescribeSecret", secret_state(&secrets, &r.name)).await
            };
            match state {
                Ok(Some(deleted)) => found
                    .problems
                    .push(leftover_advice(&s.name, &region, r, deleted)),
                Ok(None) => {}
                Err(e) => found.warnings.push(format!(
                    "{}: could not check whether {} {} is left from an earlier deploy: {e}",
                    s.name, r.resource_type, r.name
                )),
            }
        }
    }
}

/// Runs every check for the selected stacks (all when empty).
pub async fn preflight(session: &Session, assembly: &Assembly, selected: &[String]) -> Findings {
    let mut found = Findings::default();
    let per_region = needs(assembly, selected, |r| session.clients.effective_region(r));
    for (region, n) in &per_region {
        check_region(session, region, n, &mut found).await;
    }
    check_leftovers(session, assembly, selected, &mut found).await;
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[tokio::test]
    async fn a_lookup_that_never_answers_becomes_a_warning_after_the_budget() {
        let started = std::time::Instant::now();
        let never = std::future::pending::<Result<(), AwsError>>();
        let e = bounded("GetPublicAccessBlock", never).await.unwrap_err();
        assert_eq!(e.operation, "GetPublicAccessBlock");
        assert!(e.message.contains("no answer within 5 s"), "{}", e.message);
        let waited = started.elapsed();
        assert!(
            waited >= LOOKUP_BUDGET && waited < LOOKUP_BUDGET * 2,
            "{waited:?}"
        );
        // An answer within the budget passes through unchanged.
        assert_eq!(
            bounded("GetServiceQuota", async { Ok(5.0) }).await.unwrap(),
            5.0
        );
    }

    #[test]
    fn vcpus_of_standard_types() {
        for (t, v) in [
            ("t3.large", 2),
            ("t3.medium", 2),
            ("c7a.medium", 1),
            ("t3.xlarge", 4),
            ("m5.xlarge", 4),
            ("r5.2xlarge", 8),
            ("c5.9xlarge", 36),
            ("m7i.48xlarge", 192),
        ] {
            assert_eq!(standard_vcpus(t), Some(v), "{t}");
        }
        for t in [
            "p4d.24xlarge",
            "g5.xlarge",
            "m5.metal",
            "x2idn.16xlarge",
            "junk",
        ] {
            assert_eq!(standard_vcpus(t), None, "{t}");
        }
    }

    #[test]
    fn counts_addresses_vcpus_and_public_policies() {
        let t = json!({"Resources": {
            "NatEip": {"Type": "AWS::EC2::EIP"},
            "MtaEip": {"Type": "AWS::EC2::EIP"},
            "Mta": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.large"}},
            "Box": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "r5.2xlarge"}},
            "Gpu": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "g5.xlarge"}},
            "Public": {"Type": "AWS::S3::BucketPolicy", "Properties": {"PolicyDocument": {
                "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]}}},
            "Tls": {"Type": "AWS::S3::BucketPolicy", "Properties": {"PolicyDocument": {
                "Statement": {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:*"}}}}
        }});
        let mut n = Needs::default();
        count("Storage", &t, &mut n);
        assert_eq!((n.elastic_ips, n.vcpus), (2, 10));
        assert_eq!(n.unknown_types, vec!["g5.xlarge"]);
        assert_eq!(n.public_policies, vec!["Storage/Public"]);
    }

    #[test]
    fn a_quota_below_the_need_names_it_and_the_command() {
        assert!(check_quota("us-east-1", "EC2-VPC Elastic IPs", EIP_QUOTA, 5, 5.0).is_ok());
        let e = check_quota("us-east-1", "EC2-VPC Elastic IPs", EIP_QUOTA, 9, 5.0).unwrap_err();
        assert!(
            e.contains("needs 9 of quota 'EC2-VPC Elastic IPs' (L-0263D0A3)")
                && e.contains("limit is 5")
                && e.contains(
                    "aws service-quotas request-service-quota-increase --service-code ec2 \
                     --quota-code L-0263D0A3 --desired-value 9"
                ),
            "{e}"
        );
    }

    #[test]
    fn kept_secrets_and_buckets_under_fixed_names() {
        let t = json!({"Resources": {
            "Admin": {"Type": "AWS::SecretsManager::Secret", "DeletionPolicy": "Retain",
                "Properties": {"Name": "zimbra/Zimbra/admin-password"}},
            "Gone": {"Type": "AWS::SecretsManager::Secret", "Properties": {"Name": "x"}},
            "Generated": {"Type": "AWS::SecretsManager::Secret", "DeletionPolicy": "Retain"},
            "Assets": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain",
                "Properties": {"BucketName": "zimbra-assets"}},
            "Computed": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain",
                "Properties": {"BucketName": {"Fn::Sub": "${AWS::StackName}-x"}}}
        }});
        let names: Vec<String> = named_retained(&t).into_iter().map(|r| r.name).collect();
        assert_eq!(names, vec!["zimbra/Zimbra/admin-password", "zimbra-assets"]);
        let r = &named_retained(&t)[0];
        let a = leftover_advice("Zimbra-Identity", "us-east-2", r, false);
        assert!(
            a.contains("Admin (AWS::SecretsManager::Secret) is named zimbra/Zimbra/admin-password, which exists already")
                && a.contains("--change-set-type IMPORT")
                && a.contains("aws secretsmanager delete-secret --secret-id zimbra/Zimbra/admin-password --force-delete-without-recovery --region us-east-2"),
            "{a}"
        );
        assert!(leftover_advice("S", "r", r, true).contains("scheduled for deletion"));
    }

    #[test]
    fn block_public_access_only_matters_with_a_public_policy() {
        let p = vec!["Storage/Public".to_owned()];
        assert!(check_public_access("123456789012", true, true, &[]).is_ok());
        assert!(check_public_access("123456789012", false, false, &p).is_ok());
        let e = check_public_access("123456789012", true, false, &p).unwrap_err();
        assert!(
            e.contains("BlockPublicPolicy")
                && !e.contains("RestrictPublicBuckets (")
                && e.contains("Storage/Public")
                && e.contains("--account-id 123456789012"),
            "{e}"
        );
    }
}
