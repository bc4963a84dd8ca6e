#!/usr/bin/env bash
# Mail merge timings for issue #4: N rows (default 10000) into one merged PDF, into one file per
# letter, and the same letters through pandoc → HTML → wkhtmltopdf for comparison.
#   bench/batch-timing.sh [ROWS]          (after scripts/setup.sh; TROUSSE_NO_PANDOC=1 skips the comparison)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rows=${1:-10000}
trousse=${TROUSSE_BIN:-$root/build/bin/trousse}  # TROUSSE_BIN: another build, to compare
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bench/make-csv.sh" "$rows" > "$work/eleves.csv"
common="$root/tests/fixtures/batch/convocation-commun.json"
config="$root/examples/etablissement.properties"

measure() {  # label, command…: prints wall time, CPU time and peak memory
  local label=$1
  shift
  /usr/bin/time -f "$label: %e s wall, %U s user + %S s sys, %M KB peak" "$@" > /dev/null 2> "$work/time.log" ||
    { cat "$work/time.log"; return 1; }
  tail -n 1 "$work/time.log"
}

measure "trousse batch, $rows rows → one PDF" \
  "$trousse" batch letters/convocation --csv "$work/eleves.csv" --data "$common" --config "$config" --out "$work/lettres.pdf"
echo "  $(pdfinfo "$work/lettres.pdf" 2>/dev/null | grep Pages), $(stat -c %s "$work/lettres.pdf") bytes"
mkdir "$work/lettres"
measure "trousse batch, $rows rows → one file per letter" \
  "$trousse" batch letters/convocation --csv "$work/eleves.csv" --data "$common" --config "$config" --out-dir "$work/lettres"
echo "  $(ls "$work/lettres" | wc -l) files"

# The same letters for pandoc: the convocation's text with each row's values, one letter a page.
awk -F';' 'NR > 1 {
  gsub(/"/, "");
  printf "<div class=\"lettre\">\n\n**Collège Jean-Jaurès**  \n25, avenue de la République  \n93100 Montreuil\n\n";
  printf "%s %s %s  \n%s  \n%s %s\n\nMontreuil, le 23 novembre 2026\n\n", $4, $6, toupper($5), $7, $8, $9;
  printf "**Objet :** Convocation à un entretien au sujet de %s %s (%s)\n\nMadame, Monsieur,\n\n", $2, toupper($1), $3;
  printf "Je vous prie de bien vouloir vous présenter le **mardi 1er décembre 2026 à 17 h 30** au bureau de la vie scolaire, pour un entretien au sujet de votre enfant %s %s, élève de %s.\n\n", $2, toupper($1), $3;
  printf "Cet entretien aura pour objet de faire le point sur la scolarité de votre enfant.\n\nSeront présents :\n\n- M. Karim Benali, conseiller principal d’éducation\n\n";
  printf "Votre présence est essentielle : c’est ensemble, famille et établissement, que nous pourrons accompagner au mieux votre enfant. Si vous ne pouviez vraiment pas vous libérer à cette date, je vous remercie de prendre contact sans tarder avec le secrétariat au 01 48 57 00 00 afin de convenir d’un autre rendez-vous.\n\n";
  printf "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n\nLa principale du collège  \nClaire Moreau\n\n</div>\n\n";
}' "$work/eleves.csv" > "$work/lettres.md"
css="$work/style.css"
printf '.lettre { page-break-after: always; font-family: "DejaVu Sans"; }\n' > "$css"
if [ -z "${TROUSSE_NO_PANDOC:-}" ] && command -v pandoc > /dev/null && command -v wkhtmltopdf > /dev/null; then
  start=$(date +%s.%N)
  measure "pandoc, Markdown → HTML" pandoc -s --metadata title=Lettres -c "$css" "$work/lettres.md" -o "$work/lettres.html"
  QT_QPA_PLATFORM=offscreen measure "wkhtmltopdf, HTML → PDF" wkhtmltopdf -q --enable-local-file-access "$work/lettres.html" "$work/pandoc.pdf"
  end=$(date +%s.%N)
  echo "pandoc + wkhtmltopdf in all: $(echo "$end - $start" | bc) s, $(pdfinfo "$work/pandoc.pdf" 2>/dev/null | grep Pages)"
fi
