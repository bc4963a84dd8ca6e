#pragma once

#include <hpdf.h>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

#include "pdf/FontBook.hpp"
#include "pdf/HaruStatus.hpp"
#include "pdf/PageContent.hpp"
#include "pdf/PdfWriter.hpp"

namespace trousse::pdf {

/// One PDF being written with libharu: owns the libharu document (UTF-8 text, compressed
/// streams), its fonts, its pages; saves to bytes.
class PdfDocument {
 public:
  explicit PdfDocument(const FontSet& fonts);
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  FontBook& fonts() { return *fonts_; }
  const PageFrame& frame() const { return frame_; }

  /// Draws a laid-out document on new pages, with "page N / M" footers when asked.
  void addPages(const LaidOutDocument& document);
  void setInfo(std::string_view title, std::string_view author);
  /// The PDF file's bytes. Throws IoError if libharu failed at any point.
  std::string save();

 private:
  struct DocDeleter {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };
  void check(const char* what) const;

  // Heap-allocated so the address libharu keeps for its error handler never changes.
  std::unique_ptr<HaruStatus> status_;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> doc_;
  std::unique_ptr<FontBook> fonts_;
  PageFrame frame_;
  int pageCount_ = 0;
};

}  // namespace trousse::pdf
