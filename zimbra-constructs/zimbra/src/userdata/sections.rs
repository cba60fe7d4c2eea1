//! The sections of a server's own part of the script, in the order they run. The bash lives
//! in `zimbra-constructs/zimbra/bootstrap/*.sh`, included at build time; this module decides
//! which sections a server gets and fills them in. Lines that repeat per volume, password,
//! LDAP peer or check are written here.

use std::fmt::Write as _;

use zimbra_constructs_core::{Pseudo, Value};

use crate::ports::{self, Role};
use crate::secrets::PASSWORDS;
use crate::topology::ResolvedServer;

use super::plan::Plan;
use super::script::{around, sq, value, Fill, Script};
use super::BootInputs;

const HEADER: &str = include_str!("../../bootstrap/header.sh");
const DNSCACHE: &str = include_str!("../../bootstrap/dnscache.sh");
const INSTALL: &str = include_str!("../../bootstrap/zimbra-install.sh");
const CLUSTER_SETTINGS: &str = include_str!("../../bootstrap/cluster-settings.sh");
const GLOBAL_CONFIG: &str = include_str!("../../bootstrap/global-config.sh");
const LOGGER: &str = include_str!("../../bootstrap/logger.sh");
const S3_HSM: &str = include_str!("../../bootstrap/s3-hsm.sh");
const FINISH: &str = include_str!("../../bootstrap/finish.sh");

/// The note an LDAP joiner writes on its entry to see replication both ways before it
/// publishes its ready marker (the library's `verify_replication` looks for it).
const REPLICATING: &str = "zimbra-constructs replicating";

fn region() -> Value<String> {
    Value::from(Pseudo::Region)
}

/// Who the script is for (`header.sh`).
pub(super) fn header(s: &mut Script, p: &Plan) {
    let srv = p.server;
    let az = p.topology.azs.get(srv.az).map_or("?", |a| a.az.as_str());
    let (kind, ip, roles) = (format!("{:?}", srv.kind), srv.ip.to_string(), p.roles());
    s.template_verbatim(
        HEADER,
        &[
            ("FQDN", Fill::Text(&srv.fqdn)),
            ("KIND", Fill::Text(&kind)),
            ("AZ", Fill::Text(az)),
            ("IP", Fill::Text(&ip)),
            ("ROLES", Fill::Text(&roles)),
            ("FQDN_QUOTED", Fill::Text(&sq(&srv.fqdn))),
            ("REGION", Fill::Parts(value(&region()))),
        ],
    );
}

/// Host name and `/etc/hosts` (the library's `set_host_name`).
pub(super) fn host_name(s: &mut Script, p: &Plan) {
    let srv = p.server;
    s.line(&format!(
        "set_host_name {} {} {}",
        sq(&srv.fqdn),
        sq(srv.label.as_str()),
        srv.ip
    ));
}

/// OS packages; on MTAs, systemd-resolved out of `zimbra-dnscache`'s way (`dnscache.sh`).
pub(super) fn packages(s: &mut Script, p: &Plan) {
    s.line("install_os_packages");
    if p.server.kind.is_mta() {
        s.template(DNSCACHE, &[]);
    }
}

/// One `mount_volume` per data volume, found by its id.
pub(super) fn volumes(s: &mut Script, inputs: &BootInputs) {
    if inputs.server.volumes.is_empty() {
        return;
    }
    for (v, id) in inputs.server.volumes.iter().zip(&inputs.volume_ids) {
        s.text("mount_volume '");
        s.value(id);
        s.line(&format!("' {} {}", v.mount, v.device));
    }
}

/// One `fetch_password` per Zimbra password, from its secret.
pub(super) fn secrets(s: &mut Script, inputs: &BootInputs) {
    s.line("log \"fetching passwords from Secrets Manager\"");
    for (password, secret) in inputs.secrets.iter() {
        s.text(&format!(
            "fetch_password {} {} '",
            password.shell_var, password.id
        ));
        s.value(secret);
        s.line("'");
    }
}

