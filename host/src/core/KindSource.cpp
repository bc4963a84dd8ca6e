#include "core/KindSource.hpp"

namespace trousse {

KindRegistry::KindRegistry(const std::vector<const KindSource*>& sources) {
  for (const KindSource* source : sources) {
    for (KindEntry& entry : source->kinds()) kinds_.emplace(entry.fullName, std::move(entry));
  }
}

const KindEntry* KindRegistry::find(const std::string& fullName) const {
  const auto found = kinds_.find(fullName);
  return found == kinds_.end() ? nullptr : &found->second;
}

}  // namespace trousse
