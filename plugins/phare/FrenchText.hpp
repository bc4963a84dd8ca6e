#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace trousse::phare {

/// Lower-case ASCII letters and digits of `text`, accents folded ("Đặng" → "dang",
/// "Œuvre" → "oeuvre", "Şahin" → "sahin"), other characters dropped: the primary key of
/// French alphabetical order. Letters of other scripts are kept as they are.
std::string foldedKey(const std::string& text);
/// French alphabetical order of people: by name, then first name, accents and case ignored
/// first, then the exact text, so that the order is total and stable.
bool frenchNameLess(const std::string& nameA, const std::string& firstNameA,
                    const std::string& nameB, const std::string& firstNameB);

/// "2027-01-14" as a date; nothing when it is not a real date.
std::optional<std::chrono::year_month_day> isoDate(const std::string& text);
/// "14 janvier 2027", "1er février 2027".
std::string frenchDate(std::chrono::year_month_day date);
/// Minutes since midnight as "9 h 00", "17 h 30".
std::string clockTime(int minutes);
/// A duration as "45 min", "1 h 30", "3 h".
std::string duration(int minutes);
/// "1 minute", "15 minutes".
std::string minutesInWords(int minutes);

}  // namespace trousse::phare
