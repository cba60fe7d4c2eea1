//! Template diff: two CloudFormation templates compared per resource and property, offline
//! and without the AWS SDK, so `diff` (synthesized against deployed) and `review` (two
//! synthesized assemblies) share one engine. Marks property changes that replace a resource
//! (create-only properties of the type's schema), changes that broaden security (new IAM
//! statements, security group rules, bucket policy statements) and stateful resources at
//! risk (replaced or removed buckets, volumes, zones, secrets); names the servers replaced or
//! stopped and started, and the configuration changes that reach servers without a restart
//! ([`instances`]).

pub mod instances;
mod mappings;
pub mod update_behaviour;

pub use instances::{ConfigChange, Disruption, ServerDisruption};

use serde_json::{Map, Value as Json};
use zimbra_constructs_core::stateful::is_stateful;

/// Whether a change replaces the resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Replacement {
    /// Updated in place.
    No,
    /// A nested create-only property changed: maybe.
    Maybe,
    /// A create-only property (or the type) changed.
    Yes,
}

/// Added, removed or modified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Only in the new template.
    Added,
    /// Only in the deployed template.
    Removed,
    /// In both, different.
    Modified,
}

impl ChangeKind {
    /// The mark a listing shows before the resource: `[+]`, `[-]` or `[~]`.
    #[must_use]
    pub fn mark(self) -> &'static str {
        match self {
            ChangeKind::Added => "[+]",
            ChangeKind::Removed => "[-]",
            ChangeKind::Modified => "[~]",
        }
    }
}

/// One changed property or resource attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyChange {
    /// `Properties.InstanceType`, `DeletionPolicy`, `Type`, ...
    pub path: String,
    /// Deployed value.
    pub old: Option<Json>,
    /// New value.
    pub new: Option<Json>,
    /// Whether this change replaces the resource.
    pub replacement: Replacement,
}

/// One changed resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDiff {
    /// Logical id.
    pub logical_id: String,
    /// Resource type (the new one when it changed).
    pub resource_type: String,
    /// What happened.
    pub kind: ChangeKind,
    /// Property changes (modifications only).
    pub changes: Vec<PropertyChange>,
    /// The strongest replacement among the changes.
    pub replacement: Replacement,
    /// Grants something new (IAM statement, ingress rule, policy statement).
    pub broadening: bool,
    /// A stateful resource is replaced or removed without a Retain/Snapshot policy.
    pub data_at_risk: bool,
}

/// One changed entry of another section (Outputs, Parameters, Conditions, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct EntryDiff {
    /// Section name.
    pub section: String,
    /// Entry key (empty for scalar sections such as Description).
    pub key: String,
    /// What happened.
    pub kind: ChangeKind,
    /// Deployed value.
    pub old: Option<Json>,
    /// New value.
    pub new: Option<Json>,
}

/// All differences between two templates.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateDiff {
    /// Resource changes, in template order (new template first, then removed ones).
    pub resources: Vec<ResourceDiff>,
    /// Changes in the other sections.
    pub entries: Vec<EntryDiff>,
    /// Servers (instances) the change replaces or stops and starts.
    pub servers: Vec<ServerDisruption>,
    /// Changed configuration associations and the servers they run on.
    pub config: Vec<ConfigChange>,
}

impl TemplateDiff {
    /// No difference at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty() && self.entries.is_empty()
    }

    /// Number of differences (resources plus entries).
    #[must_use]
    pub fn len(&self) -> usize {
        self.resources.len() + self.entries.len()
    }

    /// Logical ids of resources whose change broadens security.
    #[must_use]
    pub fn broadening(&self) -> Vec<&ResourceDiff> {
        self.resources.iter().filter(|r| r.broadening).collect()
    }

    /// Stateful resources replaced or removed.
    #[must_use]
    pub fn data_at_risk(&self) -> Vec<&ResourceDiff> {
        self.resources.iter().filter(|r| r.data_at_risk).collect()
    }
}

