#include "template/FieldSchema.hpp"

#include "common/Utf8.hpp"
#include "template/FrenchFormat.hpp"
#include "template/JsonPath.hpp"

#include <Poco/NumberParser.h>

#include <algorithm>
#include <stdexcept>

namespace trousse {
namespace {

using Poco::Dynamic::Var;

constexpr std::pair<FieldType, const char*> kTypeNames[] = {
    {FieldType::Text, "text"},     {FieldType::Multiline, "multiline"},
    {FieldType::Date, "date"},     {FieldType::Time, "time"},
    {FieldType::Number, "number"}, {FieldType::Choice, "choice"},
    {FieldType::Bool, "bool"},     {FieldType::List, "list"}};

std::string quoted(const std::string& value) { return "« " + utf8::shortened(value) + " »"; }

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

/// "1,5" and "1.5" are both numbers to a French user typing in a form.
bool isNumberText(std::string text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return false;
  text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  double ignored = 0;
  return Poco::NumberParser::tryParseFloat(text, ignored, '.', ' ');
}

/// Checks one field's value (known not to be blank) and appends what is wrong.
class ValueChecker {
 public:
  explicit ValueChecker(std::vector<FieldProblem>& problems) : problems_(problems) {}

  void checkFields(const std::vector<Field>& fields, const Poco::JSON::Object& data,
                   const std::string& pathPrefix) {
    for (const Field& field : fields) {
      checkField(field, json_path::find(data, field.name), pathPrefix + field.name);
    }
  }

 private:
  void add(const std::string& path, std::string message) {
    problems_.push_back({path, std::move(message)});
  }

  void checkField(const Field& field, const Var& value, const std::string& path) {
    const bool isList = field.type == FieldType::List;
    if (json_path::isBlank(value) || (isList && isEmptyArray(value))) {
      // A default fills the field before expansion (and was checked when the template loaded).
      if (field.required && field.defaultValue.isEmpty()) add(path, "champ obligatoire manquant");
      return;  // an absent optional field is fine, and an empty list is an absent one
    }
    switch (field.type) {
      case FieldType::Bool:
        if (value.type() != typeid(bool)) {
          add(path, "vrai ou faux attendu (true ou false), reçu " + json_path::describeType(value));
        }
        return;
      case FieldType::Number:
        if (value.isNumeric() && value.type() != typeid(bool)) return;
        if (!value.isString()) {
          add(path, "nombre attendu, reçu " + json_path::describeType(value));
        } else if (checkText(value.extract<std::string>(), path, false) &&
                   !isNumberText(value.extract<std::string>())) {
          add(path, "nombre invalide " + quoted(value.extract<std::string>()));
        }
        return;
      case FieldType::List:
        checkList(field, value, path);
        return;
      default:
        break;
    }
    if (!value.isString()) {
      add(path, "texte attendu, reçu " + json_path::describeType(value));
      return;
    }
    const std::string text = value.extract<std::string>();
    if (!checkText(text, path, field.type == FieldType::Multiline)) return;
    checkTextFormat(field, text, path);
  }

  /// UTF-8 and control characters; false when the text is unusable.
  bool checkText(const std::string& text, const std::string& path, bool allowNewlines) {
    const auto codePoints = utf8::decode(text);
    if (!codePoints) {
      add(path, "texte mal encodé (UTF-8 invalide)");
      return false;
    }
    for (char32_t cp : *codePoints) {
      if (cp == '\n' || cp == '\r') {
        if (allowNewlines) continue;
        add(path, "retour à la ligne interdit dans un champ d'une seule ligne");
        return false;
      }
      if (cp != '\t' && utf8::isControl(cp)) {
        add(path, "caractère de contrôle interdit (" + utf8::codePointName(cp) + ")");
        return false;
      }
    }
    return true;
  }

  void checkTextFormat(const Field& field, const std::string& text, const std::string& path) {
    switch (field.type) {
      case FieldType::Date:
        if (!french::parseIsoDate(text)) {
          add(path, "date invalide " + quoted(text) + " (attendu AAAA-MM-JJ)");
        }
        break;
      case FieldType::Time:
        if (!french::time(text)) add(path, "heure invalide " + quoted(text) + " (attendu HH:MM)");
        break;
      case FieldType::Choice: {
        bool known = false;
        for (const auto& choice : field.choices) known = known || choice == text;
        if (!known) {
          add(path, "valeur " + quoted(text) +
                        " non prévue (choix possibles : " + joined(field.choices, ", ") + ")");
        }
        break;
      }
      default:
        break;
    }
  }

  static bool isEmptyArray(const Var& value) {
    const auto array = json_path::asArray(value);
    return array && array->size() == 0;
  }

