#include "catalog/SearchQuery.hpp"

#include "catalog/FrenchText.hpp"

namespace trousse::catalog {

std::string searchQuery(const std::string& text) {
  std::string query;
  // Words hold only letters and digits, so quoting them needs no escaping.
  for (const std::string& word : wordsOf(text)) {
    query += (query.empty() ? "\"" : " \"") + word + "\"*";
  }
  return query;
}

}  // namespace trousse::catalog
