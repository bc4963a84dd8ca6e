#pragma once

#include "catalogapi/CatalogProblem.hpp"

#include <trousse/Catalog.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace trousse::catalog {

/// One practice file as read: the value, and where each of its parts is in the file.
struct PracticeFile {
  std::filesystem::path file;
  Practice practice;
  std::map<std::string, int> keyLines;  ///< front matter key ("titre") → line in the file
  int bodyLine = 1;                     ///< line of the file where the body starts
  std::set<std::string> mistyped;       ///< keys already reported as of the wrong type

  /// The line of `key`, or the first line of the front matter when the key is absent.
  int lineOf(const std::string& key) const;
};

/// Reads `file` into a practice. Fields that are missing or of the wrong type are reported in
/// `problems` (the practice keeps a default value); a file that cannot be read at all (no front
/// matter, broken YAML) gives nothing and one problem. Never throws for the file's content.
std::optional<PracticeFile> readPracticeFile(const std::filesystem::path& file,
                                             const std::string& origin, CatalogProblems& problems);

}  // namespace trousse::catalog
