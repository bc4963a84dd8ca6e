// `trousse batch`: the mail merge. Checks every row first, then produces the usable ones.
#include "app/ProgressLine.hpp"
#include "app/TrousseApp.hpp"

#include "batch/FileNamePattern.hpp"
#include "batch/KnownHeaders.hpp"
#include "common/Errors.hpp"
#include "core/AtomicFile.hpp"
#include "core/BatchJob.hpp"
#include "core/BatchSinks.hpp"
#include "core/EstablishmentConfig.hpp"
#include "core/InstallLayout.hpp"
#include "core/JsonData.hpp"
#include "template/Languages.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace trousse {
namespace {

constexpr int kPartialBatch = 3;

std::string plural(std::size_t count, const std::string& word) {
  return std::to_string(count) + " " + word + (count > 1 ? "s" : "");
}

std::string secondsText(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", seconds);
  std::string out = text;
  if (auto dot = out.find('.'); dot != std::string::npos) out[dot] = ',';
  return out;
}

void writeReport(const batch::BatchReport& report, const std::string& file) {
  std::ostringstream csv;
  report.writeCsv(csv);
  const std::string bytes = csv.str();
  writeFilesAtomically({{file, bytes}});
}

/// The letters that run to a second page, by CSV line: worth a look before they are posted.
void reportLongLetters(const std::string& csvName, const std::vector<std::size_t>& lines) {
  if (lines.empty()) return;
  constexpr std::size_t kListed = 20;
  std::string listed;
  for (std::size_t i = 0; i < lines.size() && i < kListed; ++i) {
    listed += (i == 0 ? "" : ", ") + std::to_string(lines[i]);
  }
  if (lines.size() > kListed) listed += "…";
  std::cerr << "trousse : " << plural(lines.size(), "lettre") << " sur plus d'une page (" << csvName
            << ", ligne" << (lines.size() > 1 ? "s " : " ") << listed << ")\n";
}

/// " ; 15 lettres : 11 en français, 3 en français et anglais, 1 en français et turc", for the
/// summary line; nothing when no letter is translated.
std::string languagesText(const std::map<std::string, std::size_t>& byLanguage) {
  if (byLanguage.empty() || (byLanguage.size() == 1 && byLanguage.begin()->first.empty())) {
    return {};
  }
  std::size_t total = 0;
  std::string detail;
  for (const auto& [code, count] : byLanguage) {
    total += count;
    const languages::Language* language = languages::find(code);
    detail += std::string(detail.empty() ? "" : ", ") + std::to_string(count) + " en français" +
              (code.empty() ? "" : " et " + (language ? std::string(language->frenchName) : code));
  }
  return " ; " + plural(total, "lettre") + " : " + detail;
}

}  // namespace

