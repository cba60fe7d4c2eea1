//! The sections of a server's own part of the script, in the order they run. The bash lives
//! in `zimbra-constructs/zimbra/bootstrap/*.sh`, included at build time; this module decides
//! which sections a server gets and fills them in. Lines that repeat per volume, password or
//! LDAP peer are written here.

use std::fmt::Write as _;

use zimbra_constructs_core::{Pseudo, Value};

use crate::ports;
use crate::secrets::PASSWORDS;
use crate::topology::ResolvedServer;

use super::plan::Plan;
use super::script::{around, sq, value, Fill, Script};
use super::{BootInputs, CONFIGURED_MARKER, INSTALLED_MARKER, MMR_MARKER};

const HEADER: &str = include_str!("../../bootstrap/header.sh");
const HOST_NAME: &str = include_str!("../../bootstrap/host-name.sh");
const DNSCACHE: &str = include_str!("../../bootstrap/dnscache.sh");
const INSTALL: &str = include_str!("../../bootstrap/zimbra-install.sh");
const CLUSTER_SETTINGS: &str = include_str!("../../bootstrap/cluster-settings.sh");
const GLOBAL_CONFIG: &str = include_str!("../../bootstrap/global-config.sh");
const S3_HSM: &str = include_str!("../../bootstrap/s3-hsm.sh");
const FINISH: &str = include_str!("../../bootstrap/finish.sh");

fn region() -> Value<String> {
    Value::from(Pseudo::Region)
}

