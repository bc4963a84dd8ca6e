#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trousse::local {

/// A translation's salutation, without its punctuation, from the civilities of the letter's
/// recipients ("Madame", "Monsieur"), as a school writes to parents in that language: "Dear
/// Madam", "Sayın Veli", "尊敬的家长"… An empty code or "fr" gives the French salutation.
std::string salutation(std::string_view language, const std::vector<std::string>& civilities);

}  // namespace trousse::local
