//! The reference cluster (`examples/reference/main.rs`, 11 stacks) deployed end to end on a
//! local patched moto server, and read back through the service APIs (EC2, ELBv2, Route 53,
//! S3), not only through the deploy's own report:
//!
//! 1. deploy (`--yes`): every stack created; the VPC, its six subnets, the fifteen instances
//!    with their private IPs, the MTAs' Elastic IPs, the NLB with its six TCP listeners and
//!    their targets, the private forward and reverse zones with their A and PTR records and
//!    the three buckets exist; data stacks are termination protected;
//! 2. deploy again: all 11 stacks report no changes;
//! 3. mailbox-b2 resized: `diff` shows exactly that one property in exactly its stack, deploy
//!    updates only that stack, and EC2 shows the same instance with the new type;
//! 4. destroy refuses the protected stacks, then `--force --remove-termination-protection`
//!    removes all 11 and lists the retained resources (the buckets still exist);
//! 5. deploy again: preflight, with every client built from moto's configuration, names each
//!    secret destroy kept under its fixed name (the create would fail "already exists") and
//!    the deploy stops before any stack is created; after the advised delete it finds none.
//!
//! The first deploy, the no-op deploy and the destroy are timed and printed. Skipped, with a
//! notice, unless `ZC_MOTO_ENDPOINT` names the server (`tests/moto/start.sh PORT PIDFILE`);
//! the harness is [`crate::moto`], shared with the small-app test [`crate::deploy_moto`].

use std::collections::{BTreeMap, BTreeSet};

use crate::moto::{self, ok, pair, synth, Moto};
use crate::reference;
use aws_sdk_ec2::types::Filter;
use aws_sdk_elasticloadbalancingv2::types::{LoadBalancerTypeEnum, ProtocolEnum};
use serde_json::Value as Json;
use zimbra_constructs::deploy::{
    self, preflight, Approver, Clients, DeployError, DeployOptions, DestroyError, DestroyOptions,
    Session, Ui,
};
use zimbra_constructs::{App, Assembly};

/// The stack and instance the one-property change resizes.
const CHANGED_STACK: &str = "Zimbra-Cell-us-east-2b-2";
const CHANGED_INSTANCE: &str = "MailboxB2Instance";
const MAILBOX_TYPE: &str = "m5.xlarge";
const RESIZED_TYPE: &str = "m5.2xlarge";

/// The reference cluster; `resized` sets mailbox-b2's instance type to [`RESIZED_TYPE`] (one
/// property of one resource of one stack) through a property override.
fn cluster(resized: bool) -> App {
    let mut app = reference::build().unwrap_or_else(|e| panic!("reference build: {e}"));
    if resized {
        let stack = app
            .stacks()
            .into_iter()
            .find(|s| app.stack_name(*s) == CHANGED_STACK)
            .unwrap_or_else(|| panic!("no stack {CHANGED_STACK}"));
        let nodes: Vec<_> = app
            .resources_below(stack)
            .into_iter()
            .filter(|n| {
                app.resource_type(*n) == Some("AWS::EC2::Instance")
                    && app.path(*n).contains("mailbox-b2")
            })
            .collect();
        assert_eq!(nodes.len(), 1, "mailbox-b2 instance");
        app.options_mut(nodes[0])
            .unwrap_or_else(|e| panic!("{e}"))
            .add_property_override("InstanceType", RESIZED_TYPE);
    }
    app
}

/// `(stack, logical id, properties)` of every resource of `ty` in the assembly.
fn resources_of<'a>(assembly: &'a Assembly, ty: &str) -> Vec<(&'a str, &'a str, &'a Json)> {
    let mut out = Vec::new();
    for s in &assembly.stacks {
        let Some(resources) = s.template.get("Resources").and_then(Json::as_object) else {
            continue;
        };
        for (id, r) in resources {
            if r.get("Type").and_then(Json::as_str) == Some(ty) {
                out.push((s.name.as_str(), id.as_str(), &r["Properties"]));
            }
        }
    }
    out
}

fn text<'a>(props: &'a Json, key: &str) -> &'a str {
    props.get(key).and_then(Json::as_str).unwrap_or_default()
}

