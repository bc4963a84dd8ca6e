#pragma once

#include "template/FieldSchema.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace trousse {

/// A piece of Mustache source and where it comes from, for messages "file:line : …".
struct MustacheSource {
  std::filesystem::path file;
  int firstLine = 1;  ///< line of `file` where `text` starts
  std::string text;
};

/// Checks that every tag of a template names something the template declares: a field
/// (resolved through the sections around it, as Mustache resolves names), a builtin
/// (etablissement.*, aujourdhui), a helper used as a section, or a declared partial.
/// Partials are checked where they are included, in the sections around the inclusion.
class PlaceholderCheck {
 public:
  PlaceholderCheck(const FieldSchema& schema, std::map<std::string, MustacheSource> partials);

  /// Every problem in `source` and the partials it includes, as "file:line : message";
  /// a syntax error stops the check of the text it is in.
  std::vector<std::string> check(const MustacheSource& source) const;

  /// Problems of the partials that no checked text included, checked at the top level.
  std::vector<std::string> checkUnusedPartials() const;

 private:
  struct Scope;
  class Walk;

  std::vector<Field> rootFields_;
  std::map<std::string, MustacheSource> partials_;
  mutable std::map<std::string, bool> partialUsed_;
};

}  // namespace trousse
