#include "batch/ColumnMapping.hpp"
#include "common/Text.hpp"

#include "batch/HeaderName.hpp"
#include "batch/TextDecoding.hpp"
#include "common/Errors.hpp"
#include "common/Utf8.hpp"
#include "template/JsonPath.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <variant>

namespace trousse::batch {
namespace {

std::string inGuillemets(const std::string& text) { return "« " + text + " »"; }

std::string inGuillemetsList(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + inGuillemets(item);
  return out;
}

const Field* findField(const std::vector<Field>& fields, const std::string& name) {
  for (const Field& field : fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

std::string fieldNames(const std::vector<Field>& fields) {
  std::string out;
  for (const Field& field : fields) out += (out.empty() ? "" : ", ") + field.name;
  return out;
}

std::optional<int> parseItemNumber(const std::string& text) {
  if (text.empty() || text.size() > 3 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoi(text);
}

/// The column a target describes (column and header left to the caller), or why it cannot be.
std::variant<MappedColumn, std::string> resolveTarget(const FieldSchema& schema,
                                                      const TargetSpec& spec) {
  MappedColumn mapped;
  mapped.field = spec.field;
  if (const Field* field = findField(schema.fields(), spec.field)) {
    if (field->type == FieldType::List && !field->itemFields.empty()) {
      return inGuillemets(field->name) +
             " est une liste dont chaque élément a plusieurs champs : "
             "indiquez le numéro de l'élément et le champ, par exemple " +
             inGuillemets(field->name + ".1." + field->itemFields.front().name);
    }
    mapped.label = field->label;
    mapped.type = field->type;
    mapped.choices = field->choices;
    if (field->type == FieldType::List) mapped.list = field->name;
  } else {
    // "responsables.2.nom": the longest list field that prefixes the path.
    const Field* list = nullptr;
    for (const Field& candidate : schema.fields()) {
      if (candidate.type == FieldType::List && spec.field.rfind(candidate.name + ".", 0) == 0 &&
          (!list || candidate.name.size() > list->name.size())) {
        list = &candidate;
      }
    }
    if (!list) return "le champ " + inGuillemets(spec.field) + " n'existe pas dans ce modèle";
    const std::string rest = spec.field.substr(list->name.size() + 1);
    const auto dot = rest.find('.');
    const std::string example = list->itemFields.empty()
                                    ? list->name + ".1"
                                    : list->name + ".1." + list->itemFields.front().name;
    const auto number = parseItemNumber(rest.substr(0, dot));
    if (!number) {
      return "après " + inGuillemets(list->name + ".") +
             " vient le numéro de l'élément, à partir de 1 : " + inGuillemets(example);
    }
    if (*number < 1)
      return "les éléments de " + inGuillemets(list->name) + " se numérotent à partir de 1";
    const int limit = list->maxItems > 0 ? list->maxItems : 99;
    if (*number > limit) {
      return inGuillemets(list->name) + " a au plus " + std::to_string(limit) + " élément" +
             (limit > 1 ? "s" : "") + " : " + inGuillemets(spec.field) + " n'existe pas";
    }
    mapped.list = list->name;
    mapped.item = *number;
    const std::string itemLabel = list->label + ", n° " + std::to_string(*number);
    if (list->itemFields.empty()) {
      if (dot != std::string::npos) {
        return inGuillemets(list->name) + " est une liste de textes : " +
               inGuillemets(list->name + "." + std::to_string(*number)) +
               " désigne un élément, sans champ après";
      }
      mapped.type = FieldType::Text;
      mapped.label = itemLabel;
    } else {
      if (dot == std::string::npos) {
        return "indiquez le champ de l'élément, par exemple " + inGuillemets(example) +
               " (champs : " + fieldNames(list->itemFields) + ")";
      }
      const std::string itemName = rest.substr(dot + 1);
      const Field* item = findField(list->itemFields, itemName);
      if (!item) {
        return "les éléments de " + inGuillemets(list->name) + " n'ont pas de champ " +
               inGuillemets(itemName) + " (champs : " + fieldNames(list->itemFields) + ")";
      }
      if (item->type == FieldType::List) {
        return inGuillemets(spec.field) + " est une liste dans une liste : non pris en charge";
      }
      mapped.itemField = itemName;
      mapped.type = item->type;
      mapped.choices = item->choices;
      mapped.label = itemLabel + " : " + item->label;
    }
  }
  mapped.join = spec.join.value_or(mapped.type == FieldType::Text ? Join::Space : Join::NewLine);
  mapped.order = spec.order;
  return mapped;
}

/// Multiline fields and whole lists of text join several cells; so do one-line text fields
/// when a map file says so. Other values are one cell.
bool takesSeveralColumns(const MappedColumn& column, bool automatic) {
  return column.type == FieldType::Multiline || column.type == FieldType::List ||
         (column.type == FieldType::Text && !automatic);
}

/// Why `candidate` cannot join the columns already kept, or empty when it can.
std::string conflictWith(const std::vector<MappedColumn>& kept, const MappedColumn& candidate,
                         bool automatic) {
  for (const MappedColumn& other : kept) {
    if (other.field == candidate.field && !takesSeveralColumns(candidate, automatic)) {
      return "même champ que " + inGuillemets(other.header) + " (" + candidate.field +
             (automatic ? ")" : ", qui ne prend qu'une colonne)");
    }
    const bool sameTextList = !other.list.empty() && other.list == candidate.list &&
                              other.itemField.empty() && candidate.itemField.empty();
    if (sameTextList && (other.item == 0) != (candidate.item == 0)) {
      return inGuillemets(candidate.list) + " est rempli à la fois en entier (" +
             inGuillemets(other.item == 0 ? other.header : candidate.header) +
             ") et élément par élément : choisissez l'un ou l'autre";
    }
  }
  return {};
}

std::string decodedMapText(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  // A map written with an old Notepad is in Windows-1252: its accented keys must still match.
  if (!utf8::isValid(text)) return text_decoding::Windows1252Decoder().decode(text);
  return text;
}

}  // namespace

ColumnMapping ColumnMapping::fromJson(const std::string& jsonText, const std::string& mapName,
                                      const std::vector<std::string>& header,
                                      const std::string& csvName, const FieldSchema& schema) {
  Poco::JSON::Object::Ptr root;
  try {
    root = json_path::asObject(Poco::JSON::Parser().parse(decodedMapText(jsonText)));
  } catch (const Poco::Exception& error) {
    throw DataError(mapName + " : JSON mal formé (" + error.message() + ")", {});
  }
  if (!root) {
    throw DataError(mapName + " : un objet JSON est attendu, comme {\"NOM\": \"eleve.nom\"}", {});
  }

  ColumnMapping mapping(header, csvName, mapName, schema);
  std::vector<std::string> problems;
  bool columnMissing = false;
  std::map<std::size_t, std::string> keyByColumn;
  for (const auto& [key, value] : *root) {
    const std::string name(trimmed(key));
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) found.push_back(i);
    }
    if (found.empty()) {  // "Prenom" for "Prénom", "NOM" for "Nom"
      const std::string normalised = normaliseHeader(name);
      for (std::size_t i = 0; i < header.size() && !normalised.empty(); ++i) {
        if (normaliseHeader(header[i]) == normalised) found.push_back(i);
      }
    }
    if (found.empty()) {
      problems.push_back("la colonne " + inGuillemets(name) + " n'existe pas dans " + csvName);
      columnMissing = true;
      continue;
    }
    if (found.size() > 1) {
      std::string positions;
      for (std::size_t i : found) {
        positions += (positions.empty() ? "" : ", ") + std::to_string(i + 1);
      }
      problems.push_back("la colonne " + inGuillemets(name) + " figure " +
                         std::to_string(found.size()) + " fois dans " + csvName + " (colonnes " +
                         positions + ") : impossible de savoir laquelle utiliser");
      continue;
    }
    auto spec = parseTargetSpec(value);
    if (auto* message = std::get_if<std::string>(&spec)) {
      problems.push_back(inGuillemets(name) + " : " + *message);
      continue;
    }
    auto resolved = resolveTarget(schema, std::get<TargetSpec>(spec));
    if (auto* message = std::get_if<std::string>(&resolved)) {
      problems.push_back(inGuillemets(name) + " : " + *message);
      continue;
    }
    if (auto [at, inserted] = keyByColumn.emplace(found.front(), name); !inserted) {
      problems.push_back("la colonne " + inGuillemets(header[found.front()]) +
                         " est citée deux fois (" + inGuillemets(at->second) + " et " +
                         inGuillemets(name) + ")");
      continue;
    }
    MappedColumn column = std::get<MappedColumn>(std::move(resolved));
    column.column = found.front();
    column.header = header[found.front()];
    mapping.columns_.push_back(std::move(column));
  }
  if (columnMissing) {
    problems.push_back("colonnes de " + csvName + " : " +
                       (header.empty() ? std::string("aucune") : inGuillemetsList(header)));
  }
  if (problems.empty() && mapping.columns_.empty()) {
    problems.push_back("aucune colonne n'y est associée à un champ");
  }
  mapping.sortColumns();
  std::vector<MappedColumn> kept;
  for (const MappedColumn& column : mapping.columns_) {
    if (const std::string conflict = conflictWith(kept, column, false); !conflict.empty()) {
      problems.push_back(inGuillemets(column.header) + " : " + conflict);
    }
    kept.push_back(column);
  }
  if (!problems.empty()) {
    throw DataError(mapName + " : la correspondance des colonnes ne convient pas à " + csvName,
                    std::move(problems));
  }
  return mapping;
}

ColumnMapping ColumnMapping::fromFile(const std::filesystem::path& mapFile,
                                      const std::vector<std::string>& header,
                                      const std::string& csvName, const FieldSchema& schema) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(mapFile, error)) {
    throw IoError("fichier de correspondance introuvable : " + mapFile.string());
  }
  std::ifstream in(mapFile, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) throw IoError("impossible de lire le fichier : " + mapFile.string());
  return fromJson(content.str(), mapFile.filename().string(), header, csvName, schema);
}

