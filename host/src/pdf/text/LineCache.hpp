#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "pdf/text/LineBreaker.hpp"
#include "pdf/text/TextStyle.hpp"

namespace trousse::pdf {

/// A block of text broken into lines, with the link targets its items refer to.
struct BrokenText {
  std::vector<Line> lines;
  std::vector<std::string> links;
};
using BrokenTextPtr = std::shared_ptr<const BrokenText>;

/// Lines already broken for one PDF's fonts: a batch of letters repeats the same paragraphs
/// (those that hold no data) and the same sender block, and a block already broken at the
/// same width, alignment and size reuses its lines. Lives in the FontBook, since lines are
/// only valid for the fonts they were measured with.
///
/// A key says everything the lines depend on. Callers build it from what they have: the
/// Markdown nodes of a paragraph or the plain text of a letter's line (so that a paragraph
/// met again is neither rebuilt nor measured), or measured InlineContent.
class LineCache {
 public:
  /// The lines stored under `key`, or null. Entries are shared: they stay valid when the
  /// cache lets them go.
  BrokenTextPtr find(const std::string& key) const;
  /// Stores lines under `key` and returns them.
  BrokenTextPtr store(const std::string& key, BrokenText text);

 private:
  // A long batch of letters that all differ would only grow the cache: it starts over
  // when it holds this many blocks, or about this many bytes (a long document's
  // paragraphs, each met once, would otherwise double its memory: 86 MB for 1,000 pages).
  static constexpr std::size_t kMaxBlocks = 20'000;
  static constexpr std::size_t kMaxBytes = 16 << 20;

  std::unordered_map<std::string, BrokenTextPtr> blocks_;
  std::size_t bytes_ = 0;  ///< roughly, of the keys and lines held
};

/// Appends the bytes of a value (a number, an enumeration) to a cache key.
template <typename T>
requires std::is_arithmetic_v<T> || std::is_enum_v<T> || std::is_same_v<T, Color>
void appendKey(std::string& key, const T& value) {
  key.append(reinterpret_cast<const char*>(&value), sizeof(T));
}
/// Appends everything a text style sets to a cache key.
void appendKeyStyle(std::string& key, const TextStyle& style);
/// Appends text to a cache key, with its length so that neighbours cannot run together.
void appendKeyText(std::string& key, std::string_view text);

}  // namespace trousse::pdf
