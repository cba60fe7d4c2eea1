//! Independent work shared by this thread and one more, with the results in input order:
//! synthesis renders stacks and runs rules this way, the Zimbra layer its servers' texts.
//! Each thread takes the next item not yet taken, so uneven items still balance, and the
//! result never depends on how the work fell.

use std::sync::atomic::{AtomicUsize, Ordering};

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
}
