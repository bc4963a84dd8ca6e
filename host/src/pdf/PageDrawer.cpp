#include "pdf/PageDrawer.hpp"

namespace trousse::pdf {

PageDrawer::PageDrawer(HPDF_Page page, FontBook& fonts, double pageHeight)
    : page_(page), fonts_(fonts), height_(pageHeight) {}

void PageDrawer::draw(const PageContent& content, std::span<const TextRun> extraTexts) {
  drawBoxes(content.boxes);
  drawRules(content.rules);
  if (!content.texts.empty() || !extraTexts.empty()) {
    HPDF_Page_BeginText(page_);
    drawTexts(content.texts);
    drawTexts(extraTexts);
    HPDF_Page_EndText(page_);
  }
  drawLinks(content.links);
}

void PageDrawer::drawBoxes(const std::vector<Box>& boxes) {
  for (const Box& box : boxes) {
    if (box.filled) HPDF_Page_SetRGBFill(page_, box.fill.r, box.fill.g, box.fill.b);
    if (box.stroked) {
      HPDF_Page_SetRGBStroke(page_, box.stroke.r, box.stroke.g, box.stroke.b);
      HPDF_Page_SetLineWidth(page_, box.lineWidth);
    }
    HPDF_Page_Rectangle(page_, static_cast<HPDF_REAL>(box.x),
                        static_cast<HPDF_REAL>(height_ - box.y - box.height),
                        static_cast<HPDF_REAL>(box.width), static_cast<HPDF_REAL>(box.height));
    if (box.filled && box.stroked) {
      HPDF_Page_FillStroke(page_);
    } else if (box.filled) {
      HPDF_Page_Fill(page_);
    } else {
      HPDF_Page_Stroke(page_);
    }
  }
  if (!boxes.empty()) HPDF_Page_SetRGBFill(page_, fill_.r, fill_.g, fill_.b);
}

void PageDrawer::drawRules(const std::vector<Rule>& rules) {
  for (const Rule& rule : rules) {
    HPDF_Page_SetRGBStroke(page_, rule.color.r, rule.color.g, rule.color.b);
    HPDF_Page_SetLineWidth(page_, rule.width);
    HPDF_Page_MoveTo(page_, static_cast<HPDF_REAL>(rule.x1),
                     static_cast<HPDF_REAL>(height_ - rule.y1));
    HPDF_Page_LineTo(page_, static_cast<HPDF_REAL>(rule.x2),
                     static_cast<HPDF_REAL>(height_ - rule.y2));
    HPDF_Page_Stroke(page_);
  }
}

void PageDrawer::drawTexts(std::span<const TextRun> runs) {
  for (const TextRun& run : runs) {
    HPDF_Font font = fonts_.font(run.font);
    if (font != font_ || run.size != size_) {
      HPDF_Page_SetFontAndSize(page_, font, run.size);
      font_ = font;
      size_ = run.size;
    }
    if (run.color != fill_) {
      HPDF_Page_SetRGBFill(page_, run.color.r, run.color.g, run.color.b);
      fill_ = run.color;
    }
    HPDF_Page_TextOut(page_, static_cast<HPDF_REAL>(run.x),
                      static_cast<HPDF_REAL>(height_ - run.baseline), run.text.c_str());
  }
}

void PageDrawer::drawLinks(const std::vector<LinkArea>& links) {
  for (const LinkArea& link : links) {
    HPDF_Rect rect{
        static_cast<HPDF_REAL>(link.x), static_cast<HPDF_REAL>(height_ - link.y - link.height),
        static_cast<HPDF_REAL>(link.x + link.width), static_cast<HPDF_REAL>(height_ - link.y)};
    HPDF_Annotation annotation = HPDF_Page_CreateURILinkAnnot(page_, rect, link.uri.c_str());
    if (annotation != nullptr) HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0);
  }
}

}  // namespace trousse::pdf
