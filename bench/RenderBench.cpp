// Engine time for letters: template expansion, layout and PDF writing, without process start-up.
//   build/bench/bench_render
#include "core/PluginRegistry.hpp"
#include "core/RenderPipeline.hpp"
#include "pdf/PdfWriter.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>

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
    pipeline = std::make_unique<trousse::RenderPipeline>(
        registry, kBuild / "share" / "trousse" / "templates", exampleEstablishment());
    example = pipeline->templateOf(pipeline->kind("letters/convocation")).schema.example();
    // One adult: one letter of one page.
    Poco::JSON::Array::Ptr adults = example->getArray("responsables");
    adults->remove(1);
  }
  trousse::PluginRegistry registry;
  std::unique_ptr<trousse::RenderPipeline> pipeline;
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
    benchmark::DoNotOptimize(f.pipeline->render("letters/convocation", *f.example));
}
BENCHMARK(BM_ExpandLetter)->Unit(benchmark::kMicrosecond);

// One letter, expanded, laid out and written as a complete PDF (fonts embedded, file bytes).
void BM_OneLetterPdf(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    auto docs = f.pipeline->render("letters/convocation", *f.example);
    benchmark::DoNotOptimize(f.writer.write(docs));
  }
}
BENCHMARK(BM_OneLetterPdf)->Unit(benchmark::kMillisecond);

// N letters in one PDF: the time per letter once the fixed cost (fonts, file) is shared.
void BM_LettersInOnePdf(benchmark::State& state) {
  Fixture& f = fixture();
  const auto count = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    std::vector<trousse::Document> docs;
    docs.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      auto letter = f.pipeline->render("letters/convocation", *f.example);
      docs.push_back(std::move(letter.front()));
    }
    benchmark::DoNotOptimize(f.writer.write(docs));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_LettersInOnePdf)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
