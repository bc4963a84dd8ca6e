#pragma once

#include <trousse/Api.hpp>
#include <trousse/Catalog.hpp>
#include <trousse/Document.hpp>
#include <trousse/SchoolCalendar.hpp>

#include <Poco/JSON/Object.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace trousse {

/// One document type a plugin offers, such as `letters/convocation`.
struct KindInfo {
  std::string name;          ///< "convocation"; the full kind is "<plugin id>/<name>"
  std::string title;         ///< French title shown to users
  std::string produces;      ///< French description of the output, e.g. "lettre PDF d'une page"
  std::string templateFile;  ///< relative to the templates folder, e.g. "letters/convocation.md"
  /// A folder of ready data files for this kind, relative to the shared content folder
  /// ("ateliers"); empty when there is none. `trousse kinds` shows where it is.
  std::string examplesFolder = {};
};

/// What the host gives a plugin while it renders one request: template expansion for the
/// plugin's own kinds, the shared catalog of practices, and the date the documents are made
/// for. A plugin never opens files or databases itself. Valid during render() only.
class RenderContext {
 public:
  virtual ~RenderContext() = default;
  /// Expands the template of `kind` (a name the plugin offers) with `data`. Data the host
  /// received was checked against the kind's schema; data a plugin builds itself is checked
  /// here, and refused with a DataError naming the fields. When the kind declares a `langue`
  /// field and `data` sets it, the document carries the translation into that language
  /// (`Document::translations`), from `<kind>.<code>.md`.
  virtual Document expand(const std::string& kind, const Poco::JSON::Object& data) const = 0;
  /// Expands one of the plugin's own part templates, `templates/<plugin id>/<templateFile>`,
  /// which is not a kind of its own: the documents of a kit. `data` is checked against the
  /// part's fields, and refused with a DataError naming them.
  virtual Document expandPart(const std::string& templateFile,
                              const Poco::JSON::Object& data) const = 0;
  /// The catalog of practices shared by every plugin.
  virtual const Catalog& catalog() const = 0;
  /// "Today" for this request: the date printed on its documents.
  virtual std::chrono::year_month_day today() const = 0;
  /// The school calendar of the establishment's holiday zone (`etablissement.zone`).
  virtual const SchoolCalendar& calendar() const = 0;
  /// Tells the user something worth knowing that does not stop the documents ("the workshop
  /// is dated in the past"): the field and a French sentence.
  virtual void warn(const std::string& field, const std::string& message) const = 0;
};

/// One problem a plugin finds in a request's data: the field (dotted path, "items.3.pratique",
/// or a CSV file and row) and a French message.
struct DataProblem {
  std::string field;
  std::string message;
};

/// Thrown by a plugin when the data cannot make right documents: every problem at once. The
/// host reports them like schema problems, field by field, and writes nothing.
class InvalidData : public std::runtime_error {
 public:
  explicit InvalidData(std::vector<DataProblem> problems)
      : std::runtime_error("données invalides"), problems_(std::move(problems)) {}
  const std::vector<DataProblem>& problems() const { return problems_; }

 private:
  std::vector<DataProblem> problems_;
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
                                       const RenderContext& context) const = 0;
  /// Checks data as render() would, without producing anything: a mail merge's first pass
  /// over every row. Throws InvalidData and warns through the context like render(). The
  /// default renders and drops the documents; a plugin whose checks cost less than its
  /// rendering says so here.
  virtual void check(const std::string& kind, const Poco::JSON::Object& data,
                     const RenderContext& context) const {
    render(kind, data, context);
  }
};

/// The common case: every kind is one template expanded once.
class TemplatePlugin : public Plugin {
 public:
  std::vector<Document> render(const std::string& kind, const Poco::JSON::Object& data,
                               const RenderContext& context) const override {
    return {context.expand(kind, data)};
  }
};

}  // namespace trousse
