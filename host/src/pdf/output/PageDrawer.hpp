#pragma once

#include <hpdf.h>

#include <span>
#include <vector>

#include "pdf/output/ContentStream.hpp"
#include "pdf/fonts/FontBook.hpp"
#include "pdf/output/ImageStore.hpp"
#include "pdf/layout/PageContent.hpp"

namespace trousse::pdf {

/// Draws display lists on one libharu page, turning top-down layout coordinates into PDF
/// coordinates (origin at the bottom-left corner). The page's content stream is written
/// here rather than through libharu's drawing calls: a line of text is one TJ array with
/// its word spaces and kerning, where libharu would need a call (and a re-encoding and
/// re-measuring of the text) per word. libharu still owns the page, its resources (fonts,
/// images, link annotations) and the file.
class PageDrawer {
 public:
  PageDrawer(HPDF_Page page, FontBook& fonts, const ImageStore& images, double pageHeight);

  /// Adds a display list to the page; later lists draw over earlier ones.
  void draw(const PageContent& content);
  /// The page's content stream: what was drawn, as PDF operators (see PageStreams.hpp).
  std::string content() && { return std::move(out_).bytes(); }

 private:
  void drawBoxes(const std::vector<Box>& boxes);
  void drawImages(const std::vector<PlacedImage>& images);
  void drawRules(const std::vector<Rule>& rules);
  void drawTexts(std::span<const TextRun> runs);
  void drawLinks(const std::vector<LinkArea>& links);
  void setFill(Color color);
  void setStroke(Color color, double lineWidth);

  HPDF_Page page_;
  FontBook& fonts_;
  const ImageStore& images_;
  double height_;
  ContentStream out_;
  // Graphics state as the stream leaves it, so unchanged settings are not written again.
  Color fill_{}, stroke_{};
  double lineWidth_ = 1;                    // PDF's default
  std::vector<FontBook::DrawnChar> chars_;  // reused from run to run
};

}  // namespace trousse::pdf
