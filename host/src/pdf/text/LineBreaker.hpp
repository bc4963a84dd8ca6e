#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/text/InlineText.hpp"
#include "pdf/layout/PageContent.hpp"
#include "pdf/fonts/TextMeasure.hpp"

namespace trousse::pdf {

enum class Align : std::uint8_t { Left, Center, Right, Justify };

/// A piece of a line, placed from the line's left edge.
struct PlacedItem {
  double x = 0, width = 0;
  TextStyle style;
  std::string text;  ///< empty for a space
  /// Where kerning moves the rest of the text (drawn as separate runs); usually empty.
  std::vector<KernedSegment> kerned;
};

/// One line of text ready to draw.
struct Line {
  std::vector<PlacedItem> items;
  double height = 0;        ///< line box height
  double baseline = 0;      ///< from the line's top
  bool stretched = false;   ///< spaces widened or narrowed to justify the line
  bool hyphenated = false;  ///< ends with a hyphen the line breaker added
  /// How far its spaces were stretched (> 0) or shrunk (< 0) relative to what they may:
  /// 1 is half a space more, -1 a third less (see BreakElements.hpp).
  double ratio = 0;
};

/// Breaks inline content into lines of at most `width` points. Justified text is broken
/// as a whole paragraph (Knuth–Plass total fit, see KnuthPlass.hpp), hyphenated in French
/// when that makes better lines; ragged text (left, centred, right) takes as many words
/// per line as fit and is not hyphenated. A word wider than a line is cut between
/// characters, so no text is ever lost. The last line, and lines ending in a hard break,
/// are not stretched. Text is measured with the fonts' kerning. `baseSize` sets the height
/// of a line without text.
std::vector<Line> breakLines(const InlineContent& content, double width, Align align,
                             double baseSize, FontBook& fonts);

/// breakLines without the cache, for callers that cache lines under keys of their own
/// (see CachedLines.hpp).
std::vector<Line> breakLinesUncached(const InlineContent& content, double width, Align align,
                                     double baseSize, FontBook& fonts);

/// Preformatted text (code, raw HTML): one line per source line, white space kept, tabs
/// expanded; a line wider than `width` wraps, after a space when it can.
std::vector<Line> breakPreformatted(std::string_view text, const TextStyle& style, double width,
                                    FontBook& fonts);

/// The widest line the content makes when not wrapped, and its widest word: a table
/// column's preferred and minimum widths.
double naturalWidth(const InlineContent& content);
double widestWord(const InlineContent& content);

/// Puts a line on a page at (x, top): its text runs, strike-through rules, image
/// placeholder frames and link areas (targets from `links`).
void emitLine(const Line& line, double x, double top, std::span<const std::string> links,
              PageContent& page);

}  // namespace trousse::pdf
