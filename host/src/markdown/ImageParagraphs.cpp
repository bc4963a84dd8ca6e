#include "markdown/ImageParagraphs.hpp"

#include <cmark-gfm.h>

#include <string_view>
#include <vector>

#include "markdown/NodeIterator.hpp"

namespace trousse {
namespace {

enum class Part { Blank, Image, Text };

Part partOf(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_IMAGE:
      return Part::Image;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      return Part::Blank;
    case CMARK_NODE_TEXT: {
      const char* literal = cmark_node_get_literal(node);
      const std::string_view text = literal != nullptr ? literal : "";
      return text.find_first_not_of(" \t\r\n") == std::string_view::npos ? Part::Blank : Part::Text;
    }
    default:
      return Part::Text;
  }
}

bool hasImageChild(cmark_node* paragraph) {
  for (cmark_node* child = cmark_node_first_child(paragraph); child != nullptr;
       child = cmark_node_next(child)) {
    if (cmark_node_get_type(child) == CMARK_NODE_IMAGE) return true;
  }
  return false;
}

/// Moves the children of `paragraph` into new sibling paragraphs after it, one per run of
/// images or of text (blank parts join the run they follow); the first run stays in
/// `paragraph`. It must stay alive: cmark's inline nodes keep their text in its buffer.
void split(cmark_node* paragraph) {
  std::vector<cmark_node*> children;
  for (cmark_node* child = cmark_node_first_child(paragraph); child != nullptr;
       child = cmark_node_next(child)) {
    children.push_back(child);
  }
  cmark_node* group = paragraph;
  Part groupPart = Part::Blank;
  for (cmark_node* child : children) {
    const Part part = partOf(child);
    if (part == Part::Blank) continue;  // stays with the run before it
    if (groupPart == Part::Blank) {
      groupPart = part;  // the first run: already in `paragraph`
    } else if (part != groupPart) {
      cmark_node* next = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node_insert_after(group, next);
      group = next;
      groupPart = part;
    }
    if (group != paragraph) {
      // This child and the blank ones after it, up to the next run, move together.
      for (cmark_node* moving = child; moving != nullptr;) {
        cmark_node* following = cmark_node_next(moving);
        cmark_node_append_child(group, moving);
        if (following == nullptr || partOf(following) != Part::Blank) break;
        moving = following;
      }
    }
  }
}

}  // namespace

bool isImageParagraph(cmark_node* paragraph) {
  bool image = false;
  for (cmark_node* child = cmark_node_first_child(paragraph); child != nullptr;
       child = cmark_node_next(child)) {
    const Part part = partOf(child);
    if (part == Part::Text) return false;
    image = image || part == Part::Image;
  }
  return image;
}

void separateImages(cmark_node* root) {
  std::vector<cmark_node*> mixed;
  const NodeIterator iter = iterate(root);
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
        hasImageChild(node) && !isImageParagraph(node)) {
      mixed.push_back(node);
    }
  }
  for (cmark_node* paragraph : mixed) split(paragraph);
}

}  // namespace trousse
