#!/usr/bin/env bash
# Synthesizes every example twice, in separate processes and directories, and compares the
# bytes of every file.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
a=target/determinism/a
b=target/determinism/b
rm -rf target/determinism
for dir in "$a" "$b"; do
  cargo run --quiet --release --no-default-features -- synth --out "$dir/reference" --quiet
  for ex in single_server two_az large; do
    cargo run --quiet --release --no-default-features --example "$ex" -- synth --out "$dir/$ex" --quiet
  done
done
diff -r "$a" "$b"
echo "determinism: $(find "$a" -type f | wc -l) files identical across two runs"
