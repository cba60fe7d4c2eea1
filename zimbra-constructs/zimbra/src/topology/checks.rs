//! The checks that need the whole specification: every AZ can serve alone, one logger host,
//! sizes that fit the expected load and the role, backups that fit the data, a supported
//! installer and LDAP ids that fit a replication id.

use crate::installer::{self, Edition};
use crate::instance_types::{self, RECOMMENDED_STORE_GIB};
use crate::spec::{AmiSource, AzCell};

use super::{ResolvedServer, Resolver, EDGE_MAILBOX_LIMIT, SINGLE_MAILBOX_LIMIT};

impl Resolver<'_> {
    /// Every AZ must be able to serve alone.
    pub(super) fn roles(&mut self, cells: &[AzCell]) {
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

    pub(super) fn loggers(&mut self, servers: &[ResolvedServer]) {
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

    pub(super) fn sizing(&mut self, cells: &[AzCell], servers: &[ResolvedServer]) {
        let p = self.props;
        if let Some(n) = p.expected_mailboxes {
            if n > EDGE_MAILBOX_LIMIT && cells.iter().any(|c| !c.edges.is_empty()) {
                self.warning("ZZ012", self.path(&[]), format!("{n} mailboxes expected, above the ~{EDGE_MAILBOX_LIMIT} where collapsed edge servers suffice; split MTA, proxy and LDAP onto their own servers"));
            }
            if n > SINGLE_MAILBOX_LIMIT && cells.iter().any(|c| !c.singles.is_empty()) {
                self.warning("ZZ012", self.path(&[]), format!("{n} mailboxes expected, above the ~{SINGLE_MAILBOX_LIMIT} a single server handles; move to a multi-server cluster"));
            }
        }
        // ZZ021 (DLM with S3 backups) is retired: snapshots now cover every data server.
        if let Some(schedule) = &p.snapshots {
            let path = self.path(&["Storage", "Snapshots"]);
            self.diags
                .extend(crate::snapshots::validate(schedule, &path));
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

/// The largest LDAP server id: each replication agreement to a peer gets rid 100 + the peer's
/// id, and OpenLDAP limits a syncrepl rid to three decimal digits (slapd-config(5)).
pub const MAX_LDAP_ID: u16 = 899;

impl Resolver<'_> {
    /// The installer: set, https, a readable tarball name, a checksum, a supported release
    /// and platform, an AMI of that platform; and a time zone id of the right shape.
    pub(super) fn installer(&mut self) {
        let p = self.props;
        let path = self.path(&[]);
        let Some(inst) = &p.installer else {
            self.error("ZZ023", path, "no Zimbra installer is set; add .installer(ZimbraInstaller::new(URL, SHA256)) to the ClusterProps with the https URL of a tarball (see installer::SUPPORT) and the SHA-256 published next to it".into());
            return;
        };
        if !inst.checksum_is_valid() {
            self.error("ZZ025", path.clone(), format!("the installer's SHA-256 '{}' is not 64 hex digits; copy it from the .sha256 file published next to the tarball", inst.sha256()));
        } else if inst.sha256().bytes().all(|b| b == b'0') {
            self.warning("ZZ034", path.clone(), "the installer's SHA-256 is all zeros, a placeholder: every server will refuse the download and stop before installing; copy the checksum from the .sha256 file published next to the tarball".into());
        }
        match inst.tarball() {
            Err(e) => self.error("ZZ024", path.clone(), e),
            Ok(t) => {
                if let Some(e) = installer::unsupported(&t) {
                    self.error("ZZ026", path.clone(), e);
                }
                let ami_release = match &p.ami {
                    Some(AmiSource::Ssm(param)) => installer::ubuntu_of_parameter(param),
                    _ => None,
                };
                if let (Some(ami), Some(want)) = (ami_release, t.ubuntu()) {
                    if ami != want {
                        self.error("ZZ027", path.clone(), format!("the AMI parameter is for Ubuntu {ami} but the installer is built for {} (Ubuntu {want}); use the {want} parameter or leave ami unset", t.platform));
                    }
                }
                if p.s3_hsm && t.edition == Edition::OpenSource {
                    self.warning("ZZ033", path.clone(), "s3_hsm creates the HSM bucket and its identity, but the open-source edition has no S3 store (zm-build packages zmhsm for NETWORK builds only): nothing will move blobs there; use a Network Edition installer and configure the bucket as an HSM volume, or turn s3_hsm off".into());
                }
            }
        }
        let tz = &p.time_zone;
        let tz_ok = !tz.is_empty()
            && tz.len() <= 64
            && tz
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/_+-".contains(&b))
            && !tz.starts_with('/')
            && !tz.ends_with('/');
        if !tz_ok {
            self.error("ZZ032", path, format!("time zone '{tz}' is not a TZID such as 'America/Chicago' or 'UTC' (letters, digits, '/', '_', '+', '-'; see Zimbra's timezones.ics)"));
        }
    }

    /// Every server's instance type is in the table and large enough for its role.
    pub(super) fn instance_types(&mut self, cells: &[AzCell], servers: &[ResolvedServer]) {
        for s in servers {
            let path = self.path(&[self_az(cells, s), s.label.as_str()]);
            if let Some(why) = instance_types::refusal(s.kind, &s.instance_type) {
                self.error("ZZ028", path, why);
            } else if s.kind.is_mailbox() {
                let gib = instance_types::spec(&s.instance_type).map_or(0, |(_, mib)| mib / 1024);
                if gib < RECOMMENDED_STORE_GIB {
                    self.warning("ZZ029", path, format!("instance type {} has {gib} GiB; Zimbra asks {RECOMMENDED_STORE_GIB} GiB for a production mailbox server (8 GiB is its evaluation minimum)", s.instance_type));
                }
            }
        }
    }

    /// LDAP ids stay at or below [`MAX_LDAP_ID`].
    pub(super) fn ldap_id_limit(&mut self, cells: &[AzCell], servers: &[ResolvedServer]) {
        for s in servers {
            if let Some(id) = s.ldap_id.filter(|id| *id > MAX_LDAP_ID) {
                let path = self.path(&[self_az(cells, s), s.label.as_str()]);
                self.error("ZZ020", path, format!("LDAP server id {id} is above {MAX_LDAP_ID}: replication agreements use rid 100 + the peer's id, and a rid has at most three digits; use a smaller id"));
            }
        }
    }
}

fn self_az<'a>(cells: &'a [AzCell], s: &ResolvedServer) -> &'a str {
    cells.get(s.az).map_or("", |c| c.az.as_str())
}
