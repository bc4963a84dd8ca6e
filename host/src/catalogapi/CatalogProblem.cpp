#include "catalogapi/CatalogProblem.hpp"

namespace trousse::catalog {

std::string CatalogProblem::text() const {
  return file.string() + (line > 0 ? ":" + std::to_string(line) : std::string()) + " : " + message;
}

}  // namespace trousse::catalog
