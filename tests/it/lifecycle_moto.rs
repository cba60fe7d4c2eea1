//! Day-2 operations on a deployed cluster (issue 11), on a moto server and read back through
//! EC2, not the deploy's own report: the reference cluster (pinned AMI) is deployed, then
//! grown and tightened the way an operator does it, one deploy each: a mailbox more, an MTA
//! more, other admin CIDRs. After each, every server of the first deploy is the same EC2
//! instance (same id) with the same image, type, subnet, address, security groups and user
//! data. Then the AMI pin moves to another image: deploy refuses without `--allow-replace`;
//! with it, it replaces every server, in
//! steps (`deploy::replace`), at the same addresses; the data volumes and Elastic IPs are the
//! same ones, attached to the new servers.

use std::collections::{BTreeMap, BTreeSet};

use aws_sdk_ec2::types::{Filter, InstanceAttributeName};
use zimbra_constructs::Assembly;

use crate::ami::{pinned, synth};
use crate::ami_moto::moto_amis;
use crate::day2::one_mailbox_more_in_b;
use crate::moto::{self, ok, Moto};
use crate::reports::{reference_in, Change};
use zimbra_constructs::zimbra::prelude::*;

/// What EC2 says about one running server.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Server {
    id: String,
    image: String,
    instance_type: String,
    subnet: String,
    groups: BTreeSet<String>,
    user_data: String,
}

/// The running servers, by private address.
async fn running(moto: &Moto) -> BTreeMap<String, Server> {
    let ec2 = aws_sdk_ec2::Client::new(&moto.config);
    let out = ok(
        "DescribeInstances",
        ec2.describe_instances()
            .filters(
                Filter::builder()
                    .name("instance-state-name")
                    .values("running")
                    .build(),
            )
            .send()
            .await,
    );
    let mut servers = BTreeMap::new();
    for i in out.reservations().iter().flat_map(|r| r.instances()) {
        let id = i.instance_id().unwrap_or_default().to_owned();
        let attr = ok(
            "DescribeInstanceAttribute",
            ec2.describe_instance_attribute()
                .instance_id(&id)
                .attribute(InstanceAttributeName::UserData)
                .send()
                .await,
        );
        let server = Server {
            image: i.image_id().unwrap_or_default().to_owned(),
            instance_type: i
                .instance_type()
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default(),
            subnet: i.subnet_id().unwrap_or_default().to_owned(),
            groups: i
                .security_groups()
                .iter()
                .filter_map(|g| g.group_id().map(str::to_owned))
                .collect(),
            user_data: attr
                .user_data()
                .and_then(|u| u.value())
                .unwrap_or_default()
                .to_owned(),
            id,
        };
        let ip = i.private_ip_address().unwrap_or_default().to_owned();
        assert!(
            servers.insert(ip.clone(), server).is_none(),
            "two running servers at {ip}"
        );
    }
    servers
}

/// Every data volume and Elastic IP of the cluster, with the address of the server it is
/// attached or associated to.
async fn attached(moto: &Moto) -> BTreeMap<String, String> {
    let ec2 = aws_sdk_ec2::Client::new(&moto.config);
    let servers: BTreeMap<String, String> = running(moto)
        .await
        .into_iter()
        .map(|(ip, s)| (s.id, ip))
        .collect();
    let mut out = BTreeMap::new();
    let volumes = ok("DescribeVolumes", ec2.describe_volumes().send().await);
    for v in volumes.volumes() {
        for a in v.attachments() {
            let (Some(vol), Some(instance)) = (v.volume_id(), a.instance_id()) else {
                continue;
            };
            // Root volumes go with their instance; data volumes are on /dev/sd[f-p].
            if a.device() != Some(zimbra_constructs::zimbra::server::ROOT_DEVICE) {
                let ip = servers.get(instance).cloned().unwrap_or_default();
                out.insert(vol.to_owned(), ip);
            }
        }
    }
    let addresses = ok("DescribeAddresses", ec2.describe_addresses().send().await);
    // The MTAs' addresses (the NAT gateways' are not on an instance).
    for a in addresses.addresses() {
        if let Some(instance) = a.instance_id().filter(|i| !i.is_empty()) {
            let ip = servers.get(instance).cloned().unwrap_or_default();
            out.insert(a.allocation_id().unwrap_or_default().to_owned(), ip);
        }
    }
    out
}

