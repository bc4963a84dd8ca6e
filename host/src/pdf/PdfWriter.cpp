#include "pdf/PdfWriter.hpp"

#include "common/Errors.hpp"
#include "pdf/DocumentLayout.hpp"
#include "pdf/LetterLayout.hpp"
#include "pdf/PdfDocument.hpp"

namespace trousse {
namespace {

pdf::LaidOutDocument layOut(const Document& document, pdf::FontBook& fonts,
                            const pdf::PageFrame& frame) {
  if (document.layout == "letter") return pdf::layOutLetter(document, fonts, frame);
  if (document.layout == "document" || document.layout.empty()) {
    return pdf::layOutDocument(document, fonts, frame);
  }
  throw TemplateError("Mise en page inconnue : « " + document.layout +
                      " » (attendu : letter ou document)");
}

const std::string& titleOf(const Document& document) {
  return document.title.empty() && document.layout == "letter" ? document.letter.subject
                                                               : document.title;
}

}  // namespace

PdfWriter::PdfWriter(FontSet fonts) : fonts_(std::move(fonts)) {}

std::string PdfWriter::write(const std::vector<Document>& documents) const {
  pdf::PdfDocument pdf(fonts_);
  for (const Document& document : documents) {
    pdf.addPages(layOut(document, pdf.fonts(), pdf.frame()));
  }
  // One PDF has one title and author: the first document's (a letter without a title is
  // known by its subject); failing an author, the establishment.
  if (!documents.empty()) {
    const Document& first = documents.front();
    const std::string& author = first.author.empty() ? first.establishment.name : first.author;
    pdf.setInfo(titleOf(first), author);
  }
  return pdf.save();
}

}  // namespace trousse
