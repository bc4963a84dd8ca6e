#!/usr/bin/env bash
# Fuzzes the Markdown → PDF path with libFuzzer and AddressSanitizer (issue #3).
#   bench/fuzz.sh [SECONDS] [JOBS]        (defaults: 60 seconds, 1 job)
# Builds build-fuzz/ with clang, every library instrumented (installs missing packages with
# scripts/install-packages.sh), seeds a corpus with the examples of
# ../shared/commonmark/*.txt and small hostile documents, and runs
# tests/fuzz/MarkdownToPdfFuzzer.cpp for SECONDS.
# The corpus grows in build-fuzz/fuzz-corpus/ from one run to the next. Findings (crash-*,
# timeout-*, oom-*, leak-*) go to build-fuzz/fuzz-findings/; each one replays with
#   build-fuzz/tests/fuzz/fuzz_markdown_to_pdf build-fuzz/fuzz-findings/FILE
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
jobs=${2:-1}
build="$root/build-fuzz"
fuzzer="$build/tests/fuzz/fuzz_markdown_to_pdf"

"$root/scripts/install-packages.sh"  # clang and libclang-rt-14-dev are in the list

if [ ! -f "$build/CMakeCache.txt" ]; then
  # Coverage instrumentation and AddressSanitizer everywhere; the fuzzer target adds libFuzzer.
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,fuzzer-no-link -fno-omit-frame-pointer" \
    -DTROUSSE_BUILD_BENCH=OFF
fi
cmake --build "$build" --target fuzz_markdown_to_pdf

# Seeds: every example of the CommonMark specification, the GFM extensions and cmark-gfm's
# regressions, one file each (« → » stands for a tab). New inputs go to the corpus.
seeds="$build/fuzz-seeds"
corpus="$build/fuzz-corpus"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus"
fence='````````````````````````````````'
for suite in "$root"/../shared/commonmark/*.txt; do
  awk -v out="$seeds/$(basename "$suite" .txt)-" -v start="$fence example" '
    index($0, start) == 1 { n++; file = sprintf("%s%04d.md", out, n); printf "" > file; inside = 1; next }
    inside && $0 == "." { inside = 0; close(file); next }
    inside { gsub(/→/, "\t"); print >> file }
  ' "$suite"
done
# And small hostile documents (tests/e2e/CliHostileDocumentsTest.cpp has the large ones), so
# that mutations start beyond the nesting limits and across the table and word cutting.
awk -v dir="$seeds" 'function rep(s, n,   r) { r = ""; while (n-- > 0) r = r s; return r }
BEGIN {
  printf "%sfin\n", rep("> ", 40) > (dir "/hostile-quotes.md")
  for (i = 0; i < 40; i++) printf "%s%s niveau %d\n", rep("   ", i), (i % 2 ? "1." : "-"), i > (dir "/hostile-lists.md")
  printf "%smilieu%s\n", rep("*a ", 40), rep(" b*", 40) > (dir "/hostile-emphasis.md")
  printf "%s%s\n", rep("[", 40), rep("](u)", 40) > (dir "/hostile-links.md")
  printf "|%s\n|%s\n|%s\n", rep("titre|", 60), rep("---|", 60), rep("cellule|", 60) > (dir "/hostile-table.md")
  printf "%s\n\n<https://exemple.fr/%s>\n", rep("abcdefghij", 100), rep("x", 500) > (dir "/hostile-words.md")
  printf "%s\n", rep("« ", 300) > (dir "/hostile-glue.md")
}'
printf 'avant\0apr\xc3\xa8s \x01\x1b[31m\x7f\n\n| a\0 | b |\n|---|---|\n| c\x02 | d |\n' > "$seeds/hostile-controls.md"
echo "graines : $(ls "$seeds" | wc -l) exemples CommonMark et GFM, et documents hostiles" >&2

# Markdown's punctuation, for mutations that make syntax rather than noise.
dict="$build/fuzz-markdown.dict"
cat > "$dict" <<'DICT'
"*"
"**"
"_"
"~~"
"`"
"```"
"["
"]("
"]: "
"!["
"<"
">"
"> "
"- "
"1. "
"- [ ] "
"- [x] "
"|"
"|---|"
"|:--|--:|"
"# "
"---"
"<!-- saut de page -->"
"<!--"
"&amp;"
"&#"
"\\"
"\x0a\x0a"
"\x09"
"\xc2\xa0"
"\xc2\xab\xc2\xa0"
"https://"
"www."
DICT

findings="$build/fuzz-findings"
mkdir -p "$findings"
status=0
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan-suppressions.txt" \
  "$fuzzer" "$corpus" "$seeds" -dict="$dict" -max_total_time="$seconds" \
  -timeout=10 -rss_limit_mb=2048 -max_len=16384 -fork="$jobs" -ignore_crashes=1 \
  -artifact_prefix="$findings/" -print_final_stats=1 || status=$?
found=$(find "$findings" -type f | wc -l)
echo "fuzzing : $seconds s, corpus de $(ls "$corpus" | wc -l) entrées ; trouvailles : $found" \
  "(dans $findings)" >&2
[ "$status" -eq 0 ] && [ "$found" -eq 0 ]
