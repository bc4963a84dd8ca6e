#pragma once

#include <array>
#include <string>

#include <trousse/Catalog.hpp>

namespace trousse::phare {

/// The eight pillars of pHARe, in the ministry's words (the SDK's list, shared with the catalog):
/// pillar N is kPillars[N - 1].
inline constexpr const auto& kPillars = kPharePillars;

/// 1 to 8 for a pillar's exact name, 0 for anything else.
int pillarNumber(const std::string& name);

}  // namespace trousse::phare
