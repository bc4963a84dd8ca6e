#include "pdf/fonts/TextMeasure.hpp"

#include "pdf/fonts/KerningTable.hpp"
#include "common/Utf8.hpp"

#include <cmath>

namespace trousse::pdf {
namespace {

// Each kerned pair costs a text run of its own (an adjustment in the line's TJ array).
// Adjustments smaller than a 300-dpi printer's dot (0.085 mm, 0.24 pt) cannot be seen on
// paper: in body text that leaves out DejaVu's lightest pairs ("re", "rm": 0.02 em), not
// "AV", "Te" or "r.".
constexpr double kSmallestKern = 0.25;  // points

}  // namespace

double measureText(FontBook& fonts, FontStyle style, std::string_view text, double size,
                   std::vector<KernedSegment>* segments) {
  if (segments != nullptr) segments->clear();
  // The advances in one tight loop, then the kerning: few characters start a kerned pair.
  const double width = fonts.width(style, text, size);
  const KerningTable& kerning = fonts.kerning(style);
  if (kerning.empty()) return width;

  const double perUnit = size / 1000.0;
  double kern = 0;
  double before = 0;  // width of the text before `measured`, unkerned
  std::size_t measured = 0;
  char32_t previous = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    const char32_t c = byte < 0x80 ? (++pos, char32_t(byte)) : utf8::nextCodePoint(text, pos);
    if (previous != 0 && kerning.kernsAfter(previous)) {
      if (const double pair = kerning.pair(previous, c);
          std::abs(pair) * perUnit >= kSmallestKern) {
        kern += pair;
        if (segments != nullptr) {
          before += fonts.width(style, text.substr(measured, start - measured), size);
          measured = start;
          segments->push_back(KernedSegment{static_cast<std::uint32_t>(start),
                                            static_cast<float>(before + kern * perUnit)});
        }
      }
    }
    previous = c;
  }
  return width + kern * perUnit;
}

}  // namespace trousse::pdf
