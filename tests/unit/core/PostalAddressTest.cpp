// La Poste's rules for an address block, as the letters plugin checks them before printing.
#include "plugins/letters/PostalAddress.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::letters {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(PostalAddress, SixLinesOf38CharactersWithThePostcodeLastPass) {
  EXPECT_THAT(postalAddressProblems({"Madame Fatou N'DIAYE", "Monsieur Julien LEFÈVRE",
                                     "Bâtiment C, appartement 41", "Résidence Les Jardins",
                                     "12, rue des Lilas", "93100 Montreuil"}),
              IsEmpty());
  // 38 characters exactly, accents counted as one character each.
  EXPECT_THAT(postalAddressProblems({"Madame Éléonore ÖZTÜRK-ÉBOUÉ-ÂÎÊÛÔÀÈÙY", "93100 Montreuil"}),
              IsEmpty());
}

TEST(PostalAddress, ASeventhLineIsTooMany) {
  EXPECT_THAT(postalAddressProblems({"A", "B", "C", "D", "E", "F", "93100 Montreuil"}),
              ElementsAre("l'adresse fait 7 lignes avec les noms ; La Poste en accepte 6 au plus"));
}

TEST(PostalAddress, ALineOf39CharactersIsNamed) {
  EXPECT_THAT(postalAddressProblems({"Madame Éléonore ÖZTÜRK-ÉBOUÉ-ÂÎÊÛÔÀÈÙYX", "93100 Montreuil"}),
              ElementsAre("la ligne 1 de l'adresse fait 39 caractères ; La Poste en accepte 38 "
                          "au plus"));
}

TEST(PostalAddress, ThePostcodeLineOrTheCountryComesLast) {
  EXPECT_THAT(
      postalAddressProblems({"Madame X", "93100 Montreuil", "12, rue des Lilas"}),
      ElementsAre(HasSubstr("la dernière ligne de l'adresse doit être celle du code postal")));
  EXPECT_THAT(postalAddressProblems({"Madame X", "12, rue des Lilas"}),
              ElementsAre(HasSubstr("la dernière ligne")));
  EXPECT_THAT(postalAddressProblems({"Madame X", "Rue de la Loi 16", "1000 Bruxelles", "BELGIQUE"}),
              IsEmpty());
  EXPECT_THAT(postalAddressProblems({"Madame X", "75011 PARIS CEDEX 11"}), IsEmpty());
}

}  // namespace
}  // namespace trousse::letters
