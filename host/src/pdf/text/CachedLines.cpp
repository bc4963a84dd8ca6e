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
/// the content depends on), or those of the content `fill` builds, broken and stored.
template <typename Describe, typename Fill>
BrokenTextPtr cachedLines(char kind, const TextStyle& style, double width, Align align,
                          double baseSize, FontBook& fonts, Describe describe, Fill fill) {
  width = std::max(width, 1.0);
  std::string key = settingsKey(kind, style, width, align, baseSize);
  describe(key);
  if (BrokenTextPtr found = fonts.lineCache().find(key)) return found;
  InlineBuilder builder(fonts, style);
  fill(builder);
  InlineContent content = builder.take();
  BrokenText text{breakLinesUncached(content, width, align, baseSize, fonts),
                  std::move(content.links)};
  return fonts.lineCache().store(key, std::move(text));
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
  return cachedLines(
      'L', style, width, align, baseSize, fonts,
      [&](std::string& key) {
        appendKeyStyle(key, labelStyle);
        appendKeyText(key, label);
        appendKeyText(key, text);
      },
      [&](InlineBuilder& builder) {
        builder.addUnbreakable(label, labelStyle);
        builder.addText(" ");
        builder.addText(text);
      });
}

}  // namespace trousse::pdf
