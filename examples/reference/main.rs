//! The reference cluster: L. Mark Stone's 3-AZ Zimbra layout on AWS (us-east-2,
//! `172.16.0.0/16`): per AZ an MTA with an Elastic IP in the public subnet, a proxy, an LDAP
//! multi-master replica and two mailbox servers in the private subnet, behind one NLB.
//!
//! `cargo run -- synth` writes its templates to `cfn.out/`.

use std::process::ExitCode;

use zimbra_constructs::zimbra::prelude::*;

/// The Zimbra installer: a community build of the open-source edition for Ubuntu 22.04
/// (Maldua's, from its downloads page). The checksum is a placeholder, so every server stops
/// before installing anything: put the one published in the `.sha256` file next to the tarball.
pub const INSTALLER_URL: &str = "https://github.com/maldua/zimbra-foss/releases/download/zimbra-foss-build-ubuntu-22.04/10.1.16.p1/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";
/// The installer's SHA-256 (a placeholder: see [`INSTALLER_URL`]).
pub const INSTALLER_SHA256: &str =
    "0000000000000000000000000000000000000000000000000000000000000000";

/// Builds the reference cluster into a new app.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    cluster()?.build(&mut app)?;
    Ok(app)
}

/// The reference cluster, before it is added to an app.
pub fn cluster() -> Result<ZimbraCluster, Box<dyn std::error::Error>> {
    let props = ClusterProps::new("mycompany.com".parse()?, "us-east-2".parse()?)
        .installer(ZimbraInstaller::new(INSTALLER_URL, INSTALLER_SHA256))
        .vpc_cidr("172.16.0.0/16".parse()?)
        .admin_cidrs(["203.0.113.0/24".parse()?]);
    let mut cluster = ZimbraCluster::new(props);
    for (az, public, private) in [
        ("us-east-2a", "172.16.0.0/26", "172.16.1.0/26"),
        ("us-east-2b", "172.16.0.64/26", "172.16.1.64/26"),
        ("us-east-2c", "172.16.0.128/26", "172.16.1.128/26"),
    ] {
        cluster = cluster.cell(
            AzCell::new(az.parse()?)
                .public_subnet(public.parse()?)
                .private_subnet(private.parse()?)
                .mta(MtaNode::new())
                .proxy(ProxyNode::new())
                .ldap(LdapMmr::new())
                .mailboxes(2),
        );
    }
    Ok(cluster)
}

fn main() -> ExitCode {
    zimbra_constructs::cli::run(build)
}
