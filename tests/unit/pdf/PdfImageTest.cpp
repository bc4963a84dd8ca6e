// Images in documents: PNG and JPEG files from the document's folder, scaled to fit and never
// enlarged, embedded once; what happens when one cannot be used; the establishment's logo.
#include <gtest/gtest.h>

#include <set>

#include "LayoutTestSupport.hpp"
#include "common/Errors.hpp"

namespace trousse::test {
namespace {

const std::filesystem::path kPhoto =
    std::filesystem::path(TROUSSE_SOURCE_DIR) / "tests" / "fixtures" / "images" / "photo.jpg";

/// A document whose images are looked for in a folder of a temporary folder.
class PdfImage : public testing::Test {
 protected:
  PdfImage() { std::filesystem::create_directories(resources_); }
  Document document(std::string markdown, std::string title = "Plan de l'école") {
    Document doc = markdownDocument(std::move(markdown), std::move(title));
    doc.resourceDir = resources_.string();
    return doc;
  }
  std::filesystem::path file(const std::string& name) const { return resources_ / name; }
  static PdfOptions strict() {
    PdfOptions options;
    options.strictImages = true;
    return options;
  }

  TempDir folder_;
  std::filesystem::path resources_ = folder_ / "modele";
};

TEST_F(PdfImage, WideImageIsScaledDownToTheTextWidth) {
  writePng(file("large.png"), 3000, 1000);
  const RenderedPdf pdf(document("Avant.\n\n![Un grand plan](large.png)\n\nAprès.\n"));
  const std::vector<ListedImage> images = pdfImages(pdf.file());
  ASSERT_EQ(images.size(), 1u) << pdf.warnings();
  EXPECT_EQ(images[0].width, 3000);
  // 3000 pixels across the 170 mm of text: about 448 pixels per inch.
  EXPECT_NEAR(images[0].xPpi, 3000 / (170 / 25.4), 2);
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
  EXPECT_TRUE(qpdfCheck(pdf.file()));
}

TEST_F(PdfImage, SmallImageKeepsItsNaturalSizeAt150PixelsPerInch) {
  writePng(file("petit.png"), 150, 60);
  const RenderedPdf pdf(document("![Pictogramme](petit.png)"));
  const std::vector<ListedImage> images = pdfImages(pdf.file());
  ASSERT_EQ(images.size(), 1u);
  EXPECT_NEAR(images[0].xPpi, 150, 1) << "never enlarged beyond 150 pixels per inch";
  EXPECT_NEAR(images[0].yPpi, 150, 1);
}

TEST_F(PdfImage, TallImageIsScaledToTheLayoutsMaximumHeight) {
  writePng(file("haut.png"), 400, 4000);
  const RenderedPdf pdf(document("![Affiche](haut.png)"));
  const std::vector<ListedImage> images = pdfImages(pdf.file());
  ASSERT_EQ(images.size(), 1u);
  // The document layout draws an image at most half the text height (about 124 mm).
  const double heightInches = 4000 / images[0].yPpi;
  EXPECT_LE(heightInches * 25.4, (297 - 42) / 2.0 + 1);
  EXPECT_GT(heightInches * 25.4, 100);
  EXPECT_NEAR(images[0].xPpi, images[0].yPpi, 1) << "proportions are kept";
}

TEST_F(PdfImage, JpegIsEmbeddedAsItIs) {
  std::filesystem::copy_file(kPhoto, file("photo.jpg"));
  const RenderedPdf pdf(document("![Une photo](photo.jpg)"));
  const std::vector<ListedImage> images = pdfImages(pdf.file());
  ASSERT_EQ(images.size(), 1u) << pdf.warnings();
  EXPECT_EQ(images[0].encoding, "jpeg");
  EXPECT_EQ(images[0].width, 320);
  EXPECT_EQ(images[0].height, 200);
}

TEST_F(PdfImage, TransparentPngKeepsItsTransparency) {
  writePng(
      file("rond.png"), 100, 100,
      [](unsigned x, unsigned y) {
        const int dx = int(x) - 50, dy = int(y) - 50;
        return dx * dx + dy * dy < 2000 ? 0xFF2050A0u : 0x00FFFFFFu;
      },
      true);
  const RenderedPdf pdf(document("![Logo rond](rond.png)"));
  std::set<std::string> types;
  for (const ListedImage& image : pdfImages(pdf.file())) types.insert(image.type);
  EXPECT_EQ(types, (std::set<std::string>{"image", "smask"}));
  EXPECT_TRUE(qpdfCheck(pdf.file()));
}

TEST_F(PdfImage, ImageInASentenceStandsBetweenItsLines) {
  writePng(file("plan.png"), 600, 300);
  const RenderedPdf pdf(
      document("Le bureau est indiqué ici ![le plan](plan.png) sur le plan ci-dessus.\n"));
  const auto words = pdfWords(pdf.file());
  const PlacedWord* before = findWord(words, "indiqué");
  const PlacedWord* after = findWord(words, "ci-dessus.");
  ASSERT_NE(before, nullptr);
  ASSERT_NE(after, nullptr);
  // 300 pixels at 150 per inch: 144 points between the two lines of text.
  EXPECT_GT(after->yMin - before->yMax, 144);
  EXPECT_EQ(pdfImages(pdf.file()).size(), 1u);
}

TEST_F(PdfImage, ImagesOfOneParagraphShareARowWhenTheyFit) {
  writePng(file("a.png"), 300, 150);
  writePng(file("b.png"), 300, 150);
  const RenderedPdf pdf(document("Texte.\n\n![A](a.png) ![B](b.png)\n\nFin.\n"));
  const auto words = pdfWords(pdf.file());
  const PlacedWord* text = findWord(words, "Texte.");
  const PlacedWord* end = findWord(words, "Fin.");
  ASSERT_NE(text, nullptr);
  ASSERT_NE(end, nullptr);
  // Side by side: one image height (72 points) between the lines, not two.
  EXPECT_GT(end->yMin - text->yMax, 72);
  EXPECT_LT(end->yMin - text->yMax, 144);
  EXPECT_EQ(pdfImages(pdf.file()).size(), 2u);
}

TEST_F(PdfImage, MissingImageOfAMarkdownFileIsAFramedPlaceholderAndAWarning) {
  const RenderedPdf pdf(document("Voici le plan :\n\n![Plan du collège](images/absent.png)\n"));
  EXPECT_NE(pdf.flatText().find("Plan du collège"), std::string::npos) << pdf.flatText();
  EXPECT_NE(pdf.flatText().find("images/absent.png"), std::string::npos);
  EXPECT_TRUE(pdfImages(pdf.file()).empty());
  ASSERT_EQ(pdf.report().warnings.size(), 1u);
  const std::string& warning = pdf.report().warnings.front();
  EXPECT_NE(warning.find("images/absent.png"), std::string::npos) << warning;
  EXPECT_NE(warning.find("Plan de l'école"), std::string::npos) << warning;
  EXPECT_NE(warning.find("introuvable"), std::string::npos) << warning;
}

TEST_F(PdfImage, AnImageMissingFromEveryDocumentOfABatchIsOneWarning) {
  std::vector<Document> documents(5, document("![Plan](plan-absent.png)", "Invitation"));
  const RenderedPdf pdf(documents);
  ASSERT_EQ(pdf.report().warnings.size(), 1u) << pdf.warnings();
  EXPECT_NE(pdf.warnings().find("(et 4 autres documents)"), std::string::npos) << pdf.warnings();
  EXPECT_EQ(pdf.report().documentPages, (std::vector<std::size_t>(5, 1)));
}

TEST_F(PdfImage, MissingImageOfATemplateIsAnErrorNamingTheImageAndTheDocument) {
  try {
    RenderedPdf pdf(document("![Plan](plan-absent.png)", "Convocation"), strict());
    FAIL() << "expected a TemplateError";
  } catch (const TemplateError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("plan-absent.png"), std::string::npos) << message;
    EXPECT_NE(message.find("« Convocation »"), std::string::npos) << message;
    EXPECT_NE(message.find("introuvable"), std::string::npos) << message;
  }
}

TEST_F(PdfImage, PathsLeavingTheDocumentsFolderAreRefused) {
  writePng(folder_.path() / "secret.png", 10, 10);
  writePng(file("ok.png"), 10, 10);
  std::filesystem::create_symlink(folder_.path() / "secret.png", file("lien.png"));
  for (const std::string& destination : std::vector<std::string>{
           "../secret.png", "sous/../../secret.png", (folder_.path() / "secret.png").string(),
           "lien.png", "https://example.org/logo.png", "file:///etc/passwd"}) {
    SCOPED_TRACE(destination);
    const RenderedPdf pdf(document("![image](" + destination + ")"));
    EXPECT_TRUE(pdfImages(pdf.file()).empty());
    ASSERT_EQ(pdf.report().warnings.size(), 1u);
    EXPECT_NE(pdf.report().warnings.front().find(destination), std::string::npos);
    EXPECT_THROW(RenderedPdf(document("![image](" + destination + ")"), strict()), TemplateError);
  }
  // A path that goes out and comes back in is in the folder.
  const std::string back = "../modele/ok.png";
  EXPECT_EQ(pdfImages(RenderedPdf(document("![ok](" + back + ")")).file()).size(), 0u)
      << "a path with .. is refused even when it comes back";
  EXPECT_EQ(pdfImages(RenderedPdf(document("![ok](./ok.png)")).file()).size(), 1u);
}

TEST_F(PdfImage, FileNamesWithSpacesAndAccentsAreFound) {
  writePng(file("plan de l'école.png"), 20, 20);
  const RenderedPdf pdf(document("![plan](<plan de l'école.png>)"));
  EXPECT_EQ(pdfImages(pdf.file()).size(), 1u) << pdf.warnings();
}

TEST_F(PdfImage, DamagedOrUnsupportedFilesAreReportedNotFatal) {
  writePng(file("bon.png"), 200, 200);
  const std::string good = readFile(file("bon.png"));
  writeFile(file("tronque.png"), good.substr(0, good.size() / 2));
  std::string corrupt = good;
  for (std::size_t i = 60; i < corrupt.size() - 20; i += 7)
    corrupt[i] = static_cast<char>(~corrupt[i]);
  writeFile(file("abime.png"), corrupt);
  writeFile(file("texte.png"), "ceci n'est pas une image");
  writeFile(file("image.gif"), "GIF89a\x01\x00\x01\x00");
  const std::string jpeg = readFile(kPhoto);
  writeFile(file("tronque.jpg"), jpeg.substr(0, 40));
  for (const char* name : {"tronque.png", "abime.png", "texte.png", "image.gif", "tronque.jpg"}) {
    SCOPED_TRACE(name);
    const RenderedPdf pdf(
        document(std::string("![illustration](") + name + ")\n\nSuite du texte."));
    EXPECT_TRUE(qpdfCheck(pdf.file()));
    EXPECT_NE(pdf.flatText().find("Suite du texte."), std::string::npos);
    EXPECT_EQ(pdf.report().warnings.size(), 1u) << pdf.warnings();
    EXPECT_THROW(RenderedPdf(document(std::string("![illustration](") + name + ")"), strict()),
                 TemplateError);
  }
}

TEST_F(PdfImage, OneFileDrawnManyTimesIsEmbeddedOnce) {
  writePng(file("puce.png"), 40, 40);
  std::string markdown;
  for (int i = 0; i < 12; ++i)
    markdown += "![puce](puce.png)\n\nLigne " + std::to_string(i) + "\n\n";
  const RenderedPdf pdf(document(markdown));
  std::set<int> objects;
  const std::vector<ListedImage> images = pdfImages(pdf.file());
  for (const ListedImage& image : images) objects.insert(image.object);
  EXPECT_EQ(images.size(), 12u);
  EXPECT_EQ(objects.size(), 1u);
}

Document letterWithLogo(const std::filesystem::path& logo, int number) {
  Document letter;
  letter.layout = "letter";
  letter.title = "Convocation";
  letter.markdown = "Madame, Monsieur,\n\nVeuillez vous présenter au collège.\n";
  letter.establishment.name = "Collège Jean-Jaurès";
  letter.establishment.logoPath = logo.string();
  letter.letter.recipient = {"Famille " + std::to_string(number), "1, rue des Lilas",
                             "93100 Montreuil"};
  return letter;
}

TEST_F(PdfImage, TheLogoOnEveryLetterOfABatchIsEmbeddedOnce) {
  writePng(file("logo.png"), 300, 300);
  std::vector<Document> letters;
  for (int i = 0; i < 25; ++i) letters.push_back(letterWithLogo(file("logo.png"), i));
  const RenderedPdf pdf(letters);
  const std::vector<ListedImage> images = pdfImages(pdf.file());
  std::set<int> objects;
  for (const ListedImage& image : images) objects.insert(image.object);
  EXPECT_EQ(images.size(), 25u);
  EXPECT_EQ(objects.size(), 1u) << "one image object for 25 letters";
  EXPECT_TRUE(qpdfCheck(pdf.file()));
}

TEST_F(PdfImage, TheLogoSitsTopLeftAboveTheSendersName) {
  writePng(file("logo.png"), 300, 150);
  const RenderedPdf pdf(letterWithLogo(file("logo.png"), 1));
  const auto words = pdfWords(pdf.file());
  const PlacedWord* name = findWord(words, "Jean-Jaurès");
  ASSERT_NE(name, nullptr);
  // The logo: 20 mm tall at most, from the top margin (20 mm); the name below it.
  EXPECT_GT(name->yMin, mm(20) + mm(10));
  EXPECT_LT(name->yMin, mm(20) + mm(20) + mm(8));
  ASSERT_EQ(pdfImages(pdf.file()).size(), 1u);
}

TEST_F(PdfImage, AMissingLogoIsAWarningAndTheLettersAreStillMade) {
  const RenderedPdf pdf(letterWithLogo(file("pas-de-logo.png"), 1), strict());
  EXPECT_TRUE(pdfImages(pdf.file()).empty());
  ASSERT_EQ(pdf.report().warnings.size(), 1u);
  EXPECT_NE(pdf.warnings().find("logo"), std::string::npos) << pdf.warnings();
  EXPECT_NE(pdf.flatText().find("Veuillez vous présenter"), std::string::npos);
}

TEST_F(PdfImage, DocumentsWithoutAFolderCannotLoadImages) {
  Document doc = markdownDocument("![plan](plan.png)");
  const RenderedPdf pdf(doc);
  ASSERT_EQ(pdf.report().warnings.size(), 1u);
  EXPECT_NE(pdf.warnings().find("dossier"), std::string::npos) << pdf.warnings();
}

}  // namespace
}  // namespace trousse::test
