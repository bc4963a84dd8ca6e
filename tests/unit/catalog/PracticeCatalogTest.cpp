#include "CatalogTestSupport.hpp"

#include "catalog/PracticeCatalog.hpp"
#include "common/Errors.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

namespace trousse::catalog {
namespace {

namespace fs = std::filesystem;
using test::describe;
using test::fixtures;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

/// A catalog over copies of the fixtures, so that tests may change files; its own cache.
class CatalogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(fixtures() / "shipped", shipped(), fs::copy_options::recursive);
    fs::copy(fixtures() / "local", local(), fs::copy_options::recursive);
  }
  fs::path shipped() const { return dir_ / "practices"; }
  fs::path local() const { return dir_ / "Lycée Hugo"; }
  fs::path cache() const { return dir_ / "cache"; }

  CatalogOptions options() const {
    CatalogOptions options;
    options.folders = {shipped(), local()};
    options.cacheFolder = cache();
    options.wordList = fixtures() / "mots.txt";
    return options;
  }
  std::unique_ptr<PracticeCatalog> open() const {
    return std::make_unique<PracticeCatalog>(options());
  }

  static std::vector<std::string> ids(const std::vector<PracticeHit>& hits) {
    std::vector<std::string> out;
    for (const auto& hit : hits) out.push_back(hit.practice.id);
    return out;
  }
  static std::vector<std::string> ids(const std::vector<Practice>& practices) {
    std::vector<std::string> out;
    for (const auto& practice : practices) out.push_back(practice.id);
    return out;
  }
  std::vector<std::string> searched(const std::string& text, PracticeFilter filter = {}) const {
    return ids(catalog_->search(text, filter));
  }

  trousse::test::TempDir dir_;
  std::unique_ptr<PracticeCatalog> catalog_;
};

class LoadedCatalogTest : public CatalogTest {
 protected:
  void SetUp() override {
    CatalogTest::SetUp();
    catalog_ = open();
  }
};

TEST_F(LoadedCatalogTest, ValidFixturesLoadWithoutProblem) {
  EXPECT_EQ(describe(catalog_->problems()), "");
  EXPECT_TRUE(catalog_->rebuiltIndex());
}

TEST_F(LoadedCatalogTest, FindsAnyStatusAndTellsTheOrigin) {
  ASSERT_TRUE(catalog_->find("atelier-brouillon"));
  EXPECT_EQ(catalog_->find("atelier-brouillon")->status, "brouillon");
  EXPECT_EQ(catalog_->find("mediation-par-les-pairs")->origin, "catalogue Trousse");
  EXPECT_EQ(catalog_->find("cafe-des-parents")->origin, "Lycée Hugo");
  EXPECT_FALSE(catalog_->find("inconnue"));
}

TEST_F(LoadedCatalogTest, ListsPublishedInFrenchOrderOfTitles) {
  // "Écoute" sorts with E, between "Café" and "Médiation", not after "Questionnaire".
  EXPECT_THAT(ids(catalog_->list({})),
              ElementsAre("cafe-des-parents", "ecoute-active", "mediation-par-les-pairs",
                          "questionnaire-climat"));
  PracticeFilter everything;
  everything.allStatuses = true;
  EXPECT_THAT(ids(catalog_->list(everything)),
              ElementsAre("atelier-brouillon", "cafe-des-parents", "ecoute-active",
                          "mediation-par-les-pairs", "questionnaire-climat"));
}

TEST_F(LoadedCatalogTest, Filters) {
  PracticeFilter filter;
  filter.pillars = {"1"};
  EXPECT_THAT(ids(catalog_->list(filter)), ElementsAre("questionnaire-climat"));
  filter.pillars = {"prevenir les phenomenes de harcelement"};
  EXPECT_THAT(ids(catalog_->list(filter)), ElementsAre("mediation-par-les-pairs"));
  filter = {};
  filter.levels = {"college"};
  filter.audiences = {"enseignants"};
  EXPECT_THAT(ids(catalog_->list(filter)), ElementsAre("ecoute-active", "questionnaire-climat"));
  filter = {};
  filter.maxDurationMinutes = 45;
  EXPECT_THAT(ids(catalog_->list(filter)), ElementsAre("cafe-des-parents", "questionnaire-climat"));
  filter = {};
  filter.statuses = {"brouillon"};
  EXPECT_THAT(ids(catalog_->list(filter)), ElementsAre("atelier-brouillon"));
}

