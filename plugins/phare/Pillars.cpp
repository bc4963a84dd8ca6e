#include "plugins/phare/Pillars.hpp"

namespace trousse::phare {

int pillarNumber(const std::string& name) {
  for (std::size_t i = 0; i < kPillars.size(); ++i) {
    if (kPillars[i] == name) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace trousse::phare
