#include "catalog/SearchConnection.hpp"

#include "common/Errors.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/Utility.h>

#include <sqlite3.h>

namespace trousse::catalog {
namespace {

// The filters are joined row by row to the matches (CROSS JOIN keeps the FTS5 table as the
// outer loop). Only the rowid and the score go through the sorter; texts are read afterwards
// for the rows kept.
constexpr const char* kRank =
    "SELECT search.rowid, trousse_rank(search, ?1, f.length) AS score "
    "FROM search CROSS JOIN filters AS f ON f.rowid = search.rowid "
    "WHERE search MATCH ?2 AND (?3 = 0 OR f.pillars & ?3) AND (?4 = 0 OR f.levels & ?4) "
    "AND (?5 = 0 OR f.audiences & ?5) AND (?6 = 0 OR f.status & ?6) AND f.duration <= ?7 "
    "ORDER BY score DESC, search.rowid LIMIT ?8";
constexpr const char* kTexts = "SELECT title, summary, body FROM search WHERE rowid = ?1";

/// Resets a statement when a use of it ends, however it ends.
class Use {
 public:
  explicit Use(sqlite3_stmt* statement) : statement_(statement) {}
  ~Use() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
  Use(const Use&) = delete;
  Use& operator=(const Use&) = delete;

 private:
  sqlite3_stmt* statement_;
};

std::string column(sqlite3_stmt* statement, int index) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, index));
  return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, index)))
              : std::string();
}

}  // namespace

void SearchConnection::Finalize::operator()(sqlite3_stmt* statement) const {
  sqlite3_finalize(statement);
}

SearchConnection::SearchConnection(const std::string& databaseFile) try
    : session_(Poco::Data::SQLite::Connector::KEY, databaseFile) {
  sqlite3* connection = Poco::Data::SQLite::Utility::dbHandle(session_);
  // Pages read from the mapped file rather than copied by a system call each.
  sqlite3_exec(connection, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
  registerSearchRank(connection);
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v3(connection, kRank, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr) !=
      SQLITE_OK) {
    fail();
  }
  rank_.reset(raw);
  if (sqlite3_prepare_v3(connection, kTexts, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr) !=
      SQLITE_OK) {
    fail();
  }
  texts_.reset(raw);
} catch (const Poco::Exception& failure) {
  throw IoError("index du catalogue illisible (" + databaseFile + ") : " + failure.displayText());
}

SearchConnection::~SearchConnection() = default;

void SearchConnection::fail() const {
  throw IoError(std::string("index du catalogue illisible : ") +
                sqlite3_errmsg(Poco::Data::SQLite::Utility::dbHandle(session_)));
}

std::vector<SearchConnection::Ranked> SearchConnection::rank(const std::string& fts,
                                                             const RankInputs& inputs,
                                                             const IndexFilter& filter,
                                                             std::size_t limit) {
  sqlite3_stmt* statement = rank_.get();
  const Use use(statement);
  sqlite3_bind_pointer(statement, 1, const_cast<RankInputs*>(&inputs), kRankInputsType, nullptr);
  sqlite3_bind_text(statement, 2, fts.data(), static_cast<int>(fts.size()), SQLITE_STATIC);
  sqlite3_bind_int64(statement, 3, filter.pillars);
  sqlite3_bind_int64(statement, 4, filter.levels);
  sqlite3_bind_int64(statement, 5, filter.audiences);
  sqlite3_bind_int64(statement, 6, filter.statuses);
  sqlite3_bind_int64(statement, 7, filter.maxDurationMinutes);
  sqlite3_bind_int64(statement, 8, static_cast<sqlite3_int64>(limit));
  std::vector<Ranked> rows;
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    rows.push_back({sqlite3_column_int64(statement, 0), sqlite3_column_double(statement, 1)});
  }
  if (rc != SQLITE_DONE) fail();
  return rows;
}

std::vector<std::string> SearchConnection::texts(long long rowid) {
  sqlite3_stmt* statement = texts_.get();
  const Use use(statement);
  sqlite3_bind_int64(statement, 1, rowid);
  const int rc = sqlite3_step(statement);
  if (rc == SQLITE_DONE) return {};
  if (rc != SQLITE_ROW) fail();
  return {column(statement, 0), column(statement, 1), column(statement, 2)};
}

}  // namespace trousse::catalog
