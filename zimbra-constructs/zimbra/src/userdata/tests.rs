//! The servers' bootstrap scripts: rendered as plain text for every server kind and checked
//! as shell (`bash -n`, and `shellcheck` when installed) and against the reference
//! architecture's facts (defaults keys per role, LDAP order, waits, secrets, networks, volumes).

use std::collections::BTreeMap;
use std::io::Write;
use std::process::Command;

use crate::secrets::{ZimbraSecrets, PASSWORDS};
use crate::spec::{
    AzCell, BackupTarget, ClusterProps, EdgeNode, LdapMmr, MailboxNode, MtaNode, ProxyNode,
    SingleServer,
};
use crate::topology::{ResolvedServer, ServerKind, Topology};
use crate::userdata::{
    library as library_text, render_plain, script_parts, server_parts, stack_config, BootInputs,
    ServerPart, SharedScript, SCRIPT_FILE,
};
use zimbra_constructs_core::value::SubPart;
use zimbra_constructs_core::{Expr, Value};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const INSTALLER_URL: &str =
    "https://example.org/zimbra/zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616.tgz";
const INSTALLER_SHA256: &str = "5f1d2a0c9e6b4f3a8d7c1e0b2a4f6d8c9e1b3a5f7d9c2e4b6a8f0d1c3e5b7a9f";

fn installer() -> crate::installer::ZimbraInstaller {
    crate::installer::ZimbraInstaller::new(INSTALLER_URL, INSTALLER_SHA256)
}

fn props() -> Result<ClusterProps, Box<dyn std::error::Error>> {
    Ok(
        ClusterProps::new("mycompany.com".parse()?, "us-east-2".parse()?)
            .vpc_cidr("172.16.0.0/16".parse()?)
            .installer(installer()),
    )
}

/// Three AZs: two with split roles (a has two mailboxes, the first the logger), one with an
/// edge server.
fn cluster(props: ClusterProps) -> Result<Topology, Box<dyn std::error::Error>> {
    let cells = [
        AzCell::new("us-east-2a".parse()?)
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new())
            .mailbox(MailboxNode::new().logger())
            .mailbox(MailboxNode::new()),
        AzCell::new("us-east-2b".parse()?)
            .mta(MtaNode::new())
            .proxy(ProxyNode::new())
            .ldap(LdapMmr::new())
            .mailboxes(1),
        AzCell::new("us-east-2c".parse()?)
            .edge(EdgeNode::new())
            .mailboxes(1),
    ];
    let (t, _) = Topology::resolve(&props, &cells).map_err(|d| format!("{d:?}"))?;
    Ok(t)
}

fn single(props: ClusterProps) -> Result<Topology, Box<dyn std::error::Error>> {
    let cells = [AzCell::new("us-east-2a".parse()?).single(SingleServer::new())];
    let (t, _) = Topology::resolve(&props, &cells).map_err(|d| format!("{d:?}"))?;
    Ok(t)
}

fn secret_arn(id: &str) -> String {
    format!("arn:aws:secretsmanager:us-east-2:111122223333:secret:{id}-Ab12Cd")
}

fn secrets() -> ZimbraSecrets {
    ZimbraSecrets::new(PASSWORDS.map(|p| Value::from(secret_arn(p.id))))
}

fn volume_id(server: usize, volume: usize) -> String {
    format!("vol-0{server:08}{volume:08}")
}

fn inputs<'a>(t: &'a Topology, i: usize, secrets: &'a ZimbraSecrets) -> BootInputs<'a> {
    let server = &t.servers[i];
    BootInputs {
        topology: t,
        server,
        secrets,
        s3_key_secret: Some(Value::from(secret_arn("S3Key"))),
        hsm_bucket: Some(Value::from("zimbra-hsm-bucket")),
        volume_ids: (0..server.volumes.len())
            .map(|v| Value::from(volume_id(i, v)))
            .collect(),
    }
}

fn script(t: &Topology, i: usize) -> String {
    let s = secrets();
    render_plain(&script_parts(&inputs(t, i, &s)))
}

fn server<'a>(t: &'a Topology, label: &str) -> (usize, &'a ResolvedServer) {
    t.servers
        .iter()
        .enumerate()
        .find(|(_, s)| s.label.as_str() == label)
        .unwrap_or_else(|| panic!("no server {label}"))
}

/// The defaults file's `KEY="value"` lines.
fn defaults(script: &str) -> BTreeMap<String, String> {
    let start = script
        .find("cat > \"$DEFAULTS\" <<EOF\n")
        .expect("defaults file")
        + 24;
    let body = &script[start..];
    let body = &body[..body.find("\nEOF\n").expect("end of defaults")];
    body.lines()
        .map(|l| {
            let (k, v) = l.split_once('=').expect("KEY=value");
            assert!(
                v.starts_with('"') && v.ends_with('"'),
                "unquoted value in {l}"
            );
            (k.to_owned(), v.trim_matches('"').to_owned())
        })
        .collect()
}

