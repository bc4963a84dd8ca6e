#include "pdf/layout/ImagePaths.hpp"

#include <algorithm>

namespace trousse::pdf {
namespace {

namespace fs = std::filesystem;

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// cmark percent-encodes destinations ("mon%20logo.png"); files have the decoded name.
std::string percentDecoded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int high = hexValue(text[i + 1]), low = hexValue(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool isInside(const fs::path& file, const fs::path& folder) {
  const auto [end, unused] = std::mismatch(folder.begin(), folder.end(), file.begin(), file.end());
  return end == folder.end();
}

}  // namespace

ImagePath resolveImagePath(std::string_view destination, const std::string& resourceDir) {
  if (destination.empty()) return {{}, "chemin vide"};
  if (destination.find("://") != std::string_view::npos || destination.starts_with("//") ||
      destination.starts_with("data:") || destination.starts_with("mailto:")) {
    return {{}, "les images sur le web ne sont pas téléchargées (rien ne sort de l'ordinateur)"};
  }
  const std::string decoded = percentDecoded(destination);
  if (decoded.find('\0') != std::string::npos) return {{}, "chemin invalide"};
  const fs::path relative = fs::path(decoded).lexically_normal();
  if (relative.is_absolute() || relative.has_root_name() || relative.has_root_directory()) {
    return {{}, "chemin absolu refusé : l'image doit être dans le dossier du document"};
  }
  if (!relative.empty() && *relative.begin() == "..") {
    return {{}, "chemin refusé : l'image doit être dans le dossier du document"};
  }
  if (resourceDir.empty()) return {{}, "le document n'a pas de dossier où chercher ses images"};

  std::error_code error;
  const fs::path folder = fs::weakly_canonical(fs::absolute(resourceDir, error), error);
  const fs::path file = fs::weakly_canonical(folder / relative, error);
  if (error || !isInside(file, folder)) {
    return {{}, "chemin refusé : l'image doit être dans le dossier du document"};
  }
  if (!fs::is_regular_file(file, error)) return {{}, "fichier introuvable"};
  return {file, {}};
}

}  // namespace trousse::pdf
