#pragma once

#include <trousse/Document.hpp>

#include "pdf/FontBook.hpp"
#include "pdf/PageContent.hpp"

namespace trousse::pdf {

/// The "document" layout: the title in large bold type at the top of the first page (when
/// there is one), then the body; every page numbered "page N / M".
LaidOutDocument layOutDocument(const Document& document, FontBook& fonts, const PageFrame& frame);

}  // namespace trousse::pdf
