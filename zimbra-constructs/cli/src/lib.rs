//! The command line every cluster program gets from one call to [`run`]: clap definitions
//! plus glue that calls the core (synth, list, check), the report crate (review, cost,
//! diagram, runbook) and, with the feature `deploy`, the deploy crate; without it, the AWS
//! commands run the program again with that feature (`handoff`). No logic of its own lives
//! here, and nothing of Zimbra.

mod check;
mod context;
#[cfg(feature = "deploy")]
mod deploy;
#[cfg(not(feature = "deploy"))]
mod handoff;
mod report;
mod synth;

use std::fmt::Display;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use zimbra_constructs_core::context::with_ambient;
use zimbra_constructs_core::Format;
use zimbra_constructs_core::{App, Context, CONTEXT_FILE};

/// Synthesize, check and manage the CloudFormation stacks of a cluster program.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// The context file: values looked up once (the servers' AMI) that synth reads offline.
    /// Commit it; `context refresh` updates it on purpose.
    #[arg(long, global = true, value_name = "FILE", default_value = CONTEXT_FILE)]
    pub context_file: PathBuf,
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
    /// Run the app's rule packs (security ZS0xx, and the packs its constructs register, such
    /// as the Zimbra architecture pack ZA0xx) over the synthesized templates and print every
    /// finding.
    ///
    /// Each finding names the rule id, its severity, the construct path, what is wrong and
    /// how to fix it. Suppressions registered in code (App::suppress, each with a reason)
    /// are listed with their reason and the findings they cover. Exits 1 on any error
    /// finding that is not suppressed (synth refuses the same errors), 0 otherwise. Writes
    /// nothing.
    Check(CheckArgs),
    /// Compare two cloud assemblies offline and print a Markdown review for a pull request.
    ///
    /// BASE is the assembly of the target branch (`synth --out DIR` there); HEAD is another
    /// assembly directory, or by default this program synthesized now. Per stack and server:
    /// added, removed and changed resources; which servers (by host name) are replaced,
    /// restarted or removed; what puts data at risk; security changes in plain words; the
    /// monthly cost before and after; the rule findings that appear or disappear.
    ///
    /// Exit codes: 0 no risk; 1 needs attention (security broadens, a server is replaced,
    /// restarted or removed, another resource is replaced or a stack removed, a new warning
    /// finding or suppression, or the on-demand monthly cost grows by more than
    /// --cost-threshold percent); 2 blocking (a bucket, volume, hosted zone, secret, KMS key,
    /// database or file system is replaced or removed, or a new error finding); 3 the review
    /// could not run (an unreadable assembly, an app that does not synthesize).
    Review(ReviewArgs),
    /// Print the cluster's monthly cost: per stack and region, on demand and with 1-year and
    /// 3-year commitments, from the embedded dated price table.
    ///
    /// Prices the table lacks are named and left out of the totals, never counted as zero;
    /// prices the table marks unconfirmed are listed as caveats; usage-billed parts (traffic,
    /// NLB capacity units, NAT data, S3 storage, log ingestion, snapshots) are listed with
    /// their rates, outside the totals.
    Cost(CostArgs),
    /// Print the architecture as a Mermaid flowchart (AZs, subnets, servers by host name and
    /// role, load balancer ports, buckets) and the server table, as Markdown.
    Diagram(ReportArgs),
    /// Print the disaster-recovery runbook of this cluster (lose a mailbox server; an MTA,
    /// proxy or LDAP server; an AZ; the Region), with its host names and commands, as Markdown.
    Runbook(ReportArgs),
    /// Show or refresh the context file: values looked up from AWS once (the servers' AMI,
    /// from its public SSM parameter) and committed, so every synth writes the same templates.
    ///
    /// Without an entry, the templates keep the SSM parameter, which CloudFormation resolves
    /// again on every stack update (a new AMI release then replaces every server); `deploy`
    /// resolves missing entries first and says the file changed.
    Context(ContextArgs),
    /// Deploy stacks through CloudFormation change sets, in dependency order.
    ///
    /// Context lookups the context file has no entry for are resolved first and written to
    /// it (commit the file).
    Deploy(DeployArgs),
    /// Compare the synthesized templates with the deployed ones.
    Diff(DiffArgs),
    /// Delete stacks in reverse dependency order.
    Destroy(DestroyArgs),
}

