#pragma once

#include <vector>

struct sqlite3;

namespace trousse::catalog {

/// What the rank function needs besides the row: bound to it as an SQLite pointer of type
/// kRankInputsType, valid for one statement execution.
struct RankInputs {
  std::vector<double> idf;       ///< per word searched: bm25's inverse document frequency
  std::vector<int> phraseWords;  ///< per phrase of the FTS5 query: the word it stands for
  double averageLength = 1;      ///< words per practice, over the catalog
};
inline constexpr const char* kRankInputsType = "trousse_rank_inputs";

/// Added to the score of a practice that has every word: any such practice ranks above every
/// practice that has only some. Far above any sum of bm25 terms.
inline constexpr double kAllWordsBonus = 1e6;

/// bm25's inverse document frequency of a word found in `docs` of `total` practices, as FTS5
/// computes it (a tiny positive value for words in more than half of them).
double inverseDocumentFrequency(long long docs, long long total);

/// Registers the FTS5 auxiliary function `trousse_rank(search, inputs, length)` on a
/// connection: higher is better. It is bm25 over the words searched (the phrases of a word
/// count together), with the columns weighted 10 (title), 4 (summary) and 1 (body), plus
/// kAllWordsBonus when the row has every word. Unlike
/// FTS5's bm25(), it reads the row's length from its argument (the `filters` table, joined)
/// rather than looking it up for each row, which was most of bm25's cost. Throws IoError.
void registerSearchRank(sqlite3* connection);

}  // namespace trousse::catalog
