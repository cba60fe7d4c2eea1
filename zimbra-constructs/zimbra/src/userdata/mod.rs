//! Each server's bootstrap: a bash script, run by State Manager ([`server_config`]), that
//! prepares the host (name, `/etc/hosts`, data volumes), fetches the Zimbra passwords from Secrets Manager, waits for LDAP, runs
//! Zimbra's unattended installer for the server's roles and applies the cluster-wide settings
//! the reference architecture asks for (LDAP URL order, `zimbraMtaMyNetworks`, S3 HSM
//! directories).
//!
//! The bash is in `zimbra-constructs/zimbra/bootstrap/*.sh`, included at build time: the
//! shared [`library`] (`library.sh`) and one file per section of a server's own part
//! (`sections` fills them in, `plan` decides what each server gets).
//!
//! The script is an `Fn::Sub` (after the stack's copy of the library) built from [`SubPart`]s: everything known at
//! synth time is literal text (bash `${VAR}` is escaped by the renderer), and only deploy-time
//! values (secret ARNs, volume ids, the bucket name, `AWS::Region`) are embedded references.
//! No password ever appears in the template: the script reads them at boot.
//!
//! Install flow: Zimbra's documented unattended mode, `install.sh <defaults file>`. With a
//! defaults file, `install.sh` sources it (so values must be shell-safe), installs
//! `INSTALL_PACKAGES` without prompting and then runs `zmsetup.pl -c <defaults file>`, which
//! reads the same `KEY="value"` lines (it strips every `"`). Passwords are therefore checked at
//! boot to be letters and digits only.
//!
//! Order between servers: the initial LDAP master installs first, enables replication to
//! every other LDAP server, writes the global config and publishes a ready marker (the
//! `zimbraNotes` of its server entry); the other LDAP servers wait for that marker, join,
//! add their agreements to each other and publish theirs; every other server waits for the
//! marker of the LDAP server it installs against. zmsetup.pl exits 0 after many failed steps,
//! so each server checks what must exist before it publishes its own marker, and every wait
//! fails after its timeout instead of carrying on.

mod config;
mod plan;
mod script;
mod sections;

pub(crate) use config::stack_config_owned;
pub use config::{
    stack_config, ServerPart, SharedScript, StackConfig, HASH_PARAMETER, SCRIPT_FILE,
    TIMEOUT_SECONDS,
};

use zimbra_constructs_core::value::{Expr, Pseudo, SubPart, Value};

use crate::ports;
use crate::secrets::ZimbraSecrets;
use crate::topology::{ResolvedServer, Topology};

use plan::Plan;
use script::{plain, Fill, Script};

/// The shared library's template (`bootstrap/library.sh`).
const LIBRARY: &str = include_str!("../../bootstrap/library.sh");

/// Where the script logs (root-only); the association's command output gets a copy.
pub const LOG_FILE: &str = "/var/log/zimbra-bootstrap.log";

/// Where the script keeps its markers: `installed` once `install.sh` has succeeded,
/// `configured` once the server has published its ready marker.
pub const STATE_DIR: &str = "/var/lib/zimbra-constructs";

/// How long a server waits for its LDAP server's ready marker before giving up, in minutes.
pub const LDAP_WAIT_MINUTES: u32 = 120;

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

/// The bootstrap script as `Fn::Sub` parts: literal text plus the deploy-time values.
///
/// # Panics
/// If `volume_ids` does not have one id per data volume of the server (a wiring bug in the
/// calling construct).
#[must_use]
pub fn script_parts(inputs: &BootInputs) -> Vec<SubPart> {
    let mut s = Script::default();
    s.text(library_text());
    s.0.extend(server_parts(inputs));
    s.0
}

/// The server's own part of the script (after [`library`]): its settings and the calls.
///
/// # Panics
/// As [`script_parts`].
#[must_use]
pub fn server_parts(inputs: &BootInputs) -> Vec<SubPart> {
    server_part_and_day2(inputs).0
}

/// What a re-run on an installed server does: the server's part without the installer
/// section, whose settings (the defaults file) only a new install reads. Its fingerprint
/// decides whether a changed document runs again on the server ([`ServerPart`]).
#[must_use]
pub fn day2_parts(inputs: &BootInputs) -> Vec<SubPart> {
    let [mut s, _, after] = section_pieces(inputs);
    after.0.iter().for_each(|p| s.part(p));
    s.0
}

