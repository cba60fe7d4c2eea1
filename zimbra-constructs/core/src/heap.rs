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
//!
//! On Linux the first call's reserve (the main thread's, which the CLI makes before building
//! the app) is also advised into transparent huge pages (`MADV_HUGEPAGE`, what glibc's own
//! `glibc.malloc.hugetlb=1` tunable does, which can only be set before the process starts):
//! the kernel then fills it 2 MiB at a time, not 4 KiB per page fault. The helper threads'
//! heaps are not advised: a huge page is charged to RSS whole as soon as one byte of it is
//! touched, and advising theirs too took a 3 AZ x 40 synth's peak from 17.7 to 19.0-19.3 MiB
//! (medians of 10; up to 20.7, over its 20 MiB goal) for no time that 150 alternating runs
//! could tell apart (+0.8%, either faster in half of them). Where huge pages are off
//! (`never` in /sys/kernel/mm/transparent_hugepage/enabled) the advice has no effect.

use std::sync::atomic::{AtomicBool, Ordering};

/// Space set aside per thread heap: more than a 3 AZ x 40 synth's helper thread uses, and
/// small beside the 64 MiB of address space glibc reserves for each thread heap anyway.
pub const RESERVE: usize = 8 << 20;

/// Sets [`RESERVE`] bytes aside in the calling thread's heap; on the first call, advised into
/// huge pages. Cheap after the first call on a heap: the block is carved from space already
/// there.
pub fn reserve() {
    static FIRST_CALL_MADE: AtomicBool = AtomicBool::new(false);
    let first = !FIRST_CALL_MADE.swap(true, Ordering::Relaxed);
    if first {
        // Above the threshold: mapped, then unmapped, which lifts the threshold past RESERVE.
        allocate_and_free(RESERVE + (64 << 10), |_| {});
    }
    allocate_and_free(RESERVE, |block| {
        if first {
            advise_huge_pages(block.as_ptr(), RESERVE);
        }
    });
}

/// Allocates `bytes`, hands the block to `while_held`, then frees it.
fn allocate_and_free(bytes: usize, while_held: impl FnOnce(&Vec<u8>)) {
    // black_box: an allocation nothing reads may be removed by the optimizer.
    let block = std::hint::black_box(Vec::<u8>::with_capacity(bytes));
    while_held(&block);
    drop(block);
}

/// Marks the whole pages of `start..start + len` for transparent huge pages.
#[cfg(target_os = "linux")]
fn advise_huge_pages(start: *const u8, len: usize) {
    // SAFETY: sysconf only reads a system constant.
    let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) })
        .ok()
        .filter(|page| page.is_power_of_two())
        .unwrap_or(4096);
    let addr = start as usize;
    let first = addr.next_multiple_of(page);
    let end = (addr + len) & !(page - 1);
    if end > first {
        // SAFETY: the range lies inside the caller's block, which this thread owns, and
        // MADV_HUGEPAGE only marks the mapping: it neither changes nor frees its contents. It is
        // advice: a kernel without huge pages refuses it (EINVAL), and nothing changes.
        unsafe {
            libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge_pages(_start: *const u8, _len: usize) {}

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
