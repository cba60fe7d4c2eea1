#!/usr/bin/env bash
# Start the patched moto server in the background and wait until it answers.
#   tests/moto/start.sh PORT PIDFILE
# Writes the server's PID to PIDFILE and its log to PIDFILE.log; prints the
# endpoint URL. Stop it with: kill "$(cat PIDFILE)"
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 PORT PIDFILE" >&2
    exit 2
fi
PORT="$1"
PIDFILE="$2"
# shellcheck source=tests/moto/_venv.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_venv.sh"
ensure_venv

LOG="$PIDFILE.log"
nohup "$VENV/bin/python" "$MOTO_DIR/launcher.py" --host 127.0.0.1 --port "$PORT" >"$LOG" 2>&1 </dev/null &
PID=$!
echo "$PID" > "$PIDFILE"

URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "moto launcher exited early; log follows:" >&2
        cat "$LOG" >&2
        rm -f "$PIDFILE"
        exit 1
    fi
    if "$VENV/bin/python" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + '/moto-api/data.json', timeout=2)" "$URL" 2>/dev/null; then
        echo "$URL"
        exit 0
    fi
    sleep 0.5
done
echo "moto launcher did not answer on $URL within 60s; log: $LOG" >&2
kill "$PID" 2>/dev/null || true
rm -f "$PIDFILE"
exit 1
