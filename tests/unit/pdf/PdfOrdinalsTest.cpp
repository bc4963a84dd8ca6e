// French ordinal abbreviations: which ones get their letters in superscript, how they are
// drawn, and what a reader copying the text gets back.
#include <gtest/gtest.h>

#include "TypesetTestSupport.hpp"
#include "pdf/text/Ordinals.hpp"

namespace trousse::test {
namespace {

/// The text with the superscript letters of its ordinals between "^(" and ")".
std::string marked(std::string_view text) {
  std::string out;
  std::size_t from = 0;
  for (const pdf::OrdinalLetters& letters : pdf::findOrdinals(text)) {
    out.append(text.substr(from, letters.offset - from));
    out += "^(";
    out.append(text.substr(letters.offset, letters.length));
    out += ')';
    from = letters.offset + letters.length;
  }
  out.append(text.substr(from));
  return out;
}

TEST(Ordinals, RaiseTheFormsFrenchTypographyRecommends) {
  EXPECT_EQ(marked("1er"), "1^(er)");
  EXPECT_EQ(marked("1re"), "1^(re)");
  EXPECT_EQ(marked("1ers"), "1^(ers)");
  EXPECT_EQ(marked("1res"), "1^(res)");
  EXPECT_EQ(marked("2e"), "2^(e)");
  EXPECT_EQ(marked("4e"), "4^(e)");
  EXPECT_EQ(marked("21e"), "21^(e)");
  EXPECT_EQ(marked("3es"), "3^(es)");
  EXPECT_EQ(marked("2d"), "2^(d)");
  EXPECT_EQ(marked("2de"), "2^(de)");
  EXPECT_EQ(marked("2des"), "2^(des)");
  EXPECT_EQ(marked("XIXe"), "XIX^(e)");
  EXPECT_EQ(marked("XXIe"), "XXI^(e)");
  EXPECT_EQ(marked("Ve"), "V^(e)");
  EXPECT_EQ(marked("IIIe"), "III^(e)");
  EXPECT_EQ(marked("Ier"), "I^(er)");
}

TEST(Ordinals, FindTheirPlaceInAWordWithPunctuation) {
  EXPECT_EQ(marked("(4e)"), "(4^(e))");
  EXPECT_EQ(marked("1er,"), "1^(er),");
  EXPECT_EQ(marked("«2de»"), "«2^(de)»");
  EXPECT_EQ(marked("4e\u00A0B"), "4^(e)\u00A0B");
  EXPECT_EQ(marked("4e-3e"), "4^(e)-3^(e)");
  EXPECT_EQ(marked("XIXe."), "XIX^(e).");
}

TEST(Ordinals, LeaveOtherFormsAndLookalikesAsTyped) {
  for (const char* typed :
       {"2ème", "3ième", "3eme", "2nd",  "2nde", "1e",    "21er", "3re",  "3d",
        "0e",   "04e",   "De",   "Le",   "Ce",   "Me",    "Mme",  "Des",  "Les",
        "Vie",  "VIE",   "Ie",   "IIer", "IIII", "IIIIe", "VVe",  "XLe",  "MIXe",
        "B4e",  "4e5",   "4E",   "x2e",  "é4e",  "4eé",   "2ds2", "1erre"}) {
    EXPECT_EQ(marked(typed), typed) << typed;
  }
}

/// Which pieces of inline content are superscript, as "text^" for them, spaces as " ".
std::string pieces(const pdf::InlineContent& content) {
  std::string out;
  for (const pdf::InlineItem& item : content.items) {
    if (!out.empty()) out += '|';
    if (item.kind != pdf::InlineItem::Kind::Text) {
      out += ' ';
      continue;
    }
    out += plainSpaces(item.text);
    if (item.style.superscript) out += '^';
  }
  return out;
}

TEST(OrdinalSuperscripts, SplitTheWordAndKeepItWhole) {
  Typesetter t;
  const pdf::InlineContent content = t.markdown("la 4e B, le *1er* trimestre");
  EXPECT_EQ(pieces(content), "la| |4|e^| |B,| |le| |1|er^| |trimestre");
  for (const pdf::InlineItem& item : content.items) {
    if (!item.style.superscript) continue;
    EXPECT_FLOAT_EQ(item.style.size, pdf::kBodySize * pdf::kSuperscriptScale);
    EXPECT_GT(item.width, 0);
  }
  EXPECT_TRUE(content.items[10].style.italic) << "the emphasis stays on the raised letters";
}

TEST(OrdinalSuperscripts, NotInCodeAddressesOrOtherForms) {
  Typesetter t;
  for (const char* typed : {"`4e`", "<https://exemple.fr/4e>", "https://exemple.fr/classe-4e",
                            "4e@exemple.fr", "la 2ème et la 3eme", "De Le Ce"}) {
    const pdf::InlineContent content = t.markdown(typed);
    for (const pdf::InlineItem& item : content.items) {
      EXPECT_FALSE(item.style.superscript) << typed << ": " << pieces(content);
    }
  }
  const pdf::InlineContent code = t.markdown("```\n4e B\n```");
  for (const pdf::InlineItem& item : code.items) EXPECT_FALSE(item.style.superscript);
}

TEST(OrdinalSuperscripts, AreDrawnSmallerOnARaisedBaseline) {
  Typesetter t;
  const auto lines = t.lines(t.plain("en 4e B"), 300, pdf::Align::Left);
  ASSERT_EQ(lines.size(), 1u);
  pdf::PageContent page;
  pdf::emitLine(lines[0], 0, 0, {}, page);
  const pdf::TextRun* raised = nullptr;
  const pdf::TextRun* four = nullptr;
  for (const pdf::TextRun& run : page.texts) {
    if (run.text == "e") raised = &run;
    if (run.text.find('4') != std::string::npos) four = &run;
  }
  ASSERT_NE(raised, nullptr);
  ASSERT_NE(four, nullptr);
  EXPECT_LT(raised->size, four->size);
  EXPECT_NEAR(four->baseline - raised->baseline, pdf::kBodySize * pdf::kSuperscriptRise, 0.01);
  EXPECT_GT(raised->x, four->x);
}

TEST(OrdinalSuperscripts, AReaderGetsTheTextBack) {
  const WrittenPdf pdf(
      markdownDocument("Les élèves de 4e B et de 2de A, au 1er trimestre du XXIe siècle.\n\n"
                       "| classe | effectif |\n|---|---|\n| 3e C | 27 |\n"));
  const std::string sentence = "Les élèves de 4e B et de 2de A, au 1er trimestre du XXIe siècle.";
  const std::string text = pdf.text();
  EXPECT_NE(text.find(sentence + "\n"), std::string::npos) << text;
  EXPECT_NE(text.find("3e C"), std::string::npos) << text;
  EXPECT_NE(pdfText(pdf.file(), true).find(sentence), std::string::npos) << "pdftotext -layout";
  // In the content's order, a reader keeps a raised run on its line only if it is raised by
  // less than half its size.
  const std::string raw =
      run("/usr/bin/pdftotext", {"-raw", "-enc", "UTF-8", pdf.file().string(), "-"}).out;
  EXPECT_NE(raw.find(sentence + "\n"), std::string::npos) << raw;
}

TEST(OrdinalSuperscripts, AreTheirOwnWordsForPdfToTextBbox) {
  const WrittenPdf pdf(markdownDocument("en 4e B"));
  const auto words = pdfWords(pdf.file());
  const PlacedWord* four = findWord(words, "4");
  const PlacedWord* letters = findWord(words, "e");
  ASSERT_TRUE(four && letters) << "pdftotext -bbox splits where the size changes";
  EXPECT_NEAR(letters->xMin, four->xMax, 0.01) << "no space between them";
  EXPECT_LT(letters->yMax, four->yMax) << "raised";
  EXPECT_LT(letters->yMax - letters->yMin, four->yMax - four->yMin) << "smaller";
}

}  // namespace
}  // namespace trousse::test
