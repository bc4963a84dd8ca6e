#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/fonts/TextMeasure.hpp"
#include "pdf/text/TextStyle.hpp"

struct cmark_node;

namespace trousse::pdf {

/// A piece of inline content: a fragment of a word in one style, a breakable space, or a
/// hard line break. Consecutive Text items form one word: lines never break between them.
struct InlineItem {
  enum class Kind : std::uint8_t { Text, Space, Break };
  Kind kind = Kind::Text;
  TextStyle style;
  std::string text;  ///< Text only: printable UTF-8 without breakable spaces (U+00A0 and
                     ///< U+202F, which never break, may be in it)
  double width = 0;  ///< in points: the text's (kerned), or a space's natural width
  std::vector<KernedSegment> kerned;  ///< Text: where kerning moves the rest of the text
};

/// The inline content of one block (paragraph, heading, table cell, letter line), measured.
struct InlineContent {
  std::vector<InlineItem> items;
  std::vector<std::string> links;  ///< link targets, indexed by TextStyle::link
};

/// Turns inline Markdown nodes, or plain text, into measured InlineContent. Styles nest as
/// the nodes do: emphasis is italic, strong is bold, code and raw HTML are monospaced,
/// links are coloured and clickable, images show their alternative text in a box. Prose
/// gets French spacing; text is measured with the fonts' kerning.
class InlineBuilder {
 public:
  InlineBuilder(FontBook& fonts, const TextStyle& base);

  /// Adds the inline children of a block node.
  void addChildren(cmark_node* parent);
  /// Adds plain text: spaces and tabs are break opportunities, line feeds hard breaks.
  void addText(std::string_view text);
  void addText(std::string_view text, const TextStyle& style);
  /// Adds text that is never broken across lines, such as the label "Objet :".
  void addUnbreakable(std::string_view text, const TextStyle& style);

  /// The content, with French spacing applied to its prose (see FrenchSpacing.hpp), the
  /// letters of its ordinals in superscript (Ordinals.hpp) and every item measured.
  InlineContent take();

 private:
  void addNode(cmark_node* node, TextStyle style);
  void addNodeChildren(cmark_node* node, const TextStyle& style);
  void addFragment(std::string_view text, const TextStyle& style);
  void addSpace(const TextStyle& style);
  void addBreak(const TextStyle& style);

  FontBook& fonts_;
  TextStyle base_;
  InlineContent content_;
  int images_ = 0;
};

/// A link target as a PDF URI action accepts it: ASCII, with bytes outside the URI
/// character set percent-encoded; empty (no link) for a target of more than 8 KB.
std::string encodeUri(std::string_view uri);

}  // namespace trousse::pdf
