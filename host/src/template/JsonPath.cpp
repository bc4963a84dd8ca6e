#include "template/JsonPath.hpp"

namespace trousse::json_path {

std::vector<std::string> split(const std::string& dottedName) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto dot = dottedName.find('.', start);
    parts.push_back(dottedName.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts;
}

Poco::JSON::Object::Ptr asObject(const Poco::Dynamic::Var& value) {
  if (value.isEmpty()) return nullptr;
  if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
    return value.extract<Poco::JSON::Object::Ptr>();
  }
  if (value.type() == typeid(Poco::JSON::Object)) {
    return new Poco::JSON::Object(value.extract<Poco::JSON::Object>());
  }
  return nullptr;
}

Poco::JSON::Array::Ptr asArray(const Poco::Dynamic::Var& value) {
  if (value.isEmpty()) return nullptr;
  if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    return value.extract<Poco::JSON::Array::Ptr>();
  }
  if (value.type() == typeid(Poco::JSON::Array)) {
    return new Poco::JSON::Array(value.extract<Poco::JSON::Array>());
  }
  return nullptr;
}

Poco::Dynamic::Var find(const Poco::JSON::Object& data, const std::string& dottedName) {
  // Part by part without splitting first: every field of every row is looked up here.
  const Poco::JSON::Object* current = &data;
  Poco::JSON::Object::Ptr holder;  // keeps a converted intermediate alive
  std::string part;
  std::size_t start = 0;
  for (std::size_t dot; (dot = dottedName.find('.', start)) != std::string::npos; start = dot + 1) {
    part.assign(dottedName, start, dot - start);
    holder = asObject(current->get(part));
    if (!holder) return {};
    current = holder.get();
  }
  if (start == 0) return current->get(dottedName);
  part.assign(dottedName, start, std::string::npos);
  return current->get(part);
}

bool set(Poco::JSON::Object& data, const std::string& dottedName, const Poco::Dynamic::Var& value) {
  const auto parts = split(dottedName);
  Poco::JSON::Object* current = &data;
  Poco::JSON::Object::Ptr holder;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const Poco::Dynamic::Var step = current->get(parts[i]);
    if (step.isEmpty()) {
      Poco::JSON::Object::Ptr created = new Poco::JSON::Object;
      current->set(parts[i], created);
      holder = created;
    } else if (step.type() == typeid(Poco::JSON::Object::Ptr)) {
      holder = step.extract<Poco::JSON::Object::Ptr>();
    } else if (step.type() == typeid(Poco::JSON::Object)) {
      // Stored by value: replace it by a shared copy we can write through.
      holder = new Poco::JSON::Object(step.extract<Poco::JSON::Object>());
      current->set(parts[i], holder);
    } else {
      return false;
    }
    current = holder.get();
  }
  current->set(parts.back(), value);
  return true;
}

bool isBlank(const Poco::Dynamic::Var& value) {
  if (value.isEmpty()) return true;
  if (value.type() != typeid(std::string)) return false;  // no copy of the text to look at it
  const std::string& text = value.extract<std::string>();
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

Poco::JSON::Object::Ptr deepCopy(const Poco::JSON::Object& data) {
  Poco::JSON::Object::Ptr copy = new Poco::JSON::Object;
  for (const auto& [key, value] : data) copy->set(key, deepCopy(value));
  return copy;
}

Poco::Dynamic::Var deepCopy(const Poco::Dynamic::Var& value) {
  if (auto object = asObject(value)) return deepCopy(*object);
  if (auto array = asArray(value)) {
    Poco::JSON::Array::Ptr copy = new Poco::JSON::Array;
    for (const auto& item : *array) copy->add(deepCopy(item));
    return copy;
  }
  return value;
}

std::string describeType(const Poco::Dynamic::Var& value) {
  if (value.isEmpty()) return "rien";
  if (value.type() == typeid(bool)) return "un booléen";
  if (value.isString()) return "un texte";
  if (value.isNumeric()) return "un nombre";
  if (asObject(value)) return "un objet";
  if (asArray(value)) return "une liste";
  return "une valeur d'un autre type";
}

}  // namespace trousse::json_path
