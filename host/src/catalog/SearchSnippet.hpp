#pragma once

#include <string>
#include <vector>

namespace trousse::catalog {

/// A short extract of a practice around the words searched: the window of at most
/// `maxWords` words, in one of `columns` (title, summary, body), that holds the most
/// different searched words, then the most matches; earlier columns and places win ties, and
/// the first column with a window holding every word is taken.
/// Every word that starts with a searched word (both folded, see foldWord()) is marked
/// "«\u00a0word\u00a0»"; "…" tells that the column goes on before or after; line breaks
/// become spaces. Empty when no column has a searched word.
std::string searchSnippet(const std::vector<std::string>& columns,
                          const std::vector<std::string>& foldedWords, std::size_t maxWords = 12);

}  // namespace trousse::catalog
