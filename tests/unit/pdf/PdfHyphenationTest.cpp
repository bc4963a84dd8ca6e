// French hyphenation: where libhyphen's French patterns break words, and which words this
// project never hyphenates (names, numbers, addresses, code, short words).
#include <gtest/gtest.h>

#include "TypesetTestSupport.hpp"
#include "common/Utf8.hpp"
#include "pdf/text/BreakElements.hpp"
#include "pdf/text/Hyphenator.hpp"

namespace trousse::test {
namespace {

using pdf::BreakLevel;
using pdf::Element;
using pdf::Hyphenator;

/// The word with a hyphen at each point the hyphenator allows.
std::string hyphenated(const std::string& word) {
  const pdf::HyphenPoints points = Hyphenator::french().points(word);
  std::string out;
  std::size_t index = 0;
  for (std::size_t pos = 0; pos < word.size(); ++index) {
    const std::size_t start = pos;
    utf8::nextCodePoint(word, pos);
    out.append(word, start, pos - start);
    if ((points >> index) & 1) out += '-';
  }
  return out;
}

TEST(Hyphenator, BreaksFrenchWordsAsFrenchDictionariesDo) {
  ASSERT_TRUE(Hyphenator::french().loaded()) << Hyphenator::kDefaultDictionary;
  EXPECT_EQ(hyphenated("établissement"), "éta-blis-se-ment");
  EXPECT_EQ(hyphenated("accompagnement"), "ac-com-pa-gne-ment");
  EXPECT_EQ(hyphenated("anticonstitutionnellement"), "an-ti-cons-ti-tu-tion-nel-le-ment");
  EXPECT_EQ(hyphenated("présentement"), "pré-sen-te-ment");
  EXPECT_EQ(hyphenated("désormais"), "dé-sor-mais");
}

TEST(Hyphenator, LeavesTwoLettersBeforeAHyphenAndThreeAfter) {
  for (const char* word : {"établissement", "absentéisme", "responsables", "scolarité",
                           "harcèlement", "académique", "entretien", "préoccupation"}) {
    const std::string result = hyphenated(word);
    const std::size_t first = result.find('-'), last = result.rfind('-');
    if (first == std::string::npos) continue;
    std::size_t before = 0, after = 0;
    for (std::size_t pos = 0; pos < first;) before += (utf8::nextCodePoint(result, pos), 1);
    for (std::size_t pos = last + 1; pos < result.size();)
      after += (utf8::nextCodePoint(result, pos), 1);
    EXPECT_GE(before, 2u) << result;
    EXPECT_GE(after, 3u) << result;
  }
  EXPECT_EQ(hyphenated("écrire"), "écrire");  // "écri-re" would leave two letters
}

TEST(Hyphenator, NeverBreaksNextToAnApostrophe) {
  EXPECT_EQ(hyphenated("l'établissement"), "l'éta-blis-se-ment");
  EXPECT_EQ(hyphenated("l’établissement"), "l’éta-blis-se-ment");
  EXPECT_EQ(hyphenated("aujourd'hui").find("'-"), std::string::npos);
  EXPECT_EQ(hyphenated("aujourd'hui").find("-'"), std::string::npos);
}

TEST(Hyphenator, AnswersTheSameFromItsCache) {
  Hyphenator& french = Hyphenator::french();
  const pdf::HyphenPoints first = french.points("convocation");
  EXPECT_NE(first, 0u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(french.points("convocation"), first);
}

TEST(Hyphenator, WithoutItsDictionaryHyphenatesNothing) {
  Hyphenator missing("/nonexistent/hyph_fr.dic");
  EXPECT_FALSE(missing.loaded());
  EXPECT_EQ(missing.points("établissement"), 0u);
}

/// The points where a paragraph's words may break in the hyphenating pass, shown as "-"
/// (hyphenation) and "|" (after a hyphen the word already has), words separated by spaces.
std::string breakPoints(Typesetter& typesetter, std::string_view markdown, double width = 1000) {
  const pdf::InlineContent content = typesetter.markdown(markdown);
  const std::vector<Element> elements =
      pdf::buildElements(content, width, true, typesetter.fonts());
  std::string out;
  for (const Element& e : elements) {
    if (e.type == Element::Type::Box) {
      out += content.items[e.item].text.substr(e.begin, e.end - e.begin);
    } else if (e.type == Element::Type::Glue && !e.fill) {
      out += ' ';
    } else if (e.type == Element::Type::Penalty && e.level == BreakLevel::Hyphenation) {
      out += '-';
    } else if (e.type == Element::Type::Penalty && e.level == BreakLevel::Always &&
               e.penalty != pdf::kForcedBreak) {
      out += '|';
    }
  }
  return out;
}

TEST(HyphenationRules, ProseWordsInLowercaseAreHyphenated) {
  Typesetter t;
  EXPECT_EQ(breakPoints(t, "l'établissement accompagne"), "l’éta-blis-se-ment ac-com-pagne");
  EXPECT_EQ(breakPoints(t, "*établissement* **scolarité**"), "éta-blis-se-ment sco-la-rité");
}

TEST(HyphenationRules, NamesAndCapitalisedWordsAreNot) {
  Typesetter t;
  EXPECT_EQ(breakPoints(t, "Établissement Montreuil GUILLAUMETTE"),
            "Établissement Montreuil GUILLAUMETTE");
  // A capital after an apostrophe: a name ("d'Alembert").
  EXPECT_EQ(breakPoints(t, "d'Alembert"), "d’Alembert");
}

TEST(HyphenationRules, NumbersAddressesAndCodeAreNot) {
  Typesetter t;
  EXPECT_EQ(breakPoints(t, "établissement2026 CPE/2026/114"), "établissement2026 CPE/2026/114");
  EXPECT_EQ(breakPoints(t, "<https://www.etablissement-scolaire.fr/accompagnement>"),
            "https://www.etablissement-scolaire.fr/accompagnement");
  EXPECT_EQ(breakPoints(t, "accompagnement@ac-creteil.fr"), "accompagnement@ac-creteil.fr");
  EXPECT_EQ(breakPoints(t, "`accompagnement`"), "accompagnement");
}

TEST(HyphenationRules, ShortForeignAndOverlongWordsAreNot) {
  Typesetter t;
  EXPECT_EQ(breakPoints(t, "abri arbre"), "abri arbre");  // under five letters, or no point
  EXPECT_EQ(breakPoints(t, "gündoğanlarımız wiśniewskiego"), "gündoğanlarımız wiśniewskiego");
  const std::string overlong(31, 'a');
  EXPECT_EQ(breakPoints(t, "para" + overlong), "para" + overlong);
}

TEST(HyphenationRules, CompoundsBreakAtTheirOwnHyphenUnlessCapitalised) {
  Typesetter t;
  EXPECT_EQ(breakPoints(t, "rendez-vous"), "rendez-|vous");
  EXPECT_EQ(breakPoints(t, "Jean-Moulin Lefèvre-Çelik"), "Jean-Moulin Lefèvre-Çelik");
}

TEST(HyphenationRules, TheFirstPassDoesNotHyphenate) {
  Typesetter t;
  const pdf::InlineContent content = t.markdown("établissement");
  for (const Element& e : pdf::buildElements(content, 1000, false, t.fonts())) {
    EXPECT_NE(e.level, BreakLevel::Hyphenation);
  }
}

TEST(HyphenatedLines, EndWithAHyphenAndLoseNoLetter) {
  Typesetter t;
  const std::string text =
      "Nous constatons que l'accompagnement personnalisé proposé par l'établissement "
      "nécessite une communication régulière entre les responsables légaux et l'équipe "
      "éducative, particulièrement lorsque les absences deviennent préoccupantes.";
  bool sawHyphen = false;
  const pdf::InlineContent content = t.markdown(text);
  for (double width = 120; width <= 300; width += 7) {
    const auto lines = t.lines(content, width);
    EXPECT_EQ(rejoined(lines), textOf(content)) << "width " << width;
    for (const pdf::Line& line : lines) {
      if (!line.hyphenated) continue;
      sawHyphen = true;
      EXPECT_EQ(textOf(line).back(), '-');
      EXPECT_LE(rightEdge(line), width + 0.01);
    }
  }
  EXPECT_TRUE(sawHyphen) << "narrow justified lines should need some hyphenation";
}

/// Whether a line ends with a hyphen: one the breaker added, or the word's own.
bool endsWithHyphen(const pdf::Line& line) {
  const std::string text = textOf(line);
  return !text.empty() && text.back() == '-';
}

TEST(HyphenatedLines, TheLastLineIsNeverTheTailOfACutWord) {
  Typesetter t;
  const pdf::InlineContent content = t.markdown(
      "Nous constatons que l'accompagnement personnalisé proposé par l'établissement nécessite "
      "une communication régulière avec les responsables légaux, et vous proposons un "
      "rendez-vous afin d'envisager ensemble les modalités de cette collaboration "
      "indispensable à la réussite de l'administration.");
  int hyphenated = 0;
  for (double width = 120; width <= 400; width += 1) {
    const auto lines = t.lines(content, width);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(rejoined(lines), textOf(content)) << "width " << width;
    const pdf::Line& beforeLast = lines[lines.size() - 2];
    EXPECT_FALSE(endsWithHyphen(beforeLast))
        << "width " << width << ": " << textOf(beforeLast) << " / " << textOf(lines.back());
    for (const pdf::Line& line : lines) hyphenated += line.hyphenated ? 1 : 0;
  }
  EXPECT_GT(hyphenated, 0) << "the paragraph should need hyphenation at some widths";
}

TEST(HyphenatedLines, ThatHoldsAfterAHardBreakAndInRaggedText) {
  Typesetter t;
  const pdf::InlineContent content =
      t.plain("Nous vous proposons un rendez-vous.\nMerci de votre compréhension.");
  for (double width = 60; width <= 220; width += 1) {
    for (pdf::Align align : {pdf::Align::Left, pdf::Align::Justify}) {
      const auto lines = t.lines(content, width, align);
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (textOf(lines[i + 1]) != "vous.") continue;
        ADD_FAILURE() << "width " << width
                      << (align == pdf::Align::Left ? " left: " : " justified: ")
                      << textOf(lines[i]) << " / vous.";
      }
    }
  }
}

TEST(HyphenatedLines, AReaderNeverSeesALastLineThatIsATail) {
  // Without the rule, this paragraph ends "… pour une meilleure or-" / "ganisation.".
  const WrittenPdf pdf(markdownDocument(
      "Madame, Monsieur, les absences répétées de votre enfant nécessitent un échange avec "
      "l'équipe éducative afin de trouver ensemble les solutions adaptées à sa situation et de "
      "préparer sereinement la suite de sa scolarité dans notre établissement pour une "
      "meilleure organisation."));
  const auto lines = pdfLines(pdf.file());
  std::size_t end = 0;  // the paragraph's last line (the page number follows it)
  while (end < lines.size() && !lines[end].back().text.ends_with("ganisation.")) ++end;
  ASSERT_GE(end, 1u);
  ASSERT_LT(end, lines.size());
  const auto& last = lines[end];
  const auto& beforeLast = lines[end - 1];
  EXPECT_EQ(last.back().text, "organisation.") << "the whole word goes down";
  EXPECT_NE(beforeLast.back().text.back(), '-') << beforeLast.back().text;
  EXPECT_NE(pdf.flatText().find("pour une meilleure organisation."), std::string::npos)
      << pdf.flatText();
}

TEST(HyphenatedLines, RaggedTextIsNeverHyphenated) {
  Typesetter t;
  const std::string text =
      "l'accompagnement personnalisé proposé par l'établissement nécessite une communication";
  for (double width = 80; width <= 240; width += 9) {
    for (pdf::Align align : {pdf::Align::Left, pdf::Align::Center, pdf::Align::Right}) {
      for (const pdf::Line& line : t.lines(t.markdown(text), width, align)) {
        EXPECT_FALSE(line.hyphenated) << textOf(line);
      }
    }
  }
}

}  // namespace
}  // namespace trousse::test
