// Every example of the CommonMark specification, the GFM extensions and cmark-gfm's
// regression suite goes through the PDF writer: the PDF must be valid and keep every word
// of the example's text (as cmark-gfm's plain-text renderer gives it, plus raw HTML).
//
// The examples of one file are written as separate documents of one PDF (one write, one
// pdftotext run): each document starts on a new page and is titled with its number, which
// maps pages back to examples.
#include <cmark-gfm.h>
#include <gtest/gtest.h>
#include <wctype.h>

#include <clocale>
#include <cwctype>
#include <fstream>
#include <memory>
#include <sstream>

#include "PdfTestSupport.hpp"
#include "markdown/MarkdownTree.hpp"

namespace trousse::test {
namespace {

const std::filesystem::path kCorpus = std::filesystem::path(TROUSSE_SHARED_DIR) / "commonmark";

struct Example {
  int number = 0;
  int line = 0;
  std::string markdown;
};

/// The examples of a file in cmark's spec format.
std::vector<Example> readExamples(const std::filesystem::path& file) {
  const std::string fence(32, '`');
  std::ifstream in(file);
  std::vector<Example> examples;
  enum class State { Outside, Markdown, Html } state = State::Outside;
  int lineNumber = 0;
  for (std::string line; std::getline(in, line);) {
    ++lineNumber;
    if (state == State::Outside) {
      if (line.rfind(fence + " example", 0) == 0) {
        examples.push_back(Example{static_cast<int>(examples.size()) + 1, lineNumber, {}});
        state = State::Markdown;
      }
    } else if (state == State::Markdown) {
      if (line == ".") {
        state = State::Html;
      } else {
        for (std::size_t pos; (pos = line.find("→")) != std::string::npos;) {
          line.replace(pos, std::string("→").size(), "\t");
        }
        examples.back().markdown += line + "\n";
      }
    } else if (line == fence) {
      state = State::Outside;
    }
  }
  return examples;
}

std::string titleOf(const Example& example, const std::string& file) {
  return "Exemple n° " + std::to_string(example.number) + " (" + file + ")";
}

/// Runs of letters and digits of two characters or more, in the Unicode sense.
std::vector<std::string> wordsOf(const std::string& text) {
  static locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  std::vector<std::string> words;
  std::string word;
  int letters = 0;
  auto flush = [&] {
    if (letters >= 2) words.push_back(word);
    word.clear();
    letters = 0;
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length && pos + i < text.size(); ++i) {
      c = (c << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
    }
    const bool alnum = utf8 != nullptr ? ::iswalnum_l(static_cast<wint_t>(c), utf8) != 0
                                       : (c < 0x80 && std::isalnum(static_cast<int>(c)));
    if (alnum) {
      word.append(text, pos, length);
      ++letters;
    } else {
      flush();
    }
    pos += length;
  }
  flush();
  return words;
}

/// What the PDF must show of an example: cmark-gfm's plain-text rendering, plus the raw HTML
/// that the plain-text renderer leaves out but the PDF prints as it is.
std::string expectedTextOf(const std::string& markdown) {
  const MarkdownTree tree = MarkdownTree::parse(markdown);
  std::unique_ptr<char, void (*)(void*)> plain(cmark_render_plaintext(tree.root(), 0, 0),
                                               std::free);
  std::string text = plain ? plain.get() : "";
  cmark_iter* iter = cmark_iter_new(tree.root());
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_ENTER &&
        (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
      text += std::string("\n") + cmark_node_get_literal(node);
    }
  }
  cmark_iter_free(iter);
  return text;
}

class PdfCommonMarkCorpus : public testing::TestWithParam<const char*> {};

TEST_P(PdfCommonMarkCorpus, EveryExampleRendersWithItsWords) {
  const std::string file = GetParam();
  const std::vector<Example> examples = readExamples(kCorpus / file);
  ASSERT_GT(examples.size(), 10u) << "no examples read from " << (kCorpus / file);

  std::vector<Document> documents;
  for (const Example& example : examples) {
    documents.push_back(markdownDocument(example.markdown, titleOf(example, file)));
  }
  // One write for all; should it fail, find which examples make it fail.
  std::string bytes;
  try {
    bytes = PdfWriter(systemDejaVu()).write(documents);
  } catch (const std::exception& batchError) {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      try {
        PdfWriter(systemDejaVu()).write({documents[i]});
      } catch (const std::exception& error) {
        ADD_FAILURE() << file << " example " << examples[i].number << " (line " << examples[i].line
                      << ") throws: " << error.what();
      }
    }
    FAIL() << "the batch throws: " << batchError.what();
  }
  TempDir dir;
  const std::filesystem::path pdf = dir / "corpus.pdf";
  writeFile(pdf, bytes);
  std::string report;
  ASSERT_TRUE(qpdfCheck(pdf, &report)) << report;

  const std::vector<std::string> pages = pagesOf(pdfText(pdf));
  ASSERT_GE(pages.size(), examples.size());

  // The first page of each example: the one that shows its title.
  std::vector<std::size_t> firstPage;
  std::size_t page = 0;
  for (const Example& example : examples) {
    const std::string title = squeezeSpaces(titleOf(example, file));
    while (page < pages.size() && squeezeSpaces(pages[page]).find(title) == std::string::npos) {
      ++page;
    }
    ASSERT_LT(page, pages.size()) << "no page shows " << title;
    firstPage.push_back(page);
  }
  firstPage.push_back(pages.size());

  int missing = 0;
  std::size_t checked = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    std::string text;
    for (std::size_t p = firstPage[i]; p < firstPage[i + 1]; ++p) text += pages[p] + "\n";
    const std::string flat = squeezeSpaces(text);
    const std::string compact = withoutSpaces(text);  // for words cut at a line's end
    for (const std::string& word : wordsOf(expectedTextOf(examples[i].markdown))) {
      ++checked;
      if (flat.find(word) == std::string::npos && compact.find(word) == std::string::npos) {
        ++missing;
        ADD_FAILURE() << file << " example " << examples[i].number << " (line " << examples[i].line
                      << "): missing word «" << word << "»\nMarkdown:\n"
                      << examples[i].markdown << "\nPDF text:\n"
                      << text;
      }
    }
  }
  EXPECT_EQ(missing, 0);
  RecordProperty("examples", static_cast<int>(examples.size()));
  RecordProperty("words", static_cast<int>(checked));
  std::cout << file << ": " << examples.size() << " examples, " << pages.size() << " pages, "
            << checked << " words checked, " << missing << " missing\n";
}

INSTANTIATE_TEST_SUITE_P(SharedSuites, PdfCommonMarkCorpus,
                         testing::Values("spec.txt", "extensions.txt", "regression.txt"),
                         [](const testing::TestParamInfo<const char*>& info) {
                           std::string name = info.param;
                           return name.substr(0, name.find('.'));
                         });

}  // namespace
}  // namespace trousse::test
