#pragma once

#include "markdown/MarkdownTree.hpp"

#include <string_view>

namespace trousse {

/// The one way a document's Markdown becomes the tree a writer walks, shared by the PDF layouts
/// and the HTML preview so that the preview shows what the PDF prints: table rows checked
/// before cmark-gfm reads them (checkTableRows), parsed with the GFM extensions, nesting
/// flattened beyond the limits (limitNesting), every block's size checked (checkBlockSizes),
/// and images set apart from the text around them (separateImages). Throws DataError.
MarkdownTree prepareMarkdown(std::string_view markdown);

}  // namespace trousse
