#include "pdf/fonts/KerningTable.hpp"

#include "pdf/fonts/TrueTypeFile.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <string>

namespace trousse::pdf {
namespace {

/// The font's bytes, with the walks over the OpenType layout tables kerning needs.
struct FontReader : FontBytes {
  /// A table's offset, 0 when the font has none.
  std::size_t table(const char* tag) const { return findTable(*this, tag).offset; }

  /// Calls visit(glyph, index) for each glyph of a Coverage table.
  template <typename Visit>
  void coverage(std::size_t at, Visit visit) const {
    const std::uint32_t format = u16(at), count = u16(at + 2);
    for (std::uint32_t i = 0; i < count; ++i) {
      if (format == 1) {
        visit(u16(at + 4 + 2 * i), i);
      } else if (format == 2) {
        const std::size_t range = at + 4 + 6 * i;
        const std::uint32_t first = u16(range), last = u16(range + 2), index = u16(range + 4);
        for (std::uint32_t glyph = first; glyph <= last && glyph < 0x10000; ++glyph) {
          visit(glyph, index + glyph - first);
        }
      }
    }
  }

  /// Calls visit(glyph, class) for each glyph a ClassDef table names (the others are class 0).
  template <typename Visit>
  void classes(std::size_t at, Visit visit) const {
    const std::uint32_t format = u16(at);
    if (format == 1) {
      const std::uint32_t first = u16(at + 2), count = u16(at + 4);
      for (std::uint32_t i = 0; i < count; ++i) visit(first + i, u16(at + 6 + 2 * i));
    } else if (format == 2) {
      const std::uint32_t count = u16(at + 2);
      for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t range = at + 4 + 6 * i;
        const std::uint32_t first = u16(range), last = u16(range + 2), value = u16(range + 4);
        for (std::uint32_t glyph = first; glyph <= last && glyph < 0x10000; ++glyph) {
          visit(glyph, value);
        }
      }
    }
  }
};

constexpr std::uint32_t kXAdvance = 0x0004;

/// Size in bytes of a GPOS ValueRecord, and where its XAdvance is (-1: absent).
std::size_t valueSize(std::uint32_t format) {
  return 2 * static_cast<std::size_t>(__builtin_popcount(format & 0xFF));
}
int xAdvanceOffset(std::uint32_t format) {
  if ((format & kXAdvance) == 0) return -1;
  return 2 * __builtin_popcount(format & 0x3);
}

/// The lookups of the 'kern' feature for Latin text: the 'latn' script's default language,
/// failing that the default script's, failing that every 'kern' feature's.
std::set<std::uint32_t> kernLookups(const FontReader& font, std::size_t gpos) {
  const std::size_t scripts = gpos + font.u16(gpos + 4);
  const std::size_t features = gpos + font.u16(gpos + 6);
  auto lookupsOf = [&](const std::vector<std::uint32_t>& featureIndices) {
    std::set<std::uint32_t> lookups;
    const std::uint32_t count = font.u16(features);
    for (std::uint32_t index : featureIndices) {
      if (index >= count) continue;
      const std::size_t record = features + 2 + 6 * std::size_t(index);
      if (!font.tagIs(record, "kern")) continue;
      const std::size_t feature = features + font.u16(record + 4);
      const std::uint32_t lookupCount = font.u16(feature + 2);
      for (std::uint32_t i = 0; i < lookupCount; ++i) lookups.insert(font.u16(feature + 4 + 2 * i));
    }
    return lookups;
  };
  for (const char* tag : {"latn", "DFLT"}) {
    const std::uint32_t count = font.u16(scripts);
    for (std::uint32_t i = 0; i < count; ++i) {
      const std::size_t record = scripts + 2 + 6 * std::size_t(i);
      if (!font.tagIs(record, tag)) continue;
      const std::size_t script = scripts + font.u16(record + 4);
      const std::uint32_t defaultLanguage = font.u16(script);
      if (defaultLanguage == 0) continue;
      const std::size_t language = script + defaultLanguage;
      std::vector<std::uint32_t> indices;
      const std::uint32_t featureCount = font.u16(language + 4);
      for (std::uint32_t f = 0; f < featureCount; ++f)
        indices.push_back(font.u16(language + 6 + 2 * f));
      std::set<std::uint32_t> lookups = lookupsOf(indices);
      if (!lookups.empty()) return lookups;
    }
  }
  std::vector<std::uint32_t> all(font.u16(features));
  for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  return lookupsOf(all);
}

}  // namespace

