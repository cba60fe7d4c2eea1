//! The smallest supported topology: every Zimbra role on one server in one AZ, for about 500
//! busy users or fewer. `cargo run --example single_server -- synth`

use std::process::ExitCode;

use zimbra_constructs::zimbra::prelude::*;

/// Builds a single-server cluster into a new app.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    let mut app = App::new();
    let props = ClusterProps::new("example.org".parse()?, "eu-west-1".parse()?)
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
