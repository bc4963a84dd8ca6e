#pragma once

#include <trousse/Plugin.hpp>

#include <Poco/JSON/Object.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace trousse::letters {

/// "2026-12-01" read from `field` (a dotted path) of `data`, or nothing when absent or not
/// an ISO date (the schema check reports the latter).
std::optional<std::chrono::year_month_day> dateAt(const Poco::JSON::Object& data,
                                                  const std::string& field);

/// The letter's own date: `date_courrier` when given, else the request's today().
std::chrono::year_month_day letterDate(const Poco::JSON::Object& data,
                                       const RenderContext& context);

/// "1er décembre 2026", for messages.
std::string frenchDate(std::chrono::year_month_day date);

/// The dates of one letter checked against its own date and the school calendar. Errors are
/// collected (the letter is refused with all of them at once), warnings go to the context;
/// a calendar that does not know a date's school year is said once, not once per date.
class DateChecks {
 public:
  DateChecks(const RenderContext& context, std::chrono::year_month_day letterDate, int noticeDays);

  /// A meeting, a follow-up or a deadline: not before the letter (error); not on a weekend,
  /// a public holiday or in the school holidays, nor within the notice period (warnings).
  void upcoming(const std::string& field, std::chrono::year_month_day date);
  /// Something that has happened (a report, a first meeting): not after the letter (error).
  void past(const std::string& field, std::chrono::year_month_day date);
  /// Reports the school holidays around `date` ("vacances d'hiver"), or nothing; says once
  /// when the calendar cannot tell.
  std::optional<std::string> schoolHoliday(const std::string& field,
                                           std::chrono::year_month_day date);

  void error(const std::string& field, const std::string& message);
  /// Throws InvalidData with every error, if any.
  void throwIfAny() const;

 private:
  const RenderContext& context_;
  std::chrono::year_month_day letterDate_;
  int noticeDays_;
  std::vector<DataProblem> errors_;
  bool unknownYearSaid_ = false;
};

}  // namespace trousse::letters