KerningTable::KerningTable(std::span<const std::uint8_t> data) {
  const FontReader font{data};
  const std::size_t head = font.table("head");
  const std::size_t maxp = font.table("maxp");
  const std::size_t cmap = font.table("cmap");
  const std::uint32_t unitsPerEm = head != 0 ? font.u16(head + 18) : 0;
  const std::uint32_t glyphCount = maxp != 0 ? font.u16(maxp + 4) : 0;
  if (unitsPerEm == 0 || glyphCount == 0 || cmap == 0) return;
  scale_ = 1000.0 / unitsPerEm;

  // Code points to glyphs: the Unicode BMP subtable (format 4), or a full one (format 12).
  glyphs_.assign(0x10000, 0);
  const std::uint32_t encodings = font.u16(cmap + 2);
  std::size_t best = 0;
  for (std::uint32_t i = 0; i < encodings; ++i) {
    const std::size_t record = cmap + 4 + 8 * std::size_t(i);
    const std::uint32_t platform = font.u16(record), encoding = font.u16(record + 2);
    const std::size_t subtable = cmap + font.u32(record + 4);
    const std::uint32_t format = font.u16(subtable);
    const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
    if (unicode && (format == 4 || format == 12) && (best == 0 || format == 12)) best = subtable;
  }
  if (best == 0) return;
  if (font.u16(best) == 4) {
    const std::uint32_t segments = font.u16(best + 6) / 2;
    const std::size_t ends = best + 14, starts = ends + 2 * segments + 2;
    const std::size_t deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments;
    for (std::uint32_t s = 0; s < segments; ++s) {
      const std::uint32_t first = font.u16(starts + 2 * s), last = font.u16(ends + 2 * s);
      const std::uint32_t delta = font.u16(deltas + 2 * s);
      const std::size_t rangeOffsetAt = rangeOffsets + 2 * s;
      const std::uint32_t rangeOffset = font.u16(rangeOffsetAt);
      for (std::uint32_t c = first; c <= last && c < 0xFFFF; ++c) {
        std::uint32_t glyph = 0;
        if (rangeOffset == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          glyph = font.u16(rangeOffsetAt + rangeOffset + 2 * (c - first));
          if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
        }
        glyphs_[c] = static_cast<std::uint16_t>(glyph < glyphCount ? glyph : 0);
      }
    }
  } else {
    const std::uint32_t groups = font.u32(best + 12);
    for (std::uint32_t g = 0; g < groups; ++g) {
      const std::size_t group = best + 16 + 12 * std::size_t(g);
      const std::uint32_t first = font.u32(group), last = font.u32(group + 4);
      const std::uint32_t start = font.u32(group + 8);
      for (std::uint32_t c = first; c <= last && c < 0x10000; ++c) {
        const std::uint32_t glyph = start + (c - first);
        glyphs_[c] = static_cast<std::uint16_t>(glyph < glyphCount ? glyph : 0);
      }
    }
  }
  kernsAfter_.assign(glyphCount, false);

  if (const std::size_t gpos = font.table("GPOS"); gpos != 0) {
    const std::size_t lookupList = gpos + font.u16(gpos + 8);
    const std::uint32_t lookupCount = font.u16(lookupList);
    for (std::uint32_t index : kernLookups(font, gpos)) {
      if (index >= lookupCount) continue;
      const std::size_t lookup = lookupList + font.u16(lookupList + 2 + 2 * index);
      const std::uint32_t type = font.u16(lookup);
      const std::uint32_t subtableCount = font.u16(lookup + 4);
      Lookup parsed;
      for (std::uint32_t s = 0; s < subtableCount; ++s) {
        std::size_t at = lookup + font.u16(lookup + 6 + 2 * s);
        if (type == 9) {  // an extension: the real subtable is further away
          if (font.u16(at + 2) != 2) continue;
          at += font.u32(at + 4);
        } else if (type != 2) {
          continue;
        }
        const std::uint32_t format = font.u16(at);
        const std::uint32_t format1 = font.u16(at + 4), format2 = font.u16(at + 6);
        const int advanceAt = xAdvanceOffset(format1);
        if (advanceAt < 0 || (format != 1 && format != 2)) continue;
        PairSubtable& table = parsed.subtables.emplace_back();
        table.firstIndex.assign(glyphCount, -1);
        const std::size_t coverage = at + font.u16(at + 2);
        const std::size_t recordSize = valueSize(format1) + valueSize(format2);
        if (format == 1) {
          const std::uint32_t setCount = font.u16(at + 8);
          table.pairSets.resize(setCount);
          for (std::uint32_t set = 0; set < setCount; ++set) {
            const std::size_t setAt = at + font.u16(at + 10 + 2 * set);
            const std::uint32_t pairs = font.u16(setAt);
            for (std::uint32_t p = 0; p < pairs; ++p) {
              const std::size_t pair = setAt + 2 + (2 + recordSize) * p;
              const std::int16_t value = font.s16(pair + 2 + advanceAt);
              if (value != 0) table.pairSets[set].emplace_back(font.u16(pair), value);
            }
            std::sort(table.pairSets[set].begin(), table.pairSets[set].end());
          }
          font.coverage(coverage, [&](std::uint32_t glyph, std::uint32_t set) {
            if (glyph < glyphCount && set < setCount) {
              table.firstIndex[glyph] = static_cast<std::int32_t>(set);
            }
          });
        } else {
          table.classes = true;
          const std::size_t classDef1 = at + font.u16(at + 8), classDef2 = at + font.u16(at + 10);
          const std::uint32_t count1 = font.u16(at + 12), count2 = font.u16(at + 14);
          table.secondClassCount = static_cast<std::uint16_t>(count2);
          table.values.assign(std::size_t(count1) * count2, 0);
          for (std::uint32_t c1 = 0; c1 < count1; ++c1) {
            for (std::uint32_t c2 = 0; c2 < count2; ++c2) {
              const std::size_t record = at + 16 + recordSize * (std::size_t(c1) * count2 + c2);
              table.values[std::size_t(c1) * count2 + c2] = font.s16(record + advanceAt);
            }
          }
          std::vector<std::uint16_t> firstClass(glyphCount, 0);
          font.classes(classDef1, [&](std::uint32_t glyph, std::uint32_t value) {
            if (glyph < glyphCount) firstClass[glyph] = static_cast<std::uint16_t>(value);
          });
          table.secondClass.assign(glyphCount, 0);
          font.classes(classDef2, [&](std::uint32_t glyph, std::uint32_t value) {
            if (glyph < glyphCount && value < count2) {
              table.secondClass[glyph] = static_cast<std::uint16_t>(value);
            }
          });
          font.coverage(coverage, [&](std::uint32_t glyph, std::uint32_t) {
            if (glyph < glyphCount && firstClass[glyph] < count1) {
              table.firstIndex[glyph] = firstClass[glyph];
            }
          });
        }
        for (std::uint32_t glyph = 0; glyph < glyphCount; ++glyph) {
          if (table.firstIndex[glyph] >= 0) kernsAfter_[glyph] = true;
        }
      }
      if (!parsed.subtables.empty()) lookups_.push_back(std::move(parsed));
    }
  }
  if (lookups_.empty()) readLegacyTable(data, glyphCount);
  firstOfPair_.assign(glyphs_.size(), 0);
  for (std::size_t c = 0; c < glyphs_.size(); ++c) {
    firstOfPair_[c] = glyphs_[c] != 0 && kernsAfter_[glyphs_[c]] ? 1 : 0;
  }
}

