//! The command line every cluster program gets from one call to [`run`]: clap definitions
//! plus glue that calls library functions. No logic of its own lives here.

mod synth;

use std::fmt::Display;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app::App;
use crate::synth::Format;

/// Synthesize and manage the CloudFormation stacks of a Zimbra cluster.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write every stack's template and a manifest.json into the output directory.
    ///
    /// Runs all validations first; any error (or any warning with --strict) stops it with a
    /// non-zero exit and writes nothing. The same program always writes the same bytes.
    Synth(SynthArgs),
    /// Print the stack names, each after the stacks it depends on (deploy order).
    List(ListArgs),
}

/// Options of `synth`.
#[derive(Debug, clap::Args)]
pub struct SynthArgs {
    /// Directory for the cloud assembly (replaced templates of removed stacks are deleted).
    #[arg(long, default_value = "cfn.out")]
    pub out: PathBuf,
    /// Template format.
    #[arg(long, value_enum, default_value_t = FormatArg::Json)]
    pub format: FormatArg,
    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// Print only errors and warnings, not the summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Options of `list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Also print each stack's region, resource count and dependencies.
    #[arg(long, short)]
    pub long: bool,
}

/// Template format flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Pretty-printed JSON.
    Json,
    /// YAML.
    Yaml,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Json => Format::Json,
            FormatArg::Yaml => Format::Yaml,
        }
    }
}

/// Parses the process arguments, builds the app and runs the command.
///
/// `build` is called once; if it fails, its error is printed and the exit code is 1.
pub fn run<E: Display>(build: impl FnOnce() -> Result<App, E>) -> ExitCode {
    run_with(Cli::parse(), build)
}

/// Like [`run`] with arguments already parsed (for tests and wrappers).
pub fn run_with<E: Display>(cli: Cli, build: impl FnOnce() -> Result<App, E>) -> ExitCode {
    let app = match build() {
        Ok(app) => app,
        Err(e) => {
            eprintln!("error: cannot build the app: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match cli.command {
        Command::Synth(args) => synth::synth(&app, &args),
        Command::List(args) => synth::list(&app, &args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
