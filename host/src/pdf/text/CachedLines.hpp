#pragma once

#include <string_view>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/text/LineCache.hpp"
#include "pdf/text/TextStyle.hpp"

struct cmark_node;

// Blocks of text broken into lines through the PDF's LineCache, keyed by their source: a
// paragraph or a line of a letter met before (the same words, styles and links, at the same
// width) is neither rebuilt, nor measured, nor broken again. In a batch of letters, only the
// blocks that hold a row's data are laid out for each letter.

namespace trousse::pdf {

/// The lines of a Markdown block's inline content (a paragraph, a heading) in `base` style.
/// `baseSize` sets the height of a line without text.
BrokenTextPtr markdownLines(cmark_node* block, const TextStyle& base, double width, Align align,
                            double baseSize, FontBook& fonts);

/// The lines of plain text (no Markdown: line feeds are line breaks) in one style.
BrokenTextPtr plainLines(std::string_view text, const TextStyle& style, double width, Align align,
                         double baseSize, FontBook& fonts);

/// A label that never parts from its colon ("Réf. :", "Objet :") in `labelStyle`, a space,
/// then plain text in `style`. Left-aligned and justified text hangs: its lines start under
/// the first word after the label, unless the label takes more than half the width (then
/// they start at the margin).
BrokenTextPtr labelledLines(std::string_view label, const TextStyle& labelStyle,
                            std::string_view text, const TextStyle& style, double width,
                            Align align, double baseSize, FontBook& fonts);

}  // namespace trousse::pdf
