#pragma once

#include "catalog/SearchRank.hpp"

#include <Poco/Data/Session.h>

#include <climits>
#include <memory>
#include <string>
#include <vector>

struct sqlite3_stmt;

namespace trousse::catalog {

/// What a search keeps, as the index stores it: bits as valueBits() gives them, 0 for "any".
struct IndexFilter {
  unsigned pillars = 0;
  unsigned levels = 0;
  unsigned audiences = 0;
  unsigned statuses = 0;
  int maxDurationMinutes = INT_MAX;
};

/// One reader's connection to the index, with its search statements prepared once: used by
/// one thread at a time (see ReadSessions).
class SearchConnection {
 public:
  /// Throws IoError when the file cannot be opened or is not an index of this version.
  explicit SearchConnection(const std::string& databaseFile);
  ~SearchConnection();
  SearchConnection(const SearchConnection&) = delete;
  SearchConnection& operator=(const SearchConnection&) = delete;

  struct Ranked {
    long long rowid = 0;
    double score = 0;  ///< trousse_rank: higher is better
  };
  /// The best `limit` rows matching the FTS5 query and the filter, best first (ties: by
  /// rowid). Throws IoError.
  std::vector<Ranked> rank(const std::string& fts, const RankInputs& inputs,
                           const IndexFilter& filter, std::size_t limit);
  /// The searched columns of a row: title, summary, body. Throws IoError.
  std::vector<std::string> texts(long long rowid);

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* statement) const;
  };
  using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

  [[noreturn]] void fail() const;

  Poco::Data::Session session_;
  Statement rank_;
  Statement texts_;
};

}  // namespace trousse::catalog
