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
# shellcheck checks every generated bootstrap script (tests/userdata.rs); Debian has it.
install_shellcheck() {
  command -v shellcheck >/dev/null && return 0
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && apt-get install -y -qq shellcheck) >/dev/null
  else
    echo "shellcheck is missing and this is not root: install it (apt-get install shellcheck)"
    return 1
  fi
}
step "install shellcheck" install_shellcheck
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy -D warnings" cargo clippy --workspace --all-targets -- -D warnings
step "synth-only build without the AWS SDK" cargo build --quiet -p zimbra-constructs --no-default-features
step "cargo test" cargo test --workspace
step "benchmarks run once each (smoke test, not timed)" cargo bench --quiet -p zimbra-constructs --no-default-features --bench synth -- --test
step "generated resource types match the schemas" zimbra-constructs/codegen/generate.sh --check
step "cfn-lint on every example" tests/scripts/cfn-lint.sh
step "synth is byte-for-byte deterministic" tests/scripts/determinism.sh
step "moto launcher patches" tests/moto/run.sh
echo
echo "ci steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
