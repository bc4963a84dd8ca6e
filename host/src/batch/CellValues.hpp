#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Reading what secretaries and exports write in cells as the values the templates expect.
/// Each function returns nullopt for what it does not recognise: the cell is then kept as text,
/// and the schema check reports it with the field's name.
namespace trousse::batch::cell_values {

/// "01/12/2026", "1/12/2026", "01-12-2026", "01.12.2026" (day first, four-digit year) and
/// ISO "2026-12-01" → "2026-12-01"; a date that does not exist (31/02) is not recognised.
std::optional<std::string> isoDate(std::string_view cell);

/// "17:30", "17h30", "17 h 30", "17H", "9h05", "17:30:00" → "17:30" (two-digit hour).
std::optional<std::string> clockTime(std::string_view cell);

/// oui, o, vrai, x, 1, true, yes → true; non, n, faux, 0, false, no → false (any case).
std::optional<bool> boolean(std::string_view cell);

/// "12", "-3", "1,5", "1.5", "1 234,5" (spaces, no-break spaces as thousands separators).
std::optional<double> number(std::string_view cell);

/// The choice `cell` means: the same text, or the same once case and accents are folded
/// ("madame" → "Madame"), or a civility abbreviation ("Mme", "MME", "M.", "M", "Mr", "Mlle")
/// when its full form is among `choices`.
std::optional<std::string> choice(std::string_view cell, const std::vector<std::string>& choices);

}  // namespace trousse::batch::cell_values