ColumnMapping ColumnMapping::automatic(const KnownHeaders& known,
                                       const std::vector<std::string>& header,
                                       const std::string& csvName, const FieldSchema& schema) {
  ColumnMapping mapping(header, csvName, "", schema);
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto spec = known.find(header[i]);
    if (!spec) continue;
    auto resolved = resolveTarget(schema, *spec);
    if (std::holds_alternative<std::string>(resolved)) {
      mapping.ignored_.emplace_back(
          header[i], "reconnue (" + spec->field + ") mais ce modèle n'a pas ce champ");
      continue;
    }
    MappedColumn column = std::get<MappedColumn>(std::move(resolved));
    column.column = i;
    column.header = header[i];
    // The first column wins: SIECLE lists "Nom" before "Nom d'usage", ONDE repeats the children.
    if (const std::string conflict = conflictWith(mapping.columns_, column, true);
        !conflict.empty()) {
      mapping.ignored_.emplace_back(header[i], conflict);
      continue;
    }
    mapping.columns_.push_back(std::move(column));
  }
  return mapping;
}

void ColumnMapping::sortColumns() {
  std::stable_sort(
      columns_.begin(), columns_.end(),
      [](const MappedColumn& a, const MappedColumn& b) { return a.column < b.column; });
}

std::vector<std::string> ColumnMapping::unmappedColumns() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < header_.size(); ++i) {
    const bool used = std::any_of(columns_.begin(), columns_.end(),
                                  [&](const MappedColumn& column) { return column.column == i; });
    if (!used)
      out.push_back(header_[i].empty() ? "(colonne " + std::to_string(i + 1) + " sans nom)"
                                       : header_[i]);
  }
  return out;
}

