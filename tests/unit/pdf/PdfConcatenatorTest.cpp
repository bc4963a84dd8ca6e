#include "pdf/PdfWriter.hpp"
#include "pdffile/PdfConcatenator.hpp"
#include "pdffile/PdfFile.hpp"

#include "support/PdfTools.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace trousse {
namespace {

using test::TempDir;
using ::testing::HasSubstr;

Document note(const std::string& title, int paragraphs) {
  Document doc;
  doc.title = title;
  doc.markdown = "# " + title + "\n\n";
  for (int i = 0; i < paragraphs; ++i)
    doc.markdown += "Texte de " + title + " numéro " + std::to_string(i) + ".\n\n";
  return doc;
}

TEST(PdfConcatenator, JoinsPartsInOrderWithBlankBacksWhereAsked) {
  const PdfWriter writer(FontSet::inFolder("/usr/share/fonts/truetype/dejavu"));
  const PdfFile first(writer.write({note("Première", 2), note("Deuxième", 2)}));
  const PdfFile second(writer.write({note("Troisième", 2)}));
  ASSERT_EQ(first.pages().size(), 2u);

  TempDir dir;
  {
    std::ofstream out(dir / "joint.pdf", std::ios::binary);
    PdfConcatenator joined(out, "Lettres du 1er décembre", "Collège Jean-Jaurès");
    joined.add(first, {0, 1});  // each one-page letter gets a blank back
    joined.add(second);
    joined.finish();
    EXPECT_EQ(joined.pageCount(), 5u);
  }
  std::string report;
  EXPECT_TRUE(test::qpdfCheck(dir / "joint.pdf", &report)) << report;
  EXPECT_EQ(test::pdfPages(dir / "joint.pdf"), 5);
  const std::string text = test::pdfText(dir / "joint.pdf");
  const auto a = text.find("Première"), b = text.find("Deuxième"), c = text.find("Troisième");
  ASSERT_NE(c, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  // Pages 2 and 4 are the blank backs: form feeds separate pages in pdftotext's output.
  const std::vector<std::string> pages = test::pagesOf(text);
  ASSERT_GE(pages.size(), 5u);
  EXPECT_EQ(test::squeezeSpaces(pages[1]), "");
  EXPECT_EQ(test::squeezeSpaces(pages[3]), "");
  EXPECT_THAT(pages[4], HasSubstr("Troisième"));
  EXPECT_TRUE(test::allFontsEmbedded(dir / "joint.pdf"));
  EXPECT_THAT(test::pdfInfo(dir / "joint.pdf"), HasSubstr("Lettres du 1er décembre"));
}

}  // namespace
}  // namespace trousse
