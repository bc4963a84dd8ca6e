// The PDF writer as a reader sees its output: text extracted with pdftotext, fonts with
// pdffonts, structure with qpdf, word positions with pdftotext -bbox.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <sstream>

#include "PdfTestSupport.hpp"
#include "common/Errors.hpp"

namespace trousse::test {
namespace {

const char* const kEveryConstruct = R"md(# Titre un

## Titre deux

### Titre trois

#### Titre quatre

##### Titre cinq

###### Titre six

Un paragraphe *en italique*, **en gras**, ***gras et italique***, du `code en ligne`,
un [lien cliquable](https://www.education.gouv.fr/pid285/le-bulletin-officiel.html),
une adresse <https://eduscol.education.fr>, www.reseau-canope.fr, ~~texte barré~~.
Fin de ligne dure\
après la coupure.

- puce de premier niveau
  - puce de deuxième niveau
    - puce de troisième niveau

7. septième point
8. huitième point

3) troisième avec parenthèse

- [x] tâche accomplie
- [ ] tâche à faire

> Citation du règlement intérieur.
>
> > Citation imbriquée.

```
ligne de code un
    ligne de code indentée
```

---

| Élève | Classe | Absences |
|:------|:------:|---------:|
| Nguyễn Thị Hương | 4e B | 12 |
| Şükrü Öztürk | 3e A | 3 |

<div class="encadre">bloc HTML brut</div>

Du HTML en ligne <span>ici</span> et une image ![Logo du collège](logo.png).
)md";

TEST(PdfWriter, EveryMarkdownConstructKeepsItsText) {
  const WrittenPdf pdf(markdownDocument(kEveryConstruct, "Toutes les constructions"));
  const std::string text = pdf.flatText();
  for (const char* expected : {"Toutes les constructions",
                               "Titre un",
                               "Titre deux",
                               "Titre trois",
                               "Titre quatre",
                               "Titre cinq",
                               "Titre six",
                               "en italique",
                               "en gras",
                               "gras et italique",
                               "code en ligne",
                               "lien cliquable",
                               "https://eduscol.education.fr",
                               "www.reseau-canope.fr",
                               "texte barré",
                               "Fin de ligne dure",
                               "après la coupure.",
                               "puce de premier niveau",
                               "puce de deuxième niveau",
                               "puce de troisième niveau",
                               "7. septième point",
                               "8. huitième point",
                               "3) troisième avec parenthèse",
                               "☑ tâche accomplie",
                               "☐ tâche à faire",
                               "Citation du règlement intérieur.",
                               "Citation imbriquée.",
                               "ligne de code un",
                               "ligne de code indentée",
                               "Élève",
                               "Classe",
                               "Absences",
                               "Nguyễn Thị Hương",
                               "4e B",
                               "Şükrü Öztürk",
                               "<div class=\"encadre\">bloc HTML brut</div>",
                               "<span>ici</span>",
                               "Logo du collège"}) {
    EXPECT_NE(text.find(expected), std::string::npos)
        << "missing: " << expected << "\nin: " << text;
  }
}

TEST(PdfWriter, IsValidWithEmbeddedFontsAndMetadata) {
  Document document = markdownDocument(kEveryConstruct, "Lettre à « Nguyễn » – été");
  document.author = "Collège Jean-Moulin";
  const WrittenPdf pdf(document);
  std::string report;
  EXPECT_TRUE(qpdfCheck(pdf.file(), &report)) << report;
  EXPECT_TRUE(allFontsEmbedded(pdf.file())) << pdfFonts(pdf.file());
  const std::string info = pdfInfo(pdf.file());
  EXPECT_NE(info.find("Title:           Lettre à « Nguyễn » – été"), std::string::npos) << info;
  EXPECT_NE(info.find("Author:          Collège Jean-Moulin"), std::string::npos) << info;
  EXPECT_NE(info.find("Creator:         Trousse"), std::string::npos) << info;
  EXPECT_NE(info.find("(A4)"), std::string::npos) << info;
}

TEST(PdfWriter, EmbedsOnlyTheFacesItUses) {
  const WrittenPdf plain(markdownDocument("Texte simple, sans mise en forme."));
  const std::string fonts = pdfFonts(plain.file());
  EXPECT_NE(fonts.find("DejaVuSans"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("Bold"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("Mono"), std::string::npos) << fonts;

  const WrittenPdf styled(markdownDocument("*a* **b** ***c*** `d`"));
  const std::string all = pdfFonts(styled.file());
  for (const char* face :
       {"DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique", "DejaVuSansMono"}) {
    EXPECT_NE(all.find(face), std::string::npos) << face << "\n" << all;
  }
}

TEST(PdfWriter, NamesFromManyLanguagesComeOutExactly) {
  const std::vector<std::string> names = {"Élise Bérénice Lefèvre-Çelik",
                                          "Œdipe Marchand",
                                          "Nguyễn Thị Hương",
                                          "Trần Văn Đức",
                                          "Şükrü Öztürk",
                                          "İlkay Gündoğan",
                                          "Łukasz Wiśniewski",
                                          "Zażółć gęślą jaźń",
                                          "« guillemets » — tiret … 3 €",
                                          "l’apostrophe courbe"};
  std::string markdown;
  for (const std::string& name : names) markdown += "- " + name + "\n";
  const WrittenPdf pdf(markdownDocument(markdown, "Nguyễn Thị Hương"));
  const std::string text = pdf.flatText();
  for (const std::string& name : names) {
    EXPECT_NE(text.find(name), std::string::npos) << name << "\nin: " << text;
  }
}

// The page content writes text as two-byte codes in literal strings: codes holding the bytes
// of ( ) \\ LF CR must be escaped, or the text after them would be lost or garbled.
TEST(PdfWriter, CharactersWhoseCodesNeedEscapingComeOutExactly) {
  const std::string line = "(Ĩĩ) Ŝ\\Ċ č (a) \\b\\";
  const WrittenPdf pdf(markdownDocument("Avant " + line + " après.\n"));
  EXPECT_NE(pdf.flatText().find("Avant " + line + " après."), std::string::npos) << pdf.flatText();
  EXPECT_TRUE(qpdfCheck(pdf.file())) << pdf.file();
}

TEST(PdfWriter, HeadingSizesDecreaseWithLevel) {
  const WrittenPdf pdf(
      markdownDocument("# Hun\n\n## Hdeux\n\n### Htrois\n\n#### Hquatre\n\nCorps du texte.\n"));
  const auto words = pdfWords(pdf.file());
  std::vector<double> heights;
  for (const char* word : {"Hun", "Hdeux", "Htrois", "Hquatre", "Corps"}) {
    const PlacedWord* w = findWord(words, word);
    ASSERT_NE(w, nullptr) << word;
    heights.push_back(w->yMax - w->yMin);
  }
  for (std::size_t i = 1; i < heights.size(); ++i) EXPECT_GT(heights[i - 1], heights[i]) << i;
}

TEST(PdfWriter, ParagraphsAreJustifiedButTheirLastLineIsNot) {
  std::string paragraph;
  for (int i = 0; i < 40; ++i) paragraph += "Les familles sont reçues au collège sur rendez-vous. ";
  const WrittenPdf pdf(markdownDocument(paragraph));
  // The right edge of each line: the largest xMax among words sharing a baseline.
  std::map<long, double> rightEdges;
  for (const PlacedWord& w : pdfWords(pdf.file())) {
    if (w.text == "page" || w.yMin > mm(297 - 22)) continue;  // footer
    double& edge = rightEdges[std::lround(w.yMax)];
    edge = std::max(edge, w.xMax);
  }
  ASSERT_GE(rightEdges.size(), 5u);
  const double textRight = 595.276 - mm(20);
  std::size_t line = 0;
  for (const auto& [y, right] : rightEdges) {
    if (++line == rightEdges.size()) {
      EXPECT_LT(right, textRight - 20) << "last line should be ragged";
    } else {
      EXPECT_NEAR(right, textRight, 1.5) << "line at y=" << y;
    }
  }
}

TEST(PdfWriter, LongDocumentBreaksIntoNumberedPages) {
  std::string markdown;
  for (int i = 1; i <= 120; ++i) {
    markdown += "Paragraphe numéro " + std::to_string(i) +
                " : les absences répétées sont signalées à la famille.\n\n";
  }
  const WrittenPdf pdf(markdownDocument(markdown, "Registre"));
  const int pages = pdfPages(pdf.file());
  ASSERT_GE(pages, 3);
  const std::vector<std::string> texts = pdf.pageTexts();
  ASSERT_EQ(static_cast<int>(texts.size()), pages);
  for (int page = 1; page <= pages; ++page) {
    const std::string footer = "page " + std::to_string(page) + " / " + std::to_string(pages);
    EXPECT_NE(texts[page - 1].find(footer), std::string::npos) << footer;
  }
  const std::string text = pdf.flatText();
  for (int i = 1; i <= 120; ++i) {
    EXPECT_NE(text.find("Paragraphe numéro " + std::to_string(i) + " :"), std::string::npos) << i;
  }
  // The footer sits in the bottom margin, below all body text.
  int footers = 0;
  for (const PlacedWord& w : pdfWords(pdf.file())) {
    if (w.yMin > mm(297 - 20)) {
      footers += w.text == "page";
      EXPECT_TRUE(w.text == "page" || w.text == "/" || std::isdigit(w.text[0])) << w.text;
    } else {
      EXPECT_LT(w.yMax, mm(297 - 21)) << w.text;
    }
  }
  EXPECT_EQ(footers, pages);
}

TEST(PdfWriter, EachDocumentStartsAPageAndCountsItsOwnPages) {
  std::string longBody;
  for (int i = 0; i < 70; ++i)
    longBody += "Ligne " + std::to_string(i) + " du premier document.\n\n";
  const WrittenPdf pdf(std::vector<Document>{markdownDocument(longBody, "Premier"),
                                             markdownDocument("Court.", "Deuxième"),
                                             markdownDocument("Court aussi.", "Troisième")});
  const std::vector<std::string> pages = pdf.pageTexts();
  ASSERT_EQ(pages.size(), 4u);
  EXPECT_NE(pages[0].find("Premier"), std::string::npos);
  EXPECT_NE(pages[0].find("page 1 / 2"), std::string::npos);
  EXPECT_NE(pages[1].find("page 2 / 2"), std::string::npos);
  EXPECT_NE(pages[2].find("Deuxième"), std::string::npos);
  EXPECT_NE(pages[2].find("page 1 / 1"), std::string::npos);
  EXPECT_NE(pages[3].find("Troisième"), std::string::npos);
  EXPECT_NE(pages[3].find("page 1 / 1"), std::string::npos);
}

TEST(PdfWriter, OrderedListsKeepTheirStartNumber) {
  const WrittenPdf pdf(
      markdownDocument("7. sept\n8. huit\n9. neuf\n\nTexte.\n\n"
                       "1998) année\n"));
  const std::string text = pdf.flatText();
  EXPECT_NE(text.find("7. sept 8. huit 9. neuf"), std::string::npos) << text;
  EXPECT_NE(text.find("1998) année"), std::string::npos) << text;
}

TEST(PdfWriter, ItemsStartingWithANestedListShowBothMarkers) {
  const WrittenPdf pdf(markdownDocument("12. - intérieur\n\n- 1. premier\n"));
  const std::string text = pdf.flatText();
  EXPECT_NE(text.find("12. ◦ intérieur"), std::string::npos) << text;
  EXPECT_NE(text.find("• 1. premier"), std::string::npos) << text;
}

TEST(PdfWriter, NestedListsAreIndentedPerLevel) {
  const WrittenPdf pdf(markdownDocument("- niveauun\n  - niveaudeux\n    - niveautrois\n"));
  const auto words = pdfWords(pdf.file());
  const PlacedWord* one = findWord(words, "niveauun");
  const PlacedWord* two = findWord(words, "niveaudeux");
  const PlacedWord* three = findWord(words, "niveautrois");
  ASSERT_TRUE(one && two && three);
  EXPECT_GT(two->xMin, one->xMin + 5);
  EXPECT_GT(three->xMin, two->xMin + 5);
}

TEST(PdfWriter, TaskListItemsShowTheirBoxes) {
  const WrittenPdf pdf(markdownDocument("- [x] convocation envoyée\n- [ ] réponse reçue\n"));
  const std::string text = pdf.flatText();
  EXPECT_NE(text.find("☑ convocation envoyée"), std::string::npos) << text;
  EXPECT_NE(text.find("☐ réponse reçue"), std::string::npos) << text;
  EXPECT_EQ(text.find("[x]"), std::string::npos) << text;
}

TEST(PdfWriter, TablesKeepEveryCellAndFitTheTextWidth) {
  std::string markdown = "| Nom | Observation | Suivi |\n|:--|:--|--:|\n";
  for (int i = 0; i < 3; ++i) {
    markdown += "| Élève" + std::to_string(i) +
                " | Une observation assez longue pour devoir passer à la ligne dans sa "
                "cellule, car la table ne doit jamais dépasser la largeur du texte. | "
                "fait" +
                std::to_string(i) + " |\n";
  }
  const WrittenPdf pdf(markdownDocument(markdown));
  const std::string text = pdf.flatText();
  for (int i = 0; i < 3; ++i) {
    EXPECT_NE(text.find("Élève" + std::to_string(i)), std::string::npos);
    EXPECT_NE(text.find("fait" + std::to_string(i)), std::string::npos);
  }
  EXPECT_NE(text.find("jamais dépasser la largeur du texte."), std::string::npos) << text;
  const auto words = pdfWords(pdf.file());
  for (const PlacedWord& w : words) {
    EXPECT_GE(w.xMin, mm(20) - 0.5) << w.text;
    EXPECT_LE(w.xMax, 595.276 - mm(20) + 0.5) << w.text;
  }
  // The right-aligned column: its cells end at the same x.
  const PlacedWord* first = findWord(words, "fait0");
  const PlacedWord* last = findWord(words, "fait2");
  ASSERT_TRUE(first && last);
  EXPECT_NEAR(first->xMax, last->xMax, 0.5);
  const PlacedWord* header = findWord(words, "Suivi");
  ASSERT_NE(header, nullptr);
  EXPECT_NEAR(header->xMax, first->xMax, 1.5);
}

TEST(PdfWriter, TableLongerThanAPageRepeatsItsHeader) {
  std::string markdown = "| Participant | Signature |\n|---|---|\n";
  for (int i = 1; i <= 80; ++i) markdown += "| Participant n° " + std::to_string(i) + " | |\n";
  const WrittenPdf pdf(markdownDocument(markdown, "Feuille d'émargement"));
  const std::vector<std::string> pages = pdf.pageTexts();
  ASSERT_GE(pages.size(), 2u);
  for (const std::string& page : pages) EXPECT_NE(page.find("Signature"), std::string::npos);
  const std::string text = pdf.flatText();
  for (int i = 1; i <= 80; ++i) {
    EXPECT_NE(text.find("Participant n° " + std::to_string(i) + " "), std::string::npos) << i;
  }
}

TEST(PdfWriter, LongUnbreakableWordsAreCutNotLost) {
  std::string word;
  for (int i = 0; i < 30; ++i) word += "anticonstitutionnellement";
  const std::string url = "https://exemple.fr/" + std::string(300, 'x');
  const WrittenPdf pdf(markdownDocument("Début " + word + " fin.\n\n```\n" + word + "\n```\n\n| " +
                                        word + " |\n|--|\n| x |\n\n<" + url + ">\n"));
  const std::string compact = withoutSpaces(pdf.text());
  EXPECT_NE(compact.find("Début" + word + "fin."), std::string::npos);
  EXPECT_GE(std::count(compact.begin(), compact.end(), 'x'), 300);
  std::size_t found = 0;
  for (std::size_t pos = 0; (pos = compact.find(word, pos)) != std::string::npos;
       pos += word.size()) {
    ++found;
  }
  EXPECT_EQ(found, 3u);
  for (const PlacedWord& w : pdfWords(pdf.file())) {
    EXPECT_LE(w.xMax, 595.276 - mm(20) + 0.5) << w.text;
  }
}

TEST(PdfWriter, MultibyteCharactersAreNeverSplit) {
  const std::string word = [] {
    std::string w;
    for (int i = 0; i < 60; ++i) w += "éễœ€";
    return w;
  }();
  const WrittenPdf pdf(markdownDocument(word));
  EXPECT_EQ(withoutSpaces(pdf.text()).find(word + "page1/1"), 0u) << pdf.text();
}

/// How many dark pixels the first page shows, rendered in grey levels at 100 dpi.
long inkOf(const WrittenPdf& pdf) {
  const std::filesystem::path image = pdf.file().parent_path() / "page";
  run("/usr/bin/pdftoppm", {"-r", "100", "-gray", "-singlefile", "-f", "1", "-l", "1",
                            pdf.file().string(), image.string()});
  std::istringstream pgm(readFile(image.string() + ".pgm"));
  std::string magic;
  int width = 0, height = 0, maximum = 0;
  pgm >> magic >> width >> height >> maximum;
  pgm.get();
  EXPECT_EQ(magic, "P5");
  long dark = 0;
  for (long i = 0; i < long(width) * height; ++i) dark += pgm.get() < 128;
  return dark;
}

TEST(PdfWriter, AccentedLettersMadeOfNestedPartsPrintWhole) {
  // DejaVu builds "ễ" from "ê" and a tilde, and "ê" from "e" and a circumflex: every part
  // must be embedded, or the letter prints as a bare "e".
  auto ink = [](const std::string& letter) {
    std::string heading = "# ";
    for (int i = 0; i < 20; ++i) heading += letter;
    return inkOf(WrittenPdf(markdownDocument(heading)));
  };
  const long bare = ink("e");
  EXPECT_GT(ink("ê"), bare * 11 / 10);
  EXPECT_GT(ink("ễ"), bare * 11 / 10);
  EXPECT_GT(ink("ậ"), ink("a") * 11 / 10);
}

TEST(PdfWriter, InvalidUtf8AndControlCharactersDoNotBreakIt) {
  Document document = markdownDocument(
      std::string("avant\xff\xfe"
                  "après \x01\x02\x1b[0m milieu \xc3 \xe2\x82 fin\x7f ok "
                  "\xf0\x9f\x98\x80 emoji \xed\xa0\x80 surrogate\n\n```\ncode\x07\xff\n```\n"),
      std::string("Titre\x01\xff"));
  document.layout = "letter";
  document.letter.recipient = {std::string("Madame \x02X\xff"), "rue\t\tdes\rLilas"};
  document.letter.subject = std::string("objet\x1f\xc0\xaf");
  document.establishment.name = std::string("Collège\x00 nul", 13);
  const WrittenPdf pdf(document);
  std::string report;
  EXPECT_TRUE(qpdfCheck(pdf.file(), &report)) << report;
  const std::string text = pdf.flatText();
  for (const char* expected : {"avant", "après", "milieu", "fin", "ok", "emoji", "surrogate",
                               "code", "Madame", "rue des", "Lilas", "objet", "Collège"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
  }
}

TEST(PdfWriter, LinksAreClickable) {
  const WrittenPdf pdf(markdownDocument(
      "Voir [le site](https://www.education.gouv.fr/é) et <contact@ac-creteil.fr>."));
  // The objects as a reader resolves them (libharu escapes characters in strings).
  const std::string objects = run("/usr/bin/qpdf", {"--json", pdf.file().string()}).out;
  EXPECT_NE(objects.find(R"("/Subtype": "/Link")"), std::string::npos) << objects;
  // Non-ASCII bytes of a URI are percent-encoded.
  EXPECT_NE(objects.find(R"("/URI": "u:https://www.education.gouv.fr/%C3%A9")"), std::string::npos);
  EXPECT_NE(objects.find(R"("/URI": "u:mailto:contact@ac-creteil.fr")"), std::string::npos);
  // No frame around the link text.
  EXPECT_NE(squeezeSpaces(objects).find(R"("/Border": [ 0, 0, 0 ])"), std::string::npos);
  EXPECT_NE(pdf.flatText().find("Voir le site et contact@ac-creteil.fr."), std::string::npos);
}

TEST(PdfWriter, EmptyInputsStillMakeAValidPdf) {
  for (const std::vector<Document>& documents :
       {std::vector<Document>{}, std::vector<Document>{markdownDocument("")},
        std::vector<Document>{markdownDocument("", "Titre seul")}}) {
    const WrittenPdf pdf(documents);
    EXPECT_TRUE(qpdfCheck(pdf.file()));
    EXPECT_EQ(pdfPages(pdf.file()), 1);
  }
}

TEST(PdfWriter, MissingFontIsReportedInFrench) {
  FontSet fonts = systemDejaVu();
  fonts.italic = "/nonexistent/DejaVuSans-Oblique.ttf";
  const PdfWriter writer(fonts);
  // Unused, the missing face does not matter.
  EXPECT_NO_THROW(writer.write({markdownDocument("texte droit")}));
  try {
    writer.write({markdownDocument("texte *penché*")});
    FAIL() << "expected an IoError";
  } catch (const IoError& error) {
    EXPECT_EQ(std::string(error.what()),
              "Police introuvable : /nonexistent/DejaVuSans-Oblique.ttf");
  }
}

TEST(PdfWriter, UnreadableFontIsReportedInFrench) {
  TempDir dir;
  writeFile(dir / "faux.ttf", "ceci n'est pas une police");
  FontSet fonts = systemDejaVu();
  fonts.regular = dir / "faux.ttf";
  try {
    PdfWriter(fonts).write({markdownDocument("texte")});
    FAIL() << "expected an IoError";
  } catch (const IoError& error) {
    EXPECT_EQ(
        std::string(error.what()).rfind("Police illisible : " + (dir / "faux.ttf").string(), 0), 0u)
        << error.what();
  }
}

TEST(PdfWriter, UnknownLayoutIsATemplateError) {
  Document document = markdownDocument("texte");
  document.layout = "affiche";
  EXPECT_THROW(PdfWriter(systemDejaVu()).write({document}), TemplateError);
}

}  // namespace
}  // namespace trousse::test
