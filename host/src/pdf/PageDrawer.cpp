#include "pdf/PageDrawer.hpp"

namespace trousse::pdf {
namespace {

bool isAscii(const std::string& text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

PageDrawer::PageDrawer(HPDF_Page page, FontBook& fonts, const ImageStore& images, double pageHeight)
    : page_(page), fonts_(fonts), images_(images), height_(pageHeight) {}

void PageDrawer::draw(const PageContent& content) {
  drawBoxes(content.boxes);
  drawImages(content.images);
  drawRules(content.rules);
  if (!content.texts.empty()) {
    HPDF_Page_BeginText(page_);
    drawTexts(content.texts);
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

void PageDrawer::drawImages(const std::vector<PlacedImage>& images) {
  for (const PlacedImage& image : images) {
    HPDF_Page_DrawImage(page_, images_.handle(image.image), static_cast<HPDF_REAL>(image.x),
                        static_cast<HPDF_REAL>(height_ - image.y - image.height),
                        static_cast<HPDF_REAL>(image.width), static_cast<HPDF_REAL>(image.height));
  }
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

void PageDrawer::setFont(HPDF_Font font, float size) {
  if (font != font_ || size != size_) {
    HPDF_Page_SetFontAndSize(page_, font, size);
    font_ = font;
    size_ = size;
  }
}

void PageDrawer::drawTexts(std::span<const TextRun> runs) {
  for (const TextRun& run : runs) {
    if (run.color != fill_) {
      HPDF_Page_SetRGBFill(page_, run.color.r, run.color.g, run.color.b);
      fill_ = run.color;
    }
    const auto baseline = static_cast<HPDF_REAL>(height_ - run.baseline);
    if (isAscii(run.text)) {  // the main faces have every ASCII character
      setFont(fonts_.font(run.font), run.size);
      HPDF_Page_TextOut(page_, static_cast<HPDF_REAL>(run.x), baseline, run.text.c_str());
      continue;
    }
    // Characters the face lacks come from fallback fonts, piece after piece.
    fonts_.splitByFont(run.font, run.text, run.size, pieces_);
    double x = run.x;
    for (const FontBook::Piece& piece : pieces_) {
      setFont(piece.font, run.size);
      HPDF_Page_TextOut(page_, static_cast<HPDF_REAL>(x), baseline, piece.text.c_str());
      x += piece.width;
    }
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
