#include "pdf/layout/SlidesLayout.hpp"

#include <algorithm>

#include "pdf/layout/LayoutParts.hpp"

namespace trousse::pdf {
namespace {

constexpr double kSlideBodySize = 22;
constexpr double kTitleSize = 40;
constexpr double kSubtitleSize = 20;
constexpr double kLogoMaxHeight = 80;  // points, on the title slide

PageFrame slide() {
  PageFrame frame;
  frame.width = 960;
  frame.height = 540;
  frame.left = frame.right = 56;
  frame.top = 44;
  frame.bottom = 56;
  return frame;
}

/// Logo, title and establishment, centred on the first slide.
void placeTitleSlide(const Document& document, LayoutContext& context, DocumentImages& images,
                     PageFlow& flow) {
  const PageFrame& frame = flow.frame();
  FontBook& fonts = context.fonts;
  PageContent& page = flow.page();
  const double logoBottom = placeLogo(images, page, frame.contentLeft(), frame.contentTop(),
                                      frame.contentWidth(), kLogoMaxHeight, true);
  const InlineContent title = plain(document.title, sized(kTitleSize, true), fonts);
  const double titleHeight = textHeight(title, frame.contentWidth(), fonts);
  double top = std::max(
      logoBottom, frame.contentTop() + (frame.contentHeight() - titleHeight) / 2 - kTitleSize / 2);
  top =
      placeText(title, frame.contentLeft(), top, frame.contentWidth(), Align::Center, fonts, page);
  if (!document.establishment.name.empty()) {
    TextStyle style = sized(kSubtitleSize);
    style.color = kGray;
    placeText(plain(document.establishment.name, style, fonts), frame.contentLeft(),
              top + kSubtitleSize, frame.contentWidth(), Align::Center, fonts, page);
  }
  flow.moveTo(frame.contentBottom());
  flow.newPage();
}

}  // namespace

LaidOutDocument layOutSlides(const Document& document, LayoutContext& context) {
  LaidOutDocument out;
  out.frame = slide();
  out.decoration.bare = true;
  out.decoration.footerRight = true;
  out.decoration.footerSize = 12;
  out.decoration.footerBaselineFromBottom = 24;
  DocumentImages images(context, document);
  PageFlow flow(out, out.frame);
  if (!document.title.empty()) placeTitleSlide(document, context, images, flow);

  BodySettings body;
  body.bodySize = kSlideBodySize;
  body.newPageHeadingLevel = 2;
  body.imageMaxHeight = out.frame.contentHeight() * 0.7;
  layOutBody(document, context, images, flow, out.bookmarks, body);
  // A title slide with no body after it leaves no empty slide behind.
  dropEmptyLastPage(out);
  return out;
}

}  // namespace trousse::pdf
