#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace trousse::french {

/// "2026-12-01" → the date, or nullopt when it is not a valid ISO date.
std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text);
/// "mardi 1er décembre 2026"
std::string longDate(std::chrono::year_month_day date);
/// "1er décembre 2026", as in "Montreuil, le 1er décembre 2026"
std::string date(std::chrono::year_month_day date);
/// "17:30" → "17 h 30", "09:00" → "9 h"; nullopt when not a valid HH:MM time.
std::optional<std::string> time(std::string_view hhmm);
/// Family names in capitals, accents kept: "N'Guyễn-Lefèvre" → "N'GUYỄN-LEFÈVRE".
std::string upperName(std::string_view name);

}  // namespace trousse::french
