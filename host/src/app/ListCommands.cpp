// The subcommands that describe what the host offers: plugins, kinds, fields.
#include "app/TrousseApp.hpp"

#include "common/Errors.hpp"
#include "core/InstallLayout.hpp"
#include "core/TemplateTranslations.hpp"
#include "template/Languages.hpp"

#include <iostream>

namespace trousse {
namespace {

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string exampleText(const Poco::Dynamic::Var& example) {
  if (example.isEmpty()) return "";
  if (example.type() == typeid(Poco::JSON::Array::Ptr) ||
      example.type() == typeid(Poco::JSON::Object::Ptr)) {
    return Poco::Dynamic::Var::toString(example);
  }
  return example.convert<std::string>();
}

void printField(const Field& field, const std::string& prefix) {
  std::string type = fieldTypeName(field.type);
  if (!field.choices.empty()) type += " (" + joined(field.choices, " | ") + ")";
  if (field.type == FieldType::List && (field.minItems > 0 || field.maxItems > 0)) {
    type += " [" + std::to_string(field.minItems) + ".." +
            (field.maxItems > 0 ? std::to_string(field.maxItems) : std::string("∞")) + "]";
  }
  std::cout << prefix + field.name << "\n"
            << "    libellé     : " << field.label << "\n"
            << "    type        : " << type << "\n"
            << "    obligatoire : " << (field.required ? "oui" : "non") << "\n";
  if (field.itemFields.empty()) {
    if (std::string example = exampleText(field.example); !example.empty())
      std::cout << "    exemple     : " << example << "\n";
  }
  for (const Field& item : field.itemFields) printField(item, prefix + field.name + "[].");
}

}  // namespace

int TrousseApp::listPlugins() const {
  const auto& records = registry().records();
  if (records.empty()) {
    std::cout << "Aucun greffon trouvé.\n";
    return EXIT_OK;
  }
  for (const PluginRecord& record : records) {
    if (record.loaded) {
      std::cout << record.id << " " << record.version << " : chargé\n"
                << "    fichier : " << record.file.string() << "\n"
                << "    types   : " << joined(record.kinds, ", ") << "\n";
    } else {
      std::cout << record.file.filename().string() << " : refusé\n"
                << "    fichier : " << record.file.string() << "\n"
                << "    raison  : " << record.refusal << "\n";
    }
  }
  return EXIT_OK;
}

int TrousseApp::listKinds() {
  const auto& kinds = service().kinds().all();
  if (kinds.empty()) {
    std::cout
        << "Aucun type de document disponible (trousse plugins : voir les greffons refusés).\n";
    return EXIT_OK;
  }
  for (const auto& [name, entry] : kinds) {
    std::cout << name << "\n    " << entry.info.title << "\n    produit : " << entry.info.produces
              << "\n";
    // The translation files beside the template: listing needs no template to be read.
    const auto languages = translations::filesBeside(entry.templateRoot / entry.info.templateFile);
    if (!languages.empty()) {
      std::cout << "    traductions : " << languages::describe(languages) << "\n";
    }
    if (!entry.info.examplesFolder.empty()) {
      std::cout
          << "    exemples : "
          << (InstallLayout::ofRunningProgram().contentDir() / entry.info.examplesFolder).string()
          << "\n";
    }
  }
  return EXIT_OK;
}

int TrousseApp::showFields(const std::vector<std::string>& args) {
  if (args.size() != 1) throw UsageError("usage : trousse fields TYPE [--example]");
  kindNamed(args.front());
  const Template& tmpl = *service().templateOf(args.front());
  if (options_.example) {
    tmpl.schema.example()->stringify(std::cout, 2);
    std::cout << "\n";
    return EXIT_OK;
  }
  std::cout << args.front() << " : " << tmpl.title << "\n\n";
  for (const Field& field : tmpl.schema.fields()) printField(field, "");
  return EXIT_OK;
}

}  // namespace trousse
