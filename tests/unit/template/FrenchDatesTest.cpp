#include "template/FrenchFormat.hpp"

#include <gtest/gtest.h>

namespace trousse {
namespace {

using namespace std::chrono;

TEST(FrenchDates, FirstOfTheMonthIsWrittenPremier) {
  EXPECT_EQ(french::longDate(year{2026} / December / 1), "mardi 1er décembre 2026");
  EXPECT_EQ(french::date(year{2026} / December / 1), "1er décembre 2026");
  EXPECT_EQ(french::longDate(year{2026} / November / 23), "lundi 23 novembre 2026");
}

TEST(FrenchDates, IsoDatesAreParsedAndImpossibleOnesRefused) {
  EXPECT_EQ(french::parseIsoDate("2028-02-29"), year{2028} / February / 29);
  EXPECT_FALSE(french::parseIsoDate("2026-02-30").has_value());
  EXPECT_FALSE(french::parseIsoDate("01/12/2026").has_value());
}

}  // namespace
}  // namespace trousse
