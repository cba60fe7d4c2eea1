//! `check`: run the app's rule packs and print the report.

use std::io::Write;
use std::process::ExitCode;

use zimbra_constructs_core::App;
use zimbra_constructs_core::SynthError;

use super::CheckArgs;

/// Prints the findings, suppressions and summary; exit 1 on any unsuppressed error finding.
pub(super) fn check(app: &App, args: &CheckArgs) -> Result<ExitCode, SynthError> {
    let report = match app.check() {
        Ok(r) => r,
        Err(SynthError::Invalid(diagnostics)) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            eprintln!("check: the app does not synthesize; fix the errors above first");
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e),
    };
    let mut out = std::io::stdout().lock();
    if args.rules {
        for r in &report.rules {
            let _ = writeln!(
                out,
                "{} {:<7} [{}] {}",
                r.id,
                r.severity.to_string(),
                r.pack,
                r.summary
            );
        }
    }
    let _ = writeln!(out, "{report}");
    Ok(if report.error_count() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
