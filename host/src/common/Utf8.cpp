#include "common/Utf8.hpp"

#include <cstdio>

namespace trousse::utf8 {

std::optional<std::vector<char32_t>> decode(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = nextCodePoint(text, pos);
    // Overlong forms and surrogates are ways to smuggle characters past checks: nextCodePoint
    // refuses them as one replaced byte, where a real U+FFFD takes three.
    if (c == kReplacementChar && pos - start == 1) return std::nullopt;
    out.push_back(c);
  }
  return out;
}

bool isValid(std::string_view text) { return decode(text).has_value(); }

std::string encode(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

std::string encode(const std::vector<char32_t>& codePoints) {
  std::string out;
  out.reserve(codePoints.size());
  for (char32_t cp : codePoints) out += encode(cp);
  return out;
}

bool isControl(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F); }

std::string codePointName(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

std::size_t length(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;  // not a continuation byte
  }
  return count;
}

std::string shortened(std::string_view text, std::size_t maxCodePoints) {
  auto codePoints = decode(text);
  if (!codePoints) return std::string(text.substr(0, maxCodePoints));
  if (codePoints->size() <= maxCodePoints) return std::string(text);
  codePoints->resize(maxCodePoints);
  return encode(*codePoints) + "…";
}

namespace {

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

char32_t nextCodePoint(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    ++pos;
    return kReplacementChar;
  }
  if (pos + length > text.size()) {
    ++pos;
    return kReplacementChar;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!isContinuation(byte)) {
      ++pos;
      return kReplacementChar;
    }
    value = (value << 6) | (byte & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    ++pos;
    return kReplacementChar;
  }
  pos += length;
  return value;
}

std::string printable(std::string_view text) {
  // Most text is plain printable ASCII: copy it without decoding.
  bool plain = true;
  for (char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (byte >= 0x7F || (byte < 0x20 && ch != '\n' && ch != '\t')) {
      plain = false;
      break;
    }
  }
  if (plain) return std::string(text);

  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    char32_t c = nextCodePoint(text, pos);
    if (c == '\n' || c == '\t') {
      out += static_cast<char>(c);
    } else if (isControl(c)) {
      continue;
    } else if (c >= kReplacementChar) {  // beyond the BMP, U+FFFE and U+FFFF, or U+FFFD itself
      out += kReplacementUtf8;
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::size_t firstInvalidLine(std::string_view text) {
  std::size_t line = 1;
  for (std::size_t pos = 0; pos < text.size();) {
    if (text[pos] == '\n') ++line;
    const std::size_t start = pos;
    // U+FFFD decoded from one byte is an invalid sequence; the character itself takes three.
    if (nextCodePoint(text, pos) == kReplacementChar && pos - start == 1) return line;
  }
  return 0;
}

}  // namespace trousse::utf8
