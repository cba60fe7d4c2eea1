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
    library as library_text, render_plain, script_parts, server_parts, user_data, BootInputs,
};
use zimbra_constructs_core::value::SubPart;
use zimbra_constructs_core::{Expr, Value};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn props() -> Result<ClusterProps, Box<dyn std::error::Error>> {
    Ok(
        ClusterProps::new("mycompany.com".parse()?, "us-east-2".parse()?)
            .vpc_cidr("172.16.0.0/16".parse()?),
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
            assert!(
                text.len() < 16 * 1024,
                "{}: {} bytes, over EC2's 16 KiB user data limit",
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
    assert!(text.contains("set -euo pipefail"));
    assert!(text.contains("/var/log/zimbra-bootstrap.log"));
    assert!(text.contains("Generated by zimbra-constructs"));
    assert!(text.contains("mailbox-a2.mycompany.com"));
    assert!(text.contains("# Roles: mailbox."));
    assert!(text.contains("hostnamectl set-hostname mailbox-a2.mycompany.com"));
    assert!(text.contains(&format!("\n{} mailbox-a2.mycompany.com mailbox-a2\n", s.ip)));
    assert!(text.contains("\n127.0.0.1 localhost.localdomain localhost\n"));
    assert!(!text.contains("127.0.1.1"));
    assert!(text.contains("export AWS_DEFAULT_REGION='us-east-2'"));
    assert!(text.contains("install awscli netcat-openbsd jq"));
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
        assert_eq!(d["LDAPNGINXPASS"], "${LDAP_NGINX_PW}");
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
    assert_eq!(get("mailbox-a1")["SMTPHOST"], "mta-a1.mycompany.com");
    assert_eq!(get("mailbox-b1")["SMTPHOST"], "mta-b1.mycompany.com");
    assert_eq!(get("mailbox-c1")["SMTPHOST"], "edge-c1.mycompany.com");
    assert_eq!(get("mta-b1")["SMTPHOST"], "mta-b1.mycompany.com");
    assert_eq!(get("mta-b1")["MTAAUTHHOST"], "mailbox-b1.mycompany.com");
    assert_eq!(get("mta-a1")["RUNAV"], "yes");
    assert_eq!(get("proxy-a1")["PROXYMODE"], "https");
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
        .find("rm -f \"$DEFAULTS\"\n  DEFAULTS=\"\"")
        .expect("defaults removed");
    assert!(run < remove);
    assert!(text.contains("if [ -f /var/lib/zimbra-constructs/installed ]; then"));
    assert!(text.contains("curl -fsSL --connect-timeout 30 -o zcs.tgz \"$1\""));
    assert!(text.contains("\n  prepare_installer 'https://files.zimbra.com/downloads/10.1.0_GA/zcs-10.1.0_GA_4200001.UBUNTU22_64.20240819064312.tgz'\n"));
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
            text.contains(&format!("zmlocalconfig -e ldap_master_url=\"{urls}\"")),
            "{label}"
        );
    }
    // The initial master enables MMR towards every other LDAP server, server id once.
    let text = script(&t, server(&t, "ldap-a1").0);
    assert!(text.contains("zmldapenable-mmr -r 101 -s 1 -m ldap://ldap-b1.mycompany.com:389/"));
    assert!(text.contains("zmldapenable-mmr -r 102 -m ldap://edge-c1.mycompany.com:389/"));
    assert!(!script(&t, server(&t, "ldap-b1").0).contains("zmldapenable-mmr"));
    Ok(())
}