fn shell_check(name: &str, text: &str) {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(text.as_bytes()).expect("write script");
    let out = Command::new("bash")
        .arg("-n")
        .arg(f.path())
        .output()
        .expect("run bash -n");
    assert!(
        out.status.success(),
        "bash -n {name}: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    match Command::new("shellcheck").args(["-S", "warning", "-s", "bash"]).arg(f.path()).output() {
        Ok(out) => assert!(
            out.status.success(),
            "shellcheck {name}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        ),
        Err(_) => println!("NOTICE: shellcheck not found on PATH; skipped for {name} (apt-get install -y shellcheck)"),
    }
}

#[test]
fn every_kind_renders_valid_shell() -> TestResult {
    let variants = [
        cluster(props()?)?,
        cluster(props()?.s3_hsm(false).backups(BackupTarget::S3))?,
        single(props()?)?,
        single(props()?.s3_hsm(false).backups(BackupTarget::S3))?,
    ];
    let mut kinds = std::collections::BTreeSet::new();
    for (v, t) in variants.iter().enumerate() {
        for (i, s) in t.servers.iter().enumerate() {
            kinds.insert(s.kind);
            let text = script(t, i);
            assert!(text.starts_with("#!/bin/bash\n"), "{}", s.fqdn);
            // The script is the content of the server's SSM document (with a few lines of
            // wrapper): Systems Manager takes documents of up to 64 KB.
            assert!(
                text.len() < 60 * 1024,
                "{}: {} bytes, near SSM's 64 KB document limit",
                s.fqdn,
                text.len()
            );
            shell_check(&format!("variant {v} {}", s.fqdn), &text);
            // For review: ZIMBRA_USERDATA_DUMP=/some/dir writes every rendered script there.
            if let Some(dir) = std::env::var_os("ZIMBRA_USERDATA_DUMP") {
                std::fs::write(
                    std::path::Path::new(&dir).join(format!("{v}-{}.sh", s.label)),
                    &text,
                )?;
            }
        }
    }
    for k in [
        ServerKind::Mta,
        ServerKind::Proxy,
        ServerKind::Ldap,
        ServerKind::Mailbox,
        ServerKind::Edge,
        ServerKind::Single,
    ] {
        assert!(kinds.contains(&k), "{k:?} not covered");
    }
    Ok(())
}

#[test]
fn header_logging_and_host_name() -> TestResult {
    let t = cluster(props()?)?;
    let (i, s) = server(&t, "mailbox-a2");
    let text = script(&t, i);
    assert!(
        text.contains("set -Eeuo pipefail"),
        "errtrace: the ERR trap also fires inside functions"
    );
    assert!(text.contains("/var/log/zimbra-bootstrap.log"));
    assert!(text.contains("Generated by zimbra-constructs"));
    assert!(text.contains("mailbox-a2.mycompany.com"));
    assert!(text.contains("# Roles: mailbox."));
    assert!(text.contains(&format!(
        "\nset_host_name 'mailbox-a2.mycompany.com' 'mailbox-a2' {}\n",
        s.ip
    )));
    assert!(text.contains("hostnamectl set-hostname \"$1\""));
    assert!(text.contains("127.0.0.1 localhost.localdomain localhost\\n%s %s %s\\n"));
    assert!(!text.contains("127.0.1.1"));
    assert!(text.contains("export AWS_DEFAULT_REGION='us-east-2'"));
    assert!(text.contains("install awscli netcat-openbsd curl ldap-utils e2fsprogs cron"));
    assert!(text.contains("\ninstall_os_packages\n"));
    let (_, l) = server(&t, "ldap-a1");
    let text = script(
        &t,
        t.servers.iter().position(|x| x == l).unwrap_or_default(),
    );
    assert!(text.contains("# Roles: LDAP MMR (server id 1, initial master)."));
    Ok(())
}

#[test]
fn defaults_per_role() -> TestResult {
    let t = cluster(props()?)?;
    let get = |label: &str| defaults(&script(&t, server(&t, label).0));
    let expect = [
        ("mta-a1", "zimbra-core zimbra-mta zimbra-dnscache zimbra-snmp"),
        ("proxy-a1", "zimbra-core zimbra-snmp zimbra-memcached zimbra-proxy"),
        ("ldap-a1", "zimbra-core zimbra-ldap zimbra-snmp"),
        ("ldap-b1", "zimbra-core zimbra-ldap zimbra-snmp"),
        ("mailbox-a1", "zimbra-core zimbra-logger zimbra-snmp zimbra-store zimbra-apache zimbra-spell"),
        ("mailbox-a2", "zimbra-core zimbra-snmp zimbra-store zimbra-apache zimbra-spell"),
        (
            "edge-c1",
            "zimbra-core zimbra-ldap zimbra-mta zimbra-dnscache zimbra-snmp zimbra-memcached zimbra-proxy",
        ),
    ];
    for (label, packages) in expect {
        let d = get(label);
        let fqdn = format!("{label}.mycompany.com");
        assert_eq!(d["INSTALL_PACKAGES"], packages, "{label}");
        assert_eq!(d["HOSTNAME"], fqdn, "{label}");
        assert_eq!(d["zimbra_server_hostname"], fqdn, "{label}");
        assert_eq!(d["LDAPPORT"], "389", "{label}");
        assert_eq!(d["REMOVE"], "no", "{label}");
        assert_eq!(d["CREATEADMIN"], "admin@mycompany.com", "{label}");
        assert_eq!(d["AVDOMAIN"], "mycompany.com", "{label}");
        let ldap = label.starts_with("ldap") || label.starts_with("edge");
        assert_eq!(
            d.get("LDAPREPLICATIONTYPE").map(String::as_str),
            ldap.then_some("mmr"),
            "{label}"
        );
        assert_eq!(d.contains_key("LDAPSERVERID"), ldap, "{label}");
        for key in PASSWORDS.map(|p| p.defaults_key) {
            assert!(
                d[key].starts_with("${") && d[key].ends_with('}'),
                "{label} {key}"
            );
        }
        // Not zmsetup.pl keys: it reads ldap_nginx_password, and sets zimbraMtaAuthTarget itself.
        assert!(
            !d.contains_key("LDAPNGINXPASS") && !d.contains_key("MTAAUTHHOST"),
            "{label}"
        );
        assert_eq!(d["ldap_nginx_password"], "${LDAP_NGINX_PW}");
    }
    // The logger package only on the logger host.
    for s in &t.servers {
        let d = defaults(&script(&t, server(&t, s.label.as_str()).0));
        assert_eq!(
            d["INSTALL_PACKAGES"].contains("zimbra-logger"),
            s.logger,
            "{}",
            s.fqdn
        );
    }
    Ok(())
}

#[test]
fn defaults_name_the_ldap_and_smtp_hosts_and_create_the_domain_and_admin_once() -> TestResult {
    let t = cluster(props()?)?;
    let get = |label: &str| defaults(&script(&t, server(&t, label).0));
    // Server ids, LDAP hosts, SMTP hosts.
    assert_eq!(get("ldap-a1")["LDAPSERVERID"], "1");
    assert_eq!(get("ldap-b1")["LDAPSERVERID"], "2");
    assert_eq!(get("edge-c1")["LDAPSERVERID"], "3");
    assert_eq!(get("ldap-a1")["LDAPHOST"], "ldap-a1.mycompany.com");
    assert_eq!(
        get("ldap-b1")["LDAPHOST"],
        "ldap-a1.mycompany.com",
        "replicas join the initial master"
    );
    assert_eq!(get("edge-c1")["LDAPHOST"], "ldap-a1.mycompany.com");
    assert_eq!(
        get("mailbox-b1")["LDAPHOST"],
        "ldap-b1.mycompany.com",
        "same-AZ LDAP"
    );
    assert_eq!(get("mailbox-c1")["LDAPHOST"], "edge-c1.mycompany.com");
    // Every MTA, same AZ first: a mailbox fails over to the others (DR scenario 2).
    let mtas = |first: &str, rest: &str| format!("{first}.mycompany.com {rest}");
    assert_eq!(
        get("mailbox-a1")["SMTPHOST"],
        mtas("mta-a1", "mta-b1.mycompany.com edge-c1.mycompany.com")
    );
    assert_eq!(
        get("mailbox-b1")["SMTPHOST"],
        mtas("mta-b1", "mta-a1.mycompany.com edge-c1.mycompany.com")
    );
    assert_eq!(
        get("mailbox-c1")["SMTPHOST"],
        mtas("edge-c1", "mta-a1.mycompany.com mta-b1.mycompany.com")
    );
    assert_eq!(get("mta-a1")["RUNAV"], "yes");
    assert_eq!(
        get("proxy-a1")["PROXYMODE"],
        "redirect",
        "port 80 must be served"
    );
    assert_eq!(get("edge-c1")["PROXYMODE"], "redirect");
    for label in ["proxy-a1", "mailbox-a2", "edge-c1"] {
        let d = get(label);
        for (key, port) in [
            ("HTTPPORT", "8080"),
            ("HTTPPROXYPORT", "80"),
            ("HTTPSPORT", "8443"),
            ("HTTPSPROXYPORT", "443"),
            ("IMAPSSLPROXYPORT", "993"),
            ("POPSSLPORT", "7995"),
        ] {
            assert_eq!(d[key], port, "{label} {key}");
        }
    }
    // The training accounts come from global config, the same on every mailbox server.
    for label in ["mailbox-a1", "mailbox-b1"] {
        let d = get(label);
        assert_eq!(d["TRAINSASPAM"], "${SPAM_ACCOUNT}");
        assert_eq!(d["TRAINSAHAM"], "${HAM_ACCOUNT}");
        assert_eq!(d["VIRUSQUARANTINE"], "${VIRUS_ACCOUNT}");
        assert_eq!(d["DOTRAINSA"], "yes");
    }
    assert_eq!(get("ldap-a1")["zimbraPrefTimeZoneId"], "UTC");
    assert!(!get("ldap-b1").contains_key("zimbraPrefTimeZoneId"));
    assert_eq!(
        get("mailbox-a2")["mailboxd_directory"],
        "/opt/zimbra/mailboxd"
    );
    // Domain once (first LDAP), admin account once (first mailbox).
    for s in &t.servers {
        let d = get(s.label.as_str());
        assert_eq!(
            d["DOCREATEDOMAIN"],
            if s.label.as_str() == "ldap-a1" {
                "yes"
            } else {
                "no"
            }
        );
        assert_eq!(
            d["DOCREATEADMIN"],
            if s.label.as_str() == "mailbox-a1" {
                "yes"
            } else {
                "no"
            }
        );
    }
    Ok(())
}

#[test]
fn a_single_server_is_its_own_ldap_smtp_and_logger_host() -> TestResult {
    let t = single(props()?)?;
    let d = defaults(&script(&t, 0));
    assert_eq!(d["LDAPHOST"], "zimbra-a1.mycompany.com");
    assert_eq!(d["SMTPHOST"], "zimbra-a1.mycompany.com");
    assert_eq!(
        d["INSTALL_PACKAGES"],
        "zimbra-core zimbra-ldap zimbra-logger zimbra-mta zimbra-dnscache zimbra-snmp zimbra-store zimbra-apache zimbra-spell zimbra-memcached zimbra-proxy"
    );
    assert_eq!(
        (d["DOCREATEDOMAIN"].as_str(), d["DOCREATEADMIN"].as_str()),
        ("yes", "yes")
    );
    Ok(())
}

#[test]
fn defaults_file_is_private_and_removed() -> TestResult {
    let t = cluster(props()?)?;
    let text = script(&t, server(&t, "mailbox-a1").0);
    let umask = text
        .find("umask 077\n  cat > \"$DEFAULTS\" <<EOF")
        .expect("umask 077 before the defaults file");
    let install = text
        .find("\n  run_installer '")
        .expect("run_installer call");
    assert!(
        umask < install,
        "defaults written (privately) before the installer runs"
    );
    // run_installer (library) runs install.sh on the defaults file, then removes it.
    let body = &text[text
        .find("run_installer() {")
        .expect("run_installer defined")..];
    let run = body
        .find("./install.sh \"$DEFAULTS\"")
        .expect("install.sh <defaults>");
    let remove = body
        .find("rm -f \"$DEFAULTS\" \"$ROOT\"/opt/zimbra/config.[0-9]*")
        .expect("defaults removed");
    assert!(run < remove);
    assert!(text.contains("if [ -f \"$STATE/installed\" ]; then"));
    assert!(text.contains("STATE=\"$ROOT/var/lib/zimbra-constructs\""));
    assert!(text.contains("curl -fsSL --proto =https"));
    assert!(text.contains(&format!(
        "\n  prepare_installer '{INSTALLER_URL}' '{INSTALLER_SHA256}' UBUNTU22_64\n"
    )));
    // The checksum is checked before the tarball is unpacked.
    let verify = text.find("sha256sum -c").expect("checksum check");
    assert!(verify < text.find("tar -xzf").expect("unpack"));
    Ok(())
}

#[test]
fn ldap_urls_list_same_az_first() -> TestResult {
    let t = cluster(props()?)?;
    let cases = [
        ("mailbox-a1", "ldap://ldap-a1.mycompany.com:389 ldap://ldap-b1.mycompany.com:389 ldap://edge-c1.mycompany.com:389"),
        ("mailbox-b1", "ldap://ldap-b1.mycompany.com:389 ldap://ldap-a1.mycompany.com:389 ldap://edge-c1.mycompany.com:389"),
        ("proxy-b1", "ldap://ldap-b1.mycompany.com:389 ldap://ldap-a1.mycompany.com:389 ldap://edge-c1.mycompany.com:389"),
        ("mailbox-c1", "ldap://edge-c1.mycompany.com:389 ldap://ldap-a1.mycompany.com:389 ldap://ldap-b1.mycompany.com:389"),
        ("edge-c1", "ldap://edge-c1.mycompany.com:389 ldap://ldap-a1.mycompany.com:389 ldap://ldap-b1.mycompany.com:389"),
    ];
    for (label, urls) in cases {
        let text = script(&t, server(&t, label).0);
        assert!(
            text.contains(&format!("zmlocalconfig -e ldap_url=\"{urls}\"")),
            "{label}"
        );
        assert!(
            text.contains(&format!(" ldap_master_url=\"{urls}\"'")),
            "{label}"
        );
    }
    // A full mesh: each LDAP server adds an agreement (rid 100 + peer id) to every peer
    // but the initial master, which zmsetup.pl gives joiners (rid 100); its own id goes with
    // the first call only (mmr_agree passes -s while zmldapmmrtool shows no server id).
    let mmr = |label: &str| -> Vec<String> {
        script(&t, server(&t, label).0)
            .lines()
            .filter(|l| l.starts_with("mmr_agree ") || l.starts_with("verify_mmr "))
            .map(str::to_owned)
            .collect()
    };
    let url = |l: &str| format!("{l}.mycompany.com");
    assert_eq!(
        mmr("ldap-a1"),
        [
            format!("mmr_agree 102 {} 1", url("ldap-b1")),
            format!("mmr_agree 103 {} 1", url("edge-c1")),
            format!("verify_mmr {} {}", url("ldap-b1"), url("edge-c1")),
        ]
    );
    assert_eq!(
        mmr("ldap-b1"),
        [
            format!("mmr_agree 103 {} 2", url("edge-c1")),
            format!("verify_mmr {} {}", url("ldap-a1"), url("edge-c1")),
        ]
    );
    assert_eq!(
        mmr("edge-c1"),
        [
            format!("mmr_agree 102 {} 3", url("ldap-b1")),
            format!("verify_mmr {} {}", url("ldap-a1"), url("ldap-b1")),
        ]
    );
    assert!(mmr("mailbox-a1").is_empty());
    Ok(())
}

#[test]
fn every_server_but_the_initial_master_waits_for_its_ldap_servers_ready_marker() -> TestResult {
    let t = cluster(props()?)?;
    for (i, s) in t.servers.iter().enumerate() {
        let text = script(&t, i);
        let first = s.label.as_str() == "ldap-a1";
        assert_eq!(text.contains("\nawait_ready "), !first, "{}", s.fqdn);
        if s.kind.is_ldap() && !first {
            assert!(
                text.contains("\nawait_ready 'ldap-a1.mycompany.com'\n"),
                "{}",
                s.fqdn
            );
        }
        if !first {
            assert!(text.contains("-H \"ldap://$host:389\""));
            // 120 minutes, one try every 15 s, then the script dies.
            assert!(text.contains("await_ready() { wait_until 480 "));
            let wait = text.find("\nawait_ready ").unwrap_or_default();
            assert!(
                wait < text.find("\n  run_installer '").unwrap_or_default(),
                "wait before setup"
            );
        }
    }
    let text = script(&t, server(&t, "mailbox-b1").0);
    assert!(text.contains("\nawait_ready 'ldap-b1.mycompany.com'\ntraining_accounts 'ldap-b1.mycompany.com' 'mycompany.com'\n"));
    assert!(!script(&single(props()?)?, 0).contains("\nawait_ready "));
    Ok(())
}

#[test]
fn passwords_come_from_secrets_manager_only() -> TestResult {
    let t = cluster(props()?)?;
    for (i, s) in t.servers.iter().enumerate() {
        let text = script(&t, i);
        for id in PASSWORDS.map(|p| p.id) {
            let fetch = format!(" {id} '{}'\n", secret_arn(id));
            assert!(text.contains(&fetch), "{} {id}", s.fqdn);
        }
        // Every `...PASS="` / `..._password="` is followed by a shell variable only.
        let lower = text.to_lowercase();
        let hits: Vec<usize> = lower
            .match_indices("pass=\"")
            .map(|(at, _)| at + 6)
            .chain(lower.match_indices("password=\"").map(|(at, _)| at + 10))
            .collect();
        assert!(hits.len() >= 7, "{}: defaults passwords missing", s.fqdn);
        for at in hits {
            let value = &text[at..at + text[at..].find('"').unwrap_or_default()];
            assert!(
                value.starts_with("${")
                    && value.ends_with('}')
                    && value[2..value.len() - 1]
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c == '_'),
                "{}: literal password {value}",
                s.fqdn
            );
        }
    }
    Ok(())
}

