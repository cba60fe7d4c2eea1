//! The AWS commands in a build without the deploy engine: `deploy`, `diff`, `destroy`,
//! `context refresh` and `cost --refresh-prices` run the same program again through `cargo
//! run` with the feature `zimbra-constructs/deploy` on.
//!
//! Why: the AWS SDK is most of a cold build (minutes on a small machine), while synth, list,
//! check and the reports need none of it. Like the AWS CDK, where the app only synthesizes and
//! the toolkit deploys, a synth-only build shows templates within a minute of a fresh clone,
//! and the first AWS command builds the engine once (cargo caches it after that).

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// The cargo feature that turns the deploy engine on, as the dependency of a cluster program.
pub const DEPLOY_FEATURE: &str = "zimbra-constructs/deploy";

/// Set in the environment of the handed-off run, so a build that still lacks the engine
/// (the feature did not reach it) stops instead of handing off again.
const GUARD: &str = "ZC_DEPLOY_HANDOFF";

/// How `cargo run` started this program: what to run again, with the engine on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    /// The cargo that ran us (`CARGO`).
    pub cargo: PathBuf,
    /// The package's manifest directory (`CARGO_MANIFEST_DIR`).
    pub manifest_dir: PathBuf,
    /// This executable, under the target directory.
    pub exe: PathBuf,
}

/// Why the command cannot be handed off; each message names the command and the fix.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum HandoffError {
    /// Not started by `cargo run` (no `CARGO` or `CARGO_MANIFEST_DIR`).
    #[error("`{command}` needs the deploy engine (the AWS SDK), which this build of {program} leaves out; run it as `cargo run --features {DEPLOY_FEATURE} -- {command} ...` from the program's package, or build {program} with that feature")]
    NotUnderCargo { command: String, program: String },
    /// The executable is not where cargo puts binaries and examples.
    #[error("`{command}` needs the deploy engine (the AWS SDK), which this build leaves out, and {} is not a cargo binary or example to rebuild; run `cargo run --features {DEPLOY_FEATURE} -- {command} ...`", exe.display())]
    UnknownTarget { command: String, exe: PathBuf },
    /// We are the handed-off run, and the engine is still missing.
    #[error("`{command}` was handed to a build with --features {DEPLOY_FEATURE}, and that build has no deploy engine either: the program must depend on the `zimbra-constructs` package under that name (or enable its `deploy` feature itself)")]
    StillWithoutEngine { command: String },
}

impl Origin {
    /// From the environment `cargo run` gives the program, and the running executable.
    pub(crate) fn from_env(command: &str) -> Result<Origin, HandoffError> {
        let exe = std::env::current_exe().ok();
        let not_under_cargo = || HandoffError::NotUnderCargo {
            command: command.to_owned(),
            program: exe.as_deref().and_then(|p| p.file_stem()).map_or_else(
                || "this program".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            ),
        };
        let cargo = std::env::var_os("CARGO").ok_or_else(not_under_cargo)?;
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").ok_or_else(not_under_cargo)?;
        let exe = exe.clone().ok_or_else(not_under_cargo)?;
        Ok(Origin {
            cargo: cargo.into(),
            manifest_dir: manifest_dir.into(),
            exe,
        })
    }

    /// The `cargo run` that runs this same target and profile with the engine, passing
    /// `args` (our arguments, without the program name) through.
    pub(crate) fn command(
        &self,
        command: &str,
        args: &[OsString],
    ) -> Result<Command, HandoffError> {
        let unknown = || HandoffError::UnknownTarget {
            command: command.to_owned(),
            exe: self.exe.clone(),
        };
        let name = self.exe.file_stem().ok_or_else(unknown)?;
        let mut dir = self.exe.parent().ok_or_else(unknown)?;
        let kind = if dir.file_name() == Some(OsStr::new("examples")) {
            dir = dir.parent().ok_or_else(unknown)?;
            "--example"
        } else {
            "--bin"
        };
        // target/<profile dir>/: `debug` is the dev profile, other profiles use their name.
        let profile = dir.file_name().ok_or_else(unknown)?;
        let mut cmd = Command::new(&self.cargo);
        cmd.arg("run")
            .arg("--manifest-path")
            .arg(self.manifest_dir.join("Cargo.toml"))
            .arg(kind)
            .arg(name);
        if profile == "release" {
            cmd.arg("--release");
        } else if profile != "debug" {
            cmd.arg("--profile").arg(profile);
        }
        cmd.arg("--features")
            .arg(DEPLOY_FEATURE)
            .arg("--")
            .args(args)
            .env(GUARD, "1");
        Ok(cmd)
    }
}