#[test]
fn waits_for_ldap_except_on_the_first_ldap_server() -> TestResult {
    let t = cluster(props()?)?;
    for (i, s) in t.servers.iter().enumerate() {
        let text = script(&t, i);
        let first = s.label.as_str() == "ldap-a1";
        assert_eq!(text.contains("\nwait_for_ldap "), !first, "{}", s.fqdn);
        if s.kind.is_ldap() && !first {
            assert!(
                text.contains("\nwait_for_ldap 'ldap-a1.mycompany.com' cn=accesslog\n"),
                "{}",
                s.fqdn
            );
        }
        if !first {
            assert!(text.contains("until nc -z -w 5 \"$host\" 389; do"));
            assert!(text.contains("up to 60 minutes"));
            let wait = text.find("\nwait_for_ldap ").unwrap_or_default();
            assert!(
                wait < text.find("\n  run_installer '").unwrap_or_default(),
                "wait before setup"
            );
        }
    }
    let text = script(&t, server(&t, "mailbox-b1").0);
    assert!(text.contains("\nwait_for_ldap 'ldap-b1.mycompany.com' cn=zimbra\n"));
    assert!(!script(&single(props()?)?, 0).contains("\nwait_for_ldap "));
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
        assert!(hits.len() >= 8, "{}: defaults passwords missing", s.fqdn);
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
fn networks_are_set_once_with_the_nlb_subnets() -> TestResult {
    let t = cluster(props()?)?;
    let nets = "127.0.0.0/8 172.16.0.0/26 172.16.0.64/26 172.16.0.128/26 172.16.1.0/26 172.16.1.64/26 172.16.1.128/26";
    for (i, s) in t.servers.iter().enumerate() {
        let text = script(&t, i);
        let first_mailbox = s.label.as_str() == "mailbox-a1";
        assert_eq!(
            text.contains(&format!("zmprov -l mcf zimbraMtaMyNetworks \"{nets}\"")),
            first_mailbox,
            "{}",
            s.fqdn
        );
        assert_eq!(
            text.contains("zmprov -l mcf zimbraHttpThrottleSafeIPs 172.16.0.0/26 zimbraHttpThrottleSafeIPs 172.16.0.64/26 zimbraHttpThrottleSafeIPs 172.16.0.128/26'"),
            first_mailbox,
            "{}",
            s.fqdn
        );
        if first_mailbox {
            assert!(text.contains("NLB preserves client IP addresses"));
            assert!(text.contains("open relay"));
        }
        if s.kind.is_mta() {
            assert_eq!(defaults(&text)["zimbraMtaMyNetworks"], nets);
            assert!(text.contains(&format!(
                "zmprov -l ms {} zimbraMtaMyNetworks \"{nets}\"",
                s.fqdn
            )));
        }
    }
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
                text.contains("mkdir -p /opt/zimbra/cache /opt/zimbra/incoming"),
                want,
                "{}",
                s.fqdn
            );
            assert_eq!(
                text.contains("chown zimbra:zimbra /opt/zimbra/cache /opt/zimbra/incoming"),
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

#[test]
fn user_data_is_base64_of_sub_and_renders_references_as_placeholders() -> TestResult {
    let t = cluster(props()?)?;
    let (i, s) = server(&t, "mailbox-a1");
    let reference = || Value::from_expr(Expr::ImportValue(Box::new(Expr::from("x"))));
    let secrets = ZimbraSecrets::new(PASSWORDS.map(|_| reference()));
    let inputs = BootInputs {
        topology: &t,
        server: s,
        secrets: &secrets,
        s3_key_secret: Some(reference()),
        hsm_bucket: Some(reference()),
        volume_ids: s.volumes.iter().map(|_| reference()).collect(),
    };
    let library = Value::from_expr(Expr::from("#!/bin/bash\n"));
    let Expr::Base64(inner) = user_data(&inputs, library).into_expr() else {
        panic!("not Fn::Base64")
    };
    let Expr::Join(sep, items) = *inner else {
        panic!("not Fn::Join")
    };
    assert_eq!(sep, "");
    assert_eq!(
        items[0],
        Expr::from("#!/bin/bash\n"),
        "the library comes first"
    );
    let Expr::Sub(parts) = items[1].clone() else {
        panic!("not Fn::Sub")
    };
    assert_eq!(parts, server_parts(&inputs));
    let mut whole = vec![SubPart::Text(library_text())];
    whole.extend(parts);
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
    shell_check("placeholders", &text);
    let _ = i;
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
    assert!(library.contains(&format!("\"$host\" {};", crate::ports::LDAP.port)));
    Ok(())
}
