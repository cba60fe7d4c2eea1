//! Resolving context lookups on purpose (`context refresh`, and `deploy` for the missing
//! ones), as the CDK CLI fills `cdk.context.json`: each lookup is asked of AWS once, and the
//! answer goes into the [`Context`] the caller then writes to the committed file. An entry
//! whose value did not change keeps its date, so a refresh that finds nothing new leaves the
//! file byte for byte as it was.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use aws_sdk_ssm::primitives::{DateTime, DateTimeFormat};
use serde_json::Value as Json;

use zimbra_constructs_core::{
    Assembly, Context, ContextEntry, ContextError, ContextLookup, Provider,
};

use crate::client::Clients;
use crate::error::AwsError;

/// What resolving one lookup did to the context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextChange {
    /// A new entry.
    Added {
        /// The key.
        key: String,
        /// The value.
        value: String,
    },
    /// The entry now holds another value.
    Changed {
        /// The key.
        key: String,
        /// The value before.
        old: String,
        /// The value now.
        new: String,
    },
    /// A new entry, with the value a deployed stack already runs (its SSM-typed template
    /// parameter's resolved value), so pinning changes nothing that is deployed.
    Adopted {
        /// The key.
        key: String,
        /// The value.
        value: String,
        /// The deployed stack it comes from.
        stack: String,
    },
    /// The entry already held this value.
    Unchanged {
        /// The key.
        key: String,
        /// The value.
        value: String,
    },
}

impl ContextChange {
    /// True unless the entry was already up to date.
    #[must_use]
    pub fn is_change(&self) -> bool {
        !matches!(self, ContextChange::Unchanged { .. })
    }
}

impl fmt::Display for ContextChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContextChange::Added { key, value } => write!(f, "[+] {key} = {value}"),
            ContextChange::Changed { key, old, new } => write!(f, "[~] {key}: {old} -> {new}"),
            ContextChange::Adopted { key, value, stack } => {
                write!(f, "[+] {key} = {value} (what {stack} runs now)")
            }
            ContextChange::Unchanged { key, value } => write!(f, "[=] {key} = {value}"),
        }
    }
}

/// A lookup could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum ContextLookupError {
    /// The SSM call failed (no such parameter, no permission, no connection).
    #[error("cannot resolve context '{key}' (SSM parameter {name} in {region}): {source}; check the parameter name and region, and that the credentials allow ssm:GetParameter")]
    Ssm {
        /// The context key.
        key: String,
        /// The parameter.
        name: String,
        /// The region asked.
        region: String,
        /// The error.
        source: AwsError,
    },
    /// The answer had no value.
    #[error("SSM parameter {name} in {region} has no value (context '{key}')")]
    Empty {
        /// The context key.
        key: String,
        /// The parameter.
        name: String,
        /// The region asked.
        region: String,
    },
    /// DescribeStacks of a stack that declares the parameter failed.
    #[error("cannot read the deployed parameters of {stack} (for context '{key}'): {source}")]
    Deployed {
        /// The context key.
        key: String,
        /// The stack.
        stack: String,
        /// The error.
        source: AwsError,
    },
    /// Test clients without an SSM client.
    #[error("no SSM client to resolve context '{key}'")]
    NoClient {
        /// The context key.
        key: String,
    },
}

/// Now, as RFC 3339 UTC to the second (`2026-12-05T16:00:00Z`).
fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let secs = i64::try_from(secs).unwrap_or(i64::MAX);
    DateTime::from_secs(secs)
        .fmt(DateTimeFormat::DateTime)
        .unwrap_or_default()
}

/// The current value of one lookup, from AWS.
async fn fetch(lookup: &ContextLookup, clients: &Clients) -> Result<String, ContextLookupError> {
    let Provider::SsmParameter { region, name } = &lookup.provider;
    let region = clients.effective_region(region);
    let Some(ssm) = clients.ssm(&region).await else {
        return Err(ContextLookupError::NoClient {
            key: lookup.key.clone(),
        });
    };
    let out = ssm
        .get_parameter()
        .name(name)
        .send()
        .await
        .map_err(|e| ContextLookupError::Ssm {
            key: lookup.key.clone(),
            name: name.clone(),
            region: region.clone(),
            source: AwsError::new("GetParameter", &e),
        })?;
    out.parameter()
        .and_then(|p| p.value())
        .map(str::to_owned)
        .ok_or_else(|| ContextLookupError::Empty {
            key: lookup.key.clone(),
            name: name.clone(),
            region,
        })
}

/// Values the deployed stacks already run, by lookup key: (value, stack).
pub type Deployed = BTreeMap<String, (String, String)>;

