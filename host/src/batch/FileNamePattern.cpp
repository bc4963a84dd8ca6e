#include "batch/FileNamePattern.hpp"

#include "common/Errors.hpp"
#include "template/JsonPath.hpp"

namespace trousse::batch {
namespace {

bool isItemNumber(const std::string& part) {
  return !part.empty() && part.size() <= 3 &&
         part.find_first_not_of("0123456789") == std::string::npos;
}

/// json_path::find, with numbered steps going into lists (from 1).
Poco::Dynamic::Var findValue(const Poco::JSON::Object& data, const std::string& path) {
  Poco::Dynamic::Var current = Poco::JSON::Object::Ptr(new Poco::JSON::Object(data));
  std::string pending;  // dotted names are tried whole first: "rdv.date" is one field
  for (const auto& part : json_path::split(path)) {
    if (auto array = json_path::asArray(current); array && pending.empty() && isItemNumber(part)) {
      const auto index = static_cast<unsigned>(std::stoul(part));
      if (index < 1 || index > array->size()) return {};
      current = array->get(index - 1);
      continue;
    }
    const auto object = json_path::asObject(current);
    if (!object) return {};
    pending += (pending.empty() ? "" : ".") + part;
    if (object->has(pending)) {
      current = object->get(pending);
      pending.clear();
    }
  }
  return pending.empty() ? current : Poco::Dynamic::Var();
}

}  // namespace

FileNamePattern::FileNamePattern(std::string pattern) : pattern_(std::move(pattern)) {
  const auto fail = [&](const std::string& why) {
    throw UsageError("modèle de nom de fichier « " + pattern_ + " » : " + why);
  };
  std::size_t at = 0;
  while (at < pattern_.size()) {
    const auto open = pattern_.find('{', at);
    if (pattern_.find('}', at) < open) fail("« } » sans « { »");
    if (open == std::string::npos) {
      parts_.push_back({false, pattern_.substr(at)});
      break;
    }
    if (open > at) parts_.push_back({false, pattern_.substr(at, open - at)});
    const auto close = pattern_.find('}', open);
    if (close == std::string::npos) fail("« { » sans « } »");
    std::string field = pattern_.substr(open + 1, close - open - 1);
    if (field.find('{') != std::string::npos) fail("« { » dans « {…} »");
    const auto first = field.find_first_not_of(' ');
    if (first == std::string::npos) fail("« {} » vide");
    field = field.substr(first, field.find_last_not_of(' ') - first + 1);
    parts_.push_back({true, field});
    at = close + 1;
  }
}

std::vector<std::string> FileNamePattern::fields() const {
  std::vector<std::string> out;
  for (const Part& part : parts_) {
    if (part.isField) out.push_back(part.text);
  }
  return out;
}

std::vector<std::string> FileNamePattern::unknownFields(const FieldSchema& schema) const {
  std::vector<std::string> unknown;
  for (const auto& field : fields()) {
    // "responsables.1.nom" is declared as the item field "responsables.nom".
    std::string declared;
    for (const auto& part : json_path::split(field)) {
      if (!isItemNumber(part)) declared += (declared.empty() ? "" : ".") + part;
    }
    if (!schema.find(declared)) unknown.push_back(field);
  }
  return unknown;
}

std::string FileNamePattern::expand(const Poco::JSON::Object& data) const {
  std::string out;
  for (const Part& part : parts_) {
    if (!part.isField) {
      out += part.text;
      continue;
    }
    const Poco::Dynamic::Var value = findValue(data, part.text);
    if (value.isEmpty() || json_path::asObject(value) || json_path::asArray(value)) continue;
    if (value.type() == typeid(bool)) {
      out += value.extract<bool>() ? "oui" : "non";
    } else {
      out += value.convert<std::string>();
    }
  }
  return out;
}

}  // namespace trousse::batch
