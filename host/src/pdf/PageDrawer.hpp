#pragma once

#include <hpdf.h>

#include <span>

#include "pdf/FontBook.hpp"
#include "pdf/PageContent.hpp"

namespace trousse::pdf {

/// Draws a page's display list with libharu, turning top-down layout coordinates into PDF
/// coordinates (origin at the bottom-left corner).
class PageDrawer {
 public:
  PageDrawer(HPDF_Page page, FontBook& fonts, double pageHeight);

  void draw(const PageContent& content, std::span<const TextRun> extraTexts = {});

 private:
  void drawBoxes(const std::vector<Box>& boxes);
  void drawRules(const std::vector<Rule>& rules);
  void drawTexts(std::span<const TextRun> runs);
  void drawLinks(const std::vector<LinkArea>& links);

  HPDF_Page page_;
  FontBook& fonts_;
  double height_;
  // Text state, so unchanged font and colour are not set again for every run.
  HPDF_Font font_ = nullptr;
  float size_ = 0;
  Color fill_{};
};

}  // namespace trousse::pdf
