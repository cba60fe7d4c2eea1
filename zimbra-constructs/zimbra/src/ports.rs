//! Every port a Zimbra cluster uses, in one table ([`PORTS`]): the public ports the NLB
//! listens on and the security groups and network ACLs open, the admin console, and the
//! inter-server ports that must never face the internet. The security groups, NLB listeners,
//! network ACLs, bootstrap defaults, the security pack's port rules (ZS008, ZS009) and the
//! open-relay rule (ZA006) all read it, so a port is written once.
//!
//! The public rows are in listener order: NLB listeners, target groups and ACL rule numbers
//! follow it, so a new row goes where it keeps existing resources in place.

use crate::spec::ClusterProps;

/// The servers that listen on a port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// MTA servers (and edge and single servers, which run the MTA role).
    Mta,
    /// Proxy servers (and edge and single servers).
    Proxy,
    /// LDAP servers.
    Ldap,
    /// Mailbox servers.
    Mailbox,
    /// Every server.
    Every,
}

/// A public port the cluster opens only when asked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Optional {
    /// SMTPS 465 ([`ClusterProps::smtps_465`]).
    Smtps,
    /// POP3S 995 ([`ClusterProps::pop3s_995`]).
    Pop3s,
    /// IMAP 143 with STARTTLS ([`ClusterProps::imap_143`]).
    Imap,
    /// POP3 110 with STARTTLS ([`ClusterProps::pop3_110`]).
    Pop3,
}

impl Optional {
    /// True if `props` opens the port.
    #[must_use]
    pub fn is_open(self, props: &ClusterProps) -> bool {
        match self {
            Optional::Smtps => props.smtps_465,
            Optional::Pop3s => props.pop3s_995,
            Optional::Imap => props.imap_143,
            Optional::Pop3 => props.pop3_110,
        }
    }
}

/// Who may reach a port from outside the cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exposure {
    /// The internet, on every cluster.
    World,
    /// The internet, when the cluster opens it.
    WorldIf(Optional),
    /// The admin networks ([`ClusterProps::admin_cidrs`]) and the NLB's health checks only.
    AdminNetworks,
    /// The cluster's own servers only: never the internet (rule ZS008).
    Members,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZimbraPort {
    /// The TCP (or, for syslog, UDP) port.
    pub port: u16,
    /// What listens on it, as findings and descriptions name it (`memcached`).
    pub what: &'static str,
    /// For public ports, the id part of its listener and target group (`Smtp`).
    pub id: &'static str,
    /// The servers that listen.
    pub role: Role,
    /// Who may reach it.
    pub exposure: Exposure,
}

const fn public(port: u16, id: &'static str, what: &'static str, role: Role) -> ZimbraPort {
    ZimbraPort {
        port,
        what,
        id,
        role,
        exposure: Exposure::World,
    }
}

const fn optional(
    port: u16,
    id: &'static str,
    what: &'static str,
    role: Role,
    o: Optional,
) -> ZimbraPort {
    ZimbraPort {
        exposure: Exposure::WorldIf(o),
        ..public(port, id, what, role)
    }
}

const fn members(port: u16, what: &'static str, role: Role) -> ZimbraPort {
    ZimbraPort {
        port,
        what,
        id: "",
        role,
        exposure: Exposure::Members,
    }
}

/// SMTP, from other mail servers.
pub const SMTP: ZimbraPort = public(25, "Smtp", "SMTP", Role::Mta);
/// Mail submission from clients (STARTTLS).
pub const SUBMISSION: ZimbraPort = public(587, "Submission", "submission", Role::Mta);
/// SMTP over TLS.
pub const SMTPS: ZimbraPort = optional(465, "Smtps", "SMTPS", Role::Mta, Optional::Smtps);
/// Webmail over HTTP (the proxy redirects to HTTPS).
pub const HTTP: ZimbraPort = public(80, "Http", "HTTP", Role::Proxy);
/// Webmail and ActiveSync over HTTPS.
pub const HTTPS: ZimbraPort = public(443, "Https", "HTTPS", Role::Proxy);
/// IMAP over TLS.
pub const IMAPS: ZimbraPort = public(993, "Imaps", "IMAPS", Role::Proxy);
/// POP3 over TLS.
pub const POP3S: ZimbraPort = optional(995, "Pop3s", "POP3S", Role::Proxy, Optional::Pop3s);
/// IMAP (STARTTLS).
pub const IMAP: ZimbraPort = optional(143, "Imap", "IMAP", Role::Proxy, Optional::Imap);
/// POP3 (STARTTLS).
pub const POP3: ZimbraPort = optional(110, "Pop3", "POP3", Role::Proxy, Optional::Pop3);
/// The admin console, through the proxies.
pub const ADMIN_CONSOLE: ZimbraPort = ZimbraPort {
    exposure: Exposure::AdminNetworks,
    ..public(9071, "Admin", "admin console", Role::Proxy)
};
/// LDAP (with STARTTLS), which every server binds to.
pub const LDAP: ZimbraPort = members(389, "LDAP", Role::Ldap);
/// The mailbox servers' HTTP behind the proxies.
pub const HTTP_UPSTREAM: ZimbraPort = members(8080, "HTTP upstream", Role::Mailbox);
/// The mailbox servers' HTTPS behind the proxies.
pub const HTTPS_UPSTREAM: ZimbraPort = members(8443, "HTTPS upstream", Role::Mailbox);
/// The mailbox servers' IMAP behind the proxies.
pub const IMAP_UPSTREAM: ZimbraPort = members(7143, "IMAP upstream", Role::Mailbox);
/// The mailbox servers' IMAPS behind the proxies.
pub const IMAPS_UPSTREAM: ZimbraPort = members(7993, "IMAPS upstream", Role::Mailbox);
/// The mailbox servers' POP3 behind the proxies.
pub const POP3_UPSTREAM: ZimbraPort = members(7110, "POP3 upstream", Role::Mailbox);
/// The mailbox servers' POP3S behind the proxies.
pub const POP3S_UPSTREAM: ZimbraPort = members(7995, "POP3S upstream", Role::Mailbox);
/// Syslog (UDP), which every server sends to the logger host.
pub const SYSLOG: ZimbraPort = members(514, "syslog", Role::Every);
/// The mailbox servers' admin SOAP port (the admin console's upstream).
pub const ADMIN_SOAP: ZimbraPort = members(7071, "admin SOAP", Role::Mailbox);
/// The spell checker (`zimbra-spell`, Apache) of the mailbox servers.
pub const SPELL: ZimbraPort = members(7780, "spell checker", Role::Mailbox);

