//! What a diff does to running servers: an `AWS::EC2::Instance` replaced (a new instance,
//! its local state gone, its address taken twice during the update) or stopped and started
//! (properties whose update "requires some interruptions", [`crate::update_behaviour`]) is a
//! disruption that deploy must not run without approval per server; a changed State Manager
//! association is configuration that reaches its target instances without any restart.

use serde_json::Value as Json;

use super::{update_behaviour, ChangeKind, Replacement, ResourceDiff};

/// The resource type of servers.
pub const INSTANCE_TYPE: &str = "AWS::EC2::Instance";

/// The resource type whose change runs a document on its target instances.
pub const ASSOCIATION_TYPE: &str = "AWS::SSM::Association";

/// How an update disrupts a server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Disruption {
    /// Stopped and started in place (same instance, same volumes, down for minutes).
    Restarted,
    /// May be replaced (a nested create-only property, or CloudFormation says `Conditional`).
    MaybeReplaced,
    /// Replaced by a new instance.
    Replaced,
}

impl Disruption {
    /// How a listing names it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Disruption::Restarted => "stopped and started",
            Disruption::MaybeReplaced => "may be replaced (new instance)",
            Disruption::Replaced => "replaced (new instance)",
        }
    }
}

/// One server an update replaces or restarts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerDisruption {
    /// Logical id of the instance.
    pub logical_id: String,
    /// Its `Name` tag (the server's host name), when it has one.
    pub name: Option<String>,
    /// The strongest disruption.
    pub disruption: Disruption,
    /// The changes that cause it (`Properties.InstanceType`, ...).
    pub causes: Vec<String>,
}

impl ServerDisruption {
    /// `LogicalId (name)`, or the logical id alone.
    #[must_use]
    pub fn label(&self) -> String {
        match &self.name {
            Some(n) => format!("{} ({n})", self.logical_id),
            None => self.logical_id.clone(),
        }
    }
}

/// A changed association: configuration that runs on its target servers, none restarted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigChange {
    /// Logical id of the association.
    pub association: String,
    /// The target servers (name, or logical id when untagged), in target order.
    pub servers: Vec<String>,
    /// Target servers the same update also replaces or restarts.
    pub disrupted: Vec<String>,
}

impl ConfigChange {
    /// `config change on N servers, no restart` (or how many are restarted anyway).
    #[must_use]
    pub fn summary(&self) -> String {
        let n = self.servers.len();
        let servers = if n == 1 { "server" } else { "servers" };
        if self.disrupted.is_empty() {
            format!("config change on {n} {servers}, no restart")
        } else {
            format!(
                "config change on {n} {servers}; {} of them also disrupted by this update: {}",
                self.disrupted.len(),
                self.disrupted.join(", ")
            )
        }
    }
}

/// The `Name` tag of a resource (for an instance: the server's host name).
#[must_use]
pub fn name_tag(resource: &Json) -> Option<String> {
    resource
        .pointer("/Properties/Tags")?
        .as_array()?
        .iter()
        .find(|t| t.get("Key").and_then(Json::as_str) == Some("Name"))?
        .get("Value")?
        .as_str()
        .map(str::to_owned)
}

fn disruption_of(d: &ResourceDiff) -> Option<(Disruption, Vec<String>)> {
    let mut strongest = None;
    let mut causes = Vec::new();
    for c in &d.changes {
        let property = c.path.strip_prefix("Properties.");
        let this = match c.replacement {
            Replacement::Yes => Some(Disruption::Replaced),
            Replacement::Maybe => Some(Disruption::MaybeReplaced),
            Replacement::No => property
                .filter(|p| update_behaviour::interrupts(&d.resource_type, p))
                .map(|_| Disruption::Restarted),
        };
        if let Some(this) = this {
            causes.push(c.path.clone());
            strongest = strongest.max(Some(this));
        }
    }
    strongest.map(|s| (s, causes))
}

/// The servers the diffed `resources` replace or restart (modified instances only: a new
/// server disrupts nothing, a removed one is a removal), with `new`'s names.
#[must_use]
pub fn disruptions(resources: &[ResourceDiff], new: &Json) -> Vec<ServerDisruption> {
    resources
        .iter()
        .filter(|d| d.kind == ChangeKind::Modified && d.resource_type == INSTANCE_TYPE)
        .filter_map(|d| {
            let (disruption, causes) = disruption_of(d)?;
            Some(ServerDisruption {
                logical_id: d.logical_id.clone(),
                name: new
                    .pointer(&format!("/Resources/{}", d.logical_id))
                    .and_then(name_tag),
                disruption,
                causes,
            })
        })
        .collect()
}

