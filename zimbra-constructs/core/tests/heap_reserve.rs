//! `heap::reserve` on the main thread, as the CLI calls it before building the app: under
//! glibc the main heap (`[heap]` in /proc/self/maps) is at least `RESERVE` bytes afterwards,
//! and was not before, so the space came from the heap in one step rather than from a
//! mapping of its own (which would leave the heap to grow 128 KiB at a time). No test harness:
//! its threads would be the ones allocating, from heaps of their own.

use zimbra_constructs_core::heap::{reserve, RESERVE};

fn main() {
    if !cfg!(all(target_os = "linux", target_env = "gnu")) {
        println!("heap_reserve: skipped (glibc on Linux only)");
        return;
    }
    let before = main_heap();
    reserve();
    let after = main_heap();
    assert!(
        before < RESERVE,
        "[heap] was {before} bytes before reserving"
    );
    assert!(
        after >= RESERVE,
        "[heap] is {after} bytes after reserving, less than {RESERVE}"
    );
    // The space stays usable: a block of nearly all of it comes from the heap too.
    let block = std::hint::black_box(vec![1u8; RESERVE / 2]);
    assert_eq!(
        main_heap(),
        after,
        "the heap grew again for a block it had room for"
    );
    drop(block);
    println!("heap_reserve: [heap] {before} -> {after} bytes: ok");
}

/// Bytes of the main heap's mapping.
fn main_heap() -> usize {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
    maps.lines()
        .filter(|line| line.ends_with("[heap]"))
        .filter_map(|line| {
            let (start, end) = line.split_once(' ')?.0.split_once('-')?;
            Some(usize::from_str_radix(end, 16).ok()? - usize::from_str_radix(start, 16).ok()?)
        })
        .sum()
}
