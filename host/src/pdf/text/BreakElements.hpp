#pragma once

#include <cstdint>
#include <vector>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/text/InlineText.hpp"

namespace trousse::pdf {

/// Which passes of the line breaker may break at a penalty: the first tries without
/// hyphenating, the second hyphenates, the last may cut a word too long for a line anywhere.
enum class BreakLevel : std::uint8_t { Always, Hyphenation, Emergency };

inline constexpr int kForcedBreak = -10000;

/// The material of Knuth and Plass's line breaking: boxes (text), glue (spaces that stretch
/// and shrink) and penalties (the other places a line may end, with what ending there costs).
struct Element {
  enum class Type : std::uint8_t { Box, Glue, Penalty };
  Type type = Type::Box;
  BreakLevel level = BreakLevel::Always;  ///< Penalty
  bool flagged = false;                   ///< Penalty: a break at a hyphen (two in a row cost more)
  bool addsHyphen = false;                ///< Penalty: breaking here prints a hyphen
  bool fill = false;                      ///< Glue: stretches without limit (before a forced break)
  int penalty = 0;                        ///< Penalty: kForcedBreak forces a break
  double width = 0;  ///< Box: its text; Glue: the natural space; Penalty: the hyphen's
  double stretch = 0, shrink = 0;    ///< Glue
  std::uint32_t item = 0;            ///< the InlineItem it comes from
  std::uint32_t begin = 0, end = 0;  ///< Box: the bytes of the item's text it shows
};

/// How much a space may stretch and shrink, as a fraction of its natural width (TeX's
/// proportions for a text font).
inline constexpr double kSpaceStretch = 0.5;
inline constexpr double kSpaceShrink = 1.0 / 3.0;

/// Turns measured inline content into elements for lines `lineWidth` wide. Words break at
/// their own hyphens and, when `hyphenate`, at the points of French hyphenation; a word
/// wider than a line may also break between any two characters (BreakLevel::Emergency).
///
/// Which words are hyphenated (a rule of this project, for names and data): only words
/// written in lowercase French letters, with 5 to 30 letters, in prose. So never a word
/// starting with a capital (names, acronyms, sentence starts), never a word with a digit
/// (dates, references, phone numbers) or in code, never a URL or e-mail address, never a
/// word with a letter French does not use (most foreign names: "Şükrü", "Wiśniewski").
/// After an apostrophe the word is hyphenated as a word of its own ("l’éta-blissement").
/// A compound breaks only at its own hyphens ("rendez-|vous"), and a capitalised one
/// ("Jean-Moulin", "Lefèvre-Çelik") not even there.
std::vector<Element> buildElements(const InlineContent& content, double lineWidth, bool hyphenate,
                                   FontBook& fonts);

}  // namespace trousse::pdf
