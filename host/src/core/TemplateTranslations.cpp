#include "core/TemplateTranslations.hpp"

#include "common/Errors.hpp"
#include "template/Languages.hpp"
#include "template/TemplateNames.hpp"

#include <algorithm>

namespace trousse::translations {
namespace {

namespace fs = std::filesystem;

const Field* languageField(const Template& original) {
  for (const Field& field : original.schema.fields()) {
    if (field.name == template_names::kLanguage) return &field;
  }
  return nullptr;
}

/// "en" for "convocation.en.md" beside "convocation.md"; empty for any other file.
std::string codeOf(const fs::path& candidate, const std::string& stem) {
  const std::string name = candidate.filename().string();
  const std::string prefix = stem + ".";
  if (name.size() <= prefix.size() + 3 || name.compare(0, prefix.size(), prefix) != 0 ||
      candidate.extension() != ".md") {
    return {};
  }
  std::string code = name.substr(prefix.size(), name.size() - prefix.size() - 3);
  const bool letters = !code.empty() && std::all_of(code.begin(), code.end(),
                                                    [](char c) { return c >= 'a' && c <= 'z'; });
  return letters && code.size() <= 3 ? code : std::string();
}

}  // namespace

fs::path fileFor(const fs::path& original, std::string_view language) {
  return original.parent_path() /
         (original.stem().string() + "." + std::string(language) + original.extension().string());
}

std::vector<std::string> filesBeside(const fs::path& original) {
  std::vector<std::string> codes;
  std::error_code error;
  const std::string stem = original.stem().string();
  for (fs::directory_iterator it(original.parent_path(), error), end; !error && it != end;
       it.increment(error)) {
    if (std::string code = codeOf(it->path(), stem); !code.empty()) codes.push_back(code);
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

std::vector<std::string> declaredLanguages(const Template& original) {
  const Field* field = languageField(original);
  return field == nullptr ? std::vector<std::string>{} : field->choices;
}

void check(const Template& original) {
  const std::string file = original.file.string();
  const std::vector<std::string> found = filesBeside(original.file);
  const Field* field = languageField(original);
  const std::string name(template_names::kLanguage);
  if (field == nullptr) {
    if (!found.empty()) {
      throw TemplateError(file + " : des traductions existent (" + languages::describe(found) +
                          ") mais le modèle ne déclare pas le champ « " + name +
                          " » (type choice, choix : leurs codes)");
    }
    return;
  }
  if (field->type != FieldType::Choice || field->required) {
    throw TemplateError(file + " : le champ « " + name +
                        " » doit être de type choice et facultatif (sans langue : la lettre "
                        "en français seule)");
  }
  for (const std::string& code : field->choices) {
    if (languages::find(code) == nullptr) {
      std::vector<std::string> known;
      for (const auto& language : languages::all()) known.emplace_back(language.code);
      throw TemplateError(file + " : langue « " + code + " » inconnue de Trousse (langues " +
                          "possibles : " + languages::describe(known) + ")");
    }
    if (std::find(found.begin(), found.end(), code) == found.end()) {
      throw TemplateError(file + " : le champ « " + name + " » propose « " + code +
                          " » mais la traduction « " + fileFor(original.file, code).string() +
                          " » est introuvable");
    }
  }
  for (const std::string& code : found) {
    if (std::find(field->choices.begin(), field->choices.end(), code) == field->choices.end()) {
      throw TemplateError(file + " : la traduction « " + fileFor(original.file, code).string() +
                          " » n'est pas parmi les choix du champ « " + name + " »");
    }
  }
}

}  // namespace trousse::translations
