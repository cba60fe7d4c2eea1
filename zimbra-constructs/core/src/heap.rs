//! Heap space set aside before a synth allocates, so the heap does not grow a page at a time.
//!
//! glibc's malloc grows the main heap with a `brk` call per 128 KiB and each other thread's
//! heap with an `mprotect` call per page it needs. A 3 AZ x 40 synth made about 90 of the one
//! and 400 of the other, a twentieth of its run time. Allocating one large block and freeing
//! it leaves that space in the calling thread's heap for the small allocations that follow:
//! the first block of [`reserve`] is larger than glibc's mmap threshold, so it is mapped, and
//! freeing it raises the threshold to its size (mallopt(3), "dynamic mmap threshold") and the
//! trim threshold to twice that; the second block then comes from the heap, which keeps the
//! space when it is freed. Nothing is written into the blocks: they cost address space, and
//! peak RSS moved by under 0.5 MiB (3 AZ x 2 to 10,000 resources). Under other allocators this
//! is an allocation and a free.

use std::sync::atomic::{AtomicBool, Ordering};

/// Space set aside per thread heap: more than a 3 AZ x 40 synth's helper thread uses, and
/// small beside the 64 MiB of address space glibc reserves for each thread heap anyway.
pub const RESERVE: usize = 8 << 20;

/// Sets [`RESERVE`] bytes aside in the calling thread's heap. Cheap after the first call on a
/// heap: the block is carved from space already there.
pub fn reserve() {
    static THRESHOLD_RAISED: AtomicBool = AtomicBool::new(false);
    if !THRESHOLD_RAISED.swap(true, Ordering::Relaxed) {
        // Above the threshold: mapped, then unmapped, which lifts the threshold past RESERVE.
        allocate_and_free(RESERVE + (64 << 10));
    }
    allocate_and_free(RESERVE);
}

fn allocate_and_free(bytes: usize) {
    // black_box: an allocation nothing reads may be removed by the optimizer.
    drop(std::hint::black_box(Vec::<u8>::with_capacity(bytes)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reserving leaves the allocator working: blocks of every size around the threshold
    /// still allocate, hold what is written and free, on this thread and another.
    #[test]
    fn allocation_works_as_before_after_reserving() {
        reserve();
        let check = || {
            reserve();
            for size in [1, 4096, 128 << 10, RESERVE - 1, RESERVE + 1] {
                let mut block = vec![7u8; size];
                block[size - 1] = 9;
                let sevens = block.iter().filter(|b| **b == 7).count();
                assert_eq!((sevens, block[size - 1], block.len()), (size - 1, 9, size));
            }
        };
        check();
        std::thread::spawn(check)
            .join()
            .expect("the other thread allocates");
    }
}
