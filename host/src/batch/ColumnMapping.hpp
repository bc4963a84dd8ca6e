#pragma once

#include "batch/KnownHeaders.hpp"
#include "batch/TargetSpec.hpp"
#include "template/FieldSchema.hpp"

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace trousse::batch {

/// One CSV column and the field its cells fill.
struct MappedColumn {
  std::size_t column = 0;  ///< position in the CSV header, from 0
  std::string header;      ///< the CSV header name
  std::string field;       ///< "eleve.nom", "responsables.2.adresse", "rdv.participants(.2)"
  std::string label;       ///< the field's label, for --check
  /// Type of what the cell becomes: the field's type; List for a whole list of text (one item
  /// per line of the cell); Text for one item of a list of text.
  FieldType type = FieldType::Text;
  std::vector<std::string> choices;  ///< for Choice
  Join join = Join::NewLine;         ///< what separates this cell from the next one of the field
  int order = 0;          ///< place among the cells of the same field (then column order)
  std::string list;       ///< the list field ("responsables") when the target is in a list
  int item = 0;           ///< item number from 1 when the target is one item; 0 otherwise
  std::string itemField;  ///< field of the item ("nom"); empty for a list of text
};

/// Which CSV column fills which field of a kind, checked against the kind's FieldSchema.
///
/// From a map file (JSON, keys are CSV header names):
///
///     {"NOM": "eleve.nom", "Prénom": "eleve.prenom", "NOM RL1": "responsables.1.nom",
///      "CP RL1": {"champ": "responsables.1.adresse", "puis": "espace"}}
///
/// or recognised from the header names alone (KnownHeaders). Targets are field paths of the
/// schema; items of a list field are numbered from 1 ("responsables.2.nom"), the number at most
/// the list's `max`; a list of text takes a whole cell, one item per line ("rdv.participants"),
/// or one item per column ("rdv.participants.2").
///
/// Several columns may fill one text, multiline or list-of-text field: their non-empty cells
/// are joined in "ordre" then column order, with a line break for multiline fields and lists
/// ("Adresse ligne 1", "Adresse ligne 2"…), with a space for text fields, or as "puis" says
/// ("Code postal" then "Commune" on one line). Dates, times, numbers, booleans and choices take
/// one column.
class ColumnMapping {
 public:
  /// Throws DataError naming `mapName` and listing every problem: JSON syntax, a column absent
  /// from the CSV (with the columns it has), a column named twice, a field the schema does not
  /// have, an item number out of range, several columns for a one-value field.
  static ColumnMapping fromJson(const std::string& jsonText, const std::string& mapName,
                                const std::vector<std::string>& header, const std::string& csvName,
                                const FieldSchema& schema);
  /// Reads the map file (IoError when it cannot), then as fromJson.
  static ColumnMapping fromFile(const std::filesystem::path& mapFile,
                                const std::vector<std::string>& header, const std::string& csvName,
                                const FieldSchema& schema);
  /// The columns whose names `known` recognises and whose field the schema has. Only multiline
  /// fields and whole lists of text join several recognised columns: for any other field the
  /// first column wins ("Nom" before "Nom d'usage") and the others are listed by
  /// ignoredColumns(). Never throws for lack of matches: describe() tells.
  static ColumnMapping automatic(const KnownHeaders& known, const std::vector<std::string>& header,
                                 const std::string& csvName, const FieldSchema& schema);

  /// In CSV column order.
  const std::vector<MappedColumn>& columns() const { return columns_; }
  bool empty() const { return columns_.empty(); }
  const std::vector<std::string>& header() const { return header_; }
  const std::string& csvName() const { return csvName_; }

  /// Header names of the columns no field uses (ignored ones included).
  std::vector<std::string> unmappedColumns() const;
  /// Columns recognised but left out, each with a French reason ("même champ que « NOM »").
  const std::vector<std::pair<std::string, std::string>>& ignoredColumns() const {
    return ignored_;
  }
  /// Required fields (without default) that no column fills, as paths ("rdv.date",
  /// "responsables.2.civilite"), leaving out those `commonData` gives (the values shared by
  /// every letter, when the command has them).
  std::vector<std::string> requiredFieldsWithoutColumn(
      const Poco::JSON::Object* commonData = nullptr) const;
  /// For --check, in French: each column and its field, the columns left unused, the required
  /// fields without a column.
  std::string describe(const Poco::JSON::Object* commonData = nullptr) const;

 private:
  ColumnMapping(std::vector<std::string> header, std::string csvName, std::string source,
                FieldSchema schema)
      : header_(std::move(header)),
        csvName_(std::move(csvName)),
        source_(std::move(source)),
        schema_(std::move(schema)) {}
  void sortColumns();

  std::vector<std::string> header_;
  std::string csvName_;
  std::string source_;  ///< "map.json" or the automatic recognition, for describe()
  FieldSchema schema_;
  std::vector<MappedColumn> columns_;
  std::vector<std::pair<std::string, std::string>> ignored_;
};

}  // namespace trousse::batch
