#include "plugins/letters/PostalAddress.hpp"

#include "common/Utf8.hpp"

#include <cctype>

namespace trousse::letters {
namespace {

/// "93100 Montreuil", "1000 Bruxelles", "75011 PARIS CEDEX 11": a postcode, then the town.
bool isPostcodeLine(const std::string& line) {
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  return digits >= 4 && digits <= 5 && digits < line.size() && line[digits] == ' ';
}

bool hasDigit(const std::string& line) {
  for (unsigned char c : line) {
    if (std::isdigit(c)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> postalAddressProblems(const std::vector<std::string>& lines) {
  std::vector<std::string> problems;
  if (lines.size() > kMaxAddressLines) {
    problems.push_back("l'adresse fait " + std::to_string(lines.size()) +
                       " lignes avec les noms ; La Poste en accepte " +
                       std::to_string(kMaxAddressLines) + " au plus");
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (const std::size_t length = utf8::length(lines[i]); length > kMaxAddressLineLength) {
      problems.push_back("la ligne " + std::to_string(i + 1) + " de l'adresse fait " +
                         std::to_string(length) + " caractères ; La Poste en accepte " +
                         std::to_string(kMaxAddressLineLength) + " au plus");
    }
  }
  if (!lines.empty()) {
    const std::string& last = lines.back();
    // Abroad, the country comes last, under the postcode line.
    const bool countryLast =
        lines.size() >= 2 && !hasDigit(last) && hasDigit(lines[lines.size() - 2]);
    if (!isPostcodeLine(last) && !countryLast) {
      problems.push_back(
          "la dernière ligne de l'adresse doit être celle du code postal et de la commune "
          "(« 93100 Montreuil ») ou, pour l'étranger, le pays");
    }
  }
  return problems;
}

}  // namespace trousse::letters