#[test]
fn global_config_is_set_once_by_the_initial_master_before_its_marker() -> TestResult {
    let t = cluster(props()?)?;
    let nets = "127.0.0.0/8 172.16.0.0/26 172.16.0.64/26 172.16.0.128/26 172.16.1.0/26 172.16.1.64/26 172.16.1.128/26";
    let proxies: Vec<String> = t
        .servers
        .iter()
        .filter(|x| x.kind.is_proxy())
        .map(|x| x.ip.to_string())
        .collect();
    assert_eq!(proxies.len(), 3, "proxy-a1, proxy-b1, edge-c1");
    let trusted: Vec<String> = proxies
        .iter()
        .map(|ip| format!("zimbraMailTrustedIP {ip}"))
        .collect();
    let safe: Vec<String> = ["172.16.0.0/26", "172.16.0.64/26", "172.16.0.128/26"]
        .iter()
        .map(|n| (*n).to_owned())
        .chain(proxies.iter().cloned())
        .map(|n| format!("zimbraHttpThrottleSafeIPs {n}"))
        .collect();
    for (i, s) in t.servers.iter().enumerate() {
        let text = script(&t, i);
        let first = s.label.as_str() == "ldap-a1";
        let global = [
            format!("prov 'mcf zimbraMtaMyNetworks \"{nets}\"'"),
            format!("prov \"mcf {}\"", trusted.join(" ")),
            format!("prov \"mcf {}\"", safe.join(" ")),
            "prov \"mcf zimbraLogHostname mailbox-a1.mycompany.com\"".to_owned(),
            "prov \"mcf zimbraReverseProxyAdminEnabled TRUE\"".to_owned(),
            "prov \"mcf zimbraPublicServiceHostname mail.mycompany.com zimbraPublicServiceProtocol https zimbraPublicServicePort 443\"".to_owned(),
            "prov \"md mycompany.com zimbraVirtualHostname mail.mycompany.com\"".to_owned(),
        ];
        for line in &global {
            assert_eq!(
                text.contains(&format!("\n{line}\n")),
                first,
                "{}: {line}",
                s.fqdn
            );
        }
        if first {
            let set = text
                .find("mcf zimbraReverseProxyAdminEnabled")
                .unwrap_or_default();
            assert!(set < text.find("\nfinish checks").unwrap_or_default());
        }
        if s.kind.is_mta() {
            assert_eq!(defaults(&text)["zimbraMtaMyNetworks"], nets);
            assert!(text.contains(&format!(
                "prov 'ms {} zimbraMtaMyNetworks \"{nets}\"'",
                s.fqdn
            )));
            let cleanup = s.label.as_str() == "mta-a1";
            assert!(
                text.contains(&format!("zmtrainsa_cleanup_host={cleanup}'")),
                "{}",
                s.fqdn
            );
        }
    }
    // Why the NLB's subnets may be trusted is said where the line is written.
    let source = include_str!("../../bootstrap/global-config.sh");
    assert!(source.contains("NLB preserves client IP addresses"));
    assert!(source.contains("open relay"));
    Ok(())
}

