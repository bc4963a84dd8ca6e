#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace trousse {

/// The French school calendar of the establishment's holiday zone (A, B or C): weekends,
/// public holidays (computed, Easter-based ones included) and the school holidays shipped as
/// data for the school years Trousse knows. Read-only and safe to call from many threads.
class SchoolCalendar {
 public:
  virtual ~SchoolCalendar() = default;
  /// "A", "B" or "C"; empty when the configuration names none, or an unknown one.
  virtual std::string zone() const = 0;
  /// Whether the school holidays of the zone are known on `date` (its zone is set and its
  /// school year is in the data).
  virtual bool knows(std::chrono::year_month_day date) const = 0;
  /// Empty when knows(date); otherwise a French sentence naming what is missing (the zone, or
  /// the school year "2027-2028"), to report with the field that holds the date.
  virtual std::string whatIsMissing(std::chrono::year_month_day date) const = 0;
  /// Saturday or Sunday.
  virtual bool isWeekend(std::chrono::year_month_day date) const = 0;
  /// The public holiday's French name ("lundi de Pâques"), or nothing.
  virtual std::optional<std::string> publicHoliday(std::chrono::year_month_day date) const = 0;
  /// The school holiday's French name ("vacances d'hiver"), or nothing; nothing also when the
  /// date is not known (see knows()).
  virtual std::optional<std::string> schoolHoliday(std::chrono::year_month_day date) const = 0;
  /// A day with classes: known, not a weekend, a public holiday nor a school holiday.
  virtual bool isSchoolDay(std::chrono::year_month_day date) const = 0;
};

}  // namespace trousse
