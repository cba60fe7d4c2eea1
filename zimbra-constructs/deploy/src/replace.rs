//! Replacing a server in place: CloudFormation creates a replacement before it deletes the
//! old resource, which cannot work for an instance with a fixed `PrivateIpAddress` ("address
//! already in use") or data volumes attached to it (`VolumeInUse`). So an approved
//! replacement of an `AWS::EC2::Instance` is done in three updates of the stack:
//!
//! 1. **release**: the deployed template with the instance's termination protection off and
//!    `DeletionPolicy: Retain` on the resources that only connect it to something else
//!    (volume attachments, Elastic IP associations), so removing them later detaches nothing
//!    from a running server;
//! 2. **remove**: that template without the instance and its connectors (the instance is
//!    terminated: the OS shuts down, its volumes detach cleanly and the Elastic IP is
//!    disassociated, all of them kept), and without the references other resources hold in
//!    lists (the configuration association's targets);
//! 3. the new template: the server is created again at the same address, its volumes are
//!    attached again and its Elastic IP associated again.
//!
//! The server is down between steps 2 and 3 (minutes); the replacement needs explicit
//! approval (`--allow-replace`), which is why.

use std::collections::BTreeSet;

use serde_json::{Map, Value as Json};

use zimbra_constructs_diff::{ChangeKind, Replacement, TemplateDiff};

use crate::change_set::ResourceChange;

/// The resource types that only connect an instance to another resource: removed with it
/// (after being retained, so the removal changes nothing on AWS).
pub const CONNECTORS: [&str; 3] = [
    "AWS::EC2::VolumeAttachment",
    "AWS::EC2::EIPAssociation",
    "AWS::EC2::NetworkInterfaceAttachment",
];

/// The logical ids of the instances a change set or the template diff replaces (or may
/// replace): the change set is CloudFormation's word, the diff (the resource schemas'
/// create-only properties) covers a change set that does not say (moto's, one that only
/// says `Conditional` through a parameter).
#[must_use]
pub fn replaced_instances(changes: &[ResourceChange], diff: &TemplateDiff) -> Vec<String> {
    let instance = "AWS::EC2::Instance";
    let from_changes = changes
        .iter()
        .filter(|c| c.action == "Modify" && c.replaces() && c.resource_type == instance)
        .map(|c| c.logical_id.clone());
    let from_diff = diff
        .resources
        .iter()
        .filter(|r| {
            r.kind == ChangeKind::Modified
                && r.replacement != Replacement::No
                && r.resource_type == instance
        })
        .map(|r| r.logical_id.clone());
    let all: BTreeSet<String> = from_changes.chain(from_diff).collect();
    all.into_iter().collect()
}

/// The two intermediate templates of a replacement (see the module documentation).
#[derive(Debug, Clone, PartialEq)]
pub struct Retirement {
    /// Step 1: protection off, connectors retained.
    pub release: Json,
    /// Step 2: the instances and their connectors gone.
    pub remove: Json,
    /// The connectors removed with the instances (logical ids, sorted).
    pub connectors: Vec<String>,
}

/// Why a replacement cannot be done in steps.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplaceError {
    /// The deployed template could not be read.
    #[error("the deployed template is neither JSON nor YAML: {0}")]
    Unreadable(String),
    /// The deployed template has no such instance.
    #[error("{instance} is not an AWS::EC2::Instance of the deployed template")]
    NotAnInstance {
        /// The logical id.
        instance: String,
    },
    /// Something other than a connector or a list refers to the instance.
    #[error(
        "{instance} cannot be removed and created again: {by} refers to it outside a list; \
         replace it by hand (remove it from the program, deploy, add it back, deploy)"
    )]
    Referenced {
        /// The instance.
        instance: String,
        /// The resource or output that refers to it.
        by: String,
    },
}

