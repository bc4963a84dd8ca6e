// The subcommands that produce documents: render (a kind with data) and markdown (any file).
#include "app/ErrorReport.hpp"
#include "app/TrousseApp.hpp"

#include "common/Errors.hpp"
#include "common/Utf8.hpp"
#include "core/AtomicFile.hpp"
#include "core/EstablishmentConfig.hpp"
#include "core/InstallLayout.hpp"
#include "core/JsonData.hpp"
#include "markdown/FrontMatterSplit.hpp"

#include <yaml-cpp/yaml.h>

#include <iostream>

namespace trousse {
namespace {

bool sameFile(const std::string& a, const std::string& b) {
  std::error_code error;
  return std::filesystem::exists(a, error) && std::filesystem::exists(b, error) &&
         std::filesystem::equivalent(a, b, error);
}

/// Writes the PDF, and the HTML preview when asked, all or nothing; then the warnings.
void writeOutputs(const RenderResult& result, const std::string& pdfFile,
                  const std::optional<std::string>& htmlFile) {
  std::vector<FileContent> files{{pdfFile, result.pdf}};
  if (htmlFile) files.push_back({*htmlFile, result.html});
  writeFilesAtomically(files);
  for (const std::string& warning : result.warnings) {
    std::cerr << "trousse : attention : " << warning << "\n";
  }
  std::cout << pdfFile << "\n";
  if (htmlFile) std::cout << *htmlFile << "\n";
}

/// `---` / `layout: slides` / `title: …` / `---` at the top of a Markdown file: read into
/// `document` and removed from its body, with the letter parts under `letter:` (recipient
/// lines, subject, place_and_date, reference, followed_by). Other keys are ignored. Without a
/// closing `---`, the first line is an ordinary thematic break.
void readMarkdownFrontMatter(Document& document, const std::string& file) {
  const FrontMatterSplit split = splitFrontMatter(document.markdown);
  if (!split.closed()) return;
  try {
    const YAML::Node root = YAML::Load(std::string(split.yaml));
    if (root.IsMap()) {
      if (root["layout"]) document.layout = root["layout"].as<std::string>();
      if (root["title"]) document.title = root["title"].as<std::string>();
      if (const YAML::Node letter = root["letter"]; letter && letter.IsMap()) {
        LetterParts& parts = document.letter;
        if (letter["recipient"]) {
          parts.recipient = letter["recipient"].as<std::vector<std::string>>();
        }
        if (letter["subject"]) parts.subject = letter["subject"].as<std::string>();
        if (letter["place_and_date"]) {
          parts.placeAndDate = letter["place_and_date"].as<std::string>();
        }
        if (letter["reference"]) parts.reference = letter["reference"].as<std::string>();
        if (letter["followed_by"]) parts.followedBy = letter["followed_by"].as<std::string>();
      }
    }
  } catch (const YAML::Exception& error) {
    throw TemplateError(file + " : en-tête YAML invalide (" + error.msg + ")");
  }
  document.markdown = std::string(split.body);
}

std::string titleOfMarkdown(const std::string& markdown, const std::filesystem::path& file) {
  std::size_t start = 0;
  while (start < markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string::npos) end = markdown.size();
    std::string_view line(markdown.data() + start, end - start);
    if (line.starts_with("# ")) return std::string(line.substr(2));
    start = end + 1;
  }
  return file.stem().string();
}

}  // namespace

int TrousseApp::renderKind(const std::vector<std::string>& args) {
  if (args.size() != 1)
    throw UsageError("usage : trousse render TYPE --data DONNÉES.json --out SORTIE.pdf");
  if (!options_.data) throw UsageError("option --data manquante (fichier JSON, ou « - »)");
  if (!options_.out) throw UsageError("option --out manquante (fichier PDF à écrire)");
  for (const auto& output : {options_.out, options_.html}) {
    if (output && sameFile(*output, *options_.data))
      throw UsageError("la sortie " + *output + " écraserait les données d'entrée");
  }

  kindNamed(args.front());  // an unknown kind is reported before any data is read
  requireOutputFolder(*options_.out);
  if (options_.html) requireOutputFolder(*options_.html);
  const Establishment establishment = readEstablishment(config());
  if (establishment.empty()) {
    std::cerr << "trousse : attention : l'identité de l'établissement n'est pas configurée "
                 "(--config, voir docs/guide-utilisateur.md)\n";
  }

  const std::string source = *options_.data == "-" ? "entrée standard" : *options_.data;
  RenderRequest request;
  request.kind = args.front();
  request.data = parseJsonData(readInput(*options_.data), source);
  request.establishment = establishment;
  request.today = TemplateExpander::todayLocal();
  request.html = options_.html.has_value();
  const RenderResult result = service().render(request);
  if (!result.ok()) throwDataProblems(request.kind, result.problems);
  writeOutputs(result, *options_.out, options_.html);
  for (const Problem& warning : result.dataWarnings) {
    std::cerr << "trousse : attention : " << (warning.field.empty() ? "" : warning.field + " : ")
              << warning.message << "\n";
  }
  return EXIT_OK;
}

int TrousseApp::renderMarkdown(const std::vector<std::string>& args) {
  if (args.size() != 1) throw UsageError("usage : trousse markdown FICHIER.md --out SORTIE.pdf");
  if (!options_.out) throw UsageError("option --out manquante (fichier PDF à écrire)");
  const std::string& file = args.front();
  if (sameFile(*options_.out, file)) throw UsageError("la sortie écraserait le fichier Markdown");
  requireOutputFolder(*options_.out);
  if (options_.html) requireOutputFolder(*options_.html);

  Document document;
  document.markdown = readInput(file);
  if (std::size_t line = utf8::firstInvalidLine(document.markdown)) {
    throw DataError(
        file + ", ligne " + std::to_string(line) + " : le texte n'est pas en UTF-8 valide", {});
  }
  readMarkdownFrontMatter(document, file);
  if (document.title.empty()) document.title = titleOfMarkdown(document.markdown, file);
  if (file != "-") document.resourceDir = std::filesystem::absolute(file).parent_path().string();
  document.establishment = readEstablishment(config());
  document.author = document.establishment.name;
  writeOutputs(service().write({std::move(document)}, {true, options_.html.has_value(), false}),
               *options_.out, options_.html);
  return EXIT_OK;
}

}  // namespace trousse
