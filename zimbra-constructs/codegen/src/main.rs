//! zimbra-codegen: generates typed CloudFormation resource types for `zimbra-constructs`
//! from the resource provider schemas that cfn-lint ships.
//!
//! ```text
//! zimbra-codegen --schemas DIR --types FILE --out DIR [--cfn-lint-version VERSION]
//! ```
//!
//! `DIR` is cfn-lint's `data/schemas` folder (`providers/us-east-2.json` maps type names to
//! files under `resources/`). `FILE` lists one CloudFormation type per line (`#` comments and
//! blank lines allowed). One `SERVICE.rs` per service and a `mod.rs` are written to the out
//! folder; formatting with rustfmt and removing stale files is left to `generate.sh`.

mod emit;
mod fixups;
mod model;
mod naming;

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

struct Args {
    schemas: PathBuf,
    types: PathBuf,
    out: PathBuf,
    cfn_lint_version: String,
}

fn parse_args() -> Result<Args, String> {
    let mut schemas = None;
    let mut types = None;
    let mut out = None;
    let mut version = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut val = || it.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--schemas" => schemas = Some(PathBuf::from(val()?)),
            "--types" => types = Some(PathBuf::from(val()?)),
            "--out" => out = Some(PathBuf::from(val()?)),
            "--cfn-lint-version" => version = Some(val()?),
            "-h" | "--help" => return Err(
                "usage: zimbra-codegen --schemas DIR --types FILE --out DIR [--cfn-lint-version V]"
                    .into(),
            ),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let schemas = schemas.ok_or("--schemas is required")?;
    let version = match version {
        Some(v) => v,
        None => detect_version(&schemas).unwrap_or_else(|| "unknown".into()),
    };
    Ok(Args {
        schemas,
        types: types.ok_or("--types is required")?,
        out: out.ok_or("--out is required")?,
        cfn_lint_version: version,
    })
}

/// Reads `__version__` from cfn-lint's `version.py`, two folders above `data/schemas`.
fn detect_version(schemas: &std::path::Path) -> Option<String> {
    let text = fs::read_to_string(schemas.join("../../version.py")).ok()?;
    let line = text.lines().find(|l| l.starts_with("__version__"))?;
    Some(line.split('"').nth(1)?.to_owned())
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let read = |p: &PathBuf| fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let types: Vec<String> = read(&args.types)?
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    let known: HashSet<String> = types.iter().cloned().collect();
    if known.len() != types.len() {
        return Err("duplicate type in the types file".into());
    }
    let providers: serde_json::Value =
        serde_json::from_str(&read(&args.schemas.join("providers/us-east-2.json"))?)
            .map_err(|e| format!("providers/us-east-2.json: {e}"))?;

    let mut models = Vec::new();
    for t in &types {
        let stem = providers
            .get(t)
            .and_then(serde_json::Value::as_str)
            .ok_or_else(|| format!("{t}: not in providers/us-east-2.json"))?;
        let path = args.schemas.join(format!("resources/{stem}.json"));
        let mut schema: serde_json::Value =
            serde_json::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        fixups::apply(t, &mut schema)?;
        models.push(model::build(&schema, &known)?);
    }

    let header = format!(
        "// Generated from cfn-lint {} resource provider schemas by zimbra-codegen; DO NOT EDIT.",
        args.cfn_lint_version
    );
    let mut by_service: BTreeMap<String, Vec<&model::ResourceDef>> = BTreeMap::new();
    for m in &models {
        by_service
            .entry(naming::service_module(&m.type_name))
            .or_default()
            .push(m);
    }
    fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let write = |name: &str, text: String| {
        let p = args.out.join(name);
        fs::write(&p, text).map_err(|e| format!("{}: {e}", p.display()))
    };
    for (service, rs) in &by_service {
        write(
            &format!("{service}.rs"),
            emit::service_file(service, rs, &header)?,
        )?;
    }
    write("mod.rs", emit::mod_file(&models, &header)?)?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zimbra-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}
