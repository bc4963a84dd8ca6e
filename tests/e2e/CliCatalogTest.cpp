// `trousse catalog`: what a trainer and a reviewer see.
#include "CliFixture.hpp"

#include "support/PdfTools.hpp"

#include <cstdlib>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class CliCatalogTest : public CliTest {
 protected:
  void SetUp() override {
    // The index is a cache: each test gets its own, never the user's.
    ::setenv("XDG_CACHE_HOME", (dir_ / "cache").c_str(), 1);
  }
  void TearDown() override { ::unsetenv("XDG_CACHE_HOME"); }
  /// A configuration adding `folder` as the establishment's local practices.
  std::string localConfig(const std::filesystem::path& folder) {
    writeFile(dir_ / "local.properties", "catalogue.dossier_local = " + folder.string() + "\n");
    return (dir_ / "local.properties").string();
  }
  std::filesystem::path fixtures() const {
    return std::filesystem::path(TROUSSE_SOURCE_DIR) / "tests" / "fixtures" / "catalog";
  }
};

TEST_F(CliCatalogTest, TheShippedCatalogPassesItsCheck) {
  const ProcessResult check = trousse({"catalog", "check"});
  EXPECT_EQ(check.exitCode, 0) << check.err;
  EXPECT_THAT(check.err, HasSubstr("aucun problème"));
}

TEST_F(CliCatalogTest, SearchIgnoresAccentsAndCaseAndFindsPrefixes) {
  const ProcessResult plain = trousse({"catalog", "search", "harcelement"});
  EXPECT_EQ(plain.exitCode, 0) << plain.err;
  EXPECT_THAT(plain.out, HasSubstr("methode-preoccupation-partagee"));
  const ProcessResult upper = trousse({"catalog", "search", "MEDIATION"});
  EXPECT_THAT(upper.out, HasSubstr("mediation-par-les-pairs"));
  const ProcessResult prefix = trousse({"catalog", "search", "médiat"});
  EXPECT_THAT(prefix.out, HasSubstr("mediation-par-les-pairs"));
  // The practice whose title matches comes first.
  EXPECT_EQ(upper.out.find("mediation-par-les-pairs"), 0u) << upper.out;
}

TEST_F(CliCatalogTest, HostileQueriesAreTextNotSyntax) {
  for (const std::string query :
       {"\"", "*", "cour -jeux", "titre:cour", "NEAR(a b)", "AND OR NOT", "((("}) {
    const ProcessResult result = trousse({"catalog", "search", query});
    EXPECT_EQ(result.exitCode, 0) << query << " : " << result.err;
    EXPECT_THAT(result.err, Not(HasSubstr("erreur"))) << query;
  }
}

TEST_F(CliCatalogTest, FiltersNarrowTheList) {
  const ProcessResult all = trousse({"catalog", "list"});
  const ProcessResult maternelle = trousse({"catalog", "list", "--niveau", "maternelle"});
  const ProcessResult short_ = trousse({"catalog", "list", "--duree-max", "30"});
  EXPECT_EQ(all.exitCode, 0);
  EXPECT_LT(maternelle.out.size(), all.out.size());
  EXPECT_LT(short_.out.size(), all.out.size());
  const ProcessResult pillar = trousse({"catalog", "list", "--pilier", "1"});
  EXPECT_THAT(pillar.out, HasSubstr("questionnaire-climat-scolaire"));
  const ProcessResult bad = trousse({"catalog", "list", "--niveau", "université"});
  EXPECT_EQ(bad.exitCode, 64);
  EXPECT_THAT(bad.err, HasSubstr("« université »"));
  EXPECT_EQ(trousse({"catalog", "list", "--duree-max", "une heure"}).exitCode, 64);
}

TEST_F(CliCatalogTest, ShowPrintsAPracticeAndSuggestsCloseIds) {
  const ProcessResult show = trousse({"catalog", "show", "methode-preoccupation-partagee"});
  EXPECT_EQ(show.exitCode, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("Méthode de la préoccupation partagée"));
  EXPECT_THAT(show.out, HasSubstr("## Déroulement"));
  EXPECT_THAT(show.out, HasSubstr("Sources"));
  EXPECT_THAT(show.out, HasSubstr("https://"));
  const ProcessResult typo = trousse({"catalog", "show", "methode-preocupation-partagee"});
  EXPECT_EQ(typo.exitCode, 64);
  EXPECT_THAT(typo.err, HasSubstr("pratique inconnue"));
  EXPECT_THAT(typo.err, HasSubstr("vouliez-vous dire : methode-preoccupation-partagee"));
}

TEST_F(CliCatalogTest, CheckReportsEveryFaultOfALocalFolderWithItsLine) {
  const ProcessResult check =
      trousse({"catalog", "check", "--config", localConfig(fixtures() / "faults")});
  EXPECT_EQ(check.exitCode, 65);
  EXPECT_THAT(check.err, HasSubstr("pilier-inconnu.md:"));
  EXPECT_THAT(check.err, HasSubstr("en-tete-non-ferme.md:1 : "));
  EXPECT_THAT(check.err, HasSubstr("problèmes dans le catalogue"));
  // The other practices still list.
  const ProcessResult list =
      trousse({"catalog", "list", "--config", localConfig(fixtures() / "faults")});
  EXPECT_EQ(list.exitCode, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("methode-preoccupation-partagee"));
}

