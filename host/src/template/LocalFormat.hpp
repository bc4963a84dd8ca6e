#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

/// Dates, times and names as a translation prints them, one language at a time ("en", "ar",
/// "zh", "ta", "tr"); an empty code or "fr" gives the French forms (FrenchFormat.hpp).
namespace trousse::local {

/// "1 December 2026", "1 Aralık 2026", "2026年12月1日", "1 ديسمبر 2026", "1 டிசம்பர், 2026"
std::string date(std::string_view language, std::chrono::year_month_day date);
/// The date with its weekday: "Tuesday 1 December 2026", "1 Aralık 2026 Salı"…
std::string longDate(std::string_view language, std::chrono::year_month_day date);
/// "17:30" as the language writes a time; nullopt when not a valid HH:MM time.
std::optional<std::string> time(std::string_view language, std::string_view hhmm);
/// A family name in capitals, with the language's own capitals (Turkish: "i" → "İ").
std::string upperName(std::string_view language, std::string_view name);

}  // namespace trousse::local