/// Instance id -> (private IP, instance type, VPC) as EC2 reports it.
async fn instances(moto: &Moto, ids: &[String]) -> BTreeMap<String, (String, String, String)> {
    let ec2 = aws_sdk_ec2::Client::new(&moto.config);
    let out = ok(
        "DescribeInstances",
        ec2.describe_instances()
            .set_instance_ids(Some(ids.to_vec()))
            .send()
            .await,
    );
    out.reservations()
        .iter()
        .flat_map(|r| r.instances())
        .map(|i| {
            (
                i.instance_id().unwrap_or_default().to_owned(),
                (
                    i.private_ip_address().unwrap_or_default().to_owned(),
                    i.instance_type()
                        .map(|t| t.as_str().to_owned())
                        .unwrap_or_default(),
                    i.vpc_id().unwrap_or_default().to_owned(),
                ),
            )
        })
        .collect()
}

/// The VPC and subnets, instances with their private IPs and Elastic IPs. Returns the
/// instance ids by logical id.
async fn verify_network_and_instances(moto: &Moto, a: &Assembly) -> BTreeMap<String, String> {
    let ec2 = aws_sdk_ec2::Client::new(&moto.config);
    let vpc_id = moto.physical_id("Zimbra-Network", "Vpc").await;
    let vpcs = ok(
        "DescribeVpcs",
        ec2.describe_vpcs().vpc_ids(&vpc_id).send().await,
    );
    assert_eq!(vpcs.vpcs().len(), 1, "VPC {vpc_id}");
    assert_eq!(vpcs.vpcs()[0].cidr_block(), Some("172.16.0.0/16"));

    let subnets = ok(
        "DescribeSubnets",
        ec2.describe_subnets()
            .filters(Filter::builder().name("vpc-id").values(&vpc_id).build())
            .send()
            .await,
    );
    let got: BTreeSet<(String, String)> = subnets
        .subnets()
        .iter()
        .map(|s| pair(s.cidr_block(), s.availability_zone()))
        .collect();
    let want: BTreeSet<(String, String)> = [
        ("172.16.0.0/26", "us-east-2a"),
        ("172.16.0.64/26", "us-east-2b"),
        ("172.16.0.128/26", "us-east-2c"),
        ("172.16.1.0/26", "us-east-2a"),
        ("172.16.1.64/26", "us-east-2b"),
        ("172.16.1.128/26", "us-east-2c"),
    ]
    .into_iter()
    .map(|(c, z)| (c.to_owned(), z.to_owned()))
    .collect();
    assert_eq!(got, want, "subnets of {vpc_id}");

    // Every instance of every stack, at the private IP and type its template gives it.
    let declared = resources_of(a, "AWS::EC2::Instance");
    assert_eq!(declared.len(), 15, "3 MTA, 3 proxy, 3 LDAP, 6 mailbox");
    let mut ids = BTreeMap::new();
    for (stack, logical, _) in &declared {
        ids.insert(
            (*logical).to_owned(),
            moto.physical_id(stack, logical).await,
        );
    }
    let id_list: Vec<String> = ids.values().cloned().collect();
    let live = instances(moto, &id_list).await;
    assert_eq!(live.len(), 15, "{live:?}");
    for (_, logical, props) in &declared {
        let (ip, ty, vpc) = &live[&ids[*logical]];
        assert_eq!(ip, text(props, "PrivateIpAddress"), "{logical}");
        assert_eq!(ty, text(props, "InstanceType"), "{logical}");
        assert_eq!(vpc, &vpc_id, "{logical}");
    }
    assert_eq!(live[&ids["MtaA1Instance"]].0, "172.16.0.10", "mta-a1");
    assert_eq!(
        live[&ids["MailboxB2Instance"]].0, "172.16.1.83",
        "mailbox-b2"
    );
    assert_eq!(
        live[&ids["MailboxB2Instance"]].1, MAILBOX_TYPE,
        "mailbox-b2"
    );

    // Each MTA has its Elastic IP.
    let addresses = ok("DescribeAddresses", ec2.describe_addresses().send().await);
    for mta in ["MtaA1Instance", "MtaB1Instance", "MtaC1Instance"] {
        assert!(
            addresses
                .addresses()
                .iter()
                .any(|e| e.instance_id() == Some(ids[mta].as_str()) && e.public_ip().is_some()),
            "{mta} has no Elastic IP: {:?}",
            addresses.addresses()
        );
    }
    ids
}

