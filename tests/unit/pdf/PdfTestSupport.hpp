#pragma once
// Helpers shared by the PDF writer's tests: write documents to a temporary PDF, read back
// what a reader sees (text, word positions).

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "pdf/PdfWriter.hpp"
#include "support/PdfTools.hpp"
#include "support/Process.hpp"

namespace trousse::test {

inline FontSet systemDejaVu() { return FontSet::inFolder("/usr/share/fonts/truetype/dejavu"); }

inline Document markdownDocument(std::string markdown, std::string title = {}) {
  Document document;
  document.layout = "document";
  document.title = std::move(title);
  document.markdown = std::move(markdown);
  return document;
}

/// A PDF written to a temporary folder, and what tools read from it.
class WrittenPdf {
 public:
  explicit WrittenPdf(const std::vector<Document>& documents) : file_(dir_ / "out.pdf") {
    writeFile(file_, PdfWriter(systemDejaVu()).write(documents));
  }
  explicit WrittenPdf(const Document& document) : WrittenPdf(std::vector<Document>{document}) {}

  const std::filesystem::path& file() const { return file_; }
  std::string text() const { return pdfText(file_); }
  /// The text with white space collapsed, so phrases can be found across line breaks.
  std::string flatText() const { return squeezeSpaces(text()); }
  std::vector<std::string> pageTexts() const { return pagesOf(text()); }

 private:
  TempDir dir_;
  std::filesystem::path file_;
};

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

inline std::string withoutSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\f' && c != '\t' && c != '\r') out += c;
  }
  return out;
}

}  // namespace trousse::test
