#pragma once

#include <string>
#include <utility>
#include <vector>

namespace trousse::catalog {

/// The words of the index with the number of practices holding each, as FTS5 folded them:
/// what a search weighs its words with, without counting them in the index each time.
class IndexTerms {
 public:
  IndexTerms() = default;
  /// `terms` sorted by term (bytes), each with its number of practices.
  IndexTerms(std::vector<std::pair<std::string, long long>> terms, long long practices);

  /// Practices holding a word that starts with `prefix` (folded), at most all of them: the
  /// sum over the words, so a practice with two such words counts twice.
  long long practicesWithPrefix(const std::string& prefix) const;
  long long practices() const { return practices_; }
  /// The words that start with `prefix` (folded), when there are at most `most`; otherwise
  /// nothing.
  std::vector<std::string> withPrefix(const std::string& prefix, std::size_t most) const;

 private:
  using Terms = std::vector<std::pair<std::string, long long>>;
  Terms::const_iterator first(const std::string& prefix) const;

  std::vector<std::pair<std::string, long long>> terms_;
  long long practices_ = 0;
};

}  // namespace trousse::catalog
