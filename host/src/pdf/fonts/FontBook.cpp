#include "pdf/fonts/FontBook.hpp"

#include "common/Errors.hpp"
#include "pdf/fonts/CompositeGlyphs.hpp"
#include "pdf/text/LineCache.hpp"
#include "common/Utf8.hpp"

// libharu's font records (installed headers): where it keeps which glyphs to embed.
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

#include <filesystem>
#include <vector>

namespace trousse::pdf {
namespace {

const std::filesystem::path& fileOf(const FontSet& files, FontStyle style) {
  switch (style) {
    case FontStyle::Bold:
      return files.bold;
    case FontStyle::Italic:
      return files.italic;
    case FontStyle::BoldItalic:
      return files.boldItalic;
    case FontStyle::Mono:
      return files.mono;
    case FontStyle::Regular:
      break;
  }
  return files.regular;
}

HPDF_FontDef definitionOf(HPDF_Font font) {
  const auto* fontAttr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_FontDef definition = fontAttr != nullptr ? fontAttr->fontdef : nullptr;
  return definition != nullptr && definition->type == HPDF_FONTDEF_TYPE_TRUETYPE ? definition
                                                                                 : nullptr;
}

/// Marks for embedding every glyph that a glyph marked for embedding is made of, at any depth.
void markComponents(HPDF_Font font, const CompositeGlyphs& composites) {
  HPDF_FontDef definition = definitionOf(font);
  if (definition == nullptr) return;
  auto* truetype = static_cast<HPDF_TTFontDefAttr>(definition->attr);
  if (truetype == nullptr || truetype->glyph_tbl.flgs == nullptr) return;
  HPDF_BYTE* used = truetype->glyph_tbl.flgs;
  const std::uint16_t count = truetype->num_glyphs;

  std::vector<std::uint16_t> pending;
  for (std::uint16_t glyph = 0; glyph < count; ++glyph) {
    if (used[glyph] != 0) pending.push_back(glyph);
  }
  std::vector<bool> visited(count, false);
  while (!pending.empty()) {
    const std::uint16_t glyph = pending.back();
    pending.pop_back();
    if (visited[glyph]) continue;
    visited[glyph] = true;
    for (std::uint16_t component : composites.components(glyph)) {
      if (component >= count) continue;
      used[component] = 1;
      pending.push_back(component);
    }
  }
}

/// Characters that are invisible by nature (Unicode's "default ignorable" ones that text
/// meets: variation selectors after an emoji, zero-width joiners, byte order marks): when
/// no font has them they are dropped rather than shown as missing.
bool ignorable(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) ||
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0x034F || c == 0x180E;
}

}  // namespace

FontBook::FontBook(HPDF_Doc doc, HaruStatus& status, const FontSet& files)
    : doc_(doc), status_(status), files_(files), fallbacks_(files.fallbacks.size()) {}

FontBook::Face& FontBook::loadFace(FontStyle style) {
  Face& face = faces_[static_cast<std::size_t>(style)];

  const std::filesystem::path& path = fileOf(files_, style);
  // libharu refuses to load the same file twice: faces may share a file.
  for (std::size_t other = 0; other < kFontStyleCount; ++other) {
    if (faces_[other].font != nullptr && fileOf(files_, FontStyle(other)) == path) {
      face.font = faces_[other].font;
      face.definition = faces_[other].definition;
      return face;
    }
  }
  std::error_code error;
  if (path.empty() || !std::filesystem::is_regular_file(path, error)) {
    throw IoError("Police introuvable : " + path.string());
  }
  const char* name = HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE);
  HPDF_Font font = name != nullptr ? HPDF_GetFont(doc_, name, "UTF-8") : nullptr;
  if (font == nullptr || status_.failed()) {
    throw IoError("Police illisible : " + path.string() + " (libharu, " + status_.describe() + ")");
  }
  face.font = font;
  face.definition = definitionOf(font);
  return face;
}

HPDF_Font FontBook::font(FontStyle style) { return face(style).font; }

// ---- Typesetting (maintained with the line breaker) -----------------------------------
LineCache& FontBook::lineCache() {
  if (!lineCache_) lineCache_ = std::make_shared<LineCache>();
  return *lineCache_;
}

const KerningTable& FontBook::kerning(FontStyle style) {
  Face& f = faces_[static_cast<std::size_t>(style)];
  if (!f.kerning) f.kerning = KerningTable::of(fileOf(files_, style));
  return *f.kerning;
}

bool FontBook::fallbackHas(std::size_t index, char32_t codePoint) {
  Fallback& fallback = fallbacks_[index];
  if (fallback.failed) return false;
  if (!fallback.coverage) {
    const FallbackFont& file = files_.fallbacks[index];
    fallback.coverage = FontCoverage::of(file.file, file.faceIndex);
  }
  return fallback.coverage->has(codePoint);
}

