//! Checks a cluster specification and resolves it into concrete servers: names, AZ, subnet,
//! fixed private address, instance type and volumes. Every later construct reads this
//! resolved form, so allocation rules live in one place.
//!
//! All problems are collected (not just the first), each with the construct path, a stable
//! code and the fix.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::Ipv4Addr;

use zimbra_constructs_core::diagnostics::Diagnostic;
use zimbra_constructs_core::stack::is_valid_stack_name;

use crate::cidr::Ipv4Cidr;
use crate::names::{AzName, HostLabel, InstanceType};
use crate::ports::{self, PublicPort};
use crate::spec::{AzCell, BackupTarget, ClusterProps, MailboxVolumes, ServerOptions};
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

/// First automatic address offset of each role in its subnet.
fn address_blocks(counts: &HashMap<ServerKind, u64>) -> HashMap<ServerKind, u64> {
    let mut next = [FIRST_HOST_OFFSET; 2];
    let mut out = HashMap::new();
    for (kind, reserve) in ADDRESS_RESERVE {
        let slot = &mut next[usize::from(kind.is_public())];
        out.insert(kind, *slot);
        *slot += counts.get(&kind).copied().unwrap_or(0).max(reserve);
    }
    out
}

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

/// A server as asked for: kind, options, explicit LDAP id, logger flag, volume overrides.
type Wanted<'a> = (
    ServerKind,
    &'a ServerOptions,
    Option<u16>,
    bool,
    Option<&'a MailboxVolumes>,
);

struct Resolver<'a> {
    props: &'a ClusterProps,
    diags: Vec<Diagnostic>,
}