TEST_F(LoadedCatalogTest, UnknownFilterValueIsAUsageErrorInFrench) {
  PracticeFilter filter;
  filter.pillars = {"9"};
  EXPECT_THROW(catalog_->list(filter), UsageError);
  filter = {};
  filter.levels = {"université"};
  try {
    catalog_->search("médiation", filter);
    FAIL() << "no error";
  } catch (const UsageError& error) {
    EXPECT_THAT(error.what(), HasSubstr("niveau « université » inconnu"));
  }
}

TEST_F(LoadedCatalogTest, SearchIgnoresAccentsAndCase) {
  EXPECT_THAT(searched("MEDIATION"), ElementsAre("mediation-par-les-pairs", "ecoute-active"));
  EXPECT_THAT(searched("harcelement"), ::testing::Contains("mediation-par-les-pairs"));
  // In the title of one, "écouter" in the objectives of the other.
  EXPECT_THAT(searched("ÉCOUTE"), ElementsAre("ecoute-active", "mediation-par-les-pairs"));
}

TEST_F(LoadedCatalogTest, SearchMatchesPrefixes) {
  EXPECT_THAT(searched("médiat"), ElementsAre("mediation-par-les-pairs", "ecoute-active"));
  EXPECT_THAT(searched("questio clim"), ElementsAre("questionnaire-climat"));
}

TEST_F(LoadedCatalogTest, TitleRanksAboveBody) {
  // "médiation" is in the title of one and only in the body of the other.
  const auto hits = catalog_->search("médiation", {});
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].practice.id, "mediation-par-les-pairs");
  EXPECT_GT(hits[0].score, hits[1].score);
}

TEST_F(LoadedCatalogTest, SnippetMarksTheMatchedWords) {
  const auto hits = catalog_->search("témoignage", {});
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_THAT(hits[0].snippet, HasSubstr("«\u00a0témoignage\u00a0»"));
  EXPECT_LT(hits[0].snippet.size(), 200u);
}

TEST_F(LoadedCatalogTest, SearchKeepsDraftsForReviewersOnly) {
  EXPECT_TRUE(searched("saynète").empty());
  PracticeFilter reviewer;
  reviewer.allStatuses = true;
  EXPECT_THAT(searched("saynète", reviewer), ElementsAre("atelier-brouillon"));
}

TEST_F(LoadedCatalogTest, SearchFiltersAndLimits) {
  PracticeFilter filter;
  filter.audiences = {"enseignants"};
  EXPECT_THAT(searched("médiation", filter), ElementsAre("ecoute-active"));
  EXPECT_EQ(catalog_->search("médiation", {}, 1).size(), 1u);
}

/// A published practice with only what search reads set: its title, summary and body.
void writePractice(const fs::path& folder, const std::string& id, const std::string& title,
                   const std::string& summary, const std::string& body) {
  trousse::test::writeFile(
      folder / (id + ".md"),
      "---\nid: " + id + "\ntitre: " + title + "\nresume: " + summary +
          "\npiliers:\n  - Prévenir les phénomènes de harcèlement\nniveaux:\n  - "
          "élémentaire\npublics:\n  - élèves\nduree: 30\nparticipants: une classe\n"
          "materiel: []\nobjectifs:\n  - Agir\nliees: []\nsources:\n  - titre: Programme "
          "pHARe\n    reference: https://www.education.gouv.fr/\nstatut: publié\nauteur: "
          "Claire Martin\nrelecteur: Paul Durand\ndate_relecture: 2024-03-15\nversion: "
          "\"1.0\"\n---\n\n## Déroulement\n\n1. " +
          body + "\n\n## Points de vigilance\n\nAucun.\n\n## Indices de réussite\n\nAucun.\n");
}

