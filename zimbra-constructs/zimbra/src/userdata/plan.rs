//! What a server's script decides from the topology: its LDAP and SMTP hosts, the LDAP URL
//! order, its replication peers, whether it is the initial LDAP master, the logger host, the
//! first MTA or the first mailbox server, its packages, the networks the MTAs trust and the
//! proxies the mailboxes trust.

use crate::ports;
use crate::topology::{ResolvedServer, Topology};

use super::BootInputs;

/// Everything the script decides from the topology.
pub(super) struct Plan<'a> {
    pub(super) topology: &'a Topology,
    pub(super) server: &'a ResolvedServer,
    pub(super) domain: String,
    pub(super) admin: String,
    /// The cluster's first LDAP server: the initial master.
    pub(super) first_ldap: Option<&'a ResolvedServer>,
    /// The server this one runs zmsetup against, and waits for.
    pub(super) ldap_host: String,
    /// `ldap://fqdn:389` of every LDAP server, same AZ first.
    pub(super) ldap_urls: Vec<String>,
    /// Every MTA, same AZ first (the mailboxes' `SMTPHOST`).
    pub(super) smtp_hosts: Vec<String>,
    /// First mailbox server of the cluster: creates the admin account, sets global config.
    pub(super) first_mailbox: bool,
    pub(super) my_networks: Vec<String>,
    pub(super) nlb_subnets: Vec<String>,
}

impl<'a> Plan<'a> {
    pub(super) fn new(inputs: &BootInputs<'a>) -> Self {
        let (t, s) = (inputs.topology, inputs.server);
        let domain = t.props.domain.as_str().to_owned();
        let first_ldap = t.servers.iter().find(|x| x.kind.is_ldap());
        let ldap_host = if s.kind.is_ldap() {
            first_ldap.unwrap_or(s).fqdn.clone()
        } else {
            t.ldap_order(s.az)
                .first()
                .map_or_else(|| s.fqdn.clone(), |l| l.fqdn.clone())
        };
        // An LDAP server lists itself first (it is in its own AZ); the rest keep
        // `ldap_order`: same AZ first, then cluster order.
        let mut order = t.ldap_order(s.az);
        if let Some(i) = order.iter().position(|l| l.fqdn == s.fqdn) {
            let me = order.remove(i);
            order.insert(0, me);
        }
        let ldap_urls = order
            .iter()
            .map(|l| format!("ldap://{}:{}", l.fqdn, ports::LDAP.port))
            .collect();
        // zmsetup.pl adds each to the store's zimbraSmtpHostname; the mailbox picks among
        // them at random and skips one that fails (JMSession.getSmtpHosts shuffles them).
        let (mut smtp_hosts, others): (Vec<&ResolvedServer>, Vec<&ResolvedServer>) = t
            .servers
            .iter()
            .filter(|x| x.kind.is_mta())
            .partition(|m| m.az == s.az);
        smtp_hosts.extend(others);
        let smtp_hosts = smtp_hosts.iter().map(|m| m.fqdn.clone()).collect();
        let first_mailbox = t
            .servers
            .iter()
            .find(|x| x.kind.is_mailbox())
            .is_some_and(|m| m.fqdn == s.fqdn);
        let nlb_subnets: Vec<String> = t.azs.iter().map(|a| a.public.to_string()).collect();
        let mut my_networks = vec!["127.0.0.0/8".to_owned()];
        my_networks.extend(nlb_subnets.iter().cloned());
        my_networks.extend(t.azs.iter().map(|a| a.private.to_string()));
        Plan {
            topology: t,
            server: s,
            admin: format!("admin@{domain}"),
            domain,
            first_ldap,
            ldap_host,
            ldap_urls,
            smtp_hosts,
            first_mailbox,
            my_networks,
            nlb_subnets,
        }
    }

    /// The logger host: the mailbox server marked `.logger()`, or, when none is marked (a
    /// single server, say), the cluster's first mailbox server, so there is always exactly one.
    pub(super) fn is_logger(&self) -> bool {
        let marked = self.topology.servers.iter().any(|x| x.logger);
        self.server.logger || (!marked && self.first_mailbox)
    }

    pub(super) fn is_first_ldap(&self) -> bool {
        self.server.kind.is_ldap() && self.first_ldap.is_some_and(|f| f.fqdn == self.server.fqdn)
    }

    pub(super) fn roles(&self) -> String {
        let k = self.server.kind;
        let mut roles = Vec::new();
        if k.is_mta() {
            roles.push("MTA".to_owned());
        }
        if k.is_proxy() {
            roles.push("proxy".to_owned());
        }
        if k.is_ldap() {
            let id = self.server.ldap_id.unwrap_or(0);
            let master = if self.is_first_ldap() {
                ", initial master"
            } else {
                ""
            };
            roles.push(format!("LDAP MMR (server id {id}{master})"));
        }
        if k.is_mailbox() {
            roles.push(if self.is_logger() {
                "mailbox (logger host)".into()
            } else {
                "mailbox".into()
            });
        }
        roles.join(", ")
    }

    /// Zimbra packages in the installer's order.
    pub(super) fn packages(&self) -> String {
        let k = self.server.kind;
        let mut p = vec!["zimbra-core"];
        if k.is_ldap() {
            p.push("zimbra-ldap");
        }
        if k.is_mailbox() && self.is_logger() {
            p.push("zimbra-logger");
        }
        if k.is_mta() {
            p.extend(["zimbra-mta", "zimbra-dnscache"]);
        }
        p.push("zimbra-snmp");
        if k.is_mailbox() {
            p.extend(["zimbra-store", "zimbra-apache", "zimbra-spell"]);
        }
        if k.is_proxy() {
            p.extend(["zimbra-memcached", "zimbra-proxy"]);
        }
        p.join(" ")
    }

    /// The other LDAP servers, in cluster order.
    pub(super) fn ldap_peers(&self) -> Vec<&'a ResolvedServer> {
        self.topology
            .servers
            .iter()
            .filter(|x| x.kind.is_ldap() && x.fqdn != self.server.fqdn)
            .collect()
    }

    /// The logger host's name (the topology marks exactly one server).
    pub(super) fn logger_fqdn(&self) -> String {
        let t = self.topology;
        t.servers
            .iter()
            .find(|x| x.logger)
            .map_or_else(String::new, |x| x.fqdn.clone())
    }

    /// The name users reach the cluster by (`mail.example.com`).
    pub(super) fn public_host(&self) -> String {
        let p = &self.topology.props;
        p.domain.host(p.public_host.as_str())
    }

    /// The private addresses of the proxy servers, whose requests the mailboxes trust.
    pub(super) fn proxy_ips(&self) -> Vec<String> {
        self.topology
            .servers
            .iter()
            .filter(|x| x.kind.is_proxy())
            .map(|x| x.ip.to_string())
            .collect()
    }

    /// The cluster's first MTA: the one host that empties the spam training mailboxes.
    pub(super) fn is_first_mta(&self) -> bool {
        let first = self.topology.servers.iter().find(|x| x.kind.is_mta());
        self.server.kind.is_mta() && first.is_some_and(|f| f.fqdn == self.server.fqdn)
    }
}
