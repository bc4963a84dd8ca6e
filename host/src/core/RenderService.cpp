#include "core/RenderService.hpp"

#include "template/Languages.hpp"

#include "common/Errors.hpp"
#include "core/TemplateTranslations.hpp"
#include "html/HtmlWriter.hpp"
#include "template/JsonPath.hpp"
#include "template/Languages.hpp"
#include "template/TemplateNames.hpp"
#include "template/UnknownKeys.hpp"

namespace trousse {
namespace {

/// The catalog of a host that has none configured: every look-up finds nothing.
class EmptyCatalog final : public Catalog {
 public:
  std::optional<Practice> find(const std::string&) const override { return std::nullopt; }
  std::vector<Practice> list(const PracticeFilter&) const override { return {}; }
  std::vector<PracticeHit> search(const std::string&, const PracticeFilter&,
                                  std::size_t) const override {
    return {};
  }
};

PdfOptions withStrictImages(PdfOptions options, bool strict) {
  options.strictImages = strict;
  return options;
}

std::vector<Problem> problemsOf(const std::vector<FieldProblem>& found) {
  std::vector<Problem> problems;
  for (const FieldProblem& problem : found) problems.push_back({problem.field, problem.message});
  return problems;
}

/// `relative` under `root`, which it may not leave; `what` names it in messages.
std::filesystem::path fileUnder(const std::filesystem::path& root, const std::string& relative,
                                const std::string& pluginId, const std::string& what) {
  const std::filesystem::path path(relative);
  for (const auto& part : path) {
    if (part == "..") {
      throw PluginError("le greffon « " + pluginId +
                        " » désigne un modèle hors du dossier des modèles : " + relative);
    }
  }
  if (path.empty() || path.is_absolute()) {
    throw PluginError("le greffon « " + pluginId + " » ne désigne pas de modèle valide pour " +
                      what);
  }
  std::filesystem::path file = root / path;
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw TemplateError("modèle introuvable pour " + what + " : " + file.string());
  }
  return file;
}

/// The file of a kind's template, which must stay inside the kind's template root.
std::filesystem::path templateFileOf(const KindEntry& kind) {
  return fileUnder(kind.templateRoot, kind.info.templateFile, kind.plugin->id(),
                   "« " + kind.fullName + " »");
}

/// The language the data asks the letter to be translated into; empty: French only.
std::string languageOf(const Template& tmpl, const Poco::JSON::Object& data) {
  if (translations::declaredLanguages(tmpl).empty()) return {};
  const Poco::Dynamic::Var value = json_path::find(data, std::string(template_names::kLanguage));
  return value.isString() ? value.extract<std::string>() : std::string();
}

/// A translation the engine cannot print yet (languages::Language::printable) is refused,
/// naming the field: a family must not get a letter in its language it cannot read.
void refuseUnprintableLanguage(const Template& tmpl, const Poco::JSON::Object& data) {
  const std::string code = languageOf(tmpl, data);
  if (code.empty()) return;
  const languages::Language* language = languages::find(code);
  if (language == nullptr || language->printable) return;
  throw RequestProblems({{std::string(template_names::kLanguage),
                          "la traduction en " + std::string(language->frenchName) +
                              " ne peut pas encore être imprimée : Trousse ne met pas encore en "
                              "forme cette écriture (ses lettres seraient illisibles) ; le "
                              "courrier peut être produit en français seul"}});
}

DataError dataErrorOf(const std::string& what, const std::vector<FieldProblem>& problems) {
  std::vector<std::string> lines;
  for (const FieldProblem& problem : problems) lines.push_back(problem.text());
  return DataError(what, std::move(lines));
}

}  // namespace

/// What one plugin sees of the host while it renders one request: its own kinds' templates,
/// the catalog and the request's date.
class RenderScope::PluginContext final : public RenderContext {
 public:
  PluginContext(const RenderScope& scope, const KindEntry& kind,
                const Poco::JSON::Object& checkedData)
      : scope_(scope), kind_(kind), pluginId_(kind.plugin->id()), checkedData_(checkedData) {}