std::vector<std::string> ColumnMapping::requiredFieldsWithoutColumn(
    const Poco::JSON::Object* commonData) const {
  const auto given = [&](const std::string& path) {
    return commonData && !json_path::isBlank(json_path::find(*commonData, path));
  };
  const auto mapped = [&](const auto& predicate) {
    return std::any_of(columns_.begin(), columns_.end(), predicate);
  };
  std::vector<std::string> missing;
  for (const Field& field : schema_.fields()) {
    if (!field.required || !field.defaultValue.isEmpty() || given(field.name)) continue;
    if (field.type == FieldType::List) {
      if (!mapped([&](const MappedColumn& c) { return c.list == field.name; })) {
        missing.push_back(field.name);
        continue;
      }
      // Each item the columns fill must get its required fields.
      std::set<int> items;
      for (const MappedColumn& column : columns_) {
        if (column.list == field.name && column.item > 0) items.insert(column.item);
      }
      for (int item : items) {
        for (const Field& itemField : field.itemFields) {
          if (!itemField.required || !itemField.defaultValue.isEmpty()) continue;
          if (!mapped([&](const MappedColumn& c) {
                return c.list == field.name && c.item == item && c.itemField == itemField.name;
              })) {
            missing.push_back(field.name + "." + std::to_string(item) + "." + itemField.name);
          }
        }
      }
    } else if (!mapped([&](const MappedColumn& c) { return c.field == field.name; })) {
      missing.push_back(field.name);
    }
  }
  return missing;
}

std::string ColumnMapping::describe(const Poco::JSON::Object* commonData) const {
  std::ostringstream out;
  out << "Correspondance des colonnes de " << csvName_ << " ("
      << (source_.empty() ? std::string("reconnaissance automatique des en-têtes")
                          : "d'après " + source_)
      << ") :\n";
  if (columns_.empty()) out << "  aucune colonne n'est associée à un champ du modèle\n";
  for (const MappedColumn& column : columns_) {
    out << "  " << inGuillemets(column.header) << " → " << column.field;
    if (!column.label.empty()) out << " (" << column.label << ")";
    const bool defaultJoin =
        column.join == (column.type == FieldType::Text ? Join::Space : Join::NewLine);
    if (!defaultJoin) {
      out << (column.join == Join::Space ? ", suivie d'une espace"
                                         : ", suivie d'un retour à la ligne");
    }
    out << "\n";
  }
  if (const auto unused = unmappedColumns(); !unused.empty()) {
    out << "Colonnes non utilisées : " << inGuillemetsList(unused) << "\n";
  }
  for (const auto& [name, reason] : ignored_) {
    out << "  " << inGuillemets(name) << " écartée : " << reason << "\n";
  }
  const auto missing = requiredFieldsWithoutColumn(commonData);
  if (missing.empty()) {
    out << "Tous les champs obligatoires ont une colonne.\n";
  } else {
    out << "Champs obligatoires sans colonne :\n";
    for (const std::string& path : missing) {
      // "responsables.2.civilite" → the item field's label.
      std::string lookup;
      for (const auto& part : json_path::split(path)) {
        if (!parseItemNumber(part)) lookup += (lookup.empty() ? "" : ".") + part;
      }
      const Field* field = schema_.find(lookup);
      out << "  " << path;
      if (field && !field->label.empty()) out << " (" << field->label << ")";
      out << "\n";
    }
  }
  return out.str();
}

}  // namespace trousse::batch
