#pragma once

#include <trousse/Document.hpp>

#include "pdf/layout/LayoutContext.hpp"
#include "pdf/layout/PageContent.hpp"

namespace trousse::pdf {

/// The "slides" layout, for projection: 16:9 pages of 960 × 540 points in large type. A
/// document with a title opens with a title slide (logo, title, establishment); then each
/// first- or second-level heading starts a new slide. Slides are numbered "N / M" in the
/// bottom right corner.
LaidOutDocument layOutSlides(const Document& document, LayoutContext& context);

}  // namespace trousse::pdf
