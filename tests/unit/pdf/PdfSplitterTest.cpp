#include "pdf/PdfWriter.hpp"
#include "pdffile/PdfFile.hpp"
#include "pdffile/PdfSplitter.hpp"

#include "support/PdfTools.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse {
namespace {

using test::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

FontSet systemFonts() { return FontSet::inFolder("/usr/share/fonts/truetype/dejavu"); }

Document letterFor(const std::string& name, int paragraphs) {
  Document doc;
  doc.layout = "letter";
  doc.title = "Convocation " + name;
  doc.letter.recipient = {"Madame " + name, "12, rue des Lilas", "93100 Montreuil"};
  doc.letter.subject = "Entretien (voir https://exemple.fr/1 0 R)";
  for (int i = 0; i < paragraphs; ++i)
    doc.markdown += "Paragraphe " + std::to_string(i + 1) + " pour " + name +
                    ", avec [un lien](https://exemple.fr/" + name + ") et du **gras**.\n\n";
  return doc;
}

TEST(PdfReferences, StringsAreNeverTakenForReferences) {
  const auto refs =
      findReferences("<< /A 12 0 R /T (5 0 R \\) 6 0 R) /H <3720302052> /K [ 7 0 R 8 1 R ] >>");
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].number, 12);
  EXPECT_EQ(refs[1].number, 7);
  EXPECT_EQ(refs[2].number, 8);
  EXPECT_EQ(referenceAfterKey("<< /Parent 2 0 R /Contents 9 0 R >>", "/Contents"), 9);
}

TEST(PdfSplitter, EachLetterBecomesAValidStandaloneFile) {
  const std::vector<Document> letters = {letterFor("Nguyễn", 3), letterFor("Yılmaz", 60),
                                         letterFor("Wąż", 2)};
  const PdfWriter writer(systemFonts());
  TempDir dir;
  test::writeFile(dir / "all.pdf", writer.write(letters));
  const int totalPages = test::pdfPages(dir / "all.pdf");
  ASSERT_GE(totalPages, 4);  // the second letter runs over several pages

  const PdfFile merged(test::readFile(dir / "all.pdf"));
  ASSERT_EQ(static_cast<int>(merged.pages().size()), totalPages);
  const std::size_t middle = static_cast<std::size_t>(totalPages) - 2;
  struct Part {
    std::size_t first, count;
    std::string name;
  };
  for (const Part& part :
       std::vector<Part>{{0, 1, "Nguyễn"}, {1, middle, "Yılmaz"}, {1 + middle, 1, "Wąż"}}) {
    const auto file = dir / (part.name + ".pdf");
    test::writeFile(file, extractPages(merged, part.first, part.count, "Lettre " + part.name));
    std::string report;
    EXPECT_TRUE(test::qpdfCheck(file, &report)) << report;
    EXPECT_EQ(test::pdfPages(file), static_cast<int>(part.count));
    const std::string text = test::squeezeSpaces(test::pdfText(file));
    EXPECT_THAT(text, HasSubstr("Madame " + part.name));
    for (const std::string other : {"Nguyễn", "Yılmaz", "Wąż"}) {
      if (other != part.name) {
        EXPECT_THAT(text, Not(HasSubstr("Madame " + other)));
      }
    }
    EXPECT_TRUE(test::allFontsEmbedded(file)) << test::pdfFonts(file);
    EXPECT_THAT(test::pdfInfo(file), HasSubstr("Lettre " + part.name));
  }
}

TEST(PdfSplitter, RefusesWhatItCannotRead) {
  EXPECT_THROW(PdfFile("pas un PDF"), std::runtime_error);
}

}  // namespace
}  // namespace trousse
