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

std::vector<std::vector<std::size_t>> addressGroups(const Poco::JSON::Object& data) {
  std::vector<std::vector<std::size_t>> groups;
  Poco::JSON::Array::Ptr adults = data.getArray("responsables");
  if (!adults) return groups;
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < adults->size(); ++i) {
    const std::string key = addressKey(adults->getObject(static_cast<unsigned>(i)));
    std::size_t group = 0;
    while (group < keys.size() && keys[group] != key) ++group;
    if (group == keys.size()) {
      keys.push_back(key);
      groups.emplace_back();
    }
    groups[group].push_back(i);
  }
  return groups;
}

std::vector<Poco::JSON::Object::Ptr> splitByAddress(const Poco::JSON::Object& data) {
  Poco::JSON::Array::Ptr adults = data.getArray("responsables");
  if (!adults || adults->size() < 2) return {new Poco::JSON::Object(data)};
  std::vector<Poco::JSON::Object::Ptr> letters;
  for (const std::vector<std::size_t>& group : addressGroups(data)) {
    Poco::JSON::Array::Ptr members = new Poco::JSON::Array;
    for (std::size_t index : group) members->add(adults->get(static_cast<unsigned>(index)));
    Poco::JSON::Object::Ptr letter = new Poco::JSON::Object(data);
    letter->set("responsables", members);
    letters.push_back(letter);
  }
  return letters;
}

}  // namespace trousse::letters
