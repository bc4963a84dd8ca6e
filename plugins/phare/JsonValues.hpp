#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace trousse::phare {

/// The value at a dotted path ("signataire.nom") of checked data; empty when absent.
Poco::Dynamic::Var valueAt(const Poco::JSON::Object& data, const std::string& dottedPath);
/// The text at a dotted path, trimmed; empty when absent or not a text.
std::string textAt(const Poco::JSON::Object& data, const std::string& dottedPath);
/// The array at a dotted path, or null.
Poco::JSON::Array::Ptr arrayAt(const Poco::JSON::Object& data, const std::string& dottedPath);
/// The objects of the array at `key`, in order (items that are not objects are skipped:
/// the schema reported them).
std::vector<Poco::JSON::Object::Ptr> objectsAt(const Poco::JSON::Object& data,
                                               const std::string& key);
/// The texts of the array at `key`, in order.
std::vector<std::string> textsAt(const Poco::JSON::Object& data, const std::string& key);
/// A whole number written as a JSON number or as a text ("45", "45,0"); nothing otherwise
/// (absent, fractional, not a number).
std::optional<long> wholeNumberAt(const Poco::JSON::Object& data, const std::string& key);
bool flagAt(const Poco::JSON::Object& data, const std::string& key);

/// Sets `value` at a dotted path, creating the objects on the way.
void setAt(Poco::JSON::Object& data, const std::string& dottedPath,
           const Poco::Dynamic::Var& value);
/// A JSON array of texts.
Poco::JSON::Array::Ptr textArray(const std::vector<std::string>& texts);

}  // namespace trousse::phare