TEST_F(CliCatalogTest, LocalPracticesShowWhereTheyComeFrom) {
  const ProcessResult show = trousse({"catalog", "show", "cafe-des-parents", "--tous", "--config",
                                      localConfig(fixtures() / "local")});
  EXPECT_EQ(show.exitCode, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("Origine       : local"));
  const ProcessResult list =
      trousse({"catalog", "list", "--config", localConfig(fixtures() / "local")});
  EXPECT_THAT(list.out, HasSubstr("cafe-des-parents\n    Café des parents"));
  EXPECT_THAT(list.out, HasSubstr("(local)"));
}

TEST_F(CliCatalogTest, StatusFilterAndDraftsForReviewers) {
  const std::string local = localConfig(fixtures() / "shipped");
  const ProcessResult published = trousse({"catalog", "list", "--config", local});
  EXPECT_THAT(published.out, Not(HasSubstr("atelier-brouillon")));
  const ProcessResult drafts =
      trousse({"catalog", "list", "--statut", "brouillon", "--config", local});
  EXPECT_EQ(drafts.exitCode, 0) << drafts.err;
  EXPECT_THAT(drafts.out, HasSubstr("atelier-brouillon"));
  EXPECT_THAT(drafts.out, HasSubstr("[brouillon]"));
  EXPECT_THAT(drafts.out, Not(HasSubstr("methode-preoccupation-partagee")));
  const ProcessResult all = trousse({"catalog", "list", "--tous", "--config", local});
  EXPECT_THAT(all.out, HasSubstr("atelier-brouillon"));
  EXPECT_THAT(all.out, HasSubstr("methode-preoccupation-partagee"));
  EXPECT_EQ(trousse({"catalog", "list", "--statut", "fini"}).exitCode, 64);
}

TEST_F(CliCatalogTest, AMissingCatalogFolderHasItsOwnExitCode) {
  const ProcessResult missing =
      trousse({"catalog", "list", "--config", localConfig(dir_ / "nulle-part")});
  EXPECT_EQ(missing.exitCode, 69);
  EXPECT_THAT(missing.err, HasSubstr("catalogue de pratiques introuvable"));
}

TEST_F(CliCatalogTest, NewWritesASkeletonThatCheckUnderstands) {
  std::filesystem::create_directory(dir_ / "mes-pratiques");
  const ProcessResult created =
      trousse({"catalog", "new", "rallye-lecture", "--out-dir", (dir_ / "mes-pratiques").string()});
  EXPECT_EQ(created.exitCode, 0) << created.err;
  const std::string text = readFile(dir_ / "mes-pratiques" / "rallye-lecture.md");
  for (const char* key : {"id: rallye-lecture",
                          "titre:",
                          "resume:",
                          "piliers:",
                          "niveaux:",
                          "publics:",
                          "duree:",
                          "participants:",
                          "materiel:",
                          "objectifs:",
                          "liees:",
                          "sources:",
                          "statut: brouillon",
                          "auteur:",
                          "relecteur:",
                          "date_relecture:",
                          "version:",
                          "## Déroulement",
                          "## Points de vigilance",
                          "## Indices de réussite"}) {
    EXPECT_THAT(text, HasSubstr(key));
  }
  EXPECT_EQ(
      trousse({"catalog", "new", "rallye-lecture", "--out-dir", (dir_ / "mes-pratiques").string()})
          .exitCode,
      74)
      << "an existing practice is never replaced";
  EXPECT_EQ(trousse({"catalog", "new", "Pas Un Id"}).exitCode, 64);
}

TEST_F(CliCatalogTest, ExportWritesTheBookletWithContentsAndPageNumbers) {
  const ProcessResult exported =
      trousse({"catalog", "export", "--out", "referentiel.pdf", "--config", config()});
  ASSERT_EQ(exported.exitCode, 0) << exported.err;
  const std::filesystem::path pdf = dir_ / "referentiel.pdf";
  EXPECT_TRUE(qpdfCheck(pdf));
  EXPECT_TRUE(allFontsEmbedded(pdf));
  const std::vector<std::string> pages = pagesOf(pdfText(pdf));
  ASSERT_GT(pages.size(), 20u);
  EXPECT_THAT(pages[0], HasSubstr("Référentiel de pratiques"));
  EXPECT_THAT(pages[1], HasSubstr("Sommaire"));
  // The contents give the page each practice starts on: check one of them.
  const std::string contents = squeezeSpaces(pages[1]);
  EXPECT_THAT(contents, Not(HasSubstr("| 00"))) << "every entry has its page";
  for (std::size_t page : {1u, 2u}) {  // the contents take two pages
    EXPECT_THAT(pages[page], Not(::testing::ContainsRegex("(^|\n)00\n"))) << pages[page];
  }
  const std::string title = "Méthode de la préoccupation partagée";
  const auto at = contents.find(title);
  ASSERT_NE(at, std::string::npos) << contents;
  const int page = std::atoi(contents.c_str() + at + title.size());
  ASSERT_GT(page, 2);
  ASSERT_LE(static_cast<std::size_t>(page), pages.size());
  EXPECT_THAT(squeezeSpaces(pages[static_cast<std::size_t>(page) - 1]), HasSubstr(title));
  EXPECT_THAT(pdfText(pdf), HasSubstr("Intervenir efficacement sur les situations de harcèlement"));
  EXPECT_THAT(pdfText(pdf), Not(HasSubstr("brouillon")));
  // Bookmarks: the pillars, and the practices under them.
  const ProcessResult outline =
      run("qpdf", {"--json", "--json-key=outlines", pdf.string()}, {}, dir_.path());
  EXPECT_THAT(
      outline.out,
      HasSubstr("\"title\": \"4. Intervenir efficacement sur les situations de harcèlement\""));
  EXPECT_THAT(outline.out, HasSubstr("\"title\": \"Méthode de la préoccupation partagée\""));
}

}  // namespace
}  // namespace trousse::test
