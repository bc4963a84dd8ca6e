#include "pdf/layout/DocumentImages.hpp"

#include <algorithm>
#include <string>

#include "common/Errors.hpp"
#include "pdf/layout/ImagePaths.hpp"
#include "pdf/text/TextStyle.hpp"

namespace trousse::pdf {

std::string documentName(const Document& document) {
  if (!document.title.empty()) return "« " + document.title + " »";
  if (!document.letter.subject.empty()) return "« " + document.letter.subject + " »";
  if (!document.letter.recipient.empty()) return "« " + document.letter.recipient.front() + " »";
  return "sans titre";
}

ImageSize fitImage(const ImageStore::Entry& image, double maxWidth, double maxHeight) {
  const double naturalWidth = image.pixelWidth * 72.0 / kImagePixelsPerInch;
  const double naturalHeight = image.pixelHeight * 72.0 / kImagePixelsPerInch;
  if (naturalWidth <= 0 || naturalHeight <= 0) return {};
  const double scale = std::min(
      {1.0, std::max(maxWidth, 1.0) / naturalWidth, std::max(maxHeight, 1.0) / naturalHeight});
  return {naturalWidth * scale, naturalHeight * scale};
}

DocumentImages::DocumentImages(LayoutContext& context, const Document& document)
    : context_(context), document_(document) {}

const ImageStore::Entry* DocumentImages::bodyImage(std::string_view destination) {
  const ImagePath path = resolveImagePath(destination, document_.resourceDir);
  const ImageStore::Entry* entry = nullptr;
  std::string problem = path.problem;
  if (problem.empty()) {
    entry = &context_.images.load(path.file);
    problem = entry->problem;
  }
  if (problem.empty()) return entry;

  const std::string where =
      document_.resourceDir.empty() ? std::string() : ", dossier " + document_.resourceDir;
  const std::string message = "image « " + std::string(destination) + " » du document " +
                              documentName(document_) + " : " + problem;
  if (context_.options.strictImages) throw TemplateError("Image inutilisable : " + message + where);
  context_.warnings.add("image " + std::string(destination) + "\n" + problem,
                        message + " ; un cadre la remplace");
  return nullptr;
}

const ImageStore::Entry* DocumentImages::logo() {
  const std::string& file = document_.establishment.logoPath;
  if (file.empty()) return nullptr;
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    context_.warnings.add("logo de l'établissement introuvable : " + file +
                          " ; les documents sont produits sans logo");
    return nullptr;
  }
  const ImageStore::Entry& entry = context_.images.load(file);
  if (!entry.problem.empty()) {
    context_.warnings.add("logo de l'établissement inutilisable : " + file + " (" + entry.problem +
                          ") ; les documents sont produits sans logo");
    return nullptr;
  }
  return &entry;
}

}  // namespace trousse::pdf
