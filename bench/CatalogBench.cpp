// The catalog of practices at 10,000 generated practices: index build, cold and warm load,
// and search latency (median and p99 over many searches).
//   build/bench/bench_catalog
#include "catalog/CatalogIndex.hpp"
#include "catalog/PracticeCatalog.hpp"
#include "catalog/Vocabulary.hpp"

#include <benchmark/benchmark.h>

#include <time.h>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>

namespace {

namespace fs = std::filesystem;
using namespace trousse::catalog;

constexpr int kPractices = 10000;

const std::vector<std::string> kWords = {
    "élèves",     "classe",      "médiation",      "harcèlement",   "parole",
    "écoute",     "groupe",      "conflit",        "respect",       "confiance",
    "adulte",     "famille",     "atelier",        "saynète",       "débat",
    "règle",      "cour",        "récréation",     "cantine",       "internat",
    "réseau",     "témoin",      "victime",        "auteur",        "sanction",
    "réparation", "prévention",  "climat",         "bienveillance", "empathie",
    "dialogue",   "solidarité",  "citoyenneté",    "questionnaire", "entretien",
    "protocole",  "signalement", "accompagnement", "formation",     "ambassadeur",
    "tutorat",    "coopération"};

std::string words(std::mt19937& random, int count) {
  std::uniform_int_distribution<std::size_t> pick(0, kWords.size() - 1);
  std::string out;
  for (int i = 0; i < count; ++i) out += (i ? " " : "") + kWords[pick(random)];
  return out;
}

/// One of 500 rarer words ("bacode"...), each in 20 practices: what a specific query matches.
std::string themeWord(int n) {
  static const char* kSyllables[] = {"ba",  "co",  "de",  "fi",  "gu",  "la", "mo",
                                     "nu",  "pe",  "ri",  "sa",  "to",  "vi", "zo",
                                     "che", "dra", "gli", "pro", "tri", "vu"};
  return std::string(kSyllables[n % 20]) + kSyllables[(n / 20) % 20] + kSyllables[(n / 7) % 20] +
         "on";
}

double threadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// 10,000 practice files in a temporary folder, made once.
struct GeneratedCatalog {
  fs::path root = fs::temp_directory_path() / "trousse-bench-catalog";
  fs::path folder = root / "practices";

  GeneratedCatalog() {
    fs::remove_all(root);
    fs::create_directories(folder);
    std::mt19937 random(42);
    for (int i = 0; i < kPractices; ++i) {
      const std::string id = "pratique-" + std::to_string(i);
      std::ofstream out(folder / (id + ".md"));
      out << "---\nid: " << id << "\ntitre: " << words(random, 4) << " " << themeWord(i % 500)
          << "\nresume: " << words(random, 15) << " " << themeWord((i + 7) % 500)
          << "\npiliers:\n  - " << pillars()[i % 8] << "\nniveaux:\n  - " << levels()[i % 4]
          << "\npublics:\n  - " << audiences()[i % 7] << "\nduree: " << 30 + i % 4 * 30
          << "\nparticipants: une classe\nmateriel:\n  - " << words(random, 2)
          << "\nobjectifs:\n  - " << words(random, 6) << "\nliees:\n  - pratique-"
          << (i + 1) % kPractices
          << "\nsources:\n  - titre: Programme pHARe\n    reference: "
             "https://www.education.gouv.fr/\nstatut: publié\nauteur: Claire Martin\n"
             "relecteur: Paul Durand\ndate_relecture: 2024-03-15\nversion: \"1.0\"\n---\n\n"
             "## Déroulement\n\n1. "
          << words(random, 20) << "\n2. " << words(random, 20) << "\n3. " << words(random, 20)
          << " " << themeWord((i + 13) % 500) << "\n\n## Points de vigilance\n\n"
          << words(random, 40) << "\n\n## Indices de réussite\n\n"
          << words(random, 30) << "\n";
    }
  }
  ~GeneratedCatalog() {
    if (!std::getenv("TROUSSE_BENCH_KEEP")) fs::remove_all(root);
  }