/// Runs `command` (the subcommand's name, for messages) in the build with the engine, in
/// place of this process where the OS allows it, so its exit code and signals are ours.
pub(crate) fn hand_off(command: &str) -> ExitCode {
    match try_hand_off(command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn try_hand_off(command: &str) -> Result<ExitCode, HandoffError> {
    if std::env::var_os(GUARD).is_some() {
        return Err(HandoffError::StillWithoutEngine {
            command: command.to_owned(),
        });
    }
    let origin = Origin::from_env(command)?;
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut cmd = origin.command(command, &args)?;
    eprintln!(
        "note: `{command}` needs the deploy engine (the AWS SDK), which this build leaves out so \
         that synth builds in under a minute; running `cargo run --features {DEPLOY_FEATURE}` \
         (its first build compiles the SDK: several minutes, once)"
    );
    Ok(run(&mut cmd, command))
}

#[cfg(unix)]
fn run(cmd: &mut Command, command: &str) -> ExitCode {
    use std::os::unix::process::CommandExt;
    // Returns only if cargo could not be started.
    let e = cmd.exec();
    eprintln!("error: cannot run cargo for `{command}`: {e}");
    ExitCode::FAILURE
}

#[cfg(not(unix))]
fn run(cmd: &mut Command, command: &str) -> ExitCode {
    match cmd.status() {
        Ok(status) => match status.code().and_then(|c| u8::try_from(c).ok()) {
            Some(c) => ExitCode::from(c),
            None => ExitCode::FAILURE,
        },
        Err(e) => {
            eprintln!("error: cannot run cargo for `{command}`: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The error for a handoff that cannot happen: the arguments were parsed by the caller
/// ([`run_with`](crate::run_with)), not taken from this process's command line.
pub(crate) fn not_from_process(command: &str) -> ExitCode {
    eprintln!(
        "error: `{command}` needs the deploy engine (the AWS SDK), which this build leaves out; \
         build the program with --features {DEPLOY_FEATURE}"
    );
    ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;
    use std::path::PathBuf;

    use super::{HandoffError, Origin, DEPLOY_FEATURE, GUARD};

    fn origin(exe: &str) -> Origin {
        Origin {
            cargo: PathBuf::from("/usr/bin/cargo"),
            manifest_dir: PathBuf::from("/src/mail"),
            exe: PathBuf::from(exe),
        }
    }

    fn argv(o: &Origin, args: &[&str]) -> Result<Vec<String>, HandoffError> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let cmd = o.command("deploy", &args)?;
        assert_eq!(cmd.get_program(), "/usr/bin/cargo");
        let guard = cmd
            .get_envs()
            .find(|(k, _)| *k == GUARD)
            .and_then(|(_, v)| v);
        assert_eq!(
            guard,
            Some("1".as_ref()),
            "the handed-off run must not hand off again"
        );
        Ok(cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect())
    }

    #[test]
    fn a_binary_in_the_dev_profile_runs_again_with_the_feature_and_the_same_arguments() {
        let m = PathBuf::from("/src/mail").join("Cargo.toml");
        let m = m.to_string_lossy();
        let got = argv(
            &origin("/src/mail/target/debug/mail-cluster"),
            &["deploy", "--yes", "Net"],
        );
        let want = [
            "run",
            "--manifest-path",
            &m,
            "--bin",
            "mail-cluster",
            "--features",
            DEPLOY_FEATURE,
            "--",
            "deploy",
            "--yes",
            "Net",
        ];
        assert_eq!(got, Ok(want.map(String::from).to_vec()));
    }

    #[test]
    fn examples_and_other_profiles_keep_their_target_and_profile() {
        let got = argv(&origin("/t/release/examples/two_az"), &["diff", "--fail"])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got[3..6], ["--example", "two_az", "--release"]);
        let got =
            argv(&origin("/t/ci/zimbra-reference"), &["destroy"]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got[3..7], ["--bin", "zimbra-reference", "--profile", "ci"]);
        assert_eq!(got.last().map(String::as_str), Some("destroy"));
    }

    #[test]
    fn an_executable_outside_a_target_directory_is_refused_with_the_fix() {
        let e = argv(&origin("/"), &["deploy"]).err();
        let text = e.map(|e| e.to_string()).unwrap_or_default();
        assert!(text.contains("`deploy` needs the deploy engine"), "{text}");
        assert!(
            text.contains(&format!("--features {DEPLOY_FEATURE}")),
            "{text}"
        );
    }
}
