#pragma once

#include <trousse/Document.hpp>

#include "pdf/FontBook.hpp"
#include "pdf/PageContent.hpp"

namespace trousse::pdf {

/// The "letter" layout, a French administrative letter: the establishment's identity top
/// left (with "Affaire suivie par" and "Réf."), the recipient where a window envelope shows
/// it, place and date on the right, "Objet :" and the subject, the body, the signatory
/// toward the right. Pages are numbered only when the letter takes more than one.
LaidOutDocument layOutLetter(const Document& document, FontBook& fonts, const PageFrame& frame);

}  // namespace trousse::pdf
