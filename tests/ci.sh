#!/usr/bin/env bash
# The whole test suite, as `.ci/run` and the README run it. Installs what it needs inside the
# checkout (Python venvs for cfn-lint, checkov and moto, npm packages for cdk-nag) and caches
# nothing outside it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
# CI builds each profile once: incremental caches would only cost disk (gigabytes with the SDK).
export CARGO_INCREMENTAL=0
echo "disk at start: $(df -h . | awk 'NR == 2 { print $4 " free" }')"
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
# The shellcheck tool checks every generated bootstrap script (zimbra-constructs/zimbra/src/userdata/tests.rs); Debian has it.
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
step "shellcheck the test and build scripts" shellcheck -x .ci/run tests/ci.sh tests/scripts/*.sh \
  tests/moto/*.sh tests/bench/*.sh tests/rehearsal/*.sh zimbra-constructs/codegen/*.sh
# The servers' bootstrap, file by file (the library and the per-server sections, templates
# with @NAME@ placeholders); cargo test checks every assembled script the same way and runs
# them in the rehearsal (tests/it/rehearsal.rs).
bootstrap_lint() {
  local f
  for f in zimbra-constructs/zimbra/bootstrap/*.sh; do bash -n "$f" || return 1; done
  shellcheck -s bash zimbra-constructs/zimbra/bootstrap/*.sh
}
step "bash -n and shellcheck the bootstrap scripts" bootstrap_lint
step "cargo fmt --check" cargo fmt --all -- --check
# The root package is synth-only by default; `e2e` (which includes `deploy`) turns on every test.
step "cargo clippy -D warnings" cargo clippy --workspace --all-targets --features zimbra-reference/e2e -- -D warnings
step "cargo-deny: advisories (offline snapshot), licences, duplicate versions, sources" tests/scripts/cargo-deny.sh
step "synth-only build without the AWS SDK" cargo build --quiet -p zimbra-constructs --no-default-features
# The synth-only command line hands deploy, diff, destroy and context refresh to the build with
# the engine (zimbra-constructs/cli/src/handoff.rs); the moto step below runs one for real.
step "synth-only command line: clippy and tests (the deploy handoff)" sh -c \
  'cargo clippy --quiet -p zimbra-constructs-cli --all-targets --no-default-features -- -D warnings && cargo test --quiet -p zimbra-constructs-cli --no-default-features'

# Without moto: the moto end-to-end tests skip here (with a notice); the stage below runs them.
step "cargo test" env -u ZC_MOTO_ENDPOINT cargo test --workspace --no-fail-fast --features zimbra-reference/e2e
step "benchmarks run once each (smoke test, not timed)" cargo bench --quiet -p zimbra-constructs --no-default-features --bench synth -- --test
step "generated resource types match the schemas" zimbra-constructs/codegen/generate.sh --check
step "cfn-lint on every example" tests/scripts/cfn-lint.sh
step "check and checkov on every example" tests/scripts/checkov.sh
step "cdk-nag AwsSolutions on every example" tests/scripts/cdk-nag.sh
step "synth is byte-for-byte deterministic" tests/scripts/determinism.sh
step "moto launcher patches" tests/moto/run.sh

# Deploy, diff and destroy on a patched moto server: the library's small apps and the 11-stack
# reference cluster. Fails when a test skips instead of running (its notice in the output).
moto_e2e() (  # a subshell: its variables and EXIT trap stay inside
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pidfile=$(mktemp -u "${TMPDIR:-/tmp}/zc-ci-moto.XXXXXX.pid")
  log=$(mktemp "${TMPDIR:-/tmp}/zc-ci-moto-e2e.XXXXXX.log")
  trap 'if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi; rm -f "$log" "$pidfile.log"' EXIT
  # `step` runs this inside `if`, where `set -e` does not apply: every failure returns by hand.
  ZC_MOTO_ENDPOINT=$(tests/moto/start.sh "$port" "$pidfile") || return 1
  export ZC_MOTO_ENDPOINT
  echo "moto on $ZC_MOTO_ENDPOINT"
  # The five tests whose names end in `_on_moto` (tests/it/): deploy_reference, ami_moto and lifecycle_moto need
  # feature e2e (the EC2, ELBv2, Route 53 and SSM SDKs to read the cluster back); --workspace --tests as in the
  # `cargo test` step, so the library is not rebuilt with other features.
  cargo test --workspace --tests --features zimbra-reference/e2e -- _on_moto \
    2>&1 | tee "$log" || return 1
  if grep -q "skipping the moto end-to-end test" "$log"; then
    echo "a moto end-to-end test skipped although ZC_MOTO_ENDPOINT is set"
    return 1
  fi
  # Each must have run and passed: a filter that matches nothing, or one test only, fails here.
  [ "$(grep -cE '^test [a-z0-9_:]+_on_moto \.\.\. ok$' "$log")" -eq 5 ] \
    || { echo "expected 5 moto end-to-end tests (small_apps_on_moto, deploy_faults_on_moto, reference_cluster_on_moto, pinned_ami_on_moto, day2_lifecycle_on_moto) to pass"; return 1; }
  # A fresh clone's `cargo run` is synth-only: its `diff` must hand off to the build with the
  # deploy engine and compare the 11 reference stacks with what the moto account holds.
  AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-2 \
    cargo run --quiet -- diff --endpoint-url "$ZC_MOTO_ENDPOINT" >"$log" 2>&1 || { cat "$log"; return 1; }
  if ! grep -q 'needs the deploy engine' "$log" || ! grep -qE '^[0-9]+ of 11 stack\(s\) differ' "$log"; then
    cat "$log"; echo "cargo run -- diff did not hand off to the deploy build and compare the 11 stacks"; return 1
  fi
  echo "cargo run -- diff (synth-only build) handed off and compared the 11 stacks"
)
step "moto end-to-end: deploy, diff, destroy (small apps, reference cluster)" moto_e2e
echo
# What the run left on disk: a machine with little free space is the first thing to rule out.
echo "disk: target $(du -sh target 2>/dev/null | cut -f1), venvs $(du -shc .venv* 2>/dev/null | tail -1 | cut -f1); $(df -h . | awk 'NR == 2 { print $4 " free" }')"
echo "ci steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
