// The pieces of a search that need no index: the user's words, the FTS5 query made of them,
// and the snippet.
#include "catalog/IndexTerms.hpp"
#include "catalog/SearchQuery.hpp"
#include "catalog/SearchSnippet.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::catalog {
namespace {

using ::testing::ElementsAre;

TEST(SearchQuery, FoldsWordsAndKeepsEachOnce) {
  const SearchQuery query = searchQuery("Médiation, COUR ; médiation \"cour\" élève2");
  EXPECT_THAT(query.words, ElementsAre("mediation", "cour", "eleve2"));
  EXPECT_THAT(query.typed, ElementsAre("Médiation", "COUR", "élève2"));
  EXPECT_TRUE(searchQuery("\" * -- ( ) :").words.empty());
}

TEST(SearchQuery, LeavesOutLittleWordsUnlessThereIsNothingElse) {
  EXPECT_THAT(searchQuery("Le protocole de signalement à l'école").words,
              ElementsAre("protocole", "signalement", "ecole"));
  EXPECT_THAT(searchQuery("de la").words, ElementsAre("de", "la"));
}

TEST(SearchQuery, WordsBecomeIndexTermsOrPrefixesJoinedByOr) {
  const IndexTerms terms({{"confiance", 40}, {"conflit", 30}, {"cour", 10}, {"œuvre", 2}}, 50);
  const FtsQuery fts = ftsQuery(searchQuery("conf NOT Cour zèbre œuvr"), terms);
  // "not" and "zèbre" are in no practice: they stay prefixes, which FTS5 finds nowhere.
  EXPECT_EQ(fts.text,
            "\"confiance\" OR \"conflit\" OR \"NOT\"* OR \"cour\" OR \"zèbre\"* OR \"œuvr\"*");
  EXPECT_THAT(fts.phraseWords, ElementsAre(0, 0, 1, 2, 3, 4));
}

TEST(IndexTerms, CountsPracticesByPrefixUpToAll) {
  const IndexTerms terms({{"confiance", 40}, {"conflit", 30}, {"cour", 10}}, 50);
  EXPECT_EQ(terms.practicesWithPrefix("conf"), 50);  // 70 would be more than there are
  EXPECT_EQ(terms.practicesWithPrefix("confl"), 30);
  EXPECT_EQ(terms.practicesWithPrefix("co"), 50);
  EXPECT_EQ(terms.practicesWithPrefix("x"), 0);
  EXPECT_THAT(terms.withPrefix("co", 3), ElementsAre("confiance", "conflit", "cour"));
  EXPECT_TRUE(terms.withPrefix("co", 2).empty());
}

TEST(SearchSnippet, MarksEveryWordStartingWithASearchedWord) {
  EXPECT_EQ(searchSnippet({"Médiation par les pairs", "", ""}, {"mediat"}),
            "«\u00a0Médiation\u00a0» par les pairs");
  EXPECT_EQ(searchSnippet({"Titre", "Les ÉLÈVES médiateurs, la médiation.", ""}, {"mediat"}),
            "Les ÉLÈVES «\u00a0médiateurs\u00a0», la «\u00a0médiation\u00a0»");
}

TEST(SearchSnippet, PrefersTheWindowWithMoreDifferentWordsAndCutsAroundIt) {
  const std::string body =
      "un deux trois cour quatre cinq six sept huit neuf dix onze douze treize quatorze "
      "médiation dans la cour quinze seize dix-sept dix-huit dix-neuf vingt";
  const std::string snippet =
      searchSnippet({"Titre", "Résumé sans rien", body}, {"mediation", "cour"}, 6);
  // The matches centred: as many words before as after.
  EXPECT_EQ(snippet, "…quatorze «\u00a0médiation\u00a0» dans la «\u00a0cour\u00a0» quinze…");
}

TEST(SearchSnippet, KeepsToOneLine) {
  EXPECT_EQ(searchSnippet({"", "", "Objectif\nune cour\n\n  calme"}, {"cour"}),
            "Objectif une «\u00a0cour\u00a0» calme");
}

TEST(SearchSnippet, EmptyWhenNothingMatches) {
  EXPECT_EQ(searchSnippet({"Titre", "Résumé", "Corps"}, {"cour"}), "");
  EXPECT_EQ(searchSnippet({"Titre"}, {}), "");
  EXPECT_EQ(searchSnippet({std::string("cour \xff")}, {"cour"}), "");  // not UTF-8
}

}  // namespace
}  // namespace trousse::catalog
