#pragma once

#include <Poco/Dynamic/Var.h>

#include <optional>
#include <string>
#include <variant>

namespace trousse::batch {

/// How a cell is joined to the next non-empty cell sent to the same field.
enum class Join {
  NewLine,  ///< a line break: address lines (default for multiline fields and text lists)
  Space,    ///< a space: "93100" then "Montreuil" (default for one-line text fields)
};

/// One value of a column mapping, as written in JSON: either the field path,
/// "responsables.1.adresse", or an object
/// {"champ": "responsables.1.adresse", "puis": "espace", "ordre": 5} where "puis" ("ligne" or
/// "espace") says what separates this cell from the next one sent to the same field, and
/// "ordre" places the cell among those of the same field (smaller first, then column order):
/// exports do not all put "Code postal" before "Commune".
struct TargetSpec {
  std::string field;
  std::optional<Join> join;  ///< nullopt: the field type's default
  int order = 0;
};

/// The spec, or a French message saying what is wrong with `value`.
std::variant<TargetSpec, std::string> parseTargetSpec(const Poco::Dynamic::Var& value);

}  // namespace trousse::batch
