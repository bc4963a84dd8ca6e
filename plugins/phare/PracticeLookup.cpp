#include "plugins/phare/PracticeLookup.hpp"

#include "plugins/phare/FrenchText.hpp"

#include <algorithm>
#include <numeric>

namespace trousse::phare {

std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::string> closestIds(const std::string& id, const Catalog& catalog,
                                    std::size_t limit) {
  // Ids are ASCII; what a user types may not be ("méthode-…"): compare folded forms.
  std::string wanted;
  for (const char c : id) wanted += c == '_' || c == ' ' ? '-' : c;
  std::string folded;
  {
    std::size_t start = 0;
    while (start <= wanted.size()) {
      const std::size_t dash = wanted.find('-', start);
      const std::string word = wanted.substr(start, dash - start);
      if (!folded.empty()) folded += '-';
      folded += foldedKey(word);
      if (dash == std::string::npos) break;
      start = dash + 1;
    }
  }
  PracticeFilter everything;
  everything.allStatuses = true;
  const std::size_t maxDistance = std::max<std::size_t>(2, folded.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const Practice& practice : catalog.list(everything)) {
    const std::size_t distance = editDistance(folded, practice.id);
    if (distance <= maxDistance) near.emplace_back(distance, practice.id);
  }
  std::sort(near.begin(), near.end());
  std::vector<std::string> ids;
  for (const auto& [distance, candidate] : near) {
    if (ids.size() < limit) ids.push_back(candidate);
  }
  if (ids.size() < limit) {
    std::string words = folded;
    std::replace(words.begin(), words.end(), '-', ' ');
    for (const PracticeHit& hit : catalog.search(words, PracticeFilter{}, limit)) {
      if (ids.size() < limit && std::find(ids.begin(), ids.end(), hit.practice.id) == ids.end()) {
        ids.push_back(hit.practice.id);
      }
    }
  }
  return ids;
}

std::optional<Practice> publishedPractice(const Catalog& catalog, const std::string& id,
                                          const std::string& field,
                                          std::vector<DataProblem>& problems) {
  std::optional<Practice> practice = catalog.find(id);
  if (!practice) {
    std::string message = "pratique « " + id + " » inconnue du catalogue";
    const std::vector<std::string> suggestions = closestIds(id, catalog);
    if (!suggestions.empty()) {
      message += " ; vouliez-vous dire ";
      for (std::size_t i = 0; i < suggestions.size(); ++i) {
        message += (i == 0                        ? ""
                    : i + 1 == suggestions.size() ? " ou "
                                                  : ", ") +
                   ("« " + suggestions[i] + " »");
      }
      message += " ?";
    }
    problems.push_back({field, message});
    return std::nullopt;
  }
  if (!practice->published()) {
    problems.push_back(
        {field, "la pratique « " + id + " » est au statut « " + practice->status +
                    " » : seules les pratiques publiées entrent dans les documents"});
    return std::nullopt;
  }
  return practice;
}

}  // namespace trousse::phare
