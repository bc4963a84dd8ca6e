#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace trousse::pdf {

/// Where an image a document names is, or why it cannot be used.
struct ImagePath {
  std::filesystem::path file;  ///< set when `problem` is empty
  std::string problem;         ///< in French: "chemin absolu refusé", "introuvable"…
};

/// The file an image destination names (as cmark gives it: percent-encoded), under the
/// document's folder. Only relative paths that stay inside that folder are accepted, also
/// once symbolic links are followed; addresses on the web are never fetched (nothing
/// leaves the machine).
ImagePath resolveImagePath(std::string_view destination, const std::string& resourceDir);

}  // namespace trousse::pdf
