// Pagination: no widow or orphan, headings kept with what follows them, list markers with
// their first line; in the page flow itself and as a reader sees the PDF.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "TypesetTestSupport.hpp"
#include "pdf/layout/PageFlow.hpp"

namespace trousse::test {
namespace {

using pdf::Line;

// A small page: 100 points of content, lines of 10.
pdf::PageFrame smallFrame() {
  pdf::PageFrame frame;
  frame.height = 100;
  frame.top = frame.bottom = 0;
  return frame;
}

Line lineSaying(const std::string& text, double height = 10) {
  Line line;
  pdf::PlacedItem& item = line.items.emplace_back();
  item.text = text;
  item.width = 10;
  line.height = height;
  line.baseline = 0.8 * height;
  return line;
}

std::vector<Line> paragraph(const std::string& name, int count) {
  std::vector<Line> lines;
  for (int i = 1; i <= count; ++i) lines.push_back(lineSaying(name + "." + std::to_string(i)));
  return lines;
}

/// Page (from 0) of each text run, by its text.
std::map<std::string, std::size_t> pagesOfRuns(const pdf::LaidOutDocument& out) {
  std::map<std::string, std::size_t> pages;
  for (std::size_t page = 0; page < out.pages.size(); ++page) {
    for (const pdf::TextRun& run : out.pages[page].texts) pages[run.text] = page;
  }
  return pages;
}

/// How many lines of paragraph `name` are on each page.
std::map<std::size_t, int> linesPerPage(const pdf::LaidOutDocument& out, const std::string& name) {
  std::map<std::size_t, int> counts;
  for (const auto& [text, page] : pagesOfRuns(out)) {
    if (text.rfind(name + ".", 0) == 0) ++counts[page];
  }
  return counts;
}

TEST(PageFlowPagination, AParagraphThatFitsStaysWhole) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(50);
  flow.placeLines(paragraph("p", 5), 0);
  EXPECT_EQ(out.pages.size(), 1u);
  EXPECT_DOUBLE_EQ(flow.y(), 100);
}

TEST(PageFlowPagination, NoOrphanAtTheFootOfAPage) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(85);  // room for one line only
  flow.placeLines(paragraph("p", 5), 0);
  EXPECT_EQ(linesPerPage(out, "p"), (std::map<std::size_t, int>{{1, 5}}));
}

TEST(PageFlowPagination, NoWidowAtTheHeadOfTheNext) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(50);  // room for five lines
  flow.placeLines(paragraph("p", 6), 0);
  EXPECT_EQ(linesPerPage(out, "p"), (std::map<std::size_t, int>{{0, 4}, {1, 2}}));
}

TEST(PageFlowPagination, AShortParagraphThatCannotSplitInTwoAndTwoMovesWhole) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(80);  // room for two lines of three
  flow.placeLines(paragraph("p", 3), 0);
  EXPECT_EQ(linesPerPage(out, "p"), (std::map<std::size_t, int>{{1, 3}}));
}

TEST(PageFlowPagination, AParagraphLongerThanPagesLeavesTwoLinesOnTheLast) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.placeLines(paragraph("p", 21), 0);
  EXPECT_EQ(linesPerPage(out, "p"), (std::map<std::size_t, int>{{0, 10}, {1, 9}, {2, 2}}));
  for (int lines : {25, 20, 11, 12}) {
    pdf::LaidOutDocument more;
    pdf::PageFlow next(more, smallFrame());
    next.placeLines(paragraph("q", lines), 0);
    for (const auto& [page, count] : linesPerPage(more, "q")) EXPECT_GE(count, 2) << lines;
  }
}

