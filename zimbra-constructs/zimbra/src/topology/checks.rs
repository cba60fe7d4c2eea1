//! The checks that need the whole specification: every AZ can serve alone, one logger host,
//! sizes that fit the expected load and backups that fit the data.

use crate::spec::AzCell;

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

fn self_az<'a>(cells: &'a [AzCell], s: &ResolvedServer) -> &'a str {
    cells.get(s.az).map_or("", |c| c.az.as_str())
}
