// The letters plugin checks a letter's facts against each other before anything is printed:
// dates against the letter's own date and the school calendar, absences against the law's
// threshold, keys against the template. One test per check, through the PDF's text.

#include "CliLetterFixture.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class CliLetterChecksTest : public CliLetterTest {
 protected:
  Poco::JSON::Object::Ptr example(const std::string& kind) { return letterExample(kind); }
  ProcessResult render(const std::string& kind, const Poco::JSON::Object::Ptr& data) {
    return renderLetter(kind, data);
  }
  static void set(const Poco::JSON::Object::Ptr& data, const std::string& group,
                  const std::string& key, const std::string& value) {
    data->getObject(group)->set(key, value);
  }
  static Poco::JSON::Array::Ptr absences(
      const std::vector<std::pair<std::string, std::string>>& days) {
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& [day, moment] : days) {
      Poco::JSON::Object::Ptr absence = new Poco::JSON::Object;
      absence->set("jour", day);
      absence->set("moment", moment);
      list->add(absence);
    }
    return list;
  }
  static std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
  }
};

TEST_F(CliLetterChecksTest, TheLetterDateIsSetByDateCourrier) {
  auto data = example("convocation");
  data->set("date_courrier", "2026-11-20");
  ASSERT_EQ(render("convocation", data).exitCode, 0);
  EXPECT_THAT(text_, HasSubstr("Montreuil, le 20 novembre 2026"));
  data->set("date_courrier", "2026-11-02");
  ASSERT_EQ(render("convocation", data).exitCode, 0);
  EXPECT_THAT(text_, HasSubstr("Montreuil, le 2 novembre 2026"));
}

TEST_F(CliLetterChecksTest, AMeetingBeforeTheLetterIsRefused) {
  auto data = example("convocation");
  set(data, "rdv", "date", "2026-11-17");
  const ProcessResult result = render("convocation", data);
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("rdv.date : le 17 novembre 2026 est antérieur à la date du "
                                    "courrier (20 novembre 2026)"));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));
}

TEST_F(CliLetterChecksTest, AFollowUpBeforeTheLetterIsRefused) {
  auto data = example("harcelement-victime");
  data->set("date_courrier", "2026-11-25");
  const ProcessResult result = render("harcelement-victime", data);
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("suivis.1.jour : le 24 novembre 2026 est antérieur"));
}

TEST_F(CliLetterChecksTest, AFactAfterTheLetterIsRefused) {
  auto data = example("harcelement-victime");
  set(data, "signalement", "date", "2026-11-21");
  const ProcessResult result = render("harcelement-victime", data);
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("signalement.date : le 21 novembre 2026 est postérieur"));
}

TEST_F(CliLetterChecksTest, AMeetingOnAWeekendIsWarned) {
  auto data = example("convocation");
  set(data, "rdv", "date", "2026-11-28");
  const ProcessResult result = render("convocation", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("rdv.date : le 28 novembre 2026 tombe un week-end"));
}

TEST_F(CliLetterChecksTest, AMeetingOnAPublicHolidayIsWarned) {
  auto data = example("convocation");
  set(data, "rdv", "date", "2026-12-25");
  const ProcessResult result = render("convocation", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("rdv.date : le 25 décembre 2026 est un jour férié (Noël)"));
}

TEST_F(CliLetterChecksTest, AMeetingInTheSchoolHolidaysOfTheZoneIsWarned) {
  auto data = example("convocation");
  data->set("date_courrier", "2026-02-02");
  set(data, "rdv", "date", "2026-02-24");  // zone C's winter holidays
  const ProcessResult result = render("convocation", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("rdv.date : le 24 février 2026 tombe pendant les vacances"));
  set(data, "rdv", "date", "2026-03-17");
  const ProcessResult schoolDay = render("convocation", data);
  ASSERT_EQ(schoolDay.exitCode, 0) << schoolDay.err;
  EXPECT_THAT(schoolDay.err, Not(HasSubstr("rdv.date")));
}

