#include "catalog/SpellChecker.hpp"

#include "catalogapi/CatalogOptions.hpp"

#include "common/Errors.hpp"
#include "template/FrontMatter.hpp"

#include <hunspell.hxx>

#include <Poco/String.h>

#include <array>
#include <sstream>

namespace trousse::catalog {
namespace {

namespace fs = std::filesystem;

// Elided words of French, written before an apostrophe.
constexpr std::array<std::string_view, 15> kElisions = {
    "l",  "d",     "j",      "m",      "n",      "s",      "t",     "c",
    "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"};

/// Where the first apostrophe (' or ’) of `word` ends, or npos.
std::pair<std::size_t, std::size_t> apostrophe(const std::string& word) {
  const std::size_t straight = word.find('\'');
  const std::size_t curly = word.find("\xE2\x80\x99");
  if (curly != std::string::npos && (straight == std::string::npos || curly < straight)) {
    return {curly, curly + 3};
  }
  if (straight != std::string::npos) return {straight, straight + 1};
  return {std::string::npos, std::string::npos};
}

}  // namespace

fs::path SpellChecker::defaultDictionary() { return CatalogOptions::defaultDictionary(); }

SpellChecker::SpellChecker(const fs::path& dictionary, const fs::path& wordList) {
  fs::path aff = dictionary;
  fs::path dic = dictionary;
  aff += ".aff";
  dic += ".dic";
  std::error_code error;
  if (!fs::is_regular_file(aff, error) || !fs::is_regular_file(dic, error)) {
    throw IoError("dictionnaire français introuvable : " + aff.string() + " et " + dic.string() +
                  " (paquet Debian hunspell-fr)");
  }
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  if (wordList.empty()) return;
  const auto text = readText(wordList);
  if (!text) throw IoError("liste de mots illisible : " + wordList.string());
  std::istringstream lines(*text);
  for (std::string line; std::getline(lines, line);) {
    Poco::trimInPlace(line);
    if (!line.empty() && line[0] != '#') hunspell_->add(line);
  }
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::knows(const std::string& word) {
  if (word.empty() || hunspell_->spell(word)) return true;
  if (const auto [start, end] = apostrophe(word); start != std::string::npos) {
    const std::string elided = Poco::toLower(word.substr(0, start));
    for (std::string_view known : kElisions) {
      if (elided == known) return knows(word.substr(end));
    }
    return false;
  }
  if (const auto hyphen = word.find('-'); hyphen != std::string::npos) {
    return knows(word.substr(0, hyphen)) && knows(word.substr(hyphen + 1));
  }
  return false;
}

std::optional<std::string> SpellChecker::misspelled(const std::string& word) {
  const std::lock_guard lock(mutex_);
  if (const auto found = verdicts_.find(word); found != verdicts_.end()) return found->second;
  std::optional<std::string> verdict;
  if (!knows(word)) {
    const std::vector<std::string> suggestions = hunspell_->suggest(word);
    verdict = suggestions.empty() ? std::string() : suggestions.front();
  }
  verdicts_.emplace(word, verdict);
  return verdict;
}

}  // namespace trousse::catalog
