#include "core/SchoolCalendar.hpp"
#include "plugins/par/FollowUpCalendar.hpp"
#include "support/Process.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace trousse {
namespace {

using namespace std::chrono;

std::shared_ptr<const SchoolHolidayData> shipped() {
  static const auto data =
      SchoolHolidayData::load(std::filesystem::path(TROUSSE_SOURCE_DIR) / "content" / "calendrier");
  return data;
}

year_month_day d(int y, unsigned m, unsigned day) {
  return year_month_day{year(y), month(m), std::chrono::day(day)};
}

TEST(SchoolCalendar, ShippedDataIsReadAndNamesItsYear) {
  ASSERT_TRUE(shipped()->problem().empty()) << shipped()->problem();
  ASSERT_EQ(shipped()->years().size(), 2u);
  EXPECT_EQ(shipped()->years().front().name, "2025-2026");
  EXPECT_EQ(shipped()->years().back().name, "2026-2027");
}

TEST(SchoolCalendar, EasterAndItsHolidaysAreComputed) {
  EXPECT_EQ(easterSunday(year(2024)), d(2024, 3, 31));
  EXPECT_EQ(easterSunday(year(2026)), d(2026, 4, 5));
  EXPECT_EQ(easterSunday(year(2027)), d(2027, 3, 28));
  EXPECT_EQ(easterSunday(year(2038)), d(2038, 4, 25));
  EXPECT_EQ(frenchPublicHoliday(d(2026, 4, 6)), "lundi de Pâques");
  EXPECT_EQ(frenchPublicHoliday(d(2026, 5, 14)), "Ascension");
  EXPECT_EQ(frenchPublicHoliday(d(2026, 5, 25)), "lundi de Pentecôte");
  EXPECT_EQ(frenchPublicHoliday(d(2025, 11, 11)), "armistice de 1918");
  EXPECT_EQ(frenchPublicHoliday(d(2026, 5, 8)), "victoire de 1945");
  EXPECT_FALSE(frenchPublicHoliday(d(2026, 5, 13)));
  EXPECT_FALSE(frenchPublicHoliday(d(2026, 4, 5)));  // Easter Sunday itself is not listed
}

TEST(SchoolCalendar, SchoolDaysSkipWeekendsHolidaysAndTheZonesVacations) {
  const ZoneCalendar c("C", shipped());
  EXPECT_EQ(c.zone(), "C");
  EXPECT_TRUE(c.isSchoolDay(d(2026, 1, 15)));  // a Thursday
  EXPECT_TRUE(c.isWeekend(d(2026, 1, 17)));
  EXPECT_FALSE(c.isSchoolDay(d(2026, 1, 17)));
  EXPECT_FALSE(c.isSchoolDay(d(2026, 4, 6)));                      // lundi de Pâques
  EXPECT_EQ(c.schoolHoliday(d(2026, 2, 23)), "vacances d'hiver");  // zone C: 21 Feb – 8 Mar
  EXPECT_TRUE(c.isSchoolDay(d(2026, 3, 9)));                       // classes resume
  EXPECT_EQ(c.schoolHoliday(d(2026, 5, 15)), "pont de l'Ascension");
  EXPECT_EQ(c.schoolHoliday(d(2025, 12, 24)), "vacances de Noël");
  EXPECT_FALSE(c.schoolHoliday(d(2026, 1, 5)));  // the day classes resume is not a holiday
  EXPECT_EQ(c.schoolHoliday(d(2026, 8, 20)), "vacances d'été");

  // The same Monday is a holiday in zone A only.
  const ZoneCalendar a("a ", shipped());
  EXPECT_EQ(a.zone(), "A");
  EXPECT_EQ(a.schoolHoliday(d(2026, 2, 9)), "vacances d'hiver");
  EXPECT_TRUE(c.isSchoolDay(d(2026, 2, 9)));
}

TEST(SchoolCalendar, UnknownZonesAndYearsAreNamed) {
  const ZoneCalendar none("", shipped());
  EXPECT_FALSE(none.knows(d(2026, 1, 15)));
  EXPECT_NE(none.whatIsMissing(d(2026, 1, 15)).find("etablissement.zone"), std::string::npos);
  const ZoneCalendar wrong("D", shipped());
  EXPECT_EQ(wrong.zone(), "");
  EXPECT_NE(wrong.whatIsMissing(d(2026, 1, 15)).find("« D »"), std::string::npos);
  const ZoneCalendar c("C", shipped());
  EXPECT_TRUE(c.knows(d(2025, 9, 1)));
  EXPECT_FALSE(c.knows(d(2027, 9, 1)));
  EXPECT_FALSE(c.isSchoolDay(d(2027, 9, 1)));
  EXPECT_EQ(c.whatIsMissing(d(2027, 9, 14)),
            "les vacances scolaires de l'année 2027-2028 ne sont pas connues de Trousse (années "
            "connues : 2025-2026, 2026-2027)");
  EXPECT_NE(c.whatIsMissing(d(2025, 6, 2)).find("2024-2025"), std::string::npos);
  const ZoneCalendar missing("C", SchoolHolidayData::load("/nonexistent"));
  EXPECT_NE(missing.whatIsMissing(d(2026, 1, 15)).find("introuvable"), std::string::npos);
}

TEST(SchoolCalendar, PeriodsNotYetPublishedForAZoneAreNotKnownThere) {
  // 2026-2027: the winter and spring holidays of zones A and B are not in the shipped data.
  const ZoneCalendar a("A", shipped());
  const ZoneCalendar c("C", shipped());
  EXPECT_EQ(a.schoolHoliday(d(2026, 12, 21)), "vacances de Noël");
  EXPECT_TRUE(a.isSchoolDay(d(2027, 1, 15)));
  EXPECT_FALSE(a.knows(d(2027, 2, 10)));
  EXPECT_FALSE(a.isSchoolDay(d(2027, 2, 10)));
  EXPECT_EQ(a.whatIsMissing(d(2027, 2, 10)),
            "les dates des vacances d'hiver 2026-2027 de la zone A ne sont pas connues de Trousse");
  EXPECT_TRUE(a.knows(d(2027, 3, 8)));  // the day every zone is back
  EXPECT_TRUE(c.knows(d(2027, 2, 10)));
  EXPECT_EQ(c.schoolHoliday(d(2027, 2, 10)), "vacances d'hiver");
  EXPECT_TRUE(c.isSchoolDay(d(2027, 2, 22)));
  EXPECT_FALSE(c.knows(d(2027, 5, 7)));  // the Ascension bridge, not yet known anywhere
  EXPECT_EQ(c.publicHoliday(d(2027, 5, 6)), "Ascension");
}

TEST(SchoolCalendar, MalformedDataIsRefused) {
  EXPECT_THROW(SchoolHolidayData::parse(R"({"annees": [{"annee": "x"}]})"), std::exception);
  EXPECT_THROW(SchoolHolidayData::parse(
                   R"({"annees": [{"annee": "x", "rentree": "2025-02-30", "fin": "2026-01-01",
                       "vacances": []}]})"),
               std::exception);
}

