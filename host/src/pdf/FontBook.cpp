#include "pdf/FontBook.hpp"

#include "common/Errors.hpp"
#include "pdf/CompositeGlyphs.hpp"
#include "pdf/Utf8.hpp"

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

/// Marks for embedding every glyph that a glyph marked for embedding is made of, at any depth.
void markComponents(HPDF_Font font, const CompositeGlyphs& composites) {
  const auto* fontAttr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_FontDef definition = fontAttr != nullptr ? fontAttr->fontdef : nullptr;
  if (definition == nullptr || definition->type != HPDF_FONTDEF_TYPE_TRUETYPE) return;
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

}  // namespace

FontBook::FontBook(HPDF_Doc doc, HaruStatus& status, const FontSet& files)
    : doc_(doc), status_(status), files_(files) {}

FontBook::Face& FontBook::face(FontStyle style) {
  Face& face = faces_[static_cast<std::size_t>(style)];
  if (face.font != nullptr) return face;

  const std::filesystem::path& path = fileOf(files_, style);
  // libharu refuses to load the same file twice: faces may share a file.
  for (std::size_t other = 0; other < kFontStyleCount; ++other) {
    if (faces_[other].font != nullptr && fileOf(files_, FontStyle(other)) == path) {
      face.font = faces_[other].font;
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
  return face;
}

HPDF_Font FontBook::font(FontStyle style) { return face(style).font; }

void FontBook::completeSubsets() {
  for (std::size_t style = 0; style < kFontStyleCount; ++style) {
    if (faces_[style].font == nullptr) continue;
    markComponents(faces_[style].font, *CompositeGlyphs::of(fileOf(files_, FontStyle(style))));
  }
}

int FontBook::advanceUnits(Face& face, char32_t codePoint) {
  if (codePoint > 0xFFFF) codePoint = kReplacementChar;
  std::unique_ptr<AdvanceBlock>& block = face.advances[codePoint >> 8];
  if (!block) {
    block = std::make_unique<AdvanceBlock>();
    block->fill(-1);
  }
  std::int16_t& units = (*block)[codePoint & 0xFF];
  if (units < 0) units = static_cast<std::int16_t>(HPDF_Font_GetUnicodeWidth(face.font, codePoint));
  return units;
}

double FontBook::advance(FontStyle style, char32_t codePoint, double size) {
  return advanceUnits(face(style), codePoint) * size / 1000.0;
}

double FontBook::width(FontStyle style, std::string_view text, double size) {
  Face& f = face(style);
  long units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      units += advanceUnits(f, byte);
      ++pos;
    } else {
      units += advanceUnits(f, nextCodePoint(text, pos));
    }
  }
  return static_cast<double>(units) * size / 1000.0;
}

}  // namespace trousse::pdf
