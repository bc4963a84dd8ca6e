#include "batch/HeaderName.hpp"

#include "common/Utf8.hpp"

#include <Poco/Unicode.h>

#include <cctype>

namespace trousse::batch {
namespace {

// Base letters of U+00C0..U+00FF, lower case; '*' marks the few handled apart or not letters.
constexpr std::string_view kLatin1Base =
    "aaaaaa*ceeeeiiii"   // C0..CF  (C6 Æ)
    "dnooooo*ouuuuyt*"   // D0..DF  (D7 ×, DF ß)
    "aaaaaa*ceeeeiiii"   // E0..EF  (E6 æ)
    "dnooooo*ouuuuyty";  // F0..FF  (F7 ÷)

/// The unaccented lower-case spelling of a Latin letter, or empty when `cp` is not one of those
/// handled here.
std::string_view latinBase(char32_t cp) {
  switch (cp) {
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xDF:
      return "ss";
    case 0x152:
    case 0x153:
      return "oe";
    default:
      break;
  }
  if (cp >= 0xC0 && cp <= 0xFF && kLatin1Base[cp - 0xC0] != '*') {
    return kLatin1Base.substr(cp - 0xC0, 1);
  }
  return {};
}

enum class Kind { Separator, Letter, Digit };

}  // namespace

std::string normaliseHeader(std::string_view header) {
  std::string out;
  const auto decoded = utf8::decode(header);
  if (!decoded) return out;  // a header is decoded to UTF-8 by the reader; nothing to compare
  Kind previous = Kind::Separator;
  const auto append = [&](std::string_view text, Kind kind) {
    // One space between words, and between a word and a number glued to it.
    if (!out.empty() && (previous == Kind::Separator || previous != kind)) out += ' ';
    out += text;
    previous = kind;
  };
  for (char32_t cp : *decoded) {
    const int ch = static_cast<int>(cp);
    if (cp < 0x80 && std::isalnum(ch) == 0) {
      previous = Kind::Separator;
      continue;
    }
    if (cp < 0x80) {
      const bool digit = cp >= '0' && cp <= '9';
      const char lower = static_cast<char>(digit ? cp : (cp | 0x20));
      append(std::string_view(&lower, 1), digit ? Kind::Digit : Kind::Letter);
    } else if (const auto base = latinBase(cp); !base.empty()) {
      append(base, Kind::Letter);
    } else if (Poco::Unicode::isAlpha(ch)) {
      append(utf8::encode(static_cast<char32_t>(Poco::Unicode::toLower(ch))), Kind::Letter);
    } else if (Poco::Unicode::isDigit(ch)) {
      append(utf8::encode(cp), Kind::Digit);
    } else {
      previous = Kind::Separator;  // punctuation, spaces (NBSP too), symbols
    }
  }
  return out;
}

}  // namespace trousse::batch
