//! Dependency-ordered, concurrent scheduling: a node starts once every node it depends on
//! succeeded, with at most `concurrency` running at once. After a failure nothing new starts
//! (running nodes finish); nodes never started are reported as skipped.

use std::collections::{BTreeSet, HashMap};
use std::future::Future;

use tokio::task::JoinSet;

/// One unit of work and the keys it waits for (keys outside the plan are ignored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Unique key.
    pub key: String,
    /// Keys that must succeed first.
    pub deps: Vec<String>,
}

/// What ran.
#[derive(Debug)]
pub struct PlanResult<T, E> {
    /// Finished nodes in completion order.
    pub finished: Vec<(String, Result<T, E>)>,
    /// Nodes never started (a failure stopped the plan, or a dependency failed).
    pub skipped: Vec<String>,
}

/// Runs `nodes` through `work`.
pub async fn run<T, E, F, Fut>(
    nodes: Vec<Node>,
    concurrency: usize,
    work: F,
    panicked: impl Fn(String) -> E,
) -> PlanResult<T, E>
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<T, E>> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let concurrency = concurrency.max(1);
    let keys: BTreeSet<String> = nodes.iter().map(|n| n.key.clone()).collect();
    let mut waiting: Vec<Node> = nodes
        .into_iter()
        .map(|mut n| {
            n.deps.retain(|d| keys.contains(d) && *d != n.key);
            n
        })
        .collect();
    let mut succeeded: BTreeSet<String> = BTreeSet::new();
    let mut finished = Vec::new();
    let mut failed = false;
    let mut set = JoinSet::new();
    let mut running: HashMap<tokio::task::Id, String> = HashMap::new();
    loop {
        if !failed {
            while running.len() < concurrency {
                let Some(pos) = waiting
                    .iter()
                    .position(|n| n.deps.iter().all(|d| succeeded.contains(d)))
                else {
                    break;
                };
                let node = waiting.remove(pos);
                let fut = work(node.key.clone());
                let handle = set.spawn(fut);
                running.insert(handle.id(), node.key);
            }
        }
        let Some(joined) = set.join_next_with_id().await else {
            break;
        };
        let (key, result) = match joined {
            Ok((id, result)) => (running.remove(&id).unwrap_or_default(), result),
            Err(e) => {
                let key = running.remove(&e.id()).unwrap_or_default();
                (key.clone(), Err(panicked(key)))
            }
        };
        if result.is_ok() {
            succeeded.insert(key.clone());
        } else {
            failed = true;
        }
        finished.push((key, result));
    }
    PlanResult {
        finished,
        skipped: waiting.into_iter().map(|n| n.key).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    fn node(key: &str, deps: &[&str]) -> Node {
        Node {
            key: key.into(),
            deps: deps.iter().map(|d| (*d).to_owned()).collect(),
        }
    }

    #[tokio::test]
    async fn dependency_order_and_concurrency() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let live = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let nodes = vec![
            node("net", &[]),
            node("cell-a", &["net"]),
            node("cell-b", &["net"]),
            node("cell-c", &["net"]),
            node("dns", &["cell-a", "cell-b", "cell-c", "elsewhere"]),
        ];
        let (l, lv, pk) = (log.clone(), live.clone(), peak.clone());
        let res = run(
            nodes,
            2,
            move |k| {
                let (l, lv, pk) = (l.clone(), lv.clone(), pk.clone());
                async move {
                    let now = lv.fetch_add(1, Ordering::SeqCst) + 1;
                    pk.fetch_max(now, Ordering::SeqCst);
                    l.lock().unwrap().push(format!("start {k}"));
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    l.lock().unwrap().push(format!("end {k}"));
                    lv.fetch_sub(1, Ordering::SeqCst);
                    Ok::<_, String>(k)
                }
            },
            |k| k,
        )
        .await;
        assert!(res.skipped.is_empty());
        assert_eq!(res.finished.len(), 5);
        assert_eq!(
            peak.load(Ordering::SeqCst),
            2,
            "cells run side by side, at most 2"
        );
        let log = log.lock().unwrap().clone();
        let pos = |s: &str| log.iter().position(|l| l == s).unwrap();
        assert!(pos("end net") < pos("start cell-a"));
        assert!(pos("end cell-c") < pos("start dns"));
    }

    #[tokio::test]
    async fn failure_stops_new_work() {
        let nodes = vec![node("a", &[]), node("b", &["a"]), node("c", &["b"])];
        let res = run(
            nodes,
            4,
            |k| async move {
                if k == "a" {
                    Err(format!("{k} failed"))
                } else {
                    Ok(())
                }
            },
            |k| k,
        )
        .await;
        assert_eq!(res.finished.len(), 1);
        assert_eq!(res.skipped, vec!["b".to_owned(), "c".to_owned()]);
    }
}
