// The layouts as a reader sees them: the letter's recipient in the envelope window, the
// document's running header, the handout's denser page, the certificate centred on a
// landscape sheet, slides at 16:9; and the explicit page break.
#include <gtest/gtest.h>

#include <algorithm>

#include "LayoutTestSupport.hpp"
#include "common/Errors.hpp"

namespace trousse::test {
namespace {

Document documentWith(const std::string& layout, std::string markdown, std::string title = {}) {
  Document document = markdownDocument(std::move(markdown), std::move(title));
  document.layout = layout;
  return document;
}

std::string filler(int paragraphs) {
  std::string text;
  for (int i = 0; i < paragraphs; ++i) {
    text +=
        "Les élèves ambassadeurs relaient les messages de prévention auprès de leurs "
        "camarades, paragraphe " +
        std::to_string(i) + ".\n\n";
  }
  return text;
}

// --- explicit page break --------------------------------------------------------------

TEST(PdfLayouts, PageBreakCommentStartsANewPage) {
  const RenderedPdf pdf(markdownDocument(
      "Première page.\n\n<!-- saut de page -->\n\nDeuxième page.\n\n<!--   Saut  de  PAGE -->\n"
      "Troisième page.\n\n<!-- un autre commentaire -->\n"));
  const std::vector<std::string> pages = pagesOf(pdfText(pdf.file()));
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_NE(pages[0].find("Première page."), std::string::npos);
  EXPECT_EQ(pages[0].find("saut"), std::string::npos) << "the marker is invisible";
  EXPECT_NE(pages[1].find("Deuxième page."), std::string::npos);
  EXPECT_NE(pages[2].find("Troisième page."), std::string::npos);
  // Any other HTML is still shown as it is written.
  EXPECT_NE(pages[2].find("<!-- un autre commentaire -->"), std::string::npos) << pages[2];
}

TEST(PdfLayouts, PageBreakAtTheTopOfAPageAddsNoEmptyPage) {
  const RenderedPdf pdf(
      markdownDocument("<!-- saut de page -->\n\nTexte.\n\n<!-- saut de page -->\n\n"
                       "<!-- saut de page -->\n\nFin.\n\n<!-- saut de page -->\n"));
  EXPECT_EQ(pdfPages(pdf.file()), 2);
}

// --- letter ---------------------------------------------------------------------------

Document letter(std::vector<std::string> recipient) {
  Document doc;
  doc.layout = "letter";
  doc.title = "Convocation";
  doc.markdown = "Madame, Monsieur,\n\nVeuillez vous présenter au collège.\n";
  doc.establishment.name = "Collège Jean-Jaurès";
  doc.establishment.addressLines = {"25, avenue de la République", "93100 Montreuil"};
  doc.letter.recipient = std::move(recipient);
  doc.letter.placeAndDate = "Montreuil, le 22 novembre 2026";
  doc.letter.subject = "convocation";
  return doc;
}

/// Every word of the recipient block (right of the sender's column) is inside the window.
void expectInsideWindow(const RenderedPdf& pdf, const LetterWindow& window,
                        const std::vector<std::string>& expectedWords) {
  const auto words = pdfWords(pdf.file());
  for (const std::string& expected : expectedWords) {
    const auto found = std::find_if(words.begin(), words.end(), [&](const PlacedWord& w) {
      return w.text == expected && w.xMin > mm(window.left) - 1;
    });
    ASSERT_NE(found, words.end()) << expected;
    EXPECT_GE(found->xMin, mm(window.left)) << expected;
    EXPECT_LE(found->xMax, mm(window.left + window.width)) << expected;
    EXPECT_GE(found->yMin, mm(window.top)) << expected;
    EXPECT_LE(found->yMax, mm(window.top + window.height)) << expected;
  }
}

TEST(PdfLayouts, TheEnvelopeWindowCanBeMoved) {
  PdfOptions options;
  options.window = LetterWindow{100, 55, 95, 40};
  const RenderedPdf pdf(letter({"Madame Awa NDIAYE", "12, rue des Lilas", "93100 Montreuil"}),
                        options);
  expectInsideWindow(pdf, options.window, {"Madame", "NDIAYE", "Lilas", "Montreuil"});
  const auto words = pdfWords(pdf.file());
  const auto first = std::find_if(words.begin(), words.end(), [](const PlacedWord& w) {
    return w.text == "Madame" && w.yMin < mm(100);
  });
  ASSERT_NE(first, words.end());
  EXPECT_NEAR(first->xMin, mm(102), mm(6)) << "near the window's left edge";
}

TEST(PdfLayouts, ALongAddressShrinksToStayInTheWindow) {
  const std::vector<std::string> recipient = {"Madame Awa NDIAYE-KOUYATÉ",
                                              "Monsieur Jean-Baptiste LEFÈVRE-DUPONT",
                                              "chez Madame Odile MARCHAND",
                                              "Résidence Les Tilleuls, bâtiment C",
                                              "Escalier 4, appartement 112",
                                              "12, rue des Lilas",
                                              "BP 45",
                                              "93100 Montreuil CEDEX"};
  const RenderedPdf pdf(letter(recipient));
  expectInsideWindow(pdf, LetterWindow{},
                     {"NDIAYE-KOUYATÉ", "LEFÈVRE-DUPONT", "Tilleuls,", "112", "BP", "CEDEX"});
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
}

TEST(PdfLayouts, AnAddressTooLongForAnyWindowIsReportedAndNotPrintedOutsideIt) {
  std::vector<std::string> recipient;
  for (int i = 0; i < 20; ++i) recipient.push_back("Ligne d'adresse " + std::to_string(i));
  const RenderedPdf pdf(letter(recipient));
  ASSERT_EQ(pdf.report().warnings.size(), 1u);
  EXPECT_NE(pdf.warnings().find("fenêtre"), std::string::npos) << pdf.warnings();
  EXPECT_NE(pdf.warnings().find("ses dernières lignes ne sont pas imprimées"), std::string::npos);
  // What the window shows is printed, in small type; the rest is left out, not printed below.
  EXPECT_NE(pdf.flatText().find("Ligne d'adresse 12"), std::string::npos);
  EXPECT_EQ(pdf.flatText().find("Ligne d'adresse 19"), std::string::npos);
  expectInsideWindow(pdf, LetterWindow{}, {"0", "5", "12"});
}

TEST(PdfLayouts, AWindowOffTheSheetIsRefused) {
  for (const LetterWindow window : {LetterWindow{150, 45, 100, 45}, LetterWindow{110, 270, 100, 45},
                                    LetterWindow{110, 45, 10, 45}, LetterWindow{-5, 45, 100, 45}}) {
    PdfOptions options;
    options.window = window;
    EXPECT_THROW(PdfWriter(systemDejaVu(), options), UsageError);
  }
}

// --- document and handout -------------------------------------------------------------

TEST(PdfLayouts, DocumentPagesAfterTheFirstShowTheTitleOnTop) {
  const RenderedPdf pdf(documentWith("document", filler(60), "Plan de prévention 2026"));
  const int pages = pdfPages(pdf.file());
  ASSERT_GE(pages, 2);
  const auto words = pdfWords(pdf.file());
  int headers = 0;
  for (const PlacedWord& w : words) {
    if (w.text == "prévention" && w.yMax < mm(15)) {
      ++headers;
      EXPECT_GE(w.page, 2) << "the first page has the title block instead";
    }
  }
  EXPECT_EQ(headers, pages - 1);
  const std::vector<std::string> texts = pagesOf(pdfText(pdf.file()));
  EXPECT_NE(texts[1].find("page 2 / " + std::to_string(pages)), std::string::npos);
}

TEST(PdfLayouts, HandoutIsDenserThanADocument) {
  const std::string text = filler(40);
  const RenderedPdf document(documentWith("document", text, "Fiche"));
  const RenderedPdf handout(documentWith("handout", text, "Fiche"));
  EXPECT_LT(pdfPages(handout.file()), pdfPages(document.file()));
  const std::vector<PlacedWord> words = pdfWords(handout.file());  // findWord points into it
  const PlacedWord* first = findWord(words, "Les");
  ASSERT_NE(first, nullptr);
  EXPECT_NEAR(first->xMin, mm(14), 1) << "narrow margins";
  EXPECT_NE(handout.flatText().find("page 1 / "), std::string::npos);
  // No running header on a handout.
  for (const PlacedWord& w : pdfWords(handout.file())) {
    if (w.text == "Fiche") {
      EXPECT_EQ(w.page, 1);
    }
  }
}

// --- certificate ----------------------------------------------------------------------

TEST(PdfLayouts, CertificateIsALandscapeSheetWithEverythingCentred) {
  Document doc = documentWith("certificate",
                              "Je soussignée atteste que\n\n## Madame Nguyễn Thị Hương\n\n"
                              "a participé à la formation du 2 décembre 2026.\n",
                              "Attestation de présence");
  doc.establishment.name = "Collège Jean-Jaurès";
  doc.establishment.signatoryName = "Claire Moreau";
  doc.establishment.signatoryTitle = "La principale du collège";
  doc.letter.placeAndDate = "Fait à Montreuil, le 4 décembre 2026";
  const RenderedPdf pdf(doc);
  EXPECT_EQ(pageSize(pdf.file()), "Page size: 841.89 x 595.276 pts (A4)");
  EXPECT_EQ(pdfPages(pdf.file()), 1);
  const auto words = pdfWords(pdf.file());
  const double middle = 841.89 / 2;
  // Each line is centred: its first and last words are as far from the middle.
  for (const auto& [first, last] :
       std::vector<std::pair<std::string, std::string>>{{"Attestation", "présence"},
                                                        {"Madame", "Hương"},
                                                        {"Claire", "Moreau"},
                                                        {"Collège", "Jean-Jaurès"}}) {
    const PlacedWord* a = findWord(words, first);
    const PlacedWord* b = findWord(words, last);
    ASSERT_NE(a, nullptr) << first;
    ASSERT_NE(b, nullptr) << last;
    EXPECT_NEAR((a->xMin + b->xMax) / 2, middle, 2) << first << " … " << last;
  }
  // The whole is centred vertically.
  double top = 1e9, bottom = 0;
  for (const PlacedWord& w : words) {
    top = std::min(top, w.yMin);
    bottom = std::max(bottom, w.yMax);
  }
  EXPECT_NEAR((top + bottom) / 2, 595.276 / 2, 12);
  const PlacedWord* title = findWord(words, "Attestation");
  const PlacedWord* body = findWord(words, "soussignée");
  ASSERT_NE(body, nullptr);
  EXPECT_GT(title->yMax - title->yMin, 2 * (body->yMax - body->yMin)) << "a large title";
}

// --- slides ---------------------------------------------------------------------------

TEST(PdfLayouts, SlidesAreSixteenByNineWithOneHeadingASlide) {
  const RenderedPdf pdf(documentWith("slides",
                                     "# Pourquoi agir\n\n- un élève sur dix\n\n"
                                     "# La méthode\n\nDes entretiens.\n\n### Détail\n\nSuite.\n\n"
                                     "## Contacts\n\nLe 3018.\n",
                                     "Le programme pHARe"));
  EXPECT_EQ(pageSize(pdf.file()), "Page size: 960 x 540 pts");
  const std::vector<std::string> pages = pagesOf(pdfText(pdf.file()));
  ASSERT_EQ(pages.size(), 4u);
  EXPECT_NE(pages[0].find("Le programme pHARe"), std::string::npos) << "a title slide";
  EXPECT_NE(pages[1].find("Pourquoi agir"), std::string::npos);
  EXPECT_NE(pages[2].find("La méthode"), std::string::npos);
  EXPECT_NE(pages[2].find("Détail"), std::string::npos) << "a third-level heading stays";
  EXPECT_NE(pages[3].find("Contacts"), std::string::npos);
  EXPECT_NE(withoutSpaces(pages[3]).find("4/4"), std::string::npos) << pages[3];
  const auto words = pdfWords(pdf.file());
  const PlacedWord* body = findWord(words, "entretiens.");
  ASSERT_NE(body, nullptr);
  EXPECT_GT(body->yMax - body->yMin, 20) << "large type for projection";
}

TEST(PdfLayouts, SlidesWithoutATitleStartWithTheirFirstHeading) {
  const RenderedPdf pdf(documentWith("slides", "# Un\n\nTexte.\n\n# Deux\n"));
  const std::vector<std::string> pages = pagesOf(pdfText(pdf.file()));
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_NE(pages[0].find("Un"), std::string::npos);
}

TEST(PdfLayouts, UnknownLayoutNamesTheKnownOnes) {
  try {
    RenderedPdf pdf(documentWith("affiche", "texte"));
    FAIL();
  } catch (const TemplateError& error) {
    EXPECT_NE(std::string(error.what()).find("certificate"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace trousse::test
