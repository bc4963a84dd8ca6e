#pragma once

#include "pdf/PdfWriter.hpp"

#include <Poco/Util/AbstractConfiguration.h>

namespace trousse {

/// PDF options from the configuration: the envelope window of letters
/// (`lettre.fenetre.gauche`, `.haut`, `.largeur`, `.hauteur`, in millimetres).
PdfOptions readPdfOptions(const Poco::Util::AbstractConfiguration& config);

}  // namespace trousse