/// Who the script is for (`header.sh`).
pub(super) fn header(s: &mut Script, p: &Plan) {
    let srv = p.server;
    let az = p.topology.azs.get(srv.az).map_or("?", |a| a.az.as_str());
    let (kind, ip, roles) = (format!("{:?}", srv.kind), srv.ip.to_string(), p.roles());
    s.template(
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

/// Host name and `/etc/hosts` (`host-name.sh`).
pub(super) fn host_name(s: &mut Script, p: &Plan) {
    let srv = p.server;
    let ip = srv.ip.to_string();
    s.template(
        HOST_NAME,
        &[
            ("FQDN", Fill::Text(&srv.fqdn)),
            ("IP", Fill::Text(&ip)),
            ("SHORT", Fill::Text(srv.label.as_str())),
        ],
    );
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
    s.line("# Data volumes, found by volume id (see mount_volume above).");
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

/// Waits for the server's LDAP server (the initial master waits for nothing).
pub(super) fn wait_for_ldap(s: &mut Script, p: &Plan) {
    if p.is_first_ldap() {
        s.line("");
        s.line("# The cluster's first LDAP server is the initial master: nothing to wait for.");
        return;
    }
    let other_ldap = p.server.kind.is_ldap();
    let (why, base) = if other_ldap {
        (
            "the first LDAP server (the initial MMR master, which must have MMR enabled)",
            "cn=accesslog",
        )
    } else {
        (
            "its LDAP server (install order: LDAP first, then MTA, proxy and mailbox)",
            "cn=zimbra",
        )
    };
    s.line(&format!(
        "# Setup needs {why}: wait for port {}, then for a bind as uid=zimbra that can read {base}.",
        ports::LDAP.port
    ));
    s.line(&format!("wait_for_ldap {} {base}", sq(&p.ldap_host)));
}

/// Zimbra's unattended install with the server's defaults file (`zimbra-install.sh`).
pub(super) fn install(s: &mut Script, p: &Plan) {
    let url = sq(&p.topology.props.installer_url);
    let packages = p.packages();
    let defaults = defaults(p);
    s.template(
        INSTALL,
        &[
            ("INSTALLED_MARKER", Fill::Text(INSTALLED_MARKER)),
            ("INSTALLER_URL", Fill::Text(&url)),
            ("DEFAULTS", Fill::Text(&defaults)),
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
    for password in PASSWORDS {
        if let Some(key) = password.also_key {
            d.kv(key, &format!("${{{}}}", password.shell_var));
        }
    }
    d.0
}

fn common_defaults(d: &mut Defaults, p: &Plan) {
    let srv = p.server;
    d.kv("HOSTNAME", &srv.fqdn);
    d.kv("zimbra_server_hostname", &srv.fqdn);
    d.kv("LDAPHOST", &p.ldap_host);
    d.port("LDAPPORT", ports::LDAP);
    d.kv("SMTPHOST", &p.smtp_host);
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
        d.kv("MTAAUTHHOST", &p.mta_auth_host());
        d.kv("zimbraMtaMyNetworks", &p.my_networks.join(" "));
    }
    if k.is_proxy() {
        for (key, v) in [
            ("MAILPROXY", "TRUE"),
            ("HTTPPROXY", "TRUE"),
            ("PROXYMODE", "https"),
            ("zimbraMailProxy", "TRUE"),
            ("zimbraWebProxy", "TRUE"),
        ] {
            d.kv(key, v);
        }
        for (key, port) in [
            ("HTTPPROXYPORT", ports::HTTP),
            ("HTTPSPROXYPORT", ports::HTTPS),
            ("IMAPPROXYPORT", ports::IMAP),
            ("IMAPSSLPROXYPORT", ports::IMAPS),
            ("POPPROXYPORT", ports::POP3),
            ("POPSSLPROXYPORT", ports::POP3S),
        ] {
            d.port(key, port);
        }
    }
    if k.is_mailbox() {
        mailbox_defaults(d, srv);
    }
}

fn mailbox_defaults(d: &mut Defaults, srv: &ResolvedServer) {
    for (key, v) in [
        ("MODE", "https"),
        ("SERVICEWEBAPP", "yes"),
        ("UIWEBAPPS", "yes"),
        ("INSTALL_WEBAPPS", "service zimlet zimbra zimbraAdmin"),
        ("mailboxd_directory", "/opt/zimbra/mailboxd"),
        ("mailboxd_server", "jetty"),
        ("mailboxd_keystore", "/opt/zimbra/mailboxd/etc/keystore"),
        ("zimbraReverseProxyLookupTarget", "TRUE"),
    ] {
        d.kv(key, v);
    }
    // Upstream ports behind the proxies.
    for (key, port) in [
        ("HTTPPORT", ports::HTTP_UPSTREAM),
        ("HTTPSPORT", ports::HTTPS_UPSTREAM),
        ("IMAPPORT", ports::IMAP_UPSTREAM),
        ("IMAPSSLPORT", ports::IMAPS_UPSTREAM),
        ("POPPORT", ports::POP3_UPSTREAM),
        ("POPSSLPORT", ports::POP3S_UPSTREAM),
    ] {
        d.port(key, port);
    }
    d.kv("USESPELL", "yes");
    d.kv(
        "SPELLURL",
        &format!("http://{}:{}/aspell.php", srv.fqdn, ports::SPELL.port),
    );
}

/// The cluster settings applied once after setup: LDAP URLs (`cluster-settings.sh`), MMR on
/// the initial master, the MTAs' networks, the global config (`global-config.sh`), the S3 HSM
/// store settings (`s3-hsm.sh`), then the restart (`finish.sh`).
pub(super) fn configure(s: &mut Script, inputs: &BootInputs, p: &Plan) {
    let urls = p.ldap_urls.join(" ");
    s.template(
        CLUSTER_SETTINGS,
        &[
            ("CONFIGURED_MARKER", Fill::Text(CONFIGURED_MARKER)),
            ("LDAP_URLS", Fill::Text(&urls)),
        ],
    );
    if p.is_first_ldap() {
        multi_master(s, p);
    }
    let nets = p.my_networks.join(" ");
    if p.server.kind.is_mta() {
        s.line(
            "# zmsetup may set a server-level zimbraMtaMyNetworks, which overrides the global one.",
        );
        s.line(&format!(
            "as_zimbra '/opt/zimbra/bin/zmprov -l ms {} zimbraMtaMyNetworks \"{nets}\"'",
            p.server.fqdn
        ));
    }
    if p.first_mailbox {
        let safe: Vec<String> = p
            .nlb_subnets
            .iter()
            .map(|n| format!("zimbraHttpThrottleSafeIPs {n}"))
            .collect();
        s.template(
            GLOBAL_CONFIG,
            &[
                ("MY_NETWORKS", Fill::Text(&nets)),
                ("THROTTLE_SAFE", Fill::Text(&safe.join(" "))),
            ],
        );
    }
    if p.server.kind.is_mailbox() && p.topology.props.s3_hsm {
        s3_hsm(s, inputs, p);
    }
    s.template(
        FINISH,
        &[("CONFIGURED_MARKER", Fill::Text(CONFIGURED_MARKER))],
    );
}

/// The initial master enables multi-master replication with every other LDAP server.
fn multi_master(s: &mut Script, p: &Plan) {
    let me = &p.server.fqdn;
    let peers: Vec<&ResolvedServer> = p
        .topology
        .servers
        .iter()
        .filter(|x| x.kind.is_ldap() && x.fqdn != *me)
        .collect();
    if peers.is_empty() {
        return;
    }
    s.line("# Initial master: enable multi-master replication with every other LDAP server (the");
    s.line("# others wait for cn=accesslog, which this creates, then join with LDAPREPLICATIONTYPE=mmr).");
    s.line(&format!("if [ ! -f {MMR_MARKER} ]; then"));
    let id = p.server.ldap_id.unwrap_or(1);
    for (i, peer) in peers.iter().enumerate() {
        // The server id is given once; each agreement needs its own replication id.
        let sid = if i == 0 {
            format!(" -s {id}")
        } else {
            String::new()
        };
        s.line(&format!(
            "  as_zimbra '/opt/zimbra/libexec/zmldapenable-mmr -r {rid}{sid} -m ldap://{fqdn}:{port}/'",
            rid = 100 + i + 1,
            fqdn = peer.fqdn,
            port = ports::LDAP.port,
        ));
    }
    s.line(&format!("  touch {MMR_MARKER}"));
    s.line("fi");
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
