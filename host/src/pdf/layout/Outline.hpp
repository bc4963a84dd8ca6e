#pragma once

#include <hpdf.h>

#include <string>
#include <vector>

namespace trousse::pdf {

/// One bookmark of a PDF's outline, in reading order; `level` 1 is the top.
struct OutlineEntry {
  int level = 1;
  std::string title;
  HPDF_Page page = nullptr;
  double top = 0;  ///< in PDF coordinates (from the page's bottom)
  bool open = true;
};

/// Writes the outline (the bookmarks a reader shows beside the pages): each entry nested
/// under the nearest entry before it of a higher level, so a level skipped (a heading 3
/// right under a heading 1) nests under what is there. Sets the PDF to open with the
/// bookmarks shown, when there are any.
void writeOutline(HPDF_Doc doc, const std::vector<OutlineEntry>& entries);

}  // namespace trousse::pdf
