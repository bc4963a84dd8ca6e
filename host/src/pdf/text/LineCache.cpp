#include "pdf/text/LineCache.hpp"

#include <cstdint>

namespace trousse::pdf {

void appendKeyText(std::string& key, std::string_view text) {
  appendKey(key, static_cast<std::uint32_t>(text.size()));
  key += text;
}

void appendKeyStyle(std::string& key, const TextStyle& style) {
  key += static_cast<char>(style.bold | style.italic << 1 | style.mono << 2 | style.strike << 3 |
                           style.superscript << 4);
  appendKey(key, style.size);
  appendKey(key, style.color);
  appendKey(key, style.link);
  appendKey(key, style.image);
}

BrokenTextPtr LineCache::find(const std::string& key) const {
  const auto found = blocks_.find(key);
  return found != blocks_.end() ? found->second : nullptr;
}

BrokenTextPtr LineCache::store(const std::string& key, BrokenText text) {
  std::size_t bytes = key.size();
  for (const Line& line : text.lines) {
    bytes += sizeof(Line);
    for (const PlacedItem& item : line.items) bytes += sizeof(PlacedItem) + item.text.size();
  }
  if (blocks_.size() >= kMaxBlocks || bytes_ + bytes > kMaxBytes) {
    blocks_.clear();
    bytes_ = 0;
  }
  bytes_ += bytes;
  auto shared = std::make_shared<const BrokenText>(std::move(text));
  blocks_.insert_or_assign(key, shared);
  return shared;
}

}  // namespace trousse::pdf
