#pragma once

struct cmark_node;

namespace trousse {

/// How deep the layout nests blocks (block quotes and lists) and inline styles (emphasis,
/// strong, links, images, strike-through). cmark-gfm sets no limit: a document can nest
/// block quotes 50,000 deep or emphasis 65,000 deep, and the layouts walk the tree
/// recursively, so such a document would overflow the call stack.
inline constexpr int kMaxBlockNesting = 32;
inline constexpr int kMaxInlineNesting = 32;

/// Flattens what is nested deeper than those limits, in place and without recursion, so that
/// every later walk of the tree stays shallow. No text is lost:
///  - a block quote or list beyond the limit is replaced by the blocks it holds, in order,
///    laid out at the indentation of the limit; each list item keeps its marker (« ▪ », its
///    number, or its task box) as text at the start of its first paragraph;
///  - an inline node beyond the limit is replaced by the text it holds, in the style of the
///    limit (deeper emphasis, links and image frames are dropped).
void limitNesting(cmark_node* root);

}  // namespace trousse
