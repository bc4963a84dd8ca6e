#include "pdf/LineCache.hpp"

#include <cstdint>
#include <cstring>

namespace trousse::pdf {
namespace {

template <typename T>
void append(std::string& key, const T& value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  key.append(bytes, sizeof(T));
}

}  // namespace

const std::vector<Line>* LineCache::find(const InlineContent& content, double width, Align align,
                                         double baseSize) {
  // Everything the lines depend on: the settings, and each item's kind, look and text.
  key_.clear();
  append(key_, width);
  append(key_, align);
  append(key_, baseSize);
  for (const InlineItem& item : content.items) {
    const TextStyle& style = item.style;
    const char flags = static_cast<char>(static_cast<int>(item.kind) | style.bold << 2 |
                                         style.italic << 3 | style.mono << 4 | style.strike << 5);
    key_ += flags;
    append(key_, style.size);
    append(key_, style.color);
    append(key_, style.link);
    append(key_, style.image);
    append(key_, static_cast<std::uint32_t>(item.text.size()));
    key_ += item.text;
  }
  const auto found = lines_.find(key_);
  return found != lines_.end() ? &found->second : nullptr;
}

void LineCache::store(std::vector<Line> lines) {
  std::size_t bytes = key_.size();
  for (const Line& line : lines) {
    bytes += sizeof(Line);
    for (const PlacedItem& item : line.items) bytes += sizeof(PlacedItem) + item.text.size();
  }
  if (lines_.size() >= kMaxParagraphs || bytes_ + bytes > kMaxBytes) {
    lines_.clear();
    bytes_ = 0;
  }
  bytes_ += bytes;
  lines_.emplace(key_, std::move(lines));
}

}  // namespace trousse::pdf
