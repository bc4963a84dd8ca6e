#pragma once

#include <hpdf.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/fonts/FontCoverage.hpp"
#include "pdf/output/HaruStatus.hpp"
#include "pdf/fonts/KerningTable.hpp"
#include "pdf/PdfWriter.hpp"
#include "pdf/text/TextStyle.hpp"

namespace trousse::pdf {

class LineCache;

/// The fonts of one PDF and their metrics. A face is loaded (and embedded) the first time
/// it is used, since loading costs milliseconds and most documents use two or three faces.
///
/// A character a face lacks is measured and drawn with the first fallback font that has it;
/// a fallback font is loaded only when such a character appears, so a plain French letter
/// never embeds one. A character no font has is drawn as a box and counted, for the report.
/// Glyph advances and the font each code point falls to are cached per code point.
class FontBook {
 public:
  FontBook(HPDF_Doc doc, HaruStatus& status, const FontSet& files);
  FontBook(const FontBook&) = delete;
  FontBook& operator=(const FontBook&) = delete;

  /// The libharu font for a face, loading it on first use. Throws IoError if the file is
  /// missing or unreadable.
  HPDF_Font font(FontStyle style);

  /// The kerning pairs of a face, read from its file on first use.
  const KerningTable& kerning(FontStyle style);

  static constexpr std::uint8_t kFace = 0;
  static constexpr std::uint8_t kNoFont = 0xFF;

  /// Advance width of a code point, in points, in the font that draws it.
  double advance(FontStyle style, char32_t codePoint, double size);
  /// Width of printable UTF-8 text drawn in one piece, in points.
  double width(FontStyle style, std::string_view text, double size);

  /// A character as drawn: by which font (kFace, or a fallback's index + 1), with which
  /// code (with libharu's UTF-8 encoding, a font's codes are Unicode's), how far it moves
  /// the pen in 1/1000 em.
  struct DrawnChar {
    std::uint16_t code = 0;
    std::uint8_t font = 0;
    std::int16_t advance = 0;
  };
  /// The characters of printable UTF-8 text drawn in a face, in order. Characters no font
  /// has stay in the face, which draws its "missing glyph" box for them (the text still
  /// reads, is found and copied whole), and are counted in missingGlyphs(); invisible ones
  /// no font has are left out. Call this to draw, not to measure.
  void encode(FontStyle style, std::string_view text, std::vector<DrawnChar>& out);
  /// The libharu font of a DrawnChar's `font` for a face.
  HPDF_Font drawingFont(FontStyle style, std::uint8_t font);

  /// Characters drawn without a glyph of their own: code point → occurrences.
  const std::map<char32_t, long>& missingGlyphs() const { return missing_; }
  /// Counts characters lost before layout (beyond U+FFFF, which libharu cannot draw).
  void countMissing(char32_t codePoint) { ++missing_[codePoint]; }
  /// Fallback fonts that could not be loaded, for the report.
  const std::vector<std::string>& fallbackProblems() const { return fallbackProblems_; }

  /// Completes the glyph subsets libharu embeds, before saving: libharu 2.3.0 keeps the
  /// glyphs drawn and their direct components, but not the components' own components,
  /// so "ễ" (ê + tilde, ê = e + circumflex) would print without its circumflex.
  void completeSubsets();

  // ---- Typesetting (maintained with the line breaker, see LineCache.hpp) ----------------
  /// Paragraphs already broken into lines with these fonts, for reuse.
  LineCache& lineCache();

 private:
  /// Which font draws a code point in a face, and its advance in 1/1000 em.
  struct Glyph {
    std::int16_t advance = -1;  ///< -1 until resolved
    std::uint8_t font = 0;      ///< kFace, a fallback's index + 1, or kNoFont
  };
  using GlyphBlock = std::array<Glyph, 256>;  // allocated when first touched
  struct Face {
    HPDF_Font font = nullptr;
    HPDF_FontDef definition = nullptr;
    std::array<std::unique_ptr<GlyphBlock>, 256> glyphs;
    std::shared_ptr<const KerningTable> kerning;
  };
  struct Fallback {
    std::shared_ptr<const FontCoverage> coverage;  ///< read when first needed
    HPDF_Font font = nullptr;                      ///< loaded when first needed
    bool failed = false;
  };

  /// The face, loaded on first use (loadFace).
  Face& face(FontStyle style) {
    Face& f = faces_[static_cast<std::size_t>(style)];
    return f.font != nullptr ? f : loadFace(style);
  }
  Face& loadFace(FontStyle style);
  const Glyph& glyph(Face& face, char32_t codePoint);
  Glyph resolve(Face& face, char32_t codePoint);
  HPDF_Font fallbackFont(std::size_t index);
  bool fallbackHas(std::size_t index, char32_t codePoint);

  HPDF_Doc doc_;
  HaruStatus& status_;
  const FontSet files_;  // a copy: the caller's may be a temporary
  std::array<Face, kFontStyleCount> faces_;
  std::vector<Fallback> fallbacks_;
  std::map<char32_t, long> missing_;
  std::vector<std::string> fallbackProblems_;
  std::shared_ptr<LineCache> lineCache_;  // see lineCache()
};

}  // namespace trousse::pdf
