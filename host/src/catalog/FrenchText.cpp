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

std::vector<std::string> wordsOf(std::string_view text) {
  std::vector<std::string> words;
  const auto decoded = utf8::decode(text);
  if (!decoded) return words;
  std::vector<char32_t> word;
  const auto flush = [&] {
    if (!word.empty()) words.push_back(utf8::encode(word));
    word.clear();
  };
  for (char32_t cp : *decoded) {
    const int ch = static_cast<int>(cp);
    if (Poco::Unicode::isAlpha(ch) || Poco::Unicode::isDigit(ch)) {
      word.push_back(cp);
    } else {
      flush();
    }
  }
  flush();
  return words;
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
