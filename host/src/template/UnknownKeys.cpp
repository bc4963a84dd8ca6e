#include "template/UnknownKeys.hpp"

#include "template/JsonPath.hpp"

namespace trousse {
namespace {

void walk(const std::vector<Field>& fields, const Poco::JSON::Object& object,
          const std::string& fieldPrefix, const std::string& shownPrefix,
          std::vector<std::string>& unknown) {
  for (const auto& [key, value] : object) {
    if (key.empty() || key.front() == '_') continue;
    const std::string name = fieldPrefix + key;
    const std::string shown = shownPrefix + key;
    const Field* field = nullptr;
    bool group = false;
    for (const Field& candidate : fields) {
      if (candidate.name == name) field = &candidate;
      if (candidate.name.rfind(name + ".", 0) == 0) group = true;
    }
    if (field != nullptr) {
      if (field->type != FieldType::List || field->itemFields.empty()) continue;
      const auto items = json_path::asArray(value);
      if (!items) continue;
      for (std::size_t i = 0; i < items->size(); ++i) {
        if (const auto item = json_path::asObject(items->get(static_cast<unsigned>(i)))) {
          walk(field->itemFields, *item, "", shown + "." + std::to_string(i + 1) + ".", unknown);
        }
      }
    } else if (group) {
      if (const auto inner = json_path::asObject(value)) {
        walk(fields, *inner, name + ".", shown + ".", unknown);
      }
    } else {
      unknown.push_back(shown);
    }
  }
}

}  // namespace

std::vector<std::string> unknownKeys(const FieldSchema& schema, const Poco::JSON::Object& data) {
  std::vector<std::string> unknown;
  walk(schema.fields(), data, "", "", unknown);
  return unknown;
}

}  // namespace trousse
