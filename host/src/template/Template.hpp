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
  std::string about;    ///< one line, like the subject
  std::string marking;  ///< one line, like the subject
  /// Registered mail when it renders to something other than nothing, "false" or "non".
  std::string registered;
  std::string enclosures;  ///< one enclosure per rendered line; empty lines are dropped
  std::string copies;      ///< one copy per rendered line
  std::string replySlip;   ///< Mustache + Markdown, expanded like the body
  std::string qr;          ///< the address the QR code encodes
  std::string qrCaption;
};

/// A Markdown template with YAML front matter, as loaded from templates/<plugin>/<kind>.md.
struct Template {
  std::filesystem::path file;
  std::string title;
  std::string layout = "document";
  int layoutLine = 0;  ///< line of `layout:` in `file`, 0 when absent
  FieldSchema schema;
  std::map<std::string, std::string> partials;                ///< name → Mustache source
  std::map<std::string, std::filesystem::path> partialFiles;  ///< name → file, for messages
  LetterTemplate letter;
  std::string body;  ///< Mustache + Markdown, after the front matter
  int bodyLine = 1;  ///< line of `file` where the body starts, for error messages
  /// ISO 639-1 code of a translation (`<kind>.<code>.md`); empty for the French template.
  std::string language;

  /// Reads and checks a template: YAML syntax, field declarations, examples and defaults
  /// (against the schema), partial paths (inside the templates root, the template folder's
  /// parent), Mustache syntax, and every placeholder against the schema. Throws TemplateError
  /// naming the file and line (all placeholder problems at once, one per line), IoError when
  /// the file cannot be read. Unknown top-level keys of the front matter are left to other
  /// readers; unknown keys inside a field or `letter:` are errors (typos). Changing Mustache
  /// delimiters is refused.
  static Template load(const std::filesystem::path& file);

  /// Reads the translation of `original` into `language`: its front matter holds only what is
  /// written in that language (title; the letter's subject, about, place_and_date, reply_slip,
  /// qr_caption) and its body; everything else, the fields first, is the original's, and every
  /// placeholder is checked against the original's fields. Parts that stay on the French page
  /// (recipient, reference, "affaire suivie par", registered mail, enclosures, copies) are left
  /// out. Throws TemplateError naming the file and line.
  static Template loadTranslation(const std::filesystem::path& file, const Template& original,
                                  const std::string& language);
};

}  // namespace trousse
