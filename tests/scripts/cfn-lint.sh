#!/usr/bin/env bash
# Synthesizes every example (the reference also as YAML), plus a fixed seeded sample of the property tests' random
# clusters, and runs the pinned cfn-lint on each template, with the stack's own region from
# manifest.json. Fails on any error; warnings are allowed only for the rules listed (with the
# reason) in tests/scripts/cfn-lint-ignore.txt.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
. tests/scripts/venv.sh
. tests/scripts/examples.sh
ensure_venv .venv cfn-lint==1.58.0
out=${1:-target/synth}
rm -rf "$out"
examples=("${EXAMPLES[@]}")
for ex in "${examples[@]}"; do
  synth_example "$ex" "$out/$ex"
done
# Five seeded random clusters from tests/it/properties.rs.
ZC_PROPTEST_SAMPLE_DIR="$repo/$out/proptest" \
  cargo test --quiet -p zimbra-reference --test it -- --exact properties::a_fixed_sample_is_written_for_cfn_lint
for sample in "$out"/proptest/sample-*; do
  examples+=("proptest/$(basename "$sample")")
done
ignore=$(grep -v '^#' tests/scripts/cfn-lint-ignore.txt | cut -d' ' -f1 | paste -sd, -)
status=0
# One cfn-lint process per example (its stacks share a region): start-up dominates its time.
for ex in "${examples[@]}"; do
  region=$(.venv/bin/python -c 'import json,sys; print(json.load(open(sys.argv[1]))["stacks"][0]["region"])' "$out/$ex/manifest.json")
  if ! .venv/bin/cfn-lint --regions "$region" ${ignore:+--ignore-checks "$ignore"} -- "$out/$ex"/*.template.json; then
    status=1
  fi
done
# The YAML form of the reference cluster: linted too, and read by cfn-lint exactly as the JSON.
cargo run --quiet --release --no-default-features -- synth --out "$out/reference-yaml" --format yaml --quiet
if ! .venv/bin/cfn-lint --regions us-east-2 ${ignore:+--ignore-checks "$ignore"} -- "$out/reference-yaml"/*.template.yaml; then
  status=1
fi
.venv/bin/python tests/scripts/yaml_matches_json.py "$out/reference" "$out/reference-yaml" || status=1
count=$(find "$out" -name '*.template.json' -o -name '*.template.yaml' | wc -l)
if [ $status -eq 0 ]; then
  echo "cfn-lint: $count templates, no errors or unlisted warnings"
else
  echo "cfn-lint: findings above"
fi
exit $status
