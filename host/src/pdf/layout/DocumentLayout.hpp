#pragma once

#include <trousse/Document.hpp>

#include "pdf/layout/LayoutContext.hpp"
#include "pdf/layout/PageContent.hpp"

namespace trousse::pdf {

/// The "document" layout: a title block at the top of the first page (the establishment's
/// logo, the title in large bold type, a rule), then the body; the title again in small type
/// at the top of the following pages; every page numbered "page N / M".
LaidOutDocument layOutDocument(const Document& document, LayoutContext& context);

/// The "handout" layout, for participants of a workshop: the document's title block and page
/// numbers on a denser page (narrower margins, smaller type), without the running header.
LaidOutDocument layOutHandout(const Document& document, LayoutContext& context);

}  // namespace trousse::pdf