int TrousseApp::runBatch(const std::vector<std::string>& args) {
  const auto started = std::chrono::steady_clock::now();
  if (args.size() != 1) {
    throw UsageError(
        "usage : trousse batch TYPE --csv ÉLÈVES.csv (--out LETTRES.pdf | --out-dir DOSSIER | "
        "--zip LETTRES.zip)");
  }
  if (!options_.csv) throw UsageError("option --csv manquante (le fichier exporté)");
  const int outputs = (options_.out ? 1 : 0) + (options_.outDir ? 1 : 0) + (options_.zip ? 1 : 0);
  if (outputs == 0 && !options_.check)
    throw UsageError("indiquez une sortie : --out, --out-dir ou --zip (ou --check pour vérifier)");
  if (outputs > 1) throw UsageError("une seule sortie à la fois : --out, --out-dir ou --zip");

  BatchRequest request;
  request.kind = args.front();
  request.csvName = *options_.csv;
  request.openCsv = csvFileOpener(*options_.csv);
  request.establishment = readEstablishment(config());
  request.today = TemplateExpander::todayLocal();
  if (options_.map) request.map = *options_.map;
  if (options_.encoding) {
    auto encoding = batch::parseCsvEncoding(*options_.encoding);
    if (!encoding)
      throw UsageError("codage inconnu : « " + *options_.encoding + " » (utf-8 ou windows-1252)");
    request.csvOptions.encoding = *encoding;
  }

  const InstallLayout layout = InstallLayout::ofRunningProgram();
  kindNamed(request.kind);
  const std::shared_ptr<const Template> tmpl = service().templateOf(request.kind);
  const FieldSchema& schema = tmpl->schema;
  batch::FileNamePattern names(options_.names.value_or("{eleve.nom}-{eleve.prenom}"));
  if (auto unknown = names.unknownFields(schema); !unknown.empty()) {
    throw UsageError("le modèle de noms « " + names.text() +
                     " » cite un champ inconnu : " + unknown.front());
  }
  if (options_.data) {
    const std::string source = *options_.data == "-" ? "entrée standard" : *options_.data;
    request.commonData = parseJsonData(readInput(*options_.data), source);
  }
  if (options_.report) requireOutputFolder(*options_.report);
  if (options_.out) requireOutputFolder(*options_.out);
  for (const auto& output : {options_.out, options_.zip, options_.report}) {
    std::error_code error;
    if (output && std::filesystem::exists(*output, error) &&
        std::filesystem::equivalent(*output, *options_.csv, error))
      throw UsageError("la sortie " + *output + " écraserait le fichier CSV");
  }

  const batch::KnownHeaders known =
      batch::KnownHeaders::load(layout.templatesDir() / "csv-headers.json");
  BatchJob job(service(), known, request);
  BatchCheck check = [&] {
    ProgressLine progress("Vérification");
    return job.check([&](const BatchProgress& p) { progress.update(p); });
  }();
  if (check.mapping.empty()) {
    throw DataError(request.csvName +
                        " : aucune colonne n'a été reconnue ; indiquez la correspondance "
                        "des colonnes avec --map (voir docs/guide-publipostage.md)",
                    {});
  }
  if (check.rows == 0) {
    throw DataError(request.csvName + " : aucune ligne de données après la ligne d'en-tête", {});
  }

  for (const std::string& problem : check.report.texts()) std::cerr << "  - " << problem << "\n";
  if (options_.report) writeReport(check.report, *options_.report);
  const std::size_t usable = check.usableRows();
  const std::size_t rejected = check.rows - usable;

  if (options_.check) {
    std::cout << check.mapping.describe(request.commonData.get());
    std::cerr << "trousse : " << plural(check.rows, "ligne") << " lue"
              << (check.rows > 1 ? "s" : "") << ", " << usable << " utilisable"
              << (usable > 1 ? "s" : "") << ", " << rejected << " avec des problèmes";
    if (check.warnedRows() > 0)
      std::cerr << ", " << check.warnedRows() << " avec des avertissements";
    std::cerr << "\n";
    return usable == 0 ? static_cast<int>(ErrorKind::Data) : rejected > 0 ? kPartialBatch : 0;
  }
  if (usable == 0) {
    throw DataError(
        "aucune ligne de " + request.csvName + " n'est utilisable : aucun document produit", {});
  }
  if (options_.strict && rejected > 0) {
    throw DataError(
        plural(rejected, "ligne") + " avec des problèmes et --strict : aucun document produit", {});
  }
  if (options_.strict && check.warnedRows() > 0) {
    throw DataError(plural(check.warnedRows(), "ligne") +
                        " avec des avertissements et --strict : aucun document produit",
                    {});
  }

  std::unique_ptr<BatchSink> sink;
  if (options_.out) {
    sink = std::make_unique<MergedPdfSink>(*options_.out, tmpl->title, request.establishment.name,
                                           options_.duplex);
  } else {
    sink = std::make_unique<LetterFilesSink>(
        options_.outDir ? LetterFilesSink::Container::Folder : LetterFilesSink::Container::Zip,
        options_.outDir ? *options_.outDir : *options_.zip);
  }
  BatchProduction production;
  {
    ProgressLine progress("Production");
    production =
        job.produce(check, names, *sink, [&](const BatchProgress& p) { progress.update(p); });
  }
  const std::size_t produced = production.rows;
  const std::vector<std::filesystem::path> written = sink->finish();
  if (options_.outDir) {
    std::cout << *options_.outDir << " (" << plural(written.size(), "fichier") << ")\n";
  } else {
    for (const auto& file : written) std::cout << file.string() << "\n";
  }
  reportLongLetters(request.csvName, production.longLetterLines);
  if (options_.report && !production.longLetterLines.empty()) {
    // The report, written before production, gains the letters to look at before posting.
    batch::BatchReport report = check.report;
    for (std::size_t line : production.longLetterLines) {
      report.add({line, {}, {}, "attention : la lettre fait plus d'une page", true});
    }
    writeReport(report, *options_.report);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cerr << "trousse : " << plural(check.rows, "ligne") << " lue" << (check.rows > 1 ? "s" : "")
            << ", " << produced << " produite" << (produced > 1 ? "s" : "") << ", " << rejected
            << " écartée" << (rejected > 1 ? "s" : "") << " en " << secondsText(seconds)
            << languagesText(production.lettersByLanguage) << "\n";
  return rejected > 0 ? kPartialBatch : 0;
}

}  // namespace trousse
