#include "pdf/layout/DocumentLayout.hpp"

#include <algorithm>

#include "pdf/layout/LayoutParts.hpp"

namespace trousse::pdf {
namespace {

/// What tells a document and a handout apart.
struct DocumentStyle {
  PageFrame frame;
  double bodySize = kBodySize;
  double titleSize = 18;
  double logoMaxHeight = millimetres(18);
  bool runningHeader = true;
  float footerSize = 8.5f;
  double footerBaselineFromBottom = millimetres(12);
};

constexpr double kLogoMaxWidth = millimetres(45);
constexpr double kLogoGap = millimetres(5);

/// The logo, with the title beside it (or alone), and a rule under both.
void placeTitleBlock(const Document& document, const DocumentStyle& style, LayoutContext& context,
                     DocumentImages& images, PageFlow& flow) {
  const PageFrame& frame = style.frame;
  const double top = frame.contentTop();
  const double logoBottom = placeLogo(images, flow.page(), frame.contentLeft(), top, kLogoMaxWidth,
                                      style.logoMaxHeight, false);
  if (document.title.empty() && logoBottom <= top) return;

  double bottom = logoBottom;
  if (!document.title.empty()) {
    double x = frame.contentLeft();
    if (logoBottom > top) {
      const PlacedImage& logo = flow.page().images.back();
      x = logo.x + logo.width + kLogoGap;
    }
    const double width = frame.contentRight() - x;
    const InlineContent title = plain(document.title, sized(style.titleSize, true), context.fonts);
    const double height = textHeight(title, width, context.fonts);
    // Beside a logo, the title is centred on it.
    const double titleTop = top + std::max(0.0, (logoBottom - top - height) / 2);
    bottom = std::max(
        bottom, placeText(title, x, titleTop, width, Align::Left, context.fonts, flow.page()));
  }
  bottom += 0.4 * style.titleSize;
  flow.page().rules.push_back(
      Rule{frame.contentLeft(), bottom, frame.contentRight(), bottom, 0.75f, kRuleGray});
  flow.moveTo(bottom);
  flow.addSpace(style.titleSize);
}

LaidOutDocument layOut(const Document& document, const DocumentStyle& style,
                       LayoutContext& context) {
  LaidOutDocument out;
  out.frame = style.frame;
  out.decoration.footerSize = style.footerSize;
  out.decoration.footerBaselineFromBottom = style.footerBaselineFromBottom;
  if (style.runningHeader) out.decoration.runningHeader = document.title;
  DocumentImages images(context, document);
  PageFlow flow(out, out.frame);
  placeTitleBlock(document, style, context, images, flow);
  BodySettings body;
  body.bodySize = style.bodySize;
  body.imageMaxHeight = style.frame.contentHeight() / 2;
  layOutBody(document, context, images, flow, out.bookmarks, body);
  dropEmptyLastPage(out);
  return out;
}

}  // namespace

LaidOutDocument layOutDocument(const Document& document, LayoutContext& context) {
  return layOut(document, DocumentStyle{}, context);
}

LaidOutDocument layOutHandout(const Document& document, LayoutContext& context) {
  DocumentStyle style;
  style.frame.left = style.frame.right = millimetres(14);
  style.frame.top = millimetres(14);
  style.frame.bottom = millimetres(16);
  style.bodySize = 9.5;
  style.titleSize = 15;
  style.logoMaxHeight = millimetres(13);
  style.runningHeader = false;
  style.footerSize = 8;
  style.footerBaselineFromBottom = millimetres(9);
  return layOut(document, style, context);
}

}  // namespace trousse::pdf
