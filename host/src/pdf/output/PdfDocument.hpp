#pragma once

#include <hpdf.h>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/output/HaruStatus.hpp"
#include "pdf/output/ImageStore.hpp"
#include "pdf/layout/Outline.hpp"
#include "pdf/layout/PageContent.hpp"
#include "pdf/output/PageStreams.hpp"
#include "pdf/PdfWriter.hpp"

namespace trousse::pdf {

/// One PDF being written with libharu: owns the libharu document (UTF-8 text, compressed
/// streams), its fonts and images, its pages and outline; saves to bytes.
class PdfDocument {
 public:
  explicit PdfDocument(const FontSet& fonts);
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  FontBook& fonts() { return *fonts_; }
  ImageStore& images() { return *images_; }

  /// Draws a laid-out document on new pages of its frame's size, with its running header
  /// and page numbers. Returns the outline entries of its bookmarks, their levels as given.
  std::vector<OutlineEntry> addPages(const LaidOutDocument& document);
  /// An outline entry for the first page of the document added last.
  OutlineEntry entryForLastDocument(std::string title, int level) const;
  void addOutline(const std::vector<OutlineEntry>& entries);
  void setInfo(std::string_view title, std::string_view author);
  /// The PDF file's bytes. Throws IoError if libharu failed at any point.
  std::string save();

 private:
  struct DocDeleter {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };
  void check(const char* what) const;
  /// The running header's text, cut to the frame's width: once per document.
  std::string runningHeader(const LaidOutDocument& document) const;
  PageContent decorations(const LaidOutDocument& document, std::size_t index,
                          const std::string& header) const;

  // Heap-allocated so the address libharu keeps for its error handler never changes.
  std::unique_ptr<HaruStatus> status_;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> doc_;
  std::unique_ptr<FontBook> fonts_;
  std::unique_ptr<ImageStore> images_;
  PageStreams streams_;  // compressed when saving
  int pageCount_ = 0;
  HPDF_Page lastFirstPage_ = nullptr;
  double lastPageHeight_ = 0;
};

}  // namespace trousse::pdf
