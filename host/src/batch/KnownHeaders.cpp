#include "batch/KnownHeaders.hpp"

#include "batch/HeaderName.hpp"
#include "common/Errors.hpp"
#include "template/JsonPath.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace trousse::batch {
namespace {

constexpr std::string_view kNumber = "{n}";

std::vector<std::string> words(const std::string& normalised) {
  std::vector<std::string> out;
  std::istringstream stream(normalised);
  for (std::string word; stream >> word;) out.push_back(word);
  return out;
}

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++found;
  return found;
}

/// The number a "{n}" token stands for: 1 to 99.
std::optional<int> itemNumber(const std::string& word) {
  if (word.empty() || word.size() > 2 ||
      word.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const int number = std::stoi(word);
  if (number < 1) return std::nullopt;
  return number;
}

}  // namespace

KnownHeaders KnownHeaders::parse(const std::string& jsonText, const std::string& sourceName) {
  const auto fail = [&](const std::string& message) {
    throw TemplateError(sourceName + " : " + message);
  };
  Poco::JSON::Object::Ptr root;
  try {
    root = json_path::asObject(Poco::JSON::Parser().parse(jsonText));
  } catch (const Poco::Exception& error) {
    fail("JSON mal formé (" + error.message() + ")");
  }
  if (!root) fail("un objet JSON est attendu");
  const auto columns = json_path::asObject(root->get("colonnes"));
  if (!columns) fail("la clé « colonnes » (objet) manque");

  KnownHeaders known;
  std::vector<std::string> seen;
  for (const auto& [name, value] : *columns) {
    auto parsed = parseTargetSpec(value);
    if (auto* message = std::get_if<std::string>(&parsed)) fail("« " + name + " » : " + *message);
    Entry entry{name, {}, std::get<TargetSpec>(parsed)};
    const std::size_t numbers = count(name, kNumber);
    if (numbers > 1 || numbers != count(entry.target.field, kNumber)) {
      fail("« " + name +
           " » : {n} doit figurer une fois dans le nom et une fois dans le champ, "
           "ou nulle part");
    }
    if (numbers == 1) {
      const auto at = name.find(kNumber);
      entry.tokens = words(normaliseHeader(name.substr(0, at)));
      entry.tokens.emplace_back(kNumber);
      for (auto& word : words(normaliseHeader(name.substr(at + kNumber.size())))) {
        entry.tokens.push_back(std::move(word));
      }
    } else {
      entry.tokens = words(normaliseHeader(name));
    }
    if (entry.tokens.empty()) fail("« " + name + " » : nom de colonne vide");
    std::string key;
    for (const auto& word : entry.tokens) key += word + " ";
    for (const auto& other : seen) {
      if (other == key) fail("« " + name + " » figure deux fois (à la casse et aux accents près)");
    }
    seen.push_back(key);
    known.entries_.push_back(std::move(entry));
  }
  return known;
}

KnownHeaders KnownHeaders::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw IoError("impossible de lire le fichier : " + file.string());
  std::ostringstream content;
  content << in.rdbuf();
  return parse(content.str(), file.filename().string());
}

std::optional<TargetSpec> KnownHeaders::find(std::string_view header) const {
  const auto headerWords = words(normaliseHeader(header));
  if (headerWords.empty()) return std::nullopt;
  // An exact entry ("Prénom 1", the student's first given name) wins over a numbered pattern.
  for (const bool patterns : {false, true}) {
    for (const Entry& entry : entries_) {
      if (entry.tokens.size() != headerWords.size()) continue;
      std::optional<int> number;
      bool matches = true;
      bool isPattern = false;
      for (std::size_t i = 0; matches && i < headerWords.size(); ++i) {
        if (entry.tokens[i] == kNumber) {
          isPattern = true;
          number = itemNumber(headerWords[i]);
          matches = number.has_value();
        } else {
          matches = entry.tokens[i] == headerWords[i];
        }
      }
      if (!matches || isPattern != patterns) continue;
      TargetSpec target = entry.target;
      if (number) {
        target.field.replace(target.field.find(kNumber), kNumber.size(), std::to_string(*number));
      }
      return target;
    }
  }
  return std::nullopt;
}

}  // namespace trousse::batch
