#pragma once

#include <trousse/Catalog.hpp>
#include <trousse/Plugin.hpp>

#include <optional>
#include <string>
#include <vector>

namespace trousse::phare {

/// Edit distance (insertions, deletions, substitutions) between two byte strings.
std::size_t editDistance(const std::string& a, const std::string& b);
/// The catalog ids closest to `id`, nearest first, at most `limit`: ids within a few edits
/// (any status), then, if there is room, published practices a search for its words finds.
std::vector<std::string> closestIds(const std::string& id, const Catalog& catalog,
                                    std::size_t limit = 3);
/// The published practice `id`, or nothing with a problem at `field` (unknown id, with the
/// closest ids; or a practice that is not published yet).
std::optional<Practice> publishedPractice(const Catalog& catalog, const std::string& id,
                                          const std::string& field,
                                          std::vector<DataProblem>& problems);

}  // namespace trousse::phare
