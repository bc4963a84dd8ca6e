#include "catalog/SearchRank.hpp"

#include "common/Errors.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace trousse::catalog {
namespace {

// The columns of the search table: title, summary, body.
constexpr double kColumnWeights[] = {10.0, 4.0, 1.0};
constexpr double kK1 = 1.2;  // bm25's constants, as in FTS5
constexpr double kB = 0.75;

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int argc,
          sqlite3_value** argv) {
  const auto* inputs =
      argc == 2 ? static_cast<const RankInputs*>(sqlite3_value_pointer(argv[0], kRankInputsType))
                : nullptr;
  const int phrases = api->xPhraseCount(fts);
  if (inputs == nullptr || inputs->phraseWords.size() != static_cast<std::size_t>(phrases)) {
    sqlite3_result_error(result, "trousse_rank: wrong arguments", -1);
    return;
  }
  // Weighted by column, per word: a handful of words, kept on the stack.
  constexpr std::size_t kMostWords = 64;
  double frequency[kMostWords] = {};
  const std::size_t words = std::min(inputs->idf.size(), kMostWords);
  for (int phrase = 0; phrase < phrases; ++phrase) {
    const auto word =
        static_cast<std::size_t>(inputs->phraseWords[static_cast<std::size_t>(phrase)]);
    if (word >= words) continue;
    Fts5PhraseIter iter;
    int column = -1;
    int offset = 0;
    for (int rc = api->xPhraseFirst(fts, phrase, &iter, &column, &offset);
         rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iter, &column, &offset)) {
      if (column < 3) frequency[word] += kColumnWeights[column];
    }
  }
  const double length = static_cast<double>(sqlite3_value_int64(argv[1]));
  const double norm = kK1 * (1 - kB + kB * length / inputs->averageLength);
  double score = 0;
  std::size_t found = 0;
  for (std::size_t word = 0; word < words; ++word) {
    if (frequency[word] <= 0) continue;
    ++found;
    score += inputs->idf[word] * frequency[word] * (kK1 + 1) / (frequency[word] + norm);
  }
  sqlite3_result_double(result, score + (found == inputs->idf.size() ? kAllWordsBonus : 0));
}

fts5_api* ftsApi(sqlite3* connection) {
  fts5_api* api = nullptr;
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &raw, nullptr) != SQLITE_OK) {
    return nullptr;
  }
  const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw,
                                                                             &sqlite3_finalize);
  sqlite3_bind_pointer(raw, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(raw);
  return api;
}

}  // namespace

double inverseDocumentFrequency(long long docs, long long total) {
  const double idf =
      std::log((static_cast<double>(total - docs) + 0.5) / (static_cast<double>(docs) + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

void registerSearchRank(sqlite3* connection) {
  fts5_api* api = ftsApi(connection);
  if (api == nullptr || api->iVersion < 2 ||
      api->xCreateFunction(api, "trousse_rank", nullptr, &rank, nullptr) != SQLITE_OK) {
    throw IoError("SQLite sans FTS5 : recherche dans le catalogue impossible");
  }
}

}  // namespace trousse::catalog
