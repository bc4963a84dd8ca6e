// Line breaking: total fit (Knuth–Plass) for justified text, first fit for ragged text,
// kerning in measurement and in the runs drawn.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "TypesetTestSupport.hpp"
#include "pdf/fonts/KerningTable.hpp"
#include "pdf/fonts/TextMeasure.hpp"
#include "pdf/text/BreakElements.hpp"
#include "pdf/text/CachedLines.hpp"
#include "pdf/text/KnuthPlass.hpp"
#include "pdf/text/LineCache.hpp"

namespace trousse::test {
namespace {

const char* const kLetterParagraph =
    "L'assiduité est une obligation : le motif de toute absence doit être communiqué sans "
    "délai à l'établissement, et seuls quelques motifs, comme la maladie, sont légitimes "
    "(article L. 131-8 du Code de l'éducation). Ces absences atteignent le seuil de quatre "
    "demi-journées non justifiées dans le mois, à partir duquel la loi m'impose d'en informer "
    "le directeur académique des services de l'éducation nationale. Le dialogue avec vous "
    "reste la première étape, pour comprendre ce qui éloigne votre enfant de la classe et "
    "l'aider : je vous invite à prendre contact sans tarder avec la conseillère principale "
    "d'éducation, afin de convenir d'un rendez-vous.";

/// The badness of each line but the last, as if justified: how far its spaces stretch.
std::vector<double> badnesses(const std::vector<pdf::Line>& lines, double width) {
  std::vector<double> result;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const pdf::Line& line = lines[i];
    double natural = 0, stretch = 0, shrink = 0;
    for (const pdf::PlacedItem& item : line.items) {
      double w = item.width;
      if (item.text.empty()) {
        // Undo the justification to get the natural width back.
        w /= 1 + line.ratio * (line.ratio > 0 ? pdf::kSpaceStretch : pdf::kSpaceShrink);
        stretch += w * pdf::kSpaceStretch;
        shrink += w * pdf::kSpaceShrink;
      }
      natural += w;
    }
    const double slack = width - natural;
    const double ratio =
        slack >= 0 ? (stretch > 0 ? slack / stretch : 1e9) : (shrink > 0 ? slack / shrink : -1e9);
    result.push_back(pdf::badness(ratio));
  }
  return result;
}

double total(const std::vector<double>& values) {
  return std::accumulate(values.begin(), values.end(), 0.0);
}

TEST(LineBreaking, JustifiedLinesAreFlushOnBothSidesButTheLast) {
  Typesetter t;
  for (double width = 150; width <= 480; width += 11) {
    const auto lines = t.lines(t.markdown(kLetterParagraph), width);
    ASSERT_GE(lines.size(), 2u);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      EXPECT_NEAR(rightEdge(lines[i]), width, 0.01) << "width " << width << ", line " << i;
      EXPECT_NEAR(lines[i].items.front().x, 0, 1e-9);
    }
    EXPECT_LT(rightEdge(lines.back()), width + 0.01);
    EXPECT_EQ(lines.back().ratio, 0) << "the last line keeps its natural spaces";
  }
}

TEST(LineBreaking, LosesNoWord) {
  Typesetter t;
  for (double width = 100; width <= 480; width += 13) {
    EXPECT_EQ(plainSpaces(rejoined(t.lines(t.markdown(kLetterParagraph), width))),
              plainSpaces(textOf(t.markdown(kLetterParagraph))))
        << "width " << width;
  }
}

TEST(LineBreaking, ALettersLinesStayWithinTheTolerance) {
  // At a letter's width (170 mm), spaces stretch at most to 1.63 times their width (TeX's
  // tolerance of 200): the first two passes set the paragraph.
  Typesetter t;
  for (double width : {470.0, 476.0, 481.89, 488.0}) {
    const auto lines = t.lines(t.markdown(kLetterParagraph), width);
    for (double bad : badnesses(lines, width)) EXPECT_LE(bad, 200.01) << "width " << width;
  }
}

TEST(LineBreaking, NarrowColumnsAreAsEvenAsTheyCanBe) {
  // Narrow columns sometimes cannot keep within the tolerance; the last pass then weighs
  // each loose line by how loose it is, and never does worse than filling lines greedily.
  Typesetter t;
  for (double width = 150; width <= 330; width += 6) {
    const pdf::InlineContent content = t.markdown(kLetterParagraph);
    const auto optimal = badnesses(t.lines(content, width), width);
    const auto greedy = badnesses(t.lines(content, width, pdf::Align::Left), width);
    EXPECT_LE(*std::max_element(optimal.begin(), optimal.end()),
              *std::max_element(greedy.begin(), greedy.end()) + 0.01)
        << "width " << width;
  }
}