TEST(FollowUpCalendar, EveryThreeWeeksFromTheSignatureOnSchoolDays) {
  const ZoneCalendar c("C", shipped());
  const auto rhythm = par::parseRhythm("toutes les 3 semaines");
  ASSERT_TRUE(rhythm);
  const par::FollowUp f = par::computeFollowUp(d(2026, 1, 15), 4, *rhythm, c);
  ASSERT_FALSE(f.unknownDate);
  EXPECT_EQ(f.end, d(2026, 5, 15));
  // 15 May is the pont de l'Ascension, 14 May Ascension: the last school day is the 13th.
  EXPECT_EQ(f.finalReview, d(2026, 5, 13));
  // 5 Feb; 26 Feb is in zone C's winter holidays → 9 Mar; 30 Mar; 20 Apr in spring holidays →
  // 4 May; 25 May is after the final review.
  const std::vector<year_month_day> expected{d(2026, 2, 5), d(2026, 3, 9), d(2026, 3, 30),
                                             d(2026, 5, 4)};
  EXPECT_EQ(f.milestones, expected);
  for (const auto& day : f.milestones) EXPECT_TRUE(c.isSchoolDay(day));
}

TEST(FollowUpCalendar, MonthlyAndZoneDependent) {
  const ZoneCalendar a("A", shipped());
  const par::FollowUp f =
      par::computeFollowUp(d(2026, 1, 31), 3, *par::parseRhythm("tous les mois"), a);
  ASSERT_FALSE(f.unknownDate);
  EXPECT_EQ(f.end, d(2026, 4, 30));
  // 28 Feb (31 Jan + 1 month, clamped) is a Saturday → Monday 2 March; then 2 April, two days
  // before zone A's spring holidays; 2 May would follow the final review.
  const std::vector<year_month_day> expected{d(2026, 3, 2), d(2026, 4, 2)};
  EXPECT_EQ(f.milestones, expected);
  EXPECT_EQ(f.finalReview, d(2026, 4, 30));
  EXPECT_FALSE(par::parseRhythm("tous les jours"));
}

