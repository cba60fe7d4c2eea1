//! Each server's EC2 user data: a bash script that prepares the host (name, `/etc/hosts`,
//! data volumes), fetches the Zimbra passwords from Secrets Manager, waits for LDAP, runs
//! Zimbra's unattended installer for the server's roles and applies the cluster-wide settings
//! the reference architecture asks for (LDAP URL order, `zimbraMtaMyNetworks`, S3 HSM
//! directories).
//!
//! The script is a `Fn::Base64(Fn::Sub(..))` built from [`SubPart`]s: everything known at
//! synth time is literal text (bash `${VAR}` is escaped by the renderer), and only deploy-time
//! values (secret ARNs, volume ids, the bucket name, `AWS::Region`) are embedded references.
//! No password ever appears in the template: the script reads them at boot.
//!
//! Install flow: Zimbra's documented unattended mode, `install.sh <defaults file>`. With a
//! defaults file, `install.sh` sources it (so values must be shell-safe), installs
//! `INSTALL_PACKAGES` without prompting and then runs `zmsetup.pl -c <defaults file>`, which
//! reads the same `KEY="value"` lines (it strips every `"`). Passwords are therefore checked at
//! boot to contain no `"`, `$`, backquote, backslash or newline.

use zimbra_constructs_core::value::{Expr, Pseudo, SubPart, Value};

use crate::topology::{ResolvedServer, Topology};

/// Where the script logs (root-only); cloud-init's own output log gets a copy.
pub const LOG_FILE: &str = "/var/log/zimbra-bootstrap.log";

/// Marker written once `install.sh` (packages and `zmsetup.pl`) has succeeded.
pub const INSTALLED_MARKER: &str = "/var/lib/zimbra-constructs/installed";

/// Marker written once the post-install cluster settings have been applied.
pub const CONFIGURED_MARKER: &str = "/var/lib/zimbra-constructs/configured";

/// Marker written once the initial LDAP master has enabled multi-master replication
/// (`zmldapenable-mmr` refuses to run twice with a server id).
pub const MMR_MARKER: &str = "/var/lib/zimbra-constructs/mmr-enabled";

/// How long a server waits for its LDAP server before giving up, in minutes.
pub const LDAP_WAIT_MINUTES: u32 = 60;

/// Deploy-time values a server's script needs (ARNs and ids resolved by CloudFormation).
#[derive(Debug, Clone)]
pub struct BootInputs<'a> {
    /// The resolved cluster (names, addresses, subnets, settings).
    pub topology: &'a Topology,
    /// The server the script is for (one of `topology.servers`).
    pub server: &'a ResolvedServer,
    /// Secrets Manager secret ARN (`Ref` of the secret) per Zimbra password.
    pub secrets: &'a ZimbraSecrets,
    /// Secret holding the S3 access key for the HSM/backup store (mailbox servers), if any.
    pub s3_key_secret: Option<Value<String>>,
    /// The HSM bucket name, if S3 HSM is on.
    pub hsm_bucket: Option<Value<String>>,
    /// `Ref` (volume id) of each data volume, same order as `server.volumes`.
    pub volume_ids: Vec<Value<String>>,
}

/// The ARNs of the Secrets Manager secrets holding Zimbra's passwords. Each secret's
/// `SecretString` is the password itself (plain text, not JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct ZimbraSecrets {
    /// Password of the `admin@DOMAIN` account (`CREATEADMINPASS`).
    pub admin: Value<String>,
    /// LDAP root (`cn=config`) password (`LDAPROOTPASS`).
    pub ldap_root: Value<String>,
    /// LDAP `uid=zimbra` password (`LDAPADMINPASS`, localconfig `zimbra_ldap_password`).
    pub ldap_admin: Value<String>,
    /// LDAP replication (`uid=zmreplica`) password (`LDAPREPPASS`).
    pub ldap_replication: Value<String>,
    /// LDAP postfix user password (`LDAPPOSTPASS`).
    pub ldap_postfix: Value<String>,
    /// LDAP amavis user password (`LDAPAMAVISPASS`).
    pub ldap_amavis: Value<String>,
    /// LDAP nginx (proxy) user password (`ldap_nginx_password`).
    pub ldap_nginx: Value<String>,
}

