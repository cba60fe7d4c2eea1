//! `synth` and `list`.

use std::io::Write;
use std::process::ExitCode;

use zimbra_constructs_core::assembly::{StagedWrite, WriteError};
use zimbra_constructs_core::check::record::{FindingsRecord, FINDINGS_FILE};
use zimbra_constructs_core::App;
use zimbra_constructs_core::Diagnostic;
use zimbra_constructs_core::{SynthError, SynthOptions};

use super::{ListArgs, SynthArgs};

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diagnostics {
        let _ = writeln!(err, "{d}");
    }
}

/// Synthesizes and writes the assembly; prints a summary. `exiting`: the process ends right
/// after, so the assembly is left for the OS to reclaim instead of being dropped.
pub(super) fn synth(app: &App, args: &SynthArgs, exiting: bool) -> Result<ExitCode, SynthError> {
    let options = SynthOptions {
        format: args.format.into(),
        strict: args.strict,
        ..SynthOptions::default()
    };
    // The command only writes bodies: each goes to disk as soon as it is serialized, and
    // reaches the directory when the whole synth has succeeded.
    let mut staged = StagedWrite::new(&args.out)?;
    let (assembly, report) = match app.synth_into(&options, &mut staged) {
        Ok(a) => a,
        Err(SynthError::Invalid(diagnostics)) => {
            print_diagnostics(&diagnostics);
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == zimbra_constructs_core::Severity::Error)
                .count();
            eprintln!(
                "synth failed: {errors} error(s), {} warning(s){}",
                diagnostics.len() - errors,
                if args.strict {
                    " (--strict: warnings count as errors)"
                } else {
                    ""
                }
            );
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e),
    };
    print_diagnostics(&assembly.warnings);
    let summary = staged.commit(&assembly)?;
    // What the rules found, beside the templates, for `review` to compare offline.
    FindingsRecord::from(&report)
        .write(&args.out)
        .map_err(|source| WriteError {
            path: args.out.join(FINDINGS_FILE).display().to_string(),
            source,
        })?;
    if !args.quiet {
        let mut out = std::io::stdout().lock();
        for s in &assembly.stacks {
            let _ = writeln!(
                out,
                "  {:<32} {:>4} resources {:>9} bytes  {}",
                s.name,
                s.resource_count,
                s.body_len,
                s.template_file()
            );
        }
        let _ = writeln!(
            out,
            "Synthesized {} stack(s), {} resources, {} bytes into {}",
            summary.stacks,
            summary.resources,
            summary.bytes,
            summary.dir.display()
        );
    }
    if exiting {
        std::mem::forget(assembly);
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints stack names in deploy order.
pub(super) fn list(app: &App, args: &ListArgs) -> Result<ExitCode, SynthError> {
    let assembly = match app.synth_bodies(&SynthOptions::default()) {
        Ok(a) => a,
        Err(SynthError::Invalid(diagnostics)) => {
            print_diagnostics(&diagnostics);
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e),
    };
    let mut out = std::io::stdout().lock();
    for s in &assembly.stacks {
        if args.long {
            let deps = if s.dependencies.is_empty() {
                "-".to_owned()
            } else {
                s.dependencies.join(",")
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{} resources\tdepends on: {deps}",
                s.name, s.region, s.resource_count
            );
        } else {
            let _ = writeln!(out, "{}", s.name);
        }
    }
    Ok(ExitCode::SUCCESS)
}
