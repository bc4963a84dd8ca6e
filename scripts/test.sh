#!/usr/bin/env bash
# Sets everything up, then builds and runs the whole test suite (ctest, in parallel).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
ctest --test-dir "$root/build" --output-on-failure -j"$(nproc)"
# The shipped catalog of practices must pass its own check (schema, links, sources, spelling).
XDG_CACHE_HOME="$root/build/cache" "$root/build/bin/trousse" catalog check
