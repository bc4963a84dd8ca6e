#pragma once

#include "batch/ColumnMapping.hpp"
#include "batch/CsvReader.hpp"

#include <Poco/JSON/Object.h>

#include <map>
#include <string>
#include <vector>

namespace trousse::batch {

/// The data of one letter, and where each of its values came from.
struct RowData {
  Poco::JSON::Object::Ptr data;
  /// CSV header names behind each field path of `data`, with the item numbers `data` has
  /// ("responsables.1.nom" → {"Nom resp. légal2"} when the first adult was left empty).
  std::map<std::string, std::vector<std::string>> columnsByField;

  /// The columns behind `fieldPath`, joined with ", "; for a path with no entry (a whole list,
  /// "responsables"), the columns of the fields under it; empty when none.
  std::string columnsFor(const std::string& fieldPath) const;
};

/// Builds the JSON data of one CSV row through a ColumnMapping (which must outlive it).
///
/// - Cells are trimmed; empty cells are left out, so a field the row leaves empty is absent and
///   the schema check says "champ obligatoire manquant".
/// - Dotted paths make nested objects ("eleve.nom" → {"eleve": {"nom": …}}).
/// - List items ("responsables.2.nom") are gathered per item; an item whose cells are all empty
///   is dropped and the others renumbered, so a family with one adult has a one-item list.
/// - A whole list of text takes one item per non-empty line of its cells.
/// - Conversions by field type (cell_values): date → "AAAA-MM-JJ", time → "HH:MM", bool → true
///   or false, number → a JSON number, choice → the choice it means ("MME" → "Madame"). A cell
///   that does not convert stays text, for the schema check to report under the field's name.
///
/// build() only reads the mapping: several threads may build rows with one RowToData.
class RowToData {
 public:
  explicit RowToData(const ColumnMapping& mapping) : mapping_(mapping) {}

  /// `commonData`, when given, is copied first: values shared by every letter (rdv.date…);
  /// a non-empty cell overrides it, a list filled by the row replaces the common one.
  RowData build(const CsvRow& row, const Poco::JSON::Object* commonData = nullptr) const;

 private:
  const ColumnMapping& mapping_;
};

}  // namespace trousse::batch
