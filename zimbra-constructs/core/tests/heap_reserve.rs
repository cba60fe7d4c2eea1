//! `heap::reserve` on the main thread, as the CLI calls it before building the app: under
//! glibc the main heap (`[heap]` in /proc/self/maps) is at least `RESERVE` bytes afterwards,
//! and was not before, so the space came from the heap in one step rather than from a
//! mapping of its own (which would leave the heap to grow 128 KiB at a time), and where the
//! kernel has transparent huge pages that space is advised into them; another thread's
//! reserve is not (its heap would cost peak RSS). No test harness: its threads would be the
//! ones allocating, from heaps of their own.

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
    // A helper thread's reserve, as `core::parallel`'s helpers make it, in its own heap.
    std::thread::spawn(reserve)
        .join()
        .expect("reserve on another thread");
    let (advised, elsewhere) = huge_page_advice();
    if huge_pages_available() {
        assert!(
            advised >= RESERVE - (2 << 20),
            "only {advised} bytes of [heap] are advised into huge pages (VmFlags hg)"
        );
    }
    assert_eq!(
        elsewhere, 0,
        "{elsewhere} bytes outside [heap] are advised into huge pages: another thread's heap?"
    );
    println!(
        "heap_reserve: [heap] {before} -> {after} bytes, {advised} advised into huge pages: ok"
    );
}

/// Bytes of the main heap's mapping.
fn main_heap() -> usize {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
    maps.lines()
        .filter(|line| line.ends_with("[heap]"))
        .filter_map(mapping_bytes)
        .sum()
}

/// The size of the mapping a /proc/self/maps or smaps header line describes.
fn mapping_bytes(line: &str) -> Option<usize> {
    let (start, end) = line.split_once(' ')?.0.split_once('-')?;
    Some(usize::from_str_radix(end, 16).ok()? - usize::from_str_radix(start, 16).ok()?)
}

/// Whether the kernel has transparent huge pages and honours advice for them.
fn huge_pages_available() -> bool {
    std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled")
        .is_ok_and(|mode| !mode.contains("[never]"))
}

/// Bytes whose mappings carry the huge-page advice (`hg` in /proc/self/smaps): of the main
/// heap, and of every other mapping.
fn huge_page_advice() -> (usize, usize) {
    let smaps = std::fs::read_to_string("/proc/self/smaps").expect("/proc/self/smaps");
    let (mut heap, mut elsewhere) = (0, 0);
    let mut mapping = None;
    for line in smaps.lines() {
        if let Some(flags) = line.strip_prefix("VmFlags:") {
            if let Some((bytes, is_heap)) =
                mapping.filter(|_| flags.split_whitespace().any(|flag| flag == "hg"))
            {
                *(if is_heap { &mut heap } else { &mut elsewhere }) += bytes;
            }
        } else if let Some(bytes) = mapping_bytes(line) {
            // A mapping's header line; its fields follow, VmFlags last.
            mapping = Some((bytes, line.ends_with("[heap]")));
        }
    }
    (heap, elsewhere)
}
