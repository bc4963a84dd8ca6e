#pragma once

#include <array>
#include <string>
#include <string_view>

/// Turning the bytes of a CSV export into UTF-8 text.
namespace trousse::batch::text_decoding {

/// True when every byte is below 0x80: such text reads the same in UTF-8 and Windows-1252.
bool isAscii(std::string_view bytes);

/// Whether `bytes` is valid UTF-8, ignoring a multi-byte sequence cut by the end of the
/// buffer (a chunk read from a file may stop in the middle of a character).
bool isUtf8IgnoringCutTail(std::string_view bytes);

/// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD; `repaired` tells whether
/// anything was replaced. Keeps later stages (messages, reports) on valid UTF-8.
std::string repairedUtf8(std::string_view bytes, bool& repaired);

/// Windows-1252 to UTF-8 through Poco's code page table. The five bytes the code page leaves
/// undefined become the C1 controls of the same value, as Windows does; the field checks then
/// report them as control characters.
class Windows1252Decoder {
 public:
  Windows1252Decoder();
  std::string decode(std::string_view bytes) const;

 private:
  std::array<std::string, 256> utf8ByByte_;
};

}  // namespace trousse::batch::text_decoding
