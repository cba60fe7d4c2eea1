#!/usr/bin/env bash
# Supply-chain check: cargo-deny (advisories, licences, bans on duplicate versions, sources)
# against deny.toml, offline. The advisory database is the RustSec snapshot beside the checkout
# (../shared/advisory-db, or ZC_ADVISORY_DB): cargo-deny reads a git repository, so the snapshot
# is committed into one under .tools/ with the snapshot's own date. cargo-deny itself is built
# from crates.io into .tools/ (pinned, --locked) on first use.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
version=0.20.2
tools="$repo/.tools"
deny="$tools/bin/cargo-deny"
if ! "$deny" --version 2>/dev/null | grep -qx "cargo-deny $version"; then
  echo "building cargo-deny $version into .tools/ (once)"
  cargo install --quiet --locked --root "$tools" cargo-deny --version "$version"
fi

# Beside this checkout, or beside the main checkout when this is a git worktree.
main_checkout=$(cd "$(git rev-parse --git-common-dir)/.." && pwd)
snapshot=${ZC_ADVISORY_DB:-}
for candidate in "$repo/../shared/advisory-db" "$main_checkout/../shared/advisory-db"; do
  [ -n "$snapshot" ] && break
  [ -f "$candidate/SNAPSHOT.txt" ] && snapshot=$candidate
done
[ -f "${snapshot:-/nonexistent}/SNAPSHOT.txt" ] || {
  echo "no advisory database snapshot beside the checkout (../shared/advisory-db); set ZC_ADVISORY_DB"
  exit 1
}
# cargo-deny keeps each database in <db-path>/<name>-<hash of its URL>; this is the directory it
# derives for deny.toml's db-urls entry.
db="$tools/advisory-dbs/advisory-db-3157b0e258782691"
if ! cmp -s "$snapshot/SNAPSHOT.txt" "$db/SNAPSHOT.txt" 2>/dev/null; then
  rm -rf "$db"
  mkdir -p "$db"
  cp -R "$snapshot/." "$db/"
  chmod -R u+w "$db"
  # "Snapshot of rustsec/advisory-db at bf5c0d2 (2026-08-21), ..." -> the commit date.
  date=$(grep -o '([0-9-]*)' "$snapshot/SNAPSHOT.txt" | head -1 | tr -d '()')
  (
    cd "$db"
    git init --quiet
    git add --all
    GIT_AUTHOR_DATE="${date}T00:00:00Z" GIT_COMMITTER_DATE="${date}T00:00:00Z" \
      git -c user.name=advisory-db-snapshot -c user.email=snapshot@localhost \
      commit --quiet --message "$(head -1 "$snapshot/SNAPSHOT.txt")"
  )
fi
echo "advisory database: $(head -1 "$db/SNAPSHOT.txt")"
# --offline needs every crate of the lock file on disk (the build fetched most of them).
cargo fetch --locked --quiet
"$deny" --offline --locked check --show-stats