/// Resource types whose changes can grant access.
pub const SECURITY_TYPES: &[&str] = &[
    "AWS::IAM::Role",
    "AWS::IAM::Policy",
    "AWS::IAM::ManagedPolicy",
    "AWS::IAM::RolePolicy",
    "AWS::IAM::User",
    "AWS::IAM::Group",
    "AWS::IAM::InstanceProfile",
    "AWS::EC2::SecurityGroup",
    "AWS::EC2::SecurityGroupIngress",
    "AWS::EC2::SecurityGroupEgress",
    "AWS::S3::BucketPolicy",
    "AWS::SecretsManager::ResourcePolicy",
    "AWS::KMS::Key",
    "AWS::Lambda::Permission",
    "AWS::SNS::TopicPolicy",
    "AWS::SQS::QueuePolicy",
];

fn object<'a>(v: &'a Json, key: &str) -> Option<&'a Map<String, Json>> {
    v.get(key).and_then(Json::as_object)
}

fn statements(doc: Option<&Json>, tag: &str, out: &mut Vec<Json>) {
    match doc.and_then(|d| d.get("Statement")) {
        Some(Json::Array(items)) => {
            out.extend(items.iter().map(|s| serde_json::json!([tag, s])));
        }
        Some(single) => out.push(serde_json::json!([tag, single])),
        None => {
            if let Some(other) = doc {
                // An intrinsic or an unusual shape: compare it whole.
                out.push(serde_json::json!([tag, other]));
            }
        }
    }
}

fn items(v: Option<&Json>, tag: &str, out: &mut Vec<Json>) {
    match v {
        Some(Json::Array(a)) => out.extend(a.iter().map(|i| serde_json::json!([tag, i]))),
        Some(other) => out.push(serde_json::json!([tag, other])),
        None => {}
    }
}

/// The grants a security resource makes: every statement, rule, principal or attachment
/// as one comparable element. A change broadens security when the new resource has an
/// element the deployed one lacks.
#[must_use]
pub fn security_elements(resource_type: &str, properties: &Json) -> Vec<Json> {
    let mut out = Vec::new();
    let p = properties;
    match resource_type {
        "AWS::IAM::Role" | "AWS::IAM::User" | "AWS::IAM::Group" => {
            statements(p.get("AssumeRolePolicyDocument"), "assume", &mut out);
            if let Some(Json::Array(policies)) = p.get("Policies") {
                for pol in policies {
                    let name = pol.get("PolicyName").cloned().unwrap_or(Json::Null);
                    statements(pol.get("PolicyDocument"), &name.to_string(), &mut out);
                }
            }
            items(p.get("ManagedPolicyArns"), "managed", &mut out);
            items(p.get("Groups"), "group", &mut out);
        }
        "AWS::IAM::Policy" | "AWS::IAM::ManagedPolicy" | "AWS::IAM::RolePolicy" => {
            statements(p.get("PolicyDocument"), "policy", &mut out);
            items(p.get("Roles"), "role", &mut out);
            items(p.get("RoleName"), "role", &mut out);
            items(p.get("Users"), "user", &mut out);
            items(p.get("Groups"), "group", &mut out);
        }
        "AWS::IAM::InstanceProfile" => items(p.get("Roles"), "role", &mut out),
        "AWS::EC2::SecurityGroup" => {
            items(p.get("SecurityGroupIngress"), "ingress", &mut out);
            items(p.get("SecurityGroupEgress"), "egress", &mut out);
        }
        "AWS::S3::BucketPolicy" | "AWS::SNS::TopicPolicy" | "AWS::SQS::QueuePolicy" => {
            statements(p.get("PolicyDocument"), "policy", &mut out);
        }
        "AWS::SecretsManager::ResourcePolicy" => {
            statements(p.get("ResourcePolicy"), "policy", &mut out);
        }
        "AWS::KMS::Key" => statements(p.get("KeyPolicy"), "policy", &mut out),
        _ => out.push(p.clone()),
    }
    out
}

