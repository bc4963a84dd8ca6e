#include "plugins/letters/DateChecks.hpp"

#include <array>
#include <cstdlib>

namespace trousse::letters {
namespace {

using std::chrono::sys_days;

constexpr std::array<const char*, 12> kMonths = {"janvier",   "février", "mars",     "avril",
                                                 "mai",       "juin",    "juillet",  "août",
                                                 "septembre", "octobre", "novembre", "décembre"};

std::optional<std::chrono::year_month_day> parseIso(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const std::chrono::year_month_day date{
      std::chrono::year{std::atoi(text.substr(0, 4).c_str())},
      std::chrono::month{static_cast<unsigned>(std::atoi(text.substr(5, 2).c_str()))},
      std::chrono::day{static_cast<unsigned>(std::atoi(text.substr(8, 2).c_str()))}};
  if (!date.ok()) return std::nullopt;
  return date;
}

}  // namespace

std::optional<std::chrono::year_month_day> dateAt(const Poco::JSON::Object& data,
                                                  const std::string& field) {
  const Poco::JSON::Object* object = &data;
  Poco::JSON::Object::Ptr holder;
  std::string name = field;
  for (auto dot = name.find('.'); dot != std::string::npos; dot = name.find('.')) {
    holder = object->getObject(name.substr(0, dot));
    if (!holder) return std::nullopt;
    object = holder.get();
    name = name.substr(dot + 1);
  }
  const Poco::Dynamic::Var value = object->get(name);
  if (!value.isString()) return std::nullopt;
  return parseIso(value.extract<std::string>());
}

std::chrono::year_month_day letterDate(const Poco::JSON::Object& data,
                                       const RenderContext& context) {
  if (const auto date = dateAt(data, "date_courrier")) return *date;
  return context.today();
}

std::string frenchDate(std::chrono::year_month_day date) {
  const unsigned day = static_cast<unsigned>(date.day());
  return (day == 1 ? std::string("1er") : std::to_string(day)) + " " +
         kMonths.at(static_cast<unsigned>(date.month()) - 1) + " " +
         std::to_string(static_cast<int>(date.year()));
}

DateChecks::DateChecks(const RenderContext& context, std::chrono::year_month_day letterDate,
                       int noticeDays)
    : context_(context), letterDate_(letterDate), noticeDays_(noticeDays) {}

void DateChecks::error(const std::string& field, const std::string& message) {
  errors_.push_back({field, message});
}

void DateChecks::throwIfAny() const {
  if (!errors_.empty()) throw InvalidData(errors_);
}

std::optional<std::string> DateChecks::schoolHoliday(const std::string& field,
                                                     std::chrono::year_month_day date) {
  const SchoolCalendar& calendar = context_.calendar();
  if (!calendar.knows(date)) {
    if (!unknownYearSaid_) {
      unknownYearSaid_ = true;
      context_.warn(field, "dates non vérifiées contre les vacances scolaires : " +
                               calendar.whatIsMissing(date));
    }
    return std::nullopt;
  }
  return calendar.schoolHoliday(date);
}

void DateChecks::upcoming(const std::string& field, std::chrono::year_month_day date) {
  const std::string when = "le " + frenchDate(date);
  const auto days = (sys_days{date} - sys_days{letterDate_}).count();
  if (days < 0) {
    error(field, when + " est antérieur à la date du courrier (" + frenchDate(letterDate_) + ")");
    return;
  }
  const SchoolCalendar& calendar = context_.calendar();
  if (calendar.isWeekend(date)) {
    context_.warn(field, when + " tombe un week-end");
  } else if (const auto holiday = calendar.publicHoliday(date)) {
    context_.warn(field, when + " est un jour férié (" + *holiday + ")");
  } else if (const auto holidays = schoolHoliday(field, date)) {
    context_.warn(field, when + " tombe pendant les " + *holidays);
  }
  if (days < noticeDays_) {
    context_.warn(field, when + " n'est qu'à " + std::to_string(days) + " jour" +
                             (days > 1 ? "s" : "") + " de la date du courrier (délai de " +
                             "prévenance : " + std::to_string(noticeDays_) + " jours)");
  }
}

void DateChecks::past(const std::string& field, std::chrono::year_month_day date) {
  if (sys_days{date} > sys_days{letterDate_}) {
    error(field, "le " + frenchDate(date) + " est postérieur à la date du courrier (" +
                     frenchDate(letterDate_) + ")");
  }
}

}  // namespace trousse::letters
