#pragma once

#include "catalogapi/CatalogProblem.hpp"
#include "catalog/IndexTerms.hpp"
#include "catalog/PracticeFile.hpp"
#include "catalog/SearchConnection.hpp"
#include "catalog/SearchQuery.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trousse::catalog {

class ReadSessions;

/// A practice file as listed in its folder: what tells whether it changed.
struct FileStamp {
  std::string path;
  long long size = 0;
  long long mtime = 0;  ///< last write time, in the file clock's ticks
  bool operator==(const FileStamp&) const = default;
};

/// The `.md` files of the folders, each folder's files sorted by name.
std::vector<FileStamp> listPracticeFiles(const std::vector<std::filesystem::path>& folders);

/// What the catalog read from its files: kept in the index, so that an unchanged catalog is
/// not read and checked again.
struct CatalogContents {
  std::vector<PracticeFile> files;
  CatalogProblems problems;  ///< the problems of each file on its own
};

/// The search index and cache of the catalog: one SQLite file in a cache folder, with an FTS5
/// table over titles, summaries and bodies (accents and case folded), a table of what searches
/// filter on (pillars, levels, audiences and status as bits, duration, length) and the
/// indexed words with their number of practices. The file is replaced as a whole, never
/// patched: a rebuild writes a new file and renames it over the old one. Reads may come from
/// many threads at once.
class CatalogIndex {
 public:
  /// Uses `<cacheFolder>/catalogue.sqlite`; the folder is created if needed (IoError when it
  /// cannot be).
  explicit CatalogIndex(const std::filesystem::path& cacheFolder);
  ~CatalogIndex();
  CatalogIndex(const CatalogIndex&) = delete;
  CatalogIndex& operator=(const CatalogIndex&) = delete;

  /// What the index holds, when it was built from exactly `listing` with this version of
  /// Trousse; nothing when it is missing, older, for other files, or unreadable (corrupt).
  std::optional<CatalogContents> load(const std::vector<FileStamp>& listing);

  /// Replaces the index. The n-th file is the n-th search result index.
  void rebuild(const std::vector<FileStamp>& listing, const CatalogContents& contents);

  struct Hit {
    std::size_t file = 0;  ///< index into the files given to rebuild() or returned by load()
    double score = 0;      ///< higher is better; every word found adds kAllWordsBonus
    std::string snippet;   ///< see searchSnippet()
  };
  /// The best `limit` practices that pass the filter and hold at least one of the words (as
  /// prefixes): those with every word first, then those with some; within each, by bm25 with
  /// titles weighing 10, summaries 4 and bodies 1. Throws IoError.
  std::vector<Hit> search(const SearchQuery& query, const IndexFilter& filter,
                          std::size_t limit) const;

  std::filesystem::path file() const { return file_; }

 private:
  void openReaders();

  std::filesystem::path file_;
  std::unique_ptr<ReadSessions> readers_;
  IndexTerms terms_;
  double averageLength_ = 1;  // words per practice
};

}  // namespace trousse::catalog
