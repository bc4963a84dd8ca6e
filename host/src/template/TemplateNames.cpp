#include "template/TemplateNames.hpp"

namespace trousse::template_names {

bool isHelper(std::string_view name) {
  return name == kLongDate || name == kDate || name == kTime || name == kUpper || name == kDe ||
         name == kA || name == kQue || name == kGender || name == kPlural || name == kTranslate;
}

const std::vector<Field>& builtinFields() {
  static const std::vector<Field> fields = [] {
    auto make = [](std::string name, FieldType type) {
      Field field;
      field.name = std::move(name);
      field.type = type;
      return field;
    };
    const std::string prefix = std::string(kEstablishment) + ".";
    return std::vector<Field>{
        make(prefix + "nom", FieldType::Text),
        make(prefix + "adresse", FieldType::Multiline),
        make(prefix + "telephone", FieldType::Text),
        make(prefix + "courriel", FieldType::Text),
        make(prefix + "ville", FieldType::Text),
        make(prefix + "signataire.nom", FieldType::Text),
        make(prefix + "signataire.qualite", FieldType::Text),
        make(prefix + "site", FieldType::Text),
        make(std::string(kToday), FieldType::Text),
        make(std::string(kSalutation), FieldType::Text),
    };
  }();
  return fields;
}

bool isReservedItemName(std::string_view firstPart) {
  return firstPart == kEstablishment || firstPart == kToday || firstPart == kSalutation;
}

bool isReservedTopLevelName(std::string_view firstPart) {
  return isReservedItemName(firstPart) || isHelper(firstPart);
}

}  // namespace trousse::template_names
