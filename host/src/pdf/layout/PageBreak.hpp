#pragma once

namespace trousse::pdf {

/// The explicit page break of template authors: the HTML comment `<!-- saut de page -->`
/// alone on its lines (letter case and the spaces inside the comment do not matter). Being
/// a comment, it is invisible in the HTML preview and anywhere else Markdown is shown.
bool isPageBreakMarker(const char* htmlBlock);

}  // namespace trousse::pdf
