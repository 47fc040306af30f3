#!/usr/bin/env bash
# The main job, once tocsin is built: code the sample corpus (samples/),
# ingest it into a SQLite store, print the ingest summary, the top
# aggregated events and the escalation signals, and write the HTML report.
# scripts/run-main.sh calls it after setup; tests/main_job_test.cc runs it
# as it is, so what the README promises is what is tested.
#
# Usage: scripts/main-job.sh TOCSIN_BINARY OUT_DIR
#   writes OUT_DIR/tocsin.db and OUT_DIR/report.html. Rerunning changes
#   nothing in the store: ingest is idempotent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tocsin="$1"
out_dir="$2"
mkdir -p "$out_dir"
db="$out_dir/tocsin.db"
report="$out_dir/report.html"
# The articles, not samples/README.md, which describes them.
inputs=("$root"/samples/*/)

"$tocsin" analyze "${inputs[@]}"

echo
echo "== tocsin ingest samples/ --db $db --keep-text"
"$tocsin" ingest "${inputs[@]}" --db "$db" --keep-text 2>&1

echo
echo "== tocsin events --order articles --limit 20: the top aggregated events"
"$tocsin" events --db "$db" --order articles --limit 20

echo
echo "== tocsin signals --max-signals 12: what rose, since when, and why"
"$tocsin" signals --db "$db" --max-signals 12 2>&1

"$tocsin" signals --db "$db" --format html --output "$report" 2>/dev/null
echo
echo "== the HTML report: $report"
