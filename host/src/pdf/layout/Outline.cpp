#include "pdf/layout/Outline.hpp"

#include <algorithm>
#include <utility>

#include "markdown/DocumentLimits.hpp"
#include "common/Utf8.hpp"

namespace trousse::pdf {
namespace {

constexpr std::size_t kTitleMaxBytes = 1000;

}  // namespace

void writeOutline(HPDF_Doc doc, const std::vector<OutlineEntry>& entries) {
  if (entries.empty()) return;
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc, "UTF-8");
  std::vector<std::pair<int, HPDF_Outline>> open;  // the chain of parents, by level
  for (const OutlineEntry& entry : entries) {
    while (!open.empty() && open.back().first >= entry.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    // libharu refuses strings of more than 65,535 bytes; a bookmark shows a line at most.
    std::string title = utf8::printable(excerpt(entry.title, kTitleMaxBytes));
    std::replace_if(
        title.begin(), title.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
    HPDF_Outline outline = HPDF_CreateOutline(doc, parent, title.c_str(), utf8);
    if (outline == nullptr) return;  // libharu recorded why; the caller checks
    HPDF_Outline_SetOpened(outline, entry.open ? HPDF_TRUE : HPDF_FALSE);
    HPDF_Destination destination = HPDF_Page_CreateDestination(entry.page);
    if (destination != nullptr) {
      HPDF_Destination_SetFitH(destination, static_cast<HPDF_REAL>(std::max(entry.top, 0.0)));
      HPDF_Outline_SetDestination(outline, destination);
    }
    open.emplace_back(entry.level, outline);
  }
  HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
}

}  // namespace trousse::pdf