/// The gate: every server but the initial master waits for the ready marker of the LDAP
/// server it installs against; a mailbox server then reads the training accounts from it.
pub(super) fn wait_for_ldap(s: &mut Script, p: &Plan) {
    // The initial master waits for nothing; a joiner waits for the initial master to be done
    // (replication enabled, global config set, restarted, checked); the others for their
    // LDAP server (install order: LDAP first, then MTA, proxy and mailbox).
    if p.is_first_ldap() {
        s.line(&format!("new_training_accounts {}", sq(&p.domain)));
        return;
    }
    s.line(&format!("await_ready {}", sq(&p.ldap_host)));
    if p.server.kind.is_mailbox() {
        s.line(&format!(
            "training_accounts {} {}",
            sq(&p.ldap_host),
            sq(&p.domain)
        ));
    }
}

/// Zimbra's unattended install with the server's defaults file (`zimbra-install.sh`).
pub(super) fn install(s: &mut Script, p: &Plan) {
    let Some(inst) = &p.topology.props.installer else {
        // Topology::resolve refuses a cluster without an installer (ZZ023).
        unreachable!("a resolved topology has an installer");
    };
    let platform = inst
        .tarball()
        .map(|t| t.platform)
        .unwrap_or_else(|_| unreachable!("a resolved topology has a readable installer"));
    let (url, sha) = (sq(inst.url()), sq(inst.sha256()));
    let packages = p.packages();
    let defaults = defaults(p);
    let defaults = defaults.trim_end_matches('\n');
    s.template(
        INSTALL,
        &[
            ("INSTALLER_URL", Fill::Text(&url)),
            ("INSTALLER_SHA256", Fill::Text(&sha)),
            ("PLATFORM", Fill::Text(&platform)),
            ("DEFAULTS", Fill::Text(defaults)),
            ("PACKAGES", Fill::Text(&packages)),
        ],
    );
}

/// `KEY="value"` lines of a defaults file.
struct Defaults(String);

impl Defaults {
    fn kv(&mut self, key: &str, value: &str) {
        let _ = writeln!(self.0, "{key}=\"{value}\"");
    }

