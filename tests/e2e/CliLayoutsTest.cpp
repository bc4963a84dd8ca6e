// `trousse markdown` with the layouts, images and fallback fonts: the examples of
// examples/mises-en-page render; a front matter chooses the layout; a missing image is a
// warning on stderr and a placeholder, never a failure.
#include "CliFixture.hpp"

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::filesystem::path kExamples =
    std::filesystem::path(TROUSSE_SOURCE_DIR) / "examples" / "mises-en-page";

std::string pageSizeOf(const std::filesystem::path& pdf) {
  const std::string info = pdfInfo(pdf);
  const std::size_t start = info.find("Page size:");
  return squeezeSpaces(info.substr(start, info.find('\n', start) - start));
}

TEST_F(CliTest, EveryLayoutExampleRenders) {
  const std::vector<std::pair<std::string, std::string>> examples = {
      {"lettre", "Page size: 595.276 x 841.89 pts (A4)"},
      {"document", "Page size: 595.276 x 841.89 pts (A4)"},
      {"support-atelier", "Page size: 595.276 x 841.89 pts (A4)"},
      {"attestation", "Page size: 841.89 x 595.276 pts (A4)"},
      {"diaporama", "Page size: 960 x 540 pts"}};
  for (const auto& [name, size] : examples) {
    SCOPED_TRACE(name);
    const std::string out = name + ".pdf";
    const ProcessResult render = trousse(
        {"markdown", (kExamples / (name + ".md")).string(), "--config", config(), "--out", out});
    ASSERT_EQ(render.exitCode, 0) << render.err;
    EXPECT_THAT(render.err, Not(HasSubstr("attention"))) << "every image is found";
    EXPECT_TRUE(qpdfCheck(path(out)));
    EXPECT_EQ(pageSizeOf(path(out)), size);
    EXPECT_THAT(pdfText(path(out)), Not(HasSubstr("layout:"))) << "the front matter is not printed";
  }
  EXPECT_THAT(squeezeSpaces(pdfText(path("lettre.pdf"))),
              HasSubstr("Monsieur Wang XIAOMING 王小明"));
  EXPECT_THAT(pdfFonts(path("lettre.pdf")), HasSubstr("WenQuanYiMicroHei"));
  EXPECT_THAT(pdfInfo(path("diaporama.pdf")), HasSubstr("Le programme pHARe au collège"));
  EXPECT_EQ(pdfPages(path("document.pdf")), 2) << "the page break marker";
}

TEST_F(CliTest, MarkdownMissingImageIsAWarningAndAPlaceholder) {
  writeFile(path("note.md"), "# Note\n\nVoici le plan :\n\n![Plan du collège](plan-absent.png)\n");
  const ProcessResult render = trousse({"markdown", "note.md", "--out", "note.pdf"});
  ASSERT_EQ(render.exitCode, 0) << render.err;
  EXPECT_THAT(render.err, HasSubstr("trousse : attention : image « plan-absent.png »"));
  EXPECT_THAT(render.err, HasSubstr("introuvable"));
  EXPECT_THAT(squeezeSpaces(pdfText(path("note.pdf"))), HasSubstr("Plan du collège"));
}

TEST_F(CliTest, MarkdownImagesComeFromTheFilesFolderOnly) {
  std::filesystem::create_directories(path("doc"));
  std::filesystem::copy_file(kExamples / "images" / "logo.png", path("logo.png"));
  std::filesystem::copy_file(kExamples / "images" / "logo.png", path("doc/logo.png"));
  writeFile(path("doc/note.md"), "![ici](logo.png)\n\n![dehors](../logo.png)\n");
  const ProcessResult render = trousse({"markdown", "doc/note.md", "--out", "note.pdf"});
  ASSERT_EQ(render.exitCode, 0) << render.err;
  EXPECT_THAT(render.err, HasSubstr("« ../logo.png »"));
  EXPECT_THAT(render.err, Not(HasSubstr("« logo.png »")));
  const std::string images = run("/usr/bin/pdfimages", {"-list", path("note.pdf").string()}).out;
  EXPECT_EQ(std::count(images.begin(), images.end(), '\n'), 2 + 2) << images;  // image + smask
}

TEST_F(CliTest, FrontMatterChoosesTheLayoutAndTheTitle) {
  writeFile(
      path("slides.md"),
      "---\nlayout: slides\ntitle: Réunion des ambassadeurs\n---\n# Ordre du jour\n\nTexte.\n");
  const ProcessResult render = trousse({"markdown", "slides.md", "--out", "slides.pdf"});
  ASSERT_EQ(render.exitCode, 0) << render.err;
  EXPECT_EQ(pageSizeOf(path("slides.pdf")), "Page size: 960 x 540 pts");
  EXPECT_THAT(pdfInfo(path("slides.pdf")), HasSubstr("Réunion des ambassadeurs"));
  EXPECT_EQ(pdfPages(path("slides.pdf")), 2);
}

TEST_F(CliTest, BadFrontMatterIsReportedWithTheFile) {
  writeFile(path("faux.md"), "---\nlayout: [slides\n---\nTexte.\n");
  ProcessResult render = trousse({"markdown", "faux.md", "--out", "faux.pdf"});
  EXPECT_EQ(render.exitCode, 66) << render.err;
  EXPECT_THAT(render.err, HasSubstr("faux.md"));
  writeFile(path("inconnue.md"), "---\nlayout: affiche\n---\nTexte.\n");
  render = trousse({"markdown", "inconnue.md", "--out", "inconnue.pdf"});
  EXPECT_EQ(render.exitCode, 66) << render.err;
  EXPECT_THAT(render.err, HasSubstr("affiche"));
  EXPECT_FALSE(std::filesystem::exists(path("inconnue.pdf")));
}

TEST_F(CliTest, UnknownCharactersAreCountedOnStderr) {
  writeFile(path("tamoul.md"), "Nom : தமிழ் 😀\n");
  const ProcessResult render = trousse({"markdown", "tamoul.md", "--out", "t.pdf"});
  ASSERT_EQ(render.exitCode, 0) << render.err;
  EXPECT_THAT(render.err, HasSubstr("6 caractères sans glyphe"));
  EXPECT_THAT(render.err, HasSubstr("U+1F600"));
}

}  // namespace
}  // namespace trousse::test
