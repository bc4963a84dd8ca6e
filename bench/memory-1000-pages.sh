#!/usr/bin/env bash
# Peak memory (maximum resident set size) of `trousse markdown` on a generated document of
# about 1,000 pages: sections with headings, justified paragraphs, lists, tables and code.
#   bench/memory-1000-pages.sh [SECTIONS] [BUILD_DIR]   (defaults: 870 sections, build)
# Target (issue #3): ≤ 200 MB. Prints the page count, the time and the peak memory.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sections=${1:-870}
build=${2:-$root/build}
trousse="$build/bin/trousse"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 870 sections make 1,000 pages (4 MB of Markdown); the words are French, with accents, so that
# hyphenation, kerning and French spacing all do their usual work.
awk -v sections="$sections" 'BEGIN {
  n = split("élève établissement conseil de classe réunion parents professeur principal " \
            "convocation semaine emploi du temps absences justifiées vie scolaire collège " \
            "lycée trimestre évaluation compétences orientation projet personnel année " \
            "scolaire règlement intérieur sortie pédagogique autorisation", w, " ");
  srand(1);
  print "# Document de mille pages\n";
  for (s = 1; s <= sections; s++) {
    printf "## Partie %d : organisation de la vie scolaire\n\n", s;
    for (p = 0; p < 5; p++) {
      line = "";
      for (k = 0; k < 90; k++) {
        word = w[int(rand() * n) + 1];
        if (k % 17 == 5) word = "**" word "**";
        if (k % 23 == 11) word = "*" word "*";
        line = line (k ? " " : "") word;
        if (k % 19 == 18) line = line " ;";
      }
      print line " !\n";
    }
    for (i = 1; i <= 4; i++) printf "- point %d : %s %s %s\n", i, w[i + s % 20], w[i + 3], w[i + 7];
    print "";
    if (s % 3 == 0) {
      print "| Classe | Élèves | Professeur principal | Salle |";
      print "|---|---:|---|:---:|";
      for (r = 1; r <= 6; r++) printf "| 6e-%c | %d | %s %s | B%d |\n", 64 + r, 20 + r, w[r], w[r + 9], 100 + r;
      print "";
    }
    if (s % 4 == 0) printf "```\nréférence %d : dossier-%05d.pdf\n```\n\n", s, s;
  }
}' > "$work/mille-pages.md"

/usr/bin/time -f "%e s, %M Ko au plus" -o "$work/time.txt" \
  "$trousse" markdown "$work/mille-pages.md" --out "$work/mille-pages.pdf" > /dev/null
pages=$(pdfinfo "$work/mille-pages.pdf" | awk '/^Pages:/ { print $2 }')
size=$(stat -c %s "$work/mille-pages.md")
echo "source : $size octets ; PDF : $pages pages ; trousse markdown : $(cat "$work/time.txt")"
