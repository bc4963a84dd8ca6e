// Fallback fonts: characters the DejaVu subsets lack come from the full DejaVu Sans or from
// WenQuanYi Micro Hei, loaded only when needed; characters no font has are reported.
#include <gtest/gtest.h>

#include "LayoutTestSupport.hpp"

namespace trousse::test {
namespace {

Document letterTo(const std::string& name) {
  Document letter;
  letter.layout = "letter";
  letter.title = "Convocation";
  letter.markdown = "Madame, Monsieur,\n\nNous vous prions de prendre contact avec le collège.\n";
  letter.establishment.name = "Collège Jean-Jaurès";
  letter.letter.recipient = {name, "12, rue des Lilas", "93100 Montreuil"};
  letter.letter.subject = "absences de " + name;
  return letter;
}

TEST(PdfFallback, APlainFrenchLetterEmbedsNoFallbackFont) {
  const RenderedPdf pdf(letterTo("Madame Élise LEFÈVRE-ÇELIK"), {}, buildFonts());
  const std::string fonts = pdfFonts(pdf.file());
  EXPECT_EQ(fonts.find("Fallback"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("WenQuanYi"), std::string::npos) << fonts;
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
}

TEST(PdfFallback, AChineseNameIsDrawnWithWenQuanYi) {
  const RenderedPdf pdf(letterTo("Monsieur Wang XIAOMING 王小明"), {}, buildFonts());
  const std::string fonts = pdfFonts(pdf.file());
  EXPECT_NE(fonts.find("WenQuanYiMicroHei"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("Fallback"), std::string::npos) << "only the font needed is loaded";
  EXPECT_TRUE(allFontsEmbedded(pdf.file())) << fonts;
  EXPECT_NE(pdf.flatText().find("Monsieur Wang XIAOMING 王小明"), std::string::npos)
      << pdf.flatText();
  EXPECT_NE(pdf.flatText().find("Objet : absences de Monsieur Wang XIAOMING 王小明"),
            std::string::npos);
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
  EXPECT_TRUE(qpdfCheck(pdf.file()));
  // Only the glyphs drawn are embedded: a few kilobytes, not the 3.6 MB font.
  EXPECT_LT(std::filesystem::file_size(pdf.file()), 200'000u);
}

TEST(PdfFallback, JapaneseAndKoreanToo) {
  const RenderedPdf pdf(markdownDocument("- 山田 花子 (やまだ はなこ)\n- 김민준\n"), {},
                        buildFonts());
  for (const char* name : {"山田 花子", "やまだ はなこ", "김민준"}) {
    EXPECT_NE(pdf.flatText().find(name), std::string::npos) << name << "\n" << pdf.flatText();
  }
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
}

TEST(PdfFallback, ScriptsBeyondTheSubsetsComeFromTheFullDejaVu) {
  const RenderedPdf pdf(markdownDocument("Shalom : שלום ; Armenian : Հայաստան ; ✈ ★ ♫"), {},
                        buildFonts());
  const std::string fonts = pdfFonts(pdf.file());
  EXPECT_NE(fonts.find("DejaVuSansFallback"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("WenQuanYi"), std::string::npos) << fonts;
  for (const char* word : {"Հայաստան", "✈", "★", "♫"}) {
    EXPECT_NE(pdf.flatText().find(word), std::string::npos) << word << "\n" << pdf.flatText();
  }
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
}

TEST(PdfFallback, TextAfterAFallbackPieceFollowsItWithoutOverlap) {
  const RenderedPdf pdf(markdownDocument("# 王小明 Dupont\n\nAvant 王小明 après, **gras 李 fin**."),
                        {}, buildFonts());
  const auto words = pdfWords(pdf.file());
  int pairs = 0;
  for (const auto& [left, right] : std::vector<std::pair<std::string, std::string>>{
           {"王小明", "Dupont"}, {"Avant", "王小明"}, {"王小明", "après,"}, {"李", "fin."}}) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      const PlacedWord& a = words[i];
      const PlacedWord& b = words[i + 1];
      if (a.text != left || b.text != right) continue;
      ++pairs;
      EXPECT_GT(b.xMin, a.xMax) << left << " then " << right;
      // One space between them: about a third of the type size.
      EXPECT_LT(b.xMin - a.xMax, 0.5 * (a.yMax - a.yMin)) << left << " then " << right;
      EXPECT_NEAR(b.yMax, a.yMax, 1) << "on one baseline";
    }
  }
  EXPECT_EQ(pairs, 4);
}

TEST(PdfFallback, CharactersNoFontHasAreCountedAndNamed) {
  // Tamil and an emoji: no installed font has them.
  const RenderedPdf pdf(markdownDocument("Nom : தமிழ் 😀 et 😀 fin."), {}, buildFonts());
  ASSERT_EQ(pdf.report().warnings.size(), 1u) << pdf.warnings();
  const std::string& warning = pdf.report().warnings.front();
  EXPECT_NE(warning.find("7 caractères sans glyphe"), std::string::npos) << warning;
  for (const char* codePoint : {"U+0BA4", "U+0BAE", "U+0BBF", "U+0BB4", "U+0BCD", "U+1F600"}) {
    EXPECT_NE(warning.find(codePoint), std::string::npos) << codePoint << " in " << warning;
  }
  // Nothing is dropped: the text around them, and the characters themselves for search.
  EXPECT_NE(pdf.flatText().find("Nom :"), std::string::npos);
  EXPECT_NE(pdf.flatText().find("fin."), std::string::npos);
  EXPECT_NE(pdf.flatText().find("தமிழ்"), std::string::npos) << pdf.flatText();
  EXPECT_TRUE(qpdfCheck(pdf.file()));
}

TEST(PdfFallback, InvisibleCharactersAreNeitherDrawnNorReported) {
  // A variation selector after a heart, a zero-width joiner, a byte order mark.
  const RenderedPdf pdf(markdownDocument("Merci ❤\xEF\xB8\x8F a\xE2\x80\x8D"
                                         "b \xEF\xBB\xBFok"),
                        {}, buildFonts());
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
}

TEST(PdfFallback, AMissingFallbackFontIsSkipped) {
  FontSet fonts = buildFonts();
  fonts.fallbacks.insert(fonts.fallbacks.begin(), FallbackFont{"/nonexistent/Font.ttf"});
  const RenderedPdf pdf(markdownDocument("王小明"), {}, fonts);
  EXPECT_NE(pdf.flatText().find("王小明"), std::string::npos);
  EXPECT_TRUE(pdf.report().warnings.empty()) << pdf.warnings();
}

TEST(PdfFallback, ACollectionFileCanBeAFallback) {
  FontSet fonts = systemDejaVu();
  fonts.fallbacks = {FallbackFont{"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0}};
  const RenderedPdf pdf(markdownDocument("Famille 王"), {}, fonts);
  EXPECT_NE(pdfFonts(pdf.file()).find("WenQuanYi"), std::string::npos);
  EXPECT_NE(pdf.flatText().find("Famille 王"), std::string::npos);
}

}  // namespace
}  // namespace trousse::test