  Document expand(const std::string& kindName, const Poco::JSON::Object& data) const override {
    const std::string fullName = pluginId_ + "/" + kindName;
    const KindEntry* entry = scope_.service_.kinds().find(fullName);
    if (entry == nullptr || entry->plugin->id() != pluginId_) {
      throw PluginError("le greffon « " + pluginId_ +
                        " » demande un type qui n'est pas le sien : " + kindName);
    }
    const std::shared_ptr<const Template> tmpl = scope_.service_.templateOf(fullName);
    if (&data != &checkedData_) checked(*tmpl, data, "« " + fullName + " »");
    Document document = scope_.expander_.expand(*tmpl, data);
    // The family's language follows the French letter, in the same document: one file, one
    // letter of the batch, the translation starting on a page of its own.
    if (const std::string language = languageOf(*tmpl, data); !language.empty()) {
      document.translations.push_back(
          scope_.expander_.expand(*scope_.service_.translationOf(fullName, language), data));
    }
    return document;
  }
  Document expandPart(const std::string& templateFile,
                      const Poco::JSON::Object& data) const override {
    const std::shared_ptr<const Template> tmpl = scope_.service_.partTemplate(kind_, templateFile);
    checked(*tmpl, data, "le modèle « " + pluginId_ + "/" + templateFile + " »");
    return scope_.expander_.expand(*tmpl, data);
  }
  const Catalog& catalog() const override { return scope_.service_.catalog(); }
  std::chrono::year_month_day today() const override { return scope_.today_; }
  const SchoolCalendar& calendar() const override {
    if (!calendar_) {
      calendar_.emplace(scope_.establishment_.zone, scope_.service_.schoolHolidays());
    }
    return *calendar_;
  }
  void warn(const std::string& field, const std::string& message) const override {
    warnings_.push_back({field, message});
  }

  std::vector<Problem> takeWarnings() { return std::move(warnings_); }

 private:
  /// Data the plugin built itself is checked like the user's.
  void checked(const Template& tmpl, const Poco::JSON::Object& data,
               const std::string& what) const {
    if (std::vector<FieldProblem> problems = tmpl.schema.check(data); !problems.empty()) {
      throw dataErrorOf(
          "données préparées par le greffon « " + pluginId_ + " » invalides pour " + what,
          problems);
    }
  }

  const RenderScope& scope_;
  const KindEntry& kind_;
  const std::string pluginId_;
  const Poco::JSON::Object& checkedData_;
  mutable std::vector<Problem> warnings_;  // one context per request and thread
  mutable std::optional<ZoneCalendar> calendar_;
};

RequestProblems::RequestProblems(std::vector<Problem> problems)
    : DataError("données invalides (" + std::to_string(problems.size()) + " problème" +
                    (problems.size() > 1 ? "s" : "") + ")",
                [&] {
                  std::vector<std::string> lines;
                  for (const Problem& p : problems) lines.push_back(p.field + " : " + p.message);
                  return lines;
                }()),
      problems_(std::move(problems)) {}

RenderScope::RenderScope(const RenderService& service, Establishment establishment,
                         std::chrono::year_month_day today)
    : service_(service),
      establishment_(establishment),
      today_(today),
      expander_(std::move(establishment), today) {}

std::vector<Problem> RenderScope::check(const std::string& kind,
                                        const Poco::JSON::Object& data) const {
  return problemsOf(service_.templateOf(kind)->schema.check(data));
}

std::vector<Document> RenderScope::documents(const std::string& fullName,
                                             const Poco::JSON::Object& data,
                                             std::vector<Problem>* warnings) const {
  std::vector<Document> documents;
  runPlugin(fullName, data, warnings,
            [&](const Plugin& plugin, const std::string& kind, const Poco::JSON::Object& checked,
                const RenderContext& context) {
              documents = plugin.render(kind, checked, context);
              if (documents.empty()) {
                throw PluginError("le greffon « " + plugin.id() +
                                  " » n'a produit aucun document pour « " + fullName + " »");
              }
            });
  return documents;
}

void RenderScope::checkDocuments(const std::string& fullName, const Poco::JSON::Object& data,
                                 std::vector<Problem>* warnings) const {
  runPlugin(fullName, data, warnings,
            [](const Plugin& plugin, const std::string& kind, const Poco::JSON::Object& checked,
               const RenderContext& context) { plugin.check(kind, checked, context); });
}

void RenderScope::runPlugin(const std::string& fullName, const Poco::JSON::Object& data,
                            std::vector<Problem>* warnings, const PluginCall& call) const {
  const KindEntry& entry = service_.kind(fullName);
  const std::shared_ptr<const Template> tmpl = service_.templateOf(fullName);
  Poco::JSON::Object::Ptr filled;  // a copy only when a default must be filled in
  if (tmpl->schema.lacksDefaults(data)) filled = tmpl->schema.withDefaults(data);
  const Poco::JSON::Object& checked = filled ? *filled : data;
  const std::string pluginId = entry.plugin->id();
  refuseUnprintableLanguage(*tmpl, checked);
  PluginContext context(*this, entry, checked);
  try {
    call(*entry.plugin, entry.info.name, checked, context);
  } catch (const InvalidData& invalid) {
    std::vector<Problem> problems;
    for (const DataProblem& problem : invalid.problems()) {
      problems.push_back({problem.field, problem.message});
    }
    throw RequestProblems(std::move(problems));
  } catch (const Error&) {
    throw;  // already a host error with its own message (a template error, for instance)
  } catch (const std::exception& e) {
    throw PluginError("le greffon « " + pluginId + " » a échoué en produisant « " + fullName +
                      " » : " + e.what());
  } catch (...) {
    throw PluginError("le greffon « " + pluginId + " » a échoué en produisant « " + fullName +
                      " » (exception inconnue)");
  }
  if (warnings != nullptr) {
    // A key the template does not declare is most often a typo: the field it meant stays
    // blank, so the user is told before anything is printed.
    for (const std::string& key : unknownKeys(tmpl->schema, data)) {
      warnings->push_back({key, "clé inconnue de ce modèle, ignorée (faute de frappe ?)"});
    }
    for (Problem& warning : context.takeWarnings()) warnings->push_back(std::move(warning));
  }
}

