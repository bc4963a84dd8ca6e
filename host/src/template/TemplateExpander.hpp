#pragma once

#include "template/Template.hpp"

#include <trousse/Document.hpp>

#include <Poco/JSON/Object.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace trousse {

/// Expands a template with checked data into a Document. Every value from the data is
/// escaped for Markdown and expanded once, so data never changes the document's structure.
class TemplateExpander {
 public:
  /// `today` is the date of the one request (or batch) this expander serves.
  TemplateExpander(Establishment establishment, std::chrono::year_month_day today);

  /// Fills defaults, then expands the body as Markdown (values escaped) and the title and
  /// letter parts as plain text (values raw, on one line). Expects data that passed
  /// tmpl.schema.check(); values of the wrong type are left out rather than trusted. A
  /// translation (tmpl.language) has its dates, times, salutation and headings in its language,
  /// and none of the parts that stay on the French page (recipient, reference…).
  Document expand(const Template& tmpl, const Poco::JSON::Object& data) const;

  static std::chrono::year_month_day todayLocal();

 private:
  struct Builtins;  // etablissement.*, aujourdhui and the helpers, in both value styles

  Establishment establishment_;
  std::chrono::year_month_day today_;
  /// By language code, "" for French: built once, for every language the host formats.
  std::shared_ptr<const std::map<std::string, Builtins>> builtins_;
};

}  // namespace trousse
