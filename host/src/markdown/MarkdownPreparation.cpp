#include "markdown/MarkdownPreparation.hpp"

#include "markdown/DocumentLimits.hpp"
#include "markdown/ImageParagraphs.hpp"
#include "markdown/NestingLimit.hpp"

namespace trousse {

MarkdownTree prepareMarkdown(std::string_view markdown) {
  checkTableRows(markdown);  // before cmark-gfm reads them
  MarkdownTree tree = MarkdownTree::parse(markdown);
  limitNesting(tree.root());
  checkBlockSizes(tree.root());
  separateImages(tree.root());
  return tree;
}

}  // namespace trousse
