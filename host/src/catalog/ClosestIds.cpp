#include "catalog/ClosestIds.hpp"

#include "catalog/FrenchText.hpp"

#include <algorithm>
#include <tuple>

namespace trousse::catalog {

std::vector<std::string> closestIds(const std::string& id, const std::vector<std::string>& ids,
                                    std::size_t limit) {
  const std::string wanted = foldForComparison(id);
  const std::size_t maxDistance = std::max<std::size_t>(2, wanted.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const std::string& candidate : ids) {
    const std::size_t distance = editDistance(wanted, foldForComparison(candidate));
    if (distance <= maxDistance) near.emplace_back(distance, candidate);
  }
  std::sort(near.begin(), near.end());
  std::vector<std::string> result;
  for (std::size_t i = 0; i < near.size() && i < limit; ++i) result.push_back(near[i].second);
  return result;
}

}  // namespace trousse::catalog
