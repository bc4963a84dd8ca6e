// A workshop kit as a trainer produces it: participants from a registration export, then the
// kit as one PDF (two-sided or not), one PDF per document, or a ZIP.
#include "CliFixture.hpp"

#include "support/PdfTools.hpp"

#include <cstdlib>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class CliKitTest : public CliTest {
 protected:
  void SetUp() override { ::setenv("XDG_CACHE_HOME", (dir_ / "cache").c_str(), 1); }
  void TearDown() override { ::unsetenv("XDG_CACHE_HOME"); }
  static std::string source(const std::string& relative) {
    return (std::filesystem::path(TROUSSE_SOURCE_DIR) / relative).string();
  }
  static std::string description() { return source("content/ateliers/signaux-faibles.json"); }
  ProcessResult kit(std::vector<std::string> more) {
    std::vector<std::string> args{"render",      "phare/atelier", "--data",
                                  description(), "--config",      config()};
    args.insert(args.end(), more.begin(), more.end());
    return trousse(args);
  }
};

TEST_F(CliKitTest, ParticipantsComeFromAWindows1252Export) {
  const ProcessResult result =
      kit({"--participants", source("tests/fixtures/phare/inscrits-1252.csv"), "--out", "kit.pdf"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string text = pdfText(path("kit.pdf"));
  for (const char* name : {"KOWALCZYK", "DIALLO", "ÉMERY", "BENALI", "ZHANG", "DA SILVA"}) {
    EXPECT_THAT(text, HasSubstr(name)) << name;
  }
  EXPECT_THAT(text, HasSubstr("Cécile"));
  // The file's participants replace those written in the description.
  ASSERT_THAT(readFile(description()), HasSubstr("Haddad"));
  EXPECT_THAT(text, Not(HasSubstr("HADDAD")));
}

TEST_F(CliKitTest, ParticipantsFromAUtf8ExportWithABomAndOtherHeaders) {
  const ProcessResult result =
      kit({"--participants", source("tests/fixtures/phare/inscrits-bom.csv"), "--out", "kit.pdf"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string text = pdfText(path("kit.pdf"));
  EXPECT_THAT(text, HasSubstr("Thị Ánh"));
  EXPECT_THAT(text, HasSubstr("Ayşe"));
  EXPECT_THAT(text, HasSubstr("Collège \"Jean-Jaurès\""));
}

TEST_F(CliKitTest, AParticipantRowWithoutANameIsNamedByItsLine) {
  const ProcessResult result = kit(
      {"--participants", source("tests/fixtures/phare/inscrits-sans-nom.csv"), "--out", "kit.pdf"});
  EXPECT_EQ(result.exitCode, 65);
  EXPECT_THAT(result.err, HasSubstr("inscrits-sans-nom.csv, ligne 3 : nom"));
  EXPECT_FALSE(std::filesystem::exists(path("kit.pdf")));
}

TEST_F(CliKitTest, OneFilePerDocumentWellNamed) {
  std::filesystem::create_directory(path("kit"));
  const ProcessResult result =
      kit({"--participants", source("examples/inscrits-atelier.csv"), "--out-dir", "kit"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(path("kit"))) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  ASSERT_EQ(names.size(), 6u + 24u);  // six documents, and one certificate per participant
  EXPECT_TRUE(names.front().starts_with("01-programme")) << names.front();
  EXPECT_THAT(names, ::testing::Contains(::testing::StartsWith("02-guide-animateur")));
  EXPECT_THAT(names, ::testing::Contains(::testing::StartsWith("04-emargement")));
  EXPECT_THAT(names, ::testing::Contains(::testing::HasSubstr("attestation-Kowalczyk")));
  EXPECT_TRUE(names.back().ends_with("diaporama.pdf")) << names.back();
  EXPECT_THAT(pdfText(path("kit") / names.front()), HasSubstr("Programme"));
}

TEST_F(CliKitTest, EveryPageOfTheWrittenDocumentsCarriesTheWorkshopAndItsDate) {
  std::filesystem::create_directory(path("kit"));
  ASSERT_EQ(kit({"--out-dir", "kit"}).exitCode, 0);
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(path("kit"))) {
    const std::string name = entry.path().filename().string();
    if (name.find("diaporama") != std::string::npos) continue;  // slides: the first one has both
    for (const std::string& page : pagesOf(pdfText(entry.path()))) {
      const std::string text = squeezeSpaces(page);
      EXPECT_THAT(text, HasSubstr("Repérer les signaux faibles du harcèlement")) << name;
      EXPECT_THAT(text, HasSubstr("3 février 2027")) << name;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10);
}

TEST_F(CliKitTest, TheSignInSheetRepeatsItsHeaderOnEveryPage) {
  std::string csv = "Nom;Prénom;Fonction;École\n";
  for (int i = 1; i <= 60; ++i) {
    csv +=
        "Participant" + std::to_string(100 + i) + ";Awa;professeure des écoles;École Jean-Moulin\n";
  }
  writeFile(path("soixante.csv"), csv);
  std::filesystem::create_directory(path("kit"));
  ASSERT_EQ(kit({"--participants", "soixante.csv", "--out-dir", "kit"}).exitCode, 0);
  std::filesystem::path sheet;
  for (const auto& entry : std::filesystem::directory_iterator(path("kit"))) {
    if (entry.path().filename().string().find("emargement") != std::string::npos)
      sheet = entry.path();
  }
  ASSERT_FALSE(sheet.empty());
  const std::vector<std::string> pages = pagesOf(pdfText(sheet, /*layout=*/true));
  ASSERT_GE(pages.size(), 2u) << "60 participants and blank lines take more than a page";
  for (const std::string& page : pages) {
    EXPECT_THAT(squeezeSpaces(page), HasSubstr("Nom Prénom Fonction École Signature"));
  }
  // Each participant's row stays on one page: as many names as schools on every page.
  auto count = [](const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  for (const std::string& page : pagesOf(pdfText(sheet))) {
    const std::string text = squeezeSpaces(page);
    EXPECT_EQ(count(text, "PARTICIPANT"), count(text, "École Jean-Moulin")) << text;
  }
  const std::string all = pdfText(sheet);
  for (int i = 1; i <= 60; ++i) {
    EXPECT_THAT(all, HasSubstr("PARTICIPANT" + std::to_string(100 + i)));
  }
}

TEST_F(CliKitTest, AZipHoldsTheSameFiles) {
  const ProcessResult result = kit({"--zip", "kit.zip"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const ProcessResult listing =
      run("/usr/bin/env", {"python3", "-m", "zipfile", "-l", path("kit.zip").string()});
  EXPECT_THAT(listing.out, HasSubstr("01-programme"));
  EXPECT_THAT(listing.out, HasSubstr("diaporama"));
}

TEST_F(CliKitTest, OnePdfWithABookmarkPerDocumentAndFrontPagesWhenTwoSided) {
  ASSERT_EQ(kit({"--out", "kit.pdf"}).exitCode, 0);
  const ProcessResult duplex = kit({"--out", "kit-recto-verso.pdf", "--duplex"});
  ASSERT_EQ(duplex.exitCode, 0) << duplex.err;
  EXPECT_TRUE(qpdfCheck(path("kit-recto-verso.pdf")));
  EXPECT_GE(pdfPages(path("kit-recto-verso.pdf")), pdfPages(path("kit.pdf")));
  EXPECT_EQ(pdfPages(path("kit-recto-verso.pdf")) % 2, 0);
  const ProcessResult outline =
      run("qpdf", {"--json", "--json-key=outlines", path("kit.pdf").string()});
  for (const char* title :
       {"\"Programme –", "\"Guide de l'animateur –", "\"Support participant –",
        "\"Feuille d'émargement –", "\"Évaluation à chaud –", "\"Attestation de présence\""}) {
    EXPECT_NE(outline.out.find(title), std::string::npos) << "no bookmark " << title;
  }
}

}  // namespace
}  // namespace trousse::test