#[test]
fn hsm_directories_only_with_s3_hsm() -> TestResult {
    for hsm in [true, false] {
        let t = cluster(props()?.s3_hsm(hsm))?;
        for (i, s) in t.servers.iter().enumerate() {
            let text = script(&t, i);
            let want = hsm && s.kind.is_mailbox();
            assert_eq!(
                text.contains("mkdir -p \"$ROOT/opt/zimbra/cache\" \"$ROOT/opt/zimbra/incoming\""),
                want,
                "{}",
                s.fqdn
            );
            assert_eq!(
                text.contains(
                    "chown zimbra:zimbra \"$ROOT/opt/zimbra/cache\" \"$ROOT/opt/zimbra/incoming\""
                ),
                want
            );
            assert_eq!(text.contains("HSM_BUCKET='zimbra-hsm-bucket'"), want);
            assert_eq!(
                text.contains(&format!("S3_KEY_SECRET_ARN='{}'", secret_arn("S3Key"))),
                want
            );
        }
    }
    Ok(())
}

#[test]
fn volumes_are_found_by_id_and_never_reformatted() -> TestResult {
    for backups in [BackupTarget::Volume, BackupTarget::S3] {
        let t = cluster(props()?.backups(backups))?;
        for (i, s) in t.servers.iter().enumerate() {
            let text = script(&t, i);
            assert_eq!(
                text.contains("\nmount_volume '"),
                s.kind.is_mailbox(),
                "{}",
                s.fqdn
            );
            for (v, vol) in s.volumes.iter().enumerate() {
                assert!(
                    text.contains(&format!(
                        "\nmount_volume '{}' {} {}\n",
                        volume_id(i, v),
                        vol.mount,
                        vol.device
                    )),
                    "{}",
                    s.fqdn
                );
            }
            let backup = text.contains(" /opt/zimbra/backup /dev/sdi");
            assert_eq!(
                backup,
                s.kind.is_mailbox() && backups == BackupTarget::Volume
            );
            if s.kind.is_mailbox() {
                assert!(text.contains("/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${vol//-/}"));
                assert!(text.contains("fstype=\"$(blkid -o value -s TYPE \"$dev\" || true)\"\n  if [ -z \"$fstype\" ]; then"));
                assert!(text.contains("defaults,noatime,nofail"));
                assert!(text.contains("UUID=$uuid"));
                let mount = text.find("\nmount_volume '").unwrap_or_default();
                assert!(
                    mount < text.find("\n  run_installer '").unwrap_or_default(),
                    "volumes before install"
                );
            }
        }
    }
    Ok(())
}

