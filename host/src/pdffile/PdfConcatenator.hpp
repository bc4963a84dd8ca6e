#pragma once

#include "pdffile/PdfFile.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace trousse {

/// Joins PDFs written by PdfWriter into one file as they come, so that a batch of ten thousand
/// letters can be written by parts made on several cores without ever being whole in memory.
/// Each part's objects are copied byte for byte under new numbers; its pages join one page
/// tree and its top-level bookmarks one outline, in the order the parts are added.
class PdfConcatenator {
 public:
  PdfConcatenator(std::ostream& out, std::string title, std::string author);

  /// Copies every page of `part`. `blankAfter` lists pages of the part (from 0) after which a
  /// blank page is inserted, so that the next letter starts on a front side when printed on
  /// both sides.
  void add(const PdfFile& part, const std::vector<std::size_t>& blankAfter = {});
  /// Writes the page tree, the outline, the catalogue and the cross-reference table.
  void finish();

  std::size_t pageCount() const { return kids_.size(); }

 private:
  static constexpr int kCatalog = 1, kPages = 2, kOutlines = 3, kInfo = 4, kFirstFree = 5;

  int allocate();
  void writeObject(int number, std::string_view head, std::string_view tail);
  void writeHeldOutlineItem(int nextNumber);

  std::ostream& out_;
  std::string title_, author_;
  std::size_t written_ = 0;
  std::vector<std::size_t> offsets_;  ///< by object number, 0 for none
  std::vector<int> kids_;
  // Top-level bookmarks: the last one is held back until the next part says what follows it.
  int firstOutlineItem_ = 0;
  int lastOutlineItem_ = 0;
  int heldOutlineItem_ = 0;
  std::string heldOutlineHead_;
  int outlineItems_ = 0;
};

}  // namespace trousse