TEST(LineBreaking, TotalFitIsAtLeastAsEvenAsFirstFit) {
  // First fit is the best a greedy breaker does: for each width, the paragraph's badness
  // (how far its lines stretch, summed) is never worse with total fit, and much better
  // overall; first fit also leaves loose lines that total fit avoids.
  Typesetter t;
  double firstFitTotal = 0, totalFitTotal = 0, firstFitWorst = 0, totalFitWorst = 0;
  for (double width = 200; width <= 482; width += 6) {
    const pdf::InlineContent content = t.markdown(kLetterParagraph);
    const auto optimal = badnesses(t.lines(content, width), width);
    const auto greedy = badnesses(t.lines(content, width, pdf::Align::Left), width);
    firstFitTotal += total(greedy);
    totalFitTotal += total(optimal);
    firstFitWorst = std::max(firstFitWorst, *std::max_element(greedy.begin(), greedy.end()));
    totalFitWorst = std::max(totalFitWorst, *std::max_element(optimal.begin(), optimal.end()));
  }
  EXPECT_LT(totalFitTotal, firstFitTotal / 2);
  EXPECT_LT(totalFitWorst, firstFitWorst);
}

TEST(LineBreaking, HyphenatesOnlyWhenItHelps) {
  Typesetter t;
  // Wide lines: a paragraph that sets well without hyphens gets none.
  const auto wide = t.lines(t.markdown(kLetterParagraph), 900);
  for (const pdf::Line& line : wide) EXPECT_FALSE(line.hyphenated) << textOf(line);
  // Never three lines in a row ending with a hyphen, even in narrow columns.
  for (double width = 120; width <= 300; width += 3) {
    const auto lines = t.lines(t.markdown(kLetterParagraph), width);
    auto endsWithHyphen = [](const pdf::Line& line) { return textOf(line).back() == '-'; };
    for (std::size_t i = 2; i < lines.size(); ++i) {
      EXPECT_FALSE(endsWithHyphen(lines[i - 2]) && endsWithHyphen(lines[i - 1]) &&
                   endsWithHyphen(lines[i]))
          << "width " << width << ", line " << i;
    }
  }
}

TEST(LineBreaking, HardBreaksEndLinesWithoutStretchingThem) {
  Typesetter t;
  const auto lines = t.lines(t.markdown("Première ligne courte\\\nseconde ligne, "
                                        "elle aussi courte.\\\n\\\nfin"),
                             400);
  ASSERT_EQ(textsOf(lines),
            (std::vector<std::string>{"Première ligne courte", "seconde ligne, elle aussi courte.",
                                      "", "fin"}));
  for (const pdf::Line& line : lines) EXPECT_EQ(line.ratio, 0);
}

TEST(LineBreaking, RaggedTextTakesAsManyWordsAsFit) {
  Typesetter t;
  const pdf::InlineContent content = t.markdown(kLetterParagraph);
  const auto lines = t.lines(content, 300, pdf::Align::Left);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_LE(rightEdge(lines[i]), 300.01);
    EXPECT_EQ(lines[i].ratio, 0);
    // The next line's first word would not have fitted.
    const pdf::PlacedItem& next = lines[i + 1].items.front();
    const double space = t.fonts().advance(pdf::FontStyle::Regular, U' ', pdf::kBodySize);
    double firstWord = 0;
    for (const pdf::PlacedItem& item : lines[i + 1].items) {
      if (item.text.empty()) break;
      firstWord += item.width;
    }
    EXPECT_GT(rightEdge(lines[i]) + space + firstWord, 300)
        << textOf(lines[i]) << " / " << next.text;
  }
  const auto centred = t.lines(content, 300, pdf::Align::Center);
  for (const pdf::Line& line : centred) {
    EXPECT_NEAR(line.items.front().x, 300 - rightEdge(line), 0.01) << textOf(line);
  }
}

TEST(LineBreaking, WordsWiderThanALineAreCutWhereTheLineIsFull) {
  Typesetter t;
  const std::string word(120, 'x');
  for (pdf::Align align : {pdf::Align::Justify, pdf::Align::Left}) {
    const auto lines = t.lines(t.markdown("Début " + word + " fin."), 150, align);
    std::string joined;
    for (const pdf::Line& line : lines) {
      EXPECT_LE(rightEdge(line), 150.01) << textOf(line);
      joined += textOf(line);
    }
    EXPECT_NE(joined.find(word), std::string::npos);
    ASSERT_GE(lines.size(), 3u);
    // Full lines: only the last piece of the word is short.
    EXPECT_GT(rightEdge(lines[1]),
              150 - t.fonts().advance(pdf::FontStyle::Regular, U'x', pdf::kBodySize) - 0.01);
  }
}