void KerningTable::readLegacyTable(std::span<const std::uint8_t> data, std::uint32_t glyphCount) {
  const FontReader font{data};
  // The legacy 'kern' table (version 0, horizontal pairs in format 0).
  if (const std::size_t kern = font.table("kern"); kern != 0 && font.u16(kern) == 0) {
    std::size_t at = kern + 4;
    const std::uint32_t tables = font.u16(kern + 2);
    for (std::uint32_t t = 0; t < tables; ++t) {
      const std::uint32_t length = font.u16(at + 2), coverage = font.u16(at + 4);
      const bool horizontalPairs = (coverage & 0x0007) == 0x0001 && (coverage >> 8) == 0;
      if (horizontalPairs) {
        const std::uint32_t pairs = font.u16(at + 6);
        for (std::uint32_t p = 0; p < pairs; ++p) {
          const std::size_t pair = at + 14 + 6 * std::size_t(p);
          const std::uint32_t left = font.u16(pair), right = font.u16(pair + 2);
          const std::int16_t value = font.s16(pair + 4);
          if (value == 0 || left >= glyphCount) continue;
          legacy_.emplace_back((left << 16) | right, value);
          kernsAfter_[left] = true;
        }
      }
      if (length == 0) break;
      at += length;
    }
    std::sort(legacy_.begin(), legacy_.end());
  }
}

int KerningTable::units(std::uint16_t left, std::uint16_t right) const {
  int total = 0;
  for (const Lookup& lookup : lookups_) {
    // The first subtable that has the pair applies; the lookups' adjustments add up.
    for (const PairSubtable& table : lookup.subtables) {
      const std::int32_t first = table.firstIndex[left];
      if (first < 0) continue;
      if (table.classes) {
        total +=
            table.values[std::size_t(first) * table.secondClassCount + table.secondClass[right]];
        break;
      }
      const auto& set = table.pairSets[static_cast<std::size_t>(first)];
      const auto found =
          std::lower_bound(set.begin(), set.end(), std::make_pair(right, std::int16_t(INT16_MIN)));
      if (found != set.end() && found->first == right) {
        total += found->second;
        break;
      }
    }
  }
  if (!legacy_.empty()) {
    const std::uint32_t key = (std::uint32_t(left) << 16) | right;
    const auto found = std::lower_bound(legacy_.begin(), legacy_.end(),
                                        std::make_pair(key, std::int16_t(INT16_MIN)));
    if (found != legacy_.end() && found->first == key) total += found->second;
  }
  return total;
}

double KerningTable::pair(char32_t left, char32_t right) const {
  if (left >= glyphs_.size() || right >= glyphs_.size()) return 0;
  const std::uint16_t first = glyphs_[left];
  if (first == 0 || !kernsAfter_[first]) return 0;
  const std::uint16_t second = glyphs_[right];
  if (second == 0) return 0;
  return units(first, second) * scale_;
}

std::shared_ptr<const KerningTable> KerningTable::of(const std::filesystem::path& file) {
  return parsedOnce<KerningTable>(file, 0, [](const std::vector<std::uint8_t>& bytes) {
    return std::make_shared<const KerningTable>(bytes);
  });
}

}  // namespace trousse::pdf
