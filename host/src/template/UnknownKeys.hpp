#pragma once

#include "template/FieldSchema.hpp"

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace trousse {

/// The keys of `data` that `schema` does not declare, as dotted paths with list items
/// numbered from 1 ("rdv.dat", "responsables.2.telephone"): a typo would otherwise leave a
/// field blank without a word. Keys starting with "_" ("_commentaire") are the author's notes
/// and are not reported.
std::vector<std::string> unknownKeys(const FieldSchema& schema, const Poco::JSON::Object& data);

}  // namespace trousse