TEST_F(CliLetterChecksTest, AnUnknownSchoolYearIsSaidOnceAndDoesNotStopTheLetter) {
  auto data = example("harcelement-victime");
  // Two follow-ups in 2027-2028, a year the shipped data does not know.
  Poco::JSON::Array::Ptr followUps = data->getArray("suivis");
  followUps->getObject(0)->set("jour", "2027-09-14");
  followUps->getObject(1)->set("jour", "2027-09-21");
  const ProcessResult result = render("harcelement-victime", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(count(result.err, "non vérifiées contre les vacances scolaires"), 1u) << result.err;
  EXPECT_THAT(result.err, HasSubstr("2027-2028"));
}

TEST_F(CliLetterChecksTest, AMeetingWithinTheNoticePeriodIsWarned) {
  auto data = example("convocation");
  set(data, "rdv", "date", "2026-11-23");  // three days after the letter: enough by default
  ASSERT_EQ(render("convocation", data).exitCode, 0);
  EXPECT_THAT(render("convocation", data).err, Not(HasSubstr("délai de prévenance")));
  data->set("delai_prevenance", 5);
  const ProcessResult result = render("convocation", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("rdv.date : le 23 novembre 2026 n'est qu'à 3 jours de la "
                                    "date du courrier (délai de prévenance : 5 jours)"));
}

TEST_F(CliLetterChecksTest, AnUnknownKeyIsWarnedByName) {
  auto data = example("convocation");
  data->getObject("rdv")->set("dat", "2026-12-02");
  data->set("motiff", "typo");
  const ProcessResult result = render("convocation", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("rdv.dat : clé inconnue de ce modèle"));
  EXPECT_THAT(result.err, HasSubstr("motiff : clé inconnue de ce modèle"));
}

TEST_F(CliLetterChecksTest, AbsencesOnDaysWithoutClassAreRefused) {
  auto data = example("absences");
  data->set("absences", absences({{"2026-11-15", "matin"}, {"2026-11-11", "matin"}}));
  const ProcessResult result = render("absences", data);
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("absences.1.jour : le 15 novembre 2026 est un dimanche"));
  EXPECT_THAT(result.err, HasSubstr("absences.2.jour : le 11 novembre 2026 est un jour férié"));
}

TEST_F(CliLetterChecksTest, AbsencesInTheSchoolHolidaysAreRefused) {
  auto data = example("absences");
  data->set("date_courrier", "2026-03-20");
  data->set("absences", absences({{"2026-02-24", "matin"}, {"2026-03-10", "matin"}}));
  const ProcessResult result = render("absences", data);
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("absences.1.jour : le 24 février 2026 tombe pendant"));
  EXPECT_THAT(result.err, Not(HasSubstr("absences.2.jour")));
}

TEST_F(CliLetterChecksTest, ACountThatDisagreesWithTheDatesIsRefused) {
  auto data = example("absences");
  data->set("demi_journees", 5);  // the dates give 4: a whole day counts two
  const ProcessResult result = render("absences", data);
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("demi_journees : le nombre saisi (5) ne correspond pas aux "
                                    "dates, qui comptent 4 demi-journées"));
  data->set("demi_journees", 4);
  EXPECT_EQ(render("absences", data).exitCode, 0);
  EXPECT_THAT(text_, HasSubstr("soit 4 demi-journées"));
}

TEST_F(CliLetterChecksTest, TheThresholdIsComputedFromTheDates) {
  auto data = example("absences");
  // Seven half-days in November, "not reached" ticked: the dates win, and the user is told.
  data->remove("demi_journees");
  data->set("seuil_atteint", false);
  data->set("absences", absences({{"2026-11-02", "journée entière"},
                                  {"2026-11-03", "journée entière"},
                                  {"2026-11-05", "journée entière"},
                                  {"2026-11-06", "matin"}}));
  ProcessResult result = render("absences", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("seuil_atteint : la valeur saisie contredit les dates"));
  EXPECT_THAT(text_, HasSubstr("soit 7 demi-journées"));
  EXPECT_THAT(text_, HasSubstr("atteignent le seuil de quatre demi-journées"));

  // Two in October and two in November: four, but never four in one month.
  data->remove("seuil_atteint");
  data->set("absences",
            absences({{"2026-10-12", "journée entière"}, {"2026-11-16", "journée entière"}}));
  result = render("absences", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(text_, HasSubstr("À partir de quatre demi-journées non justifiées dans le mois"));
  EXPECT_THAT(text_, Not(HasSubstr("atteignent le seuil")));
}

TEST_F(CliLetterChecksTest, TheLetterSaysWhatFollowsInTheLawsOrder) {
  ASSERT_EQ(render("absences", example("absences")).exitCode, 0);
  const auto dasen = text_.find("avertissement");
  const auto team = text_.find("l'équipe éducative se réunirait");
  const auto teamCurly = text_.find("l’équipe éducative se réunirait");
  ASSERT_NE(dasen, std::string::npos);
  const auto teamAt = team != std::string::npos ? team : teamCurly;
  ASSERT_NE(teamAt, std::string::npos) << text_;
  EXPECT_LT(dasen, teamAt);
  EXPECT_THAT(text_, Not(HasSubstr("contrat de responsabilité parentale")));
  EXPECT_THAT(text_, Not(HasSubstr("allocations")));
}

TEST_F(CliLetterChecksTest, TheGreetingFollowsTheRecipients) {
  auto data = example("convocation");
  Poco::JSON::Array::Ptr adults = data->getArray("responsables");
  adults->remove(0);  // the father alone
  ASSERT_EQ(render("convocation", data).exitCode, 0);
  EXPECT_THAT(text_, HasSubstr("Monsieur, Je vous prie"));
  EXPECT_THAT(text_, HasSubstr("agréer, Monsieur, l"));
  EXPECT_THAT(text_, Not(HasSubstr("Madame")));
}

}  // namespace
}  // namespace trousse::test
