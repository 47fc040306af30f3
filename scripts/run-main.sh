#!/usr/bin/env bash
# The README's main-job command: set up, build, then run tocsin on the
# bundled sample corpus (samples/) and print what it coded and a summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" "$root/build"
exec "$root/build/tocsin" analyze "$root/samples"
