#pragma once

#include <cstddef>
#include <cstdint>

namespace trousse::pdf {

/// The five faces of a FontSet.
enum class FontStyle : std::uint8_t { Regular, Bold, Italic, BoldItalic, Mono };
inline constexpr std::size_t kFontStyleCount = 5;

/// The face for a combination of emphasis; code has a single (monospaced) face.
constexpr FontStyle fontStyle(bool bold, bool italic, bool mono) {
  if (mono) return FontStyle::Mono;
  if (bold) return italic ? FontStyle::BoldItalic : FontStyle::Bold;
  return italic ? FontStyle::Italic : FontStyle::Regular;
}

struct Color {
  float r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

inline constexpr Color kLinkBlue{0.05f, 0.2f, 0.6f};
inline constexpr Color kGray{0.4f, 0.4f, 0.4f};
inline constexpr Color kRuleGray{0.6f, 0.6f, 0.6f};
inline constexpr Color kShade{0.94f, 0.94f, 0.94f};

/// Body text size, in points.
inline constexpr float kBodySize = 10.5f;

/// How a piece of inline text looks. `link` and `image` index the owning InlineContent's
/// tables; -1 means none.
struct TextStyle {
  bool bold = false;
  bool italic = false;
  bool mono = false;
  bool strike = false;
  /// The letters of an ordinal abbreviation ("1er", "4e", "XIXe"): `size` is already the
  /// smaller one; the baseline is raised when drawn (see kSuperscriptRise).
  bool superscript = false;
  float size = kBodySize;
  Color color{};
  int link = -1;
  int image = -1;

  FontStyle font() const { return fontStyle(bold, italic, mono); }
};

/// Typographic constants shared by the layouts. Lines are `kLeading` times the font size;
/// the baseline sits one font size below the line's top (DejaVu's descent plus half the
/// leading fill the rest).
inline constexpr double kLeading = 1.3;
inline constexpr double kBaselineOffset = 1.0;
inline constexpr double kAscent = 0.93;  // DejaVu Sans, em units
inline constexpr double kDescent = 0.24;

/// Superscript letters: their size, and how far their baseline is raised, as fractions of the
/// text's size (close to the superior letters of fonts that have them).
inline constexpr float kSuperscriptScale = 0.65f;
inline constexpr double kSuperscriptRise = 0.3;
// Text extractors join a raised run to its line only within half its own size: "pdftotext
// -raw" would otherwise read "4e" / "B" on two lines (see docs/typography.md).
static_assert(kSuperscriptRise < 0.48 * kSuperscriptScale);

constexpr double millimetres(double mm) { return mm * 72.0 / 25.4; }

}  // namespace trousse::pdf
