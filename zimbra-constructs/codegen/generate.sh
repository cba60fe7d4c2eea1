#!/usr/bin/env bash
# Regenerates zimbra-constructs/cfn/src/generated/ from the CloudFormation resource
# provider schemas shipped by cfn-lint (pinned below).
#
#   codegen/generate.sh           regenerate the committed output
#   codegen/generate.sh --check   regenerate into a temp dir; exit 1 with a diff if the
#                                 committed output differs (CI)
#
# The cfn-lint venv is $CFN_LINT_VENV if set, else <repo>/.venv; it is created with
# `python3 -m venv` and `pip install cfn-lint==$CFN_LINT_VERSION` if cfn-lint is missing.
set -euo pipefail

CFN_LINT_VERSION=1.58.0

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out_dir="$repo/zimbra-constructs/cfn/src/generated"
types="$here/types.txt"

check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

venv="${CFN_LINT_VENV:-$repo/.venv}"
py="$venv/bin/python"
installed_version() {
  "$py" -c 'import importlib.metadata as m; print(m.version("cfn-lint"))' 2>/dev/null || true
}
if [ ! -x "$py" ]; then
  python3 -m venv "$venv"
fi
if [ "$(installed_version)" != "$CFN_LINT_VERSION" ]; then
  "$py" -m pip install --quiet --disable-pip-version-check "cfn-lint==$CFN_LINT_VERSION"
fi
version="$(installed_version)"
if [ "$version" != "$CFN_LINT_VERSION" ]; then
  echo "generate.sh: cfn-lint $CFN_LINT_VERSION wanted, found '${version}' in $venv" >&2
  exit 1
fi
schemas="$("$py" -c 'import cfnlint, os; print(os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas"))')"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$repo"
cargo run -q -p zimbra-codegen -- \
  --schemas "$schemas" --types "$types" --out "$tmp/generated" --cfn-lint-version "$version"
rustfmt --edition 2021 "$tmp/generated/"*.rs

if [ "$check" = 1 ]; then
  if ! diff -ru "$out_dir" "$tmp/generated"; then
    echo "generate.sh --check: generated code is stale; run zimbra-constructs/codegen/generate.sh" >&2
    exit 1
  fi
  echo "generate.sh --check: generated code is up to date"
  exit 0
fi

mkdir -p "$out_dir"
# Remove files no longer generated (a service whose last type left types.txt).
for f in "$out_dir"/*.rs; do
  [ -e "$f" ] || continue
  if [ ! -e "$tmp/generated/$(basename "$f")" ]; then
    rm -f "$f"
  fi
done
cp "$tmp/generated/"*.rs "$out_dir/"
echo "generate.sh: wrote $(find "$tmp/generated" -name "*.rs" | wc -l) files to ${out_dir#"$repo"/} (cfn-lint $version)"
