#include "batch/TextDecoding.hpp"

#include "common/Utf8.hpp"

#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

namespace trousse::batch::text_decoding {
namespace {

/// Length of the UTF-8 sequence a lead byte announces; 0 for a byte that cannot start one.
int sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

}  // namespace

bool isAscii(std::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool isUtf8IgnoringCutTail(std::string_view bytes) {
  // Step back over at most three continuation bytes to the last lead byte; if the sequence it
  // starts runs past the end, leave it out of the check.
  std::size_t lead = bytes.size();
  for (int back = 0; back < 4 && lead > 0; ++back) {
    --lead;
    const auto byte = static_cast<unsigned char>(bytes[lead]);
    if ((byte & 0xC0) != 0x80) {
      const int length = sequenceLength(byte);
      if (length > 1 && lead + static_cast<std::size_t>(length) > bytes.size()) {
        bytes = bytes.substr(0, lead);
      }
      break;
    }
  }
  return utf8::isValid(bytes);
}

std::string repairedUtf8(std::string_view bytes, bool& repaired) {
  repaired = false;
  if (isAscii(bytes) || utf8::isValid(bytes)) return std::string(bytes);
  static const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(bytes.size() + 8);
  std::size_t i = 0;
  while (i < bytes.size()) {
    const int length = sequenceLength(static_cast<unsigned char>(bytes[i]));
    if (length > 0 && i + static_cast<std::size_t>(length) <= bytes.size() &&
        utf8::isValid(bytes.substr(i, static_cast<std::size_t>(length)))) {
      out.append(bytes.substr(i, static_cast<std::size_t>(length)));
      i += static_cast<std::size_t>(length);
    } else {
      out += kReplacement;
      repaired = true;
      ++i;
    }
  }
  return out;
}

Windows1252Decoder::Windows1252Decoder() {
  const Poco::Windows1252Encoding windows1252;
  const Poco::UTF8Encoding utf8Encoding;
  const auto& table = windows1252.characterMap();
  for (int byte = 0; byte < 256; ++byte) {
    unsigned char encoded[4];
    const int codePoint = table[byte] < 0 ? 0xFFFD : table[byte];  // no undefined byte today
    const int length = utf8Encoding.convert(codePoint, encoded, sizeof encoded);
    utf8ByByte_[static_cast<std::size_t>(byte)].assign(reinterpret_cast<const char*>(encoded),
                                                       static_cast<std::size_t>(length));
  }
}

std::string Windows1252Decoder::decode(std::string_view bytes) const {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) out += utf8ByByte_[static_cast<unsigned char>(c)];
  return out;
}

}  // namespace trousse::batch::text_decoding
