#include "pdf/output/PageDrawer.hpp"

#include <cmath>

#include "common/Errors.hpp"

namespace trousse::pdf {
namespace {

/// A distance as the content stream writes it, so positions computed from it match the
/// reader's.
double inHundredths(double value) { return std::round(value * 100) / 100; }

}  // namespace

PageDrawer::PageDrawer(HPDF_Page page, FontBook& fonts, const ImageStore& images, double pageHeight)
    : page_(page), fonts_(fonts), images_(images), height_(pageHeight) {}

void PageDrawer::draw(const PageContent& content) {
  drawBoxes(content.boxes);
  drawImages(content.images);
  drawRules(content.rules);
  if (!content.texts.empty()) drawTexts(content.texts);
  drawLinks(content.links);
}

void PageDrawer::setFill(Color color) {
  if (color == fill_) return;
  out_.setFillColor(color);
  fill_ = color;
}

void PageDrawer::setStroke(Color color, double lineWidth) {
  if (color != stroke_) {
    out_.setStrokeColor(color);
    stroke_ = color;
  }
  if (lineWidth != lineWidth_) {
    out_.setLineWidth(lineWidth);
    lineWidth_ = lineWidth;
  }
}

void PageDrawer::drawBoxes(const std::vector<Box>& boxes) {
  for (const Box& box : boxes) {
    if (box.filled) setFill(box.fill);
    if (box.stroked) setStroke(box.stroke, box.lineWidth);
    out_.rectangle(box.x, height_ - box.y - box.height, box.width, box.height);
    if (box.filled && box.stroked) {
      out_.fillAndStroke();
    } else if (box.filled) {
      out_.fill();
    } else {
      out_.stroke();
    }
  }
}

void PageDrawer::drawImages(const std::vector<PlacedImage>& images) {
  for (const PlacedImage& image : images) {
    const char* name = HPDF_Page_GetXObjectName(page_, images_.handle(image.image));
    if (name == nullptr) throw IoError("Impossible de produire le PDF (image d'une page)");
    out_.drawXObject(name, image.x, height_ - image.y - image.height, image.width, image.height);
  }
}

void PageDrawer::drawRules(const std::vector<Rule>& rules) {
  for (const Rule& rule : rules) {
    setStroke(rule.color, rule.width);
    out_.moveTo(rule.x1, height_ - rule.y1);
    out_.lineTo(rule.x2, height_ - rule.y2);
    out_.stroke();
  }
}

// Runs on one baseline share a TJ array: the space from one to the next is an adjustment,
// computed from where the reader's pen is (the glyphs' advances as the font's widths give
// them), so rounding never accumulates along a line. A new baseline is a Td.
void PageDrawer::drawTexts(std::span<const TextRun> runs) {
  out_.beginText();
  HPDF_Font font = nullptr;
  float size = 0;
  double lineX = 0, lineY = 0;  // the line's start, as the last Td set it
  double penX = 0;              // where the next glyph goes on that line
  bool showing = false;         // inside a TJ array
  auto endShow = [&] {
    if (showing) out_.endShow();
    showing = false;
  };
  auto show = [&] {
    if (!showing) out_.beginShow();
    showing = true;
  };
  bool placed = false;
  for (const TextRun& run : runs) {
    fonts_.encode(run.font, run.text, chars_);
    if (chars_.empty()) continue;
    if (run.color != fill_) {
      endShow();
      setFill(run.color);
    }
    const double y = height_ - run.baseline;
    HPDF_Font face = fonts_.drawingFont(run.font, FontBook::kFace);
    bool runStart = true;
    for (const FontBook::DrawnChar& c : chars_) {
      HPDF_Font wanted = c.font == FontBook::kFace ? face : fonts_.drawingFont(run.font, c.font);
      if (wanted != font || run.size != size) {
        endShow();
        const char* name = HPDF_Page_GetLocalFontName(page_, wanted);
        if (name == nullptr) throw IoError("Impossible de produire le PDF (police d'une page)");
        out_.setFont(name, run.size);
        font = wanted;
        size = run.size;
      }
      if (runStart) {
        runStart = false;
        if (placed && std::abs(y - lineY) < 0.005) {
          show();
          const long thousandths = std::lround((penX - run.x) * 1000 / size);
          out_.adjust(thousandths);
          penX -= static_cast<double>(thousandths) * size / 1000;
        } else {
          endShow();
          const double dx = inHundredths(run.x - lineX), dy = inHundredths(y - lineY);
          out_.moveToNextLine(dx, dy);
          lineX += dx;
          lineY += dy;
          penX = lineX;
          placed = true;
        }
      }
      show();
      out_.showCode(c.code);
      penX += static_cast<double>(c.advance) * size / 1000;
    }
  }
  endShow();
  out_.endText();
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
