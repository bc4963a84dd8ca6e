#pragma once
// Where `pdftotext -bbox` places each word: what tests of positions read (the envelope
// window, alignments, hanging indents).

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "support/Process.hpp"

namespace trousse::test {

/// A word as `pdftotext -bbox` places it: points from the page's top-left corner.
struct PlacedWord {
  int page = 0;  ///< from 1
  double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
  std::string text;
};

inline std::vector<PlacedWord> pdfWords(const std::filesystem::path& pdf) {
  const std::string html =
      run("/usr/bin/pdftotext", {"-bbox", "-enc", "UTF-8", pdf.string(), "-"}).out;
  static const std::regex word(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  std::vector<PlacedWord> words;
  int page = 0;
  std::size_t pos = 0;
  while (pos < html.size()) {
    const std::size_t nextPage = html.find("<page ", pos);
    const std::size_t nextWord = html.find("<word ", pos);
    if (nextWord == std::string::npos) break;
    if (nextPage != std::string::npos && nextPage < nextWord) {
      ++page;
      pos = nextPage + 1;
      continue;
    }
    const std::size_t end = html.find("</word>", nextWord);
    std::smatch match;
    const std::string element = html.substr(nextWord, end + 7 - nextWord);
    if (std::regex_match(element, match, word)) {
      words.push_back(PlacedWord{page, std::stod(match[1]), std::stod(match[2]),
                                 std::stod(match[3]), std::stod(match[4]), match[5]});
    }
    pos = end + 7;
  }
  return words;
}

/// The first placed word equal to `text` (pdftotext escapes &, < and > in -bbox output).
inline const PlacedWord* findWord(const std::vector<PlacedWord>& words, const std::string& text,
                                  int page = 0) {
  for (const PlacedWord& w : words) {
    if (w.text == text && (page == 0 || w.page == page)) return &w;
  }
  return nullptr;
}

inline double mm(double millimetres) { return millimetres * 72.0 / 25.4; }

}  // namespace trousse::test
