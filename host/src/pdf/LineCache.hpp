#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "pdf/InlineText.hpp"
#include "pdf/LineBreaker.hpp"

namespace trousse::pdf {

/// Lines already broken for one PDF's fonts, by paragraph: a batch of letters repeats the
/// same paragraphs (those that hold no data), and a paragraph identical to one already
/// broken, at the same width, alignment and size, reuses its lines. Lives in the FontBook,
/// since lines are only valid for the fonts they were measured with.
class LineCache {
 public:
  /// The lines of `content` broken with these settings, or nullptr.
  const std::vector<Line>* find(const InlineContent& content, double width, Align align,
                                double baseSize);
  /// Remembers the lines of the content last given to find().
  void store(std::vector<Line> lines);

 private:
  // A long batch of letters that all differ would only grow the cache: it starts over
  // when it holds this many paragraphs, or about this many bytes (a long document's
  // paragraphs, each met once, would otherwise double its memory: 86 MB for 1,000 pages).
  static constexpr std::size_t kMaxParagraphs = 20'000;
  static constexpr std::size_t kMaxBytes = 16 << 20;

  std::string key_;  ///< of the content last given to find()
  std::unordered_map<std::string, std::vector<Line>> lines_;
  std::size_t bytes_ = 0;  ///< roughly, of the keys and lines held
};

}  // namespace trousse::pdf
