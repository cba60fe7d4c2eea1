//! Stack ordering: producers before consumers, ties kept in the order stacks were added.
//! A cycle is reported with every edge of the loop and the reason for it.

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostic;
use crate::node::NodeId;

use super::refs::StackDeps;

/// Sorts `stacks` so each comes after the stacks it depends on; `None` (with a diagnostic)
/// if the dependencies form a cycle.
pub(crate) fn dependency_order(
    stacks: &[NodeId],
    deps: &StackDeps,
    name: &dyn Fn(NodeId) -> String,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<NodeId>> {
    let position: BTreeMap<NodeId, usize> =
        stacks.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let mut remaining: Vec<usize> = stacks
        .iter()
        .map(|s| deps.get(s).map_or(0, BTreeMap::len))
        .collect();
    let mut consumers: Vec<Vec<usize>> = vec![Vec::new(); stacks.len()];
    for (consumer, producers) in deps {
        for producer in producers.keys() {
            consumers[position[producer]].push(position[consumer]);
        }
    }
    // Kahn's algorithm, always taking the earliest-added ready stack: deterministic.
    let mut ready: std::collections::BTreeSet<usize> =
        (0..stacks.len()).filter(|i| remaining[*i] == 0).collect();
    let mut order = Vec::with_capacity(stacks.len());
    while let Some(i) = ready.pop_first() {
        order.push(stacks[i]);
        for c in &consumers[i] {
            remaining[*c] -= 1;
            if remaining[*c] == 0 {
                ready.insert(*c);
            }
        }
    }
    if order.len() == stacks.len() {
        return Some(order);
    }
    // Walk dependencies from a stack left over until one repeats: that loop is the cycle.
    let start = (0..stacks.len()).find(|i| remaining[*i] > 0)?;
    let mut path = vec![stacks[start]];
    loop {
        let last = *path.last()?;
        let next = deps
            .get(&last)?
            .keys()
            .find(|p| remaining[position[*p]] > 0)
            .copied()?;
        if let Some(at) = path.iter().position(|s| *s == next) {
            let cycle = &path[at..];
            let mut chain: Vec<String> = cycle.iter().map(|s| name(*s)).collect();
            chain.push(name(next));
            let reasons: Vec<String> = cycle
                .iter()
                .zip(cycle.iter().skip(1).chain(std::iter::once(&next)))
                .map(|(a, b)| format!("{} -> {}: {}", name(*a), name(*b), deps[a][b]))
                .collect();
            diagnostics.push(Diagnostic::error(
                "ZC004",
                name(next),
                format!(
                    "stack dependency cycle {}; ({}); move the shared resources into one stack or pass the value another way",
                    chain.join(" -> "),
                    reasons.join("; ")
                ),
            ));
            return None;
        }
        path.push(next);
    }
}
