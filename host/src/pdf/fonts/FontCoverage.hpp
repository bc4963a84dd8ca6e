#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace trousse::pdf {

/// Which characters of the Basic Multilingual Plane a TrueType font has a glyph for, read
/// from its cmap table without loading the font into libharu: deciding that a fallback font
/// is not needed must cost no embedding.
class FontCoverage {
 public:
  /// The coverage of a face of a font file, read once per file and process (immutable and
  /// shared). A missing or unreadable file covers nothing.
  static std::shared_ptr<const FontCoverage> of(const std::filesystem::path& file,
                                                unsigned faceIndex = 0);

  /// Reads a font file's bytes; `faceIndex` picks a face of a TrueType collection.
  FontCoverage(std::span<const std::uint8_t> font, unsigned faceIndex);

  bool has(char32_t codePoint) const;
  bool empty() const { return ranges_.empty(); }

 private:
  void add(char32_t codePoint);
  std::vector<std::pair<char32_t, char32_t>> ranges_;  ///< sorted, inclusive, disjoint
};

}  // namespace trousse::pdf
