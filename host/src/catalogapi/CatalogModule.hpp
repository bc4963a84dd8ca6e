#pragma once

#include "catalogapi/CatalogOptions.hpp"
#include "catalogapi/CatalogProblem.hpp"

#include <trousse/Catalog.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace trousse::catalog {

/// The catalog as its reviewers and the CLI see it: the plugins' Catalog, plus what loading
/// found wrong and "did you mean" for a mistyped id.
class ReviewedCatalog : public Catalog {
 public:
  /// Every problem found in the files, each naming its file and line.
  virtual const CatalogProblems& problems() const = 0;
  /// Ids near a mistyped one, nearest first.
  virtual std::vector<std::string> closestIds(const std::string& id,
                                              std::size_t limit = 3) const = 0;
};

/// The catalog's implementation lives in a module of its own (`lib/trousse/
/// libtrousse-catalog.so`), loaded the first time a command or a plugin needs the catalog: its
/// libraries (Poco Data, SQLite, hunspell) then cost nothing to a process that prints a letter.
class CatalogModule {
 public:
  virtual ~CatalogModule() = default;
  /// Reads the catalog (PracticeCatalog); throws IoError when the cache cannot be written.
  virtual std::shared_ptr<const ReviewedCatalog> open(const CatalogOptions& options) const = 0;
  /// The booklet's Markdown (bookletMarkdown).
  virtual std::string booklet(const std::string& title, const std::vector<Practice>& practices,
                              const Catalog& catalog) const = 0;
  /// A new practice file's text (practiceSkeleton); UsageError for an invalid id.
  virtual std::string skeleton(const std::string& id, const std::string& author,
                               const std::string& today) const = 0;
};

/// Loads the module; what it returns keeps the library loaded. Throws CatalogError naming the
/// file when it cannot be loaded.
std::shared_ptr<const CatalogModule> loadCatalogModule(const std::filesystem::path& file);

}  // namespace trousse::catalog

/// The symbol the module exports (with BOOST_DLL_ALIAS), and its type.
#define TROUSSE_CATALOG_MODULE_FACTORY trousse_catalog_module
namespace trousse::catalog {
using CatalogModuleFactory = std::shared_ptr<const CatalogModule>();
}