/// Every logical id a JSON value refers to (`Ref`, `Fn::GetAtt`, `${Name}` in `Fn::Sub`).
fn references(v: &Json, out: &mut BTreeSet<String>) {
    match v {
        Json::Object(m) => {
            if let (1, Some(Json::String(id))) = (m.len(), m.get("Ref")) {
                out.insert(id.clone());
            }
            match m.get("Fn::GetAtt") {
                Some(Json::Array(a)) => {
                    if let Some(Json::String(id)) = a.first() {
                        out.insert(id.clone());
                    }
                }
                Some(Json::String(s)) => {
                    out.insert(s.split('.').next().unwrap_or_default().to_owned());
                }
                _ => {}
            }
            if let Some(sub) = m.get("Fn::Sub") {
                let text = match sub {
                    Json::Array(a) => a.first().and_then(Json::as_str),
                    other => other.as_str(),
                };
                for piece in text.unwrap_or_default().split("${").skip(1) {
                    let name = piece.split('}').next().unwrap_or_default();
                    out.insert(name.split('.').next().unwrap_or_default().to_owned());
                }
            }
            for x in m.values() {
                references(x, out);
            }
        }
        Json::Array(a) => a.iter().for_each(|x| references(x, out)),
        _ => {}
    }
}

fn refers_to(v: &Json, ids: &BTreeSet<String>) -> bool {
    let mut found = BTreeSet::new();
    references(v, &mut found);
    found.iter().any(|f| ids.contains(f))
}

/// The logical id an element is a plain reference to (`Ref` or `Fn::GetAtt`).
fn direct_ref(v: &Json) -> Option<&str> {
    let m = v.as_object().filter(|m| m.len() == 1)?;
    match (m.get("Ref"), m.get("Fn::GetAtt")) {
        (Some(Json::String(id)), _) => Some(id),
        (_, Some(Json::Array(a))) => a.first()?.as_str(),
        (_, Some(Json::String(s))) => s.split('.').next(),
        _ => None,
    }
}

/// Removes from every list of `v` the elements that are plain references to one of `ids`
/// (not inside intrinsic functions: dropping an element of a `Fn::Join` would change a
/// value, not a target list); whether a list became empty that way.
fn strip_list_refs(v: &mut Json, ids: &BTreeSet<String>) -> bool {
    let mut emptied = false;
    match v {
        Json::Array(a) => {
            let before = a.len();
            a.retain(|x| direct_ref(x).is_none_or(|id| !ids.contains(id)));
            emptied |= before > 0 && a.is_empty();
            for x in a.iter_mut() {
                emptied |= strip_list_refs(x, ids);
            }
        }
        Json::Object(m) => {
            for (k, x) in m.iter_mut() {
                if !k.starts_with("Fn::") {
                    emptied |= strip_list_refs(x, ids);
                }
            }
        }
        _ => {}
    }
    emptied
}

fn resource_type(r: &Json) -> &str {
    r.get("Type").and_then(Json::as_str).unwrap_or_default()
}

/// The intermediate templates that replace `instances` of the `deployed` template in steps.
///
/// # Errors
///
/// [`ReplaceError`] when an id is not an instance, or something refers to one in a way that
/// cannot be dropped for a while (a scalar property, an exported output).
pub fn retirement(deployed: &Json, instances: &[String]) -> Result<Retirement, ReplaceError> {
    let empty = Map::new();
    let resources = deployed
        .get("Resources")
        .and_then(Json::as_object)
        .unwrap_or(&empty);
    for id in instances {
        if resources.get(id).map(resource_type) != Some("AWS::EC2::Instance") {
            return Err(ReplaceError::NotAnInstance {
                instance: id.clone(),
            });
        }
    }
    let ids: BTreeSet<String> = instances.iter().cloned().collect();
    let connectors: BTreeSet<String> = resources
        .iter()
        .filter(|(_, r)| CONNECTORS.contains(&resource_type(r)) && refers_to(r, &ids))
        .map(|(id, _)| id.clone())
        .collect();

    let mut release = deployed.clone();
    if let Some(rs) = release.get_mut("Resources").and_then(Json::as_object_mut) {
        for (id, r) in rs.iter_mut() {
            if ids.contains(id) {
                if let Some(p) = r.get_mut("Properties").and_then(Json::as_object_mut) {
                    if p.contains_key("DisableApiTermination") {
                        p.insert("DisableApiTermination".to_owned(), Json::Bool(false));
                    }
                }
            } else if connectors.contains(id) {
                r["DeletionPolicy"] = Json::String("Retain".to_owned());
            }
        }
    }

    let mut remove = release.clone();
    let gone: BTreeSet<String> = ids.union(&connectors).cloned().collect();
    if let Some(rs) = remove.get_mut("Resources").and_then(Json::as_object_mut) {
        rs.retain(|id, _| !gone.contains(id));
        let mut emptied = Vec::new();
        for (id, r) in rs.iter_mut() {
            if let Some(obj) = r.as_object_mut() {
                drop_depends_on(obj, &gone);
                for key in ["Properties", "Metadata"] {
                    if let Some(p) = obj.get_mut(key) {
                        if strip_list_refs(p, &gone) {
                            emptied.push(id.clone());
                        }
                    }
                }
            }
            if refers_to(r, &gone) {
                return Err(referenced(&ids, resources, id));
            }
        }
        // A resource whose only targets were the removed servers (the association of a cell
        // with one server) goes too, and comes back with them.
        for id in emptied {
            if rs
                .values()
                .any(|r| refers_to(r, &BTreeSet::from([id.clone()])))
            {
                return Err(referenced(&ids, resources, &id));
            }
            rs.remove(&id);
        }
    }
    if let Some(outputs) = remove.get_mut("Outputs").and_then(Json::as_object_mut) {
        let mut drop = Vec::new();
        for (name, o) in outputs.iter() {
            if refers_to(o.get("Value").unwrap_or(&Json::Null), &gone) {
                if o.get("Export").is_some() {
                    return Err(referenced(
                        &ids,
                        resources,
                        &format!("the exported output {name}"),
                    ));
                }
                drop.push(name.clone());
            }
        }
        for name in drop {
            outputs.remove(&name);
        }
    }
    Ok(Retirement {
        release,
        remove,
        connectors: connectors.into_iter().collect(),
    })
}