RenderService::RenderService(RenderServiceSettings settings)
    : kinds_(settings.sources),
      templates_(settings.templateRecheck),
      makeCatalog_(std::move(settings.catalog)),
      calendarDir_(std::move(settings.calendarDir)),
      localCalendarDir_(std::move(settings.localCalendarDir)),
      strictWriter_(FontSet::inFolder(settings.fontsDir),
                    withStrictImages(settings.pdfOptions, true)),
      lenientWriter_(FontSet::inFolder(settings.fontsDir),
                     withStrictImages(settings.pdfOptions, false)),
      workerThreads_(settings.workerThreads) {}

const KindEntry& RenderService::kind(const std::string& fullName) const {
  const KindEntry* entry = kinds_.find(fullName);
  if (entry == nullptr) throw UsageError("type de document inconnu : « " + fullName + " »");
  return *entry;
}

std::shared_ptr<const Template> RenderService::templateOf(const std::string& fullName) const {
  return templates_.get(templateFileOf(kind(fullName)));
}

std::shared_ptr<const Template> RenderService::translationOf(const std::string& fullName,
                                                             const std::string& language) const {
  return templates_.translation(templateFileOf(kind(fullName)), language);
}

std::vector<std::string> RenderService::languagesOf(const std::string& fullName) const {
  return translations::declaredLanguages(*templateOf(fullName));
}

std::shared_ptr<const Template> RenderService::partTemplate(const KindEntry& kind,
                                                            const std::string& file) const {
  const std::string pluginId = kind.plugin->id();
  return templates_.get(fileUnder(kind.templateRoot / pluginId, file, pluginId,
                                  "le modèle « " + pluginId + "/" + file + " »"));
}

const Catalog& RenderService::catalog() const {
  // Not call_once: a failed build (a missing folder) is reported, and tried again next time.
  std::lock_guard lock(catalogMutex_);
  if (!catalog_) {
    catalog_ = makeCatalog_ ? makeCatalog_() : std::make_shared<const EmptyCatalog>();
  }
  return *catalog_;
}

const std::shared_ptr<const SchoolHolidayData>& RenderService::schoolHolidays() const {
  std::call_once(holidaysRead_, [this] {
    holidays_ = calendarDir_.empty() ? SchoolHolidayData::parse(R"({"annees": []})")
                                     : SchoolHolidayData::load(calendarDir_, localCalendarDir_);
  });
  return holidays_;
}

JobExecutor& RenderService::executor() const {
  std::call_once(executorStarted_,
                 [this] { executor_ = std::make_unique<JobExecutor>(workerThreads_); });
  return *executor_;
}

const PdfWriter& RenderService::pdfWriter(bool strictImages) const {
  return strictImages ? strictWriter_ : lenientWriter_;
}

RenderResult RenderService::render(const RenderRequest& request) const {
  const RenderScope scope(*this, request.establishment, request.today);
  RenderResult result;
  if (!request.data) {
    result.problems.push_back({"", "aucune donnée"});
    return result;
  }
  result.problems = scope.check(request.kind, *request.data);
  if (!result.problems.empty()) return result;
  std::vector<Document> documents;
  std::vector<Problem> dataWarnings;
  try {
    documents = scope.documents(request.kind, *request.data, &dataWarnings);
  } catch (const RequestProblems& problems) {
    result.problems = problems.fieldProblems();
    return result;
  }
  if (request.pdf || request.html) {
    result = write(std::move(documents), {request.pdf, request.html, /*strictImages=*/true});
  } else {
    result.documents = std::move(documents);
  }
  result.dataWarnings = std::move(dataWarnings);
  return result;
}

RenderResult RenderService::write(std::vector<Document> documents, WriteOptions options) const {
  RenderResult result;
  if (options.pdf) {
    RenderReport report;
    result.pdf = pdfWriter(options.strictImages).write(documents, &report);
    result.warnings = std::move(report.warnings);
    result.documentPages = std::move(report.documentPages);
    result.headings = std::move(report.headings);
  }
  if (options.html) {
    // The preview shows each translation after its document, as the PDF prints it.
    std::vector<Document> shown;
    for (const Document& document : documents) {
      shown.push_back(document);
      for (const Document& translation : document.translations) shown.push_back(translation);
    }
    result.html = HtmlWriter().write(shown);
  }
  result.documents = std::move(documents);
  return result;
}

}  // namespace trousse