TEST_F(CatalogTest, PracticesWithEveryWordComeFirstThenThoseWithSome) {
  // "cour" in a title; "médiation" and "cour" together only deep in a body, where each word
  // alone weighs far less than in a title.
  writePractice(shipped(), "amenagement-cour", "Aménagement de la cour",
                "Des espaces calmes pendant la récréation.", "Tracer des zones de jeu.");
  writePractice(shipped(), "conseil-eleves", "Conseil d'élèves",
                "Les délégués proposent des règles de vie.",
                "Parler des règles de vie. Proposer une médiation pour les disputes de la cour.");
  const auto catalog = open();
  const auto hits = catalog->search("médiation cour", {});
  // The only practice with both words first, then every practice with one of them.
  const std::vector<std::string> found = ids(hits);
  ASSERT_EQ(found.size(), 4u) << ::testing::PrintToString(found);
  EXPECT_EQ(found[0], "conseil-eleves");
  EXPECT_THAT(std::vector<std::string>(found.begin() + 1, found.end()),
              UnorderedElementsAre("mediation-par-les-pairs", "amenagement-cour", "ecoute-active"));
  for (std::size_t i = 1; i < hits.size(); ++i) EXPECT_GT(hits[0].score, hits[i].score);
  // Within those with one word, by relevance: in a title before only in a body.
  EXPECT_EQ(hits.back().practice.id, "ecoute-active");
  EXPECT_THAT(hits[0].snippet, HasSubstr("«\u00a0médiation\u00a0»"));
  EXPECT_THAT(hits[0].snippet, HasSubstr("«\u00a0cour\u00a0»"));

  // One word alone still finds only the practices that have it.
  EXPECT_THAT(ids(catalog->search("cour", {})),
              UnorderedElementsAre("amenagement-cour", "conseil-eleves"));
  // Filters apply to both groups.
  PracticeFilter filter;
  filter.levels = {"élémentaire"};
  EXPECT_THAT(ids(catalog->search("médiation cour", filter)),
              ElementsAre("conseil-eleves", "amenagement-cour"));
}

TEST_F(CatalogTest, ARepeatedWordCountsOnce) {
  const auto catalog = open();
  const auto once = catalog->search("médiation", {});
  const auto twice = catalog->search("Médiation médiation MEDIATION", {});
  ASSERT_EQ(once.size(), twice.size());
  for (std::size_t i = 0; i < once.size(); ++i) {
    EXPECT_EQ(once[i].practice.id, twice[i].practice.id);
    EXPECT_DOUBLE_EQ(once[i].score, twice[i].score);
  }
}

TEST_F(LoadedCatalogTest, HostileQueriesAreWordsNotSyntax) {
  for (const char* text : {"\"", "*", "-x", "a:b", "NEAR(", "AND OR NOT", "(((", "\"médiation",
                           "title:médiation", "^", "'; DROP TABLE practices; --", ""}) {
    EXPECT_NO_THROW(catalog_->search(text, {})) << text;
  }
  // Operators and columns mean nothing: the words are searched as written ("and", "not" and
  // "title" are in no practice, so only "médiation" and "climat" find anything).
  EXPECT_THAT(searched("\"médiation\" AND"),
              ElementsAre("mediation-par-les-pairs", "ecoute-active"));
  EXPECT_THAT(searched("NOT médiation"), ElementsAre("mediation-par-les-pairs", "ecoute-active"));
  // NOT as an operator would leave the climate questionnaire out.
  EXPECT_THAT(
      searched("médiation NOT climat"),
      UnorderedElementsAre("mediation-par-les-pairs", "ecoute-active", "questionnaire-climat"));
  EXPECT_THAT(searched("-médiation"), ElementsAre("mediation-par-les-pairs", "ecoute-active"));
  // A column filter would keep the practice with "médiation" in its title only.
  EXPECT_THAT(searched("title:médiation"), ElementsAre("mediation-par-les-pairs", "ecoute-active"));
  EXPECT_THAT(searched("(médiation)*"), ElementsAre("mediation-par-les-pairs", "ecoute-active"));
  EXPECT_TRUE(searched("\"").empty());
}

TEST_F(LoadedCatalogTest, ClosestIds) {
  EXPECT_THAT(catalog_->closestIds("mediation-pa-les-pairs"),
              ElementsAre("mediation-par-les-pairs"));
  EXPECT_THAT(catalog_->closestIds("ecoute-activ"), ElementsAre("ecoute-active"));
}

TEST_F(CatalogTest, IndexIsReusedWhenNothingChanged) {
  open();
  const auto again = open();
  EXPECT_FALSE(again->rebuiltIndex());
  EXPECT_EQ(again->find("cafe-des-parents")->origin, "Lycée Hugo");
  EXPECT_THAT(ids(again->search("médiat", {})),
              ElementsAre("mediation-par-les-pairs", "ecoute-active"));
}

