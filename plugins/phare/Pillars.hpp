#pragma once

#include <array>
#include <string>

namespace trousse::phare {

/// The eight pillars of pHARe, in the ministry's words, in order: pillar N is kPillars[N - 1].
extern const std::array<std::string, 8> kPillars;

/// 1 to 8 for a pillar's exact name, 0 for anything else.
int pillarNumber(const std::string& name);

}  // namespace trousse::phare