TEST(FollowUpCalendar, AYearNotInTheDataStopsTheComputation) {
  const ZoneCalendar c("C", shipped());
  const par::FollowUp f =
      par::computeFollowUp(d(2027, 6, 7), 6, *par::parseRhythm("toutes les 4 semaines"), c);
  ASSERT_TRUE(f.unknownDate);
  EXPECT_FALSE(c.knows(*f.unknownDate));
}

TEST(FollowUpCalendar, AddMonthsClampsToTheMonthsEnd) {
  EXPECT_EQ(par::addMonths(d(2026, 1, 31), 1), d(2026, 2, 28));
  EXPECT_EQ(par::addMonths(d(2025, 11, 30), 3), d(2026, 2, 28));
  EXPECT_EQ(par::addMonths(d(2025, 12, 15), 1), d(2026, 1, 15));
}

}  // namespace
}  // namespace trousse

namespace trousse {
namespace {

TEST(SchoolCalendar, AnEstablishmentAddsAYearNotShippedYet) {
  test::TempDir local;
  // A test year, not real dates: the establishment copies its own from the ministry's calendar.
  test::writeFile(local / "vacances-scolaires.json", R"({"annees": [{
    "annee": "2030-2031", "rentree": "2030-09-02", "fin": "2031-08-31",
    "vacances": [{"nom": "vacances d'essai", "zones": ["C"], "debut": "2030-10-19",
                  "reprise": "2030-11-04"}]}]})");
  const auto data = SchoolHolidayData::load(
      std::filesystem::path(TROUSSE_SOURCE_DIR) / "content" / "calendrier", local.path());
  ASSERT_TRUE(data->problem().empty()) << data->problem();
  EXPECT_EQ(data->years().size(), 3u);  // the shipped years are kept
  const ZoneCalendar zoneC("C", data);
  EXPECT_TRUE(zoneC.knows(d(2030, 10, 22)));
  EXPECT_EQ(zoneC.schoolHoliday(d(2030, 10, 22)), "vacances d'essai");
  EXPECT_TRUE(zoneC.isSchoolDay(d(2030, 11, 4)));
  EXPECT_TRUE(zoneC.knows(d(2026, 2, 23)));
}

TEST(SchoolCalendar, AMalformedLocalFileIsSaid) {
  test::TempDir local;
  test::writeFile(local / "vacances-scolaires.json", "{ pas du JSON");
  const auto data = SchoolHolidayData::load(
      std::filesystem::path(TROUSSE_SOURCE_DIR) / "content" / "calendrier", local.path());
  EXPECT_NE(data->problem().find("illisible"), std::string::npos) << data->problem();
  EXPECT_EQ(data->years().size(), 2u);
}

}  // namespace
}  // namespace trousse
