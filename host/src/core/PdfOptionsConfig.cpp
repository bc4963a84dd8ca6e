#include "core/PdfOptionsConfig.hpp"

#include "common/Errors.hpp"

#include <Poco/Exception.h>

namespace trousse {

PdfOptions readPdfOptions(const Poco::Util::AbstractConfiguration& config) {
  PdfOptions options;
  auto millimetres = [&](const std::string& key, double fallback) {
    try {
      return config.getDouble("lettre.fenetre." + key, fallback);
    } catch (const Poco::Exception&) {
      throw UsageError("configuration : lettre.fenetre." + key +
                       " doit être un nombre de millimètres, par exemple 110");
    }
  };
  options.window.left = millimetres("gauche", options.window.left);
  options.window.top = millimetres("haut", options.window.top);
  options.window.width = millimetres("largeur", options.window.width);
  options.window.height = millimetres("hauteur", options.window.height);
  return options;
}

}  // namespace trousse
