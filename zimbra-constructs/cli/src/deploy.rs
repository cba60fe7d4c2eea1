//! `deploy`, `diff` and `destroy`: parse flags, synthesize, call `zimbra_constructs_deploy`.

use std::process::ExitCode;

use zimbra_constructs_core::{App, Assembly, SynthError, SynthOptions};
use zimbra_constructs_deploy::{
    self as deploy, parse_tag, Approver, AwsOptions, Clients, DeployOptions, DestroyOptions,
    ParameterOverride, RequireApproval, Session, Ui,
};

use super::{AwsArgs, DeployArgs, DestroyArgs, DiffArgs, RequireApprovalArg};

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

fn session(aws: &AwsArgs, approver: Approver) -> Session {
    let clients = Clients::from_env(AwsOptions {
        profile: aws.profile.clone(),
        region: aws.region.clone(),
        endpoint_url: aws.endpoint_url.clone(),
    });
    Session::new(clients, Ui::detect(), approver)
}

async fn ctrl_c() {
    if tokio::signal::ctrl_c().await.is_err() {
        // No signal handling available: never interrupt.
        std::future::pending::<()>().await;
    }
}

pub(super) fn deploy(app: &App, args: &DeployArgs) -> ExitCode {
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
    };
    let mut session = session(&args.aws, Approver::new(args.yes));
    session.require_approval = match args.require_approval {
        RequireApprovalArg::Never => RequireApproval::Never,
        RequireApprovalArg::Broadening => RequireApproval::Broadening,
        RequireApprovalArg::AnyChange => RequireApproval::AnyChange,
    };
    session.staging_bucket = args.staging_bucket.clone();
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
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
