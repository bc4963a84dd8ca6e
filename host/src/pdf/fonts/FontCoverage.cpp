#include "pdf/fonts/FontCoverage.hpp"

#include "pdf/fonts/TrueTypeFile.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <string>

namespace trousse::pdf {
namespace {

/// The format 4 subtable libharu itself reads (Windows Unicode BMP, else any Unicode one):
/// coverage must agree with what libharu can draw.
std::size_t findBmpSubtable(const FontBytes& font, std::size_t cmap) {
  const std::uint32_t count = font.u16(cmap + 2);
  std::size_t chosen = 0;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::size_t record = cmap + 4 + 8 * std::size_t(i);
    const std::uint32_t platform = font.u16(record), encoding = font.u16(record + 2);
    const std::size_t subtable = cmap + font.u32(record + 4);
    if (font.u16(subtable) != 4) continue;
    if (platform == 3 && encoding == 1) return subtable;
    if (platform == 0 && chosen == 0) chosen = subtable;
  }
  return chosen;
}

}  // namespace

FontCoverage::FontCoverage(std::span<const std::uint8_t> data, unsigned faceIndex) {
  const FontBytes font{data};
  const std::size_t directory = faceDirectory(font, faceIndex);
  const std::size_t cmap = findTable(font, "cmap", directory).offset;
  if (cmap == 0) return;
  const std::size_t table = findBmpSubtable(font, cmap);
  if (table == 0) return;
  const std::uint32_t segments = font.u16(table + 6) / 2;
  const std::size_t ends = table + 14;
  const std::size_t starts = ends + 2 * std::size_t(segments) + 2;
  const std::size_t deltas = starts + 2 * std::size_t(segments);
  const std::size_t rangeOffsets = deltas + 2 * std::size_t(segments);
  for (std::uint32_t s = 0; s < segments; ++s) {
    const std::uint32_t end = font.u16(ends + 2 * s), start = font.u16(starts + 2 * s);
    const std::uint32_t delta = font.u16(deltas + 2 * s);
    const std::size_t offsetAt = rangeOffsets + 2 * std::size_t(s);
    const std::uint32_t rangeOffset = font.u16(offsetAt);
    for (std::uint32_t c = start; c <= end && c < 0xFFFF; ++c) {
      std::uint32_t glyph = 0;
      if (rangeOffset == 0) {
        glyph = (c + delta) & 0xFFFF;
      } else {
        glyph = font.u16(offsetAt + rangeOffset + 2 * std::size_t(c - start));
        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
      }
      if (glyph != 0) add(c);
    }
  }
}

void FontCoverage::add(char32_t c) {
  // Segments come in increasing order, so ranges grow at the end.
  if (!ranges_.empty() && ranges_.back().second + 1 == c) {
    ranges_.back().second = c;
  } else if (ranges_.empty() || ranges_.back().second < c) {
    ranges_.emplace_back(c, c);
  }
}

bool FontCoverage::has(char32_t c) const {
  const auto after =
      std::upper_bound(ranges_.begin(), ranges_.end(), c,
                       [](char32_t value, const std::pair<char32_t, char32_t>& range) {
                         return value < range.first;
                       });
  return after != ranges_.begin() && c <= std::prev(after)->second;
}

std::shared_ptr<const FontCoverage> FontCoverage::of(const std::filesystem::path& file,
                                                     unsigned faceIndex) {
  return parsedOnce<FontCoverage>(file, faceIndex,
                                  [faceIndex](const std::vector<std::uint8_t>& bytes) {
                                    return std::make_shared<const FontCoverage>(bytes, faceIndex);
                                  });
}

}  // namespace trousse::pdf
