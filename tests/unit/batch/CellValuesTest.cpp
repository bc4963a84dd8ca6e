#include "batch/CellValues.hpp"

#include <gtest/gtest.h>

namespace trousse::batch::cell_values {
namespace {

TEST(CellValues, FrenchAndIsoDates) {
  EXPECT_EQ(isoDate("01/12/2026"), "2026-12-01");
  EXPECT_EQ(isoDate(" 1/2/2012 "), "2012-02-01");
  EXPECT_EQ(isoDate("01-12-2026"), "2026-12-01");
  EXPECT_EQ(isoDate("01.12.2026"), "2026-12-01");
  EXPECT_EQ(isoDate("2026-12-01"), "2026-12-01");
  EXPECT_EQ(isoDate("29/02/2024"), "2024-02-29");
  EXPECT_EQ(isoDate("29/02/2026"), std::nullopt);  // not a leap year
  EXPECT_EQ(isoDate("31/04/2026"), std::nullopt);
  EXPECT_EQ(isoDate("12/31/2026"), std::nullopt);  // month first is not French
  EXPECT_EQ(isoDate("01/12/26"), std::nullopt);    // a two-digit year is ambiguous
  EXPECT_EQ(isoDate("1er décembre"), std::nullopt);
  EXPECT_EQ(isoDate(""), std::nullopt);
}

TEST(CellValues, Times) {
  EXPECT_EQ(clockTime("17:30"), "17:30");
  EXPECT_EQ(clockTime("17h30"), "17:30");
  EXPECT_EQ(clockTime("17 h 30"), "17:30");
  EXPECT_EQ(clockTime("17H"), "17:00");
  EXPECT_EQ(clockTime("9h05"), "09:05");
  EXPECT_EQ(clockTime("9:05"), "09:05");
  EXPECT_EQ(clockTime("17:30:00"), "17:30");
  EXPECT_EQ(clockTime("17:30:15"), std::nullopt);
  EXPECT_EQ(clockTime("24:00"), std::nullopt);
  EXPECT_EQ(clockTime("17h5"), std::nullopt);
  EXPECT_EQ(clockTime("midi"), std::nullopt);
}

TEST(CellValues, Booleans) {
  for (const char* yes : {"oui", "OUI", "Oui", "o", "vrai", "x", "X", "1", "true", "yes"}) {
    EXPECT_EQ(boolean(yes), true) << yes;
  }
  for (const char* no : {"non", "NON", "n", "faux", "0", "false", "no"}) {
    EXPECT_EQ(boolean(no), false) << no;
  }
  EXPECT_EQ(boolean("peut-être"), std::nullopt);
  EXPECT_EQ(boolean("2"), std::nullopt);
}

TEST(CellValues, Numbers) {
  EXPECT_EQ(number("12"), 12.0);
  EXPECT_EQ(number("-3"), -3.0);
  EXPECT_EQ(number("1,5"), 1.5);
  EXPECT_EQ(number("1.5"), 1.5);
  EXPECT_EQ(number("1 234,5"), 1234.5);
  EXPECT_EQ(number("1\xC2\xA0"
                   "234"),
            1234.0);  // no-break space
  EXPECT_EQ(number("1\xE2\x80\xAF"
                   "234,25"),
            1234.25);  // narrow no-break space
  EXPECT_EQ(number("12 demi-journées"), std::nullopt);
  EXPECT_EQ(number("1e5"), std::nullopt);
  EXPECT_EQ(number(""), std::nullopt);
}

TEST(CellValues, ChoicesAndCivilities) {
  const std::vector<std::string> civilities = {"Madame", "Monsieur"};
  EXPECT_EQ(choice("Madame", civilities), "Madame");
  EXPECT_EQ(choice("MONSIEUR", civilities), "Monsieur");
  EXPECT_EQ(choice(" madame ", civilities), "Madame");
  EXPECT_EQ(choice("MME", civilities), "Madame");
  EXPECT_EQ(choice("Mme", civilities), "Madame");
  EXPECT_EQ(choice("M.", civilities), "Monsieur");
  EXPECT_EQ(choice("M", civilities), "Monsieur");
  EXPECT_EQ(choice("Mr", civilities), "Monsieur");
  EXPECT_EQ(choice("Mlle", civilities), std::nullopt);  // not among these choices
  EXPECT_EQ(choice("Dr", civilities), std::nullopt);
  EXPECT_EQ(choice("Mlle", {"Madame", "Mademoiselle"}), "Mademoiselle");
  EXPECT_EQ(choice("élevé", {"Faible", "Élevé"}), "Élevé");
}

// The student's sex as SIECLE, ONDE and Pronote write it, to the letter the templates choose from.
TEST(CellValues, StudentsSex) {
  const std::vector<std::string> sexes = {"F", "M"};
  EXPECT_EQ(choice("F", sexes), "F");
  EXPECT_EQ(choice("m", sexes), "M");
  EXPECT_EQ(choice("Féminin", sexes), "F");
  EXPECT_EQ(choice("MASCULIN", sexes), "M");
  EXPECT_EQ(choice("Garçon", sexes), "M");
  EXPECT_EQ(choice("2", sexes), "F");  // INSEE code
  EXPECT_EQ(choice("1", sexes), "M");
  EXPECT_EQ(choice("X", sexes), std::nullopt);
  // Civilities keep their own reading: "M" is Monsieur there.
  EXPECT_EQ(choice("M", {"Madame", "Monsieur"}), "Monsieur");
}

}  // namespace
}  // namespace trousse::batch::cell_values
