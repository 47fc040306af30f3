#!/usr/bin/env bash
# The README's main-job command: set up, build, then run tocsin on the
# bundled sample corpus (samples/): print what it codes in each document,
# ingest the corpus into a SQLite store, print the ingest summary, the top
# aggregated events and the escalation signals, and write report.html
# (scripts/main-job.sh).
#
# Usage: scripts/run-main.sh [DIR]   the store is DIR/tocsin.db and the
# report DIR/report.html (default: build/). Rerunning changes nothing in
# the store: ingest is idempotent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" "$root/build"
"$root/scripts/main-job.sh" "$root/build/tocsin" "${1:-$root/build}"
