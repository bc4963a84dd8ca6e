#include "plugins/phare/JsonValues.hpp"

#include <Poco/NumberParser.h>

#include <cmath>

namespace trousse::phare {
namespace {

std::vector<std::string> split(const std::string& dottedPath) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = dottedPath.find('.', start);
    parts.push_back(dottedPath.substr(start, dot - start));
    if (dot == std::string::npos) return parts;
    start = dot + 1;
  }
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

Poco::Dynamic::Var valueAt(const Poco::JSON::Object& data, const std::string& dottedPath) {
  const std::vector<std::string> parts = split(dottedPath);
  const Poco::JSON::Object* object = &data;
  Poco::JSON::Object::Ptr holder;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    holder = object->getObject(parts[i]);
    if (!holder) return {};
    object = holder.get();
  }
  return object->has(parts.back()) ? object->get(parts.back()) : Poco::Dynamic::Var();
}

std::string textAt(const Poco::JSON::Object& data, const std::string& dottedPath) {
  const Poco::Dynamic::Var value = valueAt(data, dottedPath);
  return value.isString() ? trimmed(value.extract<std::string>()) : std::string();
}

Poco::JSON::Array::Ptr arrayAt(const Poco::JSON::Object& data, const std::string& dottedPath) {
  const Poco::Dynamic::Var value = valueAt(data, dottedPath);
  if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    return value.extract<Poco::JSON::Array::Ptr>();
  }
  return nullptr;
}

std::vector<Poco::JSON::Object::Ptr> objectsAt(const Poco::JSON::Object& data,
                                               const std::string& key) {
  std::vector<Poco::JSON::Object::Ptr> objects;
  if (const auto array = arrayAt(data, key)) {
    for (unsigned i = 0; i < array->size(); ++i) {
      if (auto object = array->getObject(i)) objects.push_back(object);
    }
  }
  return objects;
}

std::vector<std::string> textsAt(const Poco::JSON::Object& data, const std::string& key) {
  std::vector<std::string> texts;
  if (const auto array = arrayAt(data, key)) {
    for (unsigned i = 0; i < array->size(); ++i) {
      const Poco::Dynamic::Var item = array->get(i);
      if (item.isString()) {
        if (std::string text = trimmed(item.extract<std::string>()); !text.empty()) {
          texts.push_back(std::move(text));
        }
      }
    }
  }
  return texts;
}

std::optional<long> wholeNumberAt(const Poco::JSON::Object& data, const std::string& key) {
  const Poco::Dynamic::Var value = valueAt(data, key);
  double number = 0;
  if (value.isEmpty() || value.type() == typeid(bool)) return std::nullopt;
  if (value.isNumeric()) {
    number = value.convert<double>();
  } else if (value.isString()) {
    std::string text = trimmed(value.extract<std::string>());
    for (char& c : text) {
      if (c == ',') c = '.';
    }
    if (!Poco::NumberParser::tryParseFloat(text, number)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 1e9) {
    return std::nullopt;
  }
  return static_cast<long>(number);
}

bool flagAt(const Poco::JSON::Object& data, const std::string& key) {
  const Poco::Dynamic::Var value = valueAt(data, key);
  return value.type() == typeid(bool) && value.extract<bool>();
}

void setAt(Poco::JSON::Object& data, const std::string& dottedPath,
           const Poco::Dynamic::Var& value) {
  const std::vector<std::string> parts = split(dottedPath);
  Poco::JSON::Object* object = &data;
  Poco::JSON::Object::Ptr holder;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    holder = object->getObject(parts[i]);
    if (!holder) {
      holder = new Poco::JSON::Object;
      object->set(parts[i], holder);
    }
    object = holder.get();
  }
  object->set(parts.back(), value);
}

Poco::JSON::Array::Ptr textArray(const std::vector<std::string>& texts) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
  for (const std::string& text : texts) array->add(text);
  return array;
}

}  // namespace trousse::phare
