// Headings as the PDF's bookmarks (its outline), nested by level; in a PDF of several
// documents, one bookmark per document with its headings under it.
#include <gtest/gtest.h>

#include "LayoutTestSupport.hpp"

namespace trousse::test {
namespace {

std::string pageMode(const std::filesystem::path& pdf) {
  const std::string json = run("/usr/bin/qpdf", {"--json", "--json-key=qpdf", pdf.string()}).out;
  const std::size_t at = json.find("\"/PageMode\"");
  if (at == std::string::npos) return {};
  const std::size_t start = json.find('"', json.find(':', at)) + 1;
  return json.substr(start, json.find('"', start) - start);
}

TEST(PdfOutline, HeadingsBecomeBookmarksNestedByLevel) {
  const RenderedPdf pdf(markdownDocument(
      "# Programme de la journée\n\nTexte.\n\n## Accueil\n\n## Atelier « messages clairs »\n\n"
      "#### Détail sauté\n\n### Mise en pratique\n\n# Évaluation\n\n## Bilan\n",
      "Kit de formation"));
  EXPECT_EQ(outlineTitles(pdfOutline(pdf.file())),
            "Programme de la journée [Accueil Atelier « messages clairs » [Détail sauté Mise en "
            "pratique]] Évaluation [Bilan]");
  EXPECT_EQ(pageMode(pdf.file()), "/UseOutlines");
  EXPECT_TRUE(qpdfCheck(pdf.file()));
}

TEST(PdfOutline, BookmarksLeadToTheHeadingsPage) {
  std::string markdown = "# Première partie\n\n";
  for (int i = 0; i < 80; ++i)
    markdown += "Paragraphe de remplissage numéro " + std::to_string(i) + ".\n\n";
  markdown += "# Seconde partie\n\nFin.\n";
  const RenderedPdf pdf(markdownDocument(markdown));
  const Poco::JSON::Array::Ptr outline = pdfOutline(pdf.file());
  ASSERT_EQ(outline->size(), 2u);
  EXPECT_EQ(outline->getObject(0)->getValue<int>("destpageposfrom1"), 1);
  const int second = outline->getObject(1)->getValue<int>("destpageposfrom1");
  EXPECT_EQ(second, pdfPages(pdf.file()));
  EXPECT_GT(second, 1);
}

TEST(PdfOutline, HeadingMarkupAndAccentsAreKeptAsPlainText) {
  const RenderedPdf pdf(
      markdownDocument("## Les *parents* de **Şükrü** et `Nguyễn` — « accueil »\n"));
  EXPECT_EQ(outlineTitles(pdfOutline(pdf.file())), "Les parents de Şükrü et Nguyễn — « accueil »");
}

TEST(PdfOutline, ADocumentWithoutHeadingsHasNoOutline) {
  const RenderedPdf pdf(markdownDocument("Un simple paragraphe.", "Note"));
  EXPECT_EQ(pdfOutline(pdf.file())->size(), 0u);
  EXPECT_EQ(pageMode(pdf.file()), "");
}

Document letterTo(const std::string& recipient, const std::string& body = "Madame, Monsieur,\n") {
  Document letter;
  letter.layout = "letter";
  letter.title = "Convocation";
  letter.markdown = body;
  letter.letter.recipient = {recipient, "12, rue des Lilas", "93100 Montreuil"};
  return letter;
}

TEST(PdfOutline, EachLetterOfABatchHasABookmarkNamedAfterItsRecipient) {
  const RenderedPdf pdf(std::vector<Document>{
      letterTo("Madame Awa N'DIAYE"), letterTo("Monsieur Wang XIAOMING 王小明"),
      letterTo("Madame Élise LEFÈVRE", "## Rappel du règlement\n\nTexte.\n")});
  const Poco::JSON::Array::Ptr outline = pdfOutline(pdf.file());
  EXPECT_EQ(outlineTitles(outline),
            "Madame Awa N'DIAYE Monsieur Wang XIAOMING 王小明 Madame Élise LEFÈVRE [Rappel du "
            "règlement]");
  ASSERT_EQ(outline->size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(outline->getObject(i)->getValue<int>("destpageposfrom1"), static_cast<int>(i) + 1);
  }
  EXPECT_EQ(pageMode(pdf.file()), "/UseOutlines");
}

TEST(PdfOutline, DocumentsOfAKitAreKnownByTheirTitles) {
  const RenderedPdf pdf(
      std::vector<Document>{markdownDocument("# Matin\n\n# Après-midi\n", "Programme"),
                            markdownDocument("Sans titre intérieur.", "Feuille d'émargement"),
                            markdownDocument("Rien.")});
  EXPECT_EQ(outlineTitles(pdfOutline(pdf.file())),
            "Programme [Matin Après-midi] Feuille d'émargement Document 3");
}

}  // namespace
}  // namespace trousse::test
