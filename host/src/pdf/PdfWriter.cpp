#include "pdf/PdfWriter.hpp"

#include <cstdio>
#include <optional>

#include "common/Errors.hpp"
#include "common/Utf8.hpp"
#include "markdown/DocumentLimits.hpp"
#include "pdf/layout/LayoutRegistry.hpp"
#include "pdf/output/PdfDocument.hpp"
#include "pdf/text/Typography.hpp"

namespace trousse {
namespace {

constexpr double kA4Width = 210, kA4Height = 297;  // millimetres

pdf::LaidOutDocument layOut(const Document& document, pdf::LayoutContext& context) {
  const pdf::LayoutRegistry& layouts = pdf::LayoutRegistry::builtin();
  const pdf::LayoutRegistry::Layout* layout = layouts.find(document.layout);
  if (layout == nullptr) {
    throw TemplateError("Mise en page inconnue : « " + document.layout +
                        " » (attendu : " + layouts.namesForMessage() + ")");
  }
  return layout->layOut(document, context);
}

const std::string& titleOf(const Document& document) {
  return document.title.empty() && document.layout == "letter" ? document.letter.subject
                                                               : document.title;
}

/// A document's own bookmark in a PDF of several: a letter is known by its recipient.
std::string bookmarkTitleOf(const Document& document, std::size_t index) {
  if (document.layout == "letter" && !document.letter.recipient.empty()) {
    return document.letter.recipient.front();
  }
  if (!titleOf(document).empty()) return titleOf(document);
  return "Document " + std::to_string(index + 1);
}

/// libharu draws only the Basic Multilingual Plane: characters beyond it (emoji, rare
/// ideographs) become U+FFFD before layout. They are counted here, so the report names them.
void countCharactersBeyondBmp(const std::string& text, pdf::FontBook& fonts) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0xF0) {
      ++pos;
      continue;
    }
    const char32_t c = utf8::nextCodePoint(text, pos);
    if (c > 0xFFFF) fonts.countMissing(c);
  }
}

void countCharactersBeyondBmp(const Document& document, pdf::FontBook& fonts) {
  for (const std::string* text :
       {&document.title, &document.markdown, &document.letter.placeAndDate,
        &document.letter.subject, &document.letter.reference, &document.letter.followedBy,
        &document.letter.signatoryName, &document.letter.signatoryTitle}) {
    countCharactersBeyondBmp(*text, fonts);
  }
  for (const std::string& line : document.letter.recipient) countCharactersBeyondBmp(line, fonts);
}

std::string missingGlyphsWarning(const std::map<char32_t, long>& missing) {
  constexpr std::size_t kListed = 12;
  long count = 0;
  for (const auto& [codePoint, times] : missing) count += times;
  std::string warning =
      std::to_string(count) + (count > 1 ? " caractères sans glyphe" : " caractère sans glyphe") +
      " dans les polices disponibles (imprimés comme un cadre vide, ou « � » au-delà de "
      "U+FFFF) :";
  std::size_t listed = 0;
  for (const auto& [codePoint, times] : missing) {
    if (listed++ == kListed) {
      warning += " …";
      break;
    }
    char name[16];
    std::snprintf(name, sizeof name, " U+%04X", static_cast<unsigned>(codePoint));
    warning += (listed > 1 ? "," : "") + std::string(name);
  }
  return warning;
}

}  // namespace

PdfWriter::PdfWriter(FontSet fonts, PdfOptions options)
    : fonts_(std::move(fonts)), options_(options) {
  const LetterWindow& w = options_.window;
  if (w.left < 0 || w.top < 0 || w.width < 40 || w.height < 20 || w.left + w.width > kA4Width ||
      w.top + w.height > kA4Height) {
    throw UsageError(
        "La fenêtre d'enveloppe (lettre.fenetre.gauche, .haut, .largeur, .hauteur, en mm) doit "
        "tenir sur une feuille A4 de 210 × 297 mm et mesurer au moins 40 × 20 mm");
  }
}

std::string PdfWriter::write(const std::vector<Document>& documents, RenderReport* report) const {
  if (report != nullptr) *report = RenderReport{};
  pdf::PdfDocument pdf(fonts_);
  pdf::Warnings warnings;
  pdf::LayoutContext context{pdf.fonts(), pdf.images(), options_, warnings};
  const bool several = documents.size() > 1;
  std::vector<pdf::OutlineEntry> outline;
  std::size_t pagesBefore = 0;
  for (std::size_t index = 0; index < documents.size(); ++index) {
    const Document& document = documents[index];
    checkTextSizes(document);  // before any layout: time and memory grow with text
    countCharactersBeyondBmp(document, pdf.fonts());
    for (const Document& translation : document.translations) {
      checkTextSizes(translation);
      countCharactersBeyondBmp(translation, pdf.fonts());
    }
    const std::size_t firstPage = pagesBefore;
    auto add = [&](const pdf::LaidOutDocument& laidOut) {
      if (report != nullptr) {
        for (const pdf::Bookmark& bookmark : laidOut.bookmarks) {
          report->headings.push_back(
              {bookmark.level, bookmark.title, pagesBefore + bookmark.page + 1});
        }
      }
      pagesBefore += laidOut.pages.size();
      return pdf.addPages(laidOut);
    };
    std::vector<pdf::OutlineEntry> headings = add(layOut(document, context));
    // In a PDF of several documents, each has its own bookmark, its headings under it.
    if (several) {
      pdf::OutlineEntry own = pdf.entryForLastDocument(bookmarkTitleOf(document, index), 0);
      own.open = false;
      outline.push_back(std::move(own));
    }
    for (pdf::OutlineEntry& entry : headings) outline.push_back(std::move(entry));
    const std::size_t ownPages = pagesBefore - firstPage;
    // Each translation from a new page of its own, bookmarked by its heading.
    for (const Document& translation : document.translations) {
      std::optional<pdf::NonFrenchTypography> typography;
      if (!translation.language.empty() && translation.language != "fr") typography.emplace();
      std::vector<pdf::OutlineEntry> translated = add(layOut(translation, context));
      typography.reset();
      const std::string& notice = translation.letter.translationNotice;
      outline.push_back(pdf.entryForLastDocument(notice.empty() ? titleOf(translation) : notice,
                                                 several ? 1 : 0));
      for (pdf::OutlineEntry& entry : translated) outline.push_back(std::move(entry));
    }
    if (report != nullptr) {
      report->documentPages.push_back(pagesBefore - firstPage);
      report->translationPages.push_back(pagesBefore - firstPage - ownPages);
    }
  }
  pdf.addOutline(outline);
  // One PDF has one title and author: the first document's (a letter without a title is
  // known by its subject); failing an author, the establishment.
  if (!documents.empty()) {
    const Document& first = documents.front();
    const std::string& author = first.author.empty() ? first.establishment.name : first.author;
    pdf.setInfo(titleOf(first), author);
  }
  std::string bytes = pdf.save();
  if (report != nullptr) {
    report->warnings = warnings.list();
    if (!pdf.fonts().missingGlyphs().empty()) {
      report->warnings.push_back(missingGlyphsWarning(pdf.fonts().missingGlyphs()));
    }
    for (const std::string& problem : pdf.fonts().fallbackProblems()) {
      report->warnings.push_back(problem);
    }
  }
  return bytes;
}

}  // namespace trousse
