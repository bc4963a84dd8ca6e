#pragma once

#include <cmark-gfm.h>

#include <memory>

namespace trousse {

/// cmark's iterator over a node and its descendants (ENTER and EXIT events, no recursion:
/// safe on trees nested thousands deep), freed with its owner.
struct NodeIteratorDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using NodeIterator = std::unique_ptr<cmark_iter, NodeIteratorDeleter>;

inline NodeIterator iterate(cmark_node* root) { return NodeIterator(cmark_iter_new(root)); }

}  // namespace trousse
