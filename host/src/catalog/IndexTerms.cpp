#include "catalog/IndexTerms.hpp"

#include <algorithm>

namespace trousse::catalog {

IndexTerms::IndexTerms(std::vector<std::pair<std::string, long long>> terms, long long practices)
    : terms_(std::move(terms)), practices_(practices) {}

IndexTerms::Terms::const_iterator IndexTerms::first(const std::string& prefix) const {
  return std::lower_bound(terms_.begin(), terms_.end(), prefix,
                          [](const std::pair<std::string, long long>& term,
                             const std::string& value) { return term.first < value; });
}

std::vector<std::string> IndexTerms::withPrefix(const std::string& prefix, std::size_t most) const {
  std::vector<std::string> found;
  for (auto it = first(prefix); it != terms_.end() && it->first.starts_with(prefix); ++it) {
    if (found.size() == most) return {};
    found.push_back(it->first);
  }
  return found;
}

long long IndexTerms::practicesWithPrefix(const std::string& prefix) const {
  long long count = 0;
  for (auto it = first(prefix);
       it != terms_.end() && it->first.starts_with(prefix) && count < practices_; ++it) {
    count += it->second;
  }
  return std::min(count, practices_);
}

}  // namespace trousse::catalog
