// The subcommands that produce documents: render (a kind with data) and markdown (any file).
#include "app/ErrorReport.hpp"
#include "app/TrousseApp.hpp"

#include "common/Errors.hpp"
#include "common/Utf8.hpp"
#include "core/AtomicFile.hpp"
#include "core/BatchJob.hpp"
#include "core/BatchSinks.hpp"
#include "core/CsvListItems.hpp"
#include "core/EstablishmentConfig.hpp"
#include "core/InstallLayout.hpp"
#include "core/JsonData.hpp"
#include "core/PdfEncryption.hpp"
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

/// --strict: a warning stops everything, nothing is written. The layout's warnings are
/// printed first (the data's already are).
void refuseWarnings(const RenderResult& result) {
  const std::size_t count = result.dataWarnings.size() + result.warnings.size();
  if (count == 0) return;
  for (const std::string& warning : result.warnings) {
    std::cerr << "trousse : attention : " << warning << "\n";
  }
  throw DataError(std::to_string(count) + (count > 1 ? " avertissements" : " avertissement") +
                      " et --strict : aucun document produit",
                  {});
}

/// The parts of issue #12, as written (a lone file has no data to expand): `about`,
/// `marking`, `registered` (true/false), `enclosures` and `copies` (lists), `reply_slip`
/// (Markdown), `qr`, `qr_caption`.
void readLetterExtras(const YAML::Node& letter, LetterParts& parts) {
  auto text = [&](const char* key, std::string& target) {
    if (letter[key]) target = letter[key].as<std::string>();
  };
  auto lines = [&](const char* key, std::vector<std::string>& target) {
    if (!letter[key]) return;
    target = letter[key].IsSequence() ? letter[key].as<std::vector<std::string>>()
                                      : std::vector<std::string>{letter[key].as<std::string>()};
  };
  text("about", parts.about);
  text("marking", parts.marking);
  if (letter["registered"]) parts.registeredMail = letter["registered"].as<bool>();
  lines("enclosures", parts.enclosures);
  lines("copies", parts.copies);
  text("reply_slip", parts.replySlip);
  text("qr", parts.qrAddress);
  text("qr_caption", parts.qrCaption);
}

/// `---` / `layout: slides` / `title: …` / `---` at the top of a Markdown file: read into
/// `document` and removed from its body, with the letter parts under `letter:` (recipient
/// lines, subject, place_and_date, reference, followed_by, and the extras above). Other keys
/// are ignored. Without a
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
        readLetterExtras(letter, parts);
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
  if (args.size() != 1) {
    throw UsageError(
        "usage : trousse render TYPE --data DONNÉES.json (--out SORTIE.pdf | --out-dir DOSSIER | "
        "--zip SORTIE.zip)");
  }
  if (!options_.data) throw UsageError("option --data manquante (fichier JSON, ou « - »)");
  const int outputs = (options_.out ? 1 : 0) + (options_.outDir ? 1 : 0) + (options_.zip ? 1 : 0);
  if (outputs == 0) {
    throw UsageError("indiquez une sortie : --out, --out-dir ou --zip");
  }
  if (outputs > 1) throw UsageError("une seule sortie à la fois : --out, --out-dir ou --zip");
  if (options_.html && !options_.out) throw UsageError("--html va avec --out");
  if (options_.duplex && !options_.out) throw UsageError("--duplex va avec --out");
  if (options_.passwordFile && options_.html) {
    throw UsageError(
        "--html ne va pas avec --mot-de-passe-fichier : l'aperçu HTML ne serait pas chiffré");
  }
  for (const auto& output : {options_.out, options_.html, options_.zip}) {
    if (output && sameFile(*output, *options_.data))
      throw UsageError("la sortie " + *output + " écraserait les données d'entrée");
  }

  kindNamed(args.front());  // an unknown kind is reported before any data is read
  if (options_.out) requireOutputFolder(*options_.out);
  if (options_.zip) requireOutputFolder(*options_.zip);
  if (options_.html) requireOutputFolder(*options_.html);
  const Establishment establishment = readEstablishment(config());
  if (establishment.empty()) {
    std::cerr << "trousse : attention : l'identité de l'établissement n'est pas configurée "
                 "(--config, voir docs/guide-utilisateur.md)\n";
  }

  // Read before rendering: a missing password file is reported before any work.
  const std::string password =
      options_.passwordFile ? readPasswordFile(*options_.passwordFile) : "";
  const std::string source = *options_.data == "-" ? "entrée standard" : *options_.data;
  RenderRequest request;
  request.kind = args.front();
  request.data = parseJsonData(readInput(*options_.data), source);
  if (options_.participants) addParticipants(*request.data, request.kind);
  request.establishment = establishment;
  request.today = TemplateExpander::todayLocal();
  request.html = options_.html.has_value();
  RenderResult result = service().render(request);
  if (!result.ok()) throwDataProblems(request.kind, result.problems);
  for (const Problem& warning : result.dataWarnings) {
    std::cerr << "trousse : attention : " << (warning.field.empty() ? "" : warning.field + " : ")
              << warning.message << "\n";
  }
  if (options_.strict) refuseWarnings(result);
  if (options_.out && !options_.duplex) {
    if (!password.empty()) result.pdf = encryptPdf(result.pdf, password);
    writeOutputs(result, *options_.out, options_.html);
  } else {
    writeDocumentsApart(result, *service().templateOf(request.kind), establishment, password);
  }
  return EXIT_OK;
}

