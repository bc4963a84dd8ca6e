#include "pdf/text/CachedLines.hpp"

#include <cmark-gfm.h>

#include <algorithm>

#include "markdown/NodeIterator.hpp"
#include "pdf/text/InlineText.hpp"
#include "pdf/text/LineBreaker.hpp"
#include "pdf/text/Typography.hpp"

namespace trousse::pdf {
namespace {

std::string settingsKey(char kind, const TextStyle& style, double width, Align align,
                        double baseSize) {
  std::string key(1, kind);
  key += frenchTypography() ? 'F' : 'T';
  appendKey(key, width);
  appendKey(key, align);
  appendKey(key, baseSize);
  appendKeyStyle(key, style);
  return key;
}

/// What InlineBuilder reads of a block's inline nodes: their nesting, kinds, text and links.
void appendNodes(std::string& key, cmark_node* block) {
  const NodeIterator iter = iterate(block);
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (node == block) continue;
    key += event == CMARK_EVENT_ENTER ? '<' : '>';
    appendKey(key, cmark_node_get_type(node));
    if (event != CMARK_EVENT_ENTER) continue;
    if (const char* literal = cmark_node_get_literal(node)) appendKeyText(key, literal);
    if (const char* url = cmark_node_get_url(node)) appendKeyText(key, url);
  }
}

/// The lines cached under a key made of the settings and what `describe` appends (everything
/// the lines depend on), or those `lay` makes for the width, stored.
template <typename Describe, typename Lay>
BrokenTextPtr cachedText(char kind, const TextStyle& style, double width, Align align,
                         double baseSize, FontBook& fonts, Describe describe, Lay lay) {
  width = std::max(width, 1.0);
  std::string key = settingsKey(kind, style, width, align, baseSize);
  describe(key);
  if (BrokenTextPtr found = fonts.lineCache().find(key)) return found;
  return fonts.lineCache().store(key, lay(width));
}

/// The lines of the content `fill` builds, broken.
template <typename Fill>
BrokenText brokenContent(const TextStyle& style, double width, Align align, double baseSize,
                         FontBook& fonts, Fill fill) {
  InlineBuilder builder(fonts, style);
  fill(builder);
  InlineContent content = builder.take();
  return BrokenText{breakLinesUncached(content, width, align, baseSize, fonts),
                    std::move(content.links)};
}

template <typename Describe, typename Fill>
BrokenTextPtr cachedLines(char kind, const TextStyle& style, double width, Align align,
                          double baseSize, FontBook& fonts, Describe describe, Fill fill) {
  return cachedText(kind, style, width, align, baseSize, fonts, describe, [&](double w) {
    return brokenContent(style, w, align, baseSize, fonts, fill);
  });
}

/// Puts the label at the start of the first line, and every line's text `indent` points to
/// its right: the lines hang under the text's first word.
void hangUnder(const InlineContent& label, double indent, std::vector<Line>& lines) {
  for (Line& line : lines) {
    for (PlacedItem& piece : line.items) piece.x += indent;
  }
  Line& first = lines.front();
  std::vector<PlacedItem> pieces;
  double x = 0;
  float size = 0;
  for (const InlineItem& item : label.items) {
    PlacedItem& piece = pieces.emplace_back();
    piece.x = x;
    piece.width = item.kind == InlineItem::Kind::Text ? item.width : 0;
    piece.style = item.style;
    if (item.kind == InlineItem::Kind::Text) piece.text = item.text;
    piece.kerned = item.kerned;
    x += piece.width;
    size = std::max(size, item.style.size);
  }
  if (!first.items.empty()) {
    PlacedItem& space = pieces.emplace_back();  // joins the label's run to the text's
    space.x = x;
    space.width = indent - x;
    space.style = first.items.front().style;
  }
  first.items.insert(first.items.begin(), pieces.begin(), pieces.end());
  first.height = std::max(first.height, size * kLeading);
  first.baseline = std::max(first.baseline, size * kBaselineOffset);
}

}  // namespace

BrokenTextPtr markdownLines(cmark_node* block, const TextStyle& base, double width, Align align,
                            double baseSize, FontBook& fonts) {
  return cachedLines(
      'M', base, width, align, baseSize, fonts, [&](std::string& key) { appendNodes(key, block); },
      [&](InlineBuilder& builder) { builder.addChildren(block); });
}

BrokenTextPtr plainLines(std::string_view text, const TextStyle& style, double width, Align align,
                         double baseSize, FontBook& fonts) {
  return cachedLines(
      'T', style, width, align, baseSize, fonts,
      [&](std::string& key) { appendKeyText(key, text); },
      [&](InlineBuilder& builder) { builder.addText(text); });
}

BrokenTextPtr labelledLines(std::string_view label, const TextStyle& labelStyle,
                            std::string_view text, const TextStyle& style, double width,
                            Align align, double baseSize, FontBook& fonts) {
  const auto describe = [&](std::string& key) {
    appendKeyStyle(key, labelStyle);
    appendKeyText(key, label);
    appendKeyText(key, text);
  };
  return cachedText('L', style, width, align, baseSize, fonts, describe, [&](double w) {
    InlineBuilder labelBuilder(fonts, labelStyle);
    labelBuilder.addUnbreakable(label, labelStyle);
    const InlineContent labelContent = labelBuilder.take();
    double indent = fonts.advance(style.font(), U' ', style.size);
    for (const InlineItem& item : labelContent.items) indent += item.width;
    // A label wider than half the column (a narrow one) would leave its text too little
    // room: the text then wraps to the margin. So do centred and right-aligned lines.
    const bool hang = !labelContent.items.empty() && indent <= w / 2 &&
                      (align == Align::Left || align == Align::Justify);
    if (!hang) {
      return brokenContent(style, w, align, baseSize, fonts, [&](InlineBuilder& builder) {
        builder.addUnbreakable(label, labelStyle);
        builder.addText(" ");
        builder.addText(text);
      });
    }
    BrokenText broken = brokenContent(style, w - indent, align, baseSize, fonts,
                                      [&](InlineBuilder& builder) { builder.addText(text); });
    if (broken.lines.empty()) broken.lines.emplace_back();
    hangUnder(labelContent, indent, broken.lines);
    return broken;
  });
}

}  // namespace trousse::pdf