TEST(LineBreaking, ALongParagraphStaysFast) {
  // Knuth–Plass keeps only the breakpoints a line can reach: thousands of words are set
  // in one go (a quadratic breaker would take seconds here).
  Typesetter t;
  std::string text;
  for (int i = 0; i < 150; ++i) text += std::string(kLetterParagraph) + " ";
  const auto lines = t.lines(t.markdown(text), 300);
  EXPECT_GT(lines.size(), 1000u);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) EXPECT_NEAR(rightEdge(lines[i]), 300, 0.01);
}

TEST(LineBreaking, AParagraphMetAgainReusesItsLines) {
  Typesetter t;
  auto linesOf = [&](std::string_view markdown, double width = 300,
                     pdf::Align align = pdf::Align::Justify, pdf::TextStyle style = {}) {
    const MarkdownTree tree = MarkdownTree::parse(markdown);
    return pdf::markdownLines(cmark_node_first_child(tree.root()), style, width, align,
                              pdf::kBodySize, t.fonts());
  };
  const std::string paragraph = std::string(kLetterParagraph) + " Voir [le site](https://a.fr).";
  const pdf::BrokenTextPtr first = linesOf(paragraph);
  EXPECT_EQ(textsOf(first->lines), textsOf(t.lines(t.markdown(paragraph), 300)));
  ASSERT_EQ(first->links.size(), 1u);
  // The same source, parsed again (another letter): the very same lines.
  EXPECT_EQ(linesOf(paragraph), first);
  // Another width, alignment, look, text or link target is another paragraph.
  EXPECT_NE(linesOf(paragraph, 301), first);
  EXPECT_NE(linesOf(paragraph, 300, pdf::Align::Left), first);
  pdf::TextStyle bold;
  bold.bold = true;
  EXPECT_NE(linesOf(paragraph, 300, pdf::Align::Justify, bold), first);
  EXPECT_NE(linesOf("*" + paragraph + "*"), first);
  const std::string otherTarget = std::string(kLetterParagraph) + " Voir [le site](https://b.fr).";
  const pdf::BrokenTextPtr other = linesOf(otherTarget);
  EXPECT_NE(other, first);
  EXPECT_EQ(other->links.front(), "https://b.fr");
}

TEST(LineBreaking, PlainTextMetAgainReusesItsLines) {
  Typesetter t;
  auto linesOf = [&](std::string_view text, double size) {
    pdf::TextStyle style;
    style.size = static_cast<float>(size);
    return pdf::plainLines(text, style, 200, pdf::Align::Left, pdf::kBodySize, t.fonts());
  };
  const pdf::BrokenTextPtr first = linesOf("Collège Jean-Jaurès", 11);
  EXPECT_EQ(linesOf("Collège Jean-Jaurès", 11), first);
  EXPECT_NE(linesOf("Collège Jean-Jaurès", 10.5), first);
  EXPECT_NE(linesOf("Collège Jean-Jaures", 11), first);
  EXPECT_EQ(textsOf(first->lines), std::vector<std::string>{"Collège Jean-Jaurès"});
}

/// A labelled line's lines at `width`, and where each line's text starts (after the label on
/// the first).
std::vector<double> labelledStarts(Typesetter& t, std::string_view label, std::string_view text,
                                   double width, pdf::Align align = pdf::Align::Left) {
  pdf::TextStyle bold;
  bold.bold = true;
  const pdf::BrokenTextPtr lines =
      pdf::labelledLines(label, bold, text, {}, width, align, pdf::kBodySize, t.fonts());
  std::vector<double> starts;
  for (std::size_t i = 0; i < lines->lines.size(); ++i) {
    const auto& items = lines->lines[i].items;
    std::size_t first = 0;
    if (i == 0) {  // past the label and its space
      while (first < items.size() && items[first].style.bold) ++first;
      while (first < items.size() && items[first].text.empty()) ++first;
    }
    starts.push_back(first < items.size() ? items[first].x : -1);
  }
  return starts;
}

TEST(LabelledLines, HangUnderTheFirstWordAfterTheLabel) {
  Typesetter t;
  const std::string subject =
      "convocation à un entretien avec la conseillère principale d'éducation au sujet des "
      "absences répétées de votre enfant depuis la rentrée";
  const std::vector<double> starts = labelledStarts(t, "Objet :", subject, 250);
  ASSERT_GE(starts.size(), 3u);
  EXPECT_GT(starts[0], 30);
  for (std::size_t i = 1; i < starts.size(); ++i) EXPECT_NEAR(starts[i], starts[0], 1e-9) << i;
}