/// Shell variable each password is fetched into, in [`ZimbraSecrets::KEYS`] order. The names
/// end in `_PW` so that the only `PASS="` in a script is a defaults-file line.
const SHELL_VARS: [&str; 7] = [
    "ADMIN_PW",
    "LDAP_ROOT_PW",
    "LDAP_ADMIN_PW",
    "LDAP_REPLICATION_PW",
    "LDAP_POSTFIX_PW",
    "LDAP_AMAVIS_PW",
    "LDAP_NGINX_PW",
];

impl ZimbraSecrets {
    /// `(construct id, defaults-file key)` of each password, in field order. The ids name the
    /// secrets (`AdminPassword`); the keys are what `zmsetup.pl` reads. zmsetup spells the
    /// nginx one `ldap_nginx_password`; the script also writes `LDAPNGINXPASS` for builds that
    /// use the upper-case form.
    pub const KEYS: [(&'static str, &'static str); 7] = [
        ("AdminPassword", "CREATEADMINPASS"),
        ("LdapRootPassword", "LDAPROOTPASS"),
        ("LdapAdminPassword", "LDAPADMINPASS"),
        ("LdapReplicationPassword", "LDAPREPPASS"),
        ("LdapPostfixPassword", "LDAPPOSTPASS"),
        ("LdapAmavisPassword", "LDAPAMAVISPASS"),
        ("LdapNginxPassword", "ldap_nginx_password"),
    ];

    /// The secrets by name (`zimbra/{cluster}/admin-password`): Secrets Manager accepts a name
    /// wherever it takes an ARN, and a literal keeps cross-stack imports out of every script.
    #[must_use]
    pub fn named(cluster: &str) -> Self {
        let [admin, ldap_root, ldap_admin, ldap_replication, ldap_postfix, ldap_amavis, ldap_nginx] =
            Self::KEYS.map(|(id, _)| Value::from(crate::identity::secret_name(cluster, id)));
        ZimbraSecrets {
            admin,
            ldap_root,
            ldap_admin,
            ldap_replication,
            ldap_postfix,
            ldap_amavis,
            ldap_nginx,
        }
    }

    /// The secret ARNs in [`Self::KEYS`] order.
    #[must_use]
    pub fn values(&self) -> [&Value<String>; 7] {
        [
            &self.admin,
            &self.ldap_root,
            &self.ldap_admin,
            &self.ldap_replication,
            &self.ldap_postfix,
            &self.ldap_amavis,
            &self.ldap_nginx,
        ]
    }
}

/// The server's user data: `Fn::Base64` of the shared [`library`] (passed in as `library`,
/// typically an `Fn::FindInMap` of the stack's copy) joined with the server's own `Fn::Sub`
/// part from [`server_parts`].
#[must_use]
pub fn user_data(inputs: &BootInputs, library: Value<String>) -> Value<String> {
    Value::from_expr(Expr::Base64(Box::new(Expr::Join(
        String::new(),
        vec![library.into_expr(), Expr::Sub(server_parts(inputs))],
    ))))
}

/// The bootstrap script as `Fn::Sub` parts: literal text plus the deploy-time values.
///
/// # Panics
/// If `volume_ids` does not have one id per data volume of the server (a wiring bug in the
/// calling construct).
#[must_use]
pub fn script_parts(inputs: &BootInputs) -> Vec<SubPart> {
    assert_eq!(
        inputs.volume_ids.len(),
        inputs.server.volumes.len(),
        "user data for {}: one volume id per data volume is required",
        inputs.server.fqdn
    );
    let mut s = Script::default();
    s.text(&library());
    s.0.extend(server_parts(inputs));
    s.0
}

