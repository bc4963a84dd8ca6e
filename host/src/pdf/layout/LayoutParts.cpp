#include "pdf/layout/LayoutParts.hpp"

#include "markdown/MarkdownTree.hpp"
#include "pdf/layout/BlockLayout.hpp"
#include "markdown/DocumentLimits.hpp"
#include "markdown/ImageParagraphs.hpp"
#include "markdown/MarkdownPreparation.hpp"

namespace trousse::pdf {

TextStyle sized(double size, bool bold) {
  TextStyle style;
  style.size = static_cast<float>(size);
  style.bold = bold;
  return style;
}

InlineContent plain(const std::string& text, const TextStyle& style, FontBook& fonts) {
  InlineBuilder builder(fonts, style);
  builder.addText(text);
  return builder.take();
}

double placeText(const InlineContent& content, double x, double top, double width, Align align,
                 FontBook& fonts, PageContent& page) {
  for (const Line& line : breakLines(content, width, align, kBodySize, fonts)) {
    emitLine(line, x, top, content.links, page);
    top += line.height;
  }
  return top;
}

double placeText(const BrokenText& text, double x, double top, PageContent& page) {
  for (const Line& line : text.lines) {
    emitLine(line, x, top, text.links, page);
    top += line.height;
  }
  return top;
}

double textHeight(const BrokenText& text) {
  double height = 0;
  for (const Line& line : text.lines) height += line.height;
  return height;
}

double textHeight(const InlineContent& content, double width, FontBook& fonts) {
  double height = 0;
  for (const Line& line : breakLines(content, width, Align::Left, kBodySize, fonts)) {
    height += line.height;
  }
  return height;
}

double placeLogo(DocumentImages& images, PageContent& page, double x, double top, double maxWidth,
                 double maxHeight, bool centred) {
  const ImageStore::Entry* logo = images.logo();
  if (logo == nullptr) return top;
  const ImageSize size = fitImage(*logo, maxWidth, maxHeight);
  if (size.width <= 0) return top;
  const double left = centred ? x + (maxWidth - size.width) / 2 : x;
  page.images.push_back(PlacedImage{left, top, size.width, size.height, logo->id});
  return top + size.height;
}

void placeTitle(const std::string& title, double size, Align align, FontBook& fonts,
                PageFlow& flow) {
  const PageFrame& frame = flow.frame();
  const InlineContent content = plain(title, sized(size, true), fonts);
  for (const Line& line : breakLines(content, frame.contentWidth(), align, size, fonts)) {
    flow.placeLine(line, frame.contentLeft());
  }
}

void dropEmptyLastPage(LaidOutDocument& document) {
  if (document.pages.size() < 2) return;
  const PageContent& last = document.pages.back();
  if (last.texts.empty() && last.images.empty() && last.boxes.empty() && last.rules.empty()) {
    document.pages.pop_back();
  }
}

void layOutBody(const Document& document, LayoutContext& context, DocumentImages& images,
                PageFlow& flow, std::vector<Bookmark>& bookmarks, const BodySettings& settings) {
  const MarkdownTree tree = prepareMarkdown(document.markdown);
  BodyExtras extras(context, images, bookmarks, settings);
  BlockLayout(flow, context.fonts, settings.bodySize, &extras).layOut(tree.root());
}

}  // namespace trousse::pdf
