// The subcommands that produce documents: render (a kind with data) and markdown (any file).
#include "app/TrousseApp.hpp"

#include "common/Errors.hpp"
#include "core/AtomicFile.hpp"
#include "core/EstablishmentConfig.hpp"
#include "core/InstallLayout.hpp"
#include "core/JsonData.hpp"
#include "core/PdfOptionsConfig.hpp"
#include "core/RenderPipeline.hpp"
#include "html/HtmlWriter.hpp"
#include "pdf/PdfWriter.hpp"

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
/// Documents from templates have `strictImages`: a missing image is an error.
void writeOutputs(const std::vector<Document>& documents, const std::string& pdfFile,
                  const std::optional<std::string>& htmlFile, PdfOptions options) {
  const PdfWriter pdfWriter(FontSet::inFolder(InstallLayout::ofRunningProgram().fontsDir()),
                            options);
  RenderReport report;
  const std::string pdf = pdfWriter.write(documents, &report);
  std::string html;
  std::vector<FileContent> files{{pdfFile, pdf}};
  if (htmlFile) {
    html = HtmlWriter().write(documents);
    files.push_back({*htmlFile, html});
  }
  writeFilesAtomically(files);
  for (const std::string& warning : report.warnings) {
    std::cerr << "trousse : attention : " << warning << "\n";
  }
  std::cout << pdfFile << "\n";
  if (htmlFile) std::cout << *htmlFile << "\n";
}

/// `---` / `layout: slides` / `title: …` / `---` at the top of a Markdown file: read into
/// `document` and removed from its body, with the letter parts under `letter:` (recipient
/// lines, subject, place_and_date, reference, followed_by). Other keys are ignored.
void readMarkdownFrontMatter(Document& document, const std::string& file) {
  std::string& text = document.markdown;
  if (!text.starts_with("---\n") && !text.starts_with("---\r\n")) return;
  const std::size_t yamlStart = text.find('\n') + 1;
  std::size_t end = yamlStart;
  std::size_t bodyStart = std::string::npos;
  for (std::size_t line = end; line < text.size();) {
    std::size_t next = text.find('\n', line);
    next = next == std::string::npos ? text.size() : next + 1;
    std::string_view content(text.data() + line, next - line);
    while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) {
      content.remove_suffix(1);
    }
    if (content == "---") {
      bodyStart = next;
      break;
    }
    end = next;
    line = next;
  }
  if (bodyStart == std::string::npos) return;  // no closing line: an ordinary thematic break
  try {
    const YAML::Node root = YAML::Load(text.substr(yamlStart, end - yamlStart));
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
  text.erase(0, bodyStart);
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

  RenderPipeline pipeline(registry(), InstallLayout::ofRunningProgram().templatesDir(),
                          readEstablishment(config()));
  pipeline.kind(args.front());  // an unknown kind is reported before any data is read
  requireOutputFolder(*options_.out);
  if (options_.html) requireOutputFolder(*options_.html);
  if (pipeline.establishment().empty()) {
    std::cerr << "trousse : attention : l'identité de l'établissement n'est pas configurée "
                 "(--config, voir docs/guide-utilisateur.md)\n";
  }

  const std::string source = *options_.data == "-" ? "entrée standard" : *options_.data;
  Poco::JSON::Object::Ptr data = parseJsonData(readInput(*options_.data), source);
  PdfOptions pdfOptions = readPdfOptions(config());
  pdfOptions.strictImages = true;  // a template's missing image is the template's error
  writeOutputs(pipeline.render(args.front(), *data), *options_.out, options_.html, pdfOptions);
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
  if (std::size_t line = firstInvalidUtf8Line(document.markdown)) {
    throw DataError(
        file + ", ligne " + std::to_string(line) + " : le texte n'est pas en UTF-8 valide", {});
  }
  readMarkdownFrontMatter(document, file);
  if (document.title.empty()) document.title = titleOfMarkdown(document.markdown, file);
  if (file != "-") document.resourceDir = std::filesystem::absolute(file).parent_path().string();
  document.establishment = readEstablishment(config());
  document.author = document.establishment.name;
  writeOutputs({document}, *options_.out, options_.html, readPdfOptions(config()));
  return EXIT_OK;
}

}  // namespace trousse