/// The runCommand of a stack's SSM document: `Fn::Join` of the wrapper's head, the library,
/// the wrapper's middle, one `Fn::Sub` per server and the wrapper's tail.
fn run_command(document: &Expr) -> Vec<Expr> {
    let get = |m: &Expr, k: &str| -> Expr {
        let Expr::Map(m) = m else {
            panic!("not a map where {k} should be")
        };
        m.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {k}"))
    };
    assert_eq!(get(document, "schemaVersion"), Expr::from("2.2"));
    let Expr::List(steps) = get(document, "mainSteps") else {
        panic!("mainSteps")
    };
    assert_eq!(get(&steps[0], "action"), Expr::from("aws:runShellScript"));
    let Expr::List(commands) = get(&get(&steps[0], "inputs"), "runCommand") else {
        panic!("runCommand")
    };
    let Expr::Join(sep, items) = commands[0].clone() else {
        panic!("not Fn::Join")
    };
    assert_eq!(sep, "");
    items
}

fn inputs_for<'a>(
    t: &'a Topology,
    s: &'a ResolvedServer,
    secrets: &'a ZimbraSecrets,
    value: impl Fn() -> Value<String>,
) -> BootInputs<'a> {
    BootInputs {
        topology: t,
        server: s,
        secrets,
        s3_key_secret: Some(value()),
        hsm_bucket: Some(value()),
        volume_ids: s.volumes.iter().map(|_| value()).collect(),
    }
}

