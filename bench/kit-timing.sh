#!/usr/bin/env bash
# Whole-process time of a full pHARe workshop kit for N participants (default 60): all seven
# documents and one certificate each, from a shipped description and a generated CSV.
#   bench/kit-timing.sh [N]            (after scripts/setup.sh)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-60}
trousse=${TROUSSE_BIN:-$root/build/bin/trousse}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
{
  echo "Nom;Prénom;Fonction;École"
  for i in $(seq 1 "$count"); do echo "Nguyễn-$i;Thị Ánh;professeure des écoles;École Jean-Moulin"; done
} > "$work/inscrits.csv"
kit=("$trousse" render phare/atelier --config "$root/examples/etablissement.properties"
  --data "$root/content/ateliers/preoccupation-partagee.json" --participants "$work/inscrits.csv"
  --out "$work/kit.pdf")
"${kit[@]}" > /dev/null  # the catalog's index, built once like any first use
echo "$(pdfinfo "$work/kit.pdf" 2>/dev/null | grep Pages), $(stat -c %s "$work/kit.pdf") bytes"
hyperfine --warmup 2 --runs 15 -N "${kit[*]}"