fn target_refs(association: &Json) -> Vec<String> {
    let mut out = Vec::new();
    let targets = association
        .pointer("/Properties/Targets")
        .and_then(Json::as_array);
    for t in targets.into_iter().flatten() {
        if t.get("Key").and_then(Json::as_str) != Some("InstanceIds") {
            continue;
        }
        for v in t
            .get("Values")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(id) = v.get("Ref").and_then(Json::as_str) {
                out.push(id.to_owned());
            }
        }
    }
    out
}

/// The associations of `new` that this diff changes and that existed before (a changed
/// association runs its document again at once), with their target servers.
#[must_use]
pub fn config_changes(
    resources: &[ResourceDiff],
    new: &Json,
    disrupted: &[ServerDisruption],
) -> Vec<ConfigChange> {
    resources
        .iter()
        .filter(|d| d.kind == ChangeKind::Modified && d.resource_type == ASSOCIATION_TYPE)
        .filter_map(|d| {
            let association = new.pointer(&format!("/Resources/{}", d.logical_id))?;
            let mut servers = Vec::new();
            let mut hit = Vec::new();
            for id in target_refs(association) {
                let name = new
                    .pointer(&format!("/Resources/{id}"))
                    .and_then(name_tag)
                    .unwrap_or_else(|| id.clone());
                if disrupted.iter().any(|s| s.logical_id == id) {
                    hit.push(name.clone());
                }
                servers.push(name);
            }
            Some(ConfigChange {
                association: d.logical_id.clone(),
                servers,
                disrupted: hit,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff_templates;
    use serde_json::json;

    fn cell(instance_type: &str, subnet: &str, hash: &str, user_data: &str) -> Json {
        let server = |name: &str| {
            json!({"Type": "AWS::EC2::Instance", "Properties": {
                "InstanceType": instance_type, "SubnetId": subnet, "UserData": user_data,
                "Tags": [{"Key": "Name", "Value": name}]}})
        };
        json!({"Resources": {
            "MtaA1Instance": server("mta-a1.example.com"),
            "LdapA1Instance": server("ldap-a1.example.com"),
            "Config": {"Type": "AWS::SSM::Document", "Properties": {"Content": {"v": hash}}},
            "ConfigAssociation": {"Type": "AWS::SSM::Association", "Properties": {
                "Name": {"Ref": "Config"},
                "Parameters": {"ConfigHash": [hash]},
                "Targets": [{"Key": "InstanceIds", "Values": [
                    {"Ref": "MtaA1Instance"}, {"Ref": "LdapA1Instance"}]}]}}
        }})
    }

    #[test]
    fn replacement_restart_and_config_only() {
        let base = cell("t3.large", "a", "h1", "loader");
        let d = diff_templates(&base, &cell("t3.large", "b", "h1", "loader"));
        let labels: Vec<(String, Disruption)> = d
            .servers
            .iter()
            .map(|s| (s.label(), s.disruption))
            .collect();
        assert_eq!(
            labels,
            vec![
                (
                    "MtaA1Instance (mta-a1.example.com)".into(),
                    Disruption::Replaced
                ),
                (
                    "LdapA1Instance (ldap-a1.example.com)".into(),
                    Disruption::Replaced
                ),
            ]
        );
        assert_eq!(d.servers[0].causes, vec!["Properties.SubnetId".to_owned()]);
        assert!(d.config.is_empty());

        let d = diff_templates(&base, &cell("m5.xlarge", "a", "h1", "loader"));
        assert!(d
            .servers
            .iter()
            .all(|s| s.disruption == Disruption::Restarted));
        let d = diff_templates(&base, &cell("t3.large", "a", "h1", "loader v2"));
        assert_eq!(d.servers.len(), 2, "user data stops and starts");

        let d = diff_templates(&base, &cell("t3.large", "a", "h2", "loader"));
        assert!(d.servers.is_empty(), "{:?}", d.servers);
        assert_eq!(d.config.len(), 1);
        assert_eq!(
            d.config[0].summary(),
            "config change on 2 servers, no restart"
        );
        assert_eq!(
            d.config[0].servers,
            vec!["mta-a1.example.com", "ldap-a1.example.com"]
        );

        let d = diff_templates(&base, &cell("m5.xlarge", "a", "h2", "loader"));
        assert_eq!(d.config[0].disrupted.len(), 2);
        assert!(d.config[0].summary().contains("2 of them also disrupted"));
    }

    #[test]
    fn tags_and_new_servers_disrupt_nothing() {
        let base = cell("t3.large", "a", "h1", "loader");
        let mut retagged = base.clone();
        retagged["Resources"]["MtaA1Instance"]["Properties"]["Tags"] =
            json!([{"Key": "Name", "Value": "mta-a1.example.org"}]);
        assert!(diff_templates(&base, &retagged).servers.is_empty());
        assert!(diff_templates(&json!({}), &base).servers.is_empty());
        assert!(diff_templates(&json!({}), &base).config.is_empty());
    }
}