fn cluster(ami: &str, change: Change) -> Assembly {
    synth(&reference_in(pinned(ami), change).unwrap_or_else(|e| panic!("{e}")))
}

fn mailbox_more(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    one_mailbox_more_in_b(p, i, c)
}

/// The mailbox more, and an MTA more in the first cell (`AzCell::mailboxes` adds servers, so
/// the day-2 changes are written out rather than applied one over the other).
fn and_mta_more(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    let c = c.mailboxes(if i == 1 { 3 } else { 2 });
    (p, if i == 0 { c.mta(MtaNode::new()) } else { c })
}

fn and_admin_cidrs(p: ClusterProps, i: usize, c: AzCell) -> (ClusterProps, AzCell) {
    let cidrs = [
        "198.51.100.0/24".parse().unwrap(),
        "203.0.113.0/25".parse().unwrap(),
    ];
    and_mta_more(p.admin_cidrs(cidrs), i, c)
}

/// The servers of `before` that are not exactly as they were in `after`.
fn changed(before: &BTreeMap<String, Server>, after: &BTreeMap<String, Server>) -> Vec<String> {
    before
        .iter()
        .filter(|(ip, s)| after.get(*ip) != Some(s))
        .map(|(ip, s)| format!("{ip}: {s:?} -> {:?}", after.get(ip)))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn day2_lifecycle_on_moto() {
    let Some(moto) = Moto::connect().await else {
        return;
    };
    moto.reset();
    let amis = moto_amis(&moto).await;
    let (ami, next_ami) = (amis[0].clone(), amis[1].clone());

    let v1 = cluster(&ami, crate::reports::unchanged);
    moto::deploy_created(&moto, &v1).await;
    let first = running(&moto).await;
    assert_eq!(first.len(), 15);

    for (what, change, servers) in [
        ("one mailbox more", mailbox_more as Change, 16),
        ("one MTA more", and_mta_more, 17),
        ("other admin CIDRs", and_admin_cidrs, 17),
    ] {
        let (_, text) = moto.deploy(&cluster(&ami, change)).await;
        let now = running(&moto).await;
        assert_eq!(now.len(), servers, "{what}\n{text}");
        let moved = changed(&first, &now);
        assert!(moved.is_empty(), "{what}: {moved:#?}\n{text}");
    }

    // The AMI pin moves: every server is replaced, at its own address, by steps.
    let before = running(&moto).await;
    let links = attached(&moto).await;
    // Every Elastic IP association and volume attachment of the templates.
    let refreshed = cluster(&next_ami, and_admin_cidrs);
    let connectors = ["AWS::EC2::EIPAssociation", "AWS::EC2::VolumeAttachment"];
    let declared = refreshed
        .stacks
        .iter()
        .filter_map(|s| s.template["Resources"].as_object())
        .flat_map(|r| r.values())
        .filter(|r| connectors.iter().any(|c| r["Type"] == *c))
        .count();
    assert_eq!(links.len(), declared, "{links:#?}");
    assert!(links.values().all(|ip| !ip.is_empty()), "{links:#?}");
    // Without --allow-replace: refused, nothing changes.
    let (refused, text) = moto.try_deploy(&refreshed, &[]).await;
    let err = refused
        .err()
        .unwrap_or_else(|| panic!("deployed without --allow-replace\n{text}"));
    assert!(err.to_string().contains("--allow-replace"), "{err}\n{text}");
    assert!(changed(&before, &running(&moto).await).is_empty(), "{text}");

    let (_, text) = moto.deploy_allowing(&refreshed, &["all"]).await;
    assert!(text.contains("replacement step 2 of 2"), "{text}");
    let after = running(&moto).await;
    let addresses = |m: &BTreeMap<String, Server>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(addresses(&after), addresses(&before), "{text}");
    for (ip, s) in &after {
        let old = &before[ip];
        assert_ne!(s.id, old.id, "{ip} was not replaced\n{text}");
        assert_eq!(s.image, next_ami, "{ip}");
        // Security groups by count: moto recreates a security group whose rules change (the
        // admin CIDRs) under a new id and leaves running instances on the old one.
        assert_eq!(
            (&s.instance_type, &s.subnet, s.groups.len(), &s.user_data),
            (
                &old.instance_type,
                &old.subnet,
                old.groups.len(),
                &old.user_data
            ),
            "{ip}"
        );
    }
    // The same volumes and Elastic IPs, on the servers at the same addresses.
    assert_eq!(attached(&moto).await, links, "{text}");
}
