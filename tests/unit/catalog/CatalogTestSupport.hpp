#pragma once

// Fixtures and helpers shared by the catalog's tests.

#include "catalogapi/CatalogProblem.hpp"

#include <filesystem>
#include <string>

namespace trousse::catalog::test {

inline std::filesystem::path fixtures() {
  return std::filesystem::path(TROUSSE_SOURCE_DIR) / "tests/fixtures/catalog";
}

/// "file.md:12 : message" lines, one per problem, with the file's name only: what a user reads.
inline std::string describe(const CatalogProblems& problems) {
  std::string out;
  for (const CatalogProblem& problem : problems) {
    out += problem.file.filename().string() + ":" + std::to_string(problem.line) + " : " +
           problem.message + "\n";
  }
  return out;
}

}  // namespace trousse::catalog::test