/// How to reach AWS; the standard environment (`AWS_PROFILE`, `AWS_REGION`,
/// `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_CLOUDFORMATION`, credentials) applies too.
#[derive(Debug, Clone, clap::Args)]
pub struct AwsArgs {
    /// Named profile from the AWS config files.
    #[arg(long)]
    pub profile: Option<String>,
    /// Send every stack to this region instead of the one it declares.
    #[arg(long)]
    pub region: Option<String>,
    /// Send every request to this endpoint (for example a local moto server).
    #[arg(long)]
    pub endpoint_url: Option<String>,
}

/// `--require-approval` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RequireApprovalArg {
    /// Never ask.
    Never,
    /// Ask when security broadens or stateful resources are replaced or removed.
    Broadening,
    /// Ask for every change.
    AnyChange,
}

/// Options of `deploy`.
#[derive(Debug, clap::Args)]
pub struct DeployArgs {
    /// Stacks to deploy (default: all); their dependencies are deployed too.
    pub stacks: Vec<String>,
    /// Deploy only the named stacks, not their dependencies.
    #[arg(long, short = 'e')]
    pub exclusively: bool,
    /// Deploy at most N independent stacks at once.
    #[arg(long, default_value_t = 4)]
    pub concurrency: usize,
    /// When to ask before executing a change set.
    #[arg(long, value_enum, default_value_t = RequireApprovalArg::Broadening)]
    pub require_approval: RequireApprovalArg,
    /// Approve everything without asking (CI).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// S3 bucket for templates over 51,200 bytes.
    #[arg(long, value_name = "NAME")]
    pub staging_bucket: Option<String>,
    /// Stack tag key=value (repeatable).
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Parameter override Stack:Key=Value (repeatable).
    #[arg(long = "parameters", value_name = "STACK:KEY=VALUE")]
    pub parameters: Vec<String>,
    /// Take the app's deploy lock even though another deploy holds it (only after checking
    /// that deploy is gone: killed, or its machine lost).
    #[arg(long)]
    pub break_lock: bool,
    /// Let the deploy replace or stop and start this server (its name, host name, logical id
    /// or STACK/LOGICAL_ID; `all` for every one); repeatable. Without it, such a deploy is
    /// refused.
    #[arg(long = "allow-replace", value_name = "NAME")]
    pub allow_replace: Vec<String>,
    /// Do not check the Elastic IP and vCPU quotas and the account's S3 Block Public Access
    /// before deploying.
    #[arg(long)]
    pub skip_preflight: bool,
    /// AWS access.
    #[command(flatten)]
    pub aws: AwsArgs,
}

/// Options of `diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// Stacks to compare (default: all).
    pub stacks: Vec<String>,
    /// Exit 1 when anything differs.
    #[arg(long)]
    pub fail: bool,
    /// AWS access.
    #[command(flatten)]
    pub aws: AwsArgs,
}

/// Options of `destroy`.
#[derive(Debug, clap::Args)]
pub struct DestroyArgs {
    /// Stacks to destroy (default: all); stacks depending on them are destroyed too.
    pub stacks: Vec<String>,
    /// Destroy only the named stacks.
    #[arg(long, short = 'e')]
    pub exclusively: bool,
    /// Do not ask for confirmation.
    #[arg(long, short = 'f')]
    pub force: bool,
    /// Delete at most N independent stacks at once.
    #[arg(long, default_value_t = 4)]
    pub concurrency: usize,
    /// Turn termination protection off instead of refusing: the stacks', and their
    /// resources' (instances' API termination protection, load balancers' deletion
    /// protection, through an update of the stack before it is deleted).
    #[arg(long)]
    pub remove_termination_protection: bool,
    /// Take the app's deploy lock even though another deploy holds it.
    #[arg(long)]
    pub break_lock: bool,
    /// AWS access.
    #[command(flatten)]
    pub aws: AwsArgs,
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

/// Options of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Also print every rule that ran: id, severity and what it requires.
    #[arg(long)]
    pub rules: bool,
}

