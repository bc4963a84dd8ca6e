#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/text/TextStyle.hpp"

namespace trousse::pdf {

/// Where kerning moves the rest of a piece of text: from byte `offset` of the text on, the
/// glyphs start `x` points from the piece's left edge. Each segment is a text run of its
/// own in the display list (an adjustment in the page's content stream).
struct KernedSegment {
  std::uint32_t offset = 0;
  float x = 0;
};

/// Width of printable UTF-8 text drawn in one face, in points, with the face's kerning
/// pairs (those that move a glyph by a quarter point or more: smaller ones do not show on
/// paper). When `segments` is given, it receives the segments
/// after the first one (none when no pair of the text is kerned).
double measureText(FontBook& fonts, FontStyle style, std::string_view text, double size,
                   std::vector<KernedSegment>* segments = nullptr);

}  // namespace trousse::pdf
