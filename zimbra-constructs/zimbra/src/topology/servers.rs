//! The servers of each AZ: names, fixed private addresses (explicit ones reserved first, then
//! each role's block), LDAP server ids, instance types and volumes; then the logger host and
//! the automatic LDAP ids, which need the whole cluster.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::Ipv4Addr;

use crate::cidr::Ipv4Cidr;
use crate::names::HostLabel;
use crate::spec::{AzCell, BackupTarget, MailboxVolumes, ServerOptions};

use super::{
    DataVolume, ResolvedAz, ResolvedServer, Resolver, ServerKind, ADDRESS_RESERVE,
    FIRST_HOST_OFFSET,
};

/// A server as asked for.
struct Wanted<'a> {
    kind: ServerKind,
    options: &'a ServerOptions,
    /// Explicit LDAP MMR server id.
    ldap_id: Option<u16>,
    /// Marked as the logger host.
    logger: bool,
    /// Volume overrides, for the kinds with data volumes.
    volumes: Option<&'a MailboxVolumes>,
}

impl<'a> Wanted<'a> {
    fn new(kind: ServerKind, options: &'a ServerOptions) -> Self {
        Wanted {
            kind,
            options,
            ldap_id: None,
            logger: false,
            volumes: None,
        }
    }
}

/// A cell's servers in allocation order: MTAs, edges, singles, proxies, LDAP, mailboxes.
fn wanted(cell: &AzCell) -> Vec<Wanted<'_>> {
    let mut out = Vec::new();
    out.extend(
        cell.mtas
            .iter()
            .map(|s| Wanted::new(ServerKind::Mta, &s.options)),
    );
    out.extend(cell.edges.iter().map(|s| Wanted {
        ldap_id: s.server_id,
        ..Wanted::new(ServerKind::Edge, &s.options)
    }));
    out.extend(cell.singles.iter().map(|s| Wanted {
        volumes: Some(&s.volumes),
        ..Wanted::new(ServerKind::Single, &s.options)
    }));
    out.extend(
        cell.proxies
            .iter()
            .map(|s| Wanted::new(ServerKind::Proxy, &s.options)),
    );
    out.extend(cell.ldaps.iter().map(|s| Wanted {
        ldap_id: s.server_id,
        ..Wanted::new(ServerKind::Ldap, &s.options)
    }));
    out.extend(cell.mailboxes.iter().map(|s| Wanted {
        logger: s.logger,
        volumes: Some(&s.volumes),
        ..Wanted::new(ServerKind::Mailbox, &s.options)
    }));
    out
}

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

/// What the cluster has handed out so far, to refuse duplicates.
#[derive(Default)]
struct Given {
    /// Host label → path of its server.
    labels: HashMap<String, String>,
    /// Private address → path of its server.
    ips: HashMap<Ipv4Addr, String>,
    /// Explicit LDAP ids → path of their server.
    ldap_ids: BTreeMap<u16, String>,
    /// Indexes of LDAP servers without an explicit id.
    auto_ldap: Vec<usize>,
}

/// The automatic addresses of one AZ: explicit ones are reserved before any is handed out,
/// and each role takes the next free address of its block.
struct Addresses {
    used: HashSet<Ipv4Addr>,
    cursors: HashMap<ServerKind, u64>,
}

impl Addresses {
    fn new(wanted: &[Wanted<'_>]) -> Self {
        let used = wanted.iter().filter_map(|w| w.options.private_ip).collect();
        let mut counts: HashMap<ServerKind, u64> = HashMap::new();
        for w in wanted {
            *counts.entry(w.kind).or_insert(0) += 1;
        }
        Addresses {
            used,
            cursors: address_blocks(&counts),
        }
    }

    /// The next free address of `kind`'s block in `subnet`, if the subnet has one left.
    fn next(&mut self, kind: ServerKind, subnet: Ipv4Cidr) -> Option<Ipv4Addr> {
        let cursor = self.cursors.entry(kind).or_insert(FIRST_HOST_OFFSET);
        while *cursor < subnet.size() - 1 {
            let candidate = subnet.nth(*cursor);
            *cursor += 1;
            if let Some(c) = candidate.filter(|c| !self.used.contains(c)) {
                return Some(c);
            }
        }
        None
    }
}

impl Resolver<'_> {
    /// Every server of the cluster, grouped by AZ in the order given, then by kind.
    pub(super) fn servers(&mut self, cells: &[AzCell], azs: &[ResolvedAz]) -> Vec<ResolvedServer> {
        if azs.len() != cells.len() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut given = Given::default();
        for (az_index, (cell, az)) in cells.iter().zip(azs).enumerate() {
            let wanted = wanted(cell);
            let mut addresses = Addresses::new(&wanted);
            let nat = crate::network::nat_address(az.public);
            addresses.used.extend(nat);
            let mut numbers: HashMap<ServerKind, usize> = HashMap::new();
            for w in wanted {
                let n = numbers.entry(w.kind).or_insert(0);
                *n += 1;
                let label = match &w.options.hostname {
                    Some(l) => l.clone(),
                    None => HostLabel::numbered(w.kind.prefix(), cell.az.letter(), *n),
                };
                let path = self.path(&[cell.az.as_str(), label.as_str()]);
                if let Some(first) = given.labels.insert(label.as_str().to_owned(), path.clone()) {
                    self.error("ZZ009", path.clone(), format!("host name '{label}' is already used by {first}; give one of them another name with .hostname(..)"));
                }
                let subnet = if w.kind.is_public() {
                    az.public
                } else {
                    az.private
                };
                let ip = self.address(&w, subnet, &mut addresses, &path, &label, cell);
                // A server that got no address (ZZ007) has nothing to collide with.
                let allocated = w.options.private_ip.is_some() || ip != subnet.network();
                if let Some(first) = allocated
                    .then(|| given.ips.insert(ip, path.clone()))
                    .flatten()
                {
                    self.error("ZZ008", path.clone(), format!("private IP {ip} is also given to {first}; every server needs its own address"));
                }
                if w.kind.is_ldap() {
                    self.ldap_id(&mut given, w.ldap_id, &path, out.len());
                }
                out.push(self.resolved(&w, label, az_index, ip));
            }
        }
        default_logger(&mut out);
        automatic_ldap_ids(&mut out, given);
        out
    }

