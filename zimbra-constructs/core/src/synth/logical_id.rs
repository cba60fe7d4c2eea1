//! Logical IDs derived from construct paths.
//!
//! The rule, chosen so a reviewer can read a template: take the path below the stack, drop
//! the ids `Default` and `Resource` (they only name "the main thing" of a construct), drop a
//! component equal to the one before it (`Vpc/Vpc` → `Vpc`), split each id on characters
//! outside `[A-Za-z0-9]` and capitalise the pieces (`mta-1/eip` → `Mta1Eip`).
//!
//! There is no hash suffix: ids stay short and readable, and they only depend on the
//! element's own path, so adding or removing other constructs never changes them. The price
//! is that two paths can map to one id (`A-B` and `AB` both give `AB`); synthesis reports
//! that as an error naming both paths, and the fix is to rename one or to override its id.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use crate::diagnostics::Diagnostic;
use crate::node::NodeId;
use crate::tree::Tree;

/// The longest logical id CloudFormation accepts.
pub const MAX_LOGICAL_ID_LEN: usize = 255;

const HIDDEN: [&str; 2] = ["Default", "Resource"];

/// Turns the ids of a path (below the stack) into a logical id.
#[must_use]
pub fn from_components<'a>(components: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut previous: Option<&str> = None;
    for component in components {
        if HIDDEN.contains(&component) || previous == Some(component) {
            previous = Some(component);
            continue;
        }
        previous = Some(component);
        // The pieces are ASCII letters and digits only, so byte 0 is a whole character.
        for piece in component.split(|c: char| !c.is_ascii_alphanumeric()) {
            if let Some(first) = piece.bytes().next() {
                out.push(char::from(first.to_ascii_uppercase()));
                out.push_str(&piece[1..]);
            }
        }
    }
    out
}

/// True if `id` is a valid CloudFormation logical id.
#[must_use]
pub fn is_valid(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_LOGICAL_ID_LEN
        && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Logical ids of every template element of the app, indexed by node.
pub(crate) struct LogicalIds {
    ids: Vec<Option<String>>,
}

impl LogicalIds {
    /// The logical id of an element node.
    pub(crate) fn get(&self, node: NodeId) -> Option<&str> {
        self.ids.get(node.index()).and_then(|s| s.as_deref())
    }
}

/// Derives (or takes the override of) the logical id of every element, reporting invalid
/// ids and collisions within a stack.
pub(crate) fn assign(tree: &Tree, diagnostics: &mut Vec<Diagnostic>) -> LogicalIds {
    let mut ids = vec![None; tree.len()];
    // (stack, logical id) -> first node that took it
    let mut taken: HashMap<(NodeId, String), NodeId> = HashMap::new();
    let mut components: Vec<NodeId> = Vec::new();
    for (node, n) in tree.iter() {
        if !n.kind.is_element() {
            continue;
        }
        let Some(stack) = tree.stack_of(node) else {
            continue;
        };
        let id = match &n.logical_id_override {
            Some(o) => o.clone(),
            None => {
                components.clear();
                let mut cur = Some(node);
                while let Some(c) = cur {
                    if c == stack {
                        break;
                    }
                    components.push(c);
                    cur = tree.node(c).parent;
                }
                from_components(components.iter().rev().map(|c| tree.node(*c).id.as_str()))
            }
        };
        if !is_valid(&id) {
            let why = if id.is_empty() {
                "it has no letters or digits".to_owned()
            } else if id.len() > MAX_LOGICAL_ID_LEN {
                format!(
                    "it is {} characters long, over CloudFormation's {MAX_LOGICAL_ID_LEN}",
                    id.len()
                )
            } else {
                "it may only contain A-Z, a-z and 0-9".to_owned()
            };
            diagnostics.push(Diagnostic::error(
                "ZC002",
                tree.path(node),
                format!("invalid logical id '{id}': {why}; shorten or rename the construct ids on its path, or set one with App::override_logical_id"),
            ));
            continue;
        }
        // Outputs, conditions and mappings live in their own template sections, but one
        // namespace for all keeps Ref targets unambiguous and templates easy to read.
        match taken.entry((stack, id.clone())) {
            Entry::Occupied(first) => diagnostics.push(Diagnostic::error(
                "ZC001",
                tree.path(node),
                format!(
                    "logical id '{id}' of '{}' collides with '{}' in the same stack; rename one of the constructs or give one a distinct id with App::override_logical_id",
                    tree.path(node),
                    tree.path(*first.get())
                ),
            )),
            Entry::Vacant(slot) => {
                slot.insert(node);
                ids[node.index()] = Some(id);
            }
        }
    }
    LogicalIds { ids }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_ids_join_capitalised_components() {
        assert_eq!(
            from_components(["Mailbox2", "Instance"]),
            "Mailbox2Instance"
        );
        assert_eq!(from_components(["mta-1", "eip"]), "Mta1Eip");
        assert_eq!(from_components(["az_a", "ldap.1"]), "AzALdap1");
    }

    #[test]
    fn default_and_resource_are_hidden_and_repeats_dropped() {
        assert_eq!(from_components(["Vpc", "Default"]), "Vpc");
        assert_eq!(from_components(["Bucket", "Resource"]), "Bucket");
        assert_eq!(from_components(["Vpc", "Vpc", "Subnet"]), "VpcSubnet");
    }

    #[test]
    fn separators_are_dropped_so_a_dash_b_and_ab_collide() {
        // Pinned on purpose: synthesis reports this collision as error ZC001.
        assert_eq!(from_components(["A-B"]), from_components(["AB"]));
    }

    #[test]
    fn validity_follows_cloudformation_rules() {
        assert!(is_valid("Mta1Eip"));
        assert!(!is_valid(""));
        assert!(!is_valid("Mta-1"));
        assert!(is_valid(&"a".repeat(255)));
        assert!(!is_valid(&"a".repeat(256)));
    }
}