TEST(PageFlowPagination, AHeadingMovesWithTheParagraphThatDoesNotFitAfterIt) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  out.bookmarks.push_back(pdf::Bookmark{1, "avant", 0, 0});
  flow.placeLines(paragraph("intro", 6), 0);
  flow.addSpace(5);
  flow.startKeep();
  flow.reserve(15);
  out.bookmarks.push_back(pdf::Bookmark{2, "Titre", 0, flow.y()});
  flow.placeLine(lineSaying("Titre", 15), 0);
  flow.endKeep();
  flow.placeLines(paragraph("p", 3), 0);  // two lines fit, but a third would be a widow

  const auto pages = pagesOfRuns(out);
  EXPECT_EQ(pages.at("Titre"), 1u);
  EXPECT_EQ(pages.at("p.1"), 1u);
  EXPECT_EQ(linesPerPage(out, "intro"), (std::map<std::size_t, int>{{0, 6}}));
  // The heading is at the top of its new page, the paragraph right below it.
  const pdf::TextRun& title = out.pages[1].texts.front();
  EXPECT_EQ(title.text, "Titre");
  EXPECT_NEAR(title.baseline, 12, 1e-9);
  // Its bookmark went with it; the others stayed.
  EXPECT_EQ(out.bookmarks[0].page, 0u);
  EXPECT_EQ(out.bookmarks[1].page, 1u);
  EXPECT_NEAR(out.bookmarks[1].y, 0, 1e-9);
}

TEST(PageFlowPagination, HeadingsInARowMoveTogether) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(60);
  for (const char* title : {"Chapitre", "Section"}) {
    flow.startKeep();
    flow.placeLine(lineSaying(title, 12), 0);
    flow.endKeep();
  }
  flow.placeLines(paragraph("p", 3), 0);
  const auto pages = pagesOfRuns(out);
  EXPECT_EQ(pages.at("Chapitre"), 1u);
  EXPECT_EQ(pages.at("Section"), 1u);
  EXPECT_EQ(pages.at("p.1"), 1u);
  EXPECT_TRUE(out.pages[0].texts.empty());
}

TEST(PageFlowPagination, AHeadingThatFitsWithItsTextStays) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(50);
  flow.startKeep();
  flow.placeLine(lineSaying("Titre", 12), 0);
  flow.endKeep();
  flow.placeLines(paragraph("p", 6), 0);  // two lines fit after the heading
  const auto pages = pagesOfRuns(out);
  EXPECT_EQ(pages.at("Titre"), 0u);
  EXPECT_EQ(linesPerPage(out, "p"), (std::map<std::size_t, int>{{0, 3}, {1, 3}}));
}

TEST(PageFlowPagination, AnAskedPageBreakLeavesTheHeadingWhereItIs) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(50);
  flow.startKeep();
  flow.placeLine(lineSaying("Titre", 12), 0);
  flow.endKeep();
  flow.newPage();
  flow.placeLines(paragraph("p", 2), 0);
  const auto pages = pagesOfRuns(out);
  EXPECT_EQ(pages.at("Titre"), 0u);
  EXPECT_EQ(pages.at("p.1"), 1u);
}

TEST(PageFlowPagination, AListMarkerStaysWithItsFirstLine) {
  pdf::LaidOutDocument out;
  pdf::PageFlow flow(out, smallFrame());
  flow.moveTo(85);
  flow.addMarker(pdf::Marker{"•", pdf::FontStyle::Regular, pdf::kBodySize, 5, 0});
  flow.placeLines(paragraph("item", 3), 20);
  const auto pages = pagesOfRuns(out);
  EXPECT_EQ(pages.at("•"), 1u);
  EXPECT_EQ(pages.at("item.1"), 1u);
  const auto& texts = out.pages[1].texts;
  const auto marker =
      std::find_if(texts.begin(), texts.end(), [](const pdf::TextRun& r) { return r.text == "•"; });
  const auto first = std::find_if(texts.begin(), texts.end(),
                                  [](const pdf::TextRun& r) { return r.text == "item.1"; });
  EXPECT_DOUBLE_EQ(marker->baseline, first->baseline);
}

// ---- As a reader sees the PDF ------------------------------------------------------------

/// A long document: headings, then paragraphs of 1 to 9 lines whose words all carry their
/// paragraph's number ("w12a"), so that a line of the PDF tells which paragraph it is from.
std::string longDocument() {
  std::string markdown;
  int paragraphNumber = 0;
  for (int section = 1; section <= 14; ++section) {
    markdown += "## Titre" + std::to_string(section) + "\n\n";
    if (section % 3 == 0) markdown += "### Soustitre" + std::to_string(section) + "\n\n";
    for (int k = 0; k < 3; ++k) {
      const int number = ++paragraphNumber;
      const int words = 8 + (number * 37) % 90;
      std::string text;
      for (int w = 0; w < words; ++w) {
        text += "w" + std::to_string(number) +
                std::string(1 + (w * 7 + number) % 6, "abcdef"[w % 6]) + " ";
      }
      markdown += text + "\n\n";
    }
  }
  return markdown;
}

