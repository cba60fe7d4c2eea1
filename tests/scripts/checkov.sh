#!/usr/bin/env bash
# Runs `check` (the library's rule packs) on every example, then the pinned checkov, offline,
# on every example's synthesized templates. Fails on any error finding or failed checkov check;
# checks suppressed in a resource's Metadata.checkov.skip (each with a written reason, see
# `skip_checks` in zimbra-constructs/zimbra/src/checkov.rs) count as skipped.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
. tests/scripts/venv.sh
. tests/scripts/examples.sh
ensure_venv .venv-checkov checkov==3.3.30
out=${1:-target/checkov}
rm -rf "$out"
status=0
for ex in "${EXAMPLES[@]}"; do
  echo "== check: $ex"
  if [ "$ex" = reference ]; then
    cargo run --quiet --release --no-default-features -- check || status=1
  else
    cargo run --quiet --release --no-default-features --example "$ex" -- check || status=1
  fi
  synth_example "$ex" "$out/$ex"
done
totals=$out/totals.tsv
: > "$totals"
for ex in "${EXAMPLES[@]}"; do
  # --skip-download: no network (no guideline or policy download); JSON for the counts.
  .venv-checkov/bin/checkov --skip-download --framework cloudformation --quiet \
    -d "$out/$ex" -o json > "$out/$ex.checkov.json" || true
  .venv-checkov/bin/python - "$out/$ex.checkov.json" "$ex" >> "$totals" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
reports = data if isinstance(data, list) else [data]
p = f = s = e = 0
for r in reports:
    summary = r.get("summary", {})
    p += summary.get("passed", 0); f += summary.get("failed", 0)
    s += summary.get("skipped", 0); e += summary.get("parsing_errors", 0)
    for c in r.get("results", {}).get("failed_checks", []):
        print(f"FAILED {c['check_id']} {c['resource']} {c['file_path']}: {c['check_name']}", file=sys.stderr)
print(f"{sys.argv[2]}\t{p}\t{f}\t{s}\t{e}")
PY
done
echo "example	passed	failed	suppressed	parse-errors"
cat "$totals"
read -r passed failed skipped errors < <(awk '{p+=$2; f+=$3; s+=$4; e+=$5} END {print p, f, s, e}' "$totals")
echo "checkov: $passed passed, $failed failed, $skipped suppressed (with reasons), $errors parsing errors"
if [ "$failed" -ne 0 ] || [ "$errors" -ne 0 ]; then
  status=1
fi
exit $status