HPDF_Font FontBook::fallbackFont(std::size_t index) {
  Fallback& fallback = fallbacks_[index];
  if (fallback.font != nullptr || fallback.failed) return fallback.font;
  const FallbackFont& file = files_.fallbacks[index];
  const bool collection = file.file.extension() == ".ttc";
  const char* name =
      collection ? HPDF_LoadTTFontFromFile2(doc_, file.file.c_str(), file.faceIndex, HPDF_TRUE)
                 : HPDF_LoadTTFontFromFile(doc_, file.file.c_str(), HPDF_TRUE);
  HPDF_Font font = name != nullptr ? HPDF_GetFont(doc_, name, "UTF-8") : nullptr;
  if (font == nullptr || status_.failed()) {
    // A fallback font is a nicety: without it the characters it has are reported missing,
    // and the PDF is still written.
    fallbackProblems_.push_back("police de secours illisible : " + file.file.string() +
                                " (libharu, " + status_.describe() + ")");
    status_ = HaruStatus{};
    HPDF_ResetError(doc_);
    fallback.failed = true;
    return nullptr;
  }
  fallback.font = font;
  return font;
}

FontBook::Glyph FontBook::resolve(Face& face, char32_t codePoint) {
  const auto unicode = static_cast<HPDF_UINT16>(codePoint);
  if (face.definition == nullptr || HPDF_TTFontDef_GetGlyphid(face.definition, unicode) != 0) {
    return Glyph{static_cast<std::int16_t>(HPDF_Font_GetUnicodeWidth(face.font, unicode)), kFace};
  }
  for (std::size_t index = 0; index < fallbacks_.size(); ++index) {
    if (!fallbackHas(index, codePoint)) continue;
    if (HPDF_Font font = fallbackFont(index)) {
      return Glyph{static_cast<std::int16_t>(HPDF_Font_GetUnicodeWidth(font, unicode)),
                   static_cast<std::uint8_t>(index + 1)};
    }
  }
  if (ignorable(codePoint)) return Glyph{0, kNoFont};
  // The face's "missing glyph" box, as wide as the face says.
  return Glyph{static_cast<std::int16_t>(HPDF_Font_GetUnicodeWidth(face.font, unicode)), kNoFont};
}

const FontBook::Glyph& FontBook::glyph(Face& face, char32_t codePoint) {
  if (codePoint > 0xFFFF) codePoint = utf8::kReplacementChar;
  std::unique_ptr<GlyphBlock>& block = face.glyphs[codePoint >> 8];
  if (!block) block = std::make_unique<GlyphBlock>();
  Glyph& entry = (*block)[codePoint & 0xFF];
  if (entry.advance < 0) entry = resolve(face, codePoint);
  return entry;
}

void FontBook::completeSubsets() {
  for (std::size_t style = 0; style < kFontStyleCount; ++style) {
    if (faces_[style].font == nullptr) continue;
    markComponents(faces_[style].font, *CompositeGlyphs::of(fileOf(files_, FontStyle(style))));
  }
  for (std::size_t index = 0; index < fallbacks_.size(); ++index) {
    if (fallbacks_[index].font == nullptr) continue;
    markComponents(fallbacks_[index].font, *CompositeGlyphs::of(files_.fallbacks[index].file));
  }
}

double FontBook::advance(FontStyle style, char32_t codePoint, double size) {
  return glyph(face(style), codePoint).advance * size / 1000.0;
}

double FontBook::width(FontStyle style, std::string_view text, double size) {
  Face& f = face(style);
  long units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      units += glyph(f, byte).advance;
      ++pos;
    } else {
      units += glyph(f, utf8::nextCodePoint(text, pos)).advance;
    }
  }
  return static_cast<double>(units) * size / 1000.0;
}

HPDF_Font FontBook::drawingFont(FontStyle style, std::uint8_t font) {
  return font == kFace ? face(style).font : fallbacks_[font - 1].font;
}

void FontBook::encode(FontStyle style, std::string_view text, std::vector<DrawnChar>& out) {
  Face& f = face(style);
  out.clear();
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    char32_t c = byte < 0x80 ? (++pos, char32_t(byte)) : utf8::nextCodePoint(text, pos);
    if (c > 0xFFFF) c = utf8::kReplacementChar;  // libharu's fonts have two-byte codes
    const Glyph& g = glyph(f, c);
    std::uint8_t font = g.font;
    if (font == kNoFont) {
      if (ignorable(c)) continue;
      ++missing_[c];
      font = kFace;
    }
    out.push_back(DrawnChar{static_cast<std::uint16_t>(c), font, g.advance});
  }
}

}  // namespace trousse::pdf
