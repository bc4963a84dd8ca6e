#pragma once

#include "catalogapi/CatalogProblem.hpp"
#include "catalog/PracticeFile.hpp"

#include <vector>

namespace trousse::catalog {

class SpellChecker;
struct BodyText;

/// The rules of a practice file, every problem at once. The checks of one file are apart from
/// those between files (unique ids, related practices), which depend on the whole catalog.
class CatalogCheck {
 public:
  /// Without a spell checker, spelling is not checked.
  explicit CatalogCheck(SpellChecker* spelling) : spelling_(spelling) {}

  /// Values, id and file name, sources and addresses, review, body sections, spelling.
  CatalogProblems checkFile(const PracticeFile& file) const;

  /// Ids used by two files, and related practices (`liees`) that do not exist.
  static CatalogProblems checkTogether(const std::vector<PracticeFile>& files);

 private:
  void checkSpelling(const PracticeFile& file, const BodyText& body,
                     CatalogProblems& problems) const;

  SpellChecker* spelling_;
};

}  // namespace trousse::catalog
