#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

class Hunspell;

namespace trousse::catalog {

/// French spelling through hunspell, with the project's own words. Hunspell is not
/// thread-safe: every call takes the checker's lock, so one checker may be shared.
class SpellChecker {
 public:
  /// `dictionary` is the path without extension of a hunspell pair (`…/fr_FR` for
  /// fr_FR.aff and fr_FR.dic); `wordList` a file of accepted words, one a line (optional).
  /// Throws IoError when the dictionary or the word list cannot be read.
  SpellChecker(const std::filesystem::path& dictionary, const std::filesystem::path& wordList);
  ~SpellChecker();
  SpellChecker(const SpellChecker&) = delete;
  SpellChecker& operator=(const SpellChecker&) = delete;

  /// Nothing when `word` is spelled right, else the dictionary's best suggestion (may be
  /// empty). Elisions ("l'école", "qu’il") and hyphenated words ("peut-être") are understood.
  std::optional<std::string> misspelled(const std::string& word);

  /// Debian's French dictionary (hunspell-fr).
  static std::filesystem::path defaultDictionary();

 private:
  bool knows(const std::string& word);

  std::mutex mutex_;
  std::unique_ptr<Hunspell> hunspell_;
  std::unordered_map<std::string, std::optional<std::string>> verdicts_;  // same words recur
};

}  // namespace trousse::catalog
