#include "core/JsonData.hpp"

#include "common/Utf8.hpp"

#include "common/Errors.hpp"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace trousse {

std::string readInput(const std::string& source) {
  if (source == "-") {
    std::ostringstream content;
    content << std::cin.rdbuf();
    return content.str();
  }
  std::error_code error;
  if (!std::filesystem::exists(source, error)) throw IoError("fichier introuvable : " + source);
  if (std::filesystem::is_directory(source, error))
    throw IoError("c'est un dossier, pas un fichier : " + source);
  std::ifstream in(source, std::ios::binary);
  if (!in) throw IoError("impossible de lire le fichier : " + source);
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw IoError("erreur de lecture du fichier : " + source);
  return content.str();
}

Poco::JSON::Object::Ptr parseJsonData(const std::string& text, const std::string& sourceName) {
  if (std::size_t line = utf8::firstInvalidLine(text)) {
    throw DataError(
        sourceName + ", ligne " + std::to_string(line) + " : le texte n'est pas en UTF-8 valide",
        {});
  }
  Poco::Dynamic::Var parsed;
  try {
    Poco::JSON::Parser parser;
    parsed = parser.parse(text);
  } catch (const Poco::Exception& e) {
    throw DataError(sourceName + " : JSON mal formé (" + e.message() + ")", {});
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
    throw DataError(sourceName + " : les données doivent être un objet JSON { … }", {});
  }
  return parsed.extract<Poco::JSON::Object::Ptr>();
}

}  // namespace trousse
