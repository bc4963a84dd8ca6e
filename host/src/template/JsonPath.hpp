#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

/// Reading and writing JSON data by dotted field names ("eleve.nom").
namespace trousse::json_path {

std::vector<std::string> split(const std::string& dottedName);

/// The object held by `value` (as Object::Ptr or Object), or null.
Poco::JSON::Object::Ptr asObject(const Poco::Dynamic::Var& value);
/// The array held by `value` (as Array::Ptr or Array), or null.
Poco::JSON::Array::Ptr asArray(const Poco::Dynamic::Var& value);

/// The value at `dottedName`, or an empty Var when any step is missing or not an object.
Poco::Dynamic::Var find(const Poco::JSON::Object& data, const std::string& dottedName);

/// Sets the value at `dottedName`, creating the intermediate objects. Returns false when an
/// intermediate step exists and is not an object.
bool set(Poco::JSON::Object& data, const std::string& dottedName, const Poco::Dynamic::Var& value);

/// Absent, null, or a string of blanks: what a form leaves when nothing was typed.
bool isBlank(const Poco::Dynamic::Var& value);

/// A copy sharing nothing with `data`, so filling defaults never changes the caller's data.
Poco::JSON::Object::Ptr deepCopy(const Poco::JSON::Object& data);
Poco::Dynamic::Var deepCopy(const Poco::Dynamic::Var& value);

/// "un texte", "un nombre", … for messages about the wrong type.
std::string describeType(const Poco::Dynamic::Var& value);

}  // namespace trousse::json_path