/// [`server_parts`], and [`day2_parts`] as plain text ([`render_plain`]), from one rendering
/// of the sections: a large cluster builds hundreds of servers.
pub(crate) fn server_part_and_day2(inputs: &BootInputs) -> (Vec<SubPart>, String) {
    let [mut s, install, after] = section_pieces(inputs);
    let day2 = render_plain(s.0.iter().chain(&after.0));
    install.0.iter().chain(&after.0).for_each(|p| s.part(p));
    (s.0, day2)
}

/// The server's sections in three pieces: those before the installer, the installer, and
/// the configuration after it.
fn section_pieces(inputs: &BootInputs) -> [Script; 3] {
    assert_eq!(
        inputs.volume_ids.len(),
        inputs.server.volumes.len(),
        "user data for {}: one volume id per data volume is required",
        inputs.server.fqdn
    );
    let plan = Plan::new(inputs);
    let mut before = Script::default();
    sections::header(&mut before, &plan);
    sections::host_name(&mut before, &plan);
    sections::packages(&mut before, &plan);
    sections::volumes(&mut before, inputs);
    sections::secrets(&mut before, inputs);
    sections::wait_for_ldap(&mut before, &plan);
    let mut install = Script::default();
    sections::install(&mut install, &plan);
    let mut after = Script::default();
    sections::configure(&mut after, inputs, &plan);
    [before, install, after]
}

/// Renders parts as plain text, for tests and review: literal values as they are, pseudo
/// parameters and references as placeholders (`us-east-2`, a secret ARN, a volume id).
#[must_use]
pub fn render_plain<'a>(parts: impl IntoIterator<Item = &'a SubPart>) -> String {
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

/// A server's whole script as plain text, as it would run, with the deploy-time values
/// replaced by stand-ins: secrets by their names (which is how servers fetch them), volume ids
/// by `vol-` ids numbered per volume, the HSM bucket by `{cluster}-hsm-bucket`. For review and
/// for the rehearsal test (`tests/it/rehearsal.rs`), which runs these scripts.
#[must_use]
pub fn plain_script(topology: &Topology, server: &ResolvedServer) -> String {
    let name = &topology.props.name;
    let secrets = ZimbraSecrets::named(name);
    let mailbox = server.kind.is_mailbox();
    let inputs = BootInputs {
        topology,
        server,
        secrets: &secrets,
        s3_key_secret: mailbox.then(|| {
            Value::from(crate::secrets::secret_name(
                name,
                crate::secrets::S3_STORE_KEY,
            ))
        }),
        hsm_bucket: (mailbox && topology.props.s3_hsm)
            .then(|| Value::from(format!("{}-hsm-bucket", name.to_lowercase()))),
        volume_ids: (0..server.volumes.len())
            .map(|v| Value::from(format!("vol-0{v:016x}")))
            .collect(),
    };
    render_plain(&script_parts(&inputs))
}

/// The shell functions every server's script starts with (`bootstrap/library.sh`). They take
/// no per-server values, so a cell stack holds them once (see [`server_config`]) and each server's
/// part stays small.
#[must_use]
pub fn library() -> String {
    library_text().to_owned()
}

/// [`library`]'s text, rendered once per process: it is the same for every server, and a
/// large cluster asks for it hundreds of times (every script and fingerprint).
pub(crate) fn library_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(render_library)
}

fn render_library() -> String {
    // One try every 15 s.
    let (tries, mins) = (
        (LDAP_WAIT_MINUTES * 4).to_string(),
        LDAP_WAIT_MINUTES.to_string(),
    );
    let ldap_port = ports::LDAP.port.to_string();
    let mut s = Script::default();
    s.template(
        LIBRARY,
        &[
            ("LOG_FILE", Fill::Text(LOG_FILE)),
            ("STATE_DIR", Fill::Text(STATE_DIR)),
            ("WAIT_TRIES", Fill::Text(&tries)),
            ("WAIT_MINUTES", Fill::Text(&mins)),
            ("LDAP_PORT", Fill::Text(&ldap_port)),
        ],
    );
    // The note survives the comment stripping: it is for whoever opens the script on a server.
    plain(&s.0).replacen(
        '\n',
        "\n# Generated by zimbra-constructs: change the cluster program and redeploy, not this file.\n",
        1,
    )
}

#[cfg(test)]
mod tests;
