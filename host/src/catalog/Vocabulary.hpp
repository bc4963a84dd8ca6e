#pragma once

#include <optional>
#include <string>
#include <vector>

namespace trousse::catalog {

/// The eight pillars of pHARe in the ministry's words, numbered 1 to 8 in this order.
const std::vector<std::string>& pillars();
const std::vector<std::string>& levels();     ///< niveaux
const std::vector<std::string>& audiences();  ///< publics
const std::vector<std::string>& statuses();   ///< statut: brouillon, relu, publié

/// 1 to 8 for a pillar's exact wording, 0 otherwise.
int pillarNumber(const std::string& wording);

/// A user's pillar ("3", or its wording with any case and accents) as the ministry's wording;
/// nothing when it names no pillar.
std::optional<std::string> pillarFromUser(const std::string& text);

/// A user's level, audience or status ("college" → "collège") as written in the catalog.
std::optional<std::string> valueFromUser(const std::string& text,
                                         const std::vector<std::string>& allowed);

/// One bit per allowed value (bit n for allowed[n]) that `values` has: what the index filters
/// on. Values that are not allowed set no bit.
unsigned valueBits(const std::vector<std::string>& values, const std::vector<std::string>& allowed);

/// "a, b ou c", for messages.
std::string frenchList(const std::vector<std::string>& values);

}  // namespace trousse::catalog
