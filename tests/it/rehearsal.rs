//! The rehearsal: every server's generated bootstrap script of the reference and two_az
//! clusters, run under bash with recording stand-ins (`tests/rehearsal/standin.sh`) for the
//! Zimbra and system commands, each server in its own scratch root (`ZC_ROOT`), all of them at
//! once as a deploy boots them. The stand-ins answer from a shared model of the other servers
//! (an LDAP server answers once installed, a ready marker is visible once published); the
//! assertions read the recorded calls and that model: the replication mesh, the defaults
//! files, the global settings, install order and gates, the checksum check, and that a
//! failure anywhere stops the script. This tests our scripts, not Zimbra.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use zimbra_constructs::zimbra::prelude::*;
use zimbra_constructs::zimbra::topology::{ResolvedServer, Topology};
use zimbra_constructs::zimbra::userdata::plain_script;

use crate::{reference, two_az};

const STANDIN: &str = include_str!("../rehearsal/standin.sh");

/// The commands the stand-in answers for on `PATH` (the Zimbra tools appear under each
/// server's `/opt/zimbra` when its install.sh stand-in runs).
const ON_PATH: [&str; 16] = [
    "su",
    "curl",
    "aws",
    "ldapsearch",
    "apt-get",
    "systemctl",
    "hostnamectl",
    "chown",
    "mount",
    "mountpoint",
    "mkfs.ext4",
    "blkid",
    "nc",
    "sleep",
    "install.sh",
    "get_plat_tag.sh",
];

/// The platform the stand-in tarball is built for, as its name says.
const TARBALL: &str = "zcs-10.1.16_GA_4200001.UBUNTU22_64.20260310121616";

/// One recorded call.
#[derive(Debug, Clone)]
struct Call {
    host: String,
    user: String,
    cmd: String,
    args: Vec<String>,
}

impl Call {
    fn line(&self) -> String {
        format!("{} {}", self.cmd, self.args.join(" "))
    }
}

/// How one script ended.
struct Outcome {
    code: Option<i32>,
    output: String,
}

/// A scratch world: the stand-ins, the tarball they serve, one root per server.
struct Rehearsal {
    _dir: tempfile::TempDir,
    base: PathBuf,
    world: PathBuf,
    bin: PathBuf,
    sha256: String,
    topology: Topology,
    /// The configuration fingerprint each script gets as `$1`, as State Manager passes it.
    fingerprint: std::cell::RefCell<String>,
}

