#pragma once

#include <string>
#include <vector>

#include "pdf/layout/PageContent.hpp"

namespace trousse::pdf {

/// A QR code's modules: `size` × `size`, row by row, true for a dark module.
struct QrMatrix {
  int size = 0;
  std::vector<bool> dark;

  bool at(int row, int column) const {
    return dark[static_cast<std::size_t>(row) * static_cast<std::size_t>(size) +
                static_cast<std::size_t>(column)];
  }
};

/// Modules of white around the code that readers need to find it (ISO/IEC 18004).
inline constexpr int kQrQuietZone = 4;

/// Encodes `text` (UTF-8, taken as bytes) at error correction level M. Throws TemplateError,
/// in French, when it is too long for a QR code or cannot be encoded.
QrMatrix encodeQr(const std::string& text);

/// Draws the code as filled black squares (vector, never an image), quiet zone included, in a
/// square of `width` points whose top-left corner is (`x`, `top`). A run of dark modules in a
/// row is one rectangle.
void drawQr(const QrMatrix& code, double x, double top, double width, PageContent& page);

}  // namespace trousse::pdf
