#include "plugins/letters/RecipientGroups.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/UTF8String.h>

#include <cctype>
#include <string>

namespace trousse::letters {
namespace {

/// "12, rue des Lilas\n75011 PARIS" and "12 rue des lilas 75011 Paris" are the same address.
std::string addressKey(const Poco::JSON::Object::Ptr& adult) {
  std::string address = adult ? adult->optValue<std::string>("adresse", "") : std::string();
  std::string key;
  for (unsigned char c : Poco::UTF8::toLower(address)) {
    if (c >= 0x80 || std::isalnum(c)) key += static_cast<char>(c);
  }
  return key;
}

}  // namespace

std::vector<Poco::JSON::Object::Ptr> splitByAddress(const Poco::JSON::Object& data) {
  Poco::JSON::Array::Ptr adults = data.getArray("responsables");
  if (!adults || adults->size() < 2) return {new Poco::JSON::Object(data)};

  std::vector<std::string> keys;
  std::vector<Poco::JSON::Array::Ptr> groups;
  for (std::size_t i = 0; i < adults->size(); ++i) {
    Poco::JSON::Object::Ptr adult = adults->getObject(static_cast<unsigned>(i));
    const std::string key = addressKey(adult);
    std::size_t group = 0;
    while (group < keys.size() && keys[group] != key) ++group;
    if (group == keys.size()) {
      keys.push_back(key);
      groups.push_back(new Poco::JSON::Array);
    }
    groups[group]->add(adults->get(static_cast<unsigned>(i)));
  }

  std::vector<Poco::JSON::Object::Ptr> letters;
  for (const Poco::JSON::Array::Ptr& group : groups) {
    Poco::JSON::Object::Ptr letter = new Poco::JSON::Object(data);
    letter->set("responsables", group);
    letters.push_back(letter);
  }
  return letters;
}

}  // namespace trousse::letters
