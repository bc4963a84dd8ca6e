#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trousse {

/// A read-only view of a PDF as Trousse's own writer produces it (libharu: one classic xref
/// table, no object streams, no incremental updates). Enough to copy objects into other files,
/// not a general PDF parser: anything else is refused with std::runtime_error.
/// An indirect reference "N G R" inside a PDF value.
struct PdfReference {
  int number = 0;
  std::size_t offset = 0;  ///< where "N G R" starts in the value
  std::size_t length = 0;
};

class PdfFile {
 public:
  struct Object {
    std::string_view head;  ///< the object's value: a dictionary, an array, a number…
    std::string_view tail;  ///< "stream … endstream" for a stream object, kept byte for byte
  };

  explicit PdfFile(std::string bytes);

  /// Page objects in reading order.
  const std::vector<int>& pages() const { return pages_; }
  bool isPage(int number) const {
    return number > 0 && number < size() && isPage_[static_cast<std::size_t>(number)];
  }
  /// Object `number`, or nullptr when the file has none.
  const Object* object(int number) const;
  int size() const { return static_cast<int>(objects_.size()); }
  /// The references in the head of an existing object (see findReferences), found once: the
  /// letters of a batch part share their fonts' objects. Not safe to call from two threads.
  const std::vector<PdfReference>& references(int number) const;

 private:
  void readXref();
  void collectPages(int number, int depth);

  std::string bytes_;
  std::vector<Object> objects_;  ///< by object number; empty head for free entries
  std::vector<bool> present_;
  std::vector<int> pages_;
  std::vector<bool> isPage_;
  mutable std::vector<std::optional<std::vector<PdfReference>>> references_;
  int root_ = 0;
};

/// Every indirect reference in a PDF value, skipping the contents of strings, so that a title
/// or a URI can never be taken for one.
std::vector<PdfReference> findReferences(std::string_view value);

/// A text string as PDF writes it in the document information: UTF-16BE in hex, "<FEFF…>".
std::string pdfTextString(const std::string& utf8);

/// The number after `/Key` in a dictionary value ("/Parent 2 0 R" → 2), or 0.
int referenceAfterKey(std::string_view dictionary, std::string_view key);

}  // namespace trousse
