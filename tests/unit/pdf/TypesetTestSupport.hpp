#pragma once
// Helpers for the typography tests: inline content built from Markdown or plain text with
// real fonts, lines broken from it, and what the lines say.

#include <cmark-gfm.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "PdfTestSupport.hpp"
#include "markdown/MarkdownTree.hpp"
#include "pdf/output/PdfDocument.hpp"
#include "pdf/text/InlineText.hpp"
#include "pdf/text/LineBreaker.hpp"

namespace trousse::test {

inline constexpr std::string_view kNbsp = "\u00A0";
inline constexpr std::string_view kNarrowNbsp = "\u202F";

/// Fonts to measure with (the system's DejaVu, as the other PDF tests), and inline content.
class Typesetter {
 public:
  explicit Typesetter(const FontSet& fonts = systemDejaVu()) : document_(fonts) {}

  pdf::FontBook& fonts() { return document_.fonts(); }

  /// The inline content of the first block of a Markdown text, in body text.
  pdf::InlineContent markdown(std::string_view text, pdf::TextStyle style = {}) {
    const MarkdownTree tree = MarkdownTree::parse(text);
    pdf::InlineBuilder builder(fonts(), style);
    if (cmark_node* block = cmark_node_first_child(tree.root())) builder.addChildren(block);
    return builder.take();
  }

  /// Plain text, as a letter's parts are given.
  pdf::InlineContent plain(std::string_view text, pdf::TextStyle style = {}) {
    pdf::InlineBuilder builder(fonts(), style);
    builder.addText(text);
    return builder.take();
  }

  std::vector<pdf::Line> lines(const pdf::InlineContent& content, double width,
                               pdf::Align align = pdf::Align::Justify) {
    return pdf::breakLines(content, width, align, pdf::kBodySize, fonts());
  }

 private:
  pdf::PdfDocument document_;
};

/// The text of inline content: breakable spaces as " ", hard breaks as "\n".
inline std::string textOf(const pdf::InlineContent& content) {
  std::string text;
  for (const pdf::InlineItem& item : content.items) {
    if (item.kind == pdf::InlineItem::Kind::Text) text += item.text;
    if (item.kind == pdf::InlineItem::Kind::Space) text += ' ';
    if (item.kind == pdf::InlineItem::Kind::Break) text += '\n';
  }
  return text;
}

/// The text of a line, spaces as " ".
inline std::string textOf(const pdf::Line& line) {
  std::string text;
  for (const pdf::PlacedItem& item : line.items) text += item.text.empty() ? " " : item.text;
  return text;
}

inline std::vector<std::string> textsOf(const std::vector<pdf::Line>& lines) {
  std::vector<std::string> texts;
  for (const pdf::Line& line : lines) texts.push_back(textOf(line));
  return texts;
}

/// Where a line ends: its last piece's right edge.
inline double rightEdge(const pdf::Line& line) {
  return line.items.empty() ? 0 : line.items.back().x + line.items.back().width;
}

/// The lines joined back into the paragraph: hyphens the breaker added are removed, lines
/// are joined with a space, or nothing after a hyphen (added, or the word's own).
inline std::string rejoined(const std::vector<pdf::Line>& lines) {
  std::string text;
  bool glued = false;
  for (const pdf::Line& line : lines) {
    std::string piece = textOf(line);
    if (!text.empty() && !glued) text += ' ';
    glued = !piece.empty() && piece.back() == '-';
    if (line.hyphenated) piece.pop_back();
    text += piece;
  }
  return text;
}

/// Replaces U+00A0 and U+202F by plain spaces, as a reader copying the text would see them.
inline std::string plainSpaces(std::string text) {
  for (std::string_view glue : {kNbsp, kNarrowNbsp}) {
    for (std::size_t at; (at = text.find(glue)) != std::string::npos;)
      text.replace(at, glue.size(), " ");
  }
  return text;
}

/// The words of a PDF grouped in lines as a reader sees them: page, then top, then left.
inline std::vector<std::vector<PlacedWord>> pdfLines(const std::filesystem::path& pdf) {
  std::map<std::pair<int, long>, std::vector<PlacedWord>> byLine;
  for (const PlacedWord& word : pdfWords(pdf)) {
    byLine[{word.page, std::lround(word.yMax * 4)}].push_back(word);
  }
  std::vector<std::vector<PlacedWord>> lines;
  for (auto& [key, words] : byLine) {
    std::sort(words.begin(), words.end(),
              [](const PlacedWord& a, const PlacedWord& b) { return a.xMin < b.xMin; });
    lines.push_back(std::move(words));
  }
  return lines;
}

}  // namespace trousse::test
