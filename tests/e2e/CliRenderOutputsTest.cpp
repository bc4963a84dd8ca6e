// `trousse render` of a kind that gives several documents: one PDF, one PDF per document, a ZIP,
// and two-sided printing. The convocation gives one letter per postal address.
#include "CliFixture.hpp"

#include "support/PdfTools.hpp"

namespace trousse::test {
namespace {

using ::testing::HasSubstr;

constexpr const char* kKind = "letters/convocation";

std::vector<std::filesystem::path> pdfsIn(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".pdf") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_F(CliTest, OutDirWritesOneNumberedPdfPerDocument) {
  writeFile(path("data.json"), exampleData(kKind));
  std::filesystem::create_directory(path("courriers"));
  const ProcessResult result = trousse(
      {"render", kKind, "--data", "data.json", "--out-dir", "courriers", "--config", config()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const auto files = pdfsIn(path("courriers"));
  ASSERT_EQ(files.size(), 2u);
  EXPECT_TRUE(files[0].filename().string().starts_with("01-"));
  EXPECT_TRUE(files[1].filename().string().starts_with("02-"));
  EXPECT_THAT(pdfText(files[0]), HasSubstr("Madame Fatou N'DIAYE"));
  EXPECT_THAT(pdfText(files[1]), HasSubstr("Monsieur Julien LEFÈVRE"));
  for (const auto& file : files) {
    EXPECT_TRUE(qpdfCheck(file));
    EXPECT_EQ(pdfPages(file), 1);
  }
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(path("courriers")),
                          std::filesystem::directory_iterator()),
            2)
      << "no working file left behind";
}

TEST_F(CliTest, ZipHoldsOnePdfPerDocument) {
  writeFile(path("data.json"), exampleData(kKind));
  const ProcessResult result = trousse(
      {"render", kKind, "--data", "data.json", "--zip", "courriers.zip", "--config", config()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const ProcessResult listing =
      run("/usr/bin/env", {"python3", "-m", "zipfile", "-l", path("courriers.zip").string()});
  EXPECT_THAT(listing.out, HasSubstr("01-"));
  EXPECT_THAT(listing.out, HasSubstr("02-"));
  EXPECT_EQ(std::count(listing.out.begin(), listing.out.end(), '\n'), 3) << listing.out;
}

TEST_F(CliTest, DuplexStartsEachDocumentOnAFrontPage) {
  writeFile(path("data.json"), exampleData(kKind));
  const ProcessResult plain = trousse(
      {"render", kKind, "--data", "data.json", "--out", "simple.pdf", "--config", config()});
  const ProcessResult duplex = trousse({"render", kKind, "--data", "data.json", "--out",
                                        "recto-verso.pdf", "--duplex", "--config", config()});
  ASSERT_EQ(duplex.exitCode, 0) << duplex.err;
  EXPECT_EQ(pdfPages(path("simple.pdf")), 2);
  EXPECT_EQ(pdfPages(path("recto-verso.pdf")), 4);  // a blank back after each one-page letter
  EXPECT_TRUE(qpdfCheck(path("recto-verso.pdf")));
  const std::vector<std::string> pages = pagesOf(pdfText(path("recto-verso.pdf")));
  EXPECT_THAT(pages[2], HasSubstr("Julien"));
}

TEST_F(CliTest, OutputsAreExclusiveAndParticipantsNeedAList) {
  writeFile(path("data.json"), exampleData(kKind));
  const ProcessResult none = trousse({"render", kKind, "--data", "data.json"});
  EXPECT_EQ(none.exitCode, 64);
  EXPECT_THAT(none.err, HasSubstr("--out, --out-dir ou --zip"));
  EXPECT_EQ(trousse({"render", kKind, "--data", "data.json", "--out", "a.pdf", "--zip", "a.zip"})
                .exitCode,
            64);
  EXPECT_EQ(
      trousse({"render", kKind, "--data", "data.json", "--zip", "a.zip", "--duplex"}).exitCode, 64);
  writeFile(path("inscrits.csv"), "Nom;Prénom\nDurand;Sophie\n");
  const ProcessResult participants = trousse(
      {"render", kKind, "--data", "data.json", "--out", "a.pdf", "--participants", "inscrits.csv"});
  EXPECT_EQ(participants.exitCode, 64);
  EXPECT_THAT(participants.err, HasSubstr("pas de liste de participants"));
  EXPECT_FALSE(std::filesystem::exists(path("a.pdf")));
}

}  // namespace
}  // namespace trousse::test
