#include "batch/SafeFileName.hpp"

#include "common/Utf8.hpp"

#include <Poco/String.h>
#include <Poco/Unicode.h>

#include <array>

namespace trousse::batch {
namespace {

/// Zero-width characters, bidirectional marks and overrides, BOM, soft hyphen: invisible, and
/// the overrides can make "fdp.exe" display as "exe.pdf".
bool isInvisibleFormat(char32_t cp) {
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || cp == 0x061C;
}

bool becomesDash(char32_t cp) {
  switch (cp) {
    case '/':
    case '\\':
    case ':':
    case '*':
    case '?':
    case '"':
    case '<':
    case '>':
    case '|':
      return true;
    default:
      break;
  }
  return utf8::isControl(cp) || Poco::Unicode::isSpace(static_cast<int>(cp)) || cp == 0xA0 ||
         cp == 0x2007 || cp == 0x202F;
}

/// The code points of `raw`, each invalid byte as '-'.
std::u32string decodeLeniently(std::string_view raw) {
  std::u32string out;
  std::size_t i = 0;
  while (i < raw.size()) {
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(raw[i]);
    if (lead >= 0xF0) {
      length = 4;
    } else if (lead >= 0xE0) {
      length = 3;
    } else if (lead >= 0xC0) {
      length = 2;
    }
    const auto decoded =
        i + length <= raw.size() ? utf8::decode(raw.substr(i, length)) : std::nullopt;
    if (decoded && decoded->size() == 1) {
      out += decoded->front();
      i += length;
    } else {
      out += U'-';
      ++i;
    }
  }
  return out;
}

bool isReservedOnWindows(const std::string& stem) {
  static const std::array<const char*, 22> kReserved = {
      "con",  "prn",  "aux",  "nul",  "com1", "com2", "com3", "com4", "com5", "com6", "com7",
      "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"};
  // "CON.txt" is as reserved as "CON": compare what comes before the first dot.
  const std::string base = Poco::toLower(stem.substr(0, stem.find('.')));
  for (const char* name : kReserved) {
    if (base == name) return true;
  }
  return false;
}

void trimEnds(std::u32string& text) {
  const auto isEdge = [](char32_t cp) { return cp == U'.' || cp == U'-'; };
  while (!text.empty() && isEdge(text.front())) text.erase(text.begin());
  while (!text.empty() && isEdge(text.back())) text.pop_back();
}

}  // namespace

std::string safeFileStem(std::string_view raw, std::size_t maxBytes) {
  std::u32string clean;
  for (char32_t cp : decodeLeniently(raw)) {
    if (isInvisibleFormat(cp)) continue;
    if (becomesDash(cp)) cp = U'-';
    if ((cp == U'-' || cp == U'.') && !clean.empty() && clean.back() == cp) continue;
    clean += cp;
  }
  trimEnds(clean);

  std::string stem;
  for (char32_t cp : clean) {
    const std::string encoded = utf8::encode(cp);
    if (stem.size() + encoded.size() > maxBytes) break;  // whole characters only
    stem += encoded;
  }
  // The cut may leave a "." or "-" at the end.
  while (!stem.empty() && (stem.back() == '.' || stem.back() == '-')) stem.pop_back();
  if (stem.empty()) return "document";
  if (isReservedOnWindows(stem)) stem = "_" + stem;
  return stem;
}

}  // namespace trousse::batch
