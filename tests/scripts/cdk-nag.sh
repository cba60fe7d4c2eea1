#!/usr/bin/env bash
# Runs cdk-nag's AwsSolutions pack over every example's synthesized templates: each template
# is included with CfnInclude into a small CDK app (tests/cdk-nag/app.js). The pinned npm
# packages (tests/cdk-nag/package.json and its lock: aws-cdk-lib, constructs, cdk-nag 2.x) are
# installed with `npm ci` into .cdk-nag/ inside the checkout. Fails on any finding that the
# templates do not suppress; suppressions come from the constructs, each with its reason, in
# the resources' Metadata.cdk_nag.rules_to_suppress (see zimbra-constructs/core/src/external.rs).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
. tests/scripts/examples.sh
tools=.cdk-nag
out=${1:-target/cdk-nag}
# Reinstall when the lock changes (its hash is kept beside the packages).
want=$(sha256sum tests/cdk-nag/package-lock.json | cut -d' ' -f1)
if [ "$(cat "$tools/.zc-lock" 2>/dev/null)" != "$want" ]; then
  echo "== installing the pinned cdk-nag packages into $tools"
  rm -rf "$tools"
  mkdir -p "$tools"
  cp tests/cdk-nag/package.json tests/cdk-nag/package-lock.json "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$tools/.zc-lock"
fi
rm -rf "$out"
dirs=()
for ex in "${EXAMPLES[@]}"; do
  synth_example "$ex" "$out/in/$ex"
  dirs+=("$out/in/$ex")
done
# CDK_VALIDATION=false: aws-cdk-lib's own cfn-lint pass; cfn-lint runs in its own CI step.
start=$(date +%s)
status=0
CDK_VALIDATION=false NODE_PATH="$repo/$tools/node_modules" \
  node tests/cdk-nag/app.js "$out/nag" "${dirs[@]}" || status=$?
echo "cdk-nag took $(( $(date +%s) - start )) s"
exit $status