/// The internet-facing NLB with TCP listeners on 25/587/80/443/993/9071, each forwarding to
/// a target group holding the three MTAs (mail) or the three proxies (web, IMAP, admin), by
/// their private IPs (IP targets: no instance id crosses into the Edge stack).
async fn verify_nlb(moto: &Moto, ids: &BTreeMap<String, String>) {
    let live = instances(moto, &ids.values().cloned().collect::<Vec<_>>()).await;
    let elb = aws_sdk_elasticloadbalancingv2::Client::new(&moto.config);
    let arn = moto.physical_id("Zimbra-Edge", "NlbLoadBalancer").await;
    let lbs = ok(
        "DescribeLoadBalancers",
        elb.describe_load_balancers()
            .load_balancer_arns(&arn)
            .send()
            .await,
    );
    let lb = &lbs.load_balancers()[0];
    assert_eq!(lb.r#type(), Some(&LoadBalancerTypeEnum::Network));
    assert_eq!(lb.scheme().map(|s| s.as_str()), Some("internet-facing"));
    let listeners = ok(
        "DescribeListeners",
        elb.describe_listeners()
            .load_balancer_arn(&arn)
            .send()
            .await,
    );
    let mut ports = Vec::new();
    for l in listeners.listeners() {
        let port = l.port().unwrap_or_default();
        ports.push(port);
        assert_eq!(l.protocol(), Some(&ProtocolEnum::Tcp), "listener {port}");
        let group = l
            .default_actions()
            .first()
            .and_then(|a| a.target_group_arn())
            .unwrap_or_else(|| panic!("listener {port} forwards nowhere"));
        let health = ok(
            "DescribeTargetHealth",
            elb.describe_target_health()
                .target_group_arn(group)
                .send()
                .await,
        );
        let targets: BTreeSet<&str> = health
            .target_health_descriptions()
            .iter()
            .filter_map(|t| t.target().and_then(|t| t.id()))
            .collect();
        let role = if matches!(port, 25 | 587) {
            "Mta"
        } else {
            "Proxy"
        };
        let want: BTreeSet<&str> = ["A1", "B1", "C1"]
            .iter()
            .map(|n| live[&ids[&format!("{role}{n}Instance")]].0.as_str())
            .collect();
        assert_eq!(targets, want, "targets of listener {port}");
    }
    ports.sort_unstable();
    assert_eq!(ports, vec![25, 80, 443, 587, 993, 9071]);
}

/// A zone's records: (name, type, values).
type Records = BTreeSet<(String, String, Vec<String>)>;

/// The private forward zone and the two reverse zones, each checked to be private and
/// attached to the VPC, with their records, by zone name.
async fn private_zones(moto: &Moto) -> BTreeMap<String, Records> {
    let r53 = aws_sdk_route53::Client::new(&moto.config);
    let vpc_id = moto.physical_id("Zimbra-Network", "Vpc").await;
    let mut zones: BTreeMap<String, Records> = BTreeMap::new();
    for logical in [
        "PrivateDnsZone",
        "PrivateDnsReverse172x16x0",
        "PrivateDnsReverse172x16x1",
    ] {
        let id = moto.physical_id("Zimbra-Dns", logical).await;
        let zone = ok(
            &format!("GetHostedZone {id}"),
            r53.get_hosted_zone().id(&id).send().await,
        );
        let hz = zone
            .hosted_zone()
            .unwrap_or_else(|| panic!("zone {id} missing"));
        assert_eq!(
            hz.config().map(|c| c.private_zone()),
            Some(true),
            "{logical} is private"
        );
        assert!(
            zone.vpcs()
                .iter()
                .any(|v| v.vpc_id() == Some(vpc_id.as_str())),
            "{logical} is not attached to {vpc_id}"
        );
        let records = ok(
            &format!("ListResourceRecordSets {id}"),
            r53.list_resource_record_sets()
                .hosted_zone_id(&id)
                .send()
                .await,
        );
        let set = records
            .resource_record_sets()
            .iter()
            .map(|r| {
                (
                    r.name().to_owned(),
                    r.r#type().as_str().to_owned(),
                    r.resource_records()
                        .iter()
                        .map(|v| v.value().to_owned())
                        .collect(),
                )
            })
            .collect();
        zones.insert(hz.name().to_owned(), set);
    }
    zones
}

/// The private forward zone and the two reverse zones, attached to the VPC, holding every A
/// and PTR record the templates declare (spot-checked for mta-a1 and mailbox-b2).
async fn verify_dns(moto: &Moto, a: &Assembly) {
    let zones = private_zones(moto).await;
    let names: Vec<&str> = zones.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        vec![
            "0.16.172.in-addr.arpa.",
            "1.16.172.in-addr.arpa.",
            "mycompany.com."
        ]
    );
    let has = |zone: &str, name: &str, ty: &str, value: &str| {
        zones[zone].contains(&(name.to_owned(), ty.to_owned(), vec![value.to_owned()]))
    };
    assert!(has(
        "mycompany.com.",
        "mta-a1.mycompany.com.",
        "A",
        "172.16.0.10"
    ));
    assert!(has(
        "0.16.172.in-addr.arpa.",
        "10.0.16.172.in-addr.arpa.",
        "PTR",
        "mta-a1.mycompany.com."
    ));
    assert!(has(
        "mycompany.com.",
        "mailbox-b2.mycompany.com.",
        "A",
        "172.16.1.83"
    ));
    assert!(has(
        "1.16.172.in-addr.arpa.",
        "83.1.16.172.in-addr.arpa.",
        "PTR",
        "mailbox-b2.mycompany.com."
    ));
    let declared = resources_of(a, "AWS::Route53::RecordSet");
    let mut checked = 0;
    for (stack, logical, props) in declared {
        let Some(values) = props.get("ResourceRecords").and_then(Json::as_array) else {
            continue; // the NLB alias: checked by name below
        };
        let want = (
            text(props, "Name").to_owned(),
            text(props, "Type").to_owned(),
            values
                .iter()
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .collect::<Vec<_>>(),
        );
        assert!(
            zones.values().any(|z| z.contains(&want)),
            "{stack} {logical}: {want:?} not in any zone"
        );
        checked += 1;
    }
    assert_eq!(
        checked,
        30 + 2,
        "an A and a PTR record per server, the private zone's MX and autodiscover mirror"
    );
    assert!(
        zones["mycompany.com."]
            .iter()
            .any(|(n, t, _)| n == "mail.mycompany.com." && t == "A"),
        "the NLB alias mail.mycompany.com."
    );
}

