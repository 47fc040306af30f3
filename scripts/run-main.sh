#!/usr/bin/env bash
# The README's main-job command: set up, build, then run tocsin on the
# bundled sample corpus (samples/): print what it codes in each document,
# ingest the corpus into a SQLite store, and print the ingest summary and
# the top aggregated events.
#
# Usage: scripts/run-main.sh [DIR]   the store is DIR/tocsin.db (default:
# build/tocsin.db). Rerunning changes nothing in it: ingest is idempotent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" "$root/build"
out_dir="${1:-$root/build}"
mkdir -p "$out_dir"
db="$out_dir/tocsin.db"
# The articles, not samples/README.md, which describes them.
inputs=("$root"/samples/*/)

"$root/build/tocsin" analyze "${inputs[@]}"

echo
echo "== tocsin ingest samples/ --db $db"
"$root/build/tocsin" ingest "${inputs[@]}" --db "$db" 2>&1

echo
echo "== tocsin events --order articles --limit 20: the top aggregated events"
"$root/build/tocsin" events --db "$db" --order articles --limit 20
