#pragma once

#include <trousse/Document.hpp>

#include "pdf/layout/LayoutContext.hpp"
#include "pdf/layout/PageContent.hpp"

namespace trousse::pdf {

/// The "letter" layout, a French administrative letter: the establishment's logo and identity
/// top left (with "Affaire suivie par" and "Réf."), the recipient inside the window of the
/// envelope (PdfOptions::window), place and date on the right, "Objet :" and the subject,
/// the body, the signatory toward the right. Pages are numbered only when the letter takes
/// more than one.
LaidOutDocument layOutLetter(const Document& document, LayoutContext& context);

}  // namespace trousse::pdf