    fn port(&mut self, key: &str, port: ports::ZimbraPort) {
        self.kv(key, &port.port.to_string());
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// The installer's defaults file: the settings every server has, then its roles', then the
/// passwords as references to the shell variables they were fetched into.
fn defaults(p: &Plan) -> String {
    let mut d = Defaults(String::new());
    common_defaults(&mut d, p);
    role_defaults(&mut d, p);
    for password in PASSWORDS {
        d.kv(
            password.defaults_key,
            &format!("${{{}}}", password.shell_var),
        );
    }
    d.0
}

fn common_defaults(d: &mut Defaults, p: &Plan) {
    let srv = p.server;
    d.kv("HOSTNAME", &srv.fqdn);
    d.kv("zimbra_server_hostname", &srv.fqdn);
    d.kv("LDAPHOST", &p.ldap_host);
    d.port("LDAPPORT", ports::LDAP);
    d.kv("SMTPHOST", &p.smtp_hosts.join(" "));
    d.kv("INSTALL_PACKAGES", &p.packages());
    // Fetch dependencies (and packages not in the tarball) from Zimbra's repository
    // without asking.
    d.kv("USE_ZIMBRA_PACKAGE_SERVER", "yes");
    // Never "yes": install.sh would empty /opt/zimbra, including re-attached data volumes.
    d.kv("REMOVE", "no");
    d.kv("UPGRADE", "no");
    d.kv("STARTSERVERS", "yes");
    d.kv("EXPANDMENU", "no");
    d.kv("zimbraIPMode", "ipv4");
    d.kv("ZIMBRA_REQ_SECURITY", "yes");
    d.kv("zimbra_require_interprocess_security", "1");
    d.kv("ldap_dit_base_dn_config", "cn=zimbra");
    d.kv("zimbra_ldap_userdn", "uid=zimbra,cn=admins,cn=zimbra");
    d.kv("SNMPTRAPHOST", &srv.fqdn);
    d.kv("SNMPNOTIFY", "yes");
    d.kv("SMTPNOTIFY", "yes");
    d.kv("SMTPSOURCE", &p.admin);
    d.kv("SMTPDEST", &p.admin);
    d.kv("CREATEDOMAIN", &p.domain);
    d.kv("CREATEADMIN", &p.admin);
    // The domain is created once, when the first LDAP server initializes the directory; the
    // admin account once, by the first mailbox server.
    d.kv("DOCREATEDOMAIN", yes(p.is_first_ldap()));
    d.kv("DOCREATEADMIN", yes(p.first_mailbox));
    d.kv("AVUSER", &p.admin);
    d.kv("AVDOMAIN", &p.domain);
    if p.is_first_ldap() {
        // Written to the default class of service by the initial master only.
        d.kv("zimbraPrefTimeZoneId", &p.topology.props.time_zone);
    }
}

fn role_defaults(d: &mut Defaults, p: &Plan) {
    let (srv, k) = (p.server, p.server.kind);
    if k.is_ldap() {
        d.kv("LDAPREPLICATIONTYPE", "mmr");
        d.kv("LDAPSERVERID", &srv.ldap_id.unwrap_or(1).to_string());
    }
    if k.is_mta() {
        d.kv("RUNAV", "yes");
        d.kv("RUNSA", "yes");
        d.kv("RUNDKIM", "yes");
        d.kv("RUNARCHIVING", "no");
        d.kv("RUNCBPOLICYD", "no");
        d.kv("zimbraMtaMyNetworks", &p.my_networks.join(" "));
    }
    if k.is_proxy() {
        // "redirect": nginx listens on 80 and sends every request to https; with "https"
        // it has no port-80 server at all (ProxyConfGen: web.http.enabled is false only for
        // https), and with interprocess security only these two are valid.
        for (key, v) in [
            ("MAILPROXY", "TRUE"),
            ("HTTPPROXY", "TRUE"),
            ("PROXYMODE", "redirect"),
        ] {
            d.kv(key, v);
        }
    }
    if k.is_proxy() || k.is_mailbox() {
        // Both sides of each proxied port: zmsetup.pl writes them to the server entry and
        // passes them to zmproxyconfig; a store left to its defaults gets proxy ports equal to
        // its own (8080, 8443, 7143...).
        for (key, port) in [
            ("HTTPPORT", ports::HTTP_UPSTREAM),
            ("HTTPPROXYPORT", ports::HTTP),
            ("HTTPSPORT", ports::HTTPS_UPSTREAM),
            ("HTTPSPROXYPORT", ports::HTTPS),
            ("IMAPPORT", ports::IMAP_UPSTREAM),
            ("IMAPPROXYPORT", ports::IMAP),
            ("IMAPSSLPORT", ports::IMAPS_UPSTREAM),
            ("IMAPSSLPROXYPORT", ports::IMAPS),
            ("POPPORT", ports::POP3_UPSTREAM),
            ("POPPROXYPORT", ports::POP3),
            ("POPSSLPORT", ports::POP3S_UPSTREAM),
            ("POPSSLPROXYPORT", ports::POP3S),
        ] {
            d.port(key, port);
        }
    }
    if k.is_mailbox() {
        mailbox_defaults(d, p, srv);
    }
}

fn mailbox_defaults(d: &mut Defaults, p: &Plan, srv: &ResolvedServer) {
    for (key, v) in [
        ("MODE", "https"),
        ("SERVICEWEBAPP", "yes"),
        ("UIWEBAPPS", "yes"),
        ("INSTALL_WEBAPPS", "service zimlet zimbra zimbraAdmin"),
        ("mailboxd_directory", "/opt/zimbra/mailboxd"),
        ("mailboxd_server", "jetty"),
        ("mailboxd_keystore", "/opt/zimbra/mailboxd/etc/keystore"),
        ("zimbraMailProxy", "TRUE"),
        ("zimbraWebProxy", "TRUE"),
        ("zimbraReverseProxyLookupTarget", "TRUE"),
    ] {
        d.kv(key, v);
    }
    d.kv("USESPELL", "yes");
    d.kv(
        "SPELLURL",
        &format!("http://{}:{}/aspell.php", srv.fqdn, ports::SPELL.port),
    );
    // The same three accounts on every store (read from global config by
    // `training_accounts`): each store creates them if missing and writes them to global
    // config, so different values would leave the last store's.
    d.kv("DOTRAINSA", "yes");
    d.kv("TRAINSASPAM", "${SPAM_ACCOUNT}");
    d.kv("TRAINSAHAM", "${HAM_ACCOUNT}");
    d.kv("VIRUSQUARANTINE", "${VIRUS_ACCOUNT}");
    d.kv("zimbraVersionCheckNotificationEmail", &p.admin);
    d.kv("zimbraVersionCheckNotificationEmailFrom", &p.admin);
}

/// What runs after the install: LDAP URLs (`cluster-settings.sh`); replication; on the
/// initial master the global config (`global-config.sh`); the role settings, the logger's
/// remote input (`logger.sh`), the S3 HSM notes (`s3-hsm.sh`); then syslog, SSH keys, the
/// restart, the checks and the ready marker (`finish.sh`).
pub(super) fn configure(s: &mut Script, inputs: &BootInputs, p: &Plan) {
    let urls = p.ldap_urls.join(" ");
    s.template(CLUSTER_SETTINGS, &[("LDAP_URLS", Fill::Text(&urls))]);
    if p.server.kind.is_ldap() {
        replication(s, p);
    }
    if p.is_first_ldap() {
        global_config(s, p);
    }
    if p.server.kind.is_mta() {
        let nets = p.my_networks.join(" ");
        // zmsetup sets a server-level zimbraMtaMyNetworks, which overrides the global one;
        // one MTA empties the spam training mailboxes after training (zmtrainsa).
        s.line(&format!(
            "prov 'ms {} zimbraMtaMyNetworks \"{nets}\"'",
            p.server.fqdn
        ));
        s.line(&format!(
            "as_zimbra '/opt/zimbra/bin/zmlocalconfig -e zmtrainsa_cleanup_host={}'",
            p.is_first_mta()
        ));
    }
    if p.server.kind.is_mailbox() {
        // zmsetup.pl sets these from SMTPHOST at install only; set here, a new MTA reaches
        // the running mailbox servers with the next configuration run.
        let hosts: Vec<String> = p
            .smtp_hosts
            .iter()
            .map(|h| format!("zimbraSmtpHostname {h}"))
            .collect();
        s.line(&format!(
            "prov \"ms {} {}\"",
            p.server.fqdn,
            hosts.join(" ")
        ));
    }
    if p.is_logger() {
        let port = ports::SYSLOG.port.to_string();
        s.template(LOGGER, &[("SYSLOG_PORT", Fill::Text(&port))]);
    }
    if p.server.kind.is_mailbox() && p.topology.props.s3_hsm {
        s3_hsm(s, inputs, p);
    }
    let checks = checks(p);
    s.template(
        FINISH,
        &[("CHECKS", Fill::Text(checks.trim_end_matches('\n')))],
    );
}

/// One agreement per other LDAP server (rid 100 + its id), then the check that exactly those
/// exist. A joiner already has zmsetup.pl's agreement (rid 100) to the initial master.
fn replication(s: &mut Script, p: &Plan) {
    let peers = p.ldap_peers();
    if peers.is_empty() {
        return;
    }
    let me = p.server.ldap_id.unwrap_or(1);
    // A full mesh, so losing any one (or its AZ) never separates the others. A peer need not
    // exist yet: its agreement retries every 60 s.
    for peer in &peers {
        let from_zmsetup = !p.is_first_ldap() && p.first_ldap.is_some_and(|f| f.fqdn == peer.fqdn);
        if from_zmsetup {
            continue;
        }
        let rid = 100 + u32::from(peer.ldap_id.unwrap_or(0));
        s.line(&format!("mmr_agree {rid} {} {me}", peer.fqdn));
    }
    let all: Vec<&str> = peers.iter().map(|x| x.fqdn.as_str()).collect();
    s.line(&format!("verify_mmr {}", all.join(" ")));
}

/// The global config the initial master writes before anything else installs.
fn global_config(s: &mut Script, p: &Plan) {
    s.line(&format!(
        "verify_exists 'the domain {d}' 'gd {d} zimbraId'",
        d = p.domain
    ));
    let nets = p.my_networks.join(" ");
    let proxies = p.proxy_ips();
    let trusted: Vec<String> = proxies
        .iter()
        .map(|ip| format!("zimbraMailTrustedIP {ip}"))
        .collect();
    let safe: Vec<String> = p
        .nlb_subnets
        .iter()
        .chain(&proxies)
        .map(|n| format!("zimbraHttpThrottleSafeIPs {n}"))
        .collect();
    let (public, https) = (p.public_host(), ports::HTTPS.port.to_string());
    s.template(
        GLOBAL_CONFIG,
        &[
            ("LOGGER", Fill::Text(&p.logger_fqdn())),
            ("PUBLIC_HOST", Fill::Text(&public)),
            ("HTTPS_PORT", Fill::Text(&https)),
            ("DOMAIN", Fill::Text(&p.domain)),
            ("MY_NETWORKS", Fill::Text(&nets)),
            ("TRUSTED_IPS", Fill::Text(&trusted.join(" "))),
            ("THROTTLE_SAFE", Fill::Text(&safe.join(" "))),
        ],
    );
}

/// The body of the script's `checks` function: what must be true before the ready marker.
fn checks(p: &Plan) -> String {
    let (k, mut out) = (p.server.kind, String::new());
    let mut line = |l: String| {
        let _ = writeln!(out, "  {l}");
    };
    let public = ports::public_ports(&p.topology.props);
    if k.is_ldap() {
        line("verify_enabled ldap".into());
    }
    if k.is_ldap() && !p.is_first_ldap() {
        line(format!("note '{REPLICATING}'"));
        let (first, others): (Vec<&ResolvedServer>, Vec<&ResolvedServer>) = p
            .ldap_peers()
            .into_iter()
            .partition(|peer| p.first_ldap.is_some_and(|f| f.fqdn == peer.fqdn));
        for peer in first {
            line(format!("verify_replication {}", sq(&peer.fqdn)));
        }
        if !others.is_empty() {
            let names: Vec<&str> = others.iter().map(|x| x.fqdn.as_str()).collect();
            line(format!("verify_replication_with_ready {}", names.join(" ")));
        }
    }
    for (on, service, role) in [
        (k.is_mta(), "mta", Role::Mta),
        (k.is_proxy(), "proxy", Role::Proxy),
    ] {
        if !on {
            continue;
        }
        line(format!("verify_enabled {service}"));
        let listen: Vec<String> = public
            .iter()
            .filter(|x| x.to_mta == (role == Role::Mta))
            .map(|x| x.port.to_string())
            .collect();
        line(format!("verify_ports {}", listen.join(" ")));
    }
    if k.is_mailbox() {
        line("verify_enabled mailbox".into());
        line(format!(
            "verify_ports {} {}",
            ports::HTTPS_UPSTREAM.port,
            ports::ADMIN_SOAP.port
        ));
        for v in ["SPAM", "HAM", "VIRUS"] {
            line(format!(
                "verify_exists \"the training account ${v}_ACCOUNT\" \"ga ${v}_ACCOUNT zimbraId\""
            ));
        }
    }
    if p.first_mailbox {
        line(format!(
            "verify_exists 'the admin account {a}' 'ga {a} zimbraId'",
            a = p.admin
        ));
    }
    if p.is_logger() {
        line("verify_enabled logger".into());
    }
    out
}

/// The S3 HSM directories, and where the operator finds the bucket and the key's secret.
fn s3_hsm(s: &mut Script, inputs: &BootInputs, p: &Plan) {
    let bucket = match &inputs.hsm_bucket {
        Some(b) => Fill::Parts(around("HSM_BUCKET='", b, "'")),
        None => Fill::Text("# HSM_BUCKET: not provided to this server"),
    };
    let key = match &inputs.s3_key_secret {
        Some(arn) => Fill::Parts(around("S3_KEY_SECRET_ARN='", arn, "'")),
        None => Fill::Text("# S3_KEY_SECRET_ARN: not provided to this server"),
    };
    s.template(
        S3_HSM,
        &[
            ("FQDN", Fill::Text(&p.server.fqdn)),
            ("REGION", Fill::Parts(value(&region()))),
            ("HSM_BUCKET", bucket),
            ("S3_KEY_SECRET", key),
        ],
    );
}
