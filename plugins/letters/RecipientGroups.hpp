#pragma once

#include <Poco/JSON/Object.h>

#include <vector>

namespace trousse::letters {

/// One copy of `data` per distinct postal address among its `responsables`: adults sharing an
/// address get one letter addressed to both, an adult living elsewhere gets a letter of their own.
/// Addresses are compared ignoring case, spacing and punctuation. Data without a list of
/// responsables is returned as is.
std::vector<Poco::JSON::Object::Ptr> splitByAddress(const Poco::JSON::Object& data);

/// The indexes (0-based) of `data`'s responsables grouped by address, in the order of
/// splitByAddress: each group is one letter.
std::vector<std::vector<std::size_t>> addressGroups(const Poco::JSON::Object& data);

}  // namespace trousse::letters