/// The three retained, encrypted buckets of the storage stack exist.
async fn verify_buckets(moto: &Moto) {
    let resources = moto.resources("Zimbra-Storage").await;
    let buckets: Vec<&str> = resources
        .iter()
        .filter(|(_, t, _)| t == "AWS::S3::Bucket")
        .map(|(_, _, p)| p.as_str())
        .collect();
    assert_eq!(buckets.len(), 3, "{resources:?}");
    let listed = ok("ListBuckets", moto.s3.list_buckets().send().await);
    for b in buckets {
        assert!(
            listed.buckets().iter().any(|x| x.name() == Some(b)),
            "bucket {b} not listed"
        );
        assert!(
            moto.s3.head_bucket().bucket(b).send().await.is_ok(),
            "bucket {b}"
        );
    }
}

/// Step 5: preflight names every secret destroy kept (`DeletionPolicy: Retain`) under the fixed
/// name the new stacks give it, the deploy stops before creating a stack, and once the secrets
/// are deleted as advised, preflight finds nothing left over.
async fn verify_leftovers(moto: &Moto, a: &Assembly) {
    const KEPT: &str = "an earlier destroy kept it";
    let (ui, out) = Ui::capture();
    let session = Session::new(
        Clients::from_config(moto.config.clone()),
        ui,
        Approver::yes(),
    );
    let names: Vec<String> = a
        .stacks
        .iter()
        .flat_map(|s| preflight::named_retained(&s.template))
        .map(|r| r.name)
        .collect();
    // The Identity stack's seven passwords and the Storage stack's S3 access key.
    assert_eq!(names.len(), 8, "{names:?}");
    let err = deploy::deploy(
        a,
        &DeployOptions::default(),
        &session,
        std::future::pending(),
    )
    .await
    .err();
    let Some(DeployError::Preflight(problems)) = err else {
        panic!("deploy did not stop at preflight: {err:?}\n{}", out.text());
    };
    let leftovers: Vec<&String> = problems.iter().filter(|p| p.contains(KEPT)).collect();
    for name in &names {
        let named = format!("is named {name}, which exists already");
        assert!(
            leftovers
                .iter()
                .any(|p| p.contains(&named) && p.contains("--force-delete-without-recovery")),
            "{name}: {problems:#?}"
        );
    }
    assert_eq!(leftovers.len(), names.len(), "{problems:#?}");
    for st in &a.stacks {
        assert_eq!(moto.status(&st.name).await, None, "{} created", st.name);
    }
    let secrets = aws_sdk_secretsmanager::Client::new(&moto.config);
    for name in &names {
        let call = secrets
            .delete_secret()
            .secret_id(name)
            .force_delete_without_recovery(true);
        ok(&format!("DeleteSecret {name}"), call.send().await);
    }
    let found = preflight::preflight(&session, a, &[]).await;
    assert!(
        found.problems.iter().all(|p| !p.contains(KEPT)),
        "{:#?}",
        found.problems
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reference_cluster_on_moto() {
    let Some(moto) = Moto::connect().await else {
        return;
    };
    let v1 = synth(&cluster(false));
    assert_eq!(v1.stacks.len(), 11);

    // 1. Deploy, then read everything back.
    let first = moto::deploy_created(&moto, &v1).await;
    moto::verify_stacks(&moto, &v1).await;
    let ids = verify_network_and_instances(&moto, &v1).await;
    verify_nlb(&moto, &ids).await;
    verify_dns(&moto, &v1).await;
    verify_buckets(&moto).await;

    // 2. Nothing changed: nothing to do.
    let noop = moto::redeploy_unchanged(&moto, &v1).await;

    // 3. One property of one stack.
    let v2 = synth(&cluster(true));
    let (d, diff_text) = moto::diff_then_update(&moto, &v2, CHANGED_STACK).await;
    let r = &d.resources[0];
    assert_eq!(r.logical_id, CHANGED_INSTANCE, "{diff_text}");
    assert_eq!(r.changes[0].path, "Properties.InstanceType", "{diff_text}");
    assert_eq!(r.changes[0].old, Some(Json::from(MAILBOX_TYPE)));
    assert_eq!(r.changes[0].new, Some(Json::from(RESIZED_TYPE)));
    let live = instances(&moto, &ids.values().cloned().collect::<Vec<_>>()).await;
    for (logical, id) in &ids {
        let (ip, ty, _) = &live[id];
        if logical == CHANGED_INSTANCE {
            assert_eq!((ip.as_str(), ty.as_str()), ("172.16.1.83", RESIZED_TYPE));
        } else if logical.starts_with("Mailbox") {
            assert_eq!(ty, MAILBOX_TYPE, "{logical} untouched");
        }
    }

    // 4. Protected stacks are refused, then destroyed on request.
    let (s, out) = moto.session();
    let refuse = DestroyOptions {
        force: true,
        ..DestroyOptions::default()
    };
    let err = deploy::destroy(&v2, &refuse, &s, std::future::pending())
        .await
        .err();
    assert!(
        matches!(err, Some(DestroyError::TerminationProtected { .. })),
        "{err:?}\n{}",
        out.text()
    );
    for st in &v2.stacks {
        assert!(moto.status(&st.name).await.is_some(), "{} deleted", st.name);
    }
    let (report, text, destroy) = moto::destroy_all(&moto, &v2).await;
    let retained_buckets = report
        .retained
        .iter()
        .filter(|r| r.resource_type == "AWS::S3::Bucket")
        .count();
    assert_eq!(retained_buckets, 3, "{text}");

    // 5. Deploy again after the destroy.
    verify_leftovers(&moto, &v2).await;

    moto::say(&format!(
        "reference cluster, {} stacks on moto ({} build): first deploy {:.2} s, no-op deploy \
         {:.2} s, destroy {:.2} s",
        v1.stacks.len(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        first.as_secs_f64(),
        noop.as_secs_f64(),
        destroy.as_secs_f64()
    ));
}
