//! Suppressions of external rule packs: checkov's and cdk-nag's, which CI runs over the
//! synthesized templates (`tests/scripts/checkov.sh`, `tests/scripts/cdk-nag.sh`). A construct
//! that deviates from such a rule on purpose says so on the resource, with the reason, through
//! [`ResourceOptions::acknowledge`](crate::ResourceOptions::acknowledge); the resource's
//! `Metadata` then carries them in each tool's own format, which the tool reads and reports
//! as suppressed:
//!
//! - checkov: `Metadata.checkov.skip: [{"id", "comment"}]`;
//! - cdk-nag (v2, through `CfnInclude`): `Metadata.cdk_nag.rules_to_suppress: [{"id",
//!   "reason", "applies_to"?}]`.
//!
//! Synthesis refuses a suppression whose reason is shorter than [`MIN_REASON_CHARS`] (ZC021),
//! the minimum cdk-nag itself enforces, so no suppression reaches a template without a reason.
//! The app's own rule packs are suppressed with [`App::suppress`](crate::App::suppress).

use serde_json::{json, Value as Json};

/// The shortest reason a suppression may give (cdk-nag refuses shorter ones).
pub const MIN_REASON_CHARS: usize = 10;

/// An external validator whose rules a resource can suppress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Validator {
    /// checkov (`CKV_AWS_...`, `CKV2_AWS_...`).
    Checkov,
    /// cdk-nag's packs (`AwsSolutions-...`).
    CdkNag,
}

impl Validator {
    /// The `Metadata` key the tool reads.
    #[must_use]
    pub fn metadata_key(self) -> &'static str {
        match self {
            Validator::Checkov => "checkov",
            Validator::CdkNag => "cdk_nag",
        }
    }

    /// The list under the key that holds the suppressions.
    #[must_use]
    pub fn list_key(self) -> &'static str {
        match self {
            Validator::Checkov => "skip",
            Validator::CdkNag => "rules_to_suppress",
        }
    }

    /// The field of an entry that holds the reason.
    #[must_use]
    pub fn reason_key(self) -> &'static str {
        match self {
            Validator::Checkov => "comment",
            Validator::CdkNag => "reason",
        }
    }

    /// Every validator, in metadata order.
    pub const ALL: [Validator; 2] = [Validator::Checkov, Validator::CdkNag];
}

/// One suppressed rule of an external validator on one resource, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a suppression does nothing until passed to ResourceOptions::acknowledge"]
pub struct ExternalSuppression {
    /// The tool.
    pub validator: Validator,
    /// The rule id as the tool names it (`CKV_AWS_91`, `AwsSolutions-ELB2`).
    pub rule_id: String,
    /// Why the finding is acceptable on this resource.
    pub reason: String,
    /// cdk-nag only: the findings of the rule the suppression is limited to, each a finding
    /// (`"Resource::*"`) or `{"regex": "/.../"}`; empty means every finding of the rule.
    pub applies_to: Vec<Json>,
}

impl ExternalSuppression {
    /// A checkov check skipped on the resource.
    pub fn checkov(rule_id: &str, reason: &str) -> Self {
        ExternalSuppression {
            validator: Validator::Checkov,
            rule_id: rule_id.to_owned(),
            reason: reason.to_owned(),
            applies_to: Vec::new(),
        }
    }

    /// A cdk-nag rule suppressed on the resource.
    pub fn cdk_nag(rule_id: &str, reason: &str) -> Self {
        ExternalSuppression {
            validator: Validator::CdkNag,
            rule_id: rule_id.to_owned(),
            reason: reason.to_owned(),
            applies_to: Vec::new(),
        }
    }

    /// Limits a cdk-nag suppression to these findings of the rule (granular suppression).
    pub fn applies_to(mut self, findings: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.applies_to
            .extend(findings.into_iter().map(|f| Json::String(f.into())));
        self
    }

