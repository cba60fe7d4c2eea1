#!/usr/bin/env bash
# Side-by-side synth measurements against the anchors (shared/anchors/: the same architecture
# as an AWS CDK app and a troposphere program), in one run, on this machine; the resource
# series (100 to 10,000) against the same generic app in troposphere (generic_troposphere.py).
#
#   tests/bench/compare.sh [RUNS]        (default 7; our cases run max(RUNS, 21) times)
#
# 1. Installs the anchors' tools with npm and pip into a scratch folder (TOOLS, default a new
#    temporary folder, removed at the end; pass TOOLS=DIR to keep and reuse one). Nothing is
#    written into the repository or into shared/: the anchor programs are copied there too.
# 2. Builds our release binaries (examples `scaled` and `generic`): the default build
#    (synth-only, no AWS SDK: what `cargo run -- synth` runs; the ratios and targets are for
#    it) and with the deploy engine (`--features deploy`, as `cargo run -- deploy` builds).
# 3. Runs every case once as a warm-up, then RUNS times, and prints a markdown table of
#    median whole-process wall time and peak RSS (GNU time, 3 more runs), resources and
#    bytes, with ratios, then the issue's targets (tests/bench/measure.py).
#
# Needs node (20+), npm, python3 (with venv) and cargo. ANCHORS overrides where the anchors are.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-7}
OURS_RUNS=$(( RUNS > 21 ? RUNS : 21 ))
ANCHORS=${ANCHORS:-$repo/../shared/anchors}
[ -f "$ANCHORS/cdk/app.js" ] || { echo "anchors not found at $ANCHORS (set ANCHORS)" >&2; exit 2; }
ANCHORS=$(cd "$ANCHORS" && pwd)
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq time >&2 || { apt-get update -qq && apt-get install -y -qq time >&2; }
  else
    echo "GNU time (/usr/bin/time) is needed for peak RSS: apt-get install time" >&2; exit 2
  fi
fi
for tool in node npm python3 cargo; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

work=$(mktemp -d)
if [ -z "${TOOLS:-}" ]; then
  TOOLS=$(mktemp -d)
  trap 'rm -rf "$work" "$TOOLS"' EXIT
else
  mkdir -p "$TOOLS"
  TOOLS=$(cd "$TOOLS" && pwd)
  trap 'rm -rf "$work"' EXIT
fi

echo "== tools into $TOOLS" >&2
if [ ! -x "$TOOLS/node_modules/.bin/cdk" ]; then
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    aws-cdk@2.1148.1 aws-cdk-lib@2.276.0 constructs@10.8.1 >&2
fi
if [ ! -x "$TOOLS/venv/bin/python" ] || ! "$TOOLS/venv/bin/python" -c 'import troposphere' 2>/dev/null; then
  python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install --disable-pip-version-check -q troposphere==4.11.1 >&2
fi
mkdir -p "$TOOLS/anchors"
cp -r "$ANCHORS/cdk" "$ANCHORS/troposphere" "$TOOLS/anchors/"
rm -rf "$TOOLS/anchors/cdk/cdk.out" "$TOOLS/anchors/cdk/node_modules"
chmod -R u+w "$TOOLS/anchors"

echo "== our release binaries" >&2
target=${CARGO_TARGET_DIR:-$repo/target}
cd "$repo"
for variant in full synth; do
  flags=(--features deploy)
  [ "$variant" = synth ] && flags=()
  cargo build --quiet --release "${flags[@]}" --example scaled --example generic
  mkdir -p "$work/bin-$variant"
  cp "$target/release/examples/scaled" "$target/release/examples/generic" "$work/bin-$variant/"
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$work" "$TOOLS" "$RUNS" "$OURS_RUNS" "$repo" >"$work/plan.json" <<'PY'
import json, sys
work, tools, runs, ours_runs, repo = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
node_env = {"NODE_PATH": f"{tools}/node_modules",
            "PATH": f"{tools}/node_modules/.bin:" + __import__("os").environ["PATH"]}
cases = []
def ours(group, label, variant, program, env, out):
    # "ours" (the ratios and targets) is the default build, what `cargo run -- synth` runs.
    cases.append({"group": group, "label": label, "tool": "ours" if variant == "synth" else "ours-deploy",
                  "env": env, "argv": [f"{work}/bin-{variant}/{program}", "synth", "--quiet", "--out", f"{work}/{out}"],
                  "assembly": f"{work}/{out}"})
for mb in (2, 40):
    group = f"3 AZ x {mb}"
    knobs = {"N_AZ": "3", "MAILBOX_PER_AZ": str(mb), "RESOURCE_LIMIT": "0"}
    ours(group, "ours: `scaled synth` (default build)", "synth", "scaled", knobs, f"ours-synth-{mb}")
    ours(group, "ours, built with the deploy engine", "full", "scaled", knobs, f"ours-{mb}")
    cases.append({"group": group, "label": "AWS CDK: `cdk synth --quiet`", "tool": "cdk",
                  "cwd": f"{tools}/anchors/cdk", "env": {**knobs, **node_env},
                  "argv": ["cdk", "synth", "--quiet", "-o", f"{work}/cdk-{mb}"],
                  "template": f"{work}/cdk-{mb}/ZimbraStack.template.json"})
    cases.append({"group": group, "label": "troposphere: `python zimbra.py`", "tool": "troposphere",
                  "cwd": f"{tools}/anchors/troposphere", "env": knobs,
                  "argv": [f"{tools}/venv/bin/python", "zimbra.py"], "template": "-"})
for n in (100, 1_000, 10_000):
    group = f"{n:,} resources"
    ours(group, "ours: `generic synth` (default build)", "synth", "generic", {"RESOURCES": str(n)}, f"generic-synth-{n}")
    ours(group, "ours, built with the deploy engine", "full", "generic", {"RESOURCES": str(n)}, f"generic-{n}")
    # The anchors stop at 3 AZ x 51: the same generic app, written with troposphere.
    cases.append({"group": group, "label": "troposphere: `python generic_troposphere.py`",
                  "tool": "troposphere", "env": {"RESOURCES": str(n)},
                  "argv": [f"{tools}/venv/bin/python", f"{repo}/tests/bench/generic_troposphere.py",
                           f"{work}/tropo-generic-{n}"],
                  "templates": f"{work}/tropo-generic-{n}"})
print(json.dumps({"work": work, "runs": runs, "ours_runs": ours_runs, "cases": cases}))
PY
# measure.py needs the plan's PATH for cdk: resolve it to an absolute path.
sed -i "s#\"argv\": \[\"cdk\"#\"argv\": [\"$TOOLS/node_modules/.bin/cdk\"#" "$work/plan.json"

echo "== measuring ($RUNS runs each, ours $OURS_RUNS; load before: $load_before)" >&2
python3 "$repo/tests/bench/measure.py" "$work/plan.json"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "$(nproc) cores, $(uname -m), node $(node --version), $("$TOOLS/venv/bin/python" --version 2>&1);" \
  "load average before $load_before, after $load_after; $RUNS runs (ours $OURS_RUNS) after a warm-up."