    /// The server's address: its explicit one (checked against its subnet), or the next
    /// free one of its role's block; the subnet's network address (with ZZ007) when full.
    fn address(
        &mut self,
        w: &Wanted<'_>,
        subnet: Ipv4Cidr,
        addresses: &mut Addresses,
        path: &str,
        label: &HostLabel,
        cell: &AzCell,
    ) -> Ipv4Addr {
        if let Some(ip) = w.options.private_ip {
            let offset =
                u64::from(u32::from(ip)).wrapping_sub(u64::from(u32::from(subnet.network())));
            if !subnet.contains(ip) {
                self.error(
                    "ZZ008",
                    path.to_owned(),
                    format!("private IP {ip} is outside its subnet {subnet}"),
                );
            } else if offset < 4 || offset == subnet.size() - 1 {
                self.error("ZZ008", path.to_owned(), format!("private IP {ip} is reserved by AWS in {subnet} (the first four and the last address); pick another"));
            } else if Some(ip) == crate::network::nat_address(subnet) && w.kind.is_public() {
                self.error("ZZ008", path.to_owned(), format!("private IP {ip} is reserved for the NAT gateway of {subnet} (its last usable address); pick another"));
            }
            return ip;
        }
        addresses.next(w.kind, subnet).unwrap_or_else(|| {
            self.error("ZZ007", path.to_owned(), format!("subnet {subnet} is too small for the servers of {}: no free address left for {label}; use a larger subnet (a shorter prefix) or fewer servers", cell.az));
            subnet.network()
        })
    }

    /// An explicit LDAP id must be at least 1 and distinct; without one, the server gets an
    /// automatic id once every explicit one is known.
    fn ldap_id(&mut self, given: &mut Given, id: Option<u16>, path: &str, index: usize) {
        match id {
            Some(0) => self.error(
                "ZZ014",
                path.to_owned(),
                "LDAP server id 0 is invalid; MMR server ids start at 1".into(),
            ),
            Some(id) => {
                if let Some(first) = given.ldap_ids.insert(id, path.to_owned()) {
                    self.error("ZZ013", path.to_owned(), format!("LDAP server id {id} is also used by {first}; every MMR server needs a distinct id"));
                }
            }
            None => given.auto_ldap.push(index),
        }
    }

    /// The resolved server: its instance type and root volume (the role's default unless
    /// set), its data volumes.
    fn resolved(
        &self,
        w: &Wanted<'_>,
        label: HostLabel,
        az: usize,
        ip: Ipv4Addr,
    ) -> ResolvedServer {
        let p = self.props;
        let instance_type = w
            .options
            .instance_type
            .clone()
            .unwrap_or_else(|| match w.kind {
                ServerKind::Mailbox | ServerKind::Single => p.mailbox_type.clone(),
                ServerKind::Edge => p.edge_type.clone(),
                _ => p.small_type.clone(),
            });
        ResolvedServer {
            kind: w.kind,
            fqdn: p.domain.host(label.as_str()),
            label,
            az,
            ip,
            instance_type,
            root: w.options.root_volume.unwrap_or(p.root),
            ldap_id: w.ldap_id.filter(|id| *id > 0),
            logger: w.logger,
            volumes: w.volumes.map(|v| self.volumes(v)).unwrap_or_default(),
        }
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
}

/// With no server marked, the first mailbox server in cluster order is the logger.
fn default_logger(servers: &mut [ResolvedServer]) {
    if !servers.iter().any(|s| s.logger) {
        if let Some(first) = servers.iter_mut().find(|s| s.kind.is_mailbox()) {
            first.logger = true;
        }
    }
}

/// Automatic LDAP ids fill 1.. in cluster order, skipping explicit ones.
fn automatic_ldap_ids(servers: &mut [ResolvedServer], mut given: Given) {
    let mut next_id = 1u16;
    for i in given.auto_ldap {
        while given.ldap_ids.contains_key(&next_id) {
            next_id += 1;
        }
        given.ldap_ids.insert(next_id, String::new());
        servers[i].ldap_id = Some(next_id);
    }
}
