#!/usr/bin/env bash
# Synthesizes every example twice, in separate processes and directories, and compares the
# bytes of every file.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
. tests/scripts/examples.sh
a=target/determinism/a
b=target/determinism/b
rm -rf target/determinism
for dir in "$a" "$b"; do
  for ex in "${EXAMPLES[@]}"; do
    synth_example "$ex" "$dir/$ex"
  done
done
diff -r "$a" "$b"
echo "determinism: $(find "$a" -type f | wc -l) files identical across two runs"
