#pragma once

#include "template/FieldSchema.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace trousse {

/// The Mustache sources of a letter's parts, from the front matter's `letter:` map.
struct LetterTemplate {
  /// Name of the list field holding the recipients (e.g. "responsables"). Its items have
  /// `civilite`, `prenom`, `nom` and a multiline `adresse`; the address block is one line
  /// "Civilité Prénom NOM" per item, then the first item's address lines.
  std::string recipientsField;
  std::string placeAndDate;  ///< default: "{{etablissement.ville}}, le {{aujourdhui}}"
  std::string subject;
  std::string reference;
  std::string followedBy;
  std::string signatoryName;
  std::string signatoryTitle;
};

/// A Markdown template with YAML front matter, as loaded from templates/<plugin>/<kind>.md.
struct Template {
  std::filesystem::path file;
  std::string title;
  std::string layout = "document";
  FieldSchema schema;
  std::map<std::string, std::string> partials;  ///< name → Mustache source
  LetterTemplate letter;
  std::string body;   ///< Mustache + Markdown, after the front matter
  int bodyLine = 1;   ///< line of `file` where the body starts, for error messages

  /// Reads and checks a template: YAML syntax, field declarations, Mustache syntax, and every
  /// placeholder against the schema. Throws TemplateError naming the file and line.
  static Template load(const std::filesystem::path& file);
};

}  // namespace trousse
