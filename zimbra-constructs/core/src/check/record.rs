//! The findings file of a cloud assembly (`findings.json`): what the rule packs reported when
//! the assembly was synthesized, written beside the templates so `review` can tell which
//! findings a change adds or removes with nothing but two directories (no app, no AWS).
//!
//! Synth refuses unsuppressed errors, so a written record holds warnings and suppressed
//! findings (with their reasons); a record made from [`App::check`](crate::App::check) may
//! hold errors too.

use std::fs;
use std::path::Path;

use serde_json::{json, Value as Json};

use super::{CheckReport, Finding};
use crate::diagnostics::Severity;

/// The file name inside the assembly directory.
pub const FINDINGS_FILE: &str = "findings.json";

/// The record's format version; bump it when the layout changes.
pub const FINDINGS_VERSION: &str = "zimbra-constructs-findings/1";

/// A rule that ran, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRule {
    /// The pack's name.
    pub pack: String,
    /// The rule id.
    pub id: String,
    /// Its severity.
    pub severity: Severity,
}

/// The rule findings of one assembly, as written to and read from [`FINDINGS_FILE`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FindingsRecord {
    /// Every rule that ran.
    pub rules: Vec<RecordedRule>,
    /// Findings no suppression covers.
    pub open: Vec<Finding>,
    /// Suppressed findings with the reason of the suppression that covers each.
    pub suppressed: Vec<(Finding, String)>,
}

/// The findings file is missing fields or is not JSON.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct RecordError {
    /// The file.
    pub path: String,
    /// What is wrong.
    pub reason: String,
}

impl From<&CheckReport> for FindingsRecord {
    fn from(report: &CheckReport) -> Self {
        FindingsRecord {
            rules: report
                .rules
                .iter()
                .map(|r| RecordedRule {
                    pack: r.pack.to_owned(),
                    id: r.id.to_owned(),
                    severity: r.severity,
                })
                .collect(),
            open: report.findings.clone(),
            suppressed: report
                .suppressed
                .iter()
                .map(|(f, s)| (f.clone(), s.reason.clone()))
                .collect(),
        }
    }
}

fn finding_json(f: &Finding) -> Json {
    json!({
        "rule": f.rule_id,
        "severity": f.severity.to_string(),
        "path": f.path,
        "message": f.message,
        "fix": f.fix,
    })
}

fn severity(text: Option<&str>) -> Option<Severity> {
    match text? {
        "error" => Some(Severity::Error),
        "warning" => Some(Severity::Warning),
        _ => None,
    }
}

fn finding_of(v: &Json) -> Option<Finding> {
    let s = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned);
    Some(Finding {
        rule_id: s("rule")?,
        severity: severity(v.get("severity").and_then(Json::as_str))?,
        path: s("path")?,
        message: s("message")?,
        fix: s("fix").unwrap_or_default(),
    })
}

impl FindingsRecord {
    /// The record as JSON: version, rules, open findings, suppressed findings with reasons.
    #[must_use]
    pub fn to_json(&self) -> Json {
        let rules: Vec<Json> = self
            .rules
            .iter()
            .map(|r| json!({"pack": r.pack, "id": r.id, "severity": r.severity.to_string()}))
            .collect();
        let suppressed: Vec<Json> = self
            .suppressed
            .iter()
            .map(|(f, reason)| {
                let mut v = finding_json(f);
                v["reason"] = json!(reason);
                v
            })
            .collect();
        json!({
            "version": FINDINGS_VERSION,
            "rules": rules,
            "findings": self.open.iter().map(finding_json).collect::<Vec<_>>(),
            "suppressed": suppressed,
        })
    }

    /// Parses what [`FindingsRecord::to_json`] wrote; the error says which entry is malformed
    /// (the caller adds the file).
    fn of_json(v: &Json) -> Result<Self, String> {
        if v.get("version").and_then(Json::as_str) != Some(FINDINGS_VERSION) {
            return Err(format!(
                "not a findings record of version {FINDINGS_VERSION}"
            ));
        }
        let list = |k: &str| {
            v.get(k)
                .and_then(Json::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let mut record = FindingsRecord::default();
        for r in list("rules") {
            let s = |k: &str| r.get(k).and_then(Json::as_str).map(str::to_owned);
            let (Some(pack), Some(id), Some(sev)) = (
                s("pack"),
                s("id"),
                severity(r.get("severity").and_then(Json::as_str)),
            ) else {
                return Err(format!("malformed rule entry {r}"));
            };
            record.rules.push(RecordedRule {
                pack,
                id,
                severity: sev,
            });
        }
        for f in list("findings") {
            record
                .open
                .push(finding_of(&f).ok_or_else(|| format!("malformed finding {f}"))?);
        }
        for f in list("suppressed") {
            let finding = finding_of(&f).ok_or_else(|| format!("malformed finding {f}"))?;
            let reason = f.get("reason").and_then(Json::as_str).unwrap_or_default();
            record.suppressed.push((finding, reason.to_owned()));
        }
        Ok(record)
    }

    /// Writes the record into the assembly directory `dir`.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        let mut text = serde_json::to_string_pretty(&self.to_json()).unwrap_or_default();
        text.push('\n');
        crate::assembly::write_if_changed(&dir.join(FINDINGS_FILE), text.as_bytes())
    }

    /// Reads the record of the assembly directory `dir`; `Ok(None)` when the assembly has
    /// none (written before records existed, or by a program without rule packs).
    pub fn read(dir: &Path) -> Result<Option<Self>, RecordError> {
        let path = dir.join(FINDINGS_FILE);
        let err = |reason: String| RecordError {
            path: path.display().to_string(),
            reason,
        };
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(err(e.to_string())),
        };
        let v: Json = serde_json::from_str(&text).map_err(|e| err(e.to_string()))?;
        FindingsRecord::of_json(&v).map(Some).map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, severity: Severity) -> Finding {
        Finding {
            rule_id: rule.to_owned(),
            severity,
            path: "App/Stack/Thing".to_owned(),
            message: "what".to_owned(),
            fix: "how".to_owned(),
        }
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let record = FindingsRecord {
            rules: vec![RecordedRule {
                pack: "security".into(),
                id: "ZS001".into(),
                severity: Severity::Error,
            }],
            open: vec![finding("ZS002", Severity::Warning)],
            suppressed: vec![(finding("ZS009", Severity::Error), "behind a VPN".into())],
        };
        record.write(dir.path()).unwrap();
        assert_eq!(FindingsRecord::read(dir.path()).unwrap(), Some(record));
    }

    #[test]
    fn a_missing_record_is_none_and_a_bad_one_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(FindingsRecord::read(dir.path()).unwrap(), None);
        fs::write(dir.path().join(FINDINGS_FILE), "{\"version\": 7}").unwrap();
        let e = FindingsRecord::read(dir.path()).unwrap_err().to_string();
        assert!(e.contains(FINDINGS_FILE) && e.contains("version"), "{e}");
    }
}
