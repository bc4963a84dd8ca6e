#pragma once

#include <set>
#include <string>
#include <string_view>

namespace trousse::batch {

/// Gives each letter of a batch its own file name in one output folder (or zip):
/// "martin-lea.pdf", then "martin-lea-2.pdf", "martin-lea-3.pdf"… Every stem goes through
/// safeFileStem first. Names are compared without case, so that two letters stay two files on
/// Windows and macOS, whose file systems ignore case, and in a zip opened there.
/// Not thread-safe: allocate names in row order, from one thread, so they do not depend on
/// which letter finishes first.
class FileNameAllocator {
 public:
  /// `extension` with its dot: ".pdf".
  explicit FileNameAllocator(std::string extension = ".pdf");

  /// Marks a name as taken, e.g. a file already in the output folder.
  void reserve(std::string_view fileName);
  /// A free file name (stem made safe, numbered on collision, extension added), now taken.
  std::string allocate(std::string_view stem);

 private:
  bool take(const std::string& fileName);

  std::string extension_;
  std::set<std::string> taken_;  ///< lower-cased
};

}  // namespace trousse::batch
