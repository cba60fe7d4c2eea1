//! Checks a cluster specification and resolves it into concrete servers: names, AZ, subnet,
//! fixed private address, instance type and volumes. Every later construct reads this
//! resolved form, so allocation rules live in one place.
//!
//! All problems are collected (not just the first), each with the construct path, a stable
//! code and the fix.

mod checks;
mod servers;
mod subnets;

use std::net::Ipv4Addr;

use zimbra_constructs_core::diagnostics::Diagnostic;

use crate::cidr::Ipv4Cidr;
use crate::names::{AzName, HostLabel, InstanceType};
use crate::ports::{self, PublicPort};
use crate::spec::{AzCell, ClusterProps};
use crate::volume::VolumeSpec;

/// Offset of the first address handed out automatically in a subnet (AWS reserves the first
/// four; the next few are left for the operator).
pub const FIRST_HOST_OFFSET: u64 = 10;

/// Addresses reserved per role in a subnet before the next role's block starts, so adding a
/// server of one role never moves another server's address (a create-only property: a moved
/// address would replace the instance). A role with more servers than its reserve grows its
/// block, which does move the roles after it; give such servers explicit addresses.
pub const ADDRESS_RESERVE: [(ServerKind, u64); 6] = [
    (ServerKind::Mta, 4),
    (ServerKind::Edge, 2),
    (ServerKind::Single, 1),
    (ServerKind::Proxy, 4),
    (ServerKind::Ldap, 4),
    (ServerKind::Mailbox, 0),
];

/// Zone letters of the regions whose zones are well known (the zones an account sees can be
/// fewer, never others). A cell in a letter not listed for its region is refused (ZZ019);
/// regions not listed here are not checked.
pub const KNOWN_AZ_LETTERS: [(&str, &str); 16] = [
    ("us-east-1", "abcdef"),
    ("us-east-2", "abc"),
    ("us-west-1", "abc"),
    ("us-west-2", "abcd"),
    ("ca-central-1", "abd"),
    ("sa-east-1", "abc"),
    ("eu-west-1", "abc"),
    ("eu-west-2", "abc"),
    ("eu-west-3", "abc"),
    ("eu-central-1", "abc"),
    ("eu-north-1", "abc"),
    ("ap-south-1", "abc"),
    ("ap-southeast-1", "abc"),
    ("ap-southeast-2", "abc"),
    ("ap-northeast-1", "acd"),
    ("ap-northeast-2", "abcd"),
];

/// Mailbox count above which collapsed edge servers are too small (the post's rule of thumb).
pub const EDGE_MAILBOX_LIMIT: u32 = 5_000;

/// Mailbox count above which a single server is too small.
pub const SINGLE_MAILBOX_LIMIT: u32 = 500;

/// What a server is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServerKind {
    /// MTA only.
    Mta,
    /// Proxy only.
    Proxy,
    /// LDAP MMR only.
    Ldap,
    /// Mailbox only.
    Mailbox,
    /// MTA, proxy and LDAP.
    Edge,
    /// Every role.
    Single,
}

impl ServerKind {
    /// Default host label prefix.
    #[must_use]
    pub fn prefix(self) -> &'static str {
        match self {
            ServerKind::Mta => "mta",
            ServerKind::Proxy => "proxy",
            ServerKind::Ldap => "ldap",
            ServerKind::Mailbox => "mailbox",
            ServerKind::Edge => "edge",
            ServerKind::Single => "zimbra",
        }
    }

    /// Runs the MTA role.
    #[must_use]
    pub fn is_mta(self) -> bool {
        matches!(
            self,
            ServerKind::Mta | ServerKind::Edge | ServerKind::Single
        )
    }

    /// Runs the proxy role.
    #[must_use]
    pub fn is_proxy(self) -> bool {
        matches!(
            self,
            ServerKind::Proxy | ServerKind::Edge | ServerKind::Single
        )
    }

    /// Runs the LDAP role.
    #[must_use]
    pub fn is_ldap(self) -> bool {
        matches!(
            self,
            ServerKind::Ldap | ServerKind::Edge | ServerKind::Single
        )
    }

    /// Runs the mailbox role.
    #[must_use]
    pub fn is_mailbox(self) -> bool {
        matches!(self, ServerKind::Mailbox | ServerKind::Single)
    }

    /// Lives in the public subnet (MTAs need an Elastic IP).
    #[must_use]
    pub fn is_public(self) -> bool {
        self.is_mta()
    }
}

