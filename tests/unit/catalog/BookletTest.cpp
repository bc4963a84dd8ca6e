#include "CatalogTestSupport.hpp"

#include "catalog/Booklet.hpp"
#include "catalog/CatalogCheck.hpp"
#include "catalog/PracticeCatalog.hpp"
#include "catalog/PracticeSkeleton.hpp"
#include "catalog/SpellChecker.hpp"
#include "catalog/Vocabulary.hpp"
#include "common/Errors.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::catalog {
namespace {

using test::describe;
using test::fixtures;
using ::testing::HasSubstr;

TEST(Booklet, GroupsByPillarInPillarOrderWithEachPracticeComplete) {
  trousse::test::TempDir dir;
  CatalogOptions options;
  options.folders = {fixtures() / "shipped"};
  options.cacheFolder = dir / "cache";
  options.dictionary.clear();
  const PracticeCatalog catalog(options);
  const std::string markdown = bookletMarkdown("Pratiques \"pHARe\"", catalog.list({}), catalog);

  EXPECT_THAT(markdown, ::testing::StartsWith(
                            "---\nlayout: document\ntitle: \"Pratiques \\\"pHARe\\\"\"\n---\n"));
  const auto one = markdown.find("# 1. Mesurer le climat scolaire");
  const auto two = markdown.find("# 2. Prévenir les phénomènes de harcèlement");
  const auto three = markdown.find("# 3. Former une communauté protectrice");
  ASSERT_NE(one, std::string::npos);
  ASSERT_NE(two, std::string::npos);
  ASSERT_NE(three, std::string::npos);
  EXPECT_LT(one, two);
  EXPECT_LT(two, three);
  EXPECT_LT(markdown.find("## Questionnaire sur le climat scolaire"), two);

  // The practice's sections one level under its title, its summary box, links and sources.
  const std::string mediation = markdown.substr(two, three - two);
  EXPECT_THAT(mediation, HasSubstr("## Médiation par les pairs\n"));
  EXPECT_THAT(mediation, HasSubstr("| Durée | 1 h |\n"));
  EXPECT_THAT(mediation, HasSubstr("| Niveaux | collège, lycée |\n"));
  EXPECT_THAT(mediation, HasSubstr("\n### Déroulement\n"));
  EXPECT_THAT(mediation, HasSubstr("1.  Présenter le rôle du médiateur."));
  EXPECT_THAT(mediation, HasSubstr("### Pratiques liées\n\n- Questionnaire sur le climat "
                                   "scolaire\n"));
  EXPECT_THAT(mediation, HasSubstr("- Programme pHARe : <https://www.education.gouv.fr/"));
  EXPECT_THAT(markdown, HasSubstr("<!-- saut de page -->"));
}

TEST(Booklet, APracticeWithSeveralPillarsIsPrintedOnceAndNamedUnderTheOthers) {
  trousse::test::TempDir dir;
  CatalogOptions options;
  options.folders = {fixtures() / "shipped"};
  options.cacheFolder = dir / "cache";
  options.dictionary.clear();
  const PracticeCatalog catalog(options);
  std::vector<Practice> practices = catalog.list({});
  for (Practice& practice : practices) {
    if (practice.id == "mediation-par-les-pairs") {
      // Printed under pillar 2; also in pillar 1 (which has a practice of its own) and in
      // pillar 5 (which has none), pillar 1 twice.
      practice.pillars = {pillars()[1], pillars()[4], pillars()[0], pillars()[0]};
    }
  }
  const std::string markdown = bookletMarkdown("Pratiques", practices, catalog);

  std::size_t count = 0;
  for (auto at = markdown.find("## Médiation par les pairs\n"); at != std::string::npos;
       at = markdown.find("## Médiation par les pairs\n", at + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 1u);
  const auto one = markdown.find("# 1. Mesurer le climat scolaire\n");
  const auto two = markdown.find("# 2. Prévenir les phénomènes de harcèlement\n");
  const auto three = markdown.find("# 3. Former une communauté protectrice");
  const auto five = markdown.find("# 5. Associer les parents");
  ASSERT_NE(one, std::string::npos);
  ASSERT_NE(two, std::string::npos);
  ASSERT_NE(three, std::string::npos);
  ASSERT_NE(five, std::string::npos);
  EXPECT_LT(three, five);
  const std::string line = "Voir aussi : Médiation par les pairs (pilier 2)\n";
  // Right under the heading of pillar 1, before its own practice; alone under pillar 5.
  EXPECT_EQ(markdown.substr(one, two - one),
            "# 1. Mesurer le climat scolaire\n\n" + line + "\n" +
                markdown.substr(markdown.find("## Questionnaire sur le climat scolaire"),
                                two - markdown.find("## Questionnaire sur le climat scolaire")));
  EXPECT_EQ(markdown.substr(five),
            "# 5. Associer les parents et les partenaires et communiquer "
            "sur le programme\n\n" +
                line + "\n");
  // Once under each other pillar, and not under pillars it does not have.
  EXPECT_EQ(markdown.find(line, markdown.find(line, one) + 1), markdown.find(line, five));
  EXPECT_EQ(markdown.substr(two, five - two).find("Voir aussi"), std::string::npos);
}

TEST(PracticeSkeleton, IsAValidDraftOnceWritten) {
  trousse::test::TempDir dir;
  const auto file = dir / "nouvelle-pratique.md";
  trousse::test::writeFile(file,
                           practiceSkeleton("nouvelle-pratique", "Claire Martin", "2024-06-01"));
  CatalogProblems problems;
  const auto practice = readPracticeFile(file, "catalogue Trousse", problems);
  ASSERT_TRUE(practice);
  SpellChecker spelling(SpellChecker::defaultDictionary(), fixtures() / "mots.txt");
  const CatalogProblems found = CatalogCheck(&spelling).checkFile(*practice);
  problems.insert(problems.end(), found.begin(), found.end());
  EXPECT_EQ(describe(problems), "");
  EXPECT_EQ(practice->practice.status, "brouillon");
  EXPECT_EQ(practice->practice.author, "Claire Martin");
}

TEST(PracticeSkeleton, RefusesAnInvalidId) {
  EXPECT_THROW(practiceSkeleton("Nouvelle pratique", "", ""), UsageError);
}

}  // namespace
}  // namespace trousse::catalog