TEST_F(CatalogTest, ProblemsAreKeptWithTheIndex) {
  fs::copy(fixtures() / "faults/faute-titre.md", shipped());
  const std::string first = describe(open()->problems());
  EXPECT_THAT(first, HasSubstr("faute-titre.md:3 : « Médiasion » : mot inconnu"));
  const auto again = open();
  EXPECT_FALSE(again->rebuiltIndex());
  EXPECT_EQ(describe(again->problems()), first);
}

TEST_F(CatalogTest, IndexIsRebuiltWhenAFileChanges) {
  open();
  // Same size, newer time: a touched file.
  const fs::path file = shipped() / "questionnaire-climat.md";
  fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(5));
  EXPECT_TRUE(open()->rebuiltIndex());
  EXPECT_FALSE(open()->rebuiltIndex());

  // A new word in a file is found at once.
  std::string text = trousse::test::readFile(file);
  text.replace(text.find("anonymes"), 8, "anonymes et confidentielles");
  trousse::test::writeFile(file, text);
  const auto changed = open();
  EXPECT_TRUE(changed->rebuiltIndex());
  EXPECT_THAT(ids(changed->search("confidentiel", {})), ElementsAre("questionnaire-climat"));

  // A file removed is gone.
  fs::remove(file);
  const auto removed = open();
  EXPECT_TRUE(removed->rebuiltIndex());
  EXPECT_FALSE(removed->find("questionnaire-climat"));
}

TEST_F(CatalogTest, CorruptIndexIsRebuilt) {
  open();
  const fs::path db = cache() / "catalogue.sqlite";
  ASSERT_TRUE(fs::exists(db));
  trousse::test::writeFile(db, std::string(8192, 'x'));
  const auto rebuilt = open();
  EXPECT_TRUE(rebuilt->rebuiltIndex());
  EXPECT_EQ(describe(rebuilt->problems()), "");
  EXPECT_THAT(ids(rebuilt->search("médiat", {})),
              ElementsAre("mediation-par-les-pairs", "ecoute-active"));

  // Damage in the middle of a valid file, not only garbage instead of one.
  {
    std::fstream bytes(db, std::ios::in | std::ios::out | std::ios::binary);
    bytes.seekp(static_cast<std::streamoff>(fs::file_size(db) / 2));
    bytes << std::string(4096, '\x5a');
  }
  EXPECT_TRUE(open()->rebuiltIndex());
  trousse::test::writeFile(db, "");
  EXPECT_TRUE(open()->rebuiltIndex());
}

TEST_F(CatalogTest, BrokenFilesAreSkippedAndReported) {
  fs::copy(fixtures() / "faults/yaml-casse.md", shipped());
  const auto catalog = open();
  EXPECT_THAT(describe(catalog->problems()), HasSubstr("yaml-casse.md:4 : erreur de syntaxe"));
  EXPECT_FALSE(catalog->find("yaml-casse"));
  EXPECT_EQ(catalog->list({}).size(), 4u);
}

TEST_F(CatalogTest, ALocalPracticeCannotTakeAShippedId) {
  fs::copy(shipped() / "questionnaire-climat.md", local());
  const auto catalog = open();
  EXPECT_THAT(describe(catalog->problems()),
              HasSubstr("questionnaire-climat.md:2 : identifiant « questionnaire-climat » déjà "
                        "pris par"));
  EXPECT_EQ(catalog->find("questionnaire-climat")->origin, "catalogue Trousse");
}

TEST_F(CatalogTest, MissingFolderIsAProblemNotAFailure) {
  CatalogOptions options = this->options();
  options.folders.push_back(dir_ / "absent");
  const PracticeCatalog catalog(options);
  EXPECT_THAT(describe(catalog.problems()),
              HasSubstr("absent:0 : dossier de pratiques introuvable"));
  EXPECT_EQ(catalog.list({}).size(), 4u);
}

TEST_F(LoadedCatalogTest, ManyThreadsSearchAtOnce) {
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const auto hits = catalog_->search(t % 2 ? "médiation" : "climat", {});
        const bool right =
            t % 2 ? hits.size() == 2 && hits[0].practice.id == "mediation-par-les-pairs"
                  : !hits.empty() && hits[0].practice.id == "questionnaire-climat";
        if (!right || hits[0].snippet.empty()) ++wrong;
        if (catalog_->list({}).size() != 4) ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace trousse::catalog
