#pragma once

#include "template/FieldSchema.hpp"

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace trousse::batch {

/// A per-letter file name written with field paths in braces: "{eleve.nom}-{eleve.prenom}",
/// "{eleve.classe}/{eleve.nom}" (the "/" becomes "-": no sub-folders). List items are numbered
/// from 1: "{responsables.1.nom}". Expansion gives raw text; pass it to safeFileStem (or to a
/// FileNameAllocator, which does) before touching the disk.
class FileNamePattern {
 public:
  static constexpr const char* kDefault = "{eleve.nom}-{eleve.prenom}";

  /// Throws UsageError for an unclosed or empty "{…}" or a "{" inside one.
  explicit FileNamePattern(std::string pattern = kDefault);

  const std::string& text() const { return pattern_; }
  /// The field paths the pattern uses, in order.
  std::vector<std::string> fields() const;
  /// The fields the schema does not have, for an error before any letter is made.
  std::vector<std::string> unknownFields(const FieldSchema& schema) const;

  /// The pattern with each "{path}" replaced by the data's value: text as is (line breaks
  /// included, safeFileStem turns them into "-"), numbers as written, booleans as "oui"/"non";
  /// absent values, objects and lists as "".
  std::string expand(const Poco::JSON::Object& data) const;

 private:
  struct Part {
    bool isField;
    std::string text;  ///< literal text, or the field path
  };
  std::string pattern_;
  std::vector<Part> parts_;
};

}  // namespace trousse::batch
