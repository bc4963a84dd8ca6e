#pragma once

#include <string>
#include <vector>

namespace trousse::catalog {

/// The ids nearest to a mistyped one, nearest first, for "did you mean": within an edit
/// distance of a third of the id's length (at least 2), case and accents ignored.
std::vector<std::string> closestIds(const std::string& id, const std::vector<std::string>& ids,
                                    std::size_t limit = 3);

}  // namespace trousse::catalog
