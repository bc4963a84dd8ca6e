#pragma once

#include <string>
#include <vector>

namespace trousse::letters {

/// What La Poste asks of an address block seen through an envelope window (norme NF Z10-011):
/// at most 6 lines, at most 38 characters a line, the postcode and town on the last line
/// (or the country, for an address abroad).
inline constexpr std::size_t kMaxAddressLines = 6;
inline constexpr std::size_t kMaxAddressLineLength = 38;

/// The rules `lines` (names first, then the address) break, each as a French sentence;
/// empty when the block is fine.
std::vector<std::string> postalAddressProblems(const std::vector<std::string>& lines);

}  // namespace trousse::letters