fn next_pow2(n: u64) -> u64 {
    n.max(1).next_power_of_two()
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

    /// AZ checks and subnet allocation.
    fn subnets(&mut self, cells: &[AzCell]) -> Vec<ResolvedAz> {
        let p = self.props;
        let root = self.path(&[]);
        if !is_valid_stack_name(&format!("{}-Network", p.name)) {
            self.error("ZZ018", root.clone(), format!("cluster name '{}' cannot prefix stack names: use letters, digits and '-', starting with a letter", p.name));
        }
        if cells.is_empty() {
            self.error(
                "ZZ017",
                root.clone(),
                "the cluster has no AZ cells; add at least one with ZimbraCluster::cell".into(),
            );
            return Vec::new();
        }
        let vpc = p.vpc_cidr;
        if !vpc.is_private() {
            self.error("ZZ001", root.clone(), format!("VPC range {vpc} is not a private (RFC 1918) range; use 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 space, such as 10.0.0.0/16"));
        }
        if !(16..=24).contains(&vpc.prefix()) {
            self.error(
                "ZZ001",
                root.clone(),
                format!("VPC range {vpc} must be a /16 to /24"),
            );
        }
        if p.subnet_prefix <= vpc.prefix() || p.subnet_prefix > 28 {
            self.error(
                "ZZ002",
                root.clone(),
                format!(
                    "subnet prefix /{} must be longer than the VPC's /{} and at most /28",
                    p.subnet_prefix,
                    vpc.prefix()
                ),
            );
            return Vec::new();
        }
        let mut seen = HashSet::new();
        for cell in cells {
            let path = self.path(&[cell.az.as_str()]);
            if cell.az.region() != &p.region {
                self.error(
                    "ZZ003",
                    path.clone(),
                    format!(
                        "AZ {} is not in the cluster's region {}; use a zone such as {}a",
                        cell.az, p.region, p.region
                    ),
                );
            }
            let known = KNOWN_AZ_LETTERS
                .iter()
                .find(|(r, _)| *r == cell.az.region().as_str());
            if let Some((region, letters)) = known {
                if !letters.contains(cell.az.letter()) {
                    let zones: Vec<String> =
                        letters.chars().map(|l| format!("{region}{l}")).collect();
                    self.error(
                        "ZZ019",
                        path.clone(),
                        format!(
                            "AZ {} does not exist; {region} has {}",
                            cell.az,
                            zones.join(", ")
                        ),
                    );
                }
            }
            if !seen.insert(cell.az.clone()) {
                self.error(
                    "ZZ004",
                    path,
                    format!(
                        "AZ {} has more than one cell; put all its servers in one AzCell",
                        cell.az
                    ),
                );
            }
        }
        // Explicit subnets: inside the VPC, not overlapping each other.
        let mut taken: Vec<(Ipv4Cidr, String)> = Vec::new();
        for cell in cells {
            for (cidr, kind) in [
                (cell.public_subnet, "public"),
                (cell.private_subnet, "private"),
            ] {
                let Some(cidr) = cidr else { continue };
                let path = self.path(&[cell.az.as_str()]);
                if !vpc.contains_block(cidr) {
                    self.error("ZZ005", path.clone(), format!("{kind} subnet {cidr} is outside the VPC range {vpc}; pick a block inside it"));
                }
                if cidr.prefix() > 28 {
                    self.error(
                        "ZZ007",
                        path.clone(),
                        format!("{kind} subnet {cidr} is smaller than AWS's minimum /28"),
                    );
                }
                if let Some((other, owner)) = taken.iter().find(|(t, _)| t.overlaps(cidr)) {
                    self.error("ZZ006", path.clone(), format!("{kind} subnet {cidr} overlaps {other} ({owner}); give each subnet its own block"));
                }
                taken.push((cidr, format!("{kind} subnet of {}", cell.az)));
            }
        }
        // Automatic subnets: public in slots 0.., private from the next power of two, so the
        // reference's 3-AZ layout gets 172.16.0.0/26... and 172.16.1.0/26...
        let n = cells.len() as u64;
        let mut next = [0u64, next_pow2(n)];
        let mut allocate = |this: &mut Self, which: usize, path: String| -> Option<Ipv4Cidr> {
            loop {
                let Some(c) = vpc.subnet(p.subnet_prefix, next[which]) else {
                    this.error("ZZ007", path, format!("the VPC range {vpc} has no room left for another /{} subnet; use a larger VPC range or a longer subnet prefix", p.subnet_prefix));
                    return None;
                };
                next[which] += 1;
                if !taken.iter().any(|(t, _)| t.overlaps(c)) {
                    taken.push((c, "allocated".into()));
                    return Some(c);
                }
            }
        };
        let mut azs = Vec::new();
        for cell in cells {
            let path = self.path(&[cell.az.as_str()]);
            let public = cell
                .public_subnet
                .or_else(|| allocate(self, 0, path.clone()));
            let private = cell.private_subnet.or_else(|| allocate(self, 1, path));
            if let (Some(public), Some(private)) = (public, private) {
                azs.push(ResolvedAz {
                    az: cell.az.clone(),
                    public,
                    private,
                });
            }
        }
        azs
    }

    fn servers(&mut self, cells: &[AzCell], azs: &[ResolvedAz]) -> Vec<ResolvedServer> {
        if azs.len() != cells.len() {
            return Vec::new();
        }
        let p = self.props;
        let mut out = Vec::new();
        let mut labels: HashMap<String, String> = HashMap::new();
        let mut ips: HashMap<Ipv4Addr, String> = HashMap::new();
        let mut ldap_ids: BTreeMap<u16, String> = BTreeMap::new();
        let mut auto_ldap = Vec::new();
        for (az_index, (cell, az)) in cells.iter().zip(azs).enumerate() {
            // Kind, options, explicit LDAP id, logger flag, volumes.
            let mut wanted: Vec<Wanted<'_>> = Vec::new();
            wanted.extend(
                cell.mtas
                    .iter()
                    .map(|s| (ServerKind::Mta, &s.options, None, false, None)),
            );
            wanted.extend(
                cell.edges
                    .iter()
                    .map(|s| (ServerKind::Edge, &s.options, s.server_id, false, None)),
            );
            wanted.extend(cell.singles.iter().map(|s| {
                (
                    ServerKind::Single,
                    &s.options,
                    None,
                    false,
                    Some(&s.volumes),
                )
            }));
            wanted.extend(
                cell.proxies
                    .iter()
                    .map(|s| (ServerKind::Proxy, &s.options, None, false, None)),
            );
            wanted.extend(
                cell.ldaps
                    .iter()
                    .map(|s| (ServerKind::Ldap, &s.options, s.server_id, false, None)),
            );
            wanted.extend(cell.mailboxes.iter().map(|s| {
                (
                    ServerKind::Mailbox,
                    &s.options,
                    None,
                    s.logger,
                    Some(&s.volumes),
                )
            }));
            // Explicit addresses are reserved before automatic ones are handed out.
            let used: HashSet<Ipv4Addr> = wanted.iter().filter_map(|w| w.1.private_ip).collect();
            let mut counts: HashMap<ServerKind, u64> = HashMap::new();
            for w in &wanted {
                *counts.entry(w.0).or_insert(0) += 1;
            }
            let mut cursors = address_blocks(&counts);
            let mut numbers: HashMap<ServerKind, usize> = HashMap::new();
            for (kind, options, ldap_id, logger, volumes) in wanted {
                let n = numbers.entry(kind).or_insert(0);
                *n += 1;
                let label = match &options.hostname {
                    Some(l) => l.clone(),
                    None => HostLabel::numbered(kind.prefix(), cell.az.letter(), *n),
                };
                let path = self.path(&[cell.az.as_str(), label.as_str()]);
                if let Some(first) = labels.insert(label.as_str().to_owned(), path.clone()) {
                    self.error("ZZ009", path.clone(), format!("host name '{label}' is already used by {first}; give one of them another name with .hostname(..)"));
                }
                let subnet = if kind.is_public() {
                    az.public
                } else {
                    az.private
                };
                let ip = match options.private_ip {
                    Some(ip) => {
                        let offset = u64::from(u32::from(ip))
                            .wrapping_sub(u64::from(u32::from(subnet.network())));
                        if !subnet.contains(ip) {
                            self.error(
                                "ZZ008",
                                path.clone(),
                                format!("private IP {ip} is outside its subnet {subnet}"),
                            );
                        } else if offset < 4 || offset == subnet.size() - 1 {
                            self.error("ZZ008", path.clone(), format!("private IP {ip} is reserved by AWS in {subnet} (the first four and the last address); pick another"));
                        }
                        ip
                    }
                    None => {
                        let cursor = cursors.entry(kind).or_insert(FIRST_HOST_OFFSET);
                        let mut found = None;
                        while *cursor < subnet.size() - 1 {
                            let candidate = subnet.nth(*cursor);
                            *cursor += 1;
                            if let Some(c) = candidate.filter(|c| !used.contains(c)) {
                                found = Some(c);
                                break;
                            }
                        }
                        match found {
                            Some(ip) => ip,
                            None => {
                                self.error("ZZ007", path.clone(), format!("subnet {subnet} is too small for the servers of {}: no free address left for {label}; use a larger subnet (a shorter prefix) or fewer servers", cell.az));
                                subnet.network()
                            }
                        }
                    }
                };
                // A server that got no address (ZZ007 above) has nothing to collide with.
                let allocated = options.private_ip.is_some() || ip != subnet.network();
                if let Some(first) = allocated.then(|| ips.insert(ip, path.clone())).flatten() {
                    self.error("ZZ008", path.clone(), format!("private IP {ip} is also given to {first}; every server needs its own address"));
                }
                if kind.is_ldap() {
                    match ldap_id {
                        Some(0) => self.error(
                            "ZZ014",
                            path.clone(),
                            "LDAP server id 0 is invalid; MMR server ids start at 1".into(),
                        ),
                        Some(id) => {
                            if let Some(first) = ldap_ids.insert(id, path.clone()) {
                                self.error("ZZ013", path.clone(), format!("LDAP server id {id} is also used by {first}; every MMR server needs a distinct id"));
                            }
                        }
                        None => auto_ldap.push(out.len()),
                    }
                }
                let instance_type = options.instance_type.clone().unwrap_or_else(|| match kind {
                    ServerKind::Mailbox | ServerKind::Single => p.mailbox_type.clone(),
                    ServerKind::Edge => p.edge_type.clone(),
                    _ => p.small_type.clone(),
                });
                let volumes = volumes.map(|v| self.volumes(v)).unwrap_or_default();
                out.push(ResolvedServer {
                    kind,
                    fqdn: p.domain.host(label.as_str()),
                    label,
                    az: az_index,
                    ip,
                    instance_type,
                    root: options.root_volume.unwrap_or(p.root),
                    ldap_id: ldap_id.filter(|id| *id > 0),
                    logger,
                    volumes,
                });
            }
        }
        // With no server marked, the first mailbox server in cluster order is the logger.
        if !out.iter().any(|s| s.logger) {
            if let Some(first) = out.iter_mut().find(|s| s.kind.is_mailbox()) {
                first.logger = true;
            }
        }
        // Automatic LDAP ids fill 1.. in cluster order, skipping explicit ones.
        let mut next_id = 1u16;
        for i in auto_ldap {
            while ldap_ids.contains_key(&next_id) {
                next_id += 1;
            }
            ldap_ids.insert(next_id, String::new());
            out[i].ldap_id = Some(next_id);
        }
        out
    }

    fn volumes(&self, v: &MailboxVolumes) -> Vec<DataVolume> {
        let p = self.props;
        let mut out = vec![
            DataVolume {
                name: "Store",
                mount: "/opt/zimbra/store",
                device: "/dev/sdf",
                spec: v.store.unwrap_or(p.store),
            },
            DataVolume {
                name: "Index",
                mount: "/opt/zimbra/index",
                device: "/dev/sdg",
                spec: v.index.unwrap_or(p.index),
            },
            DataVolume {
                name: "Db",
                mount: "/opt/zimbra/db",
                device: "/dev/sdh",
                spec: v.db.unwrap_or(p.db),
            },
        ];
        if p.backups == BackupTarget::Volume {
            out.push(DataVolume {
                name: "Backup",
                mount: "/opt/zimbra/backup",
                device: "/dev/sdi",
                spec: v.backup.unwrap_or(p.backup),
            });
        }
        out
    }

    /// Every AZ must be able to serve alone.
    fn roles(&mut self, cells: &[AzCell]) {
        let single_only = cells.len() == 1 && !cells[0].singles.is_empty();
        if cells.len() == 1 && !single_only {
            self.warning("ZZ011", self.path(&[]), "the cluster uses one AZ, so losing it loses the service; use at least two AZs (or a single-server topology on purpose)".into());
        }
        for cell in cells {
            let path = self.path(&[cell.az.as_str()]);
            let singles = !cell.singles.is_empty();
            let edge = !cell.edges.is_empty();
            let missing: Vec<&str> = [
                ("MTA", cell.mtas.is_empty() && !edge && !singles, "MtaNode"),
                (
                    "proxy",
                    cell.proxies.is_empty() && !edge && !singles,
                    "ProxyNode",
                ),
                (
                    "LDAP",
                    cell.ldaps.is_empty() && !edge && !singles,
                    "LdapMmr",
                ),
                (
                    "mailbox",
                    cell.mailboxes.is_empty() && !singles,
                    "MailboxNode",
                ),
            ]
            .iter()
            .filter(|(_, missing, _)| *missing)
            .map(|(role, _, _)| *role)
            .collect();
            if !missing.is_empty() {
                self.error(
                    "ZZ010",
                    path,
                    format!(
                        "AZ {} has no {} server, so it cannot serve if the other AZs fail; add {} (or an EdgeNode for MTA, proxy and LDAP)",
                        cell.az,
                        missing.join(", "),
                        missing.iter().map(|m| format!("a {m}")).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
        }
    }

    fn loggers(&mut self, servers: &[ResolvedServer]) {
        let marked: Vec<&ResolvedServer> = servers.iter().filter(|s| s.logger).collect();
        if marked.len() > 1 {
            let names: Vec<&str> = marked.iter().map(|s| s.label.as_str()).collect();
            self.error("ZZ015", self.path(&[]), format!("{} mailbox servers are marked as logger host ({}); exactly one may be, so remove .logger() from all but one", marked.len(), names.join(", ")));
        }
        if !servers.is_empty() && !servers.iter().any(|s| s.kind.is_mailbox()) {
            self.error(
                "ZZ016",
                self.path(&[]),
                "the cluster has no mailbox server, so it has no logger host; add a MailboxNode"
                    .into(),
            );
        }
    }

    fn sizing(&mut self, cells: &[AzCell], servers: &[ResolvedServer]) {
        let p = self.props;
        if let Some(n) = p.expected_mailboxes {
            if n > EDGE_MAILBOX_LIMIT && cells.iter().any(|c| !c.edges.is_empty()) {
                self.warning("ZZ012", self.path(&[]), format!("{n} mailboxes expected, above the ~{EDGE_MAILBOX_LIMIT} where collapsed edge servers suffice; split MTA, proxy and LDAP onto their own servers"));
            }
            if n > SINGLE_MAILBOX_LIMIT && cells.iter().any(|c| !c.singles.is_empty()) {
                self.warning("ZZ012", self.path(&[]), format!("{n} mailboxes expected, above the ~{SINGLE_MAILBOX_LIMIT} a single server handles; move to a multi-server cluster"));
            }
        }
        if p.dlm_snapshots && p.backups == BackupTarget::S3 {
            self.warning("ZZ021", self.path(&[]), "DLM snapshots only apply to backup volumes, and backups go to S3; turn dlm_snapshots off".into());
        }
        for s in servers {
            let primary: u32 = s
                .volumes
                .iter()
                .filter(|v| v.name != "Backup")
                .map(|v| v.spec.size_gib())
                .sum();
            if let Some(b) = s.volumes.iter().find(|v| v.name == "Backup") {
                if u64::from(b.spec.size_gib()) * 5 < u64::from(primary) * 4 {
                    let path = self.path(&[self_az(cells, s), s.label.as_str()]);
                    self.warning("ZZ022", path, format!("backup volume of {} GiB is below 80% of the {primary} GiB of store, index and database; size it at {} GiB or more", b.spec.size_gib(), (u64::from(primary) * 4).div_ceil(5)));
                }
            }
        }
    }
}

fn self_az<'a>(cells: &'a [AzCell], s: &ResolvedServer) -> &'a str {
    cells.get(s.az).map_or("", |c| c.az.as_str())
}

#[cfg(test)]
mod tests;