#[test]
fn the_ssm_document_carries_the_library_once_then_each_servers_part() -> TestResult {
    let t = cluster(props()?)?;
    let reference = || Value::from_expr(Expr::ImportValue(Box::new(Expr::from("x"))));
    let secrets = ZimbraSecrets::new(PASSWORDS.map(|_| reference()));
    let (_, a1) = server(&t, "mailbox-a1");
    let (_, a2) = server(&t, "mailbox-a2");
    let parts: Vec<ServerPart> = [a1, a2]
        .map(|s| ServerPart::new(&inputs_for(&t, s, &secrets, reference)))
        .to_vec();
    let shared = SharedScript {
        library: Value::from("#!/bin/bash\n"),
        ..SharedScript::literal()
    };
    let config = stack_config(&parts, &shared);
    let items = run_command(config.document.expr());
    assert_eq!(items.len(), 6);
    assert_eq!(
        items[1],
        Expr::from("#!/bin/bash\n"),
        "the library after the head"
    );
    let inputs = inputs_for(&t, a1, &secrets, reference);
    let Expr::Sub(sub) = items[3].clone() else {
        panic!("not Fn::Sub")
    };
    assert_eq!(sub[1..sub.len() - 1], server_parts(&inputs)[..]);
    let mut whole = vec![SubPart::Text(library_text())];
    whole.extend(server_parts(&inputs));
    assert_eq!(whole, script_parts(&inputs));
    let text = render_plain(&whole);
    assert!(text.contains(
        "\nfetch_password ADMIN_PW AdminPassword 'arn:aws:secretsmanager:us-east-2:123456789012:secret:placeholder1-AbCdEf'\n"
    ));
    assert!(text.contains("\nmount_volume 'vol-0123456789abcdef0' /opt/zimbra/store /dev/sdf\n"));
    assert!(text.contains("\nmount_volume 'vol-0123456789abcdef1' /opt/zimbra/index /dev/sdg\n"));
    assert!(text.contains("HSM_BUCKET='zimbra-hsm-placeholder'"));
    assert!(text.contains("S3_KEY_SECRET_ARN='arn:aws:secretsmanager:"));
    assert!(!text.contains("'placeholder'"));
    // SSM substitutes {{ name }} in documents; the script must have none.
    assert!(!text.contains("{{"), "the script has '{{{{'");
    shell_check("placeholders", &text);
    // The association passes the document's fingerprint, then every data volume's id.
    let Expr::Join(sep, fields) = config.parameter.expr().clone() else {
        panic!("parameter is not a join")
    };
    assert_eq!(sep, " ");
    assert_eq!(fields.len(), 1 + a1.volumes.len() + a2.volumes.len());
    assert_ne!(parts[0].hash, parts[1].hash);
    Ok(())
}