    /// Limits a cdk-nag suppression to the findings matching a JavaScript regular expression
    /// literal (`/^Resource::<.*\.Arn>\/\*$/g`), for findings that name logical ids.
    pub fn applies_to_regex(mut self, pattern: &str) -> Self {
        self.applies_to.push(json!({ "regex": pattern }));
        self
    }

    /// The entry as the tool reads it.
    #[must_use]
    pub fn entry(&self) -> Json {
        let mut e = json!({ "id": self.rule_id, self.validator.reason_key(): self.reason });
        if !self.applies_to.is_empty() {
            e["applies_to"] = json!(self.applies_to);
        }
        e
    }

    /// `Some(problem)` when the suppression is unusable: no rule id, or a reason shorter than
    /// [`MIN_REASON_CHARS`].
    #[must_use]
    pub fn problem(&self) -> Option<String> {
        if self.rule_id.trim().is_empty() {
            return Some("names no rule".to_owned());
        }
        let n = self.reason.trim().chars().count();
        (n < MIN_REASON_CHARS).then(|| {
            format!("has a reason of {n} character(s), under the {MIN_REASON_CHARS} required")
        })
    }
}

/// The metadata value of one validator for these suppressions (those of other validators
/// are ignored), or `None` when there are none.
#[must_use]
pub fn metadata(validator: Validator, suppressions: &[ExternalSuppression]) -> Option<Json> {
    let entries: Vec<Json> = suppressions
        .iter()
        .filter(|s| s.validator == validator)
        .map(ExternalSuppression::entry)
        .collect();
    (!entries.is_empty()).then(|| json!({ validator.list_key(): entries }))
}

/// The suppressions a rendered resource carries in its `Metadata`, read back in each tool's
/// format: `(validator, rule id, reason)`; entries without a reason read as an empty one.
#[must_use]
pub fn suppressions_in(resource: &Json) -> Vec<(Validator, String, String)> {
    let mut out = Vec::new();
    for v in Validator::ALL {
        let list = resource
            .get("Metadata")
            .and_then(|m| m.get(v.metadata_key()))
            .and_then(|m| m.get(v.list_key()))
            .and_then(Json::as_array);
        for e in list.into_iter().flatten() {
            let field = |k: &str| e.get(k).and_then(Json::as_str).unwrap_or("").to_owned();
            out.push((v, field("id"), field(v.reason_key())));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_follow_each_tools_format() {
        let s = [
            ExternalSuppression::checkov("CKV_AWS_91", "TCP listeners only, no TLS"),
            ExternalSuppression::cdk_nag("AwsSolutions-IAM5", "object ARNs need the /* suffix")
                .applies_to(["Resource::<Bucket.Arn>/*"]),
        ];
        assert_eq!(
            metadata(Validator::Checkov, &s),
            Some(json!({"skip": [{"id": "CKV_AWS_91", "comment": "TCP listeners only, no TLS"}]}))
        );
        assert_eq!(
            metadata(Validator::CdkNag, &s),
            Some(json!({"rules_to_suppress": [{"id": "AwsSolutions-IAM5",
                "reason": "object ARNs need the /* suffix", "applies_to": ["Resource::<Bucket.Arn>/*"]}]}))
        );
        let resource = json!({"Metadata": {
            "checkov": metadata(Validator::Checkov, &s),
            "cdk_nag": metadata(Validator::CdkNag, &s),
        }});
        let read: Vec<String> = suppressions_in(&resource)
            .into_iter()
            .map(|(_, id, _)| id)
            .collect();
        assert_eq!(read, ["CKV_AWS_91", "AwsSolutions-IAM5"]);
    }

    #[test]
    fn short_reasons_and_missing_ids_are_problems() {
        assert!(ExternalSuppression::checkov("CKV_AWS_1", "too short")
            .problem()
            .is_some_and(|p| p.contains("9 character(s)")));
        assert!(ExternalSuppression::cdk_nag(" ", "a reason long enough")
            .problem()
            .is_some());
        assert!(
            ExternalSuppression::cdk_nag("AwsSolutions-S1", "a reason long enough")
                .problem()
                .is_none()
        );
    }
}
