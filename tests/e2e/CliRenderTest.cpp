// `trousse render` and `trousse markdown` end to end: what a secretary sees in the PDF.
#include "CliFixture.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kKind = "letters/convocation";

/// The example data with some values replaced, as JSON text.
std::string withValues(const std::string& exampleJson,
                       const std::vector<std::pair<std::string, std::string>>& studentValues) {
  Poco::JSON::Object::Ptr data =
      Poco::JSON::Parser().parse(exampleJson).extract<Poco::JSON::Object::Ptr>();
  Poco::JSON::Object::Ptr student = data->getObject("eleve");
  for (const auto& [key, value] : studentValues) student->set(key, value);
  std::ostringstream out;
  data->stringify(out);
  return out.str();
}

TEST_F(CliTest, RendersTheConvocationFromItsExampleData) {
  writeFile(path("data.json"), exampleData(kKind));
  ProcessResult render = trousse({"render", kKind, "--config", config(), "--data", "data.json",
                                  "--out", "lettre.pdf", "--html", "lettre.html"});
  ASSERT_EQ(render.exitCode, 0) << render.err;
  EXPECT_THAT(render.out, HasSubstr("lettre.pdf"));

  const auto pdf = path("lettre.pdf");
  const std::string text = squeezeSpaces(pdfText(pdf));
  EXPECT_THAT(text, HasSubstr("Collège Jean-Jaurès"));
  // The recipient block keeps the name as typed; running text has typographic apostrophes,
  // the data's as the template's (docs/modeles.md, "Apostrophes").
  EXPECT_THAT(text, HasSubstr("Madame Fatou N'DIAYE"));
  EXPECT_THAT(text, HasSubstr("Monsieur Julien LEFÈVRE"));
  EXPECT_THAT(text, HasSubstr("3, allée Nguyễn Văn Thành"));
  EXPECT_THAT(text, HasSubstr("Objet"));
  EXPECT_THAT(text, HasSubstr("Aïcha N’DIAYE-LEFÈVRE"));
  EXPECT_THAT(text, HasSubstr("au sujet d’Aïcha"));
  EXPECT_THAT(text, HasSubstr("votre fille Aïcha"));
  EXPECT_THAT(text, HasSubstr("mardi 1er décembre 2026"));
  EXPECT_THAT(text, HasSubstr("17 h 30"));
  EXPECT_THAT(text, HasSubstr("Mme Sophie Durand, professeure principale"));
  EXPECT_THAT(text, HasSubstr("La principale du collège"));
  EXPECT_THAT(text, HasSubstr("Claire Moreau"));
  EXPECT_THAT(text, HasSubstr("Montreuil, le "));
  // Two adults at two addresses: one letter each, each on its own page.
  EXPECT_EQ(pdfPages(pdf), 2);
  EXPECT_TRUE(allFontsEmbedded(pdf)) << pdfFonts(pdf);
  std::string report;
  EXPECT_TRUE(qpdfCheck(pdf, &report)) << report;
  EXPECT_THAT(pdfInfo(pdf), HasSubstr("Convocation à un entretien"));

  const std::string html = readFile(path("lettre.html"));
  EXPECT_THAT(html, HasSubstr("<html lang=\"fr\">"));
  EXPECT_THAT(html, HasSubstr("N’DIAYE-LEFÈVRE"));
}

TEST_F(CliTest, AdultsSharingAnAddressGetOneLetter) {
  Poco::JSON::Object::Ptr data =
      Poco::JSON::Parser().parse(exampleData(kKind)).extract<Poco::JSON::Object::Ptr>();
  Poco::JSON::Array::Ptr adults = data->getArray("responsables");
  adults->getObject(1)->set("adresse",
                            "12 rue des lilas\nBâtiment C, appartement 41\n93100 MONTREUIL");
  std::ostringstream json;
  data->stringify(json);
  ProcessResult render = trousse(
      {"render", kKind, "--config", config(), "--data", "-", "--out", "lettre.pdf"}, json.str());
  ASSERT_EQ(render.exitCode, 0) << render.err;
  EXPECT_EQ(pdfPages(path("lettre.pdf")), 1);
  const std::string text = squeezeSpaces(pdfText(path("lettre.pdf")));
  // The recipient block keeps the name as typed; running text has typographic apostrophes,
  // the data's as the template's (docs/modeles.md, "Apostrophes").
  EXPECT_THAT(text, HasSubstr("Madame Fatou N'DIAYE"));
  EXPECT_THAT(text, HasSubstr("Monsieur Julien LEFÈVRE"));
}

