#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "pdf/text/InlineText.hpp"

namespace trousse::pdf {

/// The space French typography puts between two words, when it is not a plain breakable one.
enum class Glue : std::uint8_t {
  Breakable,   ///< an ordinary space, where a line may break
  Nbsp,        ///< U+00A0, a word space that never breaks
  NarrowNbsp,  ///< U+202F, a thin space that never breaks
};

/// The glue between two words separated by white space: `before` ends just before the space
/// and `after` starts just after it (each up to the next space, breakable or not).
///
/// The convention is the Imprimerie nationale's (Lexique des règles typographiques):
/// - a thin non-breaking space before ; ! ? and a word non-breaking space before : and »,
///   and after «;
/// - a non-breaking space that keeps together a number and its unit ("12 €", "3 km",
///   "10 %", "15 min", "17 h 30"), a day and its month ("1er décembre"; the year may go
///   to the next line), an ordinal and the word it qualifies ("4e B"), an abbreviated
///   title and the name ("M. Martin", "n° 12"), and the groups of a phone number
///   ("01 48 57 00 00"); a thin one between the groups of thousands ("12 000").
Glue glueBetween(std::string_view before, std::string_view after);

/// Applies French spacing to the prose of inline content (never to code spans, nor inside
/// URLs and e-mail addresses): breakable spaces become glue as glueBetween says, and the
/// spaces an author left out or typed wrong are fixed ("Objet:" → "Objet :", "«oui»" →
/// "« oui »", "17h30" → "17 h 30", "12€" → "12 €"). Glue is written into the text as U+00A0
/// or U+202F, so a line never breaks there and never starts with : ; ! ? » nor ends with «.
/// Times ("17:30") and URLs ("http://") keep their colons as they are.
///
/// Works on unmeasured items: their widths are to be computed afterwards.
void applyFrenchSpacing(std::vector<InlineItem>& items);

/// Outside French text (a translation): only a phone number's groups are kept on one line,
/// as the establishment and its contacts write them ("01 48 57 00 14").
void keepPhoneNumbersTogether(std::vector<InlineItem>& items);

/// A URL or an e-mail address ("https://…", "www.…", "…@…"): text that must stay exactly
/// as typed, neither spaced nor hyphenated.
bool looksLikeAddress(std::string_view word);

}  // namespace trousse::pdf
