// Engine time for letters: template expansion, layout and PDF writing, without process start-up.
//   build/bench/bench_render
#include "core/PluginRegistry.hpp"
#include "core/RenderService.hpp"
#include "pdf/PdfWriter.hpp"

#include <benchmark/benchmark.h>
#include <hpdf.h>

#include <Poco/JSON/Parser.h>

#include <filesystem>
#include <sstream>

namespace {

const std::filesystem::path kBuild = TROUSSE_BUILD_DIR;

trousse::Establishment exampleEstablishment() {
  trousse::Establishment e;
  e.name = "Collège Jean-Jaurès";
  e.addressLines = {"25, avenue de la République", "93100 Montreuil"};
  e.phone = "01 48 57 00 00";
  e.city = "Montreuil";
  e.signatoryName = "Claire Moreau";
  e.signatoryTitle = "La principale du collège";
  return e;
}

struct Fixture {
  Fixture() {
    registry.scan({kBuild / "lib" / "trousse" / "plugins"});
    trousse::RenderServiceSettings settings;
    settings.sources = {&pluginKinds};
    settings.fontsDir = kBuild / "share" / "trousse" / "fonts";
    service = std::make_unique<trousse::RenderService>(std::move(settings));
    scope = std::make_unique<trousse::RenderScope>(service->scope(
        exampleEstablishment(), std::chrono::year{2026} / std::chrono::November / 23));
    example = service->templateOf("letters/convocation")->schema.example();
    // One adult: one letter of one page.
    Poco::JSON::Array::Ptr adults = example->getArray("responsables");
    adults->remove(1);
  }
  trousse::PluginRegistry registry;
  trousse::PluginKindSource pluginKinds{registry, kBuild / "share" / "trousse" / "templates"};
  std::unique_ptr<trousse::RenderService> service;
  std::unique_ptr<trousse::RenderScope> scope;
  Poco::JSON::Object::Ptr example;
  trousse::PdfWriter writer{trousse::FontSet::inFolder(kBuild / "share" / "trousse" / "fonts")};
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

// Schema check + plugin + Mustache expansion of one letter.
void BM_ExpandLetter(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state)
    benchmark::DoNotOptimize(f.scope->documents("letters/convocation", *f.example));
}
BENCHMARK(BM_ExpandLetter)->Unit(benchmark::kMicrosecond);

// One letter, expanded, laid out and written as a complete PDF (fonts embedded, file bytes).
void BM_OneLetterPdf(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    auto docs = f.scope->documents("letters/convocation", *f.example);
    benchmark::DoNotOptimize(f.writer.write(docs));
  }
}
BENCHMARK(BM_OneLetterPdf)->Unit(benchmark::kMillisecond);

/// The example letter for the `index`-th student of a school: names, class and address vary
/// from letter to letter, as in a batch (the paragraphs that hold them are laid out anew),
/// while the meeting's date, place and reason are the batch's common data.
Poco::JSON::Object::Ptr studentLetter(const Poco::JSON::Object& example, std::size_t index) {
  static const char* const kNames[] = {"Nguyễn", "Yılmaz", "Kowalska",    "Benali",  "Traoré",
                                       "Dupont", "Martin", "Łukaszewicz", "N'Diaye", "Lefèvre",
                                       "Şahin",  "Trần",   "García",      "Haddad",  "Moreau"};
  static const char* const kFirstNames[] = {"Aïcha",    "Thị-Ánh", "Çağlar", "Łukasz", "Zoé",
                                            "Léa",      "Mehdi",   "Inès",   "Noé",    "Émilie",
                                            "Wiktoria", "Minh",    "Yanis",  "Chloé",  "Ayşe"};
  static const char* const kStreets[] = {"rue des Lilas", "avenue de la République",
                                         "allée Gagarine", "boulevard Rouget-de-Lisle",
                                         "rue de Paris"};
  std::ostringstream copy;  // a deep copy: Poco's copy constructor shares nested objects
  example.stringify(copy);
  auto letter = Poco::JSON::Parser().parse(copy.str()).extract<Poco::JSON::Object::Ptr>();
  const std::string name = kNames[index % 15];
  auto student = letter->getObject("eleve");
  student->set("nom", name + (index >= 15 ? "-" + std::to_string(index) : ""));
  student->set("prenom", kFirstNames[index / 15 % 15]);
  student->set("classe", std::to_string(6 - index % 4) + "e " + char('A' + index % 5));
  letter->set("motif", "faire le point sur la scolarité de votre enfant et les moyens de l'aider");
  auto adult = letter->getArray("responsables")->getObject(0);
  adult->set("nom", name);
  adult->set("prenom", kFirstNames[(index + 3) % 15]);
  adult->set("adresse",
             std::to_string(index % 97 + 1) + ", " + kStreets[index % 5] + "\n93100 Montreuil");
  return letter;
}

// N letters in one PDF, to N different students: the time per letter once the fixed cost
// (fonts, file) is shared. Issue #3's figure is LettersInOnePdf/1000.
void BM_LettersInOnePdf(benchmark::State& state) {
  Fixture& f = fixture();
  const auto count = static_cast<std::size_t>(state.range(0));
  std::vector<Poco::JSON::Object::Ptr> data;  // the rows, read before the clock starts
  for (std::size_t i = 0; i < count; ++i) data.push_back(studentLetter(*f.example, i));
  for (auto _ : state) {
    std::vector<trousse::Document> docs;
    docs.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      auto letter = f.scope->documents("letters/convocation", *data[i]);
      docs.push_back(std::move(letter.front()));
    }
    benchmark::DoNotOptimize(f.writer.write(docs));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_LettersInOnePdf)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// The floor issue #3 measures against: libharu alone writing simple text pages into one PDF,
// as many words as a letter (40 lines of 70 characters), one embedded TrueType font, UTF-8
// text, compressed. Nothing else: no data, no layout, no typography. Run it in the same
// run as LettersInOnePdf/1000 and compare the two: this machine's speed varies from run to
// run, the ratio much less.
void BM_LibharuFloor(benchmark::State& state) {
  const auto count = static_cast<std::size_t>(state.range(0));
  const std::string font = (kBuild / "share" / "trousse" / "fonts" / "DejaVuSans.ttf").string();
  const std::string line =
      "Je vous prie de bien vouloir vous présenter le mardi 1er décembre à 17 h";
  for (auto _ : state) {
    HPDF_Doc doc = HPDF_New(nullptr, nullptr);
    HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc);
    HPDF_SetCurrentEncoder(doc, "UTF-8");
    HPDF_Font regular =
        HPDF_GetFont(doc, HPDF_LoadTTFontFromFile(doc, font.c_str(), HPDF_TRUE), "UTF-8");
    for (std::size_t page = 0; page < count; ++page) {
      HPDF_Page p = HPDF_AddPage(doc);
      HPDF_Page_SetSize(p, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
      HPDF_Page_BeginText(p);
      HPDF_Page_SetFontAndSize(p, regular, 10.5f);
      for (int row = 0; row < 40; ++row) {
        HPDF_Page_TextOut(p, 57, static_cast<HPDF_REAL>(780 - 17 * row), line.c_str());
      }
      HPDF_Page_EndText(p);
    }
    HPDF_SaveToStream(doc);
    benchmark::DoNotOptimize(HPDF_GetStreamSize(doc));
    HPDF_Free(doc);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_LibharuFloor)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
