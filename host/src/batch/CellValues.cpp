#include "batch/CellValues.hpp"
#include "common/Text.hpp"

#include "batch/HeaderName.hpp"
#include "template/FrenchFormat.hpp"

#include <Poco/NumberParser.h>

#include <cstdio>
#include <map>

namespace trousse::batch::cell_values {
namespace {

bool allDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int toInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

/// Splits "01/12/2026" on its one kind of separator.
std::vector<std::string_view> parts(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const auto at = text.find(separator, start);
    out.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

}  // namespace

std::optional<std::string> isoDate(std::string_view cell) {
  const std::string_view text = trimmed(cell, " \t");
  if (french::parseIsoDate(text)) return std::string(text);
  for (const char separator : {'/', '-', '.'}) {
    const auto pieces = parts(text, separator);
    if (pieces.size() != 3) continue;
    const auto day = pieces[0], month = pieces[1], year = pieces[2];
    if (!allDigits(day) || !allDigits(month) || !allDigits(year) || day.size() > 2 ||
        month.size() > 2 || year.size() != 4) {
      return std::nullopt;
    }
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", toInt(year), toInt(month), toInt(day));
    if (!french::parseIsoDate(iso)) return std::nullopt;
    return std::string(iso);
  }
  return std::nullopt;
}

std::optional<std::string> clockTime(std::string_view cell) {
  std::string compact;
  for (char c : trimmed(cell, " \t")) {
    if (c != ' ') compact += (c == 'H' ? 'h' : c);
  }
  std::string_view hours, minutes;
  if (const auto h = compact.find('h'); h != std::string::npos) {
    hours = std::string_view(compact).substr(0, h);
    minutes = std::string_view(compact).substr(h + 1);
    if (minutes.empty()) minutes = "00";
  } else {
    const auto pieces = parts(compact, ':');
    if (pieces.size() == 3 && (pieces[2] != "00" && pieces[2] != "0")) return std::nullopt;
    if (pieces.size() != 2 && pieces.size() != 3) return std::nullopt;
    hours = pieces[0];
    minutes = pieces[1];
  }
  if (!allDigits(hours) || !allDigits(minutes) || hours.size() > 2 || minutes.size() != 2) {
    return std::nullopt;
  }
  const int hour = toInt(hours), minute = toInt(minutes);
  if (hour > 23 || minute > 59) return std::nullopt;
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", hour, minute);
  return std::string(text);
}

std::optional<bool> boolean(std::string_view cell) {
  const std::string word = normaliseHeader(cell);
  if (word == "oui" || word == "o" || word == "vrai" || word == "x" || word == "1" ||
      word == "true" || word == "yes") {
    return true;
  }
  if (word == "non" || word == "n" || word == "faux" || word == "0" || word == "false" ||
      word == "no") {
    return false;
  }
  return std::nullopt;
}

std::optional<double> number(std::string_view cell) {
  std::string text;
  const std::string_view source = trimmed(cell, " \t");
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == ' ') continue;
    // U+00A0 and U+202F, the no-break spaces French number formats put between thousands.
    if (source.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
      continue;
    }
    if (source.compare(i, 3, "\xE2\x80\xAF") == 0) {
      i += 2;
      continue;
    }
    text += c == ',' ? '.' : c;
  }
  if (text.empty() || text.find_first_not_of("+-0123456789.") != std::string::npos) {
    return std::nullopt;
  }
  double value = 0;
  if (!Poco::NumberParser::tryParseFloat(text, value, '.', ',')) return std::nullopt;
  return value;
}

std::optional<std::string> choice(std::string_view cell, const std::vector<std::string>& choices) {
  const std::string_view text = trimmed(cell, " \t");
  for (const auto& option : choices) {
    if (option == text) return option;
  }
  const std::string folded = normaliseHeader(text);
  for (const auto& option : choices) {
    if (normaliseHeader(option) == folded) return option;
  }
  // Civilities as SIECLE, ONDE and Pronote write them, to the full form a letter prints.
  static const std::map<std::string, std::string> kCivilities = {
      {"mme", "Madame"},  {"mde", "Madame"},        {"m", "Monsieur"},
      {"mr", "Monsieur"}, {"mlle", "Mademoiselle"}, {"melle", "Mademoiselle"}};
  if (const auto full = kCivilities.find(folded); full != kCivilities.end()) {
    for (const auto& option : choices) {
      if (option == full->second) return option;
    }
  }
  // A student's sex as exports write it, to the letter F or M the letter templates choose
  // from ("1" and "2" are the INSEE code SIECLE's "Code sexe" column holds).
  static const std::map<std::string, std::string> kSexes = {
      {"feminin", "F"}, {"masculin", "M"}, {"fille", "F"}, {"garcon", "M"},
      {"1", "M"},       {"2", "F"},        {"f", "F"},     {"m", "M"}};
  if (const auto letter = kSexes.find(folded); letter != kSexes.end()) {
    for (const auto& option : choices) {
      if (option == letter->second) return option;
    }
  }
  // A family's language as a secretary types it, to the code the letter templates choose from.
  static const std::map<std::string, std::string> kLanguages = {
      {"anglais", "en"},  {"arabe", "ar"},  {"chinois", "zh"},
      {"mandarin", "zh"}, {"tamoul", "ta"}, {"turc", "tr"}};
  if (const auto code = kLanguages.find(folded); code != kLanguages.end()) {
    for (const auto& option : choices) {
      if (option == code->second) return option;
    }
  }
  return std::nullopt;
}

}  // namespace trousse::batch::cell_values
