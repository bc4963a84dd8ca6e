#include "catalog/BodyText.hpp"

#include "markdown/MarkdownTree.hpp"
#include "markdown/NodeIterator.hpp"

#include <cmark-gfm.h>

namespace trousse::catalog {

BodyText BodyText::read(std::string_view markdown) {
  BodyText result;
  const MarkdownTree tree = MarkdownTree::parse(markdown);
  const NodeIterator iter = iterate(tree.root());
  int line = 1;
  bool startsBlock = true;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    const bool entering = event == CMARK_EVENT_ENTER;
    // Inline nodes carry no position: follow the lines from their block.
    if (entering && cmark_node_get_start_line(node) > 0 &&
        (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK) {
      line = cmark_node_get_start_line(node);
      startsBlock = true;
    }
    switch (type) {
      case CMARK_NODE_HEADING:
        if (entering && cmark_node_get_heading_level(node) == 2) {
          std::string title;
          for (cmark_node* child = cmark_node_first_child(node); child;
               child = cmark_node_next(child)) {
            if (const char* literal = cmark_node_get_literal(child)) title += literal;
          }
          result.sections.push_back({title, line, false});
        }
        break;
      case CMARK_NODE_LIST:
        if (entering && cmark_node_get_list_type(node) == CMARK_ORDERED_LIST &&
            !result.sections.empty()) {
          result.sections.back().hasOrderedList = true;
        }
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        ++line;
        startsBlock = true;
        break;
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        break;  // leaf nodes: not prose
      case CMARK_NODE_TEXT:
        if (const char* literal = cmark_node_get_literal(node); literal && *literal) {
          result.prose.push_back({literal, line, startsBlock});
          startsBlock = false;
        }
        break;
      default:
        break;
    }
  }
  return result;
}

std::string BodyText::plainText() const {
  std::string text;
  for (const BodyLine& piece : prose) {
    // Text nodes within a line carry their own spaces.
    if (!text.empty() && piece.startsBlock) text += ' ';
    text += piece.text;
  }
  return text;
}

}  // namespace trousse::catalog
