//! A small highly-available cluster: per AZ one collapsed edge server (MTA, proxy and LDAP)
//! and one mailbox server. `cargo run --example two_az -- synth`

use std::process::ExitCode;

use zimbra_constructs::zimbra::prelude::*;

/// Builds the two-AZ cluster into a new app.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    let props = ClusterProps::new("example.net".parse()?, "us-west-2".parse()?)
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
    cluster.build(&mut app)?;
    Ok(app)
}

fn main() -> ExitCode {
    zimbra_constructs::cli::run(build)
}
