#pragma once

#include "template/FieldSchema.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trousse {

/// A Mustache string written in the front matter, with the line it is on.
struct FrontMatterText {
  std::string text;
  int line = 0;  ///< 0 when absent
};

/// The YAML front matter of a template, read and checked but not yet tied to files.
struct FrontMatter {
  FrontMatterText title;
  std::string layout = "document";
  int layoutLine = 0;  ///< 0 when absent
  std::vector<Field> fields;
  /// Dotted field name ("responsables.nom" for an item field) → line of its declaration.
  std::map<std::string, int> fieldLines;
  struct PartialPath {
    std::string path;  ///< as written, relative to the template's folder
    int line = 0;
  };
  std::map<std::string, PartialPath> partials;
  FrontMatterText recipients;
  FrontMatterText placeAndDate, subject, reference, followedBy, signatoryName, signatoryTitle;
  FrontMatterText about, marking, registered, enclosures, copies, replySlip, qr, qrCaption;
};

/// A file's text with a UTF-8 BOM removed and Windows line ends made "\n"; nothing when the
/// file cannot be read.
std::optional<std::string> readText(const std::filesystem::path& file);

/// Reads the YAML between the `---` lines. `firstLine` is the line of `file` where the YAML
/// starts, so that messages name the line in the file. Throws TemplateError.
FrontMatter parseFrontMatter(const std::string& yaml, const std::filesystem::path& file,
                             int firstLine);

}  // namespace trousse
