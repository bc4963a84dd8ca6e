#include "template/FrenchFormat.hpp"

#include <gtest/gtest.h>

using namespace std::chrono;
namespace french = trousse::french;

TEST(FrenchFormat, ParsesIsoDates) {
  const auto date = french::parseIsoDate("2026-12-01");
  ASSERT_TRUE(date);
  EXPECT_EQ(*date, year{2026} / December / day{1});
  EXPECT_TRUE(french::parseIsoDate("2024-02-29"));  // leap year
}

TEST(FrenchFormat, RefusesDatesThatDoNotExistOrAreNotIso) {
  for (const char* text :
       {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-12-00", "01/12/2026",
        "2026-1-01", "2026-12-1", "20261201", "", "2026-12-01x", "abcd-ef-gh"}) {
    EXPECT_FALSE(french::parseIsoDate(text)) << text;
  }
}

TEST(FrenchFormat, LongDateHasWeekdayAndFirstAsOrdinal) {
  EXPECT_EQ(french::longDate(year{2026} / December / day{1}), "mardi 1er décembre 2026");
  EXPECT_EQ(french::longDate(year{2026} / November / day{23}), "lundi 23 novembre 2026");
  EXPECT_EQ(french::longDate(year{2027} / August / day{15}), "dimanche 15 août 2027");
  EXPECT_EQ(french::longDate(year{2026} / February / day{1}), "dimanche 1er février 2026");
}

TEST(FrenchFormat, DateWithoutWeekday) {
  EXPECT_EQ(french::date(year{2026} / December / day{1}), "1er décembre 2026");
  EXPECT_EQ(french::date(year{2026} / November / day{22}), "22 novembre 2026");
  EXPECT_EQ(french::date(year{2027} / January / day{2}), "2 janvier 2027");
}

TEST(FrenchFormat, TimesInFrenchStyle) {
  EXPECT_EQ(french::time("17:30"), "17 h 30");
  EXPECT_EQ(french::time("09:00"), "9 h");
  EXPECT_EQ(french::time("08:05"), "8 h 05");
  EXPECT_EQ(french::time("00:00"), "0 h");
  EXPECT_EQ(french::time("23:59"), "23 h 59");
}

TEST(FrenchFormat, RefusesInvalidTimes) {
  for (const char* text : {"24:00", "12:60", "9:30", "0930", "12h30", "", "aa:bb", "12:3"}) {
    EXPECT_FALSE(french::time(text)) << text;
  }
}

TEST(FrenchFormat, UpperNameKeepsAccentsHyphensAndApostrophes) {
  EXPECT_EQ(french::upperName("N'Diaye-Lefèvre"), "N'DIAYE-LEFÈVRE");
  EXPECT_EQ(french::upperName("Nguyễn"), "NGUYỄN");
  EXPECT_EQ(french::upperName("Çelik"), "ÇELIK");
  EXPECT_EQ(french::upperName("Wiśniewska"), "WIŚNIEWSKA");
  EXPECT_EQ(french::upperName("Yılmaz"), "YILMAZ");
  EXPECT_EQ(french::upperName("d’Alembert"), "D’ALEMBERT");
  EXPECT_EQ(french::upperName("Ørsted Œuvre"), "ØRSTED ŒUVRE");
  EXPECT_EQ(french::upperName("王"), "王");
  EXPECT_EQ(french::upperName("محمد"), "محمد");
}
