#pragma once

#include <memory>
#include <string_view>

struct cmark_node;

namespace trousse {

/// A Markdown document parsed by cmark-gfm with the GFM extensions (tables, strikethrough,
/// autolinks, task lists). Owns the node tree; writers walk it from root().
class MarkdownTree {
 public:
  static MarkdownTree parse(std::string_view markdown);

  cmark_node* root() const { return root_.get(); }

 private:
  struct NodeDeleter {
    void operator()(cmark_node* node) const;
  };
  explicit MarkdownTree(cmark_node* root) : root_(root) {}
  std::unique_ptr<cmark_node, NodeDeleter> root_;
};

}  // namespace trousse
