#!/usr/bin/env bash
# The README's test command: set up, then run every test.
#   1. release build: all unit, golden, property and CLI tests (ctest),
#      the store's against SQLite and a throwaway PostgreSQL server
#      (scripts/pg-test-server.sh), started once for both ctest runs;
#   2. one clang build with ASan/UBSan and libFuzzer instrumentation: the
#      same tests under the sanitizers;
#   3. from that build, the libFuzzer targets: the document-input parsers
#      (decode, feed, html, jsonl) for $TOCSIN_FUZZ_INPUT_SECONDS each
#      (default 60), every other fuzz/*_fuzz.cc for $TOCSIN_FUZZ_SECONDS
#      each (default 15).
# Exits non-zero if any step fails, and ends with one summary line.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz_seconds="${TOCSIN_FUZZ_SECONDS:-15}"
input_fuzz_seconds="${TOCSIN_FUZZ_INPUT_SECONDS:-60}"
# The parsers of untrusted documents get the longer run.
input_fuzzers=" decode_fuzz feed_fuzz html_fuzz jsonl_fuzz "
jobs="$(nproc)"
failed_steps=()
passed_steps=()

step() {  # step NAME COMMAND...
  local name="$1" start=$SECONDS; shift
  echo "=== $name"
  if "$@"; then passed_steps+=("$name"); else failed_steps+=("$name"); fi
  # Each step's wall time, so the 40-minute budget can be watched.
  echo "=== $name: $((SECONDS - start)) s (total $SECONDS s)"
}

set -e
"$root/scripts/setup.sh" "$root/build"
set +e
echo "=== setup and release build: $SECONDS s"

# One throwaway PostgreSQL server for both test runs: the store suite runs
# against it as well as SQLite (each test in a schema of its own). If it
# cannot start, the PostgreSQL tests fail rather than skip.
pg_dir="$root/build/pg-test"
export TOCSIN_REQUIRE_POSTGRES=1
# The HTML report is checked in headless Chromium (setup installs it): fail
# rather than skip when it is missing.
export TOCSIN_REQUIRE_CHROMIUM=1
trap '"$root/scripts/pg-test-server.sh" stop "$pg_dir" || true' EXIT
if uri="$("$root/scripts/pg-test-server.sh" start "$pg_dir")"; then
  export TOCSIN_TEST_POSTGRES="$uri"
  echo "=== PostgreSQL test server: $uri"
else
  echo "=== PostgreSQL test server did not start: its tests will fail" >&2
fi

step "unit tests (release)" \
  ctest --test-dir "$root/build" --output-on-failure -j "$jobs"

# The sanitizer build compiles at -O1 with line tables only: it exists to
# find bugs, not to be fast. One clang build serves both the sanitized tests
# and the fuzzers, since CI must stay under 40 min on 2 cores.
sanitizer_flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG"
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG")
step "build (clang asan+ubsan+fuzzers)" env CC=clang CXX=clang++ \
  "$root/scripts/setup.sh" "$root/build-asan" -DTOCSIN_SANITIZE=ON \
  -DTOCSIN_BUILD_FUZZERS=ON -DTOCSIN_BUILD_BENCHMARKS=OFF \
  "${sanitizer_flags[@]}"
step "unit tests (asan+ubsan)" env ASAN_OPTIONS=detect_leaks=1 \
  LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build-asan" --output-on-failure -j "$jobs"

# Waits for the running fuzzers, printing each one's last lines.
wait_fuzzers() {
  local i ok=0
  for i in "${!pids[@]}"; do
    echo "--- ${names[$i]} for ${seconds[$i]}s"
    if ! wait "${pids[$i]}"; then
      echo "--- ${names[$i]}: FINDING"; ok=1
    fi
    tail -n 3 "$root/build-asan/${names[$i]}.log"
  done
  pids=(); names=(); seconds=()
  return $ok
}

run_fuzzers() {
  # Fuzzers run $jobs at a time: each is single-threaded, and CI has a
  # 40-minute budget for the whole test command.
  local status=0 f name secs pids=() names=() seconds=()
  for f in "$root"/fuzz/*_fuzz.cc; do
    name="$(basename "$f" .cc)"
    secs="$fuzz_seconds"
    [[ "$input_fuzzers" == *" $name "* ]] && secs="$input_fuzz_seconds"
    mkdir -p "$root/build-asan/corpus/$name"
    local dirs=("$root/build-asan/corpus/$name")
    [[ -d "$root/fuzz/seeds/$name" ]] && dirs+=("$root/fuzz/seeds/$name")
    (cd "$root/build-asan" && "./$name" -max_total_time="$secs" \
        -max_len=65536 -print_final_stats=0 "${dirs[@]}" \
        >"$root/build-asan/$name.log" 2>&1) &
    pids+=($!); names+=("$name"); seconds+=("$secs")
    if ((${#pids[@]} >= jobs)); then
      wait_fuzzers || status=1
    fi
  done
  wait_fuzzers || status=1
  return $status
}
step "fuzzers (${input_fuzz_seconds}s input parsers, ${fuzz_seconds}s others)" \
  run_fuzzers

echo
echo "steps: ${#passed_steps[@]} passed, ${#failed_steps[@]} failed"
for s in "${failed_steps[@]}"; do echo "FAILED: $s"; done
((${#failed_steps[@]} == 0))
