#include "markdown/NestingLimit.hpp"

#include "markdown/NodeIterator.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace trousse {
namespace {

bool isInline(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

/// Inline nodes that hold text rather than other nodes (cmark's iterator gives them no EXIT).
bool isInlineLeaf(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
      return true;
    default:
      return false;
  }
}

bool isNestingBlock(cmark_node* node) {
  const cmark_node_type type = cmark_node_get_type(node);
  return type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST;
}

/// The first node of each branch nested deeper than `limit`, in one walk of the tree;
/// `counts` says which nodes make a level, `leaf` which have no EXIT event.
template <typename Counts, typename Leaf>
std::vector<cmark_node*> tooDeep(cmark_node* root, int limit, Counts counts, Leaf leaf) {
  std::vector<cmark_node*> tops;
  const NodeIterator iter = iterate(root);
  int depth = 0;
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (!counts(node) || leaf(node)) continue;
    if (event == CMARK_EVENT_EXIT) {
      --depth;
    } else if (depth < limit) {
      ++depth;
    } else {
      tops.push_back(node);
      cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);  // its subtree is flattened whole
    }
  }
  return tops;
}

/// « ▪ », « 3. » or a task box: what BlockLayout would draw beside the item.
std::string markerOf(cmark_node* item, cmark_node* list, int number) {
  const bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
  std::string marker = "▪";
  if (ordered) {
    marker =
        std::to_string(number) + (cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : ".");
  }
  if (std::strcmp(cmark_node_get_type_string(item), "tasklist") == 0) {
    const char* box = cmark_gfm_extensions_get_tasklist_item_checked(item) ? "☑" : "☐";
    marker = ordered ? marker + " " + box : box;
  }
  return marker + "\u00A0";  // a no-break space: the marker stays with the first word
}

/// A block to move out of a flattened subtree, with the marker of the list item it starts;
/// or, with no block, the marker of an item that does not start with a paragraph.
struct Moved {
  cmark_node* block = nullptr;
  std::string marker;
};

/// Moves the block before `top`, its marker written as text at the start of the block (a
/// paragraph) or in a paragraph of its own. Done once the block is out of the deep subtree:
/// cmark-gfm walks every ancestor of a node that gets a child.
void moveOut(const Moved& moved, cmark_node* top) {
  cmark_node* block = moved.block;
  if (block != nullptr) cmark_node_insert_before(top, block);
  if (moved.marker.empty()) return;
  if (block == nullptr) {
    block = cmark_node_new(CMARK_NODE_PARAGRAPH);
    if (cmark_node_insert_before(top, block) == 0) {
      cmark_node_free(block);
      return;
    }
  }
  cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(text, moved.marker.c_str());
  if (cmark_node_prepend_child(block, text) == 0) cmark_node_free(text);
}

/// Replaces a block quote or list by the blocks of its whole subtree that are neither block
/// quotes, lists nor items, in order; items leave their marker as text.
void flattenBlocks(cmark_node* top) {
  std::vector<Moved> moves;
  struct OpenList {
    cmark_node* list;
    int next;
  };
  std::vector<OpenList> lists;
  std::string marker;  // of the item just entered, for its first block
  {
    const NodeIterator iter = iterate(top);
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      const cmark_node_type type = cmark_node_get_type(node);
      const bool enter = event == CMARK_EVENT_ENTER;
      if (type == CMARK_NODE_LIST) {
        if (enter) {
          lists.push_back({node, cmark_node_get_list_start(node)});
        } else {
          lists.pop_back();
        }
      }
      // An item starting with a nested list or quote passes its marker on to that one's
      // first paragraph, as BlockLayout draws their markers side by side on one line.
      const bool passesOn = enter && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_LIST ||
                                      type == CMARK_NODE_ITEM || type == CMARK_NODE_BLOCK_QUOTE);
      if (!marker.empty() && !passesOn) {
        moves.push_back({nullptr, std::move(marker)});  // an empty item, or one starting with code
        marker.clear();
      }
      if (type == CMARK_NODE_ITEM) {
        if (enter && !lists.empty())
          marker += markerOf(node, lists.back().list, lists.back().next++);
      } else if (enter && type != CMARK_NODE_BLOCK_QUOTE && type != CMARK_NODE_LIST) {
        moves.push_back({node, std::move(marker)});
        marker.clear();
        cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);  // its content moves with it
      }
    }
  }
  for (const Moved& moved : moves) moveOut(moved, top);
  cmark_node_free(top);  // now only empty quotes, lists and items
}

/// Replaces an inline node by the text nodes of its whole subtree, in order.
void flattenInlines(cmark_node* top) {
  std::vector<cmark_node*> leaves;
  {
    const NodeIterator iter = iterate(top);
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (event == CMARK_EVENT_ENTER && isInlineLeaf(node)) leaves.push_back(node);
    }
  }
  for (cmark_node* leaf : leaves) cmark_node_insert_before(top, leaf);
  cmark_node_free(top);
}

}  // namespace

void limitNesting(cmark_node* root) {
  // Blocks first: flattening them moves paragraphs, whose inlines are then walked.
  for (cmark_node* top :
       tooDeep(root, kMaxBlockNesting, isNestingBlock, [](cmark_node*) { return false; })) {
    flattenBlocks(top);
  }
  for (cmark_node* top : tooDeep(root, kMaxInlineNesting, isInline, isInlineLeaf)) {
    flattenInlines(top);
  }
}

}  // namespace trousse
