#include "pdf/CompositeGlyphs.hpp"

#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <string>

namespace trousse::pdf {
namespace {

/// Bounds-checked big-endian reads: a damaged font reads as zeros, never out of bounds.
struct FontBytes {
  std::span<const std::uint8_t> data;
  std::uint32_t u16(std::size_t at) const {
    return at + 2 <= data.size() ? (std::uint32_t(data[at]) << 8) | data[at + 1] : 0;
  }
  std::uint32_t u32(std::size_t at) const { return (u16(at) << 16) | u16(at + 2); }
};

struct Table {
  std::size_t offset = 0, length = 0;
};

Table findTable(const FontBytes& font, const char* tag) {
  const std::uint32_t count = font.u16(4);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + 16 * static_cast<std::size_t>(i);
    if (record + 16 <= font.data.size() && std::memcmp(font.data.data() + record, tag, 4) == 0) {
      return Table{font.u32(record + 8), font.u32(record + 12)};
    }
  }
  return {};
}

// Flags of a composite glyph's component record (TrueType 'glyf' table).
constexpr std::uint32_t kArgsAreWords = 0x0001;
constexpr std::uint32_t kHaveScale = 0x0008;
constexpr std::uint32_t kMoreComponents = 0x0020;
constexpr std::uint32_t kHaveXYScale = 0x0040;
constexpr std::uint32_t kHaveTwoByTwo = 0x0080;

}  // namespace

CompositeGlyphs::CompositeGlyphs(std::span<const std::uint8_t> data) {
  const FontBytes font{data};
  const Table head = findTable(font, "head");
  const Table maxp = findTable(font, "maxp");
  const Table loca = findTable(font, "loca");
  const Table glyf = findTable(font, "glyf");
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
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const CompositeGlyphs>> parsed;
  const std::lock_guard lock(mutex);
  std::shared_ptr<const CompositeGlyphs>& entry = parsed[file.string()];
  if (!entry) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    std::vector<std::uint8_t> bytes(in ? static_cast<std::size_t>(in.tellg()) : 0);
    in.seekg(0);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!in) bytes.clear();
    entry = std::make_shared<const CompositeGlyphs>(bytes);
  }
  return entry;
}

}  // namespace trousse::pdf
