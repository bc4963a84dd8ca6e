// Hostile Markdown (issue #3, « Robustesse »): each document is generated here, written to a
// file and given to `trousse markdown` under /usr/bin/timeout, so that a hang fails the test
// instead of blocking ctest, and under /usr/bin/time, which measures its peak memory. Each
// ends in bounded time and memory, either
//  - with exit code 0, a PDF that qpdf finds valid, and the text where it should be; or
//  - where laying it out whole would take too much memory, with a clear French error, exit
//    code 65 (données invalides), and no output file.
// The limits are documented in docs/modeles.md, « Limites », and in DocumentLimits.hpp and
// NestingLimit.hpp:
//  - nesting (50,000 block quotes, 1,000 lists, 65,000 emphasis markers): rendered, the
//    levels beyond 32 laid out flat at the 32nd level's indentation, all text kept;
//  - a 10 MB paragraph: refused (5 MB of Markdown at most, about 1,200 pages); a 250 KB
//    paragraph (50 pages) is rendered to its last words, a 280 KB one refused (256 KB);
//  - a 2,000-column table: rendered in parts of the columns that fit, one after the other;
//    a line of more than 2,001 « | » is refused (cmark-gfm reads a row in quadratic time);
//  - a word or a URL far longer than a line: cut between characters, every one kept, even
//    when French spacing glues its pieces together; a link target beyond 8 KB is shown but
//    not clickable;
//  - NUL and control characters: NUL becomes U+FFFD (cmark-gfm), controls are dropped;
//  - invalid UTF-8: refused, naming the line;
//  - more than 2,000 pages: refused.
#include "CliFixture.hpp"

#include <chrono>
#include <fstream>
#include <iostream>
#include <regex>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Every case here stays far below. Sanitizers keep shadow memory beside every byte the program
// uses (ThreadSanitizer up to 5 to 8 times as much): there the ceiling scales with it.
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
constexpr long kMemoryCeilingKb = 8 * 400 * 1024;
#else
constexpr long kMemoryCeilingKb = 400 * 1024;
#endif

struct Outcome {
  int exitCode = -1;
  std::string err;
  long peakKb = 0;  ///< maximum resident set size
  double seconds = 0;
};

class HostileDocumentsTest : public CliTest {
 protected:
  /// Writes `markdown` to hostile.md and renders it to h.pdf, at most 60 seconds.
  Outcome render(const std::string& markdown) {
    writeFile(path("hostile.md"), markdown);
    const auto start = std::chrono::steady_clock::now();
    const ProcessResult result =
        run("/usr/bin/timeout",
            {"60", "/usr/bin/time", "-f", "%M", "-o", path("peak.txt").string(),
             trousseBinary().string(), "markdown", "hostile.md", "--out", "h.pdf"},
            {}, dir_.path());
    Outcome outcome;
    outcome.exitCode = result.exitCode;
    outcome.err = result.err;
    outcome.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // The last line is the figure; "Command exited with non-zero status" may come before.
    std::ifstream peak(path("peak.txt"));
    for (std::string line; std::getline(peak, line);) {
      if (!line.empty() && std::isdigit(static_cast<unsigned char>(line.front()))) {
        outcome.peakKb = std::stol(line);
      }
    }
    std::cout << "[ mesure  ] " << ::testing::UnitTest::GetInstance()->current_test_info()->name()
              << " : " << markdown.size() << " octets, code " << outcome.exitCode << ", "
              << outcome.seconds << " s, " << outcome.peakKb / 1024 << " Mo au plus\n";
    EXPECT_NE(outcome.exitCode, 124) << "trousse did not finish within 60 s";
    EXPECT_GT(outcome.peakKb, 0) << "no memory figure";
    EXPECT_LE(outcome.peakKb, kMemoryCeilingKb);
    return outcome;
  }

