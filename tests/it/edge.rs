//! Day-2 edge fixes of issue 11 on the reference cluster's templates: the public assets
//! bucket is readable anonymously (SSE-S3, item 7); flow logs can be turned off with a
//! warning (item 12); the NLB registers servers by fixed IP and imports no instance id (item 2).

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

fn no_flow_logs(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    unchanged(p.flow_logs(false), i, c)
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
    assert!(
        warning.message.contains("flow_logs(false)"),
        "{}",
        warning.message
    );
    let logs = off
        .stacks
        .iter()
        .filter_map(|s| s.template.get("Resources").and_then(Value::as_object))
        .flat_map(|rs| rs.values())
        .filter(|r| r["Type"] == "AWS::EC2::FlowLog")
        .count();
    assert_eq!(logs, 0, "flow logs are off");
}

#[test]
fn nlb_targets_are_fixed_ips_and_edge_imports_no_instance_id() {
    let all = resources();
    let instance_ips: Vec<String> = all
        .iter()
        .filter(|(_, _, r)| r["Type"] == "AWS::EC2::Instance")
        .filter_map(|(_, _, r)| {
            r["Properties"]["PrivateIpAddress"]
                .as_str()
                .map(str::to_owned)
        })
        .collect();
    let groups: Vec<_> = all
        .iter()
        .filter(|(_, _, r)| r["Type"] == "AWS::ElasticLoadBalancingV2::TargetGroup")
        .collect();
    assert!(!groups.is_empty());
    for (stack, id, tg) in &groups {
        let p = &tg["Properties"];
        assert_eq!(p["TargetType"], "ip", "{stack}/{id}");
        let preserve = p["TargetGroupAttributes"]
            .as_array()
            .expect("attributes")
            .iter()
            .any(|a| a["Key"] == "preserve_client_ip.enabled" && a["Value"] == "true");
        assert!(preserve, "{stack}/{id} keeps client IPs explicitly");
        let targets = p["Targets"].as_array().expect("targets");
        assert!(!targets.is_empty(), "{stack}/{id}");
        for t in targets {
            let ip = t["Id"]
                .as_str()
                .unwrap_or_else(|| panic!("{stack}/{id}: target {t} is not a literal IP"));
            assert!(
                instance_ips.iter().any(|i| i == ip),
                "{stack}/{id}: {ip} is no server's IP"
            );
            assert!(t.get("AvailabilityZone").is_none(), "in-VPC IPs need no AZ");
        }
    }
    // Nothing in any stack imports an instance id (the export would lock the instance).
    let assembly = synth(unchanged);
    let edge: Vec<_> = assembly
        .stacks
        .iter()
        .filter(|s| s.name.contains("Edge"))
        .collect();
    assert!(!edge.is_empty(), "an Edge stack");
    for stack in &edge {
        for (id, r) in stack.template["Resources"]
            .as_object()
            .into_iter()
            .flatten()
        {
            if r["Type"] == "AWS::ElasticLoadBalancingV2::TargetGroup" {
                assert!(
                    !r["Properties"]["Targets"]
                        .to_string()
                        .contains("Fn::ImportValue"),
                    "{}/{id} imports a value",
                    stack.name
                );
            }
        }
    }
    for stack in &assembly.stacks {
        if let Some(outputs) = stack.template.get("Outputs").and_then(Value::as_object) {
            for (name, o) in outputs {
                let refd = o["Value"]["Ref"].as_str().unwrap_or_default();
                let is_instance = stack.template["Resources"][refd]["Type"] == "AWS::EC2::Instance";
                assert!(
                    !(is_instance && o.get("Export").is_some()),
                    "{}: output {name} exports an instance id",
                    stack.name
                );
            }
        }
    }
}

#[test]
fn nat_gateways_have_fixed_addresses_no_two_resources_share_an_ip() {
    let mut claimed: std::collections::BTreeMap<String, String> = Default::default();
    let mut nats = 0;
    for (stack, id, r) in resources() {
        let ty = r["Type"].as_str().unwrap_or_default();
        let ip = r["Properties"]["PrivateIpAddress"].as_str();
        if ty == "AWS::EC2::NatGateway" {
            nats += 1;
            assert!(ip.is_some(), "{stack}/{id} has a fixed PrivateIpAddress");
        }
        if let Some(ip) = ip {
            let here = format!("{stack}/{id}");
            if let Some(first) = claimed.insert(ip.to_owned(), here.clone()) {
                panic!("{ip} is claimed by {first} and {here}");
            }
        }
    }
    assert!(nats > 0, "the reference has NAT gateways");
}

fn mta_on_nat_address(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    if i == 0 {
        // The reference's first public subnet is 172.16.0.0/26: its NAT takes .62.
        let ip = "172.16.0.62".parse().expect("ip");
        (p, c.mta(MtaNode::new().private_ip(ip)))
    } else {
        (p, c)
    }
}

#[test]
fn a_server_given_the_nat_address_is_refused() {
    let err = match reference_with(mta_on_nat_address) {
        Err(e) => e.to_string(),
        Ok(app) => app
            .synth(&SynthOptions::default())
            .expect_err("the NAT address is reserved")
            .to_string(),
    };
    assert!(err.contains("reserved for the NAT gateway"), "{err}");
}

#[test]
fn private_zone_mirrors_mx_and_autodiscover_and_names_the_missing_spf() {
    let assembly = synth(unchanged);
    let warning = assembly
        .warnings
        .iter()
        .find(|w| w.code == "ZZ061")
        .expect("the unmirrored SPF record is named");
    assert!(
        warning.message.contains("TXT mycompany.com."),
        "{}",
        warning.message
    );
    let all = resources();
    let kinds: Vec<&str> = all
        .iter()
        .filter(|(_, _, r)| r["Type"] == "AWS::Route53::RecordSet")
        .map(|(_, id, _)| id.as_str())
        .filter(|id| id.contains("Mirror"))
        .collect();
    assert!(kinds.iter().any(|k| k.contains("MirrorMx")), "{kinds:?}");
    assert!(
        kinds.iter().any(|k| k.contains("MirrorAutodiscover")),
        "{kinds:?}"
    );
    let mx = all
        .iter()
        .find(|(_, id, r)| id.contains("MirrorMx") && r["Type"] == "AWS::Route53::RecordSet")
        .map(|(_, _, r)| r["Properties"]["ResourceRecords"].to_string())
        .expect("MX mirror");
    assert!(mx.contains("10 "), "{mx}");
}
