#pragma once

#include <hpdf.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

#include "pdf/HaruStatus.hpp"
#include "pdf/PdfWriter.hpp"
#include "pdf/TextStyle.hpp"

namespace trousse::pdf {

/// The fonts of one PDF and their metrics. A face is loaded (and embedded) the first time
/// it is used, since loading costs milliseconds and most documents use two or three faces.
/// Glyph advances are cached per code point.
class FontBook {
 public:
  FontBook(HPDF_Doc doc, HaruStatus& status, const FontSet& files);
  FontBook(const FontBook&) = delete;
  FontBook& operator=(const FontBook&) = delete;

  /// The libharu font for a face, loading it on first use. Throws IoError if the file is
  /// missing or unreadable.
  HPDF_Font font(FontStyle style);

  /// Advance width of a code point, in points.
  double advance(FontStyle style, char32_t codePoint, double size);
  /// Width of printable UTF-8 text drawn in one piece, in points.
  double width(FontStyle style, std::string_view text, double size);

  /// Completes the glyph subsets libharu embeds, before saving: libharu 2.3.0 keeps the
  /// glyphs drawn and their direct components, but not the components' own components,
  /// so "ễ" (ê + tilde, ê = e + circumflex) would print without its circumflex.
  void completeSubsets();

 private:
  // Advances in 1/1000 em, in blocks of 256 code points allocated when first touched.
  using AdvanceBlock = std::array<std::int16_t, 256>;
  struct Face {
    HPDF_Font font = nullptr;
    std::array<std::unique_ptr<AdvanceBlock>, 256> advances;
  };

  Face& face(FontStyle style);
  int advanceUnits(Face& face, char32_t codePoint);

  HPDF_Doc doc_;
  HaruStatus& status_;
  const FontSet& files_;
  std::array<Face, kFontStyleCount> faces_;
};

}  // namespace trousse::pdf
