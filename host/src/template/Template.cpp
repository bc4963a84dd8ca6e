#include "template/Template.hpp"

#include "template/FrontMatter.hpp"
#include "template/JsonPath.hpp"
#include "template/MustacheTags.hpp"
#include "template/PlaceholderCheck.hpp"

#include "common/Errors.hpp"
#include "markdown/FrontMatterSplit.hpp"

#include <kainjow/mustache.hpp>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

namespace trousse {
namespace {

namespace fs = std::filesystem;

std::string where(const fs::path& file, int line) {
  return file.string() + ":" + std::to_string(line) + " : ";
}

/// The front matter and body of a template; a first "---" line must be closed.
FrontMatterSplit splitTemplate(const std::string& text, const fs::path& file) {
  const FrontMatterSplit split = splitFrontMatter(text);
  if (split.kind == FrontMatterSplit::Kind::Unclosed) {
    throw TemplateError(where(file, 1) +
                        "en-tête YAML non fermé : ligne « --- » attendue après la ligne 1");
  }
  return split;
}

/// A partial's file, which must stay inside the templates root (the template folder's parent).
fs::path partialFile(const fs::path& templateFile, const std::string& name,
                     const FrontMatter::PartialPath& written) {
  const fs::path relative(written.path);
  const std::string at = where(templateFile, written.line) + "fragment « " + name + " » : ";
  if (relative.is_absolute() || relative.has_root_name() || relative.has_root_directory()) {
    throw TemplateError(at + "chemin absolu « " + written.path +
                        " » interdit (chemin relatif au dossier du modèle attendu)");
  }
  const fs::path folder = fs::absolute(templateFile).parent_path();
  const fs::path root = fs::weakly_canonical(folder.parent_path());
  const fs::path target = fs::weakly_canonical(folder / relative);
  const fs::path inside = target.lexically_relative(root);
  if (inside.empty() || *inside.begin() == "..") {
    throw TemplateError(at + "« " + written.path + " » sort du dossier des modèles");
  }
  return target;
}

int lineOf(const FrontMatter& frontMatter, const std::string& problemPath) {
  // "responsables.2.nom" was declared as "responsables.nom".
  std::string declared;
  for (const std::string& part : json_path::split(problemPath)) {
    if (!part.empty() && std::isdigit(static_cast<unsigned char>(part[0]))) continue;
    declared += (declared.empty() ? "" : ".") + part;
  }
  const auto found = frontMatter.fieldLines.find(declared);
  return found == frontMatter.fieldLines.end() ? 2 : found->second;
}

void checkDefaults(const std::vector<Field>& fields, const std::string& ownerPath,
                   const FrontMatter& frontMatter, const fs::path& file) {
  for (const Field& field : fields) {
    const std::string path = ownerPath.empty() ? field.name : ownerPath + "." + field.name;
    if (!field.defaultValue.isEmpty()) {
      Field alone = field;
      alone.required = false;
      Poco::JSON::Object data;
      json_path::set(data, field.name, field.defaultValue);
      for (const FieldProblem& problem : FieldSchema({alone}).check(data)) {
        throw TemplateError(where(file, lineOf(frontMatter, path)) +
                            "valeur par défaut invalide pour « " + path +
                            " » : " + problem.message);
      }
    }
    checkDefaults(field.itemFields, path, frontMatter, file);
  }
}

void checkExamples(const FieldSchema& schema, const FrontMatter& frontMatter,
                   const fs::path& file) {
  std::string message;
  for (const FieldProblem& problem : schema.check(*schema.example())) {
    message += (message.empty() ? "" : "\n") + where(file, lineOf(frontMatter, problem.field)) +
               "exemple invalide : " + problem.text();
  }
  if (!message.empty()) throw TemplateError(message);
}

/// A last guard: what our scanner accepts, kainjow must parse too.
void checkKainjowParses(const MustacheSource& source) {
  kainjow::mustache::mustache parsed{source.text};
  if (parsed.is_valid()) return;
  const std::string& error = parsed.error_message();
  int line = 1;
  if (const auto at = error.rfind(" at "); at != std::string::npos) {
    line = lineAtOffset(source.text, std::strtoul(error.c_str() + at + 4, nullptr, 10));
  }
  throw TemplateError(where(source.file, source.firstLine + line - 1) +
                      "erreur de syntaxe Mustache : " + error);
}

/// Every placeholder of the title, the letter parts and the body against the schema, then
/// kainjow's own parse; all placeholder problems at once.
void checkPlaceholders(const Template& result, const FrontMatter& frontMatter,
                       const std::map<std::string, MustacheSource>& partialSources,
                       bool ownPartials) {
  const fs::path& file = result.file;
  const PlaceholderCheck placeholders(result.schema, partialSources);
  std::vector<MustacheSource> sources;
  auto addSource = [&](const FrontMatterText& text) {
    if (!text.text.empty()) sources.push_back({file, text.line, text.text});
  };
  addSource(frontMatter.title);
  for (const FrontMatterText* part :
       {&frontMatter.placeAndDate, &frontMatter.subject, &frontMatter.reference,
        &frontMatter.followedBy, &frontMatter.signatoryName, &frontMatter.signatoryTitle,
        &frontMatter.about, &frontMatter.marking, &frontMatter.registered, &frontMatter.enclosures,
        &frontMatter.copies, &frontMatter.replySlip, &frontMatter.qr, &frontMatter.qrCaption}) {
    addSource(*part);
  }
  sources.push_back({file, result.bodyLine, result.body});

  std::vector<std::string> problems;
  for (const MustacheSource& source : sources) {
    for (auto& problem : placeholders.check(source)) problems.push_back(std::move(problem));
  }
  // A translation need not use every partial of the original, which declares them.
  if (ownPartials) {
    for (auto& problem : placeholders.checkUnusedPartials()) problems.push_back(std::move(problem));
  }
  if (!problems.empty()) {
    std::string message;
    for (const auto& problem : problems) message += (message.empty() ? "" : "\n") + problem;
    throw TemplateError(message);
  }
  for (const MustacheSource& source : sources) checkKainjowParses(source);
  for (const auto& [name, source] : partialSources) checkKainjowParses(source);
}

}  // namespace

Template Template::load(const fs::path& file) {
  const auto text = readText(file);
  if (!text) throw IoError("impossible de lire le modèle « " + file.string() + " »");
  const FrontMatterSplit split = splitTemplate(*text, file);
  const FrontMatter frontMatter = parseFrontMatter(std::string(split.yaml), file, split.yamlLine);

  Template result;
  result.file = file;
  result.title = frontMatter.title.text;
  result.layout = frontMatter.layout;
  result.layoutLine = frontMatter.layoutLine;
  result.schema = FieldSchema(frontMatter.fields);
  result.body = std::string(split.body);
  result.bodyLine = split.bodyLine;
  result.letter.recipientsField = frontMatter.recipients.text;
  result.letter.placeAndDate = frontMatter.placeAndDate.text;
  result.letter.subject = frontMatter.subject.text;
  result.letter.reference = frontMatter.reference.text;
  result.letter.followedBy = frontMatter.followedBy.text;
  result.letter.signatoryName = frontMatter.signatoryName.text;
  result.letter.signatoryTitle = frontMatter.signatoryTitle.text;
  result.letter.about = frontMatter.about.text;
  result.letter.marking = frontMatter.marking.text;
  result.letter.registered = frontMatter.registered.text;
  result.letter.enclosures = frontMatter.enclosures.text;
  result.letter.copies = frontMatter.copies.text;
  result.letter.replySlip = frontMatter.replySlip.text;
  result.letter.qr = frontMatter.qr.text;
  result.letter.qrCaption = frontMatter.qrCaption.text;

  if (!result.letter.recipientsField.empty()) {
    const std::string& name = result.letter.recipientsField;
    const Field* field = nullptr;
    for (const Field& candidate : result.schema.fields()) {
      if (candidate.name == name) field = &candidate;
    }
    if (field == nullptr || field->type != FieldType::List || field->itemFields.empty()) {
      throw TemplateError(where(file, frontMatter.recipients.line) + "« letter.recipients » doit " +
                          "nommer un champ de type list déclaré, avec ses champs (civilite, " +
                          "prenom, nom, adresse) : « " + name + " » ne l'est pas");
    }
  }

  std::map<std::string, MustacheSource> partialSources;
  for (const auto& [name, written] : frontMatter.partials) {
    const fs::path path = partialFile(file, name, written);
    auto source = readText(path);
    if (!source) {
      throw TemplateError(where(file, written.line) + "fragment « " + name + " » introuvable : « " +
                          path.string() + " »");
    }
    // The tag stands for the text itself: its file's last line break is not part of it.
    if (!source->empty() && source->back() == '\n') source->pop_back();
    result.partials[name] = *source;
    result.partialFiles[name] = path;
    partialSources[name] = MustacheSource{path, 1, *source};
  }

  checkDefaults(result.schema.fields(), "", frontMatter, file);
  checkExamples(result.schema, frontMatter, file);

  checkPlaceholders(result, frontMatter, partialSources, /*ownPartials=*/true);
  return result;
}

Template Template::loadTranslation(const fs::path& file, const Template& original,
                                   const std::string& language) {
  const auto text = readText(file);
  if (!text) throw IoError("impossible de lire le modèle « " + file.string() + " »");
  const FrontMatterSplit split = splitTemplate(*text, file);
  const FrontMatter frontMatter = parseFrontMatter(std::string(split.yaml), file, split.yamlLine);

  // A translation says the same letter in another language: its fields, layout and partials
  // are the French template's, declared once, so that they can never drift apart.
  auto refuse = [&](int line, const std::string& key, const std::string& why) {
    throw TemplateError(where(file, line) + "« " + key + " » n'a pas sa place dans une " +
                        "traduction : " + why + " (voir docs/modeles.md, « Lettres traduites »)");
  };
  const std::string sameFields =
      "les champs sont ceux du modèle français « " + original.file.filename().string() + " »";
  if (!frontMatter.fields.empty())
    refuse(frontMatter.fieldLines.begin()->second, "fields", sameFields);
  if (frontMatter.layoutLine != 0)
    refuse(frontMatter.layoutLine, "layout", "la mise en page est celle du modèle français");
  if (!frontMatter.partials.empty()) {
    refuse(frontMatter.partials.begin()->second.line, "partials",
           "les fragments sont ceux du modèle français");
  }
  for (const auto& [key, part] : {std::pair{"letter.recipients", &frontMatter.recipients},
                                  {"letter.reference", &frontMatter.reference},
                                  {"letter.followed_by", &frontMatter.followedBy},
                                  {"letter.registered", &frontMatter.registered},
                                  {"letter.enclosures", &frontMatter.enclosures},
                                  {"letter.copies", &frontMatter.copies},
                                  {"letter.qr", &frontMatter.qr},
                                  {"letter.marking", &frontMatter.marking},
                                  {"letter.signatory_name", &frontMatter.signatoryName},
                                  {"letter.signatory_title", &frontMatter.signatoryTitle}}) {
    if (part->line != 0)
      refuse(part->line, key, "cette partie reste celle de la lettre en français");
  }

  Template result = original;
  result.file = file;
  result.language = language;
  if (!frontMatter.title.text.empty()) result.title = frontMatter.title.text;
  result.body = std::string(split.body);
  result.bodyLine = split.bodyLine;
  LetterTemplate& letter = result.letter;
  // What stays on the French page only: the recipient block (its field still gives the
  // salutation), the reference and follow-up, registered mail, enclosures and copies.
  letter.reference.clear();
  letter.followedBy.clear();
  letter.registered.clear();
  letter.enclosures.clear();
  letter.copies.clear();
  // What is written in the language, or left out when the translation does not say it.
  letter.placeAndDate = frontMatter.placeAndDate.text;
  letter.subject = frontMatter.subject.text;
  letter.about = frontMatter.about.text;
  letter.replySlip = frontMatter.replySlip.text;
  letter.qrCaption = frontMatter.qrCaption.text;

  std::map<std::string, MustacheSource> partialSources;
  for (const auto& [name, source] : original.partials) {
    partialSources[name] = MustacheSource{original.partialFiles.at(name), 1, source};
  }
  checkPlaceholders(result, frontMatter, partialSources, /*ownPartials=*/false);
  return result;
}

}  // namespace trousse
