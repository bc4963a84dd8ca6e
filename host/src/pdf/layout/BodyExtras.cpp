#include "pdf/layout/BodyExtras.hpp"

#include <cmark-gfm.h>

#include <algorithm>
#include <string>

#include "markdown/ImageParagraphs.hpp"
#include "pdf/text/InlineText.hpp"
#include "common/Utf8.hpp"

namespace trousse::pdf {
namespace {

constexpr double kGap = 8;                    // points between images of a row
constexpr double kPlaceholderPadding = 5;     // inside a placeholder's frame
constexpr double kPlaceholderMinWidth = 120;  // points

void appendText(cmark_node* node, std::string& out) {
  for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
       child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        if (const char* literal = cmark_node_get_literal(child)) out += literal;
        break;
      default:
        appendText(child, out);
    }
  }
}

}  // namespace

std::string plainText(cmark_node* node) {
  std::string text;
  appendText(node, text);
  return utf8::printable(text);
}

BodyExtras::BodyExtras(LayoutContext& context, DocumentImages& images,
                       std::vector<Bookmark>& bookmarks, const BodySettings& settings)
    : context_(context), images_(images), bookmarks_(bookmarks), settings_(settings) {}

void BodyExtras::headingPlaced(cmark_node* heading, int level, const PageFlow& flow) {
  std::string title = plainText(heading);
  if (title.find_first_not_of(' ') == std::string::npos) return;
  bookmarks_.push_back(Bookmark{level, std::move(title), flow.pageCount() - 1, flow.y()});
}

BodyExtras::Item BodyExtras::measure(cmark_node* node, double width) {
  Item item;
  const char* url = cmark_node_get_url(node);
  item.image = images_.bodyImage(url != nullptr ? url : "");
  const double maxHeight = settings_.imageMaxHeight > 0 ? settings_.imageMaxHeight : width;
  if (item.image != nullptr) {
    item.size = fitImage(*item.image, width, maxHeight);
    if (item.size.width > 0) return item;
    item.image = nullptr;
  }
  // A framed placeholder: the image's description, then its file's name.
  TextStyle style;
  style.size = static_cast<float>(settings_.bodySize);
  style.italic = true;
  style.color = kGray;
  InlineBuilder builder(context_.fonts, style);
  std::string alt = plainText(node);
  if (alt.find_first_not_of(' ') == std::string::npos) alt = "image";
  builder.addText(alt);
  TextStyle small = style;
  small.italic = false;
  small.size = static_cast<float>(settings_.bodySize * 0.8);
  builder.addText("\n" + std::string(url != nullptr ? url : ""), small);
  const InlineContent content = builder.take();
  const double inner = std::max(width - 2 * kPlaceholderPadding, 1.0);
  const double natural = std::min(naturalWidth(content), inner);
  item.placeholderLines =
      breakLines(content, std::max(natural, std::min(kPlaceholderMinWidth, inner)), Align::Center,
                 settings_.bodySize, context_.fonts);
  double height = 2 * kPlaceholderPadding;
  for (const Line& line : item.placeholderLines) height += line.height;
  item.size = {std::max(natural, std::min(kPlaceholderMinWidth, inner)) + 2 * kPlaceholderPadding,
               height};
  return item;
}

bool BodyExtras::placeImages(cmark_node* paragraph, double x, double width, PageFlow& flow) {
  if (!isImageParagraph(paragraph)) return false;
  std::vector<Item> items;
  for (cmark_node* child = cmark_node_first_child(paragraph); child != nullptr;
       child = cmark_node_next(child)) {
    if (cmark_node_get_type(child) == CMARK_NODE_IMAGE) items.push_back(measure(child, width));
  }
  flow.addSpace(0.6 * settings_.bodySize);
  // Rows of images side by side while they fit, each row centred.
  std::vector<Item> row;
  double used = 0;
  for (Item& item : items) {
    const double needed = (row.empty() ? 0 : kGap) + item.size.width;
    if (!row.empty() && used + needed > width + 0.01) {
      placeRow(row, x, width, flow);
      row.clear();
      used = 0;
    }
    used += row.empty() ? item.size.width : needed;
    row.push_back(std::move(item));
  }
  if (!row.empty()) placeRow(row, x, width, flow);
  return true;
}

void BodyExtras::placeRow(const std::vector<Item>& row, double x, double width, PageFlow& flow) {
  double rowWidth = -kGap, rowHeight = 0;
  for (const Item& item : row) {
    rowWidth += kGap + item.size.width;
    rowHeight = std::max(rowHeight, item.size.height);
  }
  flow.reserve(rowHeight);
  const double top = flow.y();
  // A list item that starts with images shows its marker beside the first row.
  if (flow.hasMarker()) flow.placeMarker(top + kBaselineOffset * settings_.bodySize);
  double left = x + std::max(0.0, (width - rowWidth) / 2);
  for (const Item& item : row) {
    const double itemTop = top + (rowHeight - item.size.height) / 2;
    PageContent& page = flow.page();
    if (item.image != nullptr) {
      page.images.push_back(
          PlacedImage{left, itemTop, item.size.width, item.size.height, item.image->id});
    } else {
      Box frame;
      frame.x = left;
      frame.y = itemTop;
      frame.width = item.size.width;
      frame.height = item.size.height;
      frame.stroked = true;
      frame.stroke = kRuleGray;
      frame.lineWidth = 0.75f;
      page.boxes.push_back(frame);
      double lineTop = itemTop + kPlaceholderPadding;
      for (const Line& line : item.placeholderLines) {
        emitLine(line, left + kPlaceholderPadding, lineTop, {}, page);
        lineTop += line.height;
      }
    }
    left += item.size.width + kGap;
  }
  flow.advance(rowHeight);
}

}  // namespace trousse::pdf
