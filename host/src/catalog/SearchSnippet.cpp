#include "catalog/SearchSnippet.hpp"

#include "catalog/FrenchText.hpp"

#include <algorithm>
#include <string_view>

namespace trousse::catalog {
namespace {

constexpr const char* kOpen = "«\u00a0";
constexpr const char* kClose = "\u00a0»";
constexpr const char* kEllipsis = "…";

struct Window {
  std::size_t column = 0;
  std::size_t first = 0;  // words [first, last] hold the window's matches
  std::size_t last = 0;
  long score = -1;
};

/// The text between two words on one line: each run of white space (line breaks between list
/// items, paragraphs) as one space.
void appendGap(std::string& out, std::string_view gap) {
  bool space = false;
  for (char c : gap) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space) out += ' ';
}

}  // namespace

std::string searchSnippet(const std::vector<std::string>& columns,
                          const std::vector<std::string>& foldedWords, std::size_t maxWords) {
  if (maxWords == 0 || foldedWords.empty()) return {};
  std::vector<std::vector<WordSpan>> spans(columns.size());
  std::vector<std::vector<int>> matches(columns.size());  // per word: searched word, or -1
  Window best;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const std::string& text = columns[c];
    spans[c] = wordSpansOf(text);
    for (const WordSpan& span : spans[c]) {
      const std::string word =
          foldWord(std::string_view(text).substr(span.begin, span.end - span.begin));
      int found = -1;
      for (std::size_t w = 0; w < foldedWords.size() && found < 0; ++w) {
        if (word.starts_with(foldedWords[w])) found = static_cast<int>(w);
      }
      matches[c].push_back(found);
    }
    // Each window starts at a match; different words count far more than repeats.
    const std::vector<int>& m = matches[c];
    for (std::size_t start = 0; start < m.size(); ++start) {
      if (m[start] < 0) continue;
      std::vector<bool> seen(foldedWords.size(), false);
      long score = 0;
      std::size_t last = start;
      for (std::size_t i = start; i < std::min(m.size(), start + maxWords); ++i) {
        if (m[i] < 0) continue;
        score += seen[static_cast<std::size_t>(m[i])] ? 1 : 1000;
        seen[static_cast<std::size_t>(m[i])] = true;
        last = i;
      }
      if (score > best.score) best = {c, start, last, score};
    }
    // Every word in one window of an earlier column: later columns cannot do better.
    if (best.score >= 1000 * static_cast<long>(foldedWords.size())) break;
  }
  if (best.score < 0) return {};

  // Centre the matches in the window, within the column.
  const std::vector<WordSpan>& words = spans[best.column];
  const std::size_t spare = maxWords - (best.last - best.first + 1);
  std::size_t begin = best.first - std::min(best.first, spare / 2);
  const std::size_t end = std::min(words.size(), begin + maxWords);
  begin = end - std::min(end, maxWords);

  const std::string& text = columns[best.column];
  std::string out = begin > 0 ? kEllipsis : "";
  std::size_t copied = words[begin].begin;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) appendGap(out, std::string_view(text).substr(copied, words[i].begin - copied));
    const std::string word = text.substr(words[i].begin, words[i].end - words[i].begin);
    out += matches[best.column][i] >= 0 ? kOpen + word + kClose : word;
    copied = words[i].end;
  }
  if (end < words.size()) out += kEllipsis;
  return out;
}

}  // namespace trousse::catalog
