#!/usr/bin/env bash
# Builds Trousse with sanitizers in its own folder and runs the whole test suite under them:
#   scripts/sanitize.sh thread     ThreadSanitizer          (build-tsan/)
#   scripts/sanitize.sh address    AddressSanitizer + UBSan (build-asan/)
# Any report fails the run. The build is Debug-free (RelWithDebInfo) so that timings stay usable.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kind=${1:?usage: scripts/sanitize.sh thread|address}
case "$kind" in
  thread) build="$root/build-tsan" ;;
  address) build="$root/build-asan" ;;
  *) echo "usage: scripts/sanitize.sh thread|address" >&2; exit 64 ;;
esac
"$root/scripts/install-packages.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTROUSSE_SANITIZE="$kind" -DTROUSSE_BUILD_BENCH=OFF
fi
cmake --build "$build" -j"$(nproc)"
# halt_on_error: the first report fails the test that caused it, and ctest says which.
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$root/scripts/tsan.supp"
export ASAN_OPTIONS="halt_on_error=1 detect_leaks=1 strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1 print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp print_suppressions=0"
# GCC 12's ThreadSanitizer crashes in its own runtime (SEGV in MetaMap) with the kernel's wide
# address randomisation (vm.mmap_rnd_bits = 28 here): run the tests without it.
run=()
[ "$kind" = thread ] && run=(setarch "$(uname -m)" -R)
time "${run[@]}" ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 1200
