#!/usr/bin/env bash
# The whole test suite, as `.ci/run` and the README run it. Installs what it needs inside the
# checkout (Python venvs for cfn-lint, checkov and moto) and caches nothing outside it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
passed=0
failed=0
step() {
  local name=$1; shift
  echo
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "=== FAILED: $name"
    failed=$((failed + 1))
  fi
}
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy -D warnings" cargo clippy --workspace --all-targets -- -D warnings
step "synth-only build without the AWS SDK" cargo build --quiet -p zimbra-constructs --no-default-features
step "cargo test" cargo test --workspace
step "generated resource types match the schemas" zimbra-constructs/codegen/generate.sh --check
step "cfn-lint on every example" tests/scripts/cfn-lint.sh
step "check and checkov on every example" tests/scripts/checkov.sh
step "synth is byte-for-byte deterministic" tests/scripts/determinism.sh
step "moto launcher patches" tests/moto/run.sh
echo
echo "ci steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
