#pragma once

#include <string_view>

namespace trousse {

/// Spaces, tabs and line ends: what surrounds a value typed or exported by hand.
inline constexpr std::string_view kBlanks = " \t\r\n";

/// `text` without the `blanks` at either end; a view into `text`.
std::string_view trimmed(std::string_view text, std::string_view blanks = kBlanks);

}  // namespace trousse
