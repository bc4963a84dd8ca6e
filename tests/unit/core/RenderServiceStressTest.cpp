// Many threads rendering through one RenderService while an admin rewrites a template: every
// document is right, the new template is seen, nothing crashes. Run it under ThreadSanitizer
// with scripts/sanitize.sh.
#include "RenderServiceSupport.hpp"

#include "pdffile/PdfFile.hpp"
#include "support/PdfTools.hpp"
#include "support/Process.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace trousse {
namespace {

using namespace std::chrono;

constexpr int kThreads = 8;
constexpr int kDocuments = 2000;

TEST(RenderServiceStress, EightThreadsRenderEveryKindWhileATemplateIsRewritten) {
  test::TempDir dir;
  std::filesystem::copy(test::builtTemplates(), dir / "templates",
                        std::filesystem::copy_options::recursive);
  const std::filesystem::path convocation = dir / "templates" / "letters" / "convocation.md";
  const std::string original = test::readFile(convocation);
  test::ServiceFixture f(dir / "templates", milliseconds(0));

  std::vector<std::string> kinds;
  for (const auto& [name, entry] : f.service->kinds().all()) {
    if (name.starts_with("letters/")) kinds.push_back(name);
  }
  ASSERT_EQ(kinds.size(), 7u);
  std::vector<RenderRequest> requests;
  std::vector<std::string> expected;  // each kind's first letter, rendered alone beforehand
  for (const std::string& kind : kinds) {
    requests.push_back(f.request(kind, year{2026} / November / 23));
    requests.back().pdf = false;
    expected.push_back(f.service->render(requests.back()).documents.at(0).markdown);
    requests.back().pdf = true;
  }

  std::atomic<bool> rendering{true};
  std::atomic<int> rewrites{0};
  std::thread admin([&] {
    // Rewritten through a temporary file and a rename, as an editor saves: a reader sees the
    // old file or the new one, never half of one.
    for (int version = 1; rendering; ++version) {
      const std::filesystem::path temporary = dir / "convocation.tmp";
      test::writeFile(temporary, original + "\nRévision " + std::to_string(version) + ".\n");
      std::filesystem::rename(temporary, convocation);
      ++rewrites;
      std::this_thread::sleep_for(milliseconds(20));
    }
  });

  std::atomic<int> next{0}, failures{0}, revisedSeen{0};
  std::vector<std::string> sample(kThreads);  // one PDF per thread, for qpdf
  std::vector<std::thread> workers;
  for (int t = 0; t < kThreads; ++t) {
    workers.emplace_back([&, t] {
      for (int i = next++; i < kDocuments; i = next++) {
        try {
          const std::size_t k = static_cast<std::size_t>(i) % requests.size();
          const RenderResult result = f.service->render(requests[k]);
          const PdfFile pdf(result.pdf);  // parses every object and the page tree
          std::size_t pages = 0;
          for (std::size_t count : result.documentPages) pages += count;
          const std::string& markdown = result.documents.at(0).markdown;
          const bool revised = markdown.find("Révision") != std::string::npos;
          // The rewritten template only adds a paragraph at the end of the letter.
          const bool same =
              revised ? markdown.starts_with(expected[k].substr(0, 400)) : markdown == expected[k];
          if (!result.ok() || pdf.pages().size() != pages || !same) ++failures;
          if (revised) ++revisedSeen;
          if (i / kThreads == 10) sample[static_cast<std::size_t>(t)] = result.pdf;
        } catch (const std::exception& error) {
          ADD_FAILURE() << "document " << i << " : " << error.what();
          ++failures;
        }
      }
    });
  }
  for (std::thread& worker : workers) worker.join();
  rendering = false;
  admin.join();

  EXPECT_EQ(failures, 0);
  EXPECT_GT(rewrites, 1);
  EXPECT_GT(revisedSeen, 0) << "the rewritten template was never seen";
  for (std::size_t t = 0; t < sample.size(); ++t) {
    if (sample[t].empty()) continue;
    const std::filesystem::path file = dir / ("echantillon-" + std::to_string(t) + ".pdf");
    test::writeFile(file, sample[t]);
    std::string report;
    EXPECT_TRUE(test::qpdfCheck(file, &report)) << report;
  }
}

}  // namespace
}  // namespace trousse
