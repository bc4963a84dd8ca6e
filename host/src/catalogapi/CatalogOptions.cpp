#include "catalogapi/CatalogOptions.hpp"

#include <Poco/Environment.h>
#include <Poco/Path.h>

namespace trousse::catalog {

std::filesystem::path defaultCacheFolder() {
  const std::string xdg = Poco::Environment::get("XDG_CACHE_HOME", "");
  if (!xdg.empty() && std::filesystem::path(xdg).is_absolute()) {
    return std::filesystem::path(xdg) / "trousse";
  }
  return std::filesystem::path(Poco::Path::home()) / ".cache" / "trousse";
}

}  // namespace trousse::catalog