/// The server's own part of the script (after [`library`]): its settings and the calls.
///
/// # Panics
/// As [`script_parts`].
#[must_use]
pub fn server_parts(inputs: &BootInputs) -> Vec<SubPart> {
    assert_eq!(
        inputs.volume_ids.len(),
        inputs.server.volumes.len(),
        "user data for {}: one volume id per data volume is required",
        inputs.server.fqdn
    );
    let plan = Plan::new(inputs);
    let mut s = Script::default();
    header(&mut s, &plan);
    host_setup(&mut s, &plan);
    packages(&mut s, &plan);
    volumes(&mut s, inputs);
    secrets(&mut s, inputs);
    wait_for_ldap(&mut s, &plan);
    install(&mut s, &plan);
    configure(&mut s, inputs, &plan);
    s.0
}

/// Renders parts as plain text, for tests and review: literal values as they are, pseudo
/// parameters and references as placeholders (`us-east-2`, a secret ARN, a volume id).
#[must_use]
pub fn render_plain(parts: &[SubPart]) -> String {
    let mut out = String::new();
    let (mut secrets, mut volumes) = (0, 0);
    for part in parts {
        match part {
            SubPart::Text(t) => out.push_str(t),
            SubPart::Value(Expr::Str(v)) => out.push_str(v),
            SubPart::Value(Expr::Pseudo(p)) => out.push_str(match p {
                Pseudo::Region => "us-east-2",
                Pseudo::AccountId => "123456789012",
                Pseudo::Partition => "aws",
                Pseudo::UrlSuffix => "amazonaws.com",
                Pseudo::StackName => "Zimbra-Servers",
                Pseudo::StackId | Pseudo::NoValue => "placeholder",
            }),
            SubPart::Value(_) => {
                let line = out.rsplit('\n').next().unwrap_or_default();
                if line.starts_with("fetch_password ") || out.ends_with("SECRET_ARN='") {
                    secrets += 1;
                    out.push_str(&format!(
                        "arn:aws:secretsmanager:us-east-2:123456789012:secret:placeholder{secrets}-AbCdEf"
                    ));
                } else if out.ends_with("mount_volume '") {
                    out.push_str(&format!("vol-0123456789abcdef{}", volumes % 10));
                    volumes += 1;
                } else if out.ends_with("BUCKET='") {
                    out.push_str("zimbra-hsm-placeholder");
                } else {
                    out.push_str("placeholder");
                }
            }
        }
    }
    out
}

/// Literal text and values, merging adjacent text.
#[derive(Default)]
struct Script(Vec<SubPart>);

impl Script {
    fn text(&mut self, text: &str) {
        if let Some(SubPart::Text(t)) = self.0.last_mut() {
            t.push_str(text);
        } else {
            self.0.push(SubPart::Text(text.to_owned()));
        }
    }

    fn line(&mut self, text: &str) {
        self.text(text);
        self.text("\n");
    }

    /// Each line of `text`, newline-terminated (as `text.lines()` one by one would add
    /// them, in one copy when there is no `\r` to drop).
    fn lines(&mut self, text: &str) {
        if text.contains('\r') {
            for l in text.lines() {
                self.line(l);
            }
        } else if !text.is_empty() {
            self.text(text);
            if !text.ends_with('\n') {
                self.text("\n");
            }
        }
    }

    fn value(&mut self, v: &Value<String>) {
        self.0.push(SubPart::Value(v.expr().clone()));
    }
}

/// Quotes a literal for bash (single quotes).
fn sq(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Everything the script decides from the topology.
struct Plan<'a> {
    topology: &'a Topology,
    server: &'a ResolvedServer,
    domain: String,
    admin: String,
    /// The cluster's first LDAP server: the initial master.
    first_ldap: Option<&'a ResolvedServer>,
    /// The server this one runs zmsetup against.
    ldap_host: String,
    /// `ldap://fqdn:389` of every LDAP server, same AZ first.
    ldap_urls: Vec<String>,
    smtp_host: String,
    /// First mailbox server of the cluster: creates the admin account, sets global config.
    first_mailbox: bool,
    my_networks: Vec<String>,
    nlb_subnets: Vec<String>,
}

