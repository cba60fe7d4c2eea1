//! A small highly-available cluster: per AZ one collapsed edge server (MTA, proxy and LDAP)
//! and one mailbox server. `cargo run --example two_az -- synth`

use std::process::ExitCode;

use zimbra_constructs::zimbra::prelude::*;

/// The Zimbra installer: a community build of the open-source edition for Ubuntu 22.04
/// (Maldua's, from its downloads page). The checksum is a placeholder, so every server stops
/// before installing anything: put the one published in the `.sha256` file next to the tarball.
const INSTALLER_URL: &str = "https://github.com/maldua/zimbra-foss/releases/download/zimbra-foss-build-ubuntu-22.04/10.1.16.p1/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";
const INSTALLER_SHA256: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Builds the two-AZ cluster into a new app.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    cluster()?.build(&mut app)?;
    Ok(app)
}

/// The two-AZ cluster, before it is added to an app.
pub fn cluster() -> Result<ZimbraCluster, Box<dyn std::error::Error>> {
    let props = ClusterProps::new("example.net".parse()?, "us-west-2".parse()?)
        .installer(ZimbraInstaller::new(INSTALLER_URL, INSTALLER_SHA256))
        .name("Small")
        .vpc_cidr("10.42.0.0/16".parse()?)
        .nat(NatStrategy::PerAz)
        .admin_cidrs(["192.0.2.0/24".parse()?])
        .smtps_465(true)
        .expected_mailboxes(2_000)
        .mirror_records(
            PublicRecords::new()
                .mx(10, "mail.example.net")
                .spf("v=spf1 mx -all")
                .autodiscover("mail.example.net"),
        );
    let mut cluster = ZimbraCluster::new(props);
    for az in ["us-west-2a", "us-west-2b"] {
        cluster = cluster.cell(AzCell::new(az.parse()?).edge(EdgeNode::new()).mailboxes(1));
    }
    Ok(cluster)
}

fn main() -> ExitCode {
    zimbra_constructs::cli::run(build)
}
