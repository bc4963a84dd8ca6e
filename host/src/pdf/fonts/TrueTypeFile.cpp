#include "pdf/fonts/TrueTypeFile.hpp"

#include <fstream>

namespace trousse::pdf {

std::size_t faceDirectory(const FontBytes& font, unsigned faceIndex) {
  if (font.data.size() >= 12 && font.tagIs(0, "ttcf")) {
    if (faceIndex >= font.u32(8)) return font.data.size();
    return font.u32(12 + 4 * std::size_t(faceIndex));
  }
  return 0;
}

FontTable findTable(const FontBytes& font, const char* tag, std::size_t directory) {
  const std::uint32_t count = font.u16(directory + 4);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::size_t record = directory + 12 + 16 * std::size_t(i);
    if (record + 16 <= font.data.size() && font.tagIs(record, tag)) {
      return FontTable{font.u32(record + 8), font.u32(record + 12)};
    }
  }
  return {};
}

std::vector<std::uint8_t> readFontFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  std::vector<std::uint8_t> bytes(in ? static_cast<std::size_t>(in.tellg()) : 0);
  in.seekg(0);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!in) bytes.clear();
  return bytes;
}

}  // namespace trousse::pdf
