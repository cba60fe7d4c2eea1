//! Resources that refuse deletion while a property of theirs says so, and how `destroy` turns
//! that off first. CloudFormation cannot delete such a resource: `DeleteStack` ends
//! `DELETE_FAILED` (EC2: "The instance ... may not be terminated. Modify its
//! 'disableApiTermination' instance attribute and try again."). So `destroy
//! --remove-termination-protection` first updates the stack with the same template and
//! parameters, protections off (an update CloudFormation applies without interruption), and
//! executes it only if the change set changes exactly those properties; then it deletes.
//! Doing it through CloudFormation keeps the stack and its resources in agreement (no drift)
//! if the deletion later fails.

use serde_json::Value as Json;

use crate::change_set::ResourceChange;

/// The attribute key of ELBv2 load balancer deletion protection.
pub const LB_DELETION_PROTECTION: &str = "deletion_protection.enabled";

fn truthy(v: &Json) -> bool {
    v.as_bool() == Some(true) || v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("true"))
}

/// Whether a resource of a template is protected, and what protects it.
#[must_use]
pub fn protection(resource: &Json) -> Option<&'static str> {
    let props = resource.get("Properties")?;
    match resource.get("Type")?.as_str()? {
        "AWS::EC2::Instance" => props
            .get("DisableApiTermination")
            .filter(|v| truthy(v))
            .map(|_| "termination protection (DisableApiTermination)"),
        "AWS::ElasticLoadBalancingV2::LoadBalancer" => props
            .get("LoadBalancerAttributes")?
            .as_array()?
            .iter()
            .any(|a| {
                a.get("Key").and_then(Json::as_str) == Some(LB_DELETION_PROTECTION)
                    && a.get("Value").is_some_and(truthy)
            })
            .then_some("deletion protection (deletion_protection.enabled)"),
        "AWS::RDS::DBInstance" | "AWS::RDS::DBCluster" => props
            .get("DeletionProtection")
            .filter(|v| truthy(v))
            .map(|_| "deletion protection (DeletionProtection)"),
        "AWS::DynamoDB::Table" => props
            .get("DeletionProtectionEnabled")
            .filter(|v| truthy(v))
            .map(|_| "deletion protection (DeletionProtectionEnabled)"),
        _ => None,
    }
}

/// The protected resources of a template: logical id, type and what protects it.
#[must_use]
pub fn protected(template: &Json) -> Vec<(String, String, &'static str)> {
    template
        .get("Resources")
        .and_then(Json::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(id, r)| {
            let what = protection(r)?;
            let ty = r.get("Type").and_then(Json::as_str).unwrap_or_default();
            Some((id.clone(), ty.to_owned(), what))
        })
        .collect()
}

/// The template with every protection of [`protected`] turned off.
#[must_use]
pub fn unprotected(template: &Json) -> Json {
    let mut t = template.clone();
    let Some(resources) = t.get_mut("Resources").and_then(Json::as_object_mut) else {
        return t;
    };
    for r in resources.values_mut() {
        if protection(r).is_none() {
            continue;
        }
        let Some(props) = r.get_mut("Properties").and_then(Json::as_object_mut) else {
            continue;
        };
        for key in [
            "DisableApiTermination",
            "DeletionProtection",
            "DeletionProtectionEnabled",
        ] {
            if props.contains_key(key) {
                props.insert(key.to_owned(), Json::Bool(false));
            }
        }
        if let Some(attrs) = props
            .get_mut("LoadBalancerAttributes")
            .and_then(Json::as_array_mut)
        {
            for a in attrs {
                if a.get("Key").and_then(Json::as_str) == Some(LB_DELETION_PROTECTION) {
                    a["Value"] = Json::String("false".to_owned());
                }
            }
        }
    }
    t
}

/// The changes of an unprotecting change set that are not just that: anything but an
/// in-place modification of one of the `protected` logical ids (a replacement, say, because
/// a parameter resolves to something new).
#[must_use]
pub fn unexpected<'a>(
    changes: &'a [ResourceChange],
    protected: &[(String, String, &'static str)],
) -> Vec<&'a ResourceChange> {
    changes
        .iter()
        .filter(|c| {
            c.action != "Modify"
                || c.replaces()
                || !protected.iter().any(|(id, _, _)| *id == c.logical_id)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn instances_and_load_balancers_are_unprotected_and_nothing_else_changes() {
        let t = json!({"Resources": {
            "Mta": {"Type": "AWS::EC2::Instance", "Properties": {"DisableApiTermination": true, "InstanceType": "t3.large"}},
            "Plain": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "t3.large"}},
            "Nlb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {"LoadBalancerAttributes": [
                {"Key": "load_balancing.cross_zone.enabled", "Value": "true"},
                {"Key": "deletion_protection.enabled", "Value": "true"}]}},
            "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}
        }});
        let ids: Vec<String> = protected(&t).into_iter().map(|(id, _, _)| id).collect();
        assert_eq!(ids, ["Mta", "Nlb"]);
        let u = unprotected(&t);
        assert!(protected(&u).is_empty());
        assert_eq!(
            u["Resources"]["Mta"]["Properties"]["InstanceType"],
            "t3.large"
        );
        assert_eq!(
            u["Resources"]["Nlb"]["Properties"]["LoadBalancerAttributes"][0]["Value"],
            "true"
        );
        assert_eq!(u["Resources"]["Vpc"], t["Resources"]["Vpc"]);
        let change = |action: &str, id: &str, replacement: Option<&str>| ResourceChange {
            action: action.to_owned(),
            logical_id: id.to_owned(),
            physical_id: None,
            resource_type: String::new(),
            replacement: replacement.map(str::to_owned),
            scope: vec!["Properties".to_owned()],
        };
        let changes = [
            change("Modify", "Mta", Some("False")),
            change("Modify", "Nlb", None),
            change("Modify", "Plain", Some("True")),
        ];
        let odd = unexpected(&changes, &protected(&t));
        assert_eq!(odd.len(), 1);
        assert_eq!(odd[0].logical_id, "Plain");
    }
}
