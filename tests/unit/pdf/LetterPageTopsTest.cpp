// A letter's marking stands at the top of every page; whom it is about, the recipient and the
// page number at the top of the pages after the first, read back with pdftotext.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "LayoutTestSupport.hpp"

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Document longLetter() {
  Document letter;
  letter.layout = "letter";
  letter.establishment.name = "Collège Jean-Jaurès";
  letter.letter.recipient = {"Madame Awa N'DIAYE", "1, rue des Lilas", "93100 Montreuil"};
  letter.letter.subject = "Protocole d'accompagnement";
  letter.letter.about = "Aïcha N’DIAYE, 4e B";
  letter.letter.marking = "Confidentiel";
  for (int i = 0; i < 40; ++i) {
    letter.markdown +=
        "Un paragraphe assez long pour remplir la lettre, qui en compte "
        "beaucoup, afin qu'elle tienne sur plusieurs pages.\n\n";
  }
  return letter;
}

TEST(LetterPageTops, TheMarkingIsOnEveryPageAndNamesNobodyAfterTheFirst) {
  const RenderedPdf pdf(longLetter());
  const std::vector<std::string> pages = pagesOf(pdfText(pdf.file()));
  ASSERT_GE(pages.size(), 2u);
  EXPECT_THAT(pages[0], HasSubstr("Confidentiel"));
  EXPECT_THAT(squeezeSpaces(pages[0]), Not(HasSubstr("Aïcha N’DIAYE, 4e B –")));
  for (std::size_t page = 1; page < pages.size(); ++page) {
    EXPECT_THAT(pages[page], HasSubstr("Confidentiel"));
    // A confidential letter repeats whom it is about, never the family's name.
    EXPECT_THAT(squeezeSpaces(pages[page]),
                HasSubstr("Aïcha N’DIAYE, 4e B – page " + std::to_string(page + 1) + " / "));
    EXPECT_THAT(pages[page], Not(HasSubstr("Madame Awa N'DIAYE")));
  }
}

TEST(LetterPageTops, ASecondPageNamesWhomTheLetterIsAboutTheRecipientAndItsNumber) {
  Document letter = longLetter();
  letter.letter.marking.clear();
  const RenderedPdf pdf(letter);
  const std::vector<std::string> pages = pagesOf(pdfText(pdf.file()));
  ASSERT_GE(pages.size(), 2u);
  EXPECT_THAT(squeezeSpaces(pages[1]),
              HasSubstr("Aïcha N’DIAYE, 4e B – Madame Awa N'DIAYE – page 2 / " +
                        std::to_string(pages.size())));
  EXPECT_THAT(pages[0], Not(HasSubstr("page 1 / " + std::to_string(pages.size()) + " –")));
}

TEST(LetterPageTops, NothingWhenTheLetterSaysNothing) {
  Document letter = longLetter();
  letter.letter.about.clear();
  letter.letter.marking.clear();
  const std::string text = RenderedPdf(letter).flatText();
  EXPECT_THAT(text, Not(HasSubstr("Confidentiel")));
  EXPECT_THAT(text, Not(HasSubstr("Aïcha")));
}

}  // namespace
}  // namespace trousse::test
