#!/usr/bin/env bash
# Deploy overhead: the time `deploy --yes` of the reference cluster spends beyond the
# server's own work, against the patched moto server (tests/moto/) with a request-timing
# wrapper (tests/bench/moto_timed.py).
#
#   tests/bench/deploy-overhead.sh [RUNS] [PORT]      (default 3 runs, port 5077)
#
# Each run resets moto, deploys every stack of the reference cluster (release build with the
# deploy engine, `--features deploy`), and reports: the deploy's whole-process wall time, the
# server's busy time (the union of all request-handling intervals: moto runs each change set
# inside its ExecuteChangeSet request), the overhead (wall - busy: process start, synth, SDK set-up,
# client work, polling sleeps, scheduling) and the requests per API action.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
RUNS=${1:-3}
PORT=${2:-5077}
source tests/moto/_venv.sh
ensure_venv
work=$(mktemp -d)
pidfile=$work/moto.pid
cleanup() {
  if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
nohup "$VENV/bin/python" tests/bench/moto_timed.py --host 127.0.0.1 --port "$PORT" >"$work/moto.log" 2>&1 </dev/null &
echo $! >"$pidfile"
url=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do
  curl -sf "$url/zc-bench/timings" >/dev/null 2>&1 && break
  sleep 0.5
done
target=${CARGO_TARGET_DIR:-$repo/target}
cargo build --quiet --release --features deploy --bin zimbra-reference
bin=$target/release/zimbra-reference
export AWS_ENDPOINT_URL=$url AWS_REGION=us-east-2 AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing
export AWS_EC2_METADATA_DISABLED=true
echo "| run | deploy wall s | server busy s | overhead s | requests | exit |"
echo "|---|---:|---:|---:|---:|---|"
for i in $(seq "$RUNS"); do
  curl -sf -X POST "$url/moto-api/reset" >/dev/null
  curl -sf -X POST "$url/zc-bench/reset" >/dev/null
  start=$(date +%s.%N)
  code=0
  (cd "$work" && "$bin" deploy --yes >"$work/deploy-$i.log" 2>&1) || code=$?
  end=$(date +%s.%N)
  curl -sf "$url/zc-bench/timings" >"$work/timings-$i.json"
  python3 - "$start" "$end" "$work/timings-$i.json" "$i" "$code" <<'PY'
import json, sys
start, end, path, run, code = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
t = json.load(open(path))
wall = end - start
busy = t["busy_union_s"]
print(f"| {run} | {wall:.2f} | {busy:.2f} | **{wall - busy:.2f}** | {t['requests']} | {code} |")
PY
done
echo
echo "Requests of the last run by action (count, server time):"
python3 - "$work/timings-$RUNS.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
print(", ".join(f"{a} {v['count']} ({v['sum_s']:.2f} s)" for a, v in t["by_action"].items()))
PY
grep -c "CREATE_COMPLETE" "$work/deploy-$RUNS.log" | sed 's/^/CREATE_COMPLETE events in the last deploy log: /' || true
if [ "$code" != 0 ]; then
  echo; echo "last deploy failed; its log:"; tail -20 "$work/deploy-$RUNS.log"
fi
