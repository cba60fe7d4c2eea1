//! Patches applied to provider schemas before they are modelled.
//!
//! Each patch says which type and JSON pointer it touches and why; keep them few and
//! specific, so a schema update that makes one unnecessary is easy to notice.

use serde_json::{json, Value};

/// One schema patch.
struct Fixup {
    /// The resource type it applies to.
    type_name: &'static str,
    /// JSON pointer of the node to replace, inside the schema document.
    pointer: &'static str,
    /// Why the schema is patched.
    _why: &'static str,
    /// The replacement node.
    node: fn() -> Value,
}

const FIXUPS: &[Fixup] = &[
    Fixup {
        type_name: "AWS::IAM::ManagedPolicy",
        pointer: "/properties/PolicyDocument",
        _why: "the schema gives only string constraints, but CloudFormation takes a JSON \
               object as well as a string; type it as free-form JSON like the other policies",
        node: || json!({ "type": ["object", "string"] }),
    },
    Fixup {
        type_name: "AWS::Route53::RecordSet",
        pointer: "/properties/TTL",
        _why: "TTL is a string in the schema; keep it a string (CloudFormation accepts both) \
               but drop the indirection through a definition",
        node: || json!({ "type": "string" }),
    },
];

/// Applies the patches for `type_name` to its schema. Returns an error for a patch whose
/// pointer no longer exists, so stale patches are noticed.
pub fn apply(type_name: &str, schema: &mut Value) -> Result<(), String> {
    for f in FIXUPS.iter().filter(|f| f.type_name == type_name) {
        let node = schema
            .pointer_mut(f.pointer)
            .ok_or_else(|| format!("fixup for {type_name}: {} not found", f.pointer))?;
        *node = (f.node)();
    }
    Ok(())
}
