//! Day-2 edge fixes of issue 11 on the reference cluster's templates: the public assets
//! bucket is readable anonymously (SSE-S3, item 7).

use serde_json::Value;
use zimbra_constructs::zimbra::prelude::*;
use zimbra_constructs::{Assembly, SynthOptions};

use crate::reports::{reference_with, unchanged, Change};

/// The reference cluster changed by `change`, synthesized.
fn synth(change: Change) -> Assembly {
    let app = reference_with(change).expect("reference builds");
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("does not synth: {e}"))
}

/// Every resource of the reference cluster: (stack, logical id, resource).
fn resources() -> Vec<(String, String, Value)> {
    let assembly = synth(unchanged);
    let mut out = Vec::new();
    for stack in &assembly.stacks {
        if let Some(rs) = stack.template.get("Resources").and_then(Value::as_object) {
            for (id, r) in rs {
                out.push((stack.name.clone(), id.clone(), r.clone()));
            }
        }
    }
    out
}

fn sse_algorithm(bucket: &Value) -> &str {
    bucket["Properties"]["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
        ["ServerSideEncryptionByDefault"]["SSEAlgorithm"]
        .as_str()
        .unwrap_or("<none>")
}

#[test]
fn public_assets_bucket_is_sse_s3_and_private_buckets_stay_kms() {
    let buckets: Vec<_> = resources()
        .into_iter()
        .filter(|(_, _, r)| r["Type"] == "AWS::S3::Bucket")
        .collect();
    let public: Vec<_> = buckets
        .iter()
        .filter(|(_, _, r)| r["Metadata"]["zimbra-constructs"]["publicReadOnly"] == true)
        .collect();
    assert_eq!(public.len(), 1, "one public bucket expected");
    for (stack, id, b) in &buckets {
        let want = if public.iter().any(|(_, i, _)| i == id) {
            "AES256"
        } else {
            "aws:kms"
        };
        assert_eq!(sse_algorithm(b), want, "{stack}/{id}");
    }
}

fn no_flow_logs(p: ClusterProps, _: usize, c: AzCell) -> (ClusterProps, AzCell) {
    (p.flow_logs(false), c)
}

#[test]
fn flow_logs_off_synthesizes_with_an_acknowledged_warning() {
    let on = synth(unchanged);
    assert!(!on.warnings.iter().any(|w| w.code == "ZZ060"));
    let off = synth(no_flow_logs);
    let warning = off
        .warnings
        .iter()
        .find(|w| w.code == "ZZ060")
        .expect("flow_logs(false) warns with ZZ060");
    assert!(warning.message.contains("flow_logs(false)"), "{}", warning.message);
    let logs = off
        .stacks
        .iter()
        .filter_map(|s| s.template.get("Resources").and_then(Value::as_object))
        .flat_map(|rs| rs.values())
        .filter(|r| r["Type"] == "AWS::EC2::FlowLog")
        .count();
    assert_eq!(logs, 0, "flow logs are off");
}
