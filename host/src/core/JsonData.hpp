#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <string>

namespace trousse {

/// Reads a whole input: a file, or standard input when `source` is "-".
/// Throws IoError naming the file when it cannot be read.
std::string readInput(const std::string& source);

/// Parses the data of one document: a JSON object in valid UTF-8. Throws DataError naming
/// `sourceName` and the line of the problem.
Poco::JSON::Object::Ptr parseJsonData(const std::string& text, const std::string& sourceName);

}  // namespace trousse
