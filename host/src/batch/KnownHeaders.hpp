#pragma once

#include "batch/TargetSpec.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trousse::batch {

/// The header names of common exports (SIECLE, ONDE, Pronote…) and the field each one fills,
/// read from templates/csv-headers.json:
///
///     {"colonnes": {"Nom de famille": "eleve.nom",
///                   "Nom resp. légal{n}": "responsables.{n}.nom",
///                   "Code postal resp. légal{n}": {"champ": "responsables.{n}.adresse",
///                                                  "puis": "espace"}}}
///
/// Names are compared once normalised (normaliseHeader), so one entry covers the spellings that
/// differ in case, accents, spaces or punctuation. "{n}" stands for a number (1 to 99) in the
/// header, copied into the field path.
class KnownHeaders {
 public:
  /// Throws TemplateError naming `sourceName` when the JSON or an entry is malformed.
  static KnownHeaders parse(const std::string& jsonText, const std::string& sourceName);
  /// Throws IoError when the file cannot be read.
  static KnownHeaders load(const std::filesystem::path& file);

  /// The target for a CSV header name, "{n}" replaced; nullopt when the name is not known.
  std::optional<TargetSpec> find(std::string_view header) const;
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string written;              ///< as in the file, for messages
    std::vector<std::string> tokens;  ///< normalised words; "{n}" for the number
    TargetSpec target;
  };
  std::vector<Entry> entries_;
};

}  // namespace trousse::batch
