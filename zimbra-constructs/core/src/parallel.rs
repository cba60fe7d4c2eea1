//! Independent work shared by this thread and one more, with the results in input order:
//! synthesis renders stacks and runs rules this way, the Zimbra layer its servers' texts.
//! Each thread takes the next item not yet taken, so uneven items still balance, and the
//! result never depends on how the work fell.
//!
//! The other thread is one helper for the whole process, not a thread spawned per phase: on
//! the 2-core VMs we measure on, a thread spawned while its parent keeps running started 0.2
//! to 5 ms later (median 2.3 ms, 40 spawns), as long as a phase, while a parked thread woke
//! in 1 to 6 µs. It starts when first needed, not with the process: glibc's malloc takes no
//! locks while a process has a single thread, and a helper started up front made a
//! 10,000-resource synth, which has no phase for it, 20% slower. The helper is a one-thread
//! `rayon_core` pool, whose scopes let it borrow the caller's data as `std::thread::scope`
//! did. One caller has it at a time: a caller that finds it taken (another thread's synth, or
//! a phase nested in one whose helper part waits for it) does the work alone rather than wait
//! in its queue.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock, PoisonError};

use rayon_core::{ThreadPool, ThreadPoolBuilder};

/// The helper, started on the first call: one worker thread, its heap reserved when it
/// starts. `None` when no thread could be started; then everything runs on the calling
/// thread.
fn helper() -> Option<&'static ThreadPool> {
    static HELPER: OnceLock<Option<ThreadPool>> = OnceLock::new();
    HELPER
        .get_or_init(|| {
            ThreadPoolBuilder::new()
                .num_threads(1)
                .thread_name(|_| "zc-helper".to_owned())
                .start_handler(|_| crate::heap::reserve())
                // A panic in background work was reported by the panic hook; the process
                // goes on (rayon's default is to abort).
                .panic_handler(|_| {})
                .build()
                .ok()
        })
        .as_ref()
}

/// Whether some caller has the helper ([`claim_helper`]).
static HELPER_TAKEN: AtomicBool = AtomicBool::new(false);

/// The helper for this caller alone until the claim is dropped; `None` when another caller
/// has it or there is none.
fn claim_helper() -> Option<Claim> {
    let pool = helper()?;
    HELPER_TAKEN
        .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
        .ok()?;
    Some(Claim(pool))
}

/// A caller's hold on the helper, released when dropped (also when unwinding).
struct Claim(&'static ThreadPool);

impl Drop for Claim {
    fn drop(&mut self) {
        HELPER_TAKEN.store(false, Ordering::Release);
    }
}

/// Runs `work` on the helper and returns at once; on this thread, before returning, when
/// there is no helper. For work that waits for nothing and that nothing waits for, such as
/// freeing large values: it takes no claim, so it may run after the part of a caller that
/// has the helper, or before it (which then starts later), never instead of it.
pub fn in_background(work: impl FnOnce() + Send + 'static) {
    match helper() {
        Some(pool) => pool.spawn(work),
        None => work(),
    }
}

/// `each` over `items` on this thread and the helper, which first runs `side` (work of
/// another kind that can go beside, such as writing files) before it takes items. Returns the
/// results in item order and what `side` returned. A panic on either thread reaches the
/// caller once both have stopped taking items. Fewer than two items, or a helper another
/// caller has, and all of it runs here, `side` first.
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
    // Held until this returns.
    let claim = if items.len() < 2 {
        None
    } else {
        claim_helper()
    };
    let Some(Claim(pool)) = claim.as_ref() else {
        // Nothing to share, or no helper to share it with: all here.
        let side_result = side();
        return (items.iter().map(each).collect(), side_result);
    };
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
    let helper_done = Slot::default();
    // The scope returns once the helper's part has run, and re-raises a panic of either part.
    let mut done = pool.in_place_scope(|scope| {
        scope.spawn(|_| {
            let side_result = side();
            helper_done.put((take(), side_result));
        });
        take()
    });
    let (theirs, side_result) = helper_done
        .take()
        .expect("the helper's part ran: the scope waited for it");
    done.extend(theirs);
    done.sort_unstable_by_key(|(i, _)| *i);
    (done.into_iter().map(|(_, u)| u).collect(), side_result)
}

/// `each` over the items `produce` yields: on the helper while `produce` still runs on
/// this thread, then on both once it has returned. For work that can start before all of it
/// is known (a cluster's texts while its servers are still being added). Returns what
/// `produce` returned and, in the order the items were yielded, each item with its result. A
/// panic on either thread reaches the caller once both have stopped. The helper starts with
/// the second item: a single item runs here, and so does everything while another caller has
/// the helper.
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
    let helper_done = Slot::default();
    let produce_and_take = |start_helper: &dyn Fn()| {
        let produced = {
            // Marks the end of the items however `produce` ends, so the helper never waits on.
            let _end = EndOnDrop(&queue);
            let mut yielded = 0;
            produce(&mut |item| {
                queue.push(yielded, item);
                yielded += 1;
                if yielded == 2 {
                    start_helper();
                }
            })
        };
        (produced, take())
    };
    // The scope returns once the helper's part has run, and re-raises a panic of either part.
    let claim = claim_helper();
    let (produced, mut done) = match claim.as_ref() {
        Some(Claim(pool)) => pool
            .in_place_scope(|scope| produce_and_take(&|| scope.spawn(|_| helper_done.put(take())))),
        None => produce_and_take(&|| {}),
    };
    done.extend(helper_done.take().unwrap_or_default());
    done.sort_unstable_by_key(|(i, _, _)| *i);
    (produced, done.into_iter().map(|(_, t, u)| (t, u)).collect())
}

/// What the helper's part of a scope hands back to the caller.
struct Slot<T>(Mutex<Option<T>>);

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot(Mutex::new(None))
    }
}

impl<T> Slot<T> {
    fn put(&self, value: T) {
        // Nothing runs under the lock that could panic half way.
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(value);
    }

    fn take(self) -> Option<T> {
        self.0.into_inner().unwrap_or_else(PoisonError::into_inner)
    }
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

    /// A phase started while the producer runs (its helper part waiting for the next item)
    /// does its work alone instead of waiting for the helper, which would never come.
    #[test]
    fn a_phase_nested_in_a_producer_does_not_wait_for_the_busy_helper() {
        let (sent, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let (sums, out) = map_while_producing(
                |sink| {
                    let mut sums = Vec::new();
                    for n in 0..6u64 {
                        sink(n);
                        let items: Vec<u64> = (0..=n).collect();
                        let (doubled, ()) = map_on_two_threads(&items, || (), |i| i * 2);
                        sums.push(doubled.iter().sum::<u64>());
                    }
                    sums
                },
                |n| n + 1,
            );
            let _ = sent.send((sums, out));
        });
        let (sums, out) = finished
            .recv_timeout(Duration::from_secs(20))
            .expect("the nested phase finished instead of waiting for the helper");
        assert_eq!(sums, vec![0, 2, 6, 12, 20, 30]);
        assert_eq!(out, (0..6).map(|n| (n, n + 1)).collect::<Vec<_>>());
    }

    /// Background work runs on the helper, and a panic in it does not end the process.
    #[test]
    fn background_work_runs_and_its_panic_stays_there() {
        in_background(|| panic!("background broke"));
        let (sent, ran) = std::sync::mpsc::channel();
        in_background(move || {
            let _ = sent.send(std::thread::current().name().map(str::to_owned));
        });
        let on = ran
            .recv_timeout(Duration::from_secs(20))
            .expect("the background work ran after the one that panicked");
        assert_eq!(on.as_deref(), Some("zc-helper"));
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
