#include "plugins/par/FollowUpCalendar.hpp"

namespace trousse::par {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

struct Choice {
  const char* text;
  Rhythm rhythm;
};

const std::vector<Choice>& choices() {
  static const std::vector<Choice> all = {
      {"toutes les 2 semaines", {2, 0}}, {"toutes les 3 semaines", {3, 0}},
      {"toutes les 4 semaines", {4, 0}}, {"toutes les 6 semaines", {6, 0}},
      {"tous les mois", {0, 1}},         {"tous les 2 mois", {0, 2}},
  };
  return all;
}

year_month_day advance(year_month_day from, Rhythm rhythm) {
  if (rhythm.months > 0) return addMonths(from, rhythm.months);
  return year_month_day(sys_days(from) + days(7 * rhythm.weeks));
}

}  // namespace

std::optional<Rhythm> parseRhythm(const std::string& text) {
  for (const Choice& choice : choices()) {
    if (text == choice.text) return choice.rhythm;
  }
  return std::nullopt;
}

const std::vector<std::string>& rhythmChoices() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> all;
    for (const Choice& choice : choices()) all.emplace_back(choice.text);
    return all;
  }();
  return texts;
}

year_month_day addMonths(year_month_day date, int months) {
  const std::chrono::year_month shifted =
      std::chrono::year_month(date.year(), date.month()) + std::chrono::months(months);
  const std::chrono::day last =
      std::chrono::year_month_day_last(shifted.year(), std::chrono::month_day_last(shifted.month()))
          .day();
  return year_month_day(shifted.year(), shifted.month(), std::min(date.day(), last));
}

FollowUp computeFollowUp(year_month_day signature, int months, Rhythm rhythm,
                         const SchoolCalendar& calendar) {
  FollowUp result;
  result.end = addMonths(signature, months);
  // The final review: the last school day of the duration.
  year_month_day day = result.end;
  while (true) {
    if (!calendar.knows(day)) {
      result.unknownDate = day;
      return result;
    }
    if (calendar.isSchoolDay(day)) break;
    day = year_month_day(sys_days(day) - days(1));
  }
  result.finalReview = day;
  if (sys_days(result.finalReview) <= sys_days(signature)) return result;

  year_month_day previous = signature;
  while (true) {
    year_month_day next = advance(previous, rhythm);
    while (sys_days(next) < sys_days(result.finalReview)) {
      if (!calendar.knows(next)) {
        result.unknownDate = next;
        return result;
      }
      if (calendar.isSchoolDay(next)) break;
      next = year_month_day(sys_days(next) + days(1));
    }
    if (sys_days(next) >= sys_days(result.finalReview)) break;
    result.milestones.push_back(next);
    previous = next;
  }
  return result;
}

std::string whyNotSchoolDay(year_month_day date, const SchoolCalendar& calendar) {
  const std::chrono::weekday weekday{sys_days(date)};
  if (weekday == std::chrono::Saturday) return "un samedi";
  if (weekday == std::chrono::Sunday) return "un dimanche";
  if (auto holiday = calendar.publicHoliday(date)) return "un jour férié (" + *holiday + ")";
  if (auto holiday = calendar.schoolHoliday(date)) {
    return "pendant une période sans classe (" + *holiday + ", zone " + calendar.zone() + ")";
  }
  return {};
}

}  // namespace trousse::par
