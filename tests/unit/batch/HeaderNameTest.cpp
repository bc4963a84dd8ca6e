#include "batch/HeaderName.hpp"

#include <gtest/gtest.h>

namespace trousse::batch {
namespace {

TEST(HeaderName, FoldsCaseAccentsSpacesAndPunctuation) {
  EXPECT_EQ(normaliseHeader("Prénom resp. légal1"), "prenom resp legal 1");
  EXPECT_EQ(normaliseHeader("  PRENOM   RESP LEGAL 1 "), "prenom resp legal 1");
  EXPECT_EQ(normaliseHeader("prénom_resp_légal_1"), "prenom resp legal 1");
  EXPECT_EQ(normaliseHeader("Nom Resp. Lég. 2"), "nom resp leg 2");
  EXPECT_EQ(normaliseHeader("Né(e) le"), "ne e le");
  EXPECT_EQ(normaliseHeader("NOM RL1"), "nom rl 1");
  EXPECT_EQ(normaliseHeader("Cp1"), "cp 1");
  EXPECT_EQ(normaliseHeader("Nom d’usage élève"), "nom d usage eleve");
  EXPECT_EQ(normaliseHeader("Œuvre ÆSOP Straße"), "oeuvre aesop strasse");
  EXPECT_EQ(normaliseHeader("Classe\xC2\xA0élève"), "classe eleve");  // no-break space
}

TEST(HeaderName, KeepsOtherScriptsAndDigits) {
  EXPECT_EQ(normaliseHeader("Имя ученика"), "имя ученика");
  EXPECT_EQ(normaliseHeader("2e responsable"), "2 e responsable");
  EXPECT_EQ(normaliseHeader(""), "");
  EXPECT_EQ(normaliseHeader(" ; - "), "");
}

}  // namespace
}  // namespace trousse::batch
