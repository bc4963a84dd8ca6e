#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trousse::catalog {

/// Lower case without accents ("Élève" → "eleve", "Œuvre" → "oeuvre"), punctuation as single
/// spaces: the key for French alphabetical order and for forgiving comparisons.
std::string foldForComparison(std::string_view text);

/// The words of a text: runs of letters and digits (any script), in UTF-8. Invalid UTF-8 has
/// no words.
std::vector<std::string> wordsOf(std::string_view text);

/// Edit distance (Levenshtein) between two UTF-8 texts, counted in code points.
std::size_t editDistance(std::string_view a, std::string_view b);

}  // namespace trousse::catalog