fn is_security(resource_type: &str) -> bool {
    SECURITY_TYPES.contains(&resource_type)
}

fn broadens(resource_type: &str, old: Option<&Json>, new: &Json) -> bool {
    if !is_security(resource_type) {
        return false;
    }
    let empty = Json::Object(Map::new());
    let new_props = new.get("Properties").unwrap_or(&empty);
    let new_el = security_elements(resource_type, new_props);
    let old_el = match old {
        Some(o) => security_elements(resource_type, o.get("Properties").unwrap_or(&empty)),
        None => Vec::new(),
    };
    new_el.iter().any(|e| !old_el.contains(e))
}

/// True if the resource's `DeletionPolicy` keeps what it holds when it is deleted (`Retain`,
/// `RetainExceptOnCreate`, `Snapshot`).
#[must_use]
pub fn retained(resource: &Json) -> bool {
    matches!(
        resource.get("DeletionPolicy").and_then(Json::as_str),
        Some("Retain" | "RetainExceptOnCreate" | "Snapshot")
    )
}

fn property_replacement(resource_type: &str, property: &str) -> Replacement {
    if update_behaviour::may_replace(resource_type, property) {
        return Replacement::Maybe;
    }
    let Some(schema) = zimbra_constructs_cfn::schema(resource_type) else {
        return Replacement::No;
    };
    let exact = format!("/properties/{property}");
    let nested = format!("{exact}/");
    if schema.create_only.iter().any(|p| *p == exact) {
        Replacement::Yes
    } else if schema.create_only.iter().any(|p| p.starts_with(&nested)) {
        Replacement::Maybe
    } else {
        Replacement::No
    }
}

fn diff_resource(id: &str, old: &Json, new: &Json) -> Option<ResourceDiff> {
    if old == new {
        return None;
    }
    let old_type = old.get("Type").and_then(Json::as_str).unwrap_or_default();
    let new_type = new.get("Type").and_then(Json::as_str).unwrap_or_default();
    let mut changes = Vec::new();
    if old_type != new_type {
        changes.push(PropertyChange {
            path: "Type".to_owned(),
            old: old.get("Type").cloned(),
            new: new.get("Type").cloned(),
            replacement: Replacement::Yes,
        });
    }
    let empty = Map::new();
    let old_props = object(old, "Properties").unwrap_or(&empty);
    let new_props = object(new, "Properties").unwrap_or(&empty);
    let mut keys: Vec<&String> = new_props.keys().collect();
    keys.extend(old_props.keys().filter(|k| !new_props.contains_key(*k)));
    for k in keys {
        let (o, n) = (old_props.get(k), new_props.get(k));
        if o != n {
            changes.push(PropertyChange {
                path: format!("Properties.{k}"),
                old: o.cloned(),
                new: n.cloned(),
                replacement: property_replacement(new_type, k),
            });
        }
    }
    let attrs = [
        "DeletionPolicy",
        "UpdateReplacePolicy",
        "DependsOn",
        "Condition",
        "Metadata",
        "UpdatePolicy",
        "CreationPolicy",
    ];
    for a in attrs {
        if old.get(a) != new.get(a) {
            changes.push(PropertyChange {
                path: a.to_owned(),
                old: old.get(a).cloned(),
                new: new.get(a).cloned(),
                replacement: Replacement::No,
            });
        }
    }
    if changes.is_empty() {
        return None;
    }
    let replacement = changes
        .iter()
        .map(|c| c.replacement)
        .max()
        .unwrap_or(Replacement::No);
    let stateful = is_stateful(old_type);
    Some(ResourceDiff {
        logical_id: id.to_owned(),
        resource_type: new_type.to_owned(),
        kind: ChangeKind::Modified,
        broadening: broadens(new_type, Some(old), new),
        data_at_risk: stateful && replacement != Replacement::No && !retained(old),
        changes,
        replacement,
    })
}

