#include "pdf/layout/CertificateLayout.hpp"

#include <algorithm>

#include "pdf/layout/LayoutParts.hpp"

namespace trousse::pdf {
namespace {

constexpr double kBodySizeHere = 14;
constexpr double kTitleSize = 32;
constexpr double kNameSize = 13;
constexpr double kClosingSize = 12.5;  // place, date and signatory
constexpr double kLogoMaxHeight = millimetres(22);
constexpr double kLogoMaxWidth = millimetres(70);
constexpr double kOuterFrame = millimetres(10);  // from the sheet's edges
constexpr double kInnerFrame = millimetres(12);
constexpr double kSignatureRoom = millimetres(14);
constexpr Color kFrameColour{0.35f, 0.45f, 0.6f};

PageFrame landscape() {
  PageFrame frame;
  std::swap(frame.width, frame.height);
  frame.left = frame.right = millimetres(28);
  frame.top = millimetres(24);
  frame.bottom = millimetres(24);
  return frame;
}

void placeCentred(const std::string& text, const TextStyle& style, FontBook& fonts,
                  PageFlow& flow) {
  const PageFrame& frame = flow.frame();
  const InlineContent content = plain(text, style, fonts);
  for (const Line& line :
       breakLines(content, frame.contentWidth(), Align::Center, style.size, fonts)) {
    flow.placeLine(line, frame.contentLeft());
  }
}

void drawFrames(PageContent& page, const PageFrame& frame) {
  for (const auto& [inset, width] : {std::pair{kOuterFrame, 2.0f}, std::pair{kInnerFrame, 0.6f}}) {
    Box box;
    box.x = inset;
    box.y = inset;
    box.width = frame.width - 2 * inset;
    box.height = frame.height - 2 * inset;
    box.stroked = true;
    box.stroke = kFrameColour;
    box.lineWidth = width;
    page.boxes.push_back(box);
  }
}

/// The extent of what is drawn on a page, top and bottom, frames aside.
std::pair<double, double> contentExtent(const PageContent& page) {
  double top = 1e9, bottom = -1e9;
  for (const TextRun& run : page.texts) {
    top = std::min(top, run.baseline - kAscent * run.size);
    bottom = std::max(bottom, run.baseline + kDescent * run.size);
  }
  for (const PlacedImage& image : page.images) {
    top = std::min(top, image.y);
    bottom = std::max(bottom, image.y + image.height);
  }
  for (const Box& box : page.boxes) {
    top = std::min(top, box.y);
    bottom = std::max(bottom, box.y + box.height);
  }
  for (const Rule& rule : page.rules) {
    top = std::min({top, rule.y1, rule.y2});
    bottom = std::max({bottom, rule.y1, rule.y2});
  }
  return {top, bottom};
}

}  // namespace

LaidOutDocument layOutCertificate(const Document& document, LayoutContext& context) {
  LaidOutDocument out;
  out.frame = landscape();
  out.decoration.numberPages = false;
  const PageFrame& frame = out.frame;
  FontBook& fonts = context.fonts;
  DocumentImages images(context, document);
  PageFlow flow(out, frame);

  const double logoBottom = placeLogo(images, flow.page(), frame.contentLeft(), frame.contentTop(),
                                      frame.contentWidth(), kLogoMaxHeight, true);
  if (logoBottom > frame.contentTop()) {
    flow.moveTo(logoBottom);
    flow.addSpace(millimetres(4));
  }
  if (!document.establishment.name.empty()) {
    placeCentred(document.establishment.name, sized(kNameSize, true), fonts, flow);
    flow.addSpace(millimetres(8));
  }
  if (!document.title.empty()) {
    placeCentred(document.title, sized(kTitleSize, true), fonts, flow);
    flow.addSpace(millimetres(8));
  }

  BodySettings body;
  body.bodySize = kBodySizeHere;
  body.paragraphAlign = Align::Center;
  body.headingAlign = Align::Center;
  body.imageMaxHeight = frame.contentHeight() / 3;
  layOutBody(document, context, images, flow, out.bookmarks, body);

  const LetterParts& letter = document.letter;
  const std::string& title =
      letter.signatoryTitle.empty() ? document.establishment.signatoryTitle : letter.signatoryTitle;
  const std::string& name =
      letter.signatoryName.empty() ? document.establishment.signatoryName : letter.signatoryName;
  if (!letter.placeAndDate.empty()) {
    flow.addSpace(millimetres(10));
    placeCentred(letter.placeAndDate, sized(kClosingSize), fonts, flow);
  }
  if (!title.empty() || !name.empty()) {
    flow.addSpace(millimetres(6));
    flow.reserve(kSignatureRoom + 3 * kClosingSize * kLeading);
    if (!title.empty()) placeCentred(title, sized(kClosingSize), fonts, flow);
    flow.advance(kSignatureRoom);
    if (!name.empty()) placeCentred(name, sized(kClosingSize, true), fonts, flow);
  }

  dropEmptyLastPage(out);
  // A certificate that fits on its sheet sits in the middle of it.
  if (out.pages.size() == 1) {
    const auto [top, bottom] = contentExtent(out.pages.front());
    if (bottom > top) {
      const double free = frame.contentHeight() - (bottom - top);
      const double shift = frame.contentTop() + free / 2 - top;
      out.pages.front().shift(shift);
      for (Bookmark& bookmark : out.bookmarks) bookmark.y += shift;
    }
  }
  for (PageContent& page : out.pages) drawFrames(page, frame);
  return out;
}

}  // namespace trousse::pdf
