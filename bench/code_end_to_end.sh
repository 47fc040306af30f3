#!/usr/bin/env bash
# Issue 4, check 5, end to end: `tocsin code` as a user runs it, reading
# the gzipped JSON Lines of ../shared/corpus/bench/ itself, with our actor
# dictionary layered with the Phoenix ones, on one core, writing JSONL to
# /dev/null. Prints wall time, sentences/s and peak RSS from GNU time, for
# two runs per language:
#   events:   read -> front end -> actors -> events -> JSONL, check 5's
#             pipeline (--no-places --no-knowledge);
#   complete: the default, with places and the knowledge records.
#   bench/code_end_to_end.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
shared="$root/../shared"
if [[ ! -f "$shared/corpus/bench/en.jsonl.gz" ]]; then
  echo "$shared/corpus/bench: absent, skipped"; exit 0
fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
p="$shared/anchors/petrarch2"
"$build/tocsin" dict compile --dict "$root/dict/actors" \
  --petrarch "$p/Phoenix.Countries.actors.txt" \
  --petrarch "$p/Phoenix.International.actors.txt" \
  --petrarch "$p/Phoenix.MilNonState.actors.txt" \
  --petrarch "$p/Phoenix.agents.txt" --out "$tmp/actors.bin" \
  >/dev/null 2>"$tmp/import-problems"
for lang in en fr; do
  for mode in events complete; do
    flags=()
    [[ $mode == events ]] && flags=(--no-places --no-knowledge)
    /usr/bin/time -f "%e %M" -o "$tmp/time" taskset -c 0 \
      "$build/tocsin" code "${flags[@]}" --dictionary "$tmp/actors.bin" \
      "$shared/corpus/bench/$lang.jsonl.gz" >/dev/null 2>"$tmp/err"
    read -r seconds rss_kb <"$tmp/time"
    sentences="$(grep -o 'sentences: [0-9]*' "$tmp/err" | grep -o '[0-9]*')"
    events="$(grep -o 'events: [0-9]*' "$tmp/err" | grep -o '[0-9]*')"
    mb="$(grep -o '[0-9.]* MB of text' "$tmp/err" | grep -o '^[0-9.]*')"
    echo "$lang $mode: $sentences sentences, $mb MB, $events events in" \
         "${seconds}s: $(awk -v s="$sentences" -v t="$seconds" \
                         'BEGIN{printf "%.0f", s/t}') sentences/s," \
         "peak RSS $((rss_kb / 1024)) MB"
  done
done
