#include "pdf/TextMeasure.hpp"

#include "pdf/KerningTable.hpp"
#include "pdf/Utf8.hpp"

namespace trousse::pdf {

double measureText(FontBook& fonts, FontStyle style, std::string_view text, double size,
                   std::vector<KernedSegment>* segments) {
  if (segments != nullptr) segments->clear();
  const KerningTable& kerning = fonts.kerning(style);
  if (kerning.empty()) return fonts.width(style, text, size);

  const double perUnit = size / 1000.0;
  double x = 0;
  char32_t previous = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    const char32_t c = byte < 0x80 ? (++pos, char32_t(byte)) : nextCodePoint(text, pos);
    if (previous != 0) {
      if (const double kern = kerning.pair(previous, c); kern != 0) {
        x += kern * perUnit;
        if (segments != nullptr) {
          segments->push_back(KernedSegment{static_cast<std::uint32_t>(start), static_cast<float>(x)});
        }
      }
    }
    x += fonts.advance(style, c, size);
    previous = c;
  }
  return x;
}

}  // namespace trousse::pdf