impl<'a> Plan<'a> {
    fn new(inputs: &BootInputs<'a>) -> Self {
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
            .map(|l| format!("ldap://{}:389", l.fqdn))
            .collect();
        let smtp_host = if s.kind.is_mta() {
            s.fqdn.clone()
        } else {
            t.mta_for(s.az)
                .map_or_else(|| s.fqdn.clone(), |m| m.fqdn.clone())
        };
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
            smtp_host,
            first_mailbox,
            my_networks,
            nlb_subnets,
        }
    }

    /// The logger host: the mailbox server marked `.logger()`, or, when none is marked (a
    /// single server, say), the cluster's first mailbox server, so there is always exactly one.
    fn is_logger(&self) -> bool {
        let marked = self.topology.servers.iter().any(|x| x.logger);
        self.server.logger || (!marked && self.first_mailbox)
    }

    fn is_first_ldap(&self) -> bool {
        self.server.kind.is_ldap() && self.first_ldap.is_some_and(|f| f.fqdn == self.server.fqdn)
    }

    fn roles(&self) -> String {
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
    fn packages(&self) -> String {
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

    /// The mailbox server an MTA authenticates SMTP clients against: same AZ first.
    fn mta_auth_host(&self) -> String {
        let boxes = || self.topology.servers.iter().filter(|x| x.kind.is_mailbox());
        if self.server.kind.is_mailbox() {
            return self.server.fqdn.clone();
        }
        boxes()
            .find(|x| x.az == self.server.az)
            .or_else(|| boxes().next())
            .map_or_else(|| self.server.fqdn.clone(), |m| m.fqdn.clone())
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn header(s: &mut Script, p: &Plan) {
    let srv = p.server;
    let az = p.topology.azs.get(srv.az).map_or("?", |a| a.az.as_str());
    s.line("");
    s.line(&format!(
        "# Zimbra bootstrap for {} ({:?} server, {az}, {}).",
        srv.fqdn, srv.kind, srv.ip
    ));
    s.line(&format!("# Roles: {}.", p.roles()));
    s.line(
        "# Generated by zimbra-constructs: change the cluster program and redeploy, not this file.",
    );
    s.line(&format!("FQDN={}", sq(&srv.fqdn)));
    s.text("export AWS_DEFAULT_REGION='");
    s.value(&Value::from(Pseudo::Region));
    s.line("'");
    s.line(&format!("log \"starting for $FQDN: {}\"", p.roles()));
}

fn host_setup(s: &mut Script, p: &Plan) {
    let srv = p.server;
    s.lines(&format!(
        r#"
# Host name: Zimbra needs the FQDN, and /etc/hosts mapping it to the real private address
# (never a loopback alias); 127.0.0.1 must stay localhost.localdomain/localhost for MariaDB.
hostnamectl set-hostname {fqdn}
cat > /etc/cloud/cloud.cfg.d/99-zimbra-hostname.cfg <<'EOF'
preserve_hostname: true
manage_etc_hosts: false
EOF
cat > /etc/hosts <<'EOF'
127.0.0.1 localhost.localdomain localhost
{ip} {fqdn} {short}
::1 ip6-localhost ip6-loopback
EOF"#,
        fqdn = srv.fqdn,
        ip = srv.ip,
        short = srv.label.as_str(),
    ));
}

fn packages(s: &mut Script, p: &Plan) {
    s.line("install_os_packages");
    if p.server.kind.is_mta() {
        s.lines(
            r"# zimbra-dnscache listens on port 53: move systemd-resolved's stub listener out of its way.
mkdir -p /etc/systemd/resolved.conf.d
printf '[Resolve]\nDNSStubListener=no\n' > /etc/systemd/resolved.conf.d/zimbra-dnscache.conf
ln -sf /run/systemd/resolve/resolv.conf /etc/resolv.conf
systemctl restart systemd-resolved",
        );
    }
}

fn volumes(s: &mut Script, inputs: &BootInputs) {
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

fn secrets(s: &mut Script, inputs: &BootInputs) {
    s.line("log \"fetching passwords from Secrets Manager\"");
    for (((id, _), var), arn) in ZimbraSecrets::KEYS
        .iter()
        .zip(SHELL_VARS)
        .zip(inputs.secrets.values())
    {
        s.text(&format!("fetch_password {var} {id} '"));
        s.value(arn);
        s.line("'");
    }
}

fn wait_for_ldap(s: &mut Script, p: &Plan) {
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
        "# Setup needs {why}: wait for port 389, then for a bind as uid=zimbra that can read {base}."
    ));
    s.line(&format!("wait_for_ldap {} {base}", sq(&p.ldap_host)));
}

/// Writes the `KEY="value"` lines of the installer's defaults file; passwords reference shell
/// variables.
fn defaults(s: &mut Script, p: &Plan) {
    let (srv, k) = (p.server, p.server.kind);
    let mut kv = |k: &str, v: &str| {
        s.text(k);
        s.text("=\"");
        s.text(v);
        s.text("\"\n");
    };
    kv("HOSTNAME", &srv.fqdn);
    kv("zimbra_server_hostname", &srv.fqdn);
    kv("LDAPHOST", &p.ldap_host);
    kv("LDAPPORT", "389");
    kv("SMTPHOST", &p.smtp_host);
    kv("INSTALL_PACKAGES", &p.packages());
    // Fetch dependencies (and packages not in the tarball) from Zimbra's repository
    // without asking.
    kv("USE_ZIMBRA_PACKAGE_SERVER", "yes");
    // Never "yes": install.sh would empty /opt/zimbra, including re-attached data volumes.
    kv("REMOVE", "no");
    kv("UPGRADE", "no");
    kv("STARTSERVERS", "yes");
    kv("EXPANDMENU", "no");
    kv("zimbraIPMode", "ipv4");
    kv("ZIMBRA_REQ_SECURITY", "yes");
    kv("zimbra_require_interprocess_security", "1");
    kv("ldap_dit_base_dn_config", "cn=zimbra");
    kv("zimbra_ldap_userdn", "uid=zimbra,cn=admins,cn=zimbra");
    kv("SNMPTRAPHOST", &srv.fqdn);
    kv("SNMPNOTIFY", "yes");
    kv("SMTPNOTIFY", "yes");
    kv("SMTPSOURCE", &p.admin);
    kv("SMTPDEST", &p.admin);
    kv("CREATEDOMAIN", &p.domain);
    kv("CREATEADMIN", &p.admin);
    // The domain is created once, when the first LDAP server initializes the directory; the
    // admin account once, by the first mailbox server.
    kv("DOCREATEDOMAIN", yes(p.is_first_ldap()));
    kv("DOCREATEADMIN", yes(p.first_mailbox));
    kv("AVUSER", &p.admin);
    kv("AVDOMAIN", &p.domain);
    if k.is_ldap() {
        kv("LDAPREPLICATIONTYPE", "mmr");
        kv("LDAPSERVERID", &srv.ldap_id.unwrap_or(1).to_string());
    }
    if k.is_mta() {
        kv("RUNAV", "yes");
        kv("RUNSA", "yes");
        kv("RUNDKIM", "yes");
        kv("RUNARCHIVING", "no");
        kv("MTAAUTHHOST", &p.mta_auth_host());
        kv("zimbraMtaMyNetworks", &p.my_networks.join(" "));
    }
    if k.is_proxy() {
        for (key, v) in [
            ("MAILPROXY", "TRUE"),
            ("HTTPPROXY", "TRUE"),
            ("PROXYMODE", "https"),
            ("zimbraMailProxy", "TRUE"),
            ("zimbraWebProxy", "TRUE"),
            ("HTTPPROXYPORT", "80"),
            ("HTTPSPROXYPORT", "443"),
            ("IMAPPROXYPORT", "143"),
            ("IMAPSSLPROXYPORT", "993"),
            ("POPPROXYPORT", "110"),
            ("POPSSLPROXYPORT", "995"),
        ] {
            kv(key, v);
        }
    }
    if k.is_mailbox() {
        // Upstream ports behind the proxies.
        for (key, v) in [
            ("MODE", "https"),
            ("SERVICEWEBAPP", "yes"),
            ("UIWEBAPPS", "yes"),
            ("INSTALL_WEBAPPS", "service zimlet zimbra zimbraAdmin"),
            ("mailboxd_directory", "/opt/zimbra/mailboxd"),
            ("mailboxd_server", "jetty"),
            ("mailboxd_keystore", "/opt/zimbra/mailboxd/etc/keystore"),
            ("zimbraReverseProxyLookupTarget", "TRUE"),
            ("HTTPPORT", "8080"),
            ("HTTPSPORT", "8443"),
            ("IMAPPORT", "7143"),
            ("IMAPSSLPORT", "7993"),
            ("POPPORT", "7110"),
            ("POPSSLPORT", "7995"),
            ("USESPELL", "yes"),
        ] {
            kv(key, v);
        }
        kv("SPELLURL", &format!("http://{}:7780/aspell.php", srv.fqdn));
    }
    for ((_, key), var) in ZimbraSecrets::KEYS.iter().zip(SHELL_VARS) {
        kv(key, &format!("${{{var}}}"));
    }
    kv("LDAPNGINXPASS", "${LDAP_NGINX_PW}");
}

fn install(s: &mut Script, p: &Plan) {
    let url = &p.topology.props.installer_url;
    s.lines(&format!(
        r#"
# Zimbra: the documented unattended install, `install.sh <defaults file>`: it installs
# INSTALL_PACKAGES and runs `zmsetup.pl -c <defaults file>`.
if [ -f {INSTALLED_MARKER} ]; then
  log "Zimbra already installed ({INSTALLED_MARKER}); skipping the installer"
else
  prepare_installer {url}
  umask 077
  cat > "$DEFAULTS" <<EOF"#,
        url = sq(url),
    ));
    defaults(s, p);
    s.lines(&format!(
        r#"EOF
  umask 022
  run_installer '{packages}'
fi"#,
        packages = p.packages(),
    ));
}

/// The shell functions every server's script starts with. They take no per-server values,
/// so a cell stack holds them once (see [`user_data`]) and each server's part stays small.
#[must_use]
pub fn library() -> String {
    format!(
        r#"#!/bin/bash
# zimbra-constructs bootstrap library: shared by every server of the stack; the server's own
# part follows it. cloud-init runs the script once; markers under /var/lib/zimbra-constructs
# make re-runs harmless.
set -euo pipefail
umask 022
LOG={LOG_FILE}
touch "$LOG"
chmod 600 "$LOG"
exec > >(tee -a "$LOG") 2>&1
log() {{ echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) zimbra-bootstrap: $*" >&2; }}
die() {{ log "ERROR: $*"; exit 1; }}
DEFAULTS=""
cleanup() {{ if [ -n "$DEFAULTS" ]; then rm -f "$DEFAULTS"; fi; }}
trap cleanup EXIT
trap 'log "ERROR: command failed at line $LINENO (exit $?); see $LOG"' ERR
retry() {{
  local n=1
  until "$@"; do
    if [ "$n" -ge 5 ]; then return 1; fi
    log "retrying ($n/5): $1"
    sleep $((n * 10))
    n=$((n + 1))
  done
}}
as_zimbra() {{ su - zimbra -c "$1"; }}
mkdir -p /var/lib/zimbra-constructs
chmod 700 /var/lib/zimbra-constructs
export DEBIAN_FRONTEND=noninteractive

# OS packages (Ubuntu 22.04); keep the unattended upgrader off the dpkg lock meanwhile.
install_os_packages() {{
  systemctl stop apt-daily.timer apt-daily-upgrade.timer unattended-upgrades.service 2>/dev/null || true
  log "installing OS packages"
  retry apt-get -y -q -o DPkg::Lock::Timeout=900 update
  retry apt-get -y -q -o DPkg::Lock::Timeout=900 install awscli netcat-openbsd jq curl ldap-utils e2fsprogs
}}

# Data volumes: an EBS volume shows up as NVMe with its id (without the dash) as serial.
# A filesystem is made only on a blank volume: existing data is never reformatted.
mount_volume() {{
  local vol="$1" dir="$2" attach="$3" dev="" fstype uuid i cand
  for i in $(seq 1 120); do
    for cand in "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${{vol//-/}}" "$attach" "/dev/xvd${{attach#/dev/sd}}"; do
      if [ -b "$cand" ]; then dev="$(readlink -f "$cand")"; break 2; fi
    done
    if [ $((i % 12)) -eq 0 ]; then log "waiting for volume $vol ($attach) to appear"; fi
    sleep 5
  done
  if [ -z "$dev" ]; then die "volume $vol did not appear within 10 minutes"; fi
  fstype="$(blkid -o value -s TYPE "$dev" || true)"
  if [ -z "$fstype" ]; then
    log "formatting blank volume $vol ($dev) as ext4 for $dir"
    mkfs.ext4 -q -m 0 "$dev"
  else
    log "volume $vol ($dev) already has $fstype: keeping its data"
  fi
  uuid="$(blkid -o value -s UUID "$dev")"
  mkdir -p "$dir"
  if ! grep -q "^UUID=$uuid " /etc/fstab; then
    echo "UUID=$uuid $dir ${{fstype:-ext4}} defaults,noatime,nofail 0 2" >> /etc/fstab
  fi
  if ! mountpoint -q "$dir"; then mount "$dir"; fi
}}

# Passwords come from Secrets Manager at boot; none is in the template. The defaults file
# is sourced by install.sh and parsed by zmsetup.pl, so a password must not hold a quote,
# dollar, backquote, backslash or newline (generate them without punctuation).
check_password() {{
  if [ "${{#2}}" -lt 6 ]; then die "secret $1 is shorter than Zimbra's 6-character minimum"; fi
  case "$2" in
    *[\"\$\`\\]* | *$'\n'*) die "secret $1 contains a quote, dollar, backquote, backslash or newline; regenerate it without them" ;;
  esac
}}
# fetch_password VARIABLE SECRET_ID SECRET_ARN
fetch_password() {{
  local value
  value="$(retry aws secretsmanager get-secret-value --secret-id "$3" --query SecretString --output text)"
  check_password "$2" "$value"
  printf -v "$1" '%s' "$value"
}}

# wait_for_ldap HOST BASE: port 389, then a bind as uid=zimbra that can read BASE.
wait_for_ldap() {{
  local host="$1" base="$2" deadline=$((SECONDS + {secs})) pwfile
  log "waiting for LDAP on $host:389 (up to {mins} minutes)"
  until nc -z -w 5 "$host" 389; do
    if [ "$SECONDS" -ge "$deadline" ]; then die "LDAP $host:389 did not answer within {mins} minutes; check $LOG on $host"; fi
    sleep 15
  done
  log "LDAP $host:389 answers; waiting until $base is readable"
  pwfile="$(mktemp)"
  printf '%s' "$LDAP_ADMIN_PW" > "$pwfile"
  until LDAPTLS_REQCERT=never ldapsearch -x -Z -H "ldap://$host:389" -D uid=zimbra,cn=admins,cn=zimbra -y "$pwfile" -b "$base" -s base dn > /dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then log "WARNING: $base on $host not readable yet; trying setup anyway"; break; fi
    sleep 15
  done
  rm -f "$pwfile"
  log "LDAP $host is ready"
}}

# prepare_installer URL: download and unpack the Zimbra installer; sets DEFAULTS.
prepare_installer() {{
  mkdir -p /opt/zimbra-installer
  cd /opt/zimbra-installer
  log "downloading the Zimbra installer"
  retry curl -fsSL --connect-timeout 30 -o zcs.tgz "$1"
  rm -rf zcs
  mkdir zcs
  tar -xzf zcs.tgz -C zcs --strip-components=1
  DEFAULTS=/opt/zimbra-installer/zimbra-defaults
}}

# run_installer PACKAGES: install.sh with the defaults file, which is then removed.
run_installer() {{
  log "running install.sh with the defaults file (packages: $1)"
  if ! (cd /opt/zimbra-installer/zcs && ./install.sh "$DEFAULTS" < /dev/null); then
    die "install.sh failed; see /tmp/install.log.* and /tmp/zmsetup.*.log"
  fi
  rm -f "$DEFAULTS"
  DEFAULTS=""
  touch {INSTALLED_MARKER}
  log "Zimbra installed and set up"
}}
"#,
        secs = LDAP_WAIT_MINUTES * 60,
        mins = LDAP_WAIT_MINUTES,
    )
}

fn configure(s: &mut Script, inputs: &BootInputs, p: &Plan) {
    let urls = p.ldap_urls.join(" ");
    s.lines(&format!(
        r#"
# Cluster settings, applied once after setup.
if [ -f {CONFIGURED_MARKER} ]; then
  log "cluster settings already applied ({CONFIGURED_MARKER})"
  exit 0
fi
# Every server lists the LDAP servers of its own AZ first.
log "setting ldap_url and ldap_master_url: {urls}"
as_zimbra '/opt/zimbra/bin/zmlocalconfig -e ldap_url="{urls}"'
as_zimbra '/opt/zimbra/bin/zmlocalconfig -e ldap_master_url="{urls}"'"#,
    ));
    if p.is_first_ldap() {
        let me = &p.server.fqdn;
        let peers: Vec<&ResolvedServer> = p
            .topology
            .servers
            .iter()
            .filter(|x| x.kind.is_ldap() && x.fqdn != *me)
            .collect();
        if !peers.is_empty() {
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
                    "  as_zimbra '/opt/zimbra/libexec/zmldapenable-mmr -r {rid}{sid} -m ldap://{fqdn}:389/'",
                    rid = 100 + i + 1,
                    fqdn = peer.fqdn,
                ));
            }
            s.line(&format!("  touch {MMR_MARKER}"));
            s.line("fi");
        }
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
        s.lines(&format!(
            r#"# Global config, set once from the first mailbox server (re-running sets the same values).
# zimbraMtaMyNetworks: loopback, the NLB's (public) subnets and the private subnets. This is
# safe ONLY because the NLB preserves client IP addresses: without that, every SMTP client
# would appear to come from the NLB's subnet and the MTAs would be an open relay.
log "setting zimbraMtaMyNetworks and zimbraHttpThrottleSafeIPs"
as_zimbra '/opt/zimbra/bin/zmprov -l mcf zimbraMtaMyNetworks "{nets}"'
# The NLB's own addresses (health checks) live in its subnets: never throttle them.
as_zimbra '/opt/zimbra/bin/zmprov -l mcf {safe}'"#,
            safe = safe.join(" "),
        ));
    }
    if p.server.kind.is_mailbox() && p.topology.props.s3_hsm {
        s.lines(
            r"# S3 HSM: Zimbra stages blobs in these directories.
mkdir -p /opt/zimbra/cache /opt/zimbra/incoming
chown zimbra:zimbra /opt/zimbra/cache /opt/zimbra/incoming
# Where the operator finds the bucket and the access key's secret for the S3 store
# (zmhsm / external store setup). The key itself is not written to disk: read it from
# Secrets Manager when configuring the store.
umask 077
cat > /root/zimbra-s3-store.conf <<'EOF'",
        );
        s.line(&format!(
            "# S3 HSM store settings for {} (written by zimbra-constructs).",
            p.server.fqdn
        ));
        s.text("REGION='");
        s.value(&Value::from(Pseudo::Region));
        s.line("'");
        match &inputs.hsm_bucket {
            Some(b) => {
                s.text("HSM_BUCKET='");
                s.value(b);
                s.line("'");
            }
            None => s.line("# HSM_BUCKET: not provided to this server"),
        }
        match &inputs.s3_key_secret {
            Some(arn) => {
                s.text("S3_KEY_SECRET_ARN='");
                s.value(arn);
                s.line("'");
            }
            None => s.line("# S3_KEY_SECRET_ARN: not provided to this server"),
        }
        s.lines(
            r"EOF
chmod 600 /root/zimbra-s3-store.conf
umask 022",
        );
    }
    s.lines(&format!(
        r#"# Let every server's zmrcd accept the others' SSH keys, then restart with the new settings.
as_zimbra '/opt/zimbra/bin/zmupdateauthkeys' || log "WARNING: zmupdateauthkeys failed; run it later as zimbra"
as_zimbra '/opt/zimbra/bin/zmcontrol restart'
touch {CONFIGURED_MARKER}
log "done: $FQDN is ready""#
    ));
}

#[cfg(test)]
mod tests;
