#pragma once

#include "catalog/IndexTerms.hpp"

#include <string>
#include <vector>

namespace trousse::catalog {

/// A user's search text as words: each run of letters or digits once, in the order typed, the
/// first 32 only, without the little words of French (de, la, les, à, pour…) unless the text
/// has nothing else.
/// Quotes, operators (AND, OR, NOT, NEAR), columns, `-`, `*` and parentheses are never syntax.
struct SearchQuery {
  std::vector<std::string> words;  ///< folded ("Médiat" → "mediat"); empty: no word
  std::vector<std::string> typed;  ///< the same words as typed
};

SearchQuery searchQuery(const std::string& text);

/// The FTS5 query "any of the words, as prefixes", and which word each of its phrases stands
/// for (the rank function counts words, not phrases).
struct FtsQuery {
  std::string text;
  std::vector<int> phraseWords;  ///< the n-th phrase is for words[phraseWords[n]]
};

/// A word becomes the OR of the index's words that start with it ("conf" → "confiance" OR
/// "conflit"), which FTS5 reads faster than a prefix; when the index has too many such words,
/// none, or when the word has letters whose folding might differ from FTS5's, it stays a
/// prefix ("médiat"*). Either way it matches the same practices.
FtsQuery ftsQuery(const SearchQuery& query, const IndexTerms& terms);

}  // namespace trousse::catalog
