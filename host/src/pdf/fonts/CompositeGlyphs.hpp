#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <vector>

namespace trousse::pdf {

/// Which glyphs of a TrueType font are built from other glyphs, and from which: accented
/// letters such as "ễ" are composites of a base letter and marks, sometimes nested
/// (ễ = ê + tilde, ê = e + circumflex). Read from the font file's glyf table.
class CompositeGlyphs {
 public:
  /// The composites of a font file, parsed once per file and process (the result is
  /// immutable and shared). A file that cannot be parsed has no known composites.
  static std::shared_ptr<const CompositeGlyphs> of(const std::filesystem::path& file);

  explicit CompositeGlyphs(std::span<const std::uint8_t> font);

  /// The glyphs `glyph` is directly made of; empty for a simple glyph.
  std::span<const std::uint16_t> components(std::uint16_t glyph) const;

 private:
  std::vector<std::uint32_t>
      first_;  // per glyph, its first component in parts_; one more at the end
  std::vector<std::uint16_t> parts_;
};

}  // namespace trousse::pdf
