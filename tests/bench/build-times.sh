#!/usr/bin/env bash
# Cold build times of a cluster program, each in a new, empty target directory (removed
# afterwards); crates are fetched first so only compiling is timed.
#
#   tests/bench/build-times.sh [RUNS] [CASES...]      (default 3 runs; cases below)
#
# Cases: synth-dev, synth-release (the reference program with --no-default-features: no
# AWS SDK, what a synth-only cluster program builds), full-dev, full-release (with the
# `deploy` feature, what the first `cargo run -- deploy` builds). Prints the median and every run, with the load average, since
# other builds on the machine slow these down.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
RUNS=${1:-3}
shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(synth-dev synth-release full-dev full-release)
cargo fetch --quiet
echo "| build (cold, $(nproc) cores) | median s | runs s | load average at start |"
echo "|---|---:|---|---|"
for c in "${cases[@]}"; do
  flags=()
  case $c in
    synth-dev) flags=(--no-default-features) ;;
    synth-release) flags=(--no-default-features --release) ;;
    full-dev) flags=(--features deploy) ;;
    full-release) flags=(--features deploy --release) ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
  times=()
  loads=()
  for _ in $(seq "$RUNS"); do
    dir=$(mktemp -d /tmp/coldbuild-XXXXXX)
    loads+=("$(cut -d' ' -f1 /proc/loadavg)")
    start=$(date +%s.%N)
    CARGO_TARGET_DIR=$dir cargo build --quiet --offline --bin zimbra-reference "${flags[@]}"
    end=$(date +%s.%N)
    rm -rf "$dir"
    times+=("$(python3 -c "print(f'{$end - $start:.1f}')")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | python3 -c 'import sys,statistics; print(f"{statistics.median(float(l) for l in sys.stdin):.1f}")')
  echo "| $c (\`cargo build ${flags[*]}\`) | $median | ${times[*]} | ${loads[*]} |"
done
