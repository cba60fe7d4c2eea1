//! Synth benchmarks (divan): generic apps of 100, 1,000 and 10,000 resources spread over
//! legal stacks (cross-stack references, dependencies and tags, so every phase runs), and
//! the example clusters. Building the tree and synthesizing it are measured apart.
//!
//! `cargo bench -p zimbra-constructs --bench synth` times them; CI runs them once each as a
//! smoke test with `cargo bench -p zimbra-constructs --bench synth -- --test`.

#![allow(missing_docs)]

#[path = "../../examples/all.rs"]
mod programs;

use programs::{generic, large, reference, scaled, single_server, two_az};

use divan::Bencher;
use zimbra_constructs::{App, Assembly, SynthOptions};

fn main() {
    divan::main();
}

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn generic_app(n: usize) -> App {
    generic::build_n(n).unwrap_or_else(|e| panic!("generic app of {n}: {e}"))
}

fn synth(app: &App) -> Assembly {
    app.synth(&SynthOptions::default())
        .unwrap_or_else(|e| panic!("synth: {e}"))
}

type Build = fn() -> Result<App, Box<dyn std::error::Error>>;

fn cluster(name: &str) -> App {
    let build: Build = match name {
        "reference" => reference::build,
        "single_server" => single_server::build,
        "two_az" => two_az::build,
        "large" => large::build,
        "scaled_3x40" => || scaled::build_scaled(3, 40),
        other => panic!("no example {other}"),
    };
    build().unwrap_or_else(|e| panic!("{name}: {e}"))
}

const CLUSTERS: [&str; 5] = [
    "single_server",
    "two_az",
    "reference",
    "large",
    "scaled_3x40",
];

/// Building the construct tree of a generic app.
#[divan::bench(args = SIZES, sample_count = 20)]
fn generic_build(n: usize) -> App {
    generic_app(n)
}

/// Synthesizing a generic app (all phases, one serialization per template).
#[divan::bench(args = SIZES, sample_count = 20)]
fn generic_synth(bencher: Bencher, n: usize) {
    let app = generic_app(n);
    let assembly = synth(&app);
    let resources: usize = assembly.stacks.iter().map(|s| s.resource_count).sum();
    assert_eq!(resources, n);
    bencher.bench_local(|| synth(divan::black_box(&app)));
}

/// Building and synthesizing an example cluster.
#[divan::bench(args = CLUSTERS, sample_count = 20)]
fn cluster_build_and_synth(name: &str) -> Assembly {
    synth(&cluster(name))
}

/// Synthesizing an example cluster already built.
#[divan::bench(args = CLUSTERS, sample_count = 20)]
fn cluster_synth(bencher: Bencher, name: &str) {
    let app = cluster(name);
    bencher.bench_local(|| synth(divan::black_box(&app)));
}
