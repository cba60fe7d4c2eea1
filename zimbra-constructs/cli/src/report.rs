//! `review`, `cost`, `diagram` and `runbook`: read an assembly (a directory, or this
//! program's own synthesis), call `zimbra_constructs_report`, print Markdown or JSON.

use std::path::Path;
use std::process::ExitCode;

use zimbra_constructs_core::check::record::FindingsRecord;
use zimbra_constructs_core::{App, Assembly, SynthOptions};
use zimbra_constructs_report::review::{Review, ReviewInput, ReviewOptions};
use zimbra_constructs_report::{diagram, runbook, CostReport, PriceTable};

use super::{CostArgs, CostFormat, ReportArgs, ReviewArgs};

/// Exit code of `review` when it cannot run (an unreadable assembly, an app that does not
/// synthesize): distinct from its verdicts 0, 1 and 2.
const REVIEW_FAILED: u8 = 3;

/// This program's synthesis with its rule findings, errors included (rules run apart, so an
/// error finding is reported instead of stopping synthesis).
fn synthesized(app: &App) -> Result<(Assembly, FindingsRecord), String> {
    let options = SynthOptions {
        skip_rules: true,
        ..SynthOptions::default()
    };
    let assembly = app.synth(&options).map_err(|e| e.to_string())?;
    let report = app.check_assembly(&assembly);
    Ok((assembly, FindingsRecord::from(&report)))
}

fn read(dir: &Path) -> Result<(Assembly, Option<FindingsRecord>), String> {
    let assembly = Assembly::read(dir).map_err(|e| e.to_string())?;
    let findings = FindingsRecord::read(dir).map_err(|e| e.to_string())?;
    Ok((assembly, findings))
}

/// The assembly a report reads: `--assembly DIR`, else this program's.
fn assembly(app: &App, dir: Option<&Path>) -> Result<Assembly, String> {
    match dir {
        Some(d) => read(d).map(|(a, _)| a),
        None => synthesized(app).map(|(a, _)| a),
    }
}

pub(super) fn review(app: &App, args: &ReviewArgs) -> ExitCode {
    match review_inner(app, args) {
        Ok((text, verdict)) => {
            print!("{text}");
            ExitCode::from(verdict)
        }
        Err(e) => {
            eprintln!("review: {e}");
            ExitCode::from(REVIEW_FAILED)
        }
    }
}

fn review_inner(app: &App, args: &ReviewArgs) -> Result<(String, u8), String> {
    let (base, base_findings) = read(&args.base).map_err(|e| format!("base: {e}"))?;
    let (head, head_findings, head_label) = match &args.head {
        Some(dir) => {
            let (a, f) = read(dir).map_err(|e| format!("head: {e}"))?;
            (a, f, format!("`{}`", dir.display()))
        }
        None => {
            let (a, f) = synthesized(app).map_err(|e| format!("head: {e}"))?;
            (a, Some(f), "this program, synthesized now".to_owned())
        }
    };
    let options = ReviewOptions {
        cost_threshold_percent: args.cost_threshold,
        prices: PriceTable::embedded().map_err(|e| e.to_string())?,
    };
    let review = Review::compare(
        &ReviewInput {
            label: format!("`{}`", args.base.display()),
            assembly: base,
            findings: base_findings,
        },
        &ReviewInput {
            label: head_label,
            assembly: head,
            findings: head_findings,
        },
        &options,
    );
    Ok((review.to_markdown(), review.verdict() as u8))
}

/// Prints a report's text, or its error (exit 1).
pub(super) fn printed(report: Result<String, String>) -> ExitCode {
    match report {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

pub(super) fn cost(app: &App, args: &CostArgs) -> Result<String, String> {
    let assembly = assembly(app, args.assembly.as_deref())?;
    #[allow(unused_mut)]
    let mut prices = PriceTable::embedded().map_err(|e| e.to_string())?;
    if args.refresh_prices {
        refresh(&mut prices, &assembly)?;
    }
    let report = CostReport::of(&assembly, &prices);
    Ok(match args.format {
        CostFormat::Markdown => report.to_markdown(),
        CostFormat::Json => {
            let mut text =
                serde_json::to_string_pretty(&report.to_json()).map_err(|e| e.to_string())?;
            text.push('\n');
            text
        }
    })
}

#[cfg(feature = "deploy")]
fn refresh(prices: &mut PriceTable, assembly: &Assembly) -> Result<(), String> {
    let notes =
        zimbra_constructs_report::refresh::refresh(prices, assembly).map_err(|e| e.to_string())?;
    for n in notes {
        eprintln!("refreshed: {n}");
    }
    Ok(())
}

#[cfg(not(feature = "deploy"))]
fn refresh(_: &mut PriceTable, _: &Assembly) -> Result<(), String> {
    Err(
        "--refresh-prices needs the AWS SDK: build the program with the `deploy` feature"
            .to_owned(),
    )
}

pub(super) fn diagram(app: &App, args: &ReportArgs) -> Result<String, String> {
    Ok(diagram::to_markdown(&assembly(
        app,
        args.assembly.as_deref(),
    )?))
}

pub(super) fn runbook(app: &App, args: &ReportArgs) -> Result<String, String> {
    Ok(runbook::to_markdown(&assembly(
        app,
        args.assembly.as_deref(),
    )?))
}
