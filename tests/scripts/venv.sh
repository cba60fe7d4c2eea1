# shellcheck shell=bash
# Sourced by the test scripts: makes a pinned Python venv inside the checkout.
#   ensure_venv DIR REQUIREMENT...   creates DIR if missing and pip-installs the pinned
#                                    requirements (NAME==VERSION) that are not installed yet.
ensure_venv() {
  local dir=$1; shift
  if [ ! -x "$dir/bin/python" ]; then
    echo "== creating $dir"
    python3 -m venv "$dir"
  fi
  local frozen missing=()
  frozen=$("$dir/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null | tr 'A-Z_' 'a-z-')
  for req in "$@"; do
    local norm
    norm=$(echo "$req" | tr 'A-Z_' 'a-z-')
    grep -qx -- "$norm" <<<"$frozen" || missing+=("$req")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing into $dir: ${missing[*]}"
    "$dir/bin/pip" install --quiet --disable-pip-version-check "${missing[@]}"
  fi
}
