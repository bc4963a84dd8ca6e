#include "pdf/layout/BlockLayout.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "pdf/layout/BodyExtras.hpp"
#include "pdf/text/CachedLines.hpp"
#include "markdown/DocumentLimits.hpp"
#include "pdf/text/InlineText.hpp"
#include "pdf/layout/PageBreak.hpp"
#include "pdf/layout/TableLayout.hpp"

namespace trousse::pdf {
namespace {

constexpr std::array<double, 6> kHeadingScale{1.7, 1.4, 1.2, 1.08, 1.0, 1.0};
constexpr std::array<const char*, 3> kBullets{"•", "◦", "▪"};
constexpr double kCodeScale = 0.9;
constexpr double kCodePadding = 4;

bool hasType(cmark_node* node, const char* name) {
  return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

}  // namespace

BlockLayout::BlockLayout(PageFlow& flow, FontBook& fonts, double bodySize, BodyExtras* extras)
    : flow_(flow), fonts_(fonts), size_(bodySize), extras_(extras) {}

void BlockLayout::layOut(cmark_node* document) {
  const PageFrame& frame = flow_.frame();
  layOutChildren(document, Region{frame.contentLeft(), frame.contentWidth()});
}

void BlockLayout::layOutChildren(cmark_node* parent, const Region& region) {
  for (cmark_node* child = cmark_node_first_child(parent); child != nullptr;
       child = cmark_node_next(child)) {
    block(child, region);
    checkPageCount(flow_.pageCount());  // a document of a million short blocks stops here
  }
}

void BlockLayout::block(cmark_node* node, const Region& region) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
      paragraph(node, region);
      return;
    case CMARK_NODE_HEADING:
      heading(node, region);
      return;
    case CMARK_NODE_CODE_BLOCK:
      preformatted(cmark_node_get_literal(node), region, true);
      return;
    case CMARK_NODE_HTML_BLOCK:
      if (isPageBreakMarker(cmark_node_get_literal(node))) {
        breakPage();
        return;
      }
      // Raw HTML is shown as the text it is, never interpreted nor dropped.
      preformatted(cmark_node_get_literal(node), region, false);
      return;
    case CMARK_NODE_THEMATIC_BREAK:
      thematicBreak(region);
      return;
    case CMARK_NODE_BLOCK_QUOTE:
      blockQuote(node, region);
      return;
    case CMARK_NODE_LIST:
      list(node, region);
      return;
    default:
      break;
  }
  if (hasType(node, "table")) {
    TableLayout(flow_, fonts_, size_).layOut(node, region.x, region.width);
  } else if (cmark_node_first_child(node) != nullptr) {
    layOutChildren(node, region);  // a container this writer does not know: keep its content
  } else if (const char* literal = cmark_node_get_literal(node); literal != nullptr) {
    preformatted(literal, region, false);
  }
}

void BlockLayout::paragraph(cmark_node* node, const Region& region) {
  if (extras_ != nullptr && extras_->placeImages(node, region.x, region.width, flow_)) return;
  const Align align = extras_ != nullptr ? extras_->settings().paragraphAlign : Align::Justify;
  TextStyle style;
  style.size = static_cast<float>(size_);
  const BrokenTextPtr text = markdownLines(node, style, region.width, align, size_, fonts_);
  flow_.addSpace(em(region.tight ? 0.15 : 0.6));
  flow_.placeLines(text->lines, region.x, text->links);  // no widow, no orphan
}

void BlockLayout::heading(cmark_node* node, const Region& region) {
  const int level = std::clamp(cmark_node_get_heading_level(node), 1, 6);
  TextStyle style;
  style.bold = true;
  style.size = static_cast<float>(size_ * kHeadingScale[level - 1]);
  const Align align = extras_ != nullptr ? extras_->settings().headingAlign : Align::Left;
  const BrokenTextPtr text = markdownLines(node, style, region.width, align, style.size, fonts_);
  const std::vector<Line>& lines = text->lines;
  if (extras_ != nullptr && extras_->startsPage(level)) breakPage();
  flow_.addSpace(0.9 * style.size);
  // A heading stays with the first lines of what follows it.
  double height = 2 * em(kLeading);
  for (const Line& line : lines) height += line.height;
  flow_.startKeep();  // and moves to the next page with them when they do not fit
  flow_.reserve(height);
  if (extras_ != nullptr) extras_->headingPlaced(node, level, flow_);
  for (const Line& line : lines) flow_.placeLine(line, region.x, text->links);
  flow_.endKeep();
  flow_.addSpace(0.4 * style.size);
}

