#!/usr/bin/env bash
# Installs the Debian packages Trousse needs (scripts/debian-packages.txt), then configures and
# builds it in build/. Safe to run again: it installs only what is missing and rebuilds only
# what changed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/install-packages.sh"

build="$root/build"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j"$(nproc)"
