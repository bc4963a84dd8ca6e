#pragma once

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace trousse::pdf {

/// Bounds-checked big-endian reads of a TrueType file: a damaged font reads as zeros, never
/// out of bounds. Shared by the readers of the tables libharu does not expose (cmap coverage,
/// kerning, composite glyphs).
struct FontBytes {
  std::span<const std::uint8_t> data;

  std::uint32_t u16(std::size_t at) const {
    return at + 2 <= data.size() ? (std::uint32_t(data[at]) << 8) | data[at + 1] : 0;
  }
  std::int16_t s16(std::size_t at) const { return static_cast<std::int16_t>(u16(at)); }
  std::uint32_t u32(std::size_t at) const { return (u16(at) << 16) | u16(at + 2); }
  bool tagIs(std::size_t at, const char* tag) const {
    return at + 4 <= data.size() && std::memcmp(data.data() + at, tag, 4) == 0;
  }
};

struct FontTable {
  std::size_t offset = 0, length = 0;  ///< offset 0: the font has no such table
};

/// Where the table directory of a face starts: 0 for a .ttf, from the header of a .ttc
/// (past the end of the data when the collection has no such face, so that it reads as empty).
std::size_t faceDirectory(const FontBytes& font, unsigned faceIndex = 0);
/// A table of the face whose directory starts at `directory`.
FontTable findTable(const FontBytes& font, const char* tag, std::size_t directory = 0);
/// The whole file; empty when it cannot be read (the readers then find no tables).
std::vector<std::uint8_t> readFontFile(const std::filesystem::path& file);

/// The `T` made once per font file and face for the whole process, by
/// `make(const std::vector<std::uint8_t>& bytes)` returning a shared_ptr<const T>.
template <class T, class Make>
std::shared_ptr<const T> parsedOnce(const std::filesystem::path& file, unsigned faceIndex,
                                    Make make) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, unsigned>, std::shared_ptr<const T>> parsed;
  const std::lock_guard lock(mutex);
  std::shared_ptr<const T>& entry = parsed[{file.string(), faceIndex}];
  if (!entry) entry = make(readFontFile(file));
  return entry;
}

}  // namespace trousse::pdf
