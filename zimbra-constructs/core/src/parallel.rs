//! Independent work shared by this thread and one more, with the results in input order:
//! synthesis renders stacks and runs rules this way, the Zimbra layer its servers' texts.
//! Each thread takes the next item not yet taken, so uneven items still balance, and the
//! result never depends on how the work fell.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// `each` over `items` on this thread and a scoped helper, which first runs `side` (work of
/// another kind that can go beside, such as writing files) before it takes items. Returns the
/// results in item order and what `side` returned. A panic on either thread reaches the
/// caller once both have stopped taking items. Fewer than two items run here, `side` first.
pub fn map_on_two_threads<T, U, S>(
    items: &[T],
    side: impl FnOnce() -> S + Send,
    each: impl Fn(&T) -> U + Sync,
) -> (Vec<U>, S)
where
    T: Sync,
    U: Send,
    S: Send,
{
    if items.len() < 2 {
        // Nothing to share: no thread.
        let side_result = side();
        return (items.iter().map(each).collect(), side_result);
    }
    let next = AtomicUsize::new(0);
    let take = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, each(item)));
        }
    };
    let (mut done, side_result) = std::thread::scope(|scope| {
        let helper = scope.spawn(|| {
            crate::heap::reserve();
            let side_result = side();
            (take(), side_result)
        });
        let mut done = take();
        let (theirs, side_result) = helper
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        done.extend(theirs);
        (done, side_result)
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    (done.into_iter().map(|(_, u)| u).collect(), side_result)
}

/// `each` over the items `produce` yields: on a scoped helper while `produce` still runs on
/// this thread, then on both once it has returned. For work that can start before all of it
/// is known (a cluster's texts while its servers are still being added). Returns what
/// `produce` returned and, in the order the items were yielded, each item with its result. A
/// panic on either thread reaches the caller once both have stopped. The helper starts with
/// the second item: a single item runs here.
pub fn map_while_producing<T, U, R>(
    produce: impl FnOnce(&mut dyn FnMut(T)) -> R,
    each: impl Fn(&T) -> U + Sync,
) -> (R, Vec<(T, U)>)
where
    T: Send,
    U: Send,
{
    let queue = Queue {
        state: Mutex::new(Waiting {
            items: VecDeque::new(),
            done: false,
        }),
        ready: Condvar::new(),
    };
    let take = || {
        let mut done = Vec::new();
        while let Some((i, item)) = queue.next() {
            let result = each(&item);
            done.push((i, item, result));
        }
        done
    };
    let (produced, mut done) = std::thread::scope(|scope| {
        let mut helper = None;
        let produced = {
            // Marks the end of the items however `produce` ends, so the helper never waits on.
            let _end = EndOnDrop(&queue);
            let mut yielded = 0;
            produce(&mut |item| {
                queue.push(yielded, item);
                yielded += 1;
                if yielded == 2 {
                    helper = Some(scope.spawn(|| {
                        crate::heap::reserve();
                        take()
                    }));
                }
            })
        };
        let mut done = take();
        if let Some(helper) = helper {
            let theirs = helper
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            done.extend(theirs);
        }
        (produced, done)
    });
    done.sort_unstable_by_key(|(i, _, _)| *i);
    (produced, done.into_iter().map(|(_, t, u)| (t, u)).collect())
}

/// The items of [`map_while_producing`] not taken yet, by the order they were yielded.
struct Queue<T> {
    state: Mutex<Waiting<T>>,
    ready: Condvar,
}

struct Waiting<T> {
    items: VecDeque<(usize, T)>,
    /// No item will be added.
    done: bool,
}

impl<T> Queue<T> {
    fn lock(&self) -> MutexGuard<'_, Waiting<T>> {
        // Nothing runs under the lock that could panic half way.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn push(&self, i: usize, item: T) {
        self.lock().items.push_back((i, item));
        self.ready.notify_one();
    }

    /// The next item, waiting for one while more may come; `None` once all are taken.
    fn next(&self) -> Option<(usize, T)> {
        let mut state = self.lock();
        loop {
            if let Some(item) = state.items.pop_front() {
                return Some(item);
            }
            if state.done {
                return None;
            }
            state = self
                .ready
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

struct EndOnDrop<'a, T>(&'a Queue<T>);

impl<T> Drop for EndOnDrop<'_, T> {
    fn drop(&mut self) {
        self.0.lock().done = true;
        self.0.ready.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// Uneven items (every third slow) come back in input order, with `side`'s result.
    #[test]
    fn results_are_in_item_order_whoever_took_them() {
        let items: Vec<u64> = (0..40).collect();
        for _ in 0..5 {
            let (out, side) = map_on_two_threads(
                &items,
                || "side ran",
                |n| {
                    if n % 3 == 0 {
                        std::thread::sleep(Duration::from_micros(300));
                    }
                    n * 10
                },
            );
            assert_eq!(out, items.iter().map(|n| n * 10).collect::<Vec<_>>());
            assert_eq!(side, "side ran");
        }
    }

    /// A panic in `side` or in any item, on either thread, reaches the caller.
    #[test]
    fn a_panic_on_either_thread_reaches_the_caller() {
        let items: Vec<u32> = (0..8).collect();
        let message = |result: std::thread::Result<(Vec<u32>, ())>| {
            let panic = result.expect_err("the panic reaches the caller");
            panic.downcast_ref::<String>().cloned().unwrap_or_default()
        };
        for at in [0, 7] {
            let result = std::panic::catch_unwind(|| {
                map_on_two_threads(
                    &items,
                    || (),
                    |n| {
                        assert!(*n != at, "item {at} broke");
                        *n
                    },
                )
            });
            assert_eq!(message(result), format!("item {at} broke"));
        }
        let result = std::panic::catch_unwind(|| {
            map_on_two_threads(&items, || panic!("{}", "side broke"), |n| *n)
        });
        assert_eq!(message(result), "side broke");
    }

    /// Items yielded over time (the producer slow on every fourth) come back in yield order
    /// with their results, beside what the producer returned; one item or none spawn nothing.
    #[test]
    fn mapping_while_producing_keeps_the_yield_order() {
        for _ in 0..5 {
            let (produced, out) = map_while_producing(
                |sink| {
                    for n in 0..30u64 {
                        if n % 4 == 0 {
                            std::thread::sleep(Duration::from_micros(200));
                        }
                        sink(n);
                    }
                    "produced"
                },
                |n| {
                    if n % 3 == 0 {
                        std::thread::sleep(Duration::from_micros(300));
                    }
                    (n * 10, std::thread::current().id())
                },
            );
            assert_eq!(produced, "produced");
            let items: Vec<u64> = out.iter().map(|(n, _)| *n).collect();
            assert_eq!(items, (0..30).collect::<Vec<_>>());
            assert!(out.iter().all(|(n, (r, _))| *r == n * 10));
        }
        let here = std::thread::current().id();
        let (_, one) = map_while_producing(|sink| sink(7), |n| (*n, std::thread::current().id()));
        assert_eq!(one, vec![(7, (7, here))]);
        let ((), none) = map_while_producing(|_| (), |n: &u8| *n);
        assert!(none.is_empty());
    }

    /// A panic in the producer or in an item reaches the caller, and nothing waits forever.
    #[test]
    fn a_panic_while_producing_or_mapping_reaches_the_caller() {
        let message = |result: std::thread::Result<((), Vec<(u32, u32)>)>| {
            let panic = result.expect_err("the panic reaches the caller");
            panic.downcast_ref::<String>().cloned().unwrap_or_default()
        };
        let result = std::panic::catch_unwind(|| {
            map_while_producing(
                |sink| {
                    (0..5).for_each(&mut *sink);
                    panic!("{}", "producer broke");
                },
                |n| *n,
            )
        });
        assert_eq!(message(result), "producer broke");
        for at in [0, 9] {
            let result = std::panic::catch_unwind(|| {
                map_while_producing(
                    |sink| (0..10).for_each(&mut *sink),
                    |n| {
                        assert!(*n != at, "item {at} broke");
                        *n
                    },
                )
            });
            assert_eq!(message(result), format!("item {at} broke"));
        }
    }
}
