//! `deploy`, `diff`, `destroy` and `context refresh`: parse flags, synthesize, call
//! `zimbra_constructs_deploy`.

use std::path::Path;
use std::process::ExitCode;

use zimbra_constructs_core::{App, Assembly, ContextLookup, SynthError, SynthOptions};
use zimbra_constructs_deploy::{
    self as deploy, parse_tag, AllowReplace, Approver, AwsOptions, Clients, DeployOptions,
    Deployed, DestroyOptions, ParameterOverride, RequireApproval, Session, Ui,
};

use super::{AwsArgs, DeployArgs, DestroyArgs, DiffArgs, RefreshArgs, RequireApprovalArg};

fn assembly(app: &App, staged: bool) -> Option<Assembly> {
    let options = SynthOptions {
        staged_templates: staged,
        ..SynthOptions::default()
    };
    match app.synth(&options) {
        Ok(a) => {
            for w in &a.warnings {
                eprintln!("{w}");
            }
            Some(a)
        }
        Err(SynthError::Invalid(diagnostics)) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            eprintln!("synth failed; nothing deployed");
            None
        }
        Err(e) => {
            eprintln!("error: {e}");
            None
        }
    }
}

fn runtime() -> Option<tokio::runtime::Runtime> {
    match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => Some(rt),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            None
        }
    }
}

fn clients(aws: &AwsArgs) -> Clients {
    Clients::from_env(AwsOptions {
        profile: aws.profile.clone(),
        region: aws.region.clone(),
        endpoint_url: aws.endpoint_url.clone(),
    })
}

fn session(aws: &AwsArgs, approver: Approver) -> Session {
    Session::new(clients(aws), Ui::detect(), approver)
}

/// Resolves `lookups` into the context file at `path` and prints what changed; `false` (after
/// printing the error) when it could not.
fn refresh_lookups(
    rt: &tokio::runtime::Runtime,
    lookups: &[&ContextLookup],
    path: &Path,
    clients: &Clients,
    deployed: &Deployed,
) -> bool {
    match rt.block_on(deploy::refresh_file(lookups, path, clients, deployed)) {
        Ok(refreshed) => {
            for change in &refreshed.changes {
                println!("{change}");
            }
            if refreshed.written {
                println!(
                    "{} changed: commit it (a changed AMI replaces its servers at the next deploy; `diff` shows them)",
                    path.display()
                );
            } else {
                println!("{} is up to date", path.display());
            }
            true
        }
        Err(e) => {
            eprintln!("error: {e}");
            false
        }
    }
}

pub(super) fn refresh(app: &App, args: &RefreshArgs, path: &Path) -> ExitCode {
    let lookups = app.context_lookups();
    let unknown: Vec<&String> = args
        .keys
        .iter()
        .filter(|k| !lookups.iter().any(|l| &l.key == *k))
        .collect();
    if let Some(key) = unknown.first() {
        eprintln!("error: the program makes no context lookup '{key}'; `context show` lists them");
        return ExitCode::FAILURE;
    }
    let chosen: Vec<&ContextLookup> = lookups
        .into_iter()
        .filter(|l| args.keys.is_empty() || args.keys.contains(&l.key))
        .collect();
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
    if refresh_lookups(&rt, &chosen, path, &clients(&args.aws), &Deployed::new()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

async fn ctrl_c() {
    if tokio::signal::ctrl_c().await.is_err() {
        // No signal handling available: never interrupt.
        std::future::pending::<()>().await;
    }
}

/// `deploy`: first, like the CDK CLI, resolves the context lookups the file has no entry for,
/// writes the file and builds the app again (`rebuild`) with it.
pub(super) fn deploy(
    app: &App,
    args: &DeployArgs,
    path: &Path,
    rebuild: impl FnOnce() -> Result<App, String>,
) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
    let rebuilt;
    let app = if app.missing_context().is_empty() {
        app
    } else {
        let clients = clients(&args.aws);
        let missing = app.missing_context();
        // What the deployed stacks run already: pinning must not replace them.
        let deployed = match app.synth(&SynthOptions::default()) {
            Ok(unpinned) => {
                match rt.block_on(deploy::deployed_values(&unpinned, &missing, &clients)) {
                    Ok(d) => d,
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            Err(_) => Deployed::new(),
        };
        if !refresh_lookups(&rt, &missing, path, &clients, &deployed) {
            return ExitCode::FAILURE;
        }
        rebuilt = match rebuild() {
            Ok(a) => a,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        &rebuilt
    };
    let Some(assembly) = assembly(app, args.staging_bucket.is_some()) else {
        return ExitCode::FAILURE;
    };
    let parameters = match args
        .parameters
        .iter()
        .map(|p| ParameterOverride::parse(p))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let tags = match args
        .tags
        .iter()
        .map(|t| parse_tag(t))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let options = DeployOptions {
        stacks: args.stacks.clone(),
        exclusively: args.exclusively,
        concurrency: args.concurrency,
        tags,
        parameters,
        break_lock: args.break_lock,
        skip_preflight: args.skip_preflight,
    };
    let mut session = session(&args.aws, Approver::new(args.yes));
    session.require_approval = match args.require_approval {
        RequireApprovalArg::Never => RequireApproval::Never,
        RequireApprovalArg::Broadening => RequireApproval::Broadening,
        RequireApprovalArg::AnyChange => RequireApproval::AnyChange,
    };
    session.staging_bucket = args.staging_bucket.clone();
    session.allow_replace = AllowReplace::new(args.allow_replace.clone());
    match rt.block_on(deploy::deploy(&assembly, &options, &session, ctrl_c())) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

pub(super) fn diff(app: &App, args: &DiffArgs) -> ExitCode {
    let Some(assembly) = assembly(app, true) else {
        return ExitCode::FAILURE;
    };
    let session = session(&args.aws, Approver::no_terminal());
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
    match rt.block_on(deploy::diff(&assembly, &args.stacks, &session)) {
        Ok(diffs) if args.fail && diffs.iter().any(|d| !d.diff.is_empty()) => ExitCode::FAILURE,
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

pub(super) fn destroy(app: &App, args: &DestroyArgs) -> ExitCode {
    let Some(assembly) = assembly(app, true) else {
        return ExitCode::FAILURE;
    };
    let session = session(&args.aws, Approver::new(false));
    let options = DestroyOptions {
        stacks: args.stacks.clone(),
        exclusively: args.exclusively,
        force: args.force,
        concurrency: args.concurrency,
        remove_termination_protection: args.remove_termination_protection,
        break_lock: args.break_lock,
    };
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
    match rt.block_on(deploy::destroy(&assembly, &options, &session, ctrl_c())) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
