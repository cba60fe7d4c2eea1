# shellcheck shell=bash
# Sourced by run.sh and start.sh: make sure <repo>/.venv-moto exists and has
# requirements.txt (+ pytest) installed. Re-installs when requirements.txt
# changes (its hash is kept in the venv).
MOTO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$MOTO_DIR/../.." && pwd)"
VENV="$REPO_DIR/.venv-moto"
PYTHON="${PYTHON:-python3}"
PYTEST_PIN="pytest==9.2.0"

ensure_venv() {
    if [ ! -x "$VENV/bin/python" ] || [ ! -x "$VENV/bin/pip" ]; then
        "$PYTHON" -m venv --clear "$VENV"
        rm -f "$VENV/.zc-requirements"
    fi
    local want
    want="$(sha256sum < "$MOTO_DIR/requirements.txt" | cut -d' ' -f1)-$PYTEST_PIN"
    if [ "$(cat "$VENV/.zc-requirements" 2>/dev/null)" != "$want" ]; then
        "$VENV/bin/pip" install --disable-pip-version-check -q -r "$MOTO_DIR/requirements.txt" "$PYTEST_PIN"
        echo "$want" > "$VENV/.zc-requirements"
    fi
}
