#!/usr/bin/env bash
# Run the tests of the patched moto launcher: tests/moto/run.sh [pytest args]
set -euo pipefail
# shellcheck source=tests/moto/_venv.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_venv.sh"
ensure_venv
cd "$REPO_DIR"
export PYTHONDONTWRITEBYTECODE=1  # keep tests/moto free of __pycache__
exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/moto/test_launcher.py "$@"
