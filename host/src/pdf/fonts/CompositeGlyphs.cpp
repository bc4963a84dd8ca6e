#include "pdf/fonts/CompositeGlyphs.hpp"

#include "pdf/fonts/TrueTypeFile.hpp"

#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <string>

namespace trousse::pdf {
namespace {

// Flags of a composite glyph's component record (TrueType 'glyf' table).
constexpr std::uint32_t kArgsAreWords = 0x0001;
constexpr std::uint32_t kHaveScale = 0x0008;
constexpr std::uint32_t kMoreComponents = 0x0020;
constexpr std::uint32_t kHaveXYScale = 0x0040;
constexpr std::uint32_t kHaveTwoByTwo = 0x0080;

}  // namespace

CompositeGlyphs::CompositeGlyphs(std::span<const std::uint8_t> data) {
  const FontBytes font{data};
  const FontTable head = findTable(font, "head");
  const FontTable maxp = findTable(font, "maxp");
  const FontTable loca = findTable(font, "loca");
  const FontTable glyf = findTable(font, "glyf");
  const std::uint32_t glyphs = maxp.length != 0 ? font.u16(maxp.offset + 4) : 0;
  const bool longOffsets = head.length != 0 && font.u16(head.offset + 50) != 0;
  first_.assign(glyphs + 1, 0);
  if (glyf.length == 0 || loca.length == 0) return;

  for (std::uint32_t glyph = 0; glyph < glyphs; ++glyph) {
    first_[glyph] = static_cast<std::uint32_t>(parts_.size());
    const std::size_t start = longOffsets ? font.u32(loca.offset + 4 * glyph)
                                          : 2 * std::size_t(font.u16(loca.offset + 2 * glyph));
    const std::size_t end = longOffsets ? font.u32(loca.offset + 4 * (glyph + 1))
                                        : 2 * std::size_t(font.u16(loca.offset + 2 * (glyph + 1)));
    if (end <= start || end > glyf.length) continue;
    const std::size_t at = glyf.offset + start;
    if ((font.u16(at) & 0x8000) == 0) continue;  // numberOfContours >= 0: a simple glyph
    std::size_t record = at + 10;                // past the glyph header
    std::uint32_t flags = 0;
    do {
      if (record + 4 > glyf.offset + end) break;
      flags = font.u16(record);
      const std::uint32_t component = font.u16(record + 2);
      if (component < glyphs) parts_.push_back(static_cast<std::uint16_t>(component));
      record += 4 + ((flags & kArgsAreWords) ? 4 : 2);
      if (flags & kHaveScale)
        record += 2;
      else if (flags & kHaveXYScale)
        record += 4;
      else if (flags & kHaveTwoByTwo)
        record += 8;
    } while (flags & kMoreComponents);
  }
  first_[glyphs] = static_cast<std::uint32_t>(parts_.size());
}

std::span<const std::uint16_t> CompositeGlyphs::components(std::uint16_t glyph) const {
  if (std::size_t(glyph) + 1 >= first_.size()) return {};
  return std::span<const std::uint16_t>(parts_).subspan(first_[glyph],
                                                        first_[glyph + 1] - first_[glyph]);
}

std::shared_ptr<const CompositeGlyphs> CompositeGlyphs::of(const std::filesystem::path& file) {
  return parsedOnce<CompositeGlyphs>(file, 0, [](const std::vector<std::uint8_t>& bytes) {
    return std::make_shared<const CompositeGlyphs>(bytes);
  });
}

}  // namespace trousse::pdf
