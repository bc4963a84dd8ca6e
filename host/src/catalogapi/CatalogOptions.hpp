#pragma once

#include <filesystem>
#include <vector>

namespace trousse::catalog {

/// Where the catalog comes from and where its index is kept.
struct CatalogOptions {
  /// The shipped catalog (`share/trousse/content/practices`) first, then local folders. The
  /// first folder's practices come from "catalogue Trousse", the others' from their folder's
  /// name.
  std::vector<std::filesystem::path> folders;
  /// Where the search index is kept (written there): see defaultCacheFolder().
  std::filesystem::path cacheFolder;
  /// The project's accepted words (`content/mots.txt`), one a line; empty for none.
  std::filesystem::path wordList;
  /// A hunspell dictionary, without extension; empty: spelling is not checked.
  std::filesystem::path dictionary = defaultDictionary();

  /// Debian's French dictionary (hunspell-fr).
  static std::filesystem::path defaultDictionary() { return "/usr/share/hunspell/fr_FR"; }
};

/// `$XDG_CACHE_HOME/trousse`, or `~/.cache/trousse` without XDG_CACHE_HOME: never the
/// installed share/ folder, which may be read-only.
std::filesystem::path defaultCacheFolder();

}  // namespace trousse::catalog
