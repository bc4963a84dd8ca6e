#include "pdf/text/Hyphenator.hpp"

#include <hyphen.h>

#include <cstdlib>
#include <mutex>
#include <vector>

#include "common/Utf8.hpp"

namespace trousse::pdf {
namespace {

// A long-running process (a web service) meets new words for ever: the cache starts over
// when it holds this many, which costs a few microseconds per word until it fills again.
constexpr std::size_t kMaxCachedWords = 200'000;

// The dictionary is chosen once, at start-up (tests choose another); the lock keeps a late
// choice from racing with the first use.
std::mutex dictionaryMutex;
std::filesystem::path chosenDictionary = Hyphenator::kDefaultDictionary;

std::filesystem::path dictionaryFile() {
  std::lock_guard lock(dictionaryMutex);
  return chosenDictionary;
}

}  // namespace

void Hyphenator::DictionaryDeleter::operator()(_HyphenDict* dictionary) const {
  hnj_hyphen_free(dictionary);
}

Hyphenator& Hyphenator::french() {
  static Hyphenator shared(dictionaryFile());
  return shared;
}

void Hyphenator::useDictionary(std::filesystem::path file) {
  std::lock_guard lock(dictionaryMutex);
  chosenDictionary = std::move(file);
}

Hyphenator::Hyphenator(const std::filesystem::path& dictionary) {
  std::error_code error;
  if (std::filesystem::is_regular_file(dictionary, error)) {
    dictionary_.reset(hnj_hyphen_load(dictionary.c_str()));
  }
}

HyphenPoints Hyphenator::points(std::string_view word) {
  if (!dictionary_) return 0;
  {
    const std::shared_lock reading(mutex_);
    if (const auto found = cache_.find(word); found != cache_.end()) return found->second;
  }
  const std::unique_lock writing(mutex_);
  if (const auto found = cache_.find(word); found != cache_.end()) return found->second;
  if (cache_.size() >= kMaxCachedWords) cache_.clear();
  const HyphenPoints result = compute(word);
  cache_.emplace(std::string(word), result);
  return result;
}

HyphenPoints Hyphenator::compute(std::string_view word) const {
  std::size_t length = 0;
  for (std::size_t pos = 0; pos < word.size(); ++length) utf8::nextCodePoint(word, pos);
  if (length > kMaxLength || length < kLeftMin + kRightMin) return 0;

  // libhyphen reads a UTF-8 dictionary's results per code point, not per byte.
  const std::string text(word);
  std::vector<char> marks(text.size() + 5, 0);
  char** replacements = nullptr;
  int* positions = nullptr;
  int* cuts = nullptr;
  const int failed = hnj_hyphen_hyphenate3(
      dictionary_.get(), text.c_str(), static_cast<int>(text.size()), marks.data(), nullptr,
      &replacements, &positions, &cuts, kLeftMin, kRightMin, kLeftMin, kRightMin);
  HyphenPoints result = 0;
  if (failed == 0) {
    for (std::size_t i = 0; i + 1 < length; ++i) {
      // Non-standard breaks (a spelling change at the break, as in old German) do not
      // exist in French: such points are ignored.
      const bool replaced = replacements != nullptr && replacements[i] != nullptr;
      if ((marks[i] & 1) != 0 && !replaced) result |= HyphenPoints{1} << i;
    }
  }
  if (replacements != nullptr) {
    for (std::size_t i = 0; i < text.size(); ++i) std::free(replacements[i]);
    std::free(replacements);
  }
  std::free(positions);
  std::free(cuts);
  return result;
}

}  // namespace trousse::pdf
