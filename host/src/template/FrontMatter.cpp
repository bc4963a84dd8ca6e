#include "template/FrontMatter.hpp"

#include "template/JsonPath.hpp"
#include "template/TemplateNames.hpp"

#include "common/Errors.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/NumberParser.h>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace trousse {
namespace {

bool isFenceLine(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

std::string where(const std::filesystem::path& file, int line) {
  return file.string() + ":" + std::to_string(line) + " : ";
}

constexpr const char* kFieldKeys[] = {"name",    "label",   "type",   "required", "default",
                                      "example", "choices", "fields", "min",      "max"};
constexpr const char* kLetterKeys[] = {
    "recipients",     "place_and_date",  "subject",    "reference", "followed_by",
    "signatory_name", "signatory_title", "about",      "marking",   "registered",
    "enclosures",     "copies",          "reply_slip", "qr",        "qr_caption"};

bool isIdentifier(const std::string& part) {
  if (part.empty() || std::isdigit(static_cast<unsigned char>(part[0]))) return false;
  for (char c : part) {
    const auto byte = static_cast<unsigned char>(c);
    if (!std::isalnum(byte) && c != '_') return false;
  }
  return true;
}

template <std::size_t N>
std::string listOf(const char* const (&names)[N]) {
  std::string out;
  for (const char* name : names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

template <std::size_t N>
bool isOneOf(const std::string& key, const char* const (&names)[N]) {
  for (const char* name : names) {
    if (key == name) return true;
  }
  return false;
}

/// Reads one front matter; every error names the file and the line of the node at fault.
class FrontMatterReader {
 public:
  FrontMatterReader(const std::filesystem::path& file, int firstLine)
      : file_(file), firstLine_(firstLine) {}

  FrontMatter read(const std::string& yaml) {
    YAML::Node root;
    try {
      root = YAML::Load(yaml);
    } catch (const YAML::Exception& error) {
      // yaml-cpp may point just past the end of the YAML (an unclosed "["): keep the line
      // inside the front matter.
      const int lastLine =
          firstLine_ +
          std::max(0, static_cast<int>(std::count(yaml.begin(), yaml.end(), '\n')) - 1);
      const int line =
          error.mark.is_null() ? firstLine_ : std::min(firstLine_ + error.mark.line, lastLine);
      throw TemplateError(where(line) + "erreur de syntaxe YAML dans l'en-tête : " + error.msg);
    }
    FrontMatter result;
    if (root.IsNull() || !root.IsDefined()) return result;
    if (!root.IsMap()) fail(root, "l'en-tête doit être une suite de clés « clé: valeur »");

    if (const auto title = root["title"]) result.title = text(title, "title");
    if (const auto layout = root["layout"]) {
      result.layout = scalar(layout, "layout");
      result.layoutLine = firstLine_ + layout.Mark().line;  // the name is checked by the core
    }
    if (const auto fields = root["fields"]) {
      result.fields = readFields(fields, "", result.fieldLines, /*topLevel=*/true);
    }
    if (const auto partials = root["partials"]) readPartials(partials, result);
    if (const auto letter = root["letter"]) readLetter(letter, result);
    return result;
  }

 private:
  std::string where(int line) const { return file_.string() + ":" + std::to_string(line) + " : "; }
  int lineOf(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? firstLine_ : firstLine_ + mark.line;
  }
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    throw TemplateError(where(lineOf(node)) + message);
  }

  std::string scalar(const YAML::Node& node, const std::string& key) const {
    if (node.IsNull()) return {};
    if (!node.IsScalar()) fail(node, "« " + key + " » doit être un texte");
    return node.Scalar();
  }
  FrontMatterText text(const YAML::Node& node, const std::string& key) const {
    return {scalar(node, key), lineOf(node)};
  }

  std::vector<Field> readFields(const YAML::Node& list, const std::string& ownerPath,
                                std::map<std::string, int>& lines, bool topLevel) {
    if (!list.IsSequence()) fail(list, "« fields » doit être une liste de champs (« - name: … »)");
    std::vector<Field> fields;
    std::map<std::string, int> seen;
    for (const YAML::Node& node : list) {
      Field field = readField(node, ownerPath, lines);
      const std::string firstPart = json_path::split(field.name).front();
      if (topLevel ? template_names::isReservedTopLevelName(firstPart)
                   : template_names::isReservedItemName(firstPart)) {
        fail(node, "le nom « " + firstPart + " » est réservé (choisissez un autre nom de champ)");
      }
      if (const auto previous = seen.find(field.name); previous != seen.end()) {
        fail(node, "champ « " + field.name + " » déclaré deux fois (déjà ligne " +
                       std::to_string(previous->second) + ")");
      }
      // "eleve" and "eleve.nom" cannot both hold a value: one is a text, the other a group.
      for (const auto& [other, otherLine] : seen) {
        const auto [shorter, longer] = other.size() < field.name.size()
                                           ? std::pair(other, field.name)
                                           : std::pair(field.name, other);
        if (longer.rfind(shorter + ".", 0) == 0) {
          fail(node, "« " + shorter + " » ne peut être à la fois un champ et le groupe de « " +
                         longer + " » (ligne " + std::to_string(otherLine) + ")");
        }
      }
      seen[field.name] = lineOf(node);
      fields.push_back(std::move(field));
    }
    return fields;
  }

  Field readField(const YAML::Node& node, const std::string& ownerPath,
                  std::map<std::string, int>& lines) {
    if (!node.IsMap()) fail(node, "un champ se déclare par une suite « name: …, type: … »");
    for (const auto& entry : node) {
      const std::string key = entry.first.Scalar();
      if (!isOneOf(key, kFieldKeys)) {
        fail(entry.first, "clé « " + key + " » inconnue dans la déclaration d'un champ (clés " +
                              "possibles : " + listOf(kFieldKeys) + ")");
      }
    }
    Field field;
    if (!node["name"] || scalar(node["name"], "name").empty()) {
      fail(node, "champ sans nom (clé « name » manquante)");
    }
    field.name = scalar(node["name"], "name");
    for (const std::string& part : json_path::split(field.name)) {
      if (!isIdentifier(part)) {
        fail(node["name"], "nom de champ invalide « " + field.name + " » (lettres sans accent, " +
                               "chiffres et _, parties séparées par des points)");
      }
    }
    const std::string path = ownerPath.empty() ? field.name : ownerPath + "." + field.name;
    lines[path] = lineOf(node);
    field.label = node["label"] ? scalar(node["label"], "label") : field.name;
    if (const auto type = node["type"]) {
      try {
        field.type = parseFieldType(scalar(type, "type"));
      } catch (const std::invalid_argument&) {
        fail(type, "type de champ « " + type.Scalar() + " » inconnu (types possibles : text, " +
                       "multiline, date, time, number, choice, bool, list)");
      }
    }
    if (const auto required = node["required"]) field.required = boolean(required, "required");
    readChoices(node, field);
    readListShape(node, field, path, lines);
    if (const auto value = node["default"]) field.defaultValue = toValue(value, field);
    if (const auto value = node["example"]) field.example = toValue(value, field);
    return field;
  }

  void readChoices(const YAML::Node& node, Field& field) const {
    const auto choices = node["choices"];
    if (field.type != FieldType::Choice) {
      if (choices) fail(choices, "« choices » ne s'applique qu'aux champs de type choice");
      return;
    }
    if (!choices || !choices.IsSequence() || choices.size() == 0) {
      fail(choices ? choices : node, "le champ « " + field.name + " » de type choice doit " +
                                         "lister ses choix (« choices: [A, B] »)");
    }
    for (const YAML::Node& choice : choices) field.choices.push_back(scalar(choice, "choices"));
  }

  void readListShape(const YAML::Node& node, Field& field, const std::string& path,
                     std::map<std::string, int>& lines) {
    for (const char* key : {"fields", "min", "max"}) {
      if (node[key] && field.type != FieldType::List) {
        fail(node[key], std::string("« ") + key + " » ne s'applique qu'aux champs de type list");
      }
    }
    if (field.type != FieldType::List) return;
    if (const auto items = node["fields"]) {
      field.itemFields = readFields(items, path, lines, /*topLevel=*/false);
    }
    if (const auto min = node["min"]) field.minItems = count(min, "min");
    if (const auto max = node["max"]) field.maxItems = count(max, "max");
    if (field.maxItems > 0 && field.minItems > field.maxItems) {
      fail(node, "« min » (" + std::to_string(field.minItems) + ") dépasse « max » (" +
                     std::to_string(field.maxItems) + ")");
    }
  }

  bool boolean(const YAML::Node& node, const std::string& key) const {
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
      fail(node, "« " + key + " » doit valoir true ou false");
    }
    return value;
  }

  int count(const YAML::Node& node, const std::string& key) const {
    int value = 0;
    if (!node.IsScalar() || !Poco::NumberParser::tryParse(node.Scalar(), value) || value < 0) {
      fail(node, "« " + key + " » doit être un nombre entier positif");
    }
    return value;
  }

  /// A default or example, typed after the field; what does not fit is kept as text so
  /// that the schema check reports it with the usual message.
  Poco::Dynamic::Var toValue(const YAML::Node& node, const Field& field) const {
    if (!node.IsDefined() || node.IsNull()) return {};
    if (field.type == FieldType::List) {
      if (!node.IsSequence())
        return node.IsScalar() ? Poco::Dynamic::Var(node.Scalar()) : Poco::Dynamic::Var();
      Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
      for (const YAML::Node& item : node) {
        if (field.itemFields.empty() || !item.IsMap()) {
          Field text;
          items->add(toValue(item, text));
          continue;
        }
        Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
        fillObject(item, field.itemFields, "", *object);
        items->add(object);
      }
      return items;
    }
    if (node.IsMap()) {
      Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
      fillObject(node, {}, "", *object);
      return object;
    }
    if (node.IsSequence()) {
      Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
      for (const YAML::Node& item : node) items->add(toValue(item, Field{}));
      return items;
    }
    const std::string text = node.Scalar();
    if (field.type == FieldType::Bool) {
      bool value = false;
      if (YAML::convert<bool>::decode(node, value)) return value;
    } else if (field.type == FieldType::Number) {
      double number = 0;
      if (Poco::NumberParser::tryParseFloat(text, number)) {
        if (std::floor(number) == number && std::fabs(number) < 1e15) {
          return static_cast<Poco::Int64>(number);
        }
        return number;
      }
    }
    return text;
  }

  /// A YAML map as a JSON object, typing each value after the item field at its path.
  void fillObject(const YAML::Node& map, const std::vector<Field>& fields,
                  const std::string& prefix, Poco::JSON::Object& object) const {
    for (const auto& entry : map) {
      const std::string key = entry.first.Scalar();
      const std::string path = prefix + key;
      if (entry.second.IsMap()) {
        Poco::JSON::Object::Ptr inner = new Poco::JSON::Object;
        fillObject(entry.second, fields, path + ".", *inner);
        object.set(key, inner);
        continue;
      }
      Field untyped;
      const Field* field = &untyped;
      for (const Field& candidate : fields) {
        if (candidate.name == path) field = &candidate;
      }
      object.set(key, toValue(entry.second, *field));
    }
  }

  void readPartials(const YAML::Node& partials, FrontMatter& result) const {
    if (!partials.IsMap()) fail(partials, "« partials » doit associer des noms à des fichiers");
    for (const auto& entry : partials) {
      const std::string name = entry.first.Scalar();
      if (!isIdentifier(name)) fail(entry.first, "nom de fragment invalide « " + name + " »");
      const std::string path = scalar(entry.second, "partials." + name);
      if (path.empty()) fail(entry.second, "fichier du fragment « " + name + " » manquant");
      result.partials[name] = {path, lineOf(entry.second)};
    }
  }

  void readLetter(const YAML::Node& letter, FrontMatter& result) const {
    if (!letter.IsMap()) fail(letter, "« letter » doit être une suite de clés « clé: valeur »");
    for (const auto& entry : letter) {
      const std::string key = entry.first.Scalar();
      if (!isOneOf(key, kLetterKeys)) {
        fail(entry.first, "clé « " + key + " » inconnue dans « letter » (clés possibles : " +
                              listOf(kLetterKeys) + ")");
      }
    }
    auto read = [&](const char* key, FrontMatterText& target) {
      if (const auto node = letter[key]) target = text(node, std::string("letter.") + key);
    };
    read("recipients", result.recipients);
    read("place_and_date", result.placeAndDate);
    read("subject", result.subject);
    read("reference", result.reference);
    read("followed_by", result.followedBy);
    read("signatory_name", result.signatoryName);
    read("signatory_title", result.signatoryTitle);
    read("about", result.about);
    read("marking", result.marking);
    read("registered", result.registered);
    read("enclosures", result.enclosures);
    read("copies", result.copies);
    read("reply_slip", result.replySlip);
    read("qr", result.qr);
    read("qr_caption", result.qrCaption);
  }

  const std::filesystem::path& file_;
  int firstLine_;
};

}  // namespace

std::optional<std::string> readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  std::string text = content.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

FrontMatter parseFrontMatter(const std::string& yaml, const std::filesystem::path& file,
                             int firstLine) {
  return FrontMatterReader(file, firstLine).read(yaml);
}

}  // namespace trousse