/// The paragraph number a PDF line is from, 0 for another line.
int paragraphOf(const std::vector<PlacedWord>& line) {
  const std::string& word = line.front().text;
  if (word.size() < 2 || word[0] != 'w' || !std::isdigit(static_cast<unsigned char>(word[1])))
    return 0;
  return std::stoi(word.substr(1));
}

TEST(PdfPagination, NoWidowNoOrphanAndHeadingsWithTheirText) {
  const WrittenPdf pdf(markdownDocument(longDocument(), "Pagination"));
  const auto lines = pdfLines(pdf.file());
  std::map<int, std::map<int, int>> linesOfParagraph;  // paragraph → page → lines
  int headings = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::vector<PlacedWord>& line = lines[i];
    if (line.front().yMin > mm(297 - 22)) continue;  // the footer
    if (const int number = paragraphOf(line)) ++linesOfParagraph[number][line.front().page];
    const std::string& first = line.front().text;
    if (first.rfind("Titre", 0) == 0 || first.rfind("Soustitre", 0) == 0) {
      ++headings;
      ASSERT_LT(i + 1, lines.size());
      EXPECT_EQ(lines[i + 1].front().page, line.front().page) << first << " ends its page";
    }
  }
  EXPECT_EQ(headings, 14 + 4);
  int split = 0;
  for (const auto& [number, pages] : linesOfParagraph) {
    if (pages.size() < 2) continue;
    ++split;
    for (const auto& [page, count] : pages) {
      EXPECT_GE(count, 2) << "paragraph " << number << " has " << count << " line(s) on page "
                          << page;
    }
  }
  EXPECT_GE(pdfPages(pdf.file()), 4);
  EXPECT_GE(split, 2) << "the document should have paragraphs split across pages";
}

TEST(PdfPagination, NoLineStartsWithClosingPunctuationInThePdf) {
  std::string markdown;
  for (int i = 0; i < 40; ++i) {
    markdown += "Objet : rendez-vous n° " + std::to_string(i) +
                " ! Pourquoi ? « Parce que » ; "
                "le 1er décembre à 17 h 30, pour 12 € ou 10 % : appelez le 01 48 57 00 00 ; "
                "la réunion dure 45 min. Vraiment ? Oui ! ";
  }
  const WrittenPdf pdf(markdownDocument(markdown));
  int checked = 0;
  for (const auto& line : pdfLines(pdf.file())) {
    if (line.front().yMin > mm(297 - 22)) continue;
    ++checked;
    for (const char* mark : {":", ";", "!", "?", "»"}) {
      EXPECT_NE(line.front().text.rfind(mark, 0), 0u) << line.front().text;
    }
    EXPECT_NE(line.back().text, "«");
  }
  EXPECT_GT(checked, 20);
  // And what a reader copies is the text, the non-breaking spaces read as spaces.
  EXPECT_NE(pdf.flatText().find("! Pourquoi ? « Parce que » ; le 1er décembre à 17 h 30, pour "
                                "12 € ou 10 % : appelez le 01 48 57 00 00 ;"),
            std::string::npos)
      << pdf.flatText();
}

TEST(PdfPagination, AListMarkerIsOnItsFirstLinesPage) {
  std::string markdown;
  for (int i = 0; i < 60; ++i) {
    markdown += "- élément" + std::to_string(i) +
                " d'une liste assez longue pour passer sur une "
                "deuxième ligne dans la largeur du texte, et même davantage si besoin est.\n";
  }
  const WrittenPdf pdf(markdownDocument(markdown));
  int markers = 0;
  for (const auto& line : pdfLines(pdf.file())) {
    if (line.front().text != "•") continue;
    ++markers;
    ASSERT_GE(line.size(), 2u);
    EXPECT_EQ(line[1].text.rfind("élément", 0), 0u) << line[1].text;
  }
  EXPECT_EQ(markers, 60);
}

}  // namespace
}  // namespace trousse::test