/// The table: public ports in listener order, the admin console, then the ports the servers
/// use between themselves (in the order ZS008 lists them).
pub const PORTS: [ZimbraPort; 30] = [
    SMTP,
    SUBMISSION,
    SMTPS,
    HTTP,
    HTTPS,
    IMAPS,
    POP3S,
    IMAP,
    POP3,
    ADMIN_CONSOLE,
    members(22, "SSH/zmrcd", Role::Every),
    LDAP,
    SYSLOG,
    members(636, "LDAPS", Role::Ldap),
    members(3306, "MariaDB", Role::Mailbox),
    members(7025, "LMTP", Role::Mailbox),
    ADMIN_SOAP,
    members(7072, "route lookup", Role::Mailbox),
    members(7073, "SASL", Role::Mailbox),
    POP3_UPSTREAM,
    IMAP_UPSTREAM,
    IMAPS_UPSTREAM,
    POP3S_UPSTREAM,
    HTTP_UPSTREAM,
    HTTPS_UPSTREAM,
    members(8735, "Zextras", Role::Mailbox),
    members(8736, "Zextras", Role::Mailbox),
    members(11211, "memcached", Role::Proxy),
    members(7306, "MariaDB (Zimbra)", Role::Mailbox),
    SPELL,
];

/// A port the cluster opens to the internet (or to the admin networks), as the security
/// groups, NLB listeners and network ACLs use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicPort {
    /// TCP port.
    pub port: u16,
    /// Short name for ids (`Smtp`).
    pub name: &'static str,
    /// True for MTA ports, false for proxy ports.
    pub to_mta: bool,
    /// Open to the world (false: admin CIDRs only).
    pub world: bool,
}

/// The ports `props` opens, in listener order.
#[must_use]
pub fn public_ports(props: &ClusterProps) -> Vec<PublicPort> {
    PORTS
        .iter()
        .filter(|p| match p.exposure {
            Exposure::World | Exposure::AdminNetworks => true,
            Exposure::WorldIf(o) => o.is_open(props),
            Exposure::Members => false,
        })
        .map(|p| PublicPort {
            port: p.port,
            name: p.id,
            to_mta: p.role == Role::Mta,
            world: p.exposure != Exposure::AdminNetworks,
        })
        .collect()
}

/// `(port, what)` of every row with this exposure, in table order.
#[must_use]
pub fn with_exposure(exposure: Exposure) -> Vec<(u16, &'static str)> {
    PORTS
        .iter()
        .filter(|p| p.exposure == exposure)
        .map(|p| (p.port, p.what))
        .collect()
}

/// True for a public port of the MTAs (SMTP, submission, SMTPS), whose NLB target groups
/// must preserve client addresses (ZA006).
#[must_use]
pub fn is_smtp(port: i64) -> bool {
    PORTS.iter().any(|p| {
        p.role == Role::Mta && p.exposure != Exposure::Members && i64::from(p.port) == port
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_port_is_in_the_table_once() {
        let mut ports: Vec<u16> = PORTS.iter().map(|p| p.port).collect();
        ports.sort_unstable();
        ports.dedup();
        assert_eq!(ports.len(), PORTS.len());
    }

    #[test]
    fn public_rows_have_ids_and_member_rows_none() {
        for p in PORTS {
            assert_eq!(p.id.is_empty(), p.exposure == Exposure::Members, "{p:?}");
        }
    }

    #[test]
    fn smtp_ports_are_the_mta_public_ports() {
        let smtp: Vec<i64> = (0..=65535).filter(|p| is_smtp(*p)).collect();
        assert_eq!(smtp, [25, 465, 587]);
    }
}
