#pragma once

#include "catalog/CatalogIndex.hpp"
#include "catalog/PracticeFile.hpp"
#include "catalog/SpellChecker.hpp"
#include "catalogapi/CatalogModule.hpp"
#include "catalogapi/CatalogOptions.hpp"
#include "catalogapi/CatalogProblem.hpp"

#include <trousse/Catalog.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trousse::catalog {

/// The catalog of practices read from its folders (trousse::Catalog). Loading never fails on
/// a practice: a file that cannot be read is left out and reported, files with problems are
/// still listed and found, and problems() tells everything. The index in the cache folder is
/// rebuilt when a file changed (size or time), when it is damaged, or when its format is
/// older. Immutable once built: every method may be called from many threads.
class PracticeCatalog final : public ReviewedCatalog {
 public:
  /// Throws IoError only when the cache folder cannot be created or written.
  explicit PracticeCatalog(const CatalogOptions& options);
  ~PracticeCatalog() override;

  /// Every problem found in the files, each naming its file and line.
  const CatalogProblems& problems() const override { return problems_; }
  /// Whether loading rebuilt the index (rather than reading it back).
  bool rebuiltIndex() const { return rebuilt_; }

  std::optional<Practice> find(const std::string& id) const override;
  /// Filter values may be written loosely ("college", pillar "3"); throws UsageError, in
  /// French, for a value that names nothing.
  std::vector<Practice> list(const PracticeFilter& filter) const override;
  std::vector<PracticeHit> search(const std::string& text, const PracticeFilter& filter,
                                  std::size_t limit = 20) const override;

  /// Ids near a mistyped one, nearest first ("did you mean").
  std::vector<std::string> closestIds(const std::string& id, std::size_t limit = 3) const override;

 private:
  struct ResolvedFilter;
  ResolvedFilter resolve(const PracticeFilter& filter) const;
  bool passes(const Practice& practice, const ResolvedFilter& filter) const;

  CatalogIndex index_;
  std::vector<PracticeFile> files_;  // as indexed: search results point here
  std::vector<bool> kept_;           // false for a file whose id another file already has
  std::map<std::string, std::size_t> byId_;
  std::vector<std::size_t> alphabetical_;  // kept files, by title in French order
  std::vector<std::string> ids_;
  CatalogProblems problems_;
  bool rebuilt_ = false;
};

}  // namespace trousse::catalog
