#pragma once

#include <trousse/Document.hpp>

#include "pdf/layout/LayoutContext.hpp"
#include "pdf/layout/PageContent.hpp"

namespace trousse::pdf {

/// The "certificate" layout, for attendance certificates: an A4 landscape sheet in a double
/// frame, everything centred: the logo and the establishment's name, the title in large type,
/// the body in larger type than a letter, then place and date and the signatory. What fits on
/// the sheet is centred vertically too.
LaidOutDocument layOutCertificate(const Document& document, LayoutContext& context);

}  // namespace trousse::pdf
