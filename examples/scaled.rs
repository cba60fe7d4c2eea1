//! The reference cluster at any size, with the anchors' knobs (`shared/anchors/`), for
//! side-by-side synth measurements: `N_AZ` AZs (1..3, default 3) of us-east-2, each with an
//! MTA, a proxy, an LDAP replica and `MAILBOX_PER_AZ` mailbox servers (default 2; the
//! anchors take 1..51, our address plan fits 45 in a private /26 and the cluster's validation
//! refuses more with ZZ007), in the same VPC (`172.16.0.0/16`), subnets and domain as the
//! anchors. With the defaults it is exactly the reference cluster
//! (`examples/reference/main.rs`).
//!
//! `N_AZ=3 MAILBOX_PER_AZ=40 cargo run --release --example scaled -- synth`

use std::process::ExitCode;

use zimbra_constructs::zimbra::prelude::*;

/// The Zimbra installer: a community build of the open-source edition for Ubuntu 22.04
/// (Maldua's, from its downloads page). The checksum is a placeholder, so every server stops
/// before installing anything: put the one published in the `.sha256` file next to the tarball.
const INSTALLER_URL: &str = "https://github.com/maldua/zimbra-foss/releases/download/zimbra-foss-build-ubuntu-22.04/10.1.16.p1/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";
const INSTALLER_SHA256: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The AZs and their public and private subnets, as the anchors lay them out.
pub const CELLS: [(&str, &str, &str); 3] = [
    ("us-east-2a", "172.16.0.0/26", "172.16.1.0/26"),
    ("us-east-2b", "172.16.0.64/26", "172.16.1.64/26"),
    ("us-east-2c", "172.16.0.128/26", "172.16.1.128/26"),
];

/// Builds a cluster of `n_az` AZs with `mailboxes_per_az` mailbox servers each.
pub fn build_scaled(
    n_az: usize,
    mailboxes_per_az: usize,
) -> Result<App, Box<dyn std::error::Error>> {
    if !(1..=3).contains(&n_az) {
        return Err(format!("N_AZ must be 1..3, not {n_az}").into());
    }
    if !(1..=51).contains(&mailboxes_per_az) {
        return Err(format!("MAILBOX_PER_AZ must be 1..51, not {mailboxes_per_az}").into());
    }
    let mut app = App::new();
    let props = ClusterProps::new("mycompany.com".parse()?, "us-east-2".parse()?)
        .installer(ZimbraInstaller::new(INSTALLER_URL, INSTALLER_SHA256))
        .vpc_cidr("172.16.0.0/16".parse()?)
        .admin_cidrs(["203.0.113.0/24".parse()?]);
    let mut cluster = ZimbraCluster::new(props);
    for (az, public, private) in &CELLS[..n_az] {
        cluster = cluster.cell(
            AzCell::new(az.parse()?)
                .public_subnet(public.parse()?)
                .private_subnet(private.parse()?)
                .mta(MtaNode::new())
                .proxy(ProxyNode::new())
                .ldap(LdapMmr::new())
                .mailboxes(mailboxes_per_az),
        );
    }
    let built = cluster.build(&mut app)?;
    if n_az == 1 {
        // ZA001 refuses a multi-server cluster in one AZ; the benchmark mirrors the anchors'
        // N_AZ=1 case on purpose, and says so where `check` lists suppressions.
        app.suppress(
            built.node,
            "ZA001",
            "benchmark program: N_AZ=1 mirrors the anchors' one-AZ case, not a production layout",
        )?;
    }
    Ok(app)
}

fn knob(name: &str, default: usize) -> Result<usize, Box<dyn std::error::Error>> {
    match std::env::var(name) {
        Ok(v) => Ok(v.parse().map_err(|e| format!("{name}={v}: {e}"))?),
        Err(_) => Ok(default),
    }
}

/// Builds the cluster from `N_AZ` and `MAILBOX_PER_AZ`.
pub fn build() -> Result<App, Box<dyn std::error::Error>> {
    build_scaled(knob("N_AZ", 3)?, knob("MAILBOX_PER_AZ", 2)?)
}

fn main() -> ExitCode {
    zimbra_constructs::cli::run(build)
}