/// Options of `review`.
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// The base assembly directory (manifest.json, templates, findings.json).
    #[arg(long, value_name = "DIR")]
    pub base: PathBuf,
    /// The head assembly directory (default: synthesize this program now).
    #[arg(long, value_name = "DIR")]
    pub head: Option<PathBuf>,
    /// Needs attention when the on-demand monthly cost grows by more than this percentage.
    #[arg(long, value_name = "PERCENT", default_value_t = 10.0)]
    pub cost_threshold: f64,
}

/// `cost --format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CostFormat {
    /// Markdown tables.
    Markdown,
    /// JSON (amounts rounded to cents).
    Json,
}

/// Options of `cost`.
#[derive(Debug, clap::Args)]
pub struct CostArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = CostFormat::Markdown)]
    pub format: CostFormat,
    /// Price an assembly directory instead of this program.
    #[arg(long, value_name = "DIR")]
    pub assembly: Option<PathBuf>,
    /// Replace the embedded prices of the instance and volume types used with live ones from
    /// the AWS Price List API (needs the `deploy` feature, credentials and pricing:GetProducts).
    #[arg(long)]
    pub refresh_prices: bool,
}

/// Options of `diagram` and `runbook`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Read an assembly directory instead of this program.
    #[arg(long, value_name = "DIR")]
    pub assembly: Option<PathBuf>,
}

/// Options of `context`.
#[derive(Debug, clap::Args)]
pub struct ContextArgs {
    /// What to do.
    #[command(subcommand)]
    pub action: ContextAction,
}

/// The `context` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContextAction {
    /// Print every lookup the program makes, with its pinned value and when it was resolved
    /// (or that it is missing), and entries the program no longer asks for. Offline.
    Show,
    /// Resolve every lookup the program makes (or only the KEYs given) through AWS (SSM
    /// GetParameter) and write the context file when a value changed. A changed AMI
    /// replaces the servers at the next deploy: run `diff` to see them.
    Refresh(RefreshArgs),
}

