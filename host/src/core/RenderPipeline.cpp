#include "core/RenderPipeline.hpp"

#include "common/Errors.hpp"

namespace trousse {

/// What one plugin sees of the host while it renders: its own kinds' templates.
class RenderPipeline::PluginTemplates final : public TemplateService {
 public:
  PluginTemplates(RenderPipeline& pipeline, const std::string& pluginId)
      : pipeline_(pipeline), pluginId_(pluginId) {}

  Document expand(const std::string& kindName, const Poco::JSON::Object& data) const override {
    const KindEntry& entry = pipeline_.kind(pluginId_ + "/" + kindName);
    if (entry.plugin->id() != pluginId_) {
      throw PluginError("le greffon « " + pluginId_ +
                        " » demande un type qui n'est pas le sien : " + kindName);
    }
    return pipeline_.expander_.expand(pipeline_.templateOf(entry), data);
  }

 private:
  RenderPipeline& pipeline_;
  std::string pluginId_;
};

RenderPipeline::RenderPipeline(const PluginRegistry& registry, std::filesystem::path templatesDir,
                               Establishment establishment)
    : registry_(registry),
      templatesDir_(std::move(templatesDir)),
      establishment_(establishment),
      expander_(std::move(establishment)) {}

const KindEntry& RenderPipeline::kind(const std::string& fullName) const {
  const KindEntry* entry = registry_.findKind(fullName);
  if (entry == nullptr) {
    throw UsageError("type de document inconnu : « " + fullName +
                     " » (la commande « trousse kinds » les liste)");
  }
  return *entry;
}

const Template& RenderPipeline::templateOf(const KindEntry& kind) {
  if (auto found = templates_.find(kind.fullName); found != templates_.end()) return found->second;
  std::filesystem::path relative(kind.info.templateFile);
  // A plugin names its template relative to the templates folder, and may not leave it.
  for (const auto& part : relative) {
    if (part == "..") {
      throw PluginError("le greffon « " + kind.plugin->id() +
                        " » désigne un modèle hors du dossier " +
                        "des modèles : " + kind.info.templateFile);
    }
  }
  if (relative.empty() || relative.is_absolute()) {
    throw PluginError("le greffon « " + kind.plugin->id() +
                      " » ne désigne pas de modèle valide pour « " + kind.fullName + " »");
  }
  std::filesystem::path file = templatesDir_ / relative;
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw TemplateError("modèle introuvable pour « " + kind.fullName + " » : " + file.string());
  }
  return templates_.emplace(kind.fullName, Template::load(file)).first->second;
}

std::vector<Document> RenderPipeline::render(const std::string& fullName,
                                             const Poco::JSON::Object& data) {
  const KindEntry& entry = kind(fullName);
  const Template& tmpl = templateOf(entry);
  std::vector<FieldProblem> problems = tmpl.schema.check(data);
  if (!problems.empty()) {
    std::vector<std::string> lines;
    for (const FieldProblem& problem : problems) lines.push_back(problem.text());
    throw DataError("données invalides pour « " + fullName + " » (" +
                        std::to_string(problems.size()) + " problème" +
                        (problems.size() > 1 ? "s" : "") + ")",
                    std::move(lines));
  }
  Poco::JSON::Object::Ptr filled;  // a copy only when a default must be filled in
  if (tmpl.schema.lacksDefaults(data)) filled = tmpl.schema.withDefaults(data);
  PluginTemplates templates(*this, entry.plugin->id());
  std::vector<Document> documents;
  try {
    documents = entry.plugin->render(entry.info.name, filled ? *filled : data, templates);
  } catch (const Error&) {
    throw;  // already a host error with its own message (a template error, for instance)
  } catch (const std::exception& e) {
    throw PluginError("le greffon « " + entry.plugin->id() + " » a échoué en produisant « " +
                      fullName + " » : " + e.what());
  } catch (...) {
    throw PluginError("le greffon « " + entry.plugin->id() + " » a échoué en produisant « " +
                      fullName + " » (exception inconnue)");
  }
  if (documents.empty()) {
    throw PluginError("le greffon « " + entry.plugin->id() +
                      " » n'a produit aucun document pour « " + fullName + " »");
  }
  return documents;
}

}  // namespace trousse
