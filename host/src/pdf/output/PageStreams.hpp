#pragma once

#include <hpdf.h>

#include <string>
#include <utility>
#include <vector>

#include "pdf/output/Deflater.hpp"

namespace trousse::pdf {

/// The content streams of a PDF's pages, kept as written until the PDF is saved, then
/// compressed one after the other and handed to libharu. Compressing them in one go keeps
/// zlib's tables in the processor's cache: interleaved with the layout of each page, the
/// same compression took twice as long.
class PageStreams {
 public:
  void add(HPDF_Page page, std::string content);
  /// Compresses every stream added and gives it to its page. Throws IoError on failure.
  void attach();

 private:
  std::vector<std::pair<HPDF_Page, std::string>> pending_;
  Deflater deflater_;
};

}  // namespace trousse::pdf