fn drop_depends_on(r: &mut Map<String, Json>, gone: &BTreeSet<String>) {
    match r.get_mut("DependsOn") {
        Some(Json::String(s)) if gone.contains(s.as_str()) => {
            r.remove("DependsOn");
        }
        Some(Json::Array(a)) => {
            a.retain(|d| d.as_str().is_none_or(|d| !gone.contains(d)));
            if a.is_empty() {
                r.remove("DependsOn");
            }
        }
        _ => {}
    }
}

/// The error for `by` referring to one of the instances (named: the first one it refers to).
fn referenced(ids: &BTreeSet<String>, resources: &Map<String, Json>, by: &str) -> ReplaceError {
    let mut found = BTreeSet::new();
    if let Some(r) = resources.get(by) {
        references(r, &mut found);
    }
    let instance = found
        .intersection(ids)
        .next()
        .or_else(|| ids.iter().next())
        .cloned()
        .unwrap_or_default();
    ReplaceError::Referenced {
        instance,
        by: by.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cell() -> Json {
        json!({
            "Parameters": {"Ami": {"Type": "String"}},
            "Resources": {
                "MtaInstance": {"Type": "AWS::EC2::Instance", "Properties": {
                    "ImageId": {"Ref": "Ami"}, "PrivateIpAddress": "10.0.1.10",
                    "DisableApiTermination": true}},
                "MtaEip": {"Type": "AWS::EC2::EIP", "DeletionPolicy": "Retain",
                    "Properties": {"Domain": "vpc"}},
                "MtaEipAssociation": {"Type": "AWS::EC2::EIPAssociation", "Properties": {
                    "AllocationId": {"Fn::GetAtt": ["MtaEip", "AllocationId"]},
                    "InstanceId": {"Ref": "MtaInstance"}}},
                "MailboxInstance": {"Type": "AWS::EC2::Instance", "Properties": {
                    "ImageId": {"Ref": "Ami"}, "DisableApiTermination": true}},
                "MailboxStoreVolume": {"Type": "AWS::EC2::Volume", "DeletionPolicy": "Snapshot",
                    "Properties": {"Size": 100}},
                "MailboxStoreAttachment": {"Type": "AWS::EC2::VolumeAttachment",
                    "DependsOn": "MailboxInstance",
                    "Properties": {"InstanceId": {"Ref": "MailboxInstance"},
                        "VolumeId": {"Ref": "MailboxStoreVolume"}, "Device": "/dev/sdf"}},
                "Config": {"Type": "AWS::SSM::Document", "Properties": {"Content": {}}},
                "ConfigAssociation": {"Type": "AWS::SSM::Association", "Properties": {
                    "Name": {"Ref": "Config"},
                    "Targets": [{"Key": "InstanceIds",
                        "Values": [{"Ref": "MtaInstance"}, {"Ref": "MailboxInstance"}]}]}}
            },
            "Outputs": {"MtaId": {"Value": {"Ref": "MtaInstance"}}}
        })
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_mailbox_server_is_released_then_removed_keeping_its_volume() {
        let t = cell();
        let r = retirement(&t, &ids(&["MailboxInstance"])).unwrap();
        let rel = &r.release["Resources"];
        assert_eq!(
            rel["MailboxInstance"]["Properties"]["DisableApiTermination"],
            false
        );
        assert_eq!(
            rel["MtaInstance"]["Properties"]["DisableApiTermination"],
            true
        );
        assert_eq!(rel["MailboxStoreAttachment"]["DeletionPolicy"], "Retain");
        assert!(rel["MtaEipAssociation"].get("DeletionPolicy").is_none());
        assert_eq!(r.connectors, ["MailboxStoreAttachment"]);

        let rem = r.remove["Resources"].as_object().unwrap();
        assert!(!rem.contains_key("MailboxInstance"));
        assert!(!rem.contains_key("MailboxStoreAttachment"));
        assert_eq!(
            rem["MailboxStoreVolume"],
            t["Resources"]["MailboxStoreVolume"]
        );
        assert_eq!(
            rem["ConfigAssociation"]["Properties"]["Targets"][0]["Values"],
            json!([{"Ref": "MtaInstance"}])
        );
        // Everything else is as deployed.
        assert_eq!(rem["MtaInstance"], t["Resources"]["MtaInstance"]);
        assert_eq!(r.remove["Outputs"], t["Outputs"]);
    }

    #[test]
    fn the_last_server_takes_the_association_and_its_outputs_with_it() {
        let r = retirement(&cell(), &ids(&["MtaInstance", "MailboxInstance"])).unwrap();
        let rem = r.remove["Resources"].as_object().unwrap();
        let left: Vec<&String> = rem.keys().collect();
        assert_eq!(left, ["MtaEip", "MailboxStoreVolume", "Config"]);
        assert_eq!(
            r.connectors,
            ["MailboxStoreAttachment", "MtaEipAssociation"]
        );
        assert_eq!(r.remove["Outputs"], json!({}));
    }

    #[test]
    fn references_that_cannot_be_dropped_are_refused() {
        let mut t = cell();
        t["Resources"]["Record"] = json!({"Type": "AWS::Route53::RecordSet",
            "Properties": {"Name": {"Fn::Sub": "${MtaInstance.PrivateDnsName}"}}});
        assert_eq!(
            retirement(&t, &ids(&["MtaInstance"])),
            Err(ReplaceError::Referenced {
                instance: "MtaInstance".to_owned(),
                by: "Record".to_owned()
            })
        );
        let mut t = cell();
        t["Outputs"]["MtaId"]["Export"] = json!({"Name": "x"});
        let err = retirement(&t, &ids(&["MtaInstance"])).unwrap_err();
        assert!(
            err.to_string().contains("the exported output MtaId"),
            "{err}"
        );
        assert_eq!(
            retirement(&cell(), &ids(&["MtaEip"])),
            Err(ReplaceError::NotAnInstance {
                instance: "MtaEip".to_owned()
            })
        );
    }

    #[test]
    fn only_replaced_instances_are_picked_from_a_change_set() {
        let change = |id: &str, ty: &str, replacement: &str| ResourceChange {
            action: "Modify".to_owned(),
            logical_id: id.to_owned(),
            physical_id: None,
            resource_type: ty.to_owned(),
            replacement: Some(replacement.to_owned()),
            scope: vec!["Properties".to_owned()],
        };
        let changes = [
            change("A", "AWS::EC2::Instance", "True"),
            change("B", "AWS::EC2::Instance", "False"),
            change("C", "AWS::EC2::Instance", "Conditional"),
            change("D", "AWS::EC2::Volume", "True"),
        ];
        assert_eq!(
            replaced_instances(&changes, &TemplateDiff::default()),
            ["A", "C"]
        );
        let deployed = json!({"Resources": {
            "E": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1", "InstanceType": "t3.large"}},
            "F": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1", "InstanceType": "t3.large"}}}});
        let mut new = deployed.clone();
        new["Resources"]["E"]["Properties"]["ImageId"] = json!("ami-2");
        new["Resources"]["F"]["Properties"]["InstanceType"] = json!("m5.large");
        let diff = zimbra_constructs_diff::diff_templates(&deployed, &new);
        assert_eq!(replaced_instances(&changes, &diff), ["A", "C", "E"]);
    }
}
