#include "catalog/SearchQuery.hpp"

#include "catalog/FrenchText.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace trousse::catalog {
namespace {

constexpr std::size_t kMostTerms = 16;  // past this, a prefix is cheaper than an OR
constexpr std::size_t kMostWords = 32;  // what a search text can mean; the rest is ignored

/// Little words of French (folded) that say nothing about a practice: "protocole de
/// signalement" is searched as "protocole signalement". As prefixes they would match nearly
/// every practice, and decide which practices have "every word".
bool isLittleWord(const std::string& folded) {
  static const std::set<std::string> kLittle = {
      "a",    "au",    "aux", "avec", "c",   "ce",  "ces", "cet",  "cette", "d",   "dans",
      "de",   "des",   "du",  "en",   "et",  "il",  "ils", "l",    "la",    "le",  "les",
      "leur", "leurs", "n",   "ne",   "ou",  "par", "pas", "pour", "qu",    "que", "qui",
      "s",    "sa",    "se",  "ses",  "son", "sur", "un",  "une",  "y"};
  return kLittle.contains(folded);
}

/// Whether FTS5 (unicode61, remove_diacritics 2) folds `word` exactly as foldWord() does:
/// true for ASCII and the accented letters of French, which both reduce to their base letter.
bool foldsAlike(std::string_view word) {
  static constexpr std::string_view kFrench = "àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ";
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    // A two-byte letter, looked up among the French ones (all two bytes long).
    if (i + 1 >= word.size()) return false;
    bool found = false;
    for (std::size_t j = 0; j + 1 < kFrench.size() && !found; j += 2) {
      found = kFrench.compare(j, 2, word.substr(i, 2)) == 0;
    }
    if (!found) return false;
    i += 2;
  }
  return true;
}

void quote(std::string& out, std::string_view term) {
  out += '"';
  for (char c : term) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  out += '"';
}

}  // namespace

SearchQuery searchQuery(const std::string& text) {
  SearchQuery query;
  std::vector<std::string> words = wordsOf(text);
  const bool onlyLittle = std::all_of(words.begin(), words.end(), [](const std::string& word) {
    return isLittleWord(foldWord(word));
  });
  for (std::string& word : words) {
    if (query.words.size() == kMostWords) break;
    std::string folded = foldWord(word);
    if (folded.empty() || (!onlyLittle && isLittleWord(folded)) ||
        std::find(query.words.begin(), query.words.end(), folded) != query.words.end()) {
      continue;
    }
    query.words.push_back(std::move(folded));
    query.typed.push_back(std::move(word));
  }
  return query;
}

FtsQuery ftsQuery(const SearchQuery& query, const IndexTerms& terms) {
  FtsQuery fts;
  for (std::size_t w = 0; w < query.words.size(); ++w) {
    if (!fts.text.empty()) fts.text += " OR ";
    const std::vector<std::string> exact = foldsAlike(query.typed[w])
                                               ? terms.withPrefix(query.words[w], kMostTerms)
                                               : std::vector<std::string>{};
    if (exact.empty()) {
      // Words hold only letters and digits: the word as typed, which FTS5 folds itself.
      quote(fts.text, query.typed[w]);
      fts.text += '*';
      fts.phraseWords.push_back(static_cast<int>(w));
      continue;
    }
    for (std::size_t t = 0; t < exact.size(); ++t) {
      if (t > 0) fts.text += " OR ";
      quote(fts.text, exact[t]);
      fts.phraseWords.push_back(static_cast<int>(w));
    }
  }
  return fts;
}

}  // namespace trousse::catalog