/// A data volume of a mailbox server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataVolume {
    /// Short name used in ids (`Store`).
    pub name: &'static str,
    /// Mount point.
    pub mount: &'static str,
    /// Device name in the attachment.
    pub device: &'static str,
    /// Type and size.
    pub spec: VolumeSpec,
}

/// One server of the resolved cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedServer {
    /// What it runs.
    pub kind: ServerKind,
    /// Host label, unique in the cluster.
    pub label: HostLabel,
    /// Fully qualified host name.
    pub fqdn: String,
    /// Index of its AZ in [`Topology::azs`].
    pub az: usize,
    /// Fixed private address.
    pub ip: Ipv4Addr,
    /// Instance type.
    pub instance_type: InstanceType,
    /// Root volume.
    pub root: VolumeSpec,
    /// LDAP MMR server id, for LDAP servers.
    pub ldap_id: Option<u16>,
    /// The cluster's one logger host: the server marked `.logger()`, else the first mailbox
    /// server in cluster order.
    pub logger: bool,
    /// Data volumes (mailbox role only).
    pub volumes: Vec<DataVolume>,
}

/// One AZ with its subnets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedAz {
    /// The zone.
    pub az: AzName,
    /// Public subnet (MTAs, NLB nodes, NAT).
    pub public: Ipv4Cidr,
    /// Private subnet (proxy, LDAP, mailbox).
    pub private: Ipv4Cidr,
}

/// The checked, resolved cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topology {
    /// Cluster settings.
    pub props: ClusterProps,
    /// AZs in the order given.
    pub azs: Vec<ResolvedAz>,
    /// Servers, grouped by AZ in the order given, then by kind.
    pub servers: Vec<ResolvedServer>,
}

impl Topology {
    /// Checks `cells` under `props` and resolves them. On success, also returns warnings.
    pub fn resolve(
        props: &ClusterProps,
        cells: &[AzCell],
    ) -> Result<(Topology, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut r = Resolver {
            props,
            diags: Vec::new(),
        };
        let azs = r.subnets(cells);
        let servers = r.servers(cells, &azs);
        r.roles(cells);
        r.loggers(&servers);
        r.sizing(cells, &servers);
        r.installer();
        r.instance_types(cells, &servers);
        r.ldap_id_limit(cells, &servers);
        let errors = r
            .diags
            .iter()
            .any(|d| d.severity == zimbra_constructs_core::Severity::Error);
        if errors {
            return Err(r.diags);
        }
        Ok((
            Topology {
                props: props.clone(),
                azs,
                servers,
            },
            r.diags,
        ))
    }

    /// The ports opened to the internet (and the admin networks), in listener order.
    #[must_use]
    pub fn public_ports(&self) -> Vec<PublicPort> {
        ports::public_ports(&self.props)
    }

    /// LDAP servers as every server in `az` should list them: same AZ first, then the others
    /// in cluster order.
    #[must_use]
    pub fn ldap_order(&self, az: usize) -> Vec<&ResolvedServer> {
        let ldaps = self.servers.iter().filter(|s| s.kind.is_ldap());
        let (mut same, other): (Vec<_>, Vec<_>) = ldaps.partition(|s| s.az == az);
        same.extend(other);
        same
    }

    /// The MTA servers in `az` should relay through: the same-AZ one, else the first.
    #[must_use]
    pub fn mta_for(&self, az: usize) -> Option<&ResolvedServer> {
        let mtas = || self.servers.iter().filter(|s| s.kind.is_mta());
        mtas().find(|s| s.az == az).or_else(|| mtas().next())
    }

    /// Stack name for a part of the cluster: `{name}-{part}`.
    #[must_use]
    pub fn stack_name(&self, part: &str) -> String {
        format!("{}-{part}", self.props.name)
    }
}

/// The resolution in progress: the settings, and every problem found so far.
struct Resolver<'a> {
    props: &'a ClusterProps,
    diags: Vec<Diagnostic>,
}

impl Resolver<'_> {
    fn path(&self, parts: &[&str]) -> String {
        std::iter::once(self.props.name.as_str())
            .chain(parts.iter().copied())
            .collect::<Vec<_>>()
            .join("/")
    }

    fn error(&mut self, code: &str, path: String, message: String) {
        self.diags.push(Diagnostic::error(code, path, message));
    }

    fn warning(&mut self, code: &str, path: String, message: String) {
        self.diags.push(Diagnostic::warning(code, path, message));
    }
}

#[cfg(test)]
mod tests;