TEST(LabelledLines, WrapToTheMarginWhenTheLabelTakesHalfTheColumn) {
  Typesetter t;
  const std::vector<double> starts =
      labelledStarts(t, "Affaire suivie par :", "Mme Leroy, conseillère principale", 200);
  ASSERT_GE(starts.size(), 2u);
  EXPECT_GT(starts[0], 75);
  EXPECT_EQ(starts[1], 0);
  const std::vector<double> centred = labelledStarts(
      t, "Objet :", "un sujet assez long pour tenir sur deux lignes", 150, pdf::Align::Center);
  ASSERT_GE(centred.size(), 2u);
  EXPECT_LT(centred[1], centred[0]) << "centred lines do not hang";
}

TEST(LineBreaking, EmptyContentMakesNoLine) {
  Typesetter t;
  EXPECT_TRUE(t.lines(t.plain(""), 300).empty());
  EXPECT_TRUE(t.lines(t.plain("   "), 300).empty());
}

// ---- Kerning --------------------------------------------------------------------------------

TEST(Kerning, ReadsThePairsOfTheFont) {
  for (const std::filesystem::path& file :
       {std::filesystem::path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        std::filesystem::path(TROUSSE_BUILD_DIR) / "share/trousse/fonts/DejaVuSans.ttf"}) {
    const auto kerning = pdf::KerningTable::of(file);
    ASSERT_FALSE(kerning->empty()) << file;
    EXPECT_LT(kerning->pair(U'A', U'V'), -50) << file;
    EXPECT_LT(kerning->pair(U'T', U'o'), -50) << file;
    EXPECT_LT(kerning->pair(U'r', U'.'), -50) << file;
    EXPECT_EQ(kerning->pair(U'a', U'b'), 0) << file;
    EXPECT_EQ(kerning->pair(U'A', 0x10000), 0) << file;
  }
  // The legacy table and GPOS give the subset the same pairs.
  const auto system = pdf::KerningTable::of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  const auto subset = pdf::KerningTable::of(std::filesystem::path(TROUSSE_BUILD_DIR) /
                                            "share/trousse/fonts/DejaVuSans.ttf");
  for (char32_t left : U"AVTLPYrvwyf") {
    for (char32_t right : U"AVTaeoy.,") {
      EXPECT_NEAR(system->pair(left, right), subset->pair(left, right), 0.5);
    }
  }
}

TEST(Kerning, MonospacedAndMissingFontsHaveNone) {
  EXPECT_TRUE(
      pdf::KerningTable::of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")->empty());
  EXPECT_TRUE(pdf::KerningTable::of("/nonexistent.ttf")->empty());
}

TEST(Kerning, TightensMeasuredText) {
  Typesetter t;
  pdf::FontBook& fonts = t.fonts();
  const double plain = fonts.width(pdf::FontStyle::Regular, "AVATAR", 10);
  std::vector<pdf::KernedSegment> segments;
  const double kerned = pdf::measureText(fonts, pdf::FontStyle::Regular, "AVATAR", 10, &segments);
  EXPECT_LT(kerned, plain - 1);
  ASSERT_GE(segments.size(), 4u);  // AV, VA, AT, TA are kerned pairs
  EXPECT_EQ(segments.front().offset, 1u);
  EXPECT_LT(segments.front().x, fonts.advance(pdf::FontStyle::Regular, U'A', 10));
  segments.clear();
  EXPECT_DOUBLE_EQ(pdf::measureText(fonts, pdf::FontStyle::Regular, "abc", 10, &segments),
                   fonts.width(pdf::FontStyle::Regular, "abc", 10));
  EXPECT_TRUE(segments.empty());
}

TEST(Kerning, KernedPairsAreDrawnWhereMeasured) {
  Typesetter t;
  const auto lines = t.lines(t.plain("AVANT Tout"), 400, pdf::Align::Left);
  ASSERT_EQ(lines.size(), 1u);
  pdf::PageContent page;
  pdf::emitLine(lines.front(), 10, 20, {}, page);
  // A run per kerned segment (libharu does not kern), the text whole, and the last glyph
  // ending where the line was measured to end.
  ASSERT_GT(page.texts.size(), 3u);
  std::string text;
  for (const pdf::TextRun& run : page.texts) text += run.text;
  EXPECT_EQ(withoutSpaces(text), "AVANTTout");
  EXPECT_NEAR(page.texts.front().x, 10, 1e-9);
  for (std::size_t i = 1; i < page.texts.size(); ++i) {
    const pdf::TextRun& before = page.texts[i - 1];
    const double unkerned = before.x + t.fonts().width(before.font, before.text, before.size);
    EXPECT_LT(page.texts[i].x, unkerned - 0.01)
        << "kerning moves " << page.texts[i].text << " closer";
  }
  const pdf::TextRun& last = page.texts.back();
  EXPECT_NEAR(last.x + t.fonts().width(last.font, last.text, last.size),
              10 + rightEdge(lines.front()), 0.01);
}

}  // namespace
}  // namespace trousse::test
