#pragma once

#include <hpdf.h>

#include <span>
#include <vector>

#include "pdf/FontBook.hpp"
#include "pdf/ImageStore.hpp"
#include "pdf/PageContent.hpp"

namespace trousse::pdf {

/// Draws a page's display list with libharu, turning top-down layout coordinates into PDF
/// coordinates (origin at the bottom-left corner).
class PageDrawer {
 public:
  PageDrawer(HPDF_Page page, FontBook& fonts, const ImageStore& images, double pageHeight);

  void draw(const PageContent& content);

 private:
  void drawBoxes(const std::vector<Box>& boxes);
  void drawImages(const std::vector<PlacedImage>& images);
  void drawRules(const std::vector<Rule>& rules);
  void drawTexts(std::span<const TextRun> runs);
  void drawLinks(const std::vector<LinkArea>& links);
  void setFont(HPDF_Font font, float size);

  HPDF_Page page_;
  FontBook& fonts_;
  const ImageStore& images_;
  double height_;
  // Text state, so unchanged font and colour are not set again for every run.
  HPDF_Font font_ = nullptr;
  float size_ = 0;
  Color fill_{};
  std::vector<FontBook::Piece> pieces_;  // reused from run to run
};

}  // namespace trousse::pdf
