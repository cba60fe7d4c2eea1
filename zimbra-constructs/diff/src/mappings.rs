//! Changes that reach a resource through a mapping it reads: CloudFormation resolves
//! `Fn::FindInMap` when it compares templates, so a resource whose own text is the same
//! changes when the mapping value it reads changes (a bootstrap script shared through a
//! mapping, for example, changes every instance's `UserData`).

use serde_json::{Map, Value as Json};
use zimbra_constructs_core::stateful::is_stateful;

use super::{
    property_replacement, retained, ChangeKind, PropertyChange, Replacement, ResourceDiff,
};

/// `value` with every `Fn::FindInMap` whose map and keys are literal replaced by the mapped
/// value (left as is when the mapping has no such entry).
fn resolve(value: &Json, mappings: &Json) -> Json {
    match value {
        Json::Object(o) => {
            if let Some(Json::Array(args)) = o.get("Fn::FindInMap").filter(|_| o.len() == 1) {
                let keys: Vec<&str> = args.iter().filter_map(Json::as_str).collect();
                if keys.len() == 3 && args.len() == 3 {
                    if let Some(v) = mappings
                        .get(keys[0])
                        .and_then(|m| m.get(keys[1]))
                        .and_then(|m| m.get(keys[2]))
                    {
                        return v.clone();
                    }
                }
            }
            Json::Object(
                o.iter()
                    .map(|(k, v)| (k.clone(), resolve(v, mappings)))
                    .collect(),
            )
        }
        Json::Array(a) => Json::Array(a.iter().map(|v| resolve(v, mappings)).collect()),
        other => other.clone(),
    }
}

/// Adds to `resources` the properties that change only through a changed mapping.
pub(crate) fn mapping_changes(old: &Json, new: &Json, resources: &mut Vec<ResourceDiff>) {
    let null = Json::Null;
    let (old_maps, new_maps) = (
        old.get("Mappings").unwrap_or(&null),
        new.get("Mappings").unwrap_or(&null),
    );
    if old_maps == new_maps {
        return;
    }
    let empty = Map::new();
    let section = |t: &'_ Json| {
        t.get("Resources")
            .and_then(Json::as_object)
            .cloned()
            .unwrap_or_else(|| empty.clone())
    };
    let (old_res, new_res) = (section(old), section(new));
    for (id, n) in &new_res {
        let Some(o) = old_res.get(id) else { continue };
        let ty = n.get("Type").and_then(Json::as_str).unwrap_or_default();
        let props = |r: &Json| {
            r.get("Properties")
                .and_then(Json::as_object)
                .cloned()
                .unwrap_or_default()
        };
        let (op, np) = (props(o), props(n));
        let mut changes = Vec::new();
        for (k, nv) in &np {
            let Some(ov) = op.get(k) else { continue };
            if ov != nv {
                continue; // already a change of the resource's own text
            }
            let (before, after) = (resolve(ov, old_maps), resolve(nv, new_maps));
            if before != after {
                changes.push(PropertyChange {
                    path: format!("Properties.{k}"),
                    old: Some(before),
                    new: Some(after),
                    replacement: property_replacement(ty, k),
                });
            }
        }
        if changes.is_empty() {
            continue;
        }
        let pos = resources.iter().position(|r| r.logical_id == *id);
        let diff = match pos {
            Some(i) => &mut resources[i],
            None => {
                resources.push(ResourceDiff {
                    logical_id: id.clone(),
                    resource_type: ty.to_owned(),
                    kind: ChangeKind::Modified,
                    changes: Vec::new(),
                    replacement: Replacement::No,
                    broadening: false,
                    data_at_risk: false,
                });
                let last = resources.len() - 1;
                &mut resources[last]
            }
        };
        diff.changes.extend(changes);
        diff.replacement = diff
            .changes
            .iter()
            .map(|c| c.replacement)
            .max()
            .unwrap_or(Replacement::No);
        diff.data_at_risk = is_stateful(ty) && diff.replacement != Replacement::No && !retained(o);
    }
}
