#include "plugins/phare/FrenchText.hpp"

#include "common/Utf8.hpp"

#include <cstdio>
#include <tuple>

namespace trousse::phare {
namespace {

/// The base letters of a Latin letter with diacritics (Latin-1, Latin Extended-A, the
/// Vietnamese letters), lower case; nullptr for any other character.
const char* latinBase(char32_t cp) {
  struct Range {
    char32_t first, last;
    const char* base;
  };
  static constexpr Range kRanges[] = {
      {0xC0, 0xC5, "a"},     {0xC6, 0xC6, "ae"},    {0xC7, 0xC7, "c"},     {0xC8, 0xCB, "e"},
      {0xCC, 0xCF, "i"},     {0xD0, 0xD0, "d"},     {0xD1, 0xD1, "n"},     {0xD2, 0xD6, "o"},
      {0xD8, 0xD8, "o"},     {0xD9, 0xDC, "u"},     {0xDD, 0xDD, "y"},     {0xDE, 0xDE, "th"},
      {0xDF, 0xDF, "ss"},    {0xE0, 0xE5, "a"},     {0xE6, 0xE6, "ae"},    {0xE7, 0xE7, "c"},
      {0xE8, 0xEB, "e"},     {0xEC, 0xEF, "i"},     {0xF0, 0xF0, "d"},     {0xF1, 0xF1, "n"},
      {0xF2, 0xF6, "o"},     {0xF8, 0xF8, "o"},     {0xF9, 0xFC, "u"},     {0xFD, 0xFD, "y"},
      {0xFE, 0xFE, "th"},    {0xFF, 0xFF, "y"},     {0x100, 0x105, "a"},   {0x106, 0x10D, "c"},
      {0x10E, 0x111, "d"},   {0x112, 0x11B, "e"},   {0x11C, 0x123, "g"},   {0x124, 0x127, "h"},
      {0x128, 0x131, "i"},   {0x132, 0x133, "ij"},  {0x134, 0x135, "j"},   {0x136, 0x138, "k"},
      {0x139, 0x142, "l"},   {0x143, 0x14B, "n"},   {0x14C, 0x151, "o"},   {0x152, 0x153, "oe"},
      {0x154, 0x159, "r"},   {0x15A, 0x161, "s"},   {0x162, 0x167, "t"},   {0x168, 0x173, "u"},
      {0x174, 0x175, "w"},   {0x176, 0x178, "y"},   {0x179, 0x17E, "z"},   {0x17F, 0x17F, "s"},
      {0x1A0, 0x1A1, "o"},   {0x1AF, 0x1B0, "u"},   {0x218, 0x219, "s"},   {0x21A, 0x21B, "t"},
      {0x1EA0, 0x1EB7, "a"}, {0x1EB8, 0x1EC7, "e"}, {0x1EC8, 0x1ECB, "i"}, {0x1ECC, 0x1EE3, "o"},
      {0x1EE4, 0x1EF1, "u"}, {0x1EF2, 0x1EF9, "y"},
  };
  for (const Range& range : kRanges) {
    if (cp >= range.first && cp <= range.last) return range.base;
  }
  return nullptr;
}

constexpr const char* kMonths[] = {"janvier",   "février", "mars",     "avril",
                                   "mai",       "juin",    "juillet",  "août",
                                   "septembre", "octobre", "novembre", "décembre"};

}  // namespace

std::string foldedKey(const std::string& text) {
  std::string key;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = utf8::nextCodePoint(text, pos);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
    } else if (const char* base = latinBase(cp)) {
      key += base;
    } else if (cp >= 0x370 && cp != U'\uFFFD' && !(cp >= 0x2000 && cp <= 0x2BFF)) {
      key += utf8::encode(cp);  // another script: kept, after the Latin letters
    }
  }
  return key;
}

bool frenchNameLess(const std::string& nameA, const std::string& firstNameA,
                    const std::string& nameB, const std::string& firstNameB) {
  return std::forward_as_tuple(foldedKey(nameA), foldedKey(firstNameA), nameA, firstNameA) <
         std::forward_as_tuple(foldedKey(nameB), foldedKey(firstNameB), nameB, firstNameB);
}

std::optional<std::chrono::year_month_day> isoDate(const std::string& text) {
  int year = 0;
  unsigned month = 0, day = 0;
  char tail = 0;
  if (text.size() != 10 ||
      std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &year, &month, &day, &tail) != 3) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                         std::chrono::day{day}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string frenchDate(std::chrono::year_month_day date) {
  const unsigned day = static_cast<unsigned>(date.day());
  return (day == 1 ? std::string("1er") : std::to_string(day)) + " " +
         kMonths[static_cast<unsigned>(date.month()) - 1] + " " +
         std::to_string(static_cast<int>(date.year()));
}

std::string clockTime(int minutes) {
  char text[16];
  std::snprintf(text, sizeof text, "%d h %02d", minutes / 60, minutes % 60);
  return text;
}

std::string duration(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + " min";
  const int rest = minutes % 60;
  char text[16];
  if (rest == 0) {
    std::snprintf(text, sizeof text, "%d h", minutes / 60);
  } else {
    std::snprintf(text, sizeof text, "%d h %02d", minutes / 60, rest);
  }
  return text;
}

std::string minutesInWords(int minutes) {
  return std::to_string(minutes) + (minutes > 1 ? " minutes" : " minute");
}

}  // namespace trousse::phare
