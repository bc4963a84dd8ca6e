#include "core/JsonData.hpp"

#include "common/Errors.hpp"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>
#include <Poco/UTF8Encoding.h>

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

std::size_t firstInvalidUtf8Line(std::string_view text) {
  Poco::UTF8Encoding utf8;
  std::size_t line = 1;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    if (bytes[i] == '\n') ++line;
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const int length = utf8.sequenceLength(bytes + i, static_cast<int>(text.size() - i));
    if (length <= 0 || i + length > text.size() || !utf8.isLegal(bytes + i, length) ||
        utf8.queryConvert(bytes + i, length) < 0) {
      return line;
    }
    i += static_cast<std::size_t>(length);
  }
  return 0;
}

Poco::JSON::Object::Ptr parseJsonData(const std::string& text, const std::string& sourceName) {
  if (std::size_t line = firstInvalidUtf8Line(text)) {
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
