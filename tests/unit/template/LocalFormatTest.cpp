// Dates, times, names and salutations as each translation prints them.
#include "template/LocalFormat.hpp"
#include "template/LocalSalutation.hpp"

#include <gtest/gtest.h>

namespace {

using namespace std::chrono;
using trousse::local::date;
using trousse::local::longDate;
using trousse::local::salutation;
using trousse::local::time;
using trousse::local::upperName;

constexpr year_month_day kTuesday{year{2026}, December, day{1}};

TEST(LocalFormat, DatesInEachLanguage) {
  EXPECT_EQ(date("en", kTuesday), "1 December 2026");
  EXPECT_EQ(date("tr", kTuesday), "1 Aralık 2026");
  EXPECT_EQ(date("zh", kTuesday), "2026年12月1日");
  // Western digits, as the Maghreb writes them.
  EXPECT_EQ(date("ar", kTuesday), "1 ديسمبر 2026");
  EXPECT_EQ(date("ta", kTuesday), "1 டிசம்பர், 2026");
  EXPECT_EQ(date("", kTuesday), "1er décembre 2026");
}

TEST(LocalFormat, LongDatesPutTheWeekdayWhereEachLanguageDoes) {
  EXPECT_EQ(longDate("en", kTuesday), "Tuesday 1 December 2026");
  EXPECT_EQ(longDate("tr", kTuesday), "1 Aralık 2026 Salı");
  EXPECT_EQ(longDate("zh", kTuesday), "2026年12月1日星期二");
  EXPECT_EQ(longDate("ar", kTuesday), "الثلاثاء، 1 ديسمبر 2026");
  EXPECT_EQ(longDate("ta", kTuesday), "செவ்வாய், 1 டிசம்பர், 2026");
  EXPECT_EQ(longDate("fr", kTuesday), "mardi 1er décembre 2026");
  EXPECT_EQ(date("en", year_month_day{year{2027}, May, day{31}}), "31 May 2027");
}

TEST(LocalFormat, TimesOnTheTwentyFourHourClock) {
  EXPECT_EQ(time("en", "17:30"), "17:30");
  EXPECT_EQ(time("zh", "09:05"), "09:05");
  EXPECT_EQ(time("ar", "25:00"), std::nullopt);
  EXPECT_EQ(time("", "17:30"), "17 h 30");
}

TEST(LocalFormat, TurkishCapitalsKeepTheDot) {
  EXPECT_EQ(upperName("tr", "Demir-Yılmaz"), "DEMİR-YILMAZ");
  EXPECT_EQ(upperName("en", "Demir-Yılmaz"), "DEMIR-YILMAZ");
  EXPECT_EQ(upperName("", "N'Diaye-Lefèvre"), "N'DIAYE-LEFÈVRE");
}

TEST(LocalSalutation, FromTheRecipientsCivilities) {
  EXPECT_EQ(salutation("en", {"Madame"}), "Dear Madam");
  EXPECT_EQ(salutation("en", {"Monsieur"}), "Dear Sir");
  EXPECT_EQ(salutation("en", {"Madame", "Monsieur"}), "Dear Madam, Dear Sir");
  EXPECT_EQ(salutation("en", {}), "Dear Madam, Dear Sir");
  EXPECT_EQ(salutation("ar", {"Madame"}), "حضرة وليّة الأمر المحترمة");
  EXPECT_EQ(salutation("ar", {"Monsieur", "Madame"}), "حضرات أولياء الأمور المحترمين");
  EXPECT_EQ(salutation("tr", {"Madame"}), "Sayın Veli");
  EXPECT_EQ(salutation("zh", {"Monsieur"}), "尊敬的家长");
  EXPECT_EQ(salutation("", {"Madame"}), "Madame");
}

}  // namespace
