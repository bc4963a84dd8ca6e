#!/usr/bin/env bash
# The main job: sets everything up, then renders every kind the plugins offer with its example
# data, and a Markdown handout, into out/. Prints the paths of the files written.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"

trousse="$root/build/bin/trousse"
config="$root/examples/etablissement.properties"
out="$root/out"
mkdir -p "$out"

# Kinds are the lines of `trousse kinds` that do not start with a space.
mapfile -t kinds < <("$trousse" kinds | grep -v '^[[:space:]]' | grep '/')
for kind in "${kinds[@]}"; do
  name=${kind//\//-}
  "$trousse" fields "$kind" --example |
    "$trousse" render "$kind" --config "$config" --data - --out "$out/$name.pdf" --html "$out/$name.html"
done
# The example PAR, one PDF per document in a ZIP (names carry the student's initials only).
"$trousse" render par/dossier --config "$config" --data "$root/examples/par/dossier-exemple.json" \
  --zip "$out/par-dossier-exemple.zip"
"$trousse" markdown "$root/examples/guide-atelier.md" --config "$config" --out "$out/guide-atelier.pdf"
# A shipped pHARe workshop, with the sample list of 24 registered colleagues.
"$trousse" render phare/atelier --config "$config" \
  --data "$root/build/share/trousse/content/ateliers/preoccupation-partagee.json" \
  --participants "$root/examples/inscrits-atelier.csv" --out "$out/kit-atelier-pHARe.pdf"
