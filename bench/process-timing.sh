#!/usr/bin/env bash
# Whole-process time of `trousse render letters/convocation`, start to PDF written.
#   bench/process-timing.sh            (after scripts/setup.sh)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
trousse=${TROUSSE_BIN:-$root/build/bin/trousse}  # TROUSSE_BIN: another build, to compare
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$trousse" fields letters/convocation --example > "$work/data.json"
hyperfine --warmup 5 --runs 50 -N \
  "$trousse render letters/convocation --config $root/examples/etablissement.properties --data $work/data.json --out $work/lettre.pdf"
