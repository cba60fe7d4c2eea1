//! The smallest supported topology: every Zimbra role on one server in one AZ, for about 500
//! busy users or fewer. `cargo run --example single_server -- synth`

use std::process::ExitCode;

use zimbra_constructs::zimbra::prelude::*;

/// The Zimbra installer: a community build of the open-source edition for Ubuntu 22.04
/// (Maldua's, from its downloads page). The checksum is a placeholder, so every server stops
/// before installing anything: put the one published in the `.sha256` file next to the tarball.
const INSTALLER_URL: &str = "https://github.com/maldua/zimbra-foss/releases/download/zimbra-foss-build-ubuntu-22.04/10.1.16.p1/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";
const INSTALLER_SHA256: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Builds a single-server cluster into a new app.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    let props = ClusterProps::new("example.org".parse()?, "eu-west-1".parse()?)
        .installer(ZimbraInstaller::new(INSTALLER_URL, INSTALLER_SHA256))
        .name("Mail")
        .vpc_cidr("10.20.0.0/20".parse()?)
        .admin_cidrs(["198.51.100.10/32".parse()?])
        .expected_mailboxes(300);
    ZimbraCluster::new(props)
        .cell(
            AzCell::new("eu-west-1a".parse()?)
                .single(SingleServer::new().instance_type("m5.xlarge".parse()?)),
        )
        .build(&mut app)?;
    Ok(app)
}

fn main() -> ExitCode {
    zimbra_constructs::cli::run(build)
}
