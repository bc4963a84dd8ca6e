// The subcommands that produce documents: render (a kind with data) and markdown (any file).
#include "app/TrousseApp.hpp"

#include "common/Errors.hpp"
#include "core/AtomicFile.hpp"
#include "core/EstablishmentConfig.hpp"
#include "core/InstallLayout.hpp"
#include "core/JsonData.hpp"
#include "core/RenderPipeline.hpp"
#include "html/HtmlWriter.hpp"
#include "pdf/PdfWriter.hpp"

#include <iostream>

namespace trousse {
namespace {

bool sameFile(const std::string& a, const std::string& b) {
  std::error_code error;
  return std::filesystem::exists(a, error) && std::filesystem::exists(b, error) &&
         std::filesystem::equivalent(a, b, error);
}

/// Writes the PDF, and the HTML preview when asked, all or nothing.
void writeOutputs(const std::vector<Document>& documents, const std::string& pdfFile,
                  const std::optional<std::string>& htmlFile) {
  const PdfWriter pdfWriter(FontSet::inFolder(InstallLayout::ofRunningProgram().fontsDir()));
  const std::string pdf = pdfWriter.write(documents);
  std::string html;
  std::vector<FileContent> files{{pdfFile, pdf}};
  if (htmlFile) {
    html = HtmlWriter().write(documents);
    files.push_back({*htmlFile, html});
  }
  writeFilesAtomically(files);
  std::cout << pdfFile << "\n";
  if (htmlFile) std::cout << *htmlFile << "\n";
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
  writeOutputs(pipeline.render(args.front(), *data), *options_.out, options_.html);
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
    throw DataError(file + ", ligne " + std::to_string(line) + " : le texte n'est pas en UTF-8 valide",
                    {});
  }
  document.title = titleOfMarkdown(document.markdown, file);
  document.establishment = readEstablishment(config());
  document.author = document.establishment.name;
  writeOutputs({document}, *options_.out, options_.html);
  return EXIT_OK;
}

}  // namespace trousse
