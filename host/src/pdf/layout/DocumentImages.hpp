#pragma once

#include <string_view>
#include <trousse/Document.hpp>

#include "pdf/layout/LayoutContext.hpp"

namespace trousse::pdf {

/// The size an image is drawn at.
struct ImageSize {
  double width = 0, height = 0;
};

/// Images are drawn at 150 pixels per inch unless that is too large for the room: an image
/// is scaled down to fit, never enlarged beyond that, so it never looks blurred.
inline constexpr double kImagePixelsPerInch = 150;
ImageSize fitImage(const ImageStore::Entry& image, double maxWidth, double maxHeight);

/// The images one document draws: those its Markdown names, found in its folder, and the
/// establishment's logo. What happens to an image that cannot be used follows the writer's
/// options: an error naming the image and the document, or a warning.
class DocumentImages {
 public:
  DocumentImages(LayoutContext& context, const Document& document);

  /// The image a Markdown destination names; nullptr when it cannot be used (after the
  /// warning, in lenient mode: the caller draws a placeholder). Throws TemplateError in
  /// strict mode.
  const ImageStore::Entry* bodyImage(std::string_view destination);
  /// The establishment's logo; nullptr when there is none or it cannot be used (a warning:
  /// a missing logo never stops the letters).
  const ImageStore::Entry* logo();

 private:
  LayoutContext& context_;
  const Document& document_;
};

}  // namespace trousse::pdf
