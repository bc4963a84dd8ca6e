#include "html/HtmlWriter.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Document letter() {
  Document doc;
  doc.layout = "letter";
  doc.title = "Convocation";
  doc.markdown = "Madame, Monsieur,\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] fait\n";
  doc.letter.recipient = {"Madame Fatou N'DIAYE", "12, rue des Lilas", "93100 Montreuil"};
  doc.letter.subject = "Entretien <urgent>";
  doc.letter.placeAndDate = "Montreuil, le 1er décembre 2026";
  doc.establishment.name = "Collège Jean-Jaurès";
  doc.establishment.signatoryName = "Claire Moreau";
  doc.establishment.signatoryTitle = "La principale";
  return doc;
}

TEST(HtmlWriter, WritesALetterWithItsPartsAndGfmBody) {
  const std::string html = HtmlWriter().write({letter()});
  EXPECT_THAT(html, HasSubstr("<html lang=\"fr\">"));
  EXPECT_THAT(html, HasSubstr("<strong>Collège Jean-Jaurès</strong>"));
  EXPECT_THAT(html, HasSubstr("Madame Fatou N'DIAYE<br>"));
  EXPECT_THAT(html, HasSubstr("Entretien &lt;urgent&gt;"));
  EXPECT_THAT(html, HasSubstr("<table>"));
  EXPECT_THAT(html, HasSubstr("checked"));
  EXPECT_THAT(html, HasSubstr("La principale<br>\nClaire Moreau"));
}

TEST(HtmlWriter, AnArabicTranslationIsMarkedRightToLeft) {
  // A browser shapes Arabic itself: the preview only has to say which language and direction.
  Document french = letter();
  Document arabic = letter();
  arabic.language = "ar";
  arabic.markdown = "حضرة وليّة الأمر المحترمة،\n";
  const std::string html = HtmlWriter().write({french, arabic});  // as the service lists them
  EXPECT_THAT(html, HasSubstr("lang=\"ar\" dir=\"rtl\""));
  EXPECT_THAT(html, HasSubstr("حضرة وليّة الأمر المحترمة،"));
}

TEST(HtmlWriter, RawHtmlInABodyNeverPassesThrough) {
  Document doc;
  doc.markdown = "<script>alert(1)</script>\n\nTexte <img src=x onerror=alert(1)>\n";
  const std::string html = HtmlWriter().write({doc});
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
}

}  // namespace
}  // namespace trousse