/// Options of `context refresh`.
#[derive(Debug, clap::Args)]
pub struct RefreshArgs {
    /// Keys to refresh (default: every lookup of the program).
    pub keys: Vec<String>,
    /// AWS access.
    #[command(flatten)]
    pub aws: AwsArgs,
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
/// `build` is called with the context file loaded (every [`App::new`] inside it starts from
/// that context); `deploy` calls it once more after it resolved missing context entries. If
/// it fails, its error is printed and the exit code is 1.
pub fn run<E: Display>(build: impl Fn() -> Result<App, E>) -> ExitCode {
    run_inner(Cli::parse(), build, true)
}

/// Like [`run`] with arguments already parsed (for tests and wrappers).
pub fn run_with<E: Display>(cli: Cli, build: impl Fn() -> Result<App, E>) -> ExitCode {
    run_inner(cli, build, false)
}

/// Builds the app with the context file at `path` as its starting context.
fn build_app<E: Display>(
    build: &impl Fn() -> Result<App, E>,
    path: &std::path::Path,
) -> Result<App, String> {
    let context = Context::load(path).map_err(|e| e.to_string())?;
    with_ambient(context, build).map_err(|e| format!("cannot build the app: {e}"))
}

/// `exiting`: the arguments are the process's own and it ends right after, so the app is not
/// dropped (freeing a large tree node by node is a measurable part of a synth's run time; the
/// OS reclaims it at exit), and an AWS command may be handed off ([`handoff`]).
fn run_inner<E: Display>(cli: Cli, build: impl Fn() -> Result<App, E>, exiting: bool) -> ExitCode {
    // Before the app is built: a large one allocates most of its memory there.
    zimbra_constructs_core::heap::reserve();
    let path = cli.context_file;
    let app = match build_app(&build, &path) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match cli.command {
        Command::Synth(args) => synth::synth(&app, &args, exiting),
        Command::List(args) => synth::list(&app, &args),
        Command::Check(args) => check::check(&app, &args),
        Command::Review(args) => Ok(report::review(&app, &args)),
        #[cfg(not(feature = "deploy"))]
        Command::Cost(args) if args.refresh_prices => Ok(engine("cost --refresh-prices", exiting)),
        Command::Cost(args) => Ok(report::printed(report::cost(&app, &args))),
        Command::Diagram(args) => Ok(report::printed(report::diagram(&app, &args))),
        Command::Runbook(args) => Ok(report::printed(report::runbook(&app, &args))),
        Command::Context(ContextArgs {
            action: ContextAction::Show,
        }) => Ok(context::show(&app, &path)),
        #[cfg(feature = "deploy")]
        Command::Deploy(args) => Ok(deploy::deploy(&app, &args, &path, || {
            build_app(&build, &path)
        })),
        #[cfg(feature = "deploy")]
        Command::Diff(args) => Ok(deploy::diff(&app, &args)),
        #[cfg(feature = "deploy")]
        Command::Destroy(args) => Ok(deploy::destroy(&app, &args)),
        #[cfg(feature = "deploy")]
        Command::Context(ContextArgs {
            action: ContextAction::Refresh(args),
        }) => Ok(deploy::refresh(&app, &args, &path)),
        // Without the engine, the AWS commands run again in the build that has it.
        #[cfg(not(feature = "deploy"))]
        Command::Deploy(_) => Ok(engine("deploy", exiting)),
        #[cfg(not(feature = "deploy"))]
        Command::Diff(_) => Ok(engine("diff", exiting)),
        #[cfg(not(feature = "deploy"))]
        Command::Destroy(_) => Ok(engine("destroy", exiting)),
        #[cfg(not(feature = "deploy"))]
        Command::Context(ContextArgs {
            action: ContextAction::Refresh(_),
        }) => Ok(engine("context refresh", exiting)),
    };
    if exiting {
        std::mem::forget(app);
    }
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Hands an AWS command to the build with the deploy engine ([`handoff`]); only a run from
/// the process's own command line can (`run_with` got its arguments from elsewhere).
#[cfg(not(feature = "deploy"))]
fn engine(command: &str, from_process: bool) -> ExitCode {
    if from_process {
        handoff::hand_off(command)
    } else {
        handoff::not_from_process(command)
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::{Cli, Command};

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[cfg(feature = "deploy")]
    #[test]
    fn deploy_flags_parse() {
        let cli = Cli::try_parse_from([
            "zc",
            "deploy",
            "Net",
            "Cell",
            "--concurrency",
            "2",
            "--require-approval",
            "any-change",
            "--yes",
            "--tag",
            "owner=mail",
            "--parameters",
            "Net:Cidr=10.0.0.0/16",
            "--staging-bucket",
            "b",
            "--profile",
            "prod",
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        let Command::Deploy(args) = cli.command else {
            panic!("not deploy");
        };
        assert_eq!(args.stacks, vec!["Net", "Cell"]);
        assert_eq!(args.concurrency, 2);
        assert!(args.yes);
        assert_eq!(args.aws.profile.as_deref(), Some("prod"));
        assert!(Cli::try_parse_from(["zc", "diff", "--fail"]).is_ok());
        assert!(Cli::try_parse_from(["zc", "destroy", "--force", "-e", "Net"]).is_ok());
        assert!(Cli::try_parse_from(["zc", "deploy", "--require-approval", "sometimes"]).is_err());
    }

    #[test]
    fn check_parses_with_and_without_the_rule_list() {
        let cli = Cli::try_parse_from(["zc", "check", "--rules"]).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(cli.command, Command::Check(a) if a.rules));
        assert!(Cli::try_parse_from(["zc", "check"]).is_ok());
    }
}
