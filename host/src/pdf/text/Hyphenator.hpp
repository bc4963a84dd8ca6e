#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

struct _HyphenDict;

namespace trousse::pdf {

/// Where a word may be hyphenated: bit i set means a hyphen may follow the word's code point i.
using HyphenPoints = std::uint64_t;

/// French hyphenation with libhyphen and hyphen-fr's patterns (the TeX patterns LibreOffice
/// uses). Which words are hyphenated at all is the caller's rule (see BreakElements.cpp);
/// this class says where a word may break, at least kLeftMin letters from its start and
/// kRightMin from its end, as French typography wants ("é-lève" and "écri-re" are refused).
///
/// Results are cached per word for the life of the process: letters repeat the same words,
/// and libhyphen costs about a microsecond a word. The cache is shared by threads.
class Hyphenator {
 public:
  static constexpr const char* kDefaultDictionary = "/usr/share/hyphen/hyph_fr.dic";
  static constexpr int kLeftMin = 2;
  static constexpr int kRightMin = 3;
  /// The longest word asked about, in code points (one bit of HyphenPoints each).
  static constexpr std::size_t kMaxLength = 64;

  /// The process's French hyphenator, loading its dictionary on first use: the file given
  /// to useDictionary(), or kDefaultDictionary. Without a readable dictionary nothing is
  /// hyphenated (the text is still laid out, with looser lines).
  static Hyphenator& french();
  /// Chooses the dictionary french() loads; effective only before its first use.
  static void useDictionary(std::filesystem::path file);

  explicit Hyphenator(const std::filesystem::path& dictionary);
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  bool loaded() const { return dictionary_ != nullptr; }

  /// The hyphenation points of a lowercase word (UTF-8 letters, with apostrophes ' or ’
  /// where it has elisions: "l’établissement"). Never a point next to an apostrophe.
  /// Empty for words longer than kMaxLength code points.
  HyphenPoints points(std::string_view word);

 private:
  struct DictionaryDeleter {
    void operator()(_HyphenDict* dictionary) const;
  };
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>{}(word);
    }
  };

  HyphenPoints compute(std::string_view word) const;

  std::unique_ptr<_HyphenDict, DictionaryDeleter> dictionary_;
  std::shared_mutex mutex_;  // shared to read the cache, unique to fill it (and call libhyphen)
  std::unordered_map<std::string, HyphenPoints, WordHash, std::equal_to<>> cache_;
};

}  // namespace trousse::pdf
