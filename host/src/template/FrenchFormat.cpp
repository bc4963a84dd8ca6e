#include "template/FrenchFormat.hpp"

#include "common/Utf8.hpp"

#include <Poco/Unicode.h>

#include <array>

namespace trousse::french {
namespace {

constexpr std::array<const char*, 12> kMonths = {"janvier",   "février", "mars",     "avril",
                                                 "mai",       "juin",    "juillet",  "août",
                                                 "septembre", "octobre", "novembre", "décembre"};
// Indexed by std::chrono::weekday::c_encoding(): 0 is Sunday.
constexpr std::array<const char*, 7> kWeekdays = {"dimanche", "lundi",    "mardi", "mercredi",
                                                  "jeudi",    "vendredi", "samedi"};

bool allDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

int toInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
  if (!allDigits(year) || !allDigits(month) || !allDigits(day)) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{toInt(year)},
                                         std::chrono::month{static_cast<unsigned>(toInt(month))},
                                         std::chrono::day{static_cast<unsigned>(toInt(day))}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string date(std::chrono::year_month_day ymd) {
  const unsigned day = static_cast<unsigned>(ymd.day());
  const unsigned month = static_cast<unsigned>(ymd.month());
  // French writes the first day of a month as an ordinal: "1er décembre".
  const std::string dayText = day == 1 ? "1er" : std::to_string(day);
  return dayText + " " + kMonths.at(month - 1) + " " + std::to_string(static_cast<int>(ymd.year()));
}

std::string longDate(std::chrono::year_month_day ymd) {
  const std::chrono::weekday weekday{std::chrono::sys_days{ymd}};
  return std::string(kWeekdays.at(weekday.c_encoding())) + " " + date(ymd);
}

std::optional<std::string> time(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
  const auto hours = hhmm.substr(0, 2), minutes = hhmm.substr(3, 2);
  if (!allDigits(hours) || !allDigits(minutes)) return std::nullopt;
  const int h = toInt(hours), m = toInt(minutes);
  if (h > 23 || m > 59) return std::nullopt;
  std::string out = std::to_string(h) + " h";
  if (m != 0) out += " " + std::string(minutes);
  return out;
}

std::string upperName(std::string_view name) {
  auto codePoints = utf8::decode(name);
  if (!codePoints) return std::string(name);  // not ours to repair; checks reject it earlier
  for (char32_t& cp : *codePoints) {
    // Simple (one-to-one) case mapping keeps "ß" as is and every accent in place. Poco's
    // table misses the Turkish dotless ı, whose capital is the plain I ("Yılmaz" → "YILMAZ").
    cp = cp == U'\u0131' ? U'I'
                         : static_cast<char32_t>(Poco::Unicode::toUpper(static_cast<int>(cp)));
  }
  return utf8::encode(*codePoints);
}

}  // namespace trousse::french
