#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trousse::catalog {

/// A level-2 heading of a practice's body.
struct BodySection {
  std::string title;  ///< "Déroulement"
  int line = 0;       ///< line in the body, 1-based
  bool hasOrderedList = false;
};

/// Prose of the body with its line: the text of paragraphs, headings, list items and tables
/// (not code, HTML or link addresses).
struct BodyLine {
  std::string text;
  int line = 0;              ///< line in the body, 1-based
  bool startsBlock = false;  ///< first text of a block or line: a space before it
};

/// What the checks and the index need of a Markdown body, read with cmark-gfm.
struct BodyText {
  std::vector<BodySection> sections;
  std::vector<BodyLine> prose;

  static BodyText read(std::string_view markdown);
  /// The prose as one text, for the search index.
  std::string plainText() const;
};

}  // namespace trousse::catalog