TEST_F(CliTest, NamesFromEveryScriptSurviveExactly) {
  const std::vector<std::string> names = {"Nguyễn Thị Ánh", "Çağlar Şahin", "Łukasz Wąż",
                                          "Zoë « Chloé » Œuvray", "José-María Ibáñez"};
  for (const std::string& name : names) {
    std::string json = withValues(exampleData(kKind), {{"prenom", name}});
    ProcessResult render =
        trousse({"render", kKind, "--config", config(), "--data", "-", "--out", "n.pdf"}, json);
    ASSERT_EQ(render.exitCode, 0) << render.err;
    EXPECT_THAT(squeezeSpaces(pdfText(path("n.pdf"))), HasSubstr(name));
  }
}

TEST_F(CliTest, DataNeverChangesTheDocumentStructure) {
  const std::string hostile =
      "*Zoé* [x](http://evil) <script>alert(1)</script> {{eleve.nom}} `code`";
  std::string json = withValues(exampleData(kKind), {{"prenom", hostile}, {"classe", "# Titre"}});
  ProcessResult render = trousse(
      {"render", kKind, "--config", config(), "--data", "-", "--out", "l.pdf", "--html", "l.html"},
      json);
  ASSERT_EQ(render.exitCode, 0) << render.err;
  const std::string text = squeezeSpaces(pdfText(path("l.pdf")));
  EXPECT_THAT(text,
              HasSubstr("*Zoé* [x](http://evil) <script>alert(1)</script> {{eleve.nom}} `code`"));
  EXPECT_THAT(text, HasSubstr("élève de # Titre"));
  const std::string html = readFile(path("l.html"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_THAT(html, Not(HasSubstr("<em>Zoé</em>")));
  EXPECT_THAT(html, Not(HasSubstr("href=\"http://evil\"")));
  EXPECT_THAT(html, Not(HasSubstr("<h1>Titre")));
}

TEST_F(CliTest, BuildTreeProgramWorksFromAnyFolderAndStandardInput) {
  ProcessResult render =
      trousse({"render", kKind, "--data", "-", "--out", "x.pdf"}, exampleData(kKind));
  ASSERT_EQ(render.exitCode, 0) << render.err;
  // Without --config the letter still renders, with a warning that names the fix.
  EXPECT_THAT(render.err, HasSubstr("l'identité de l'établissement n'est pas configurée"));
  EXPECT_GT(pdfPages(path("x.pdf")), 0);
}

TEST_F(CliTest, MarkdownRendersAnyDocument) {
  const auto guide = std::filesystem::path(TROUSSE_SOURCE_DIR) / "examples" / "guide-atelier.md";
  ProcessResult render = trousse({"markdown", guide.string(), "--out", "guide.pdf"});
  ASSERT_EQ(render.exitCode, 0) << render.err;
  const std::string text = squeezeSpaces(pdfText(path("guide.pdf")));
  EXPECT_THAT(text, HasSubstr("la méthode de la préoccupation partagée"));
  EXPECT_THAT(text, HasSubstr("Accueil et tour de table"));
  EXPECT_THAT(text, HasSubstr("3018"));
  EXPECT_THAT(pdfInfo(path("guide.pdf")), HasSubstr("Atelier pHARe"));
  EXPECT_TRUE(qpdfCheck(path("guide.pdf")));
}

TEST_F(CliTest, InstalledCopyWorksUnderAnyPrefix) {
  TempDir prefix;
  ProcessResult install = run("/usr/bin/env", {"cmake", "--install", TROUSSE_BUILD_DIR, "--prefix",
                                               prefix.path().string()});
  ASSERT_EQ(install.exitCode, 0) << install.out << install.err;
  const std::string installed = (prefix.path() / "bin" / "trousse").string();
  ProcessResult kinds = run(installed, {"kinds"}, "", dir_.path());
  EXPECT_EQ(kinds.exitCode, 0) << kinds.err;
  EXPECT_THAT(kinds.out, HasSubstr("letters/convocation"));
  ProcessResult render = run(
      installed, {"render", kKind, "--config", config(), "--data", "-", "--out", "installe.pdf"},
      exampleData(kKind), dir_.path());
  ASSERT_EQ(render.exitCode, 0) << render.err;
  EXPECT_THAT(squeezeSpaces(pdfText(path("installe.pdf"))), HasSubstr("Aïcha N’DIAYE-LEFÈVRE"));
  EXPECT_TRUE(allFontsEmbedded(path("installe.pdf")));
}

}  // namespace
}  // namespace trousse::test
