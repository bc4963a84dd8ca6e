#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <vector>

namespace trousse::pdf {

/// The kerning pairs of a TrueType font ("AV", "r.", "Te" drawn closer than their advances
/// say), read from its file: the OpenType GPOS 'kern' feature (pair adjustment, formats 1
/// and 2, for the Latin script), or failing that the legacy 'kern' table. libharu draws
/// TrueType text without kerning; the line breaker measures with these pairs and places the
/// pieces of text itself.
class KerningTable {
 public:
  /// The pairs of a font file, read once per file and process (immutable and shared). A
  /// missing or unreadable file has none.
  static std::shared_ptr<const KerningTable> of(const std::filesystem::path& file);

  explicit KerningTable(std::span<const std::uint8_t> font);

  /// The change of advance between two characters drawn one after the other, in 1/1000 em
  /// (negative: closer). 0 when either is beyond U+FFFF or not in the font.
  double pair(char32_t left, char32_t right) const;
  /// False when no pair starts with this character: most characters, checked first because
  /// text is measured character by character.
  bool kernsAfter(char32_t left) const {
    return left < firstOfPair_.size() && firstOfPair_[left] != 0;
  }
  bool empty() const { return lookups_.empty() && legacy_.empty(); }

 private:
  /// One pair-adjustment subtable, indexed by glyph: classes (format 2) or pair sets (format 1).
  struct PairSubtable {
    bool classes = false;
    std::vector<std::int32_t>
        firstIndex;  ///< per glyph: class (format 2) or pair set, -1 if not covered
    std::vector<std::uint16_t> secondClass;  ///< format 2, per glyph
    std::uint16_t secondClassCount = 0;      ///< format 2
    std::vector<std::int16_t> values;        ///< format 2, class × class
    std::vector<std::vector<std::pair<std::uint16_t, std::int16_t>>> pairSets;  ///< format 1
  };
  struct Lookup {
    std::vector<PairSubtable> subtables;
  };
  int units(std::uint16_t left, std::uint16_t right) const;
  void readLegacyTable(std::span<const std::uint8_t> font, std::uint32_t glyphCount);

  std::vector<std::uint16_t> glyphs_;      ///< per BMP code point; 0 when the font lacks it
  std::vector<bool> kernsAfter_;           ///< per glyph: some pair starts with it
  std::vector<std::uint8_t> firstOfPair_;  ///< per BMP code point: kernsAfter_ of its glyph
  std::vector<Lookup> lookups_;            ///< applied in order, their adjustments added
  std::vector<std::pair<std::uint32_t, std::int16_t>> legacy_;  ///< (left << 16 | right), sorted
  double scale_ = 1;                                            ///< font units to 1/1000 em
};

}  // namespace trousse::pdf
