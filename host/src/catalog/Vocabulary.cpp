#include "catalog/Vocabulary.hpp"

#include "catalog/FrenchText.hpp"

#include <Poco/NumberParser.h>

#include <trousse/Catalog.hpp>

#include <algorithm>

namespace trousse::catalog {

const std::vector<std::string>& pillars() {
  static const std::vector<std::string> kPillars(kPharePillars.begin(), kPharePillars.end());
  return kPillars;
}

const std::vector<std::string>& levels() {
  static const std::vector<std::string> kLevels = {"maternelle", "élémentaire", "collège", "lycée"};
  return kLevels;
}

const std::vector<std::string>& audiences() {
  static const std::vector<std::string> kAudiences = {
      "élèves",     "enseignants", "équipe ressource", "parents",
      "personnels", "encadrement", "partenaires"};
  return kAudiences;
}

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> kStatuses = {"brouillon", "relu", "publié"};
  return kStatuses;
}

int pillarNumber(const std::string& wording) {
  const auto& all = pillars();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i] == wording) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::optional<std::string> pillarFromUser(const std::string& text) {
  int number = 0;
  if (Poco::NumberParser::tryParse(text, number)) {
    if (number < 1 || number > static_cast<int>(pillars().size())) return std::nullopt;
    return pillars()[number - 1];
  }
  return valueFromUser(text, pillars());
}

std::optional<std::string> valueFromUser(const std::string& text,
                                         const std::vector<std::string>& allowed) {
  const std::string folded = foldForComparison(text);
  for (const std::string& value : allowed) {
    if (foldForComparison(value) == folded) return value;
  }
  return std::nullopt;
}

unsigned valueBits(const std::vector<std::string>& values,
                   const std::vector<std::string>& allowed) {
  unsigned bits = 0;
  for (std::size_t i = 0; i < allowed.size() && i < 32; ++i) {
    if (std::find(values.begin(), values.end(), allowed[i]) != values.end()) bits |= 1u << i;
  }
  return bits;
}

std::string frenchList(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " ou " : ", ";
    out += "« " + values[i] + " »";
  }
  return out;
}

}  // namespace trousse::catalog