  /// A valid PDF; its text, white space squeezed (no-break spaces included).
  std::string expectRendered(const Outcome& outcome) {
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err;
    std::string report;
    EXPECT_TRUE(qpdfCheck(path("h.pdf"), &report)) << report;
    std::string text = pdfText(path("h.pdf"));
    for (const std::string space : {"\u00A0", "\u202F"}) {
      for (std::size_t at = 0; (at = text.find(space, at)) != std::string::npos; ++at) {
        text.replace(at, space.size(), " ");
      }
    }
    return squeezeSpaces(text);
  }

  /// A clear error, exit code 65, and no output.
  void expectRefused(const Outcome& outcome, const std::string& message) {
    EXPECT_EQ(outcome.exitCode, 65) << outcome.err;
    EXPECT_THAT(outcome.err, HasSubstr("trousse : erreur : "));
    EXPECT_THAT(outcome.err, HasSubstr(message));
    EXPECT_FALSE(std::filesystem::exists(path("h.pdf")));
  }
};

std::string repeat(const std::string& text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

std::size_t count(const std::string& text, const std::string& word) {
  std::size_t found = 0;
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    ++found;
  }
  return found;
}

TEST_F(HostileDocumentsTest, FiftyThousandNestedBlockQuotes) {
  const std::string text = expectRendered(render(repeat("> ", 50'000) + "fin des citations\n"));
  EXPECT_THAT(text, HasSubstr("fin des citations"));
}

TEST_F(HostileDocumentsTest, TextOfEveryNestedBlockQuoteIsKept) {
  // Each line opens one more quote; beyond the 32nd, quotes are laid out flat.
  std::string markdown;
  for (int level = 1; level <= 100; ++level) {
    markdown += repeat("> ", level) + "citation " + std::to_string(level) + "\n";
  }
  const std::string text = expectRendered(render(markdown));
  for (int level = 1; level <= 100; ++level) {
    EXPECT_THAT(text, HasSubstr("citation " + std::to_string(level) + " ")) << level;
  }
}

TEST_F(HostileDocumentsTest, ThousandNestedLists) {
  // Ordered lists among bullets: beyond the 32nd level, items keep their marker as text.
  std::string markdown;
  for (int level = 0; level < 1000; ++level) {
    markdown += repeat("   ", level) + (level % 2 == 0 ? "- " : "1. ") + "niveau " +
                std::to_string(level) + "\n";
  }
  const std::string text = expectRendered(render(markdown));
  EXPECT_EQ(count(text, "niveau "), 1000u);
  EXPECT_THAT(text, HasSubstr("▪ niveau 998"));
  EXPECT_THAT(text, HasSubstr("1. niveau 999"));
}

TEST_F(HostileDocumentsTest, SixtyFiveThousandNestedEmphasisMarkers) {
  // 65,000 markers on each side: cmark-gfm nests 32,500 strong and emphasis nodes.
  const std::string stars = repeat("*", 65'000);
  const std::string text = expectRendered(render("avant " + stars + "milieu" + stars + " après\n"));
  EXPECT_THAT(text, HasSubstr("avant milieu après"));
}

TEST_F(HostileDocumentsTest, TextOfEveryNestedEmphasisIsKept) {
  const std::string markdown = repeat("*ouvre ", 10'000) + "milieu" + repeat(" ferme*", 10'000);
  const std::string text = expectRendered(render(markdown + "\n"));
  EXPECT_EQ(count(text, "ouvre"), 10'000u);
  EXPECT_EQ(count(text, "ferme"), 10'000u);
  EXPECT_THAT(text, HasSubstr("ouvre milieu ferme"));
}

std::string prose(std::size_t bytes) {
  static const std::vector<std::string> words{
      "élève",      "établissement", "conseil", "classe",    "réunion",    "parents",
      "professeur", "convocation",   "semaine", "trimestre", "évaluation", "orientation"};
  std::string text;
  text.reserve(bytes + 16);
  for (std::size_t i = 0; text.size() < bytes; ++i)
    text += words[(i * 7 + i / 5) % words.size()] + " ";
  return text;
}

TEST_F(HostileDocumentsTest, TenMegabyteParagraphIsRefused) {
  // 2,200 pages and 1.3 GB if laid out: more than a document may hold.
  const Outcome outcome = render(prose(10'000'000) + "derniers mots\n");
  expectRefused(outcome, "document trop long : 10 Mo de Markdown, 5 Mo au plus");
}

TEST_F(HostileDocumentsTest, LongParagraphIsRenderedToItsLastWords) {
  const std::string text = expectRendered(render(prose(250'000) + "derniers mots du paragraphe\n"));
  EXPECT_THAT(text, HasSubstr("derniers mots du paragraphe"));
  EXPECT_GE(pdfPages(path("h.pdf")), 40);
}

TEST_F(HostileDocumentsTest, ParagraphBeyondTheBlockLimitIsRefused) {
  const Outcome outcome = render("# Titre\n\n" + prose(280'000) + "\n");
  expectRefused(outcome, "paragraphe trop long (« ");
  EXPECT_THAT(outcome.err, HasSubstr("256 Ko au plus ; coupez-le en paragraphes plus courts"));
}

TEST_F(HostileDocumentsTest, TwoThousandColumnTableIsPrintedInParts) {
  constexpr int kColumns = 2000;
  std::string header = "|", delimiter = "|", row = "|";
  for (int c = 0; c < kColumns; ++c) {
    header += "h" + std::to_string(c) + "|";
    delimiter += "---|";
    row += "c" + std::to_string(c) + "|";
  }
  const std::string text = expectRendered(render(header + "\n" + delimiter + "\n" + row + "\n"));
  EXPECT_THAT(text, HasSubstr("Tableau trop large pour la page, en "));
  for (const std::string cell : {"h0", "c0", "h1", "c1", "h1000", "c1000", "h1999", "c1999"}) {
    EXPECT_THAT(text, HasSubstr(" " + cell + " ")) << cell;
  }
  EXPECT_THAT(text, HasSubstr("Suite du tableau : colonnes "));
  EXPECT_THAT(text, HasSubstr(" sur 2000"));
}

TEST_F(HostileDocumentsTest, TableRowBeyondTheColumnLimitIsRefused) {
  const Outcome outcome = render("|a|b|\n|-|-|\n" + repeat("|x", 50'000) + "|\n");
  expectRefused(outcome, "ligne de tableau trop longue");
  EXPECT_THAT(outcome.err, HasSubstr("un tableau a au plus 2\u202F000 colonnes"));
}

TEST_F(HostileDocumentsTest, WordAndUrlLongerThanLinesKeepEveryCharacter) {
  const std::string word = repeat("abcdefghij", 10'000);                     // 100 KB
  const std::string longUrl = "https://example.com/" + repeat("x", 50'000);  // not clickable
  const std::string url = "https://example.com/" + repeat("y", 5'000);       // clickable
  const std::string text = expectRendered(
      render(word + "\n\n<" + longUrl + ">\n\n[lien](" + url + ")\n\n" + url + "\n"));
  // Lines of a cut word are rejoined, without the running header and page numbers that
  // come between pages.
  const std::string body = std::regex_replace(
      text, std::regex(" page [0-9]+ / [0-9]+ hostile | page [0-9]+ / [0-9]+ $"), " ");
  std::string joined;
  for (char c : body) {
    if (c != ' ') joined += c;
  }
  EXPECT_THAT(joined, HasSubstr(word));
  EXPECT_THAT(joined, HasSubstr(longUrl));
  EXPECT_THAT(joined, HasSubstr(url));
  // The 5 KB target is a link; the 50 KB one is shown only.
  const ProcessResult qdf = run(
      "/usr/bin/qpdf",
      {"--qdf", "--object-streams=disable", path("h.pdf").string(), path("h-qdf.pdf").string()});
  ASSERT_EQ(qdf.exitCode, 0) << qdf.err;
  const std::string pdf = readFile(path("h-qdf.pdf"));
  EXPECT_THAT(pdf, HasSubstr("/URI (" + url + ")"));
  EXPECT_THAT(pdf, Not(HasSubstr("/URI (https://example.com/xxx")));
}

TEST_F(HostileDocumentsTest, GluedWordLongerThanALineIsCutAllTheSame) {
  // French spacing glues « to the next word: 20,000 of them make one word that may not be cut
  // next to its glue, except where nothing else will do; unbroken, it would run off the page.
  const std::string text = expectRendered(render(repeat("« ", 20'000) + "fin\n"));
  EXPECT_EQ(count(text, "«"), 20'000u);
  EXPECT_THAT(text, HasSubstr("« fin"));
}

TEST_F(HostileDocumentsTest, NulAndControlCharacters) {
  std::string markdown = "# Titre\x01 \x1b[31mrouge\n\navant";
  markdown += '\0';
  markdown += "après \x01\x02\x07\x08\x0b\x0c\x1b\x7f fin\n\n";
  markdown += "| a\x02 | b |\n|---|---|\n| c";
  markdown += '\0';
  markdown += " | d\x7f |\n\n```\ncode\x03";
  markdown += '\0';
  markdown += "\n```\n\n[lien\x05](http://exemple.fr/\x06)\n";
  const std::string text = expectRendered(render(markdown));
  EXPECT_THAT(text, HasSubstr("Titre [31mrouge"));
  EXPECT_THAT(text, HasSubstr("avant\uFFFDaprès fin"));  // cmark-gfm turns NUL into U+FFFD
  EXPECT_THAT(text, HasSubstr("c\uFFFD"));
  EXPECT_THAT(text, HasSubstr("code\uFFFD"));
  EXPECT_THAT(text, HasSubstr("lien"));
}

TEST_F(HostileDocumentsTest, InvalidUtf8IsRefusedNamingTheLine) {
  const Outcome outcome = render("première ligne\nseconde \xff\xfe ligne\n");
  expectRefused(outcome, "hostile.md, ligne 2 : le texte n'est pas en UTF-8 valide");
}

TEST_F(HostileDocumentsTest, DocumentBeyondThePageLimitIsRefused) {
  const Outcome outcome = render(repeat("un paragraphe\n\n", 150'000));
  expectRefused(outcome, "document trop long : plus de 2\u202F000 pages");
}

/// Inputs known to make CommonMark parsers slow (cmark's pathological tests): each ends in
/// time, rendered or refused.
TEST_F(HostileDocumentsTest, PathologicalInputsOfCmark) {
  const std::vector<std::pair<std::string, std::string>> inputs{
      {"nested brackets", repeat("[", 50'000) + "a" + repeat("]", 50'000)},
      {"nested images", repeat("![", 30'000) + "a" + repeat("](b)", 30'000)},
      {"link openers", repeat("[a", 65'000)},
      {"link closers", repeat("a]", 65'000)},
      {"emphasis closers", repeat("a_ ", 65'000)},
      {"mismatched emphasis", repeat("*a_ ", 50'000)},
      {"unclosed links", repeat("[a](<b", 30'000)},
      {"unclosed link titles", repeat("[a](b\"", 30'000)},
      {"entities", repeat("&#", 100'000)},
      {"backticks",
       [] {
         std::string s;
         for (int i = 1; i < 700; ++i) s += "e" + repeat("`", i);
         return s;
       }()},
      {"nested strike-through", repeat("~~a ", 20'000) + repeat(" a~~", 20'000)},
      {"nested lists on one line", repeat("- ", 20'000) + "a"},
      {"reference definitions", repeat("[a]: u\n", 20'000) + repeat("[a] ", 20'000)},
      {"tables of many rows", "|a|b|\n|-|-|\n" + repeat("|x|y|\n", 20'000)},
      {"HTML comments", repeat("<!--", 50'000)},
  };
  for (const auto& [name, markdown] : inputs) {
    SCOPED_TRACE(name);
    const Outcome outcome = render(markdown + "\n");
    EXPECT_TRUE(outcome.exitCode == 0 || outcome.exitCode == 65) << outcome.err;
    if (outcome.exitCode == 0) {
      std::string report;
      EXPECT_TRUE(qpdfCheck(path("h.pdf"), &report)) << report;
    }
    std::filesystem::remove(path("h.pdf"));
  }
}

}  // namespace
}  // namespace trousse::test
