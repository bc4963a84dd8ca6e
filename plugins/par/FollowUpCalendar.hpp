#pragma once

#include <trousse/SchoolCalendar.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace trousse::par {

/// How often the protocol is reviewed, as the data file names it.
struct Rhythm {
  int weeks = 0;   ///< every N weeks, or
  int months = 0;  ///< every N months
};

/// "toutes les 3 semaines", "tous les mois"…; nothing for another text.
std::optional<Rhythm> parseRhythm(const std::string& text);
/// The choices parseRhythm() accepts, in order.
const std::vector<std::string>& rhythmChoices();

/// `date` plus `months` calendar months, the day kept or clamped to the month's end.
std::chrono::year_month_day addMonths(std::chrono::year_month_day date, int months);

/// The follow-up calendar of a protocol signed on `signature` for `months` months.
struct FollowUp {
  std::chrono::year_month_day end;          ///< signature + duration: the protocol ends on this day
  std::chrono::year_month_day finalReview;  ///< the last school day on or before `end`
  std::vector<std::chrono::year_month_day> milestones;  ///< reviews before the final one
  /// When a date needed is outside the known calendar: that date (nothing else is set).
  std::optional<std::chrono::year_month_day> unknownDate;
};

/// Milestones every `rhythm` from the signature, each one counted from the previous milestone
/// and moved forward to the next school day (weekends, public holidays and the zone's school
/// holidays skipped), strictly before the final review; the final review is the last school
/// day of the duration.
FollowUp computeFollowUp(std::chrono::year_month_day signature, int months, Rhythm rhythm,
                         const SchoolCalendar& calendar);

/// Why `date` is not a school day, in French ("un samedi", "pendant les vacances d'hiver"), or
/// empty when it is one. The date must be known to the calendar.
std::string whyNotSchoolDay(std::chrono::year_month_day date, const SchoolCalendar& calendar);

}  // namespace trousse::par
