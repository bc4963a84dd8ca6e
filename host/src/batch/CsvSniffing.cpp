#include "batch/CsvSniffing.hpp"

namespace trousse::batch::csv_sniffing {
namespace {

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<std::string> notTextReason(std::string_view chunk) {
  // Files a secretary may pick by mistake, recognised by their signature.
  if (startsWith(chunk, "PK\x03\x04")) {
    return "ce fichier est un classeur (.xlsx, .ods) ou une archive ZIP, pas un CSV : ouvrez-le "
           "dans le tableur et enregistrez-le au format CSV";
  }
  if (startsWith(chunk, "\xD0\xCF\x11\xE0")) {
    return "ce fichier est un classeur Excel ancien format (.xls), pas un CSV : ouvrez-le dans le "
           "tableur et enregistrez-le au format CSV";
  }
  if (startsWith(chunk, "%PDF")) return "ce fichier est un PDF, pas un CSV";
  if (startsWith(chunk, "\xFF\xFE") || startsWith(chunk, "\xFE\xFF")) {
    return "ce fichier est en UTF-16 (« Texte Unicode » d'Excel), encodage non pris en charge : "
           "enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »";
  }
  // Text has no NUL and almost no control characters besides tab and line breaks; binary data
  // has many (about one byte in nine for random bytes).
  std::size_t controls = 0;
  for (char c : chunk) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0)
      return "ce fichier ne semble pas être un CSV texte (il contient des octets nuls)";
    if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F) ++controls;
  }
  if (controls >= 8 && controls * 100 > chunk.size()) {
    return "ce fichier ne semble pas être un CSV texte (il contient de nombreux caractères de "
           "contrôle)";
  }
  return std::nullopt;
}

std::optional<char> declaredDelimiter(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  if (line.size() != 5) return std::nullopt;
  const std::string_view prefix = line.substr(0, 4);
  if (prefix != "sep=" && prefix != "SEP=" && prefix != "Sep=") return std::nullopt;
  const char delimiter = line[4];
  if (delimiter == ';' || delimiter == ',' || delimiter == '\t' || delimiter == '|')
    return delimiter;
  return std::nullopt;
}

char detectDelimiter(std::string_view text) {
  std::size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  bool seenContent = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice: still right
      seenContent = true;
      continue;
    }
    if (quoted) continue;
    if (c == '\n' || c == '\r') {
      if (seenContent) break;  // end of the header line; blank lines before it are skipped
      continue;
    }
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\t') ++tabs;
    if (c != ' ') seenContent = true;
  }
  if (semicolons >= tabs && semicolons >= commas) return ';';
  if (tabs >= commas) return '\t';
  return ',';
}

std::string delimiterName(char delimiter) {
  switch (delimiter) {
    case ';':
      return "point-virgule";
    case ',':
      return "virgule";
    case '\t':
      return "tabulation";
    default:
      return std::string("« ") + delimiter + " »";
  }
}

}  // namespace trousse::batch::csv_sniffing