/// For each SSM-parameter lookup, what a deployed stack of `assembly` resolved it to: a stack
/// whose template has an `AWS::SSM::Parameter::Value<...>` parameter defaulting to that
/// parameter name (CloudFormation's `ResolvedValue` of DescribeStacks). Stacks not deployed
/// yet are skipped; the first stack (in deploy order) that has one wins.
///
/// # Errors
/// DescribeStacks fails for another reason than a missing stack.
pub async fn deployed_values(
    assembly: &Assembly,
    lookups: &[&ContextLookup],
    clients: &Clients,
) -> Result<Deployed, ContextLookupError> {
    let mut found = Deployed::new();
    for stack in &assembly.stacks {
        let Some(params) = stack.template.get("Parameters").and_then(Json::as_object) else {
            continue;
        };
        for lookup in lookups {
            let Provider::SsmParameter { region, name } = &lookup.provider;
            if found.contains_key(&lookup.key) || region != stack.region.as_str() {
                continue;
            }
            let declared = params.iter().find(|(_, p)| {
                p["Type"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("AWS::SSM::Parameter::Value<"))
                    && p["Default"].as_str() == Some(name.as_str())
            });
            let Some((param_key, _)) = declared else {
                continue;
            };
            let cfn = clients.cloudformation(&stack.region.to_string()).await;
            let out = match cfn.describe_stacks().stack_name(&stack.name).send().await {
                Ok(out) => out,
                Err(e) => {
                    let err = AwsError::new("DescribeStacks", &e);
                    if err.is_missing_stack() {
                        continue;
                    }
                    return Err(ContextLookupError::Deployed {
                        key: lookup.key.clone(),
                        stack: stack.name.clone(),
                        source: err,
                    });
                }
            };
            let resolved = out
                .stacks()
                .first()
                .into_iter()
                .flat_map(|s| s.parameters())
                .find(|p| p.parameter_key() == Some(param_key.as_str()))
                .and_then(|p| p.resolved_value());
            if let Some(value) = resolved {
                found.insert(lookup.key.clone(), (value.to_owned(), stack.name.clone()));
            }
        }
    }
    Ok(found)
}

/// Resolves `lookups` into `context`, one after the other, and says what changed for each:
/// a lookup `deployed` has a value for takes that value, the others ask AWS for the current
/// one. An entry is rewritten (with today's date) only when its value changed.
///
/// # Errors
/// The first lookup that cannot be resolved; the context keeps what was resolved before it.
pub async fn resolve(
    lookups: &[&ContextLookup],
    context: &mut Context,
    clients: &Clients,
    deployed: &Deployed,
) -> Result<Vec<ContextChange>, ContextLookupError> {
    let mut changes = Vec::new();
    for lookup in lookups {
        let adopted = deployed.get(&lookup.key);
        let value = match adopted {
            Some((value, _)) => value.clone(),
            None => fetch(lookup, clients).await?,
        };
        let key = lookup.key.clone();
        let old = context
            .get(&key)
            .filter(|e| e.provider == lookup.provider)
            .map(|e| e.value.clone());
        let change = match old {
            Some(old) if old == value => ContextChange::Unchanged { key, value },
            old => {
                context.set(
                    key.clone(),
                    ContextEntry {
                        provider: lookup.provider.clone(),
                        value: value.clone(),
                        resolved_at: now(),
                    },
                );
                match old {
                    Some(old) => ContextChange::Changed {
                        key,
                        old,
                        new: value,
                    },
                    None => match adopted {
                        Some((_, stack)) => ContextChange::Adopted {
                            key,
                            value,
                            stack: stack.clone(),
                        },
                        None => ContextChange::Added { key, value },
                    },
                }
            }
        };
        changes.push(change);
    }
    Ok(changes)
}

/// A refresh of the context file could not finish.
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    /// The file did not read or write.
    #[error(transparent)]
    File(#[from] ContextError),
    /// A lookup did not resolve.
    #[error(transparent)]
    Lookup(#[from] ContextLookupError),
}

/// What [`refresh_file`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refreshed {
    /// Per lookup, in key order.
    pub changes: Vec<ContextChange>,
    /// True when the file was written (something changed): it must be committed.
    pub written: bool,
}

/// Resolves `lookups` against the context file at `path` (a missing file is empty) and
/// writes it back when an entry changed. `context refresh` passes every lookup of the app
/// and no `deployed` values (it asks for the current ones on purpose); `deploy` passes the
/// missing ones and what the deployed stacks run (see [`deployed_values`]), so a cluster
/// deployed before it was pinned is pinned to the AMI its servers run, not replaced.
///
/// # Errors
/// The file cannot be read or written, or a lookup does not resolve (then the file is left
/// as it was).
pub async fn refresh_file(
    lookups: &[&ContextLookup],
    path: &Path,
    clients: &Clients,
    deployed: &Deployed,
) -> Result<Refreshed, RefreshError> {
    let mut context = Context::load(path)?;
    let changes = resolve(lookups, &mut context, clients, deployed).await?;
    let written = changes.iter().any(ContextChange::is_change);
    if written {
        context.save(path)?;
    }
    Ok(Refreshed { changes, written })
}

#[cfg(test)]
mod tests {
    use super::now;

    #[test]
    fn the_date_is_rfc3339_utc_to_the_second() {
        let t = now();
        assert_eq!(t.len(), "2026-12-05T16:00:00Z".len(), "{t}");
        assert!(t.ends_with('Z') && t.as_bytes()[10] == b'T', "{t}");
    }
}