  CatalogOptions options(const std::string& cache, bool spelling) const {
    CatalogOptions options;
    options.folders = {folder};
    options.cacheFolder = root / cache;
    if (!spelling) options.dictionary.clear();
    return options;
  }
};

GeneratedCatalog& generated() {
  static GeneratedCatalog catalog;
  return catalog;
}

// Writing the index from practices already read: FTS5 table and stored values.
void BM_IndexBuild(benchmark::State& state) {
  const auto& g = generated();
  // Read and check once, through a catalog; then rebuild from its files each iteration.
  const PracticeCatalog warmup(g.options("cache-build", false));
  const auto listing = listPracticeFiles({g.folder});
  CatalogIndex reader(g.root / "cache-build");
  const auto contents = reader.load(listing);
  if (!contents) {
    state.SkipWithError("index not readable back");
    return;
  }
  for (auto _ : state) {
    CatalogIndex index(g.root / "cache-build-again");
    index.rebuild(listing, *contents);
  }
}
BENCHMARK(BM_IndexBuild)->Unit(benchmark::kMillisecond)->Iterations(3);

// A first start: every file read and checked (spelling too), then indexed.
void BM_ColdLoad(benchmark::State& state) {
  const auto& g = generated();
  const bool spelling = state.range(0) != 0;
  for (auto _ : state) {
    fs::remove_all(g.root / "cache-cold");
    const PracticeCatalog catalog(g.options("cache-cold", spelling));
    benchmark::DoNotOptimize(catalog.problems().size());
  }
  state.SetLabel(spelling ? "with spelling" : "without spelling");
}
BENCHMARK(BM_ColdLoad)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

// A later start: nothing changed, the index is read back.
void BM_WarmLoad(benchmark::State& state) {
  const auto& g = generated();
  { const PracticeCatalog first(g.options("cache-warm", false)); }
  for (auto _ : state) {
    const PracticeCatalog catalog(g.options("cache-warm", false));
    if (catalog.rebuiltIndex()) state.SkipWithError("index rebuilt");
  }
}
BENCHMARK(BM_WarmLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

// One search (top 20 with snippets), timed one by one for the median and p99.
void BM_Search(benchmark::State& state) {
  const auto& g = generated();
  static const PracticeCatalog catalog(g.options("cache-search", false));
  // Arg 0: words of the small shared vocabulary, each in ~98% of the practices (the worst
  // case: every practice is ranked); arg 1: rarer words, each in a few dozen practices.
  const std::vector<std::string> queries =
      state.range(0) == 0 ? std::vector<std::string>{"médiation",
                                                     "harcelement victime",
                                                     "conf",
                                                     "atelier débat cour",
                                                     "TEMOIN",
                                                     "protocole de sig",
                                                     "ambassadeur tutorat",
                                                     "x"}
                          : std::vector<std::string>{themeWord(3),
                                                     themeWord(250) + " médiation",
                                                     themeWord(77).substr(0, 5),
                                                     "\"" + themeWord(401) + "\"",
                                                     themeWord(499),
                                                     themeWord(120)};
  trousse::PracticeFilter levelFilter;
  levelFilter.levels = {"collège"};
  std::vector<double> samples, cpuSamples;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = threadCpuMs();
    const auto hits = catalog.search(queries[i % queries.size()],
                                     i % 3 ? levelFilter : trousse::PracticeFilter{});
    cpuSamples.push_back(threadCpuMs() - cpuStart);
    samples.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    benchmark::DoNotOptimize(hits.size());
    ++i;
  }
  std::sort(samples.begin(), samples.end());
  state.counters["p50_ms"] = samples[samples.size() / 2];
  state.counters["p99_ms"] = samples[samples.size() * 99 / 100];
  // The same on this thread's CPU clock: what the search costs, without the waits of a machine
  // shared with other work (wall time minus time not scheduled).
  std::sort(cpuSamples.begin(), cpuSamples.end());
  state.counters["cpu_p50_ms"] = cpuSamples[cpuSamples.size() / 2];
  state.counters["cpu_p99_ms"] = cpuSamples[cpuSamples.size() * 99 / 100];
}
BENCHMARK(BM_Search)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2000);

}  // namespace

BENCHMARK_MAIN();
