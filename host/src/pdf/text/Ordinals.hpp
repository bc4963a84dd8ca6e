#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "pdf/text/InlineText.hpp"

namespace trousse::pdf {

/// Where the letters of a French ordinal abbreviation start in `text`, and how many bytes
/// they take.
struct OrdinalLetters {
  std::size_t offset = 0, length = 0;
};

/// The ordinal abbreviations of `text` whose letters are set in superscript, in order. Only
/// the forms French typography recommends (Imprimerie nationale): "1er", "1re", "1ers",
/// "1res"; "2e", "3es", "21e"; "2d", "2de", "2ds", "2des"; and Roman numerals up to
/// XXXIX: "Ier", "Ve", "XIXe", "XXIes". Each stands apart: a letter or a digit just before or
/// after it makes it part of another word ("B4e", "4eme"). Forms French typography rejects
/// ("2ème", "3ième", "2nd", "1e") and words that only look alike ("De", "Le", "Mme") are left
/// as typed.
std::vector<OrdinalLetters> findOrdinals(std::string_view text);

/// Sets the letters of the ordinal abbreviations of prose in superscript: the Text item is
/// split, its letters in a smaller size with TextStyle::superscript (the pieces stay one
/// word). Not in code, nor in URLs and e-mail addresses. Works on unmeasured items.
void applyOrdinalSuperscripts(std::vector<InlineItem>& items);

}  // namespace trousse::pdf