fn diff_section(section: &str, old: &Json, new: &Json, out: &mut Vec<EntryDiff>) {
    let (o, n) = (old.get(section), new.get(section));
    match (o.and_then(Json::as_object), n.and_then(Json::as_object)) {
        (Some(_), _) | (_, Some(_)) => {
            let empty = Map::new();
            let om = o.and_then(Json::as_object).unwrap_or(&empty);
            let nm = n.and_then(Json::as_object).unwrap_or(&empty);
            for (k, nv) in nm {
                match om.get(k) {
                    None => out.push(EntryDiff {
                        section: section.to_owned(),
                        key: k.clone(),
                        kind: ChangeKind::Added,
                        old: None,
                        new: Some(nv.clone()),
                    }),
                    Some(ov) if ov != nv => out.push(EntryDiff {
                        section: section.to_owned(),
                        key: k.clone(),
                        kind: ChangeKind::Modified,
                        old: Some(ov.clone()),
                        new: Some(nv.clone()),
                    }),
                    Some(_) => {}
                }
            }
            for (k, ov) in om {
                if !nm.contains_key(k) {
                    out.push(EntryDiff {
                        section: section.to_owned(),
                        key: k.clone(),
                        kind: ChangeKind::Removed,
                        old: Some(ov.clone()),
                        new: None,
                    });
                }
            }
        }
        _ if o != n => out.push(EntryDiff {
            section: section.to_owned(),
            key: String::new(),
            kind: match (o, n) {
                (None, _) => ChangeKind::Added,
                (_, None) => ChangeKind::Removed,
                _ => ChangeKind::Modified,
            },
            old: o.cloned(),
            new: n.cloned(),
        }),
        _ => {}
    }
}

