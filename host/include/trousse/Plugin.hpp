#pragma once

#include <trousse/Api.hpp>
#include <trousse/Document.hpp>

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace trousse {

/// One document type a plugin offers, such as `letters/convocation`.
struct KindInfo {
  std::string name;          ///< "convocation"; the full kind is "<plugin id>/<name>"
  std::string title;         ///< French title shown to users
  std::string produces;      ///< French description of the output, e.g. "lettre PDF d'une page"
  std::string templateFile;  ///< relative to the templates folder, e.g. "letters/convocation.md"
};

/// What the host gives a plugin while it renders: template expansion for the plugin's kinds.
class TemplateService {
 public:
  virtual ~TemplateService() = default;
  /// Expands the template of `kind` (a name the plugin offers) with `data`, which the host
  /// has already checked against the template's field schema.
  virtual Document expand(const std::string& kind, const Poco::JSON::Object& data) const = 0;
};

/// A plugin: a shared library exporting a factory with TROUSSE_PLUGIN (see Export.hpp).
class Plugin {
 public:
  virtual ~Plugin() = default;
  virtual std::string id() const = 0;
  virtual std::string version() const = 0;
  virtual std::vector<KindInfo> kinds() const = 0;
  /// Produces the documents of one kind from checked data. Most kinds give one document;
  /// a kit gives several.
  virtual std::vector<Document> render(const std::string& kind, const Poco::JSON::Object& data,
                                       const TemplateService& templates) const = 0;
};

/// The common case: every kind is one template expanded once.
class TemplatePlugin : public Plugin {
 public:
  std::vector<Document> render(const std::string& kind, const Poco::JSON::Object& data,
                               const TemplateService& templates) const override {
    return {templates.expand(kind, data)};
  }
};

}  // namespace trousse
