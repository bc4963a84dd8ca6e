#pragma once

#include <string>

namespace trousse::catalog {

/// The text of a new practice file `<id>.md` (`trousse catalog new ID`): every field of the
/// front matter with a hint of what to write, status `brouillon`, and the three sections of
/// the body. Throws UsageError when `id` is not a valid id (lower case, digits, hyphens).
std::string practiceSkeleton(const std::string& id, const std::string& author,
                             const std::string& today);

}  // namespace trousse::catalog
