// French spacing: the non-breaking spaces of French typography, put in whatever the author
// typed, and kept out of code, URLs and times.
#include <gtest/gtest.h>

#include "TypesetTestSupport.hpp"
#include "pdf/text/FrenchSpacing.hpp"

namespace trousse::test {
namespace {

using pdf::Glue;
using pdf::glueBetween;

const std::string nb(kNbsp);
const std::string thin(kNarrowNbsp);

TEST(FrenchSpacingGlue, PunctuationHoldsToTheWordBeforeIt) {
  EXPECT_EQ(glueBetween("Objet", ":"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("vous", "?"), Glue::NarrowNbsp);
  EXPECT_EQ(glueBetween("Attention", "!"), Glue::NarrowNbsp);
  EXPECT_EQ(glueBetween("matin", ";"), Glue::NarrowNbsp);
  EXPECT_EQ(glueBetween("Quoi", "?!"), Glue::NarrowNbsp);
  EXPECT_EQ(glueBetween("«", "Bonjour"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("Bonjour", "»"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("Bonjour", "»,"), Glue::Nbsp);
}

TEST(FrenchSpacingGlue, NumbersHoldToTheirUnitsDaysToTheirMonths) {
  EXPECT_EQ(glueBetween("12", "€"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("3", "km"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("10", "%"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("15", "min."), Glue::Nbsp);
  EXPECT_EQ(glueBetween("3,5", "kg"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("17", "h"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("h", "30"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("le 1er", "décembre"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("22", "novembre"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("4e", "B"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("M.", "Martin"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("Mme", "Durand"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("n°", "12"), Glue::Nbsp);
  // Decision: the year may go to the next line ("décembre / 2026"), as the day may not.
  EXPECT_EQ(glueBetween("décembre", "2026"), Glue::Breakable);
}

TEST(FrenchSpacingGlue, PhoneNumbersGoInPairsAndThousandsInThrees) {
  EXPECT_EQ(glueBetween("01", "48"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("01" + nb + "48", "57"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("+33", "1"), Glue::Nbsp);
  EXPECT_EQ(glueBetween("12", "000"), Glue::NarrowNbsp);
  EXPECT_EQ(glueBetween("1", "500"), Glue::NarrowNbsp);
}

TEST(FrenchSpacingGlue, OrdinarySpacesStayBreakable) {
  EXPECT_EQ(glueBetween("le", "collège"), Glue::Breakable);
  EXPECT_EQ(glueBetween("2026,", "les"), Glue::Breakable);
  EXPECT_EQ(glueBetween("en", "12"), Glue::Breakable);
  EXPECT_EQ(glueBetween("2026", "élèves"), Glue::Breakable);
  EXPECT_EQ(glueBetween("", "«"), Glue::Breakable);
}

/// Inline content's text after French spacing, breakable spaces as " ".
std::string spaced(std::string_view markdown) {
  Typesetter t;
  return textOf(t.markdown(markdown));
}

TEST(FrenchSpacing, PutsInTheSpacesAnAuthorLeftOut) {
  EXPECT_EQ(spaced("Objet: absences"), "Objet" + nb + ": absences");
  EXPECT_EQ(spaced("Vraiment?"), "Vraiment" + thin + "?");
  EXPECT_EQ(spaced("Quoi?! Non; oui!"), "Quoi" + thin + "?! Non" + thin + "; oui" + thin + "!");
  EXPECT_EQ(spaced("«Bonjour»"), "«" + nb + "Bonjour" + nb + "»");
  EXPECT_EQ(spaced("rendez-vous à 17h30, ou 9h."),
            "rendez-vous à 17" + nb + "h" + nb + "30, ou 9" + nb + "h.");
  EXPECT_EQ(spaced("12€ et 10%"), "12" + nb + "€ et 10" + nb + "%");
}

TEST(FrenchSpacing, MakesTypedSpacesNonBreaking) {
  EXPECT_EQ(spaced("Objet : absences"), "Objet" + nb + ": absences");
  EXPECT_EQ(spaced("Vraiment ?"), "Vraiment" + thin + "?");
  EXPECT_EQ(spaced("« Bonjour »"), "«" + nb + "Bonjour" + nb + "»");
  EXPECT_EQ(spaced("le 1er décembre 2026 à 17 h 30"),
            "le 1er" + nb + "décembre 2026 à 17" + nb + "h" + nb + "30");
  EXPECT_EQ(spaced("Tél. : 01 48 57 00 00"),
            "Tél." + nb + ":" + " 01" + nb + "48" + nb + "57" + nb + "00" + nb + "00");
  EXPECT_EQ(spaced("un budget de 12 000 € pour 3 km"),
            "un budget de 12" + thin + "000" + nb + "€ pour 3" + nb + "km");
  // A space across a line break of the source is a space like any other.
  EXPECT_EQ(spaced("Pourquoi\n?"), "Pourquoi" + thin + "?");
}

TEST(FrenchSpacing, CorrectsTheKindOfSpaceTyped) {
  EXPECT_EQ(spaced("Vraiment" + nb + "?"), "Vraiment" + thin + "?");
  EXPECT_EQ(spaced("Objet" + thin + ":"), "Objet" + nb + ":");
}

TEST(FrenchSpacing, CrossesStyles) {
  EXPECT_EQ(spaced("**Objet**: absences"), "Objet" + nb + ": absences");
  EXPECT_EQ(spaced("*Vraiment*?"), "Vraiment" + thin + "?");
  EXPECT_EQ(spaced("[le site](https://x.fr)!"), "le site" + thin + "!");
}

TEST(FrenchSpacing, LeavesCodeAddressesAndTimesAlone) {
  EXPECT_EQ(spaced("`a:b; c!`"), "a:b; c!");
  EXPECT_EQ(spaced("`x` ?"), "x" + thin + "?") << "the mark after code is prose";
  EXPECT_EQ(spaced("<https://exemple.fr/page?x=1>"), "https://exemple.fr/page?x=1");
  EXPECT_EQ(spaced("www.exemple.fr/a:b"), "www.exemple.fr/a:b");
  EXPECT_EQ(spaced("contact@ac-creteil.fr"), "contact@ac-creteil.fr");
  EXPECT_EQ(spaced("à 17:30 précises"), "à 17:30 précises");
  EXPECT_EQ(spaced("ratio 3:2"), "ratio 3:2");
  EXPECT_EQ(spaced("Voir http://exemple.fr ?"), "Voir http://exemple.fr" + thin + "?");
}

TEST(FrenchSpacing, AppliesToPlainTextAndUnbreakableLabels) {
  Typesetter t;
  EXPECT_EQ(textOf(t.plain("Réf. : CPE/2026/114")), "Réf." + nb + ": CPE/2026/114");
  pdf::InlineBuilder builder(t.fonts(), pdf::TextStyle{});
  builder.addUnbreakable("Objet :", pdf::TextStyle{});
  builder.addText(" absences");
  EXPECT_EQ(textOf(builder.take()), "Objet" + nb + ": absences");
}

// ---- Lines: glue never breaks ------------------------------------------------------------

const char* const kPunctuated =
    "Objet : convocation ! Madame, Monsieur, votre enfant a-t-il reçu « le carnet » ? "
    "Nous vous attendons le 1er décembre à 17 h 30 ; la réunion dure 45 min et coûte 12 € "
    "par famille, soit 10 % de moins. Appelez le 01 48 57 00 00 : M. Martin répondra ; "
    "sinon, écrivez-nous ! « Pourquoi ? » demanderez-vous : parce que le budget de 12 000 € "
    "est voté au 3e trimestre ; voyez n° 12, p. 4 et l'article « Assiduité » !";

TEST(FrenchSpacingLines, NoLineStartsWithClosingPunctuationNorEndsWithAnOpeningQuote) {
  Typesetter t;
  for (pdf::Align align : {pdf::Align::Justify, pdf::Align::Left}) {
    for (double width = 60; width <= 400; width += 3) {
      for (const pdf::Line& line : t.lines(t.markdown(kPunctuated), width, align)) {
        const std::string text = textOf(line);
        for (const char* mark : {":", ";", "!", "?", "»"}) {
          EXPECT_NE(text.rfind(mark, 0), 0u) << "width " << width << ": «" << text << "»";
        }
        EXPECT_FALSE(text.size() >= 2 && text.substr(text.size() - 2) == "«")
            << "width " << width << ": «" << text << "»";
      }
    }
  }
}

TEST(FrenchSpacingLines, NumbersUnitsDatesTimesAndPhonesStayWhole) {
  Typesetter t;
  for (double width = 90; width <= 400; width += 2) {
    const std::vector<std::string> texts = textsOf(t.lines(t.markdown(kPunctuated), width));
    std::string all;
    for (const std::string& text : texts) all += "\n" + plainSpaces(text);
    for (const char* whole : {"1er décembre", "17 h 30", "45 min", "12 €", "10 %", "01 48 57 00 00",
                              "M. Martin", "12 000 €", "3e trimestre", "n° 12", "p. 4"}) {
      EXPECT_NE(all.find(whole), std::string::npos) << "width " << width << ": " << whole << all;
    }
  }
}

}  // namespace
}  // namespace trousse::test
