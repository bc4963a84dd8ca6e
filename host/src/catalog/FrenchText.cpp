#include "catalog/FrenchText.hpp"

#include "batch/HeaderName.hpp"
#include "common/Utf8.hpp"

#include <Poco/Unicode.h>

#include <algorithm>
#include <numeric>

namespace trousse::catalog {

std::string foldForComparison(std::string_view text) {
  // The batch stage's header folding is exactly this comparison key.
  return batch::normaliseHeader(text);
}

std::vector<WordSpan> wordSpansOf(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD as written
  std::vector<WordSpan> spans;
  std::size_t pos = 0;
  bool inWord = false;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    bool letter = false;
    if (byte < 0x80) {  // most of French text: no need to decode
      letter = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
               (byte >= '0' && byte <= '9');
      ++pos;
    } else {
      const char32_t cp = utf8::nextCodePoint(text, pos);
      if (cp == utf8::kReplacementChar && text.substr(start, pos - start) != kReplacement) {
        return {};  // not UTF-8
      }
      const int ch = static_cast<int>(cp);
      letter = Poco::Unicode::isAlpha(ch) || Poco::Unicode::isDigit(ch);
    }
    if (letter && !inWord) spans.push_back({start, pos});
    if (letter) spans.back().end = pos;
    inWord = letter;
  }
  return spans;
}

std::vector<std::string> wordsOf(std::string_view text) {
  std::vector<std::string> words;
  for (const WordSpan& span : wordSpansOf(text)) {
    words.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return words;
}

std::string foldWord(std::string_view word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string lower;
    lower.reserve(word.size());
    for (char c : word) {
      if (c >= 'A' && c <= 'Z') lower += static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) lower += c;
    }
    return lower;
  }
  std::string folded = foldForComparison(word);
  std::erase(folded, ' ');
  return folded;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  const std::vector<char32_t> left = utf8::decode(a).value_or(std::vector<char32_t>{});
  const std::vector<char32_t> right = utf8::decode(b).value_or(std::vector<char32_t>{});
  std::vector<std::size_t> row(right.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= left.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= right.size(); ++j) {
      const std::size_t above = row[j];
      row[j] =
          std::min({row[j] + 1, row[j - 1] + 1, diagonal + (left[i - 1] == right[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row.back();
}

}  // namespace trousse::catalog
