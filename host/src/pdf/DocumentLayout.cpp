#include "pdf/DocumentLayout.hpp"

#include "markdown/MarkdownTree.hpp"
#include "pdf/BlockLayout.hpp"
#include "pdf/InlineText.hpp"
#include "pdf/PageFlow.hpp"

namespace trousse::pdf {
namespace {

constexpr float kTitleSize = 18;

}  // namespace

LaidOutDocument layOutDocument(const Document& document, FontBook& fonts, const PageFrame& frame) {
  LaidOutDocument out;
  out.numberPages = true;
  PageFlow flow(out, frame);
  if (!document.title.empty()) {
    TextStyle style;
    style.bold = true;
    style.size = kTitleSize;
    InlineBuilder builder(fonts, style);
    builder.addText(document.title);
    const InlineContent title = builder.take();
    for (const Line& line :
         breakLines(title, frame.contentWidth(), Align::Left, kTitleSize, fonts)) {
      flow.placeLine(line, frame.contentLeft());
    }
    flow.addSpace(kTitleSize);
  }
  const MarkdownTree tree = MarkdownTree::parse(document.markdown);
  BlockLayout(flow, fonts, kBodySize).layOut(tree.root());
  return out;
}

}  // namespace trousse::pdf
