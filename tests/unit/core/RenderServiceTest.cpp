#include "RenderServiceSupport.hpp"

#include "catalog/PracticeCatalog.hpp"
#include "common/Errors.hpp"
#include "markdown/DocumentLimits.hpp"
#include "markdown/NestingLimit.hpp"
#include "support/PdfTools.hpp"
#include "support/Process.hpp"

#include <Poco/JSON/Object.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

namespace trousse {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(RenderService, APluginFailureIsNamedAndTheServiceKeepsWorking) {
  test::ServiceFixture f;
  RenderRequest panne = f.request("letters/convocation", year{2026} / November / 23);
  panne.kind = "fragile/panne";  // same template, a plugin that throws
  try {
    f.service->render(panne);
    FAIL() << "the throwing plugin should fail";
  } catch (const PluginError& error) {
    EXPECT_THAT(error.what(), HasSubstr("« fragile »"));
    EXPECT_THAT(error.what(), HasSubstr("« fragile/panne »"));
  }
  const RenderResult letters =
      f.service->render(f.request("letters/convocation", year{2026} / November / 23));
  ASSERT_TRUE(letters.ok());
  ASSERT_EQ(letters.documents.size(), 2u);  // two adults, two addresses
  EXPECT_EQ(letters.documents[0].layout, "letter");
  EXPECT_THAT(letters.documents[0].markdown, HasSubstr("Aïcha"));
  EXPECT_TRUE(letters.pdf.starts_with("%PDF-"));
  EXPECT_EQ(letters.documentPages.size(), 2u);
}

TEST(RenderService, DataProblemsAreReturnedFieldByFieldBeforeThePluginRuns) {
  test::ServiceFixture f;
  RenderRequest request = f.request("fragile/panne", year{2026} / November / 23);
  request.data = new Poco::JSON::Object;  // the plugin would throw if it ran
  const RenderResult result = f.service->render(request);
  ASSERT_FALSE(result.ok());
  EXPECT_GE(result.problems.size(), 5u);
  EXPECT_TRUE(result.pdf.empty());
  bool namesStudent = false;
  for (const Problem& problem : result.problems) {
    EXPECT_FALSE(problem.message.empty());
    EXPECT_THAT(problem.message, Not(HasSubstr("--")));  // no command-line option in the core
    if (problem.field == "eleve.prenom") namesStudent = true;
  }
  EXPECT_TRUE(namesStudent);
}

TEST(RenderService, UnknownKindAndMissingTemplate) {
  test::ServiceFixture f;
  try {
    f.service->kind("rien/du-tout");
    FAIL();
  } catch (const UsageError& error) {
    EXPECT_THAT(error.what(), HasSubstr("« rien/du-tout »"));
    EXPECT_THAT(error.what(), Not(HasSubstr("trousse kinds")));  // the CLI adds its own hint
  }
  EXPECT_THROW(f.service->templateOf("essai/absent"), TemplateError);
}

TEST(RenderService, TheDateIsTakenPerRequest) {
  test::ServiceFixture f;
  test::TempDir dir;
  // Without a `date_courrier`, the letter is dated on the request's day (its meeting after both).
  auto undated = [&](year_month_day today) {
    RenderRequest request = f.request("letters/convocation", today);
    request.data->remove("date_courrier");
    request.data->getObject("rdv")->set("date", "2027-03-16");
    return request;
  };
  const RenderResult november = f.service->render(undated(year{2026} / November / 23));
  const RenderResult february = f.service->render(undated(year{2027} / February / 2));
  ASSERT_TRUE(november.problems.empty() && february.problems.empty());
  test::writeFile(dir / "a.pdf", november.pdf);
  test::writeFile(dir / "b.pdf", february.pdf);
  const std::string first = test::squeezeSpaces(test::pdfText(dir / "a.pdf"));
  const std::string second = test::squeezeSpaces(test::pdfText(dir / "b.pdf"));
  EXPECT_THAT(first, HasSubstr("Montreuil, le 23 novembre 2026"));
  EXPECT_THAT(first, Not(HasSubstr("2 février 2027")));
  EXPECT_THAT(second, HasSubstr("Montreuil, le 2 février 2027"));
  EXPECT_THAT(second, Not(HasSubstr("23 novembre 2026")));
}

TEST(RenderService, TheEstablishmentIsTakenPerRequest) {
  test::ServiceFixture f;
  RenderRequest a = f.request("letters/convocation", year{2026} / November / 23);
  RenderRequest b = a;
  b.establishment.name = "Lycée Maximilien-Perret";
  b.establishment.city = "Alfortville";
  a.pdf = b.pdf = false;
  const RenderResult first = f.service->render(a);
  const RenderResult second = f.service->render(b);
  EXPECT_EQ(first.documents[0].establishment.name, "Collège Jean-Jaurès");
  EXPECT_EQ(second.documents[0].establishment.name, "Lycée Maximilien-Perret");
  EXPECT_THAT(second.documents[0].letter.placeAndDate, HasSubstr("Alfortville"));
}

TEST(RenderService, ThePreviewAndThePdfApplyTheSameLimits) {
  test::ServiceFixture f;
  test::TempDir dir;
  // 200 nested block quotes: cmark-gfm nests them all; both writers flatten beyond the limit.
  Document bomb;
  bomb.title = "Bombe";
  bomb.markdown = std::string(200, '>') + " tout au fond\n";
  const RenderResult result = f.service->write({bomb}, {true, true, false});
  EXPECT_EQ(count(result.html, "<blockquote>"), static_cast<std::size_t>(kMaxBlockNesting));
  EXPECT_THAT(result.html, HasSubstr("tout au fond"));
  test::writeFile(dir / "bombe.pdf", result.pdf);
  EXPECT_TRUE(test::qpdfCheck(dir / "bombe.pdf"));
  EXPECT_THAT(test::pdfText(dir / "bombe.pdf"), HasSubstr("tout au fond"));

  // Too much text: refused by the preview as by the PDF.
  Document huge;
  huge.markdown = std::string(kMaxMarkdownBytes + 1, 'a');
  EXPECT_THROW(f.service->write({huge}, {false, true, false}), DataError);
  EXPECT_THROW(f.service->write({huge}, {true, false, false}), DataError);
}

class TemplateReload : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::copy(test::builtTemplates(), dir_.path() / "templates",
                          std::filesystem::copy_options::recursive);
  }
  std::filesystem::path convocation() const {
    return dir_.path() / "templates" / "letters" / "convocation.md";
  }
  test::TempDir dir_;
};