void BlockLayout::preformatted(const char* text, const Region& region, bool shaded) {
  TextStyle style;
  style.mono = true;
  style.size = static_cast<float>(size_ * kCodeScale);
  const double padding = shaded ? kCodePadding : 0;
  const double inner = std::max(region.width - 2 * padding, 1.0);
  const std::vector<Line> lines =
      breakPreformatted(text != nullptr ? text : "", style, inner, fonts_);
  flow_.addSpace(em(region.tight ? 0.15 : 0.6));
  if (shaded) flow_.openBand(Band{Band::Kind::Shade, region.x, region.width});
  flow_.reserve(padding + (lines.empty() ? 0 : lines.front().height));
  flow_.advance(padding);
  for (const Line& line : lines) flow_.placeLine(line, region.x + padding);
  flow_.advance(padding);
  if (shaded) flow_.closeBand();
}

void BlockLayout::thematicBreak(const Region& region) {
  flow_.addSpace(em(0.6));
  flow_.reserve(em(1));
  const double y = flow_.y() + em(0.5);
  flow_.page().rules.push_back(Rule{region.x, y, region.x + region.width, y, 0.75f, kRuleGray});
  flow_.placeMarker(flow_.y() + em(kBaselineOffset));
  flow_.advance(em(1));
}

void BlockLayout::blockQuote(cmark_node* node, const Region& region) {
  flow_.addSpace(em(0.6));
  flow_.openBand(Band{Band::Kind::Rule, region.x + 1, 0});
  Region inner = indented(region, em(1.3));
  inner.tight = false;
  layOutChildren(node, inner);
  flow_.closeBand();
}

void BlockLayout::list(cmark_node* node, const Region& region) {
  const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
  const bool tight = cmark_node_get_list_tight(node) != 0;
  const int start = cmark_node_get_list_start(node);
  const char* delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : ".";
  const float size = static_cast<float>(size_);

  int count = 0;
  for (cmark_node* item = cmark_node_first_child(node); item != nullptr;
       item = cmark_node_next(item)) {
    ++count;
  }
  // Room for the widest marker: the last number of an ordered list.
  double markerRoom = em(1.1);
  if (ordered) {
    const std::string widest = std::to_string(start + std::max(count - 1, 0)) + delimiter;
    markerRoom = std::max(markerRoom, fonts_.width(FontStyle::Regular, widest, size));
  }
  Region inner = indented(region, markerRoom + em(0.5));
  inner.listDepth = region.listDepth + 1;
  inner.tight = tight;

  flow_.addSpace(em(region.tight ? 0.15 : 0.6));
  int number = start;
  for (cmark_node* item = cmark_node_first_child(node); item != nullptr;
       item = cmark_node_next(item), ++number) {
    Marker marker;
    marker.size = size;
    if (ordered) {
      marker.text = std::to_string(number) + delimiter;
    } else {
      marker.text = kBullets[std::min<std::size_t>(region.listDepth, kBullets.size() - 1)];
    }
    if (hasType(item, "tasklist")) {
      const char* box = cmark_gfm_extensions_get_tasklist_item_checked(item) ? "☑" : "☐";
      marker.text = ordered ? marker.text + " " + box : box;
    }
    marker.width = fonts_.width(marker.font, marker.text, size);
    marker.right = inner.x - em(0.5);
    flow_.addMarker(std::move(marker));
    flow_.addSpace(em(tight ? 0.15 : 0.6));
    layOutChildren(item, inner);
    if (flow_.hasMarker()) {
      // An empty item still shows its marker, on a line of its own.
      Line empty;
      empty.height = em(kLeading);
      empty.baseline = em(kBaselineOffset);
      flow_.placeLine(empty, inner.x);
    }
  }
}

void BlockLayout::breakPage() {
  if (flow_.y() > flow_.frame().contentTop() + 0.01) flow_.newPage();
}

Region BlockLayout::indented(const Region& region, double indent) const {
  // Deep nesting stops indenting rather than squeezing text into a sliver.
  const double minimum = flow_.frame().contentWidth() / 3;
  if (region.width - indent < minimum) return region;
  Region inner = region;
  inner.x += indent;
  inner.width -= indent;
  return inner;
}

}  // namespace trousse::pdf
