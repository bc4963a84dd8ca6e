#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace trousse {

enum class FieldType { Text, Multiline, Date, Time, Number, Choice, Bool, List };

/// "text", "multiline", … as written in front matter; throws std::invalid_argument otherwise.
FieldType parseFieldType(const std::string& name);
std::string fieldTypeName(FieldType type);

/// One field of a kind's data, declared in a template's front matter.
struct Field {
  std::string name;  ///< dotted path into the JSON data: "eleve.nom"
  std::string label;
  FieldType type = FieldType::Text;
  bool required = false;
  Poco::Dynamic::Var defaultValue;   ///< empty when none
  Poco::Dynamic::Var example;        ///< empty when none
  std::vector<std::string> choices;  ///< for Choice
  std::vector<Field> itemFields;     ///< for List: fields of each item; none means a list of text
  int minItems = 0;
  int maxItems = 0;  ///< 0: no limit
};

/// One problem in the data, reported in French: "eleve.nom : champ obligatoire manquant".
struct FieldProblem {
  std::string field;    ///< dotted path, with item numbers from 1: "responsables.2.nom"
  std::string message;  ///< French
  std::string text() const { return field + " : " + message; }
};

/// The fields of one kind, and the checks that data must pass before anything is rendered.
class FieldSchema {
 public:
  FieldSchema() = default;
  explicit FieldSchema(std::vector<Field> fields) : fields_(std::move(fields)) {}

  const std::vector<Field>& fields() const { return fields_; }
  const Field* find(const std::string& dottedName) const;

  /// Every problem in `data`, in field order; empty when the data can be rendered.
  /// Blank means absent, null or only spaces; a blank field with a default is not missing.
  /// Text must be valid UTF-8 without control characters (tab allowed); line breaks
  /// ("\n", "\r\n") only in multiline fields. Keys the schema does not declare are ignored.
  std::vector<FieldProblem> check(const Poco::JSON::Object& data) const;
  /// A deep copy of `data` with defaults filled in for blank fields (list items included).
  Poco::JSON::Object::Ptr withDefaults(const Poco::JSON::Object& data) const;
  /// Whether withDefaults would fill anything in: when not, `data` can be used as it is,
  /// without the copy (a batch renders thousands of rows).
  bool lacksDefaults(const Poco::JSON::Object& data) const;
  /// Example data built from each field's example: renders as is.
  Poco::JSON::Object::Ptr example() const;

 private:
  std::vector<Field> fields_;
};

}  // namespace trousse