TEST_F(TemplateReload, AChangedTemplateIsReadAgain) {
  test::ServiceFixture f(dir_.path() / "templates", milliseconds(0));
  RenderRequest request = f.request("letters/convocation", year{2026} / November / 23);
  request.pdf = false;
  EXPECT_THAT(f.service->render(request).documents[0].markdown, Not(HasSubstr("Nouveau texte")));
  std::string text = test::readFile(convocation());
  text += "\nNouveau texte ajouté par l'administrateur.\n";
  test::writeFile(convocation(), text);
  EXPECT_THAT(f.service->render(request).documents[0].markdown, HasSubstr("Nouveau texte"));
}

TEST_F(TemplateReload, ABrokenTemplateIsNotServedAndItsFixIsSeen) {
  test::ServiceFixture f(dir_.path() / "templates", milliseconds(0));
  RenderRequest request = f.request("letters/convocation", year{2026} / November / 23);
  request.pdf = false;
  ASSERT_TRUE(f.service->render(request).ok());
  const std::string good = test::readFile(convocation());
  test::writeFile(convocation(),
                  std::regex_replace(good, std::regex("layout: letter"), "layout: lettre"));
  try {
    f.service->render(request);
    FAIL() << "an unknown layout should be refused";
  } catch (const TemplateError& error) {
    EXPECT_THAT(error.what(), HasSubstr("convocation.md:3 : mise en page « lettre » inconnue "
                                        "(letter, document, handout, certificate ou slides)"));
  }
  test::writeFile(convocation(), good);
  EXPECT_TRUE(f.service->render(request).ok());
}

}  // namespace
}  // namespace trousse

namespace trousse {
namespace {

TEST(RenderServiceCatalog, APluginReadsTheCatalogThroughItsContext) {
  test::TempDir cache;
  catalog::CatalogOptions options;
  options.folders = {std::filesystem::path(TROUSSE_SOURCE_DIR) / "content" / "practices"};
  options.cacheFolder = cache.path();
  options.dictionary.clear();  // spelling is the checker's business, not the reader's
  test::ServiceFixture f(test::builtTemplates(), std::chrono::seconds(1), [options] {
    return std::make_shared<const catalog::PracticeCatalog>(options);
  });
  RenderRequest request = f.request("lecteur/fiche", std::chrono::year{2026} / 11 / 23);
  request.pdf = false;
  const RenderResult result = f.service->render(request);
  ASSERT_TRUE(result.ok());
  const std::string& markdown = result.documents.at(0).markdown;
  EXPECT_THAT(markdown, HasSubstr("# Méthode de la préoccupation partagée"));
  EXPECT_THAT(markdown, HasSubstr("- "));  // search hits
  EXPECT_THAT(markdown, Not(HasSubstr("Maternelle : 0 pratiques")));
}

TEST(RenderServiceCatalog, WithoutACatalogPluginsSeeAnEmptyOne) {
  test::ServiceFixture f;
  RenderRequest request = f.request("lecteur/fiche", std::chrono::year{2026} / 11 / 23);
  request.pdf = false;
  EXPECT_THAT(f.service->render(request).documents.at(0).markdown, HasSubstr("# introuvable"));
}

}  // namespace
}  // namespace trousse