/// Compares a deployed template with a new one (use `{}` for a stack not deployed).
#[must_use]
pub fn diff_templates(old: &Json, new: &Json) -> TemplateDiff {
    let empty = Map::new();
    let old_res = object(old, "Resources").unwrap_or(&empty);
    let new_res = object(new, "Resources").unwrap_or(&empty);
    let mut resources = Vec::new();
    for (id, n) in new_res {
        let ty = n.get("Type").and_then(Json::as_str).unwrap_or_default();
        match old_res.get(id) {
            None => resources.push(ResourceDiff {
                logical_id: id.clone(),
                resource_type: ty.to_owned(),
                kind: ChangeKind::Added,
                changes: Vec::new(),
                replacement: Replacement::No,
                broadening: broadens(ty, None, n),
                data_at_risk: false,
            }),
            Some(o) => resources.extend(diff_resource(id, o, n)),
        }
    }
    for (id, o) in old_res {
        if !new_res.contains_key(id) {
            let ty = o.get("Type").and_then(Json::as_str).unwrap_or_default();
            resources.push(ResourceDiff {
                logical_id: id.clone(),
                resource_type: ty.to_owned(),
                kind: ChangeKind::Removed,
                changes: Vec::new(),
                replacement: Replacement::No,
                broadening: false,
                data_at_risk: is_stateful(ty) && !retained(o),
            });
        }
    }
    let mut entries = Vec::new();
    let mut sections: Vec<&str> = vec!["Parameters", "Outputs", "Conditions", "Mappings"];
    sections.extend(["Description", "Metadata", "Transform", "Rules"]);
    for s in sections {
        diff_section(s, old, new, &mut entries);
    }
    mappings::mapping_changes(old, new, &mut resources);
    let servers = instances::disruptions(&resources, new);
    let config = instances::config_changes(&resources, new, &servers);
    TemplateDiff {
        resources,
        entries,
        servers,
        config,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tpl(resources: Json) -> Json {
        json!({ "Resources": resources })
    }

    #[test]
    fn identical_templates_have_no_diff() {
        let t = tpl(
            json!({"V": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}),
        );
        assert!(diff_templates(&t, &t).is_empty());
    }

    #[test]
    fn create_only_change_is_replacement_and_other_is_in_place() {
        let old = tpl(json!({
            "I": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.small", "SubnetId": "a"}},
            "B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "x"}}
        }));
        let new = tpl(json!({
            "I": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.large", "SubnetId": "b"}},
            "B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "y"}}
        }));
        let d = diff_templates(&old, &new);
        let inst = &d.resources[0];
        assert_eq!(inst.kind, ChangeKind::Modified);
        let it = inst
            .changes
            .iter()
            .find(|c| c.path == "Properties.InstanceType")
            .unwrap();
        assert_eq!(it.replacement, Replacement::No);
        let sn = inst
            .changes
            .iter()
            .find(|c| c.path == "Properties.SubnetId")
            .unwrap();
        assert_eq!(sn.replacement, Replacement::Yes);
        assert_eq!(inst.replacement, Replacement::Yes);
        assert!(!inst.data_at_risk);
        let bucket = &d.resources[1];
        assert_eq!(bucket.replacement, Replacement::Yes);
        assert!(bucket.data_at_risk, "a replaced bucket loses its data");
    }

    #[test]
    fn in_place_change_only() {
        let old = tpl(
            json!({"I": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.small"}}}),
        );
        let new = tpl(
            json!({"I": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.large"}}}),
        );
        let d = diff_templates(&old, &new);
        assert_eq!(d.resources.len(), 1);
        assert_eq!(d.resources[0].replacement, Replacement::No);
        assert!(!d.resources[0].broadening);
    }

    #[test]
    fn type_change_replaces() {
        let old = tpl(json!({"X": {"Type": "AWS::EC2::Volume", "Properties": {}}}));
        let new = tpl(json!({"X": {"Type": "AWS::S3::Bucket", "Properties": {}}}));
        let d = diff_templates(&old, &new);
        assert_eq!(d.resources[0].replacement, Replacement::Yes);
        assert!(d.resources[0].data_at_risk);
    }

    #[test]
    fn security_group_rules() {
        let rule = |port: u16| json!({"IpProtocol": "tcp", "FromPort": port, "ToPort": port, "CidrIp": "0.0.0.0/0"});
        let sg = |rules: Vec<Json>| {
            tpl(
                json!({"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "d", "SecurityGroupIngress": rules}}}),
            )
        };
        let d = diff_templates(&sg(vec![rule(25)]), &sg(vec![rule(25), rule(993)]));
        assert!(d.resources[0].broadening, "a new ingress rule broadens");
        let d = diff_templates(&sg(vec![rule(25), rule(993)]), &sg(vec![rule(25)]));
        assert!(!d.resources[0].broadening, "removing a rule narrows");
        let ingress =
            tpl(json!({"R": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": rule(443)}}));
        assert!(diff_templates(&json!({}), &ingress).resources[0].broadening);
        assert!(!diff_templates(&ingress, &json!({})).resources[0].broadening);
    }

    #[test]
    fn iam_and_bucket_policy() {
        let stmt = |action: &str| json!({"Effect": "Allow", "Action": action, "Resource": "*"});
        let role = |stmts: Vec<Json>| {
            tpl(json!({"Role": {"Type": "AWS::IAM::Role", "Properties": {
            "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
            "Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": stmts}}]}}}))
        };
        let d = diff_templates(
            &role(vec![stmt("s3:GetObject")]),
            &role(vec![stmt("s3:GetObject"), stmt("s3:PutObject")]),
        );
        assert!(d.resources[0].broadening);
        let d = diff_templates(
            &role(vec![stmt("s3:GetObject"), stmt("s3:PutObject")]),
            &role(vec![stmt("s3:GetObject")]),
        );
        assert!(!d.resources[0].broadening);
        let bp = |s: Json| {
            tpl(
                json!({"P": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": "b", "PolicyDocument": {"Statement": s}}}}),
            )
        };
        let d = diff_templates(&bp(json!([stmt("s3:GetObject")])), &bp(json!(stmt("s3:*"))));
        assert!(d.resources[0].broadening);
        // A new role is a broadening; a new VPC is not.
        let d = diff_templates(&json!({}), &role(vec![]));
        assert!(d.resources[0].broadening);
        let vpc = tpl(json!({"V": {"Type": "AWS::EC2::VPC", "Properties": {}}}));
        assert!(!diff_templates(&json!({}), &vpc).resources[0].broadening);
    }

    #[test]
    fn removed_stateful_resources() {
        let old = tpl(json!({
            "Keep": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain"},
            "Lose": {"Type": "AWS::EC2::Volume", "Properties": {"Size": 10}},
            "Net": {"Type": "AWS::EC2::Subnet"}
        }));
        let d = diff_templates(&old, &tpl(json!({})));
        let at_risk: Vec<&str> = d
            .data_at_risk()
            .iter()
            .map(|r| r.logical_id.as_str())
            .collect();
        assert_eq!(at_risk, vec!["Lose"]);
    }

    #[test]
    fn outputs_and_new_stacks() {
        let old = json!({"Outputs": {"A": {"Value": "1"}, "B": {"Value": "2"}}});
        let new =
            json!({"Outputs": {"A": {"Value": "3"}, "C": {"Value": "4"}}, "Description": "d"});
        let d = diff_templates(&old, &new);
        let kinds: Vec<(String, ChangeKind)> =
            d.entries.iter().map(|e| (e.key.clone(), e.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                ("A".into(), ChangeKind::Modified),
                ("C".into(), ChangeKind::Added),
                ("B".into(), ChangeKind::Removed),
                (String::new(), ChangeKind::Added),
            ]
        );
    }

    #[test]
    fn block_device_changes_may_replace_an_instance_and_user_data_restarts_it() {
        let inst = |size: u64, script: &str| {
            tpl(json!({"I": {"Type": "AWS::EC2::Instance", "Properties": {
                "BlockDeviceMappings": [{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": size}}],
                "UserData": script}}}))
        };
        let d = diff_templates(&inst(50, "a"), &inst(60, "a"));
        assert_eq!(d.resources[0].replacement, Replacement::Maybe);
        let d = diff_templates(&inst(50, "a"), &inst(50, "b"));
        assert_eq!(d.resources[0].replacement, Replacement::No);
        assert!(update_behaviour::interrupts(
            "AWS::EC2::Instance",
            "UserData"
        ));
        assert!(update_behaviour::interrupts(
            "AWS::EC2::Instance",
            "InstanceType"
        ));
        assert!(!update_behaviour::interrupts("AWS::EC2::Instance", "Tags"));
        assert!(!update_behaviour::interrupts("AWS::EC2::Volume", "Size"));
    }

    #[test]
    fn a_changed_mapping_changes_the_resources_that_read_it() {
        let t = |script: &str| {
            json!({
                "Mappings": {"Boot": {"Lib": {"Script": script}}},
                "Resources": {
                    "I": {"Type": "AWS::EC2::Instance", "Properties": {
                        "InstanceType": "t3.small",
                        "UserData": {"Fn::Base64": {"Fn::FindInMap": ["Boot", "Lib", "Script"]}}}},
                    "V": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}
                }
            })
        };
        let d = diff_templates(&t("echo a"), &t("echo b"));
        assert_eq!(d.resources.len(), 1, "{d:?}");
        let i = &d.resources[0];
        assert_eq!((i.logical_id.as_str(), i.kind), ("I", ChangeKind::Modified));
        assert_eq!(i.changes[0].path, "Properties.UserData");
        assert_eq!(i.changes[0].new, Some(json!({"Fn::Base64": "echo b"})));
        assert!(diff_templates(&t("echo a"), &t("echo a")).is_empty());
    }
}