  void checkList(const Field& field, const Var& value, const std::string& path) {
    const auto array = json_path::asArray(value);
    if (!array) {
      add(path, "liste attendue, reçu " + json_path::describeType(value));
      return;
    }
    const int count = static_cast<int>(array->size());
    if (count < field.minItems) {
      add(path, "au moins " + elements(field.minItems) + " attendu" +
                    (field.minItems > 1 ? "s" : "") + " (reçu " + std::to_string(count) + ")");
    }
    if (field.maxItems > 0 && count > field.maxItems) {
      add(path, "au plus " + elements(field.maxItems) + " attendu" +
                    (field.maxItems > 1 ? "s" : "") + " (reçu " + std::to_string(count) + ")");
    }
    for (int index = 0; index < count; ++index) {
      const Var item = array->get(static_cast<unsigned>(index));
      const std::string itemPath = path + "." + std::to_string(index + 1);
      if (field.itemFields.empty()) {
        Field itemField;
        itemField.name = itemPath;
        itemField.required = true;  // a blank line in a list is a mistake, not a value
        checkField(itemField, item, itemPath);
      } else if (const auto object = json_path::asObject(item)) {
        checkFields(field.itemFields, *object, itemPath + ".");
      } else {
        add(itemPath, "objet attendu, reçu " + json_path::describeType(item));
      }
    }
  }

  static std::string elements(int count) {
    return std::to_string(count) + (count > 1 ? " éléments" : " élément");
  }

  std::vector<FieldProblem>& problems_;
};

void fillDefaults(const std::vector<Field>& fields, Poco::JSON::Object& data) {
  for (const Field& field : fields) {
    const Var value = json_path::find(data, field.name);
    if (json_path::isBlank(value) && !field.defaultValue.isEmpty()) {
      json_path::set(data, field.name, json_path::deepCopy(field.defaultValue));
      continue;
    }
    if (field.type != FieldType::List || field.itemFields.empty()) continue;
    if (const auto array = json_path::asArray(value)) {
      for (const auto& item : *array) {
        if (auto object = json_path::asObject(item)) fillDefaults(field.itemFields, *object);
      }
    }
  }
}

bool lacksDefaults(const std::vector<Field>& fields, const Poco::JSON::Object& data) {
  for (const Field& field : fields) {
    const Var value = json_path::find(data, field.name);
    if (json_path::isBlank(value)) {
      if (!field.defaultValue.isEmpty()) return true;
      continue;
    }
    if (field.type != FieldType::List || field.itemFields.empty()) continue;
    if (const auto array = json_path::asArray(value)) {
      for (const auto& item : *array) {
        const auto object = json_path::asObject(item);
        if (object && lacksDefaults(field.itemFields, *object)) return true;
      }
    }
  }
  return false;
}

Var exampleValue(const Field& field);

Poco::JSON::Object::Ptr exampleObject(const std::vector<Field>& fields) {
  Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
  for (const Field& field : fields) json_path::set(*data, field.name, exampleValue(field));
  return data;
}

/// A value that passes the field's checks, for previews when the template gives none.
Var exampleValue(const Field& field) {
  if (!field.example.isEmpty()) return json_path::deepCopy(field.example);
  if (!field.defaultValue.isEmpty()) return json_path::deepCopy(field.defaultValue);
  const std::string label = field.label.empty() ? field.name : field.label;
  switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline:
      return label;
    case FieldType::Date:
      return std::string("2026-12-01");
    case FieldType::Time:
      return std::string("17:30");
    case FieldType::Number:
      return 1;
    case FieldType::Choice:
      return field.choices.empty() ? label : field.choices.front();
    case FieldType::Bool:
      return true;  // so that previews show what the section holds
    case FieldType::List: {
      Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
      const int count = std::max(field.minItems, 1);
      for (int i = 1; i <= count; ++i) {
        if (field.itemFields.empty()) {
          items->add(label + " " + std::to_string(i));
        } else {
          items->add(exampleObject(field.itemFields));
        }
      }
      return items;
    }
  }
  return label;
}

const Field* findIn(const std::vector<Field>& fields, const std::string& dottedName) {
  for (const Field& field : fields) {
    if (field.name == dottedName) return &field;
  }
  return nullptr;
}

}  // namespace

FieldType parseFieldType(const std::string& name) {
  for (const auto& [type, typeName] : kTypeNames) {
    if (name == typeName) return type;
  }
  throw std::invalid_argument("unknown field type: " + name);
}

std::string fieldTypeName(FieldType type) {
  for (const auto& [candidate, typeName] : kTypeNames) {
    if (candidate == type) return typeName;
  }
  return "text";
}

const Field* FieldSchema::find(const std::string& dottedName) const {
  if (const Field* field = findIn(fields_, dottedName)) return field;
  // "responsables.nom" names an item field of the list "responsables".
  for (const Field& field : fields_) {
    const std::string prefix = field.name + ".";
    if (field.type == FieldType::List && dottedName.rfind(prefix, 0) == 0) {
      if (const Field* item = findIn(field.itemFields, dottedName.substr(prefix.size()))) {
        return item;
      }
    }
  }
  return nullptr;
}

std::vector<FieldProblem> FieldSchema::check(const Poco::JSON::Object& data) const {
  std::vector<FieldProblem> problems;
  ValueChecker(problems).checkFields(fields_, data, "");
  return problems;
}

Poco::JSON::Object::Ptr FieldSchema::withDefaults(const Poco::JSON::Object& data) const {
  auto copy = json_path::deepCopy(data);
  fillDefaults(fields_, *copy);
  return copy;
}

bool FieldSchema::lacksDefaults(const Poco::JSON::Object& data) const {
  return trousse::lacksDefaults(fields_, data);
}

Poco::JSON::Object::Ptr FieldSchema::example() const { return exampleObject(fields_); }

}  // namespace trousse
