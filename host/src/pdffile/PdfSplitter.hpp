#pragma once

#include "pdffile/PdfFile.hpp"

#include <string>

namespace trousse {

/// Writes pages [first, first + count) of `file` as a standalone PDF: those pages and every
/// object they use (fonts, images, link annotations), renumbered, with a new catalogue and a
/// document title. Fonts are copied as they are, so each file carries the subset of the whole
/// batch; nothing is loaded or compressed again: a file costs a few copies of bytes.
std::string extractPages(const PdfFile& file, std::size_t first, std::size_t count,
                         const std::string& title);

}  // namespace trousse
