#include "pdf/Utf8.hpp"

namespace trousse::pdf {
namespace {

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

bool isControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

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

}  // namespace trousse::pdf