/// The document's wrapper, run under `sh` as State Manager does, on each of two servers
/// (told apart by address), with stand-ins for their parts and the state directory moved to
/// a scratch one: it writes the server's script (root-only) and runs it under bash and
/// `flock` with that server's fingerprint.
#[test]
fn the_document_runs_the_part_of_the_server_it_runs_on() -> TestResult {
    let t = cluster(props()?)?;
    let secrets = ZimbraSecrets::named(&t.props.name);
    let dir = tempfile::tempdir()?;
    let out = dir.path().join("out");
    let stand_in = |label: &str| {
        vec![SubPart::Text(format!(
            "\necho \"{label} ran with $1 under ${{BASH_VERSION:+bash}}\" > '{}'\n",
            out.display()
        ))]
    };
    let servers: Vec<&ResolvedServer> = ["mta-a1", "mailbox-a1"].map(|l| server(&t, l).1).to_vec();
    let parts: Vec<ServerPart> = servers
        .iter()
        .map(|s| ServerPart {
            parts: stand_in(s.label.as_str()),
            ..ServerPart::new(&inputs_for(&t, s, &secrets, || Value::from("vol-1")))
        })
        .collect();
    let shared = SharedScript {
        library: Value::from("#!/bin/bash\nset -euo pipefail\n"),
        ..SharedScript::literal()
    };
    let config = stack_config(&parts, &shared);
    let text: String = run_command(config.document.expr())
        .iter()
        .map(|e| match e {
            Expr::Str(s) => s.clone(),
            Expr::Sub(p) => render_plain(p),
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    let state = dir.path().join("state");
    for (s, part) in servers.iter().zip(&parts) {
        let wrapper = text
            .replace(super::STATE_DIR, &state.display().to_string())
            .replace("$(hostname -I)", &format!("10.9.9.9 {}", s.ip));
        let status = Command::new("sh").arg("-c").arg(&wrapper).status()?;
        assert!(status.success(), "{wrapper}");
        assert_eq!(
            std::fs::read_to_string(&out)?,
            format!("{} ran with {} under bash\n", s.label, part.hash)
        );
        let written = state.join(SCRIPT_FILE.rsplit('/').next().unwrap_or_default());
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&written)?.permissions().mode() & 0o777,
            0o600
        );
    }
    // A server whose address has no part stops with a reason.
    let wrapper = text
        .replace(super::STATE_DIR, &state.display().to_string())
        .replace("$(hostname -I)", "10.9.9.9");
    let run = Command::new("sh").arg("-c").arg(&wrapper).output()?;
    assert!(!run.status.success());
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("no part of this document is for 10.9.9.9")
    );
    // The user data is the same for every server and any configuration.
    assert_eq!(
        SharedScript::literal().user_data(),
        SharedScript {
            library: Value::from("x"),
            ..SharedScript::literal()
        }
        .user_data()
    );
    Ok(())
}

#[test]
fn every_bootstrap_template_is_filled_in_and_names_the_tables_variables() -> TestResult {
    for t in [cluster(props()?)?, single(props()?.s3_hsm(false))?] {
        for (i, s) in t.servers.iter().enumerate() {
            let text = script(&t, i);
            assert_eq!(
                super::script::next_placeholder(&text).map(|p| p.0),
                None,
                "{}: a template placeholder is left",
                s.fqdn
            );
        }
    }
    // The library binds as uid=zimbra with the password the secrets table fetches for it.
    let library = library_text();
    assert!(library.contains(&format!("\"${}\"", crate::secrets::LDAP_ADMIN_PW)));
    assert!(library.contains(&format!("ldap://$host:{}", crate::ports::LDAP.port)));
    // The library's comments are not shipped (they live in bootstrap/library.sh), but for
    // the note after the shebang.
    assert!(library
        .lines()
        .nth(1)
        .is_some_and(|l| l.contains("Generated by zimbra-constructs")));
    assert!(!library
        .lines()
        .skip(2)
        .any(|l| l.trim_start().starts_with('#')));
    Ok(())
}