fn write_exec(path: &Path, text: &str) {
    fs::write(path, text).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

impl Rehearsal {
    fn new(cluster: ZimbraCluster) -> Rehearsal {
        let mut app = App::new();
        let topology = cluster
            .build(&mut app)
            .unwrap_or_else(|e| panic!("{e}"))
            .topology;
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().to_path_buf();
        let (world, bin) = (base.join("world"), base.join("bin"));
        for d in ["entry", "up", "sid", "mmr", "defaults", "ports"] {
            fs::create_dir_all(world.join(d)).unwrap();
        }
        fs::create_dir_all(&bin).unwrap();
        write_exec(&bin.join("standin"), STANDIN);
        for name in ON_PATH {
            symlink(bin.join("standin"), bin.join(name)).unwrap();
        }
        // The installer: install.sh and get_plat_tag.sh hand over to the stand-in; the
        // package-server setup knows the platform, as a 10.1 tarball's does.
        let src = base.join("tarball").join(TARBALL);
        fs::create_dir_all(src.join("bin")).unwrap();
        fs::create_dir_all(src.join("util")).unwrap();
        let wrapper = |name: &str| format!("#!/bin/bash\nexec \"$ZC_STANDIN_DIR/{name}\" \"$@\"\n");
        write_exec(&src.join("install.sh"), &wrapper("install.sh"));
        write_exec(
            &src.join("bin/get_plat_tag.sh"),
            &wrapper("get_plat_tag.sh"),
        );
        fs::write(
            src.join("util/utilfunc.sh"),
            "      if [ $PLATFORM = \"UBUNTU22_64\" ]; then\n        repo=\"jammy\"\n",
        )
        .unwrap();
        run(Command::new("tar")
            .arg("-czf")
            .arg(world.join("zcs.tgz"))
            .arg("-C")
            .arg(base.join("tarball"))
            .arg(TARBALL));
        let sha256 = run(Command::new("sha256sum").arg(world.join("zcs.tgz")))
            .split_whitespace()
            .next()
            .unwrap()
            .to_owned();
        Rehearsal {
            _dir: dir,
            base,
            world,
            bin,
            sha256,
            topology,
            fingerprint: std::cell::RefCell::new("v1".into()),
        }
    }

    fn server(&self, label: &str) -> &ResolvedServer {
        self.topology
            .servers
            .iter()
            .find(|s| s.label.as_str() == label)
            .unwrap_or_else(|| panic!("no server {label}"))
    }

    /// The server's script as generated, with the stand-in tarball's checksum in place of
    /// the example's placeholder unless `keep_checksum` (the only change the harness makes).
    fn script(&self, s: &ResolvedServer, keep_checksum: bool) -> String {
        let text = plain_script(&self.topology, s);
        if keep_checksum {
            return text;
        }
        let at = text
            .find("\n  prepare_installer '")
            .expect("prepare_installer call");
        let line_end = at + 1 + text[at + 1..].find('\n').unwrap();
        let line = &text[at + 1..line_end];
        let parts: Vec<&str> = line.split('\'').collect();
        assert_eq!(parts.len(), 5, "{line}");
        let new = format!("{}'{}' '{}'{}", parts[0], parts[1], self.sha256, parts[4]);
        format!("{}{new}{}", &text[..=at], &text[line_end..])
    }

    /// Starts a server's script; `fail` is the stand-ins' ZC_FAIL for it.
    fn start(&self, s: &ResolvedServer, fail: &str, sleep: &str, keep_checksum: bool) -> Child {
        let root = self.base.join("hosts").join(s.label.as_str());
        for d in ["etc", "var/log", "var/lib", "dev/disk/by-id"] {
            fs::create_dir_all(root.join(d)).unwrap();
        }
        if !root.join("etc/fstab").exists() {
            fs::write(root.join("etc/fstab"), "").unwrap();
        }
        for v in 0..s.volumes.len() {
            let serial = format!("vol0{v:016x}");
            fs::write(
                root.join(format!(
                    "dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_{serial}"
                )),
                "",
            )
            .unwrap();
        }
        let script = self.base.join(format!("{}.sh", s.label));
        fs::write(&script, self.script(s, keep_checksum)).unwrap();
        let log = fs::File::options()
            .create(true)
            .append(true)
            .open(self.base.join(format!("{}.out", s.label)))
            .unwrap();
        let path = format!(
            "{}:{}",
            self.bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        Command::new("bash")
            .arg(&script)
            .arg(self.fingerprint.borrow().as_str())
            .env("ZC_ROOT", &root)
            .env("ZC_WORLD", &self.world)
            .env("ZC_HOST", &s.fqdn)
            .env("ZC_STANDIN_DIR", &self.bin)
            .env("ZC_FAIL", fail)
            .env("ZC_SLEEP", sleep)
            .env("PATH", path)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap()
    }

    /// Runs the scripts of `labels` all at once (a deploy boots every server together) and
    /// waits for all of them; `fail` maps a label to its injected failures.
    fn boot(
        &self,
        labels: &[&str],
        fail: &[(&str, &str)],
        keep_checksum: bool,
    ) -> BTreeMap<String, Outcome> {
        let mut running: Vec<(String, Child)> = labels
            .iter()
            .map(|l| {
                let f = fail.iter().find(|(x, _)| x == l).map_or("", |(_, f)| *f);
                // A real pause in every wait, so waiting servers leave the CPU to the others.
                (
                    (*l).to_owned(),
                    self.start(self.server(l), f, "0.2", keep_checksum),
                )
            })
            .collect();
        let deadline = Instant::now() + Duration::from_secs(600);
        let mut done = BTreeMap::new();
        while !running.is_empty() {
            assert!(
                Instant::now() < deadline,
                "the rehearsal did not finish in 10 minutes"
            );
            running.retain_mut(|(label, child)| match child.try_wait().unwrap() {
                Some(status) => {
                    let output = fs::read_to_string(self.base.join(format!("{label}.out")))
                        .unwrap_or_default();
                    done.insert(
                        label.clone(),
                        Outcome {
                            code: status.code(),
                            output,
                        },
                    );
                    false
                }
                None => true,
            });
            std::thread::sleep(Duration::from_millis(50));
        }
        done
    }

    /// Every server's label.
    fn labels(&self) -> Vec<&str> {
        self.topology
            .servers
            .iter()
            .map(|s| s.label.as_str())
            .collect()
    }

    /// Every server's script, all at once; each must succeed.
    fn boot_all(&self) {
        let labels = self.labels();
        for (label, o) in self.boot(&labels, &[], false) {
            assert_eq!(o.code, Some(0), "{label} failed:\n{}", o.output);
            assert!(!o.output.contains("ERROR"), "{label}:\n{}", o.output);
        }
    }

    fn calls(&self) -> Vec<Call> {
        fs::read_to_string(self.world.join("calls.log"))
            .unwrap_or_default()
            .lines()
            .map(|l| {
                let mut f = l.split('\t').map(str::to_owned);
                let (host, user, cmd) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
                Call {
                    host,
                    user,
                    cmd,
                    args: f.filter(|a| !a.is_empty()).collect(),
                }
            })
            .collect()
    }

    /// The values of an attribute in the model's LDAP.
    fn attr(&self, entry: &str, attr: &str) -> Vec<String> {
        fs::read_to_string(self.world.join("entry").join(entry).join(attr))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// The defaults file a server's install.sh got, as zmsetup.pl reads it.
    fn defaults(&self, fqdn: &str) -> BTreeMap<String, String> {
        let text = fs::read_to_string(self.world.join("defaults").join(fqdn))
            .unwrap_or_else(|_| panic!("{fqdn} never ran install.sh"));
        text.lines()
            .map(|l| {
                let (k, v) = l.split_once('=').unwrap();
                (k.to_owned(), v.replace('"', ""))
            })
            .collect()
    }

    fn host_file(&self, label: &str, path: &str) -> Option<String> {
        fs::read_to_string(self.base.join("hosts").join(label).join(path)).ok()
    }
}

/// Index of the first call matching `f`.
fn first(calls: &[Call], f: impl Fn(&Call) -> bool) -> Option<usize> {
    calls.iter().position(f)
}

fn is_install(c: &Call, host: &str) -> bool {
    c.host == host && c.cmd == "install.sh"
}

/// The call that publishes `host`'s ready marker.
fn is_ready_note(c: &Call, host: &str) -> bool {
    c.host == host
        && c.cmd == "zmprov"
        && c.args.get(1).map(String::as_str) == Some("ms")
        && c.args
            .iter()
            .any(|a| a.starts_with("zimbra-constructs ready"))
}

fn is_global(c: &Call, attr: &str) -> bool {
    c.cmd == "zmprov"
        && c.args.get(1).map(String::as_str) == Some("mcf")
        && c.args.iter().any(|a| a == attr)
}

/// What the checks below look at.
struct Seen<'a> {
    r: &'a Rehearsal,
    t: &'a Topology,
    calls: Vec<Call>,
    domain: String,
    ldaps: Vec<&'a ResolvedServer>,
    initial: &'a ResolvedServer,
    logger: &'a ResolvedServer,
}

/// The checks every successful rehearsal must pass, whatever the cluster.
fn assert_cluster(r: &Rehearsal) {
    let t = &r.topology;
    let ldaps: Vec<&ResolvedServer> = t.servers.iter().filter(|s| s.kind.is_ldap()).collect();
    let seen = Seen {
        r,
        t,
        calls: r.calls(),
        domain: t.props.domain().as_str().to_owned(),
        initial: ldaps[0],
        logger: t.servers.iter().find(|s| s.logger).unwrap(),
        ldaps,
    };
    assert_order_and_gates(&seen);
    assert_mesh(&seen);
    assert_global_config(&seen);
    assert_mailboxes(&seen);
    assert_every_server(&seen);
}

fn assert_order_and_gates(seen: &Seen<'_>) {
    let Seen {
        r,
        t,
        calls,
        initial,
        ..
    } = seen;
    // Install order and gates: the initial master first; every other server only after the
    // ready marker of the LDAP server it installs against, which it read from that server.
    let first_install = calls.iter().find(|c| c.cmd == "install.sh").unwrap();
    assert_eq!(first_install.host, initial.fqdn);
    for s in &t.servers {
        assert_eq!(
            calls.iter().filter(|c| is_install(c, &s.fqdn)).count(),
            1,
            "{}: install.sh once",
            s.fqdn
        );
        assert!(
            first(calls, |c| is_ready_note(c, &s.fqdn)).is_some(),
            "{} never got ready",
            s.fqdn
        );
        assert!(r.attr(&format!("server/{}", s.fqdn), "zimbraNotes")[0]
            .starts_with("zimbra-constructs ready"));
        if s.fqdn == initial.fqdn {
            continue;
        }
        let ldap_host = r.defaults(&s.fqdn)["LDAPHOST"].clone();
        let ready = first(calls, |c| is_ready_note(c, &ldap_host)).unwrap();
        let install = first(calls, |c| is_install(c, &s.fqdn)).unwrap();
        assert!(
            ready < install,
            "{} installed before {ldap_host} was ready",
            s.fqdn
        );
        let gate = first(calls, |c| {
            c.host == s.fqdn
                && c.cmd == "ldapsearch"
                && c.args
                    .iter()
                    .any(|a| a == &format!("ldap://{ldap_host}:389"))
                && c.args
                    .iter()
                    .any(|a| a == &format!("cn={ldap_host},cn=servers,cn=zimbra"))
        });
        assert!(
            gate.is_some_and(|g| g < install),
            "{}: no gate before install",
            s.fqdn
        );
        if s.kind.is_ldap() {
            assert_eq!(
                ldap_host, initial.fqdn,
                "LDAP servers join the initial master"
            );
        }
    }
}

fn assert_mesh(seen: &Seen<'_>) {
    let Seen {
        r,
        calls,
        ldaps,
        initial,
        ..
    } = seen;
    // The replication mesh: every LDAP server pulls from every other, with rids unique on
    // it (100 + the peer's id; zmsetup's 100 for the initial master on a joiner), and its
    // own server id set once.
    for l in ldaps.iter() {
        let agreements = fs::read_to_string(r.world.join("mmr").join(&l.fqdn)).unwrap_or_default();
        let mut uris = BTreeSet::new();
        let mut rids = BTreeSet::new();
        for line in agreements.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            assert!(
                rids.insert(f[1].to_owned()),
                "{}: rid {} twice",
                l.fqdn,
                f[1]
            );
            let peer = ldaps
                .iter()
                .find(|p| format!("ldap://{}:389/", p.fqdn) == f[3])
                .unwrap();
            let want = if peer.fqdn == initial.fqdn {
                100
            } else {
                100 + u32::from(peer.ldap_id.unwrap())
            };
            assert_eq!(f[1], want.to_string(), "{}: rid of {}", l.fqdn, peer.fqdn);
            uris.insert(f[3].to_owned());
        }
        let want: BTreeSet<String> = ldaps
            .iter()
            .filter(|p| p.fqdn != l.fqdn)
            .map(|p| format!("ldap://{}:389/", p.fqdn))
            .collect();
        assert_eq!(uris, want, "{}: not a full mesh", l.fqdn);
        assert_eq!(
            fs::read_to_string(r.world.join("sid").join(&l.fqdn))
                .unwrap()
                .trim(),
            l.ldap_id.unwrap().to_string()
        );
        let with_sid = calls
            .iter()
            .filter(|c| {
                c.host == l.fqdn && c.cmd == "zmldapenable-mmr" && c.args.iter().any(|a| a == "-s")
            })
            .count();
        assert_eq!(
            with_sid,
            usize::from(l.fqdn == initial.fqdn && ldaps.len() > 1),
            "{}",
            l.fqdn
        );
    }
}

fn assert_global_config(seen: &Seen<'_>) {
    let Seen {
        r,
        t,
        calls,
        domain,
        initial,
        logger,
        ..
    } = seen;
    // Global settings, all written by the initial master before any other server installs.
    let next_install = calls
        .iter()
        .position(|c| c.cmd == "install.sh" && c.host != initial.fqdn)
        .unwrap_or(calls.len());
    let public = format!("mail.{domain}");
    let proxies: Vec<String> = t
        .servers
        .iter()
        .filter(|s| s.kind.is_proxy())
        .map(|s| s.ip.to_string())
        .collect();
    for (attr, want) in [
        ("zimbraLogHostname", vec![logger.fqdn.clone()]),
        ("zimbraReverseProxyAdminEnabled", vec!["TRUE".to_owned()]),
        ("zimbraPublicServiceHostname", vec![public.clone()]),
        ("zimbraPublicServiceProtocol", vec!["https".to_owned()]),
        ("zimbraPublicServicePort", vec!["443".to_owned()]),
        ("zimbraMailTrustedIP", proxies.clone()),
    ] {
        assert_eq!(r.attr("global", attr), want, "{attr}");
        let set = first(calls, |c| c.host == initial.fqdn && is_global(c, attr)).unwrap();
        assert!(
            set < next_install,
            "{attr} set after another server installed"
        );
    }
    let safe = r.attr("global", "zimbraHttpThrottleSafeIPs");
    assert!(proxies.iter().all(|p| safe.contains(p)), "{safe:?}");
    assert_eq!(
        r.attr(&format!("domain/{domain}"), "zimbraVirtualHostname"),
        [public]
    );
}

fn assert_mailboxes(seen: &Seen<'_>) {
    let Seen { r, t, domain, .. } = seen;
    // Training accounts: the same three in every store's defaults, in the mail domain, as
    // global config ends up (each store rewrites it), and created.
    let spam = r.attr("global", "zimbraSpamIsSpamAccount");
    assert_eq!(spam.len(), 1);
    assert!(
        spam[0].starts_with("spam.") && spam[0].ends_with(&format!("@{domain}")),
        "{spam:?}"
    );
    for s in t.servers.iter().filter(|s| s.kind.is_mailbox()) {
        let d = r.defaults(&s.fqdn);
        assert_eq!(d["TRAINSASPAM"], spam[0], "{}", s.fqdn);
        assert_eq!(
            [d["TRAINSAHAM"].clone()],
            *r.attr("global", "zimbraSpamIsNotSpamAccount")
        );
        assert_eq!(
            [d["VIRUSQUARANTINE"].clone()],
            *r.attr("global", "zimbraAmavisQuarantineAccount")
        );
        for a in [
            "TRAINSASPAM",
            "TRAINSAHAM",
            "VIRUSQUARANTINE",
            "CREATEADMIN",
        ] {
            assert!(
                r.world.join("entry/account").join(&d[a]).is_dir(),
                "{} {a}",
                s.fqdn
            );
        }
        // Every MTA, same AZ first.
        let mtas: Vec<&str> = d["SMTPHOST"].split(' ').collect();
        let all: BTreeSet<&str> = t
            .servers
            .iter()
            .filter(|m| m.kind.is_mta())
            .map(|m| m.fqdn.as_str())
            .collect();
        assert_eq!(
            mtas.iter().copied().collect::<BTreeSet<_>>(),
            all,
            "{}",
            s.fqdn
        );
        let first_mta = t
            .servers
            .iter()
            .find(|m| m.kind.is_mta() && m.fqdn == mtas[0])
            .unwrap();
        assert_eq!(first_mta.az, s.az, "{}: same-AZ MTA first", s.fqdn);
    }
}

fn assert_every_server(seen: &Seen<'_>) {
    let Seen {
        r,
        t,
        calls,
        initial,
        logger,
        ..
    } = seen;
    // Per server: no keys zmsetup.pl does not read; redirect on proxies; syslog to the
    // logger (zmsyslogsetup run after zimbraLogHostname was set); SSH keys refreshed.
    for s in &t.servers {
        let d = r.defaults(&s.fqdn);
        assert!(
            !d.contains_key("LDAPNGINXPASS") && !d.contains_key("MTAAUTHHOST"),
            "{}",
            s.fqdn
        );
        if s.kind.is_proxy() {
            assert_eq!(d["PROXYMODE"], "redirect", "{}", s.fqdn);
            for port in ["80", "443", "9071"] {
                assert!(
                    calls.iter().any(|c| c.host == s.fqdn
                        && c.cmd == "nc"
                        && c.args.last().map(String::as_str) == Some(port)),
                    "{}: port {port} not checked",
                    s.fqdn
                );
            }
        }
        let saw: Vec<&Call> = calls
            .iter()
            .filter(|c| c.host == s.fqdn && c.cmd == "zmsyslogsetup-saw")
            .collect();
        assert_eq!(
            saw.last().map(|c| c.args[0].clone()),
            Some(format!("loghost={}", logger.fqdn)),
            "{}",
            s.fqdn
        );
        assert!(saw.iter().all(|c| c.user == "root"));
        let cron = r
            .host_file(s.label.as_str(), "etc/cron.d/zimbra-constructs-authkeys")
            .unwrap();
        assert!(cron.contains("*/15 * * * * root su - zimbra -c /opt/zimbra/bin/zmupdateauthkeys"));
        for m in ["installed", "configured"] {
            assert!(r
                .host_file(s.label.as_str(), &format!("var/lib/zimbra-constructs/{m}"))
                .is_some());
        }
        // Zimbra's tools run as zimbra, through su.
        for c in calls.iter().filter(|c| {
            c.host == s.fqdn
                && ["zmprov", "zmcontrol", "zmldapenable-mmr", "zmlocalconfig"]
                    .contains(&c.cmd.as_str())
        }) {
            assert_eq!(c.user, "zimbra", "{}: {}", s.fqdn, c.line());
        }
        // The checksum is checked before anything is unpacked: the download is the only
        // installer call before install.sh.
        let download = first(calls, |c| c.host == s.fqdn && c.cmd == "curl").unwrap();
        assert!(download < first(calls, |c| is_install(c, &s.fqdn)).unwrap());
        assert_eq!(d["HOSTNAME"], s.fqdn);
    }
    let input = r
        .host_file(
            logger.label.as_str(),
            "etc/rsyslog.d/10-zimbra-remote-input.conf",
        )
        .unwrap();
    assert!(input.contains("module(load=\"imudp\")") && input.contains("port=\"514\""));
    let restarts: BTreeSet<&str> = calls
        .iter()
        .filter(|c| c.cmd == "systemctl" && c.args == ["restart", "rsyslog"])
        .map(|c| c.host.as_str())
        .collect();
    assert_eq!(restarts, BTreeSet::from([logger.fqdn.as_str()]));
    assert_eq!(r.defaults(&initial.fqdn)["zimbraPrefTimeZoneId"], "UTC");
}

#[test]
fn the_reference_cluster_boots_in_any_order_into_a_full_mesh() {
    let r = Rehearsal::new(reference::cluster().unwrap());
    assert_eq!(r.topology.servers.len(), 15);
    r.boot_all();
    assert_cluster(&r);
    // Three LDAP servers, two agreements each: ldap-a1 {102, 103}, b1 {100, 103}, c1 {100, 102}.
    let rids = |l: &str| {
        fs::read_to_string(r.world.join("mmr").join(format!("{l}.mycompany.com")))
            .unwrap()
            .lines()
            .map(|x| x.split_whitespace().nth(1).unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(rids("ldap-a1"), ["102", "103"]);
    assert_eq!(rids("ldap-b1"), ["100", "103"]);
    assert_eq!(rids("ldap-c1"), ["100", "102"]);
}

#[test]
fn the_two_az_cluster_boots_and_a_rerun_changes_nothing() {
    let r = Rehearsal::new(two_az::cluster().unwrap());
    r.boot_all();
    assert_cluster(&r);
    let before = r.calls().len();
    let labels = r.labels();
    for (label, o) in r.boot(&labels, &[], false) {
        assert_eq!(o.code, Some(0), "{label}:\n{}", o.output);
        assert!(
            o.output.contains("configuration v1 already applied"),
            "{label}"
        );
    }
    let again = &r.calls()[before..];
    assert!(
        again
            .iter()
            .all(|c| c.cmd != "install.sh" && c.cmd != "zmldapenable-mmr" && c.cmd != "zmprov"),
        "{:?}",
        again.iter().map(Call::line).collect::<Vec<_>>()
    );
}

/// A day-2 change: the servers' documents changed, so each runs with a new fingerprint. Every
/// step runs again but the installer; the settings are written again (the mailboxes' SMTP
/// hosts among them), and the same fingerprint once more does nothing.
#[test]
fn a_new_fingerprint_applies_the_settings_again_without_reinstalling() {
    let r = Rehearsal::new(two_az::cluster().unwrap());
    r.boot_all();
    let before = r.calls().len();
    let labels = r.labels();
    r.fingerprint.replace("v2".into());
    for (label, o) in r.boot(&labels, &[], false) {
        assert_eq!(o.code, Some(0), "{label}:\n{}", o.output);
        assert!(
            o.output.contains("applying configuration v2 (was v1)"),
            "{label}:\n{}",
            o.output
        );
        assert!(o.output.contains("already installed"), "{label}");
    }
    let again: Vec<Call> = r.calls()[before..].to_vec();
    assert!(again.iter().all(|c| c.cmd != "install.sh"));
    let mailbox = r.server("mailbox-a1").fqdn.clone();
    assert!(
        again.iter().any(|c| c.host == mailbox
            && c.cmd == "zmprov"
            && c.args.iter().any(|a| a.contains("zimbraSmtpHostname"))),
        "{:?}",
        again.iter().map(Call::line).collect::<Vec<_>>()
    );
    assert_cluster(&r);
    let after = r.calls().len();
    for (label, o) in r.boot(&labels, &[], false) {
        assert_eq!(o.code, Some(0), "{label}:\n{}", o.output);
        assert!(
            o.output.contains("configuration v2 already applied"),
            "{label}"
        );
    }
    assert!(r.calls()[after..].iter().all(|c| c.cmd != "zmprov"));
}

/// The two-AZ cluster's initial master, ready, for the failure cases below.
fn two_az_with_initial_master() -> Rehearsal {
    let r = Rehearsal::new(two_az::cluster().unwrap());
    let o = r.boot(&["edge-a1"], &[], false);
    assert_eq!(o["edge-a1"].code, Some(0), "{}", o["edge-a1"].output);
    r
}

/// A script that must stop: non-zero, with `needle` in its log, and no ready marker.
fn assert_stopped(r: &Rehearsal, o: &BTreeMap<String, Outcome>, label: &str, needle: &str) {
    let out = &o[label];
    assert_ne!(out.code, Some(0), "{label} went on:\n{}", out.output);
    assert!(
        out.output.contains(needle),
        "{label}: no '{needle}' in:\n{}",
        out.output
    );
    let fqdn = &r.server(label).fqdn;
    assert!(
        !r.calls().iter().any(|c| is_ready_note(c, fqdn)),
        "{label} published a ready marker"
    );
}

#[test]
fn a_wrong_checksum_stops_the_server_before_anything_is_installed() {
    let r = Rehearsal::new(two_az::cluster().unwrap());
    // The example's own (placeholder) checksum, which the stand-in tarball does not have.
    let o = r.boot(&["edge-a1"], &[], true);
    assert_stopped(&r, &o, "edge-a1", "the installer's SHA-256 is not 0000");
    assert!(!r.calls().iter().any(|c| c.cmd == "install.sh"));
    assert!(
        !r.base
            .join("hosts/edge-a1/opt/zimbra-installer/zcs")
            .exists(),
        "unpacked"
    );
}

#[test]
fn a_server_whose_ldap_is_not_ready_gives_up_without_installing() {
    let r = Rehearsal::new(two_az::cluster().unwrap());
    let started = Instant::now();
    let mailbox = r.server("mailbox-a1");
    let mut child = r.start(mailbox, "", "0", false);
    let status = child.wait().unwrap();
    let output = fs::read_to_string(r.base.join("mailbox-a1.out")).unwrap();
    assert!(!status.success());
    assert!(
        output.contains(
            "gave up waiting for the ready marker of edge-a1.example.net after 120 minutes"
        ),
        "{output}"
    );
    assert!(!r.calls().iter().any(|c| c.cmd == "install.sh"));
    // 480 tries, each a read of edge-a1's entry.
    let tries = r.calls().iter().filter(|c| c.cmd == "ldapsearch").count();
    assert_eq!(tries, 480);
    assert!(started.elapsed() < Duration::from_secs(120));
}

#[test]
fn an_agreement_zmldapenable_mmr_did_not_add_stops_the_server() {
    // zmldapenable-mmr exits 0 when its LDAP changes fail; the stand-in does the same.
    let r = Rehearsal::new(reference::cluster().unwrap());
    let o = r.boot(&["ldap-a1"], &[], false);
    assert_eq!(o["ldap-a1"].code, Some(0), "{}", o["ldap-a1"].output);
    let o = r.boot(
        &["ldap-b1"],
        &[("ldap-b1", "mmr-noop@ldap-b1.mycompany.com")],
        false,
    );
    assert_stopped(
        &r,
        &o,
        "ldap-b1",
        "no replication agreement from ldap://ldap-c1.mycompany.com:389/",
    );
    let r = Rehearsal::new(two_az::cluster().unwrap());
    let o = r.boot(
        &["edge-a1"],
        &[("edge-a1", "mmr-noop@edge-a1.example.net")],
        false,
    );
    assert_stopped(
        &r,
        &o,
        "edge-a1",
        "no replication agreement from ldap://edge-b1.example.net:389/",
    );
}

#[test]
fn stopped_services_or_a_bad_password_stop_the_server() {
    let r = two_az_with_initial_master();
    let o = r.boot(
        &["edge-b1", "mailbox-b1"],
        &[("mailbox-b1", "status@mailbox-b1.example.net")],
        false,
    );
    assert_eq!(o["edge-b1"].code, Some(0), "{}", o["edge-b1"].output);
    assert_stopped(
        &r,
        &o,
        "mailbox-b1",
        "gave up waiting for zmcontrol status to report every service running",
    );
    let r = Rehearsal::new(two_az::cluster().unwrap());
    let o = r.boot(
        &["edge-a1"],
        &[("edge-a1", "password@edge-a1.example.net")],
        false,
    );
    assert_stopped(&r, &o, "edge-a1", "must be 6 or more letters and digits");
    assert!(
        !r.calls().iter().any(|c| c.cmd == "curl"),
        "stopped before the download"
    );
}
