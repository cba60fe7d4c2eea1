//! Which stacks an operation works on: the names given, grown along the dependencies
//! (deploy brings what a stack needs, destroy what needs it), in assembly order.

use std::collections::BTreeSet;

use zimbra_constructs_core::{Assembly, StackArtifact};

/// Which way a selection grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extend {
    /// Only the named stacks.
    Exactly,
    /// Plus what they depend on (deploy).
    Dependencies,
    /// Plus what depends on them (destroy).
    Dependents,
}

/// The selected stacks in assembly (dependency) order; `Err((name, known))` for an unknown
/// name.
pub fn select<'a>(
    assembly: &'a Assembly,
    names: &[String],
    extend: Extend,
) -> Result<Vec<&'a StackArtifact>, (String, Vec<String>)> {
    if names.is_empty() {
        return Ok(assembly.stacks.iter().collect());
    }
    let known: Vec<String> = assembly.stacks.iter().map(|s| s.name.clone()).collect();
    let mut chosen: BTreeSet<String> = BTreeSet::new();
    for n in names {
        if !known.contains(n) {
            return Err((n.clone(), known));
        }
        chosen.insert(n.clone());
    }
    loop {
        let before = chosen.len();
        for s in &assembly.stacks {
            match extend {
                Extend::Exactly => {}
                Extend::Dependencies => {
                    if chosen.contains(&s.name) {
                        chosen.extend(s.dependencies.iter().cloned());
                    }
                }
                Extend::Dependents => {
                    if s.dependencies.iter().any(|d| chosen.contains(d)) {
                        chosen.insert(s.name.clone());
                    }
                }
            }
        }
        if chosen.len() == before {
            break;
        }
    }
    Ok(assembly
        .stacks
        .iter()
        .filter(|s| chosen.contains(&s.name))
        .collect())
}
