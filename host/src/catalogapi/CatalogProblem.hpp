#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace trousse::catalog {

/// Something wrong in a practice file, said in French for its author.
struct CatalogProblem {
  std::filesystem::path file;
  int line = 0;  ///< 1-based; 0 when the problem is about the whole file
  std::string message;

  /// "content/practices/x.md:12 : message"
  std::string text() const;
  bool operator==(const CatalogProblem&) const = default;
};

using CatalogProblems = std::vector<CatalogProblem>;

}  // namespace trousse::catalog
