#include "pdf/text/InlineText.hpp"

#include <cmark-gfm.h>

#include <cstring>

#include "common/Utf8.hpp"
#include "pdf/fonts/TextMeasure.hpp"
#include "pdf/text/FrenchSpacing.hpp"
#include "pdf/text/Ordinals.hpp"
#include "pdf/text/Typography.hpp"

namespace trousse::pdf {
namespace {

constexpr float kCodeScale = 0.9f;  // monospaced text looks larger than proportional text

bool isStrikethrough(cmark_node* node) {
  return std::strcmp(cmark_node_get_type_string(node), "strikethrough") == 0;
}

}  // namespace

InlineBuilder::InlineBuilder(FontBook& fonts, const TextStyle& base) : fonts_(fonts), base_(base) {}

void InlineBuilder::addChildren(cmark_node* parent) { addNodeChildren(parent, base_); }

void InlineBuilder::addNodeChildren(cmark_node* node, const TextStyle& style) {
  for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
       child = cmark_node_next(child)) {
    addNode(child, style);
  }
}

void InlineBuilder::addNode(cmark_node* node, TextStyle style) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
      addText(cmark_node_get_literal(node), style);
      return;
    case CMARK_NODE_SOFTBREAK:
      addSpace(style);
      return;
    case CMARK_NODE_LINEBREAK:
      addBreak(style);
      return;
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
      // Raw HTML is shown as the text it is, never interpreted nor dropped.
      style.mono = true;
      style.size = base_.size * kCodeScale;
      addText(cmark_node_get_literal(node), style);
      return;
    case CMARK_NODE_EMPH:
      style.italic = true;
      break;
    case CMARK_NODE_STRONG:
      style.bold = true;
      break;
    case CMARK_NODE_LINK: {
      style.link = static_cast<int>(content_.links.size());
      const char* url = cmark_node_get_url(node);
      content_.links.push_back(encodeUri(url != nullptr ? url : ""));
      style.color = kLinkBlue;
      break;
    }
    case CMARK_NODE_IMAGE: {
      // A placeholder until images are drawn: the alternative text, framed.
      style.image = images_++;
      style.italic = true;
      style.color = kGray;
      const std::size_t before = content_.items.size();
      addNodeChildren(node, style);
      bool hasAlt = false;
      for (std::size_t i = before; i < content_.items.size(); ++i) {
        hasAlt = hasAlt || content_.items[i].kind == InlineItem::Kind::Text;
      }
      if (!hasAlt) addFragment("image", style);
      return;
    }
    default:
      if (isStrikethrough(node)) {
        style.strike = true;
      } else if (const char* literal = cmark_node_get_literal(node);
                 literal != nullptr && *literal != '\0') {
        addText(literal, style);  // an inline kind this writer does not know: keep its text
      }
      break;
  }
  addNodeChildren(node, style);
}

void InlineBuilder::addText(std::string_view text) { addText(text, base_); }

void InlineBuilder::addText(std::string_view raw, const TextStyle& style) {
  const std::string text = utf8::printable(raw);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\0';
    if (i < text.size() && c != ' ' && c != '\t' && c != '\n' && c != '\r') continue;
    if (i > start) addFragment(std::string_view(text).substr(start, i - start), style);
    if (c == '\n') {
      addBreak(style);
    } else if (i < text.size()) {
      addSpace(style);
    }
    start = i + 1;
  }
}

void InlineBuilder::addUnbreakable(std::string_view raw, const TextStyle& style) {
  std::string text = utf8::printable(raw);
  for (char& c : text) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  addFragment(text, style);
}

InlineContent InlineBuilder::take() {
  if (frenchTypography()) {
    applyFrenchSpacing(content_.items);
    applyOrdinalSuperscripts(content_.items);
  } else {
    keepPhoneNumbersTogether(content_.items);
  }
  for (InlineItem& item : content_.items) {
    if (item.kind == InlineItem::Kind::Text) {
      item.width = measureText(fonts_, item.style.font(), item.text, item.style.size, &item.kerned);
    } else if (item.kind == InlineItem::Kind::Space) {
      item.width = fonts_.advance(item.style.font(), U' ', item.style.size);
    }
  }
  return std::move(content_);
}

void InlineBuilder::addFragment(std::string_view text, const TextStyle& style) {
  if (text.empty()) return;
  InlineItem& item = content_.items.emplace_back();
  item.kind = InlineItem::Kind::Text;
  item.style = style;
  item.text = std::string(text);
}

void InlineBuilder::addSpace(const TextStyle& style) {
  // Runs of spaces collapse into one, as in HTML.
  if (!content_.items.empty() && content_.items.back().kind == InlineItem::Kind::Space) return;
  InlineItem& item = content_.items.emplace_back();
  item.kind = InlineItem::Kind::Space;
  item.style = style;
}

void InlineBuilder::addBreak(const TextStyle& style) {
  // A space before a hard break would only be trailing space.
  if (!content_.items.empty() && content_.items.back().kind == InlineItem::Kind::Space) {
    content_.items.pop_back();
  }
  InlineItem& item = content_.items.emplace_back();
  item.kind = InlineItem::Kind::Break;
  item.style = style;
}

std::string encodeUri(std::string_view uri) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  // Longer targets are not made clickable: libharu refuses strings of more than 65,535
  // bytes, and each line of a link carries a copy of its target.
  constexpr std::size_t kMaxUriBytes = 8192;
  if (uri.size() > kMaxUriBytes) return {};
  std::string out;
  out.reserve(uri.size());
  for (char ch : uri) {
    const auto byte = static_cast<unsigned char>(ch);
    const bool unsafe = byte <= 0x20 || byte >= 0x7F || std::strchr("\"<>\\^`{|}", ch) != nullptr;
    if (unsafe) {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace trousse::pdf