void TrousseApp::addParticipants(Poco::JSON::Object& data, const std::string& kind) {
  const std::shared_ptr<const Template> tmpl = service().templateOf(kind);
  const Field* list = nullptr;
  for (const Field& field : tmpl->schema.fields()) {
    if (field.name == "participants" && field.type == FieldType::List && !field.itemFields.empty())
      list = &field;
  }
  if (list == nullptr) {
    throw UsageError("le type « " + kind + " » n'a pas de liste de participants (--participants)");
  }
  const std::string& file = *options_.participants;
  std::unique_ptr<std::istream> in = csvFileOpener(file)();
  const batch::KnownHeaders known = batch::KnownHeaders::load(
      InstallLayout::ofRunningProgram().templatesDir() / "participants-headers.json");
  CsvListItems read = readCsvListItems(*in, file, *list, known);
  if (!read.problems.empty()) throwDataProblems(kind, read.problems);
  data.set("participants", read.items);
}

/// --duplex, --out-dir, --zip: the documents of a kit each on its own, through the mail merge's
/// sinks (blank backs for two-sided printing; safe, unique file names; all or nothing).
void TrousseApp::writeDocumentsApart(const RenderResult& result, const Template& tmpl,
                                     const Establishment& establishment,
                                     const std::string& password) {
  PdfSeal seal;
  if (!password.empty()) {
    seal = [&password](std::string_view pdf) { return encryptPdf(pdf, password); };
  }
  RenderedPart part;
  part.pdf = result.pdf;
  part.documentPages = result.documentPages;
  for (std::size_t i = 0; i < result.documents.size(); ++i) {
    const Document& document = result.documents[i];
    char number[8];
    std::snprintf(number, sizeof number, "%02zu-", i + 1);
    part.documentNames.push_back(number +
                                 (document.fileName.empty() ? document.title : document.fileName));
    part.documentTitles.push_back(document.title);
  }
  std::unique_ptr<BatchSink> sink;
  if (options_.out) {
    sink = std::make_unique<MergedPdfSink>(*options_.out, tmpl.title, establishment.name,
                                           options_.duplex, seal);
  } else {
    sink = std::make_unique<LetterFilesSink>(
        options_.outDir ? LetterFilesSink::Container::Folder : LetterFilesSink::Container::Zip,
        options_.outDir ? *options_.outDir : *options_.zip);
  }
  if (const std::filesystem::path folder = sink->letterFolder(); !folder.empty()) {
    cutIntoFiles(part, folder, seal);
  }
  sink->add(part);
  const std::vector<std::filesystem::path> written = sink->finish();
  for (const std::string& warning : result.warnings) {
    std::cerr << "trousse : attention : " << warning << "\n";
  }
  if (options_.outDir) {
    std::cout << *options_.outDir << " (" << written.size() << " fichier"
              << (written.size() > 1 ? "s" : "") << ")\n";
  } else {
    for (const auto& file : written) std::cout << file.string() << "\n";
  }
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
