#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trousse::catalog {

/// Lower case without accents ("Élève" → "eleve", "Œuvre" → "oeuvre"), punctuation as single
/// spaces: the key for French alphabetical order and for forgiving comparisons.
std::string foldForComparison(std::string_view text);

/// Where a word is in a text: bytes [begin, end).
struct WordSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The words of a text: runs of letters and digits (any script), in UTF-8. Invalid UTF-8 has
/// no words.
std::vector<std::string> wordsOf(std::string_view text);
/// The same words, as places in the text.
std::vector<WordSpan> wordSpansOf(std::string_view text);

/// One word as search compares it: lower case, without accents, nothing between its letters
/// and digits ("Élève2" → "eleve2").
std::string foldWord(std::string_view word);

/// Edit distance (Levenshtein) between two UTF-8 texts, counted in code points.
std::size_t editDistance(std::string_view a, std::string_view b);

}  // namespace trousse::catalog
