#pragma once

#include "common/Errors.hpp"
#include "core/JobExecutor.hpp"
#include "core/KindSource.hpp"
#include "core/SchoolCalendar.hpp"
#include "core/TemplateStore.hpp"
#include "pdf/PdfWriter.hpp"
#include "template/TemplateExpander.hpp"

#include <trousse/Catalog.hpp>
#include <trousse/Document.hpp>

#include <Poco/JSON/Object.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace trousse {

/// What a RenderService is made of, once per process.
struct RenderServiceSettings {
  std::vector<const KindSource*> sources;  ///< read while the service is built
  std::filesystem::path fontsDir;
  PdfOptions pdfOptions;  ///< strictImages is set per call
  std::chrono::milliseconds templateRecheck = std::chrono::seconds(1);
  /// Builds the catalog on its first use (a letter never pays for it); none: an empty catalog.
  std::function<std::shared_ptr<const Catalog>()> catalog;
  std::size_t workerThreads = 0;  ///< 0: one per core, at most 8
  /// Folder of the school holidays (`vacances-scolaires.json`), read on first use; empty: no
  /// year is known.
  std::filesystem::path calendarDir;
  std::filesystem::path localCalendarDir;  ///< an establishment's own school years; may be empty
};

/// A problem with the data of a request: the field (dotted path, "responsables.2.nom"), or
/// empty for the whole request, and a French message that mentions no command or option.
struct Problem {
  std::string field;
  std::string message;
};

/// Problems a plugin found in a request's data, beyond its schema: every one, field by field.
class RequestProblems : public DataError {
 public:
  explicit RequestProblems(std::vector<Problem> problems);
  const std::vector<Problem>& fieldProblems() const { return problems_; }

 private:
  std::vector<Problem> problems_;
};

/// One document request, from any front end.
struct RenderRequest {
  std::string kind;  ///< "letters/convocation"
  Poco::JSON::Object::Ptr data;
  Establishment establishment;
  std::chrono::year_month_day today;  ///< the date printed as "today"
  bool pdf = true;
  bool html = false;  ///< the preview
};

/// What a request gave: problems (then nothing else), or the documents and their outputs.
struct RenderResult {
  std::vector<Problem> problems;
  std::vector<Document> documents;
  std::string pdf;
  std::string html;
  std::vector<std::string> warnings;            ///< French sentences (missing glyphs, images…)
  std::vector<Problem> dataWarnings;            ///< what the plugin noticed in the data
  std::vector<std::size_t> documentPages;       ///< pages of each document in `pdf`
  std::vector<RenderReport::Heading> headings;  ///< each heading and its page in `pdf`
  bool ok() const { return problems.empty(); }
};

class RenderService;

/// Many documents for one establishment and one date (a request, a mail merge): the template
/// expander is built once. Immutable; any number of threads may use one scope at once.
class RenderScope {
 public:
  RenderScope(const RenderService& service, Establishment establishment,
              std::chrono::year_month_day today);

  const Establishment& establishment() const { return establishment_; }
  std::chrono::year_month_day today() const { return today_; }
  /// The problems of `data` for the kind's schema; empty when it passes.
  std::vector<Problem> check(const std::string& kind, const Poco::JSON::Object& data) const;
  /// The documents of data that passed check(): the kind's plugin renders them. A plugin's
  /// failure becomes a PluginError naming the plugin and the kind; problems the plugin finds in
  /// the data (InvalidData) a RequestProblems. The plugin's warnings go to `warnings`.
  std::vector<Document> documents(const std::string& kind, const Poco::JSON::Object& data,
                                  std::vector<Problem>* warnings = nullptr) const;
  /// What documents() would refuse or warn about, without the documents (Plugin::check): the
  /// mail merge's check pass.
  void checkDocuments(const std::string& kind, const Poco::JSON::Object& data,
                      std::vector<Problem>* warnings = nullptr) const;

 private:
  class PluginContext;
  using PluginCall = std::function<void(const Plugin&, const std::string& kind,
                                        const Poco::JSON::Object& data, const RenderContext&)>;
  /// Calls the kind's plugin with the data (defaults filled in) and a context, turning its
  /// failures into host errors and collecting its warnings.
  void runPlugin(const std::string& kind, const Poco::JSON::Object& data,
                 std::vector<Problem>* warnings, const PluginCall& call) const;

  const RenderService& service_;
  Establishment establishment_;
  std::chrono::year_month_day today_;
  TemplateExpander expander_;
};

/// The one long-lived object that renders, shared by every front end (the CLI's commands, the
/// web's request threads). Everything it holds is immutable after construction or guarded:
/// the kinds (read once), the templates (TemplateStore), the writers (const, no state between
/// calls), the catalog (read-only), the worker threads (JobExecutor).
class RenderService {
 public:
  explicit RenderService(RenderServiceSettings settings);

  const KindRegistry& kinds() const { return kinds_; }
  /// The kind, or a UsageError naming it when no source offers it.
  const KindEntry& kind(const std::string& fullName) const;
  /// The kind's template, loaded on first use and reloaded when its file changes.
  std::shared_ptr<const Template> templateOf(const std::string& fullName) const;
  /// The translation of a kind's template into `language` (`<kind>.<code>.md`).
  std::shared_ptr<const Template> translationOf(const std::string& fullName,
                                                const std::string& language) const;
  /// The languages a kind's letters may be translated into (its `langue` field's choices).
  std::vector<std::string> languagesOf(const std::string& fullName) const;
  /// One of a plugin's part templates (`<template root>/<plugin id>/<file>`), for kits.
  std::shared_ptr<const Template> partTemplate(const KindEntry& kind,
                                               const std::string& file) const;
  /// The catalog of practices, built on first use; throws what building it throws.
  const Catalog& catalog() const;
  /// The school holidays, read once on first use (a letter never reads them), then shared.
  const std::shared_ptr<const SchoolHolidayData>& schoolHolidays() const;
  /// The worker threads shared by every job, started on first use.
  JobExecutor& executor() const;
  /// strictImages: a missing image is an error (documents from templates), not a placeholder.
  const PdfWriter& pdfWriter(bool strictImages) const;

  RenderScope scope(Establishment establishment, std::chrono::year_month_day today) const {
    return RenderScope(*this, std::move(establishment), today);
  }
  /// A request from start to finish: check, documents, PDF and preview.
  RenderResult render(const RenderRequest& request) const;
  struct WriteOptions {
    bool pdf = true;
    bool html = false;
    bool strictImages = true;  ///< false for a Markdown file: a missing image is a placeholder
  };
  /// Writes documents (from a request, or made elsewhere such as a Markdown file).
  RenderResult write(std::vector<Document> documents, WriteOptions options) const;

 private:
  KindRegistry kinds_;
  TemplateStore templates_;
  std::function<std::shared_ptr<const Catalog>()> makeCatalog_;
  mutable std::mutex catalogMutex_;
  mutable std::shared_ptr<const Catalog> catalog_;
  std::filesystem::path calendarDir_, localCalendarDir_;
  mutable std::once_flag holidaysRead_;
  mutable std::shared_ptr<const SchoolHolidayData> holidays_;
  PdfWriter strictWriter_, lenientWriter_;
  std::size_t workerThreads_;
  mutable std::once_flag executorStarted_;
  mutable std::unique_ptr<JobExecutor> executor_;
};

}  // namespace trousse
