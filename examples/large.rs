//! A large cluster for 15,000 mailboxes: split roles, two MTAs and two proxies per AZ, twelve
//! mailbox servers per AZ with provisioned-IOPS stores, a NAT gateway per AZ, network ACLs
//! DLM snapshots every 12 hours kept a week, and a CloudTrail trail of the buckets' writes.
//! Over 500 resources, split into legal stacks.
//! `cargo run --example large -- synth`

use std::process::ExitCode;

use zimbra_constructs::zimbra::prelude::*;

/// The Zimbra installer: a community build of the open-source edition for Ubuntu 22.04
/// (Maldua's, from its downloads page). The checksum is a placeholder, so every server stops
/// before installing anything: put the one published in the `.sha256` file next to the tarball.
const INSTALLER_URL: &str = "https://github.com/maldua/zimbra-foss/releases/download/zimbra-foss-build-ubuntu-22.04/10.1.16.p1/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";
const INSTALLER_SHA256: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Builds the large cluster into a new app.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    let props = ClusterProps::new("bigmail.example.com".parse()?, "us-east-1".parse()?)
        .installer(ZimbraInstaller::new(INSTALLER_URL, INSTALLER_SHA256))
        .name("Big")
        .vpc_cidr("10.100.0.0/16".parse()?)
        .subnet_prefix(24)
        .nat(NatStrategy::PerAz)
        .network_acls(true)
        .admin_cidrs(["198.51.100.0/24".parse()?])
        .smtps_465(true)
        .pop3s_995(true)
        .expected_mailboxes(15_000)
        .mailbox_type("r5.2xlarge".parse()?)
        .store_volume(
            VolumeSpec::gp3(2_000)?
                .with_iops(6_000)?
                .with_throughput(500)?,
        )
        .index_volume(VolumeSpec::gp3(400)?)
        .db_volume(VolumeSpec::io2(200, 10_000)?)
        .backup_volume(VolumeSpec::st1(2_100)?)
        .snapshot_schedule(SnapshotSchedule::daily().every_hours(12).keep(14))
        .s3_data_events(S3DataEvents::Writes);
    let mut cluster = ZimbraCluster::new(props);
    for az in ["us-east-1a", "us-east-1b", "us-east-1c"] {
        cluster = cluster.cell(
            AzCell::new(az.parse()?)
                .mta(MtaNode::new())
                .mta(MtaNode::new())
                .proxy(ProxyNode::new())
                .proxy(ProxyNode::new())
                .ldap(LdapMmr::new())
                .mailboxes(12),
        );
    }
    cluster.build(&mut app)?;
    Ok(app)
}

fn main() -> ExitCode {
    zimbra_constructs::cli::run(build)
}
