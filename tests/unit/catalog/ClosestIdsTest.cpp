#include "catalog/ClosestIds.hpp"
#include "catalog/FrenchText.hpp"

#include <gtest/gtest.h>

namespace trousse::catalog {
namespace {

const std::vector<std::string> kIds = {"mediation-par-les-pairs", "methode-preoccupation-partagee",
                                       "questionnaire-climat", "conseil-de-vie-collegienne"};

TEST(ClosestIds, ProposesTheIdWithOneLetterWrong) {
  EXPECT_EQ(closestIds("mediaton-par-les-pairs", kIds),
            std::vector<std::string>{"mediation-par-les-pairs"});
}

TEST(ClosestIds, IgnoresAccentsAndCase) {
  EXPECT_EQ(closestIds("Questionnaire-Climat", kIds),
            std::vector<std::string>{"questionnaire-climat"});
  EXPECT_EQ(closestIds("médiation-par-les-pairs", kIds).front(), "mediation-par-les-pairs");
}

TEST(ClosestIds, ProposesNothingFarAway) {
  EXPECT_TRUE(closestIds("sortie-scolaire", kIds).empty());
}

TEST(ClosestIds, NearestFirstAndLimited) {
  const std::vector<std::string> ids = {"abcd-efgh", "abcd-efgx", "abcd-efxx", "abcd-exxx"};
  EXPECT_EQ(closestIds("abcd-efgh", ids, 2), (std::vector<std::string>{"abcd-efgh", "abcd-efgx"}));
}

TEST(EditDistance, CountsCharactersNotBytes) {
  EXPECT_EQ(editDistance("élève", "eleve"), 2u);
  EXPECT_EQ(editDistance("", "abc"), 3u);
  EXPECT_EQ(editDistance("chat", "chats"), 1u);
}

}  // namespace
}  // namespace trousse::catalog
