// What secretaries add to a letter (issue #12): the registered mail mention, the scanned
// signature and stamp, enclosures and copies, a QR code, a tear-off reply slip. Each through
// the CLI, read back from the PDF (pdftotext, pdfimages, and zbarimg for the QR code).

#include "CliLetterFixture.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <sstream>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::filesystem::path kSource(TROUSSE_SOURCE_DIR);

class CliLetterExtrasTest : public CliLetterTest {
 protected:
  Poco::JSON::Object::Ptr example(const std::string& kind) { return oneLetterExample(kind); }
  static Poco::JSON::Array::Ptr list(const std::vector<std::string>& items) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& item : items) array->add(item);
    return array;
  }
  /// The example establishment with `extra` configuration lines.
  std::string configWith(const std::string& extra) {
    writeFile(path("etablissement.properties"), readFile(config()) + "\n" + extra + "\n");
    return path("etablissement.properties").string();
  }
  ProcessResult render(const std::string& kind, const Poco::JSON::Object::Ptr& data,
                       const std::string& configuration = {}) {
    return renderLetter(kind, data, {}, configuration);
  }
  /// Rows of `pdfimages -list` after its two header lines: one per image (and soft mask).
  long imageRows() {
    const std::string list = run("/usr/bin/pdfimages", {"-list", path("out.pdf").string()}).out;
    return std::count(list.begin(), list.end(), '\n') - 2;
  }
  /// The QR codes zbarimg reads on out.pdf's first page, rasterised at 150 dpi.
  std::string decodedQr() {
    const ProcessResult raster =
        run("/usr/bin/pdftoppm",
            {"-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", "out.pdf", "page"}, {},
            dir_.path());
    EXPECT_EQ(raster.exitCode, 0) << raster.err;
    return run("/usr/bin/zbarimg", {"-q", "--raw", path("page.png").string()}).out;
  }
};

TEST_F(CliLetterExtrasTest, RegisteredMailIsSaidJustAboveTheSubject) {
  auto data = example("convocation");
  data->set("recommande", true);
  ProcessResult result = render("convocation", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(text_, HasSubstr("Lettre recommandée avec accusé de réception Objet : Convocation"));

  data->set("recommande", false);
  result = render("convocation", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(text_, HasSubstr("Objet : Convocation"));
  EXPECT_THAT(text_, Not(HasSubstr("recommandée")));
}

TEST_F(CliLetterExtrasTest, EnclosuresAndCopiesFollowTheSignatory) {
  auto data = example("absences");
  data->set("pieces_jointes", list({"formulaire de justification", "règlement intérieur"}));
  data->set("copie", list({"dossier de l'élève", "M. le DASEN"}));
  ProcessResult result = render("absences", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  // Left of the signatory, one line per item aligned after its label, the last one level
  // with the signatory's name.
  const std::string layout = pdfText(path("out.pdf"), /*layout=*/true);
  std::size_t at = layout.find("La principale du collège");
  for (const std::string part : {"P.J. : formulaire de justification", "règlement intérieur",
                                 "Copie : dossier de l’élève", "M. le DASEN"}) {
    const auto found = layout.find(part, at);
    ASSERT_NE(found, std::string::npos) << part << " after " << layout.substr(at);
    at = found + part.size();
  }
  const auto column = [&](const std::string& part) {  // in characters, from the line's start
    const auto found = layout.find(part);
    const auto start = layout.rfind('\n', found) + 1;
    return std::count_if(layout.begin() + static_cast<long>(start),
                         layout.begin() + static_cast<long>(found),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  };
  EXPECT_EQ(column("règlement intérieur"), column("formulaire de justification"));
  EXPECT_EQ(column("M. le DASEN"), column("dossier de l’élève"));
  const std::string lastLine = layout.substr(at, layout.find('\n', at) - at);
  EXPECT_THAT(lastLine, HasSubstr("Claire Moreau"));

  data->remove("pieces_jointes");
  data->remove("copie");
  result = render("absences", data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(text_, Not(HasSubstr("P.J.")));
  EXPECT_THAT(text_, Not(HasSubstr("Copie :")));
}

TEST_F(CliLetterExtrasTest, TheReplySlipIsBelowTheCutLineAtTheBottomOfTheLastPage) {
  const ProcessResult result = render("convocation", example("convocation"));
  ASSERT_EQ(result.exitCode, 0) << result.err;
  ASSERT_EQ(pages_.size(), 1u) << text_;
  const std::string page = squeezeSpaces(pages_.back());
  const auto cut = page.find("✂");
  const auto closing = page.find("salutations distinguées");
  ASSERT_NE(cut, std::string::npos) << page;
  EXPECT_LT(closing, cut);
  EXPECT_THAT(page.substr(cut),
              HasSubstr("Coupon-réponse à rapporter au secrétariat (réf. VS/2026-114)"));
  EXPECT_THAT(page.substr(cut), HasSubstr("responsable légal(e) d’Aïcha N’DIAYE-LEFÈVRE (4e B)"));
  EXPECT_THAT(page.substr(cut),
              HasSubstr("☐ serai présent(e) à l’entretien du mardi 1er décembre 2026 à 17 h 30"));
  EXPECT_THAT(page.substr(cut), HasSubstr("Date et signature :"));

  // A letter without a slip has no cut line.
  ASSERT_EQ(render("absences", example("absences")).exitCode, 0);
  EXPECT_THAT(text_, Not(HasSubstr("✂")));
}

TEST_F(CliLetterExtrasTest, TheReminderOfAssiduityHasASlipWhenItSetsAMeeting) {
  // The reminder sets a new meeting only when asked: the slip comes with it.
  auto data = example("assiduite");
  ASSERT_EQ(render("assiduite", data).exitCode, 0);
  EXPECT_THAT(text_, HasSubstr("✂"));
  EXPECT_THAT(text_, HasSubstr("☐ serai présent(e) à l’entretien du jeudi 3 décembre 2026"));
  data->remove("rdv");
  ASSERT_EQ(render("assiduite", data).exitCode, 0);
  EXPECT_THAT(text_, Not(HasSubstr("✂")));
  EXPECT_THAT(text_, Not(HasSubstr("Coupon-réponse")));
}

TEST_F(CliLetterExtrasTest, TheReplySlipIsNeverCutAndMovesToANewPageWhenItDoesNotFit) {
  // Longer and longer reasons: the letter grows toward the bottom of its page, and past it.
  bool moved = false;
  for (int sentences = 0; sentences <= 60; sentences += 1) {
    auto data = example("convocation");
    std::string motif = "faire le point";
    for (int i = 0; i < sentences; ++i) {
      motif += ", revenir sur les absences répétées de la période et sur les moyens d'y remédier";
    }
    data->set("motif", motif);
    const ProcessResult result = render("convocation", data);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string last = squeezeSpaces(pages_.back());
    // The whole slip on the last page, after the whole letter.
    ASSERT_THAT(last, HasSubstr("✂")) << sentences;
    ASSERT_THAT(last, HasSubstr("Coupon-réponse")) << sentences;
    ASSERT_THAT(last, HasSubstr("Date et signature :")) << sentences;
    EXPECT_THAT(text_.substr(text_.find("Claire Moreau")), HasSubstr("✂")) << sentences;
    // Pages after the first recall whom the letter is for and about.
    for (std::size_t page = 1; page < pages_.size(); ++page) {
      EXPECT_THAT(squeezeSpaces(pages_[page]),
                  HasSubstr("Aïcha N’DIAYE-LEFÈVRE, 4e B – Madame Fatou N'DIAYE – page " +
                            std::to_string(page + 1) + " / " + std::to_string(pages_.size())));
    }
    if (last.find("Claire Moreau") == std::string::npos) {
      moved = true;  // the slip alone on a page of its own
      EXPECT_EQ(last.find("salutations distinguées"), std::string::npos) << last;
      break;
    }
  }
  EXPECT_TRUE(moved);
}

TEST_F(CliLetterExtrasTest, TheQrCodeIsDrawnInVectorAndReadsAsTheSchoolsSite) {
  const std::string site = "https://ent.example.fr/college-jean-jaures";
  ProcessResult result =
      render("convocation", example("convocation"), configWith("etablissement.site = " + site));
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(imageRows(), 0);  // squares, not a picture
  EXPECT_EQ(decodedQr(), site + "\n");
  EXPECT_THAT(text_, HasSubstr("Site de l'établissement"));
  EXPECT_THAT(text_, HasSubstr(site));

  // No site configured: no code.
  result = render("convocation", example("convocation"));
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(decodedQr(), "");
  EXPECT_THAT(text_, Not(HasSubstr("Site de l'établissement")));
}

TEST_F(CliLetterExtrasTest, TheBullyingLettersCarryTheQrCodeOf3018) {
  for (const std::string kind : {"harcelement-victime", "harcelement-auteur"}) {
    const ProcessResult result = render(kind, example(kind));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(decodedQr(), "https://www.3018.fr\n") << kind;
    EXPECT_THAT(text_, HasSubstr("3018 : harcèlement et cyberharcèlement")) << kind;
  }
}

TEST_F(CliLetterExtrasTest, AnAddressTooLongForAQrCodeIsAClearError) {
  const ProcessResult result =
      render("convocation", example("convocation"),
             configWith("etablissement.site = https://ent.example.fr/" + std::string(3000, 'a')));
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("trop longue pour un code QR"));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));
}

TEST_F(CliLetterExtrasTest, TheSignatureAndTheStampAreEmbeddedOverTheSignatory) {
  const std::string signature = (kSource / "tests/fixtures/images/photo.jpg").string();
  const std::string stamp = (kSource / "examples/mises-en-page/images/logo.png").string();
  ProcessResult result = render("convocation", example("convocation"));
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(imageRows(), 0);

  result = render("convocation", example("convocation"),
                  configWith("etablissement.signature = " + signature));
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(imageRows(), 1);  // a JPEG

  result = render(
      "convocation", example("convocation"),
      configWith("etablissement.signature = " + signature + "\netablissement.cachet = " + stamp));
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(imageRows(), 1 + 2);  // and a PNG with its transparency
  // The images take the room between the title and the name, which stay in place.
  const auto title = text_.find("La principale du collège");
  ASSERT_NE(title, std::string::npos);
  EXPECT_NE(text_.find("Claire Moreau", title), std::string::npos);
}

TEST_F(CliLetterExtrasTest, AMissingSignatureImageNamesTheKeyAndTheFile) {
  const ProcessResult result = render("convocation", example("convocation"),
                                      configWith("etablissement.cachet = /nulle/part/cachet.png"));
  EXPECT_EQ(result.exitCode, 74) << result.err;
  EXPECT_THAT(result.err, HasSubstr("etablissement.cachet"));
  EXPECT_THAT(result.err, HasSubstr("/nulle/part/cachet.png"));
  EXPECT_THAT(result.err, HasSubstr("fichier introuvable"));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));

  // A file that is not an image.
  writeFile(path("signature.png"), "pas une image");
  const ProcessResult unreadable =
      render("convocation", example("convocation"),
             configWith("etablissement.signature = " + path("signature.png").string()));
  EXPECT_EQ(unreadable.exitCode, 74) << unreadable.err;
  EXPECT_THAT(unreadable.err, HasSubstr("Image inutilisable : etablissement.signature = « " +
                                        path("signature.png").string() + " » : "));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));
}

TEST_F(CliLetterExtrasTest, AReplySlipIsOneSheet) {
  writeFile(path("lettre.md"), R"md(---
layout: letter
letter:
  subject: invitation
  reply_slip: "Première partie\n\n<!-- saut de page -->\n\nSeconde partie"
---
Madame,
)md");
  const ProcessResult result =
      trousse({"markdown", "lettre.md", "--config", config(), "--out", "out.pdf"});
  EXPECT_EQ(result.exitCode, 66) << result.err;
  EXPECT_THAT(result.err, HasSubstr("le coupon-réponse du document « lettre » contient un "
                                    "saut de page"));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));
}

TEST_F(CliLetterExtrasTest, AReplySlipTallerThanAPageIsRefused) {
  std::string slip;
  for (int i = 0; i < 120; ++i) slip += "Ligne " + std::to_string(i) + "\\n\\n";
  writeFile(path("lettre.md"),
            "---\nlayout: letter\nletter:\n  subject: invitation\n"
            "  reply_slip: \"" +
                slip + "\"\n---\nMadame,\n");
  const ProcessResult result =
      trousse({"markdown", "lettre.md", "--config", config(), "--out", "out.pdf"});
  EXPECT_EQ(result.exitCode, 66) << result.err;
  EXPECT_THAT(result.err, HasSubstr("est plus long qu'une page"));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));
}

TEST_F(CliLetterExtrasTest, HugeListsOfCopiesAreRefusedLikeOtherLetterParts) {
  auto data = example("convocation");
  data->set("copie", list(std::vector<std::string>(3000, std::string(100, 'x'))));
  const ProcessResult result = render("convocation", data);
  EXPECT_EQ(result.exitCode, 65) << result.err;
  EXPECT_THAT(result.err, HasSubstr("copies trop long"));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));
}

TEST_F(CliLetterExtrasTest, TheHtmlPreviewShowsTheSameParts) {
  auto data = example("convocation");
  data->set("recommande", true);
  std::ostringstream json;
  Poco::JSON::Stringifier::stringify(data, json);
  writeFile(path("data.json"), json.str());
  const ProcessResult result =
      trousse({"render", "letters/convocation", "--config", config(), "--data", "data.json",
               "--out", "out.pdf", "--html", "apercu.html"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string html = readFile(path("apercu.html"));
  EXPECT_THAT(html, HasSubstr("Lettre recommandée avec accusé de réception"));
  EXPECT_THAT(html, HasSubstr("P.J. : plan d’accès à l’établissement"));
  EXPECT_THAT(html, HasSubstr("Copie : dossier de l’élève"));
  EXPECT_THAT(html, HasSubstr("✂"));
  EXPECT_THAT(html, HasSubstr("<strong>Coupon-réponse</strong>"));
}

TEST_F(CliLetterExtrasTest, AMarkdownLetterWritesItsExtrasInItsFrontMatter) {
  writeFile(path("lettre.md"), R"md(---
layout: letter
letter:
  recipient: [Madame Awa N'DIAYE, "12, rue des Lilas", 93100 Montreuil]
  subject: invitation
  registered: true
  enclosures: [programme de la réunion]
  copies: [dossier de l'élève]
  reply_slip: "**Coupon-réponse** : ☐ présent(e)"
---
Madame,
)md");
  const ProcessResult result =
      trousse({"markdown", "lettre.md", "--config", config(), "--out", "out.pdf"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string text = squeezeSpaces(pdfText(path("out.pdf")));
  EXPECT_THAT(text, HasSubstr("Lettre recommandée avec accusé de réception Objet : invitation"));
  EXPECT_THAT(text, HasSubstr("P.J. : programme de la réunion Copie : dossier de l'élève"));
  EXPECT_THAT(text, HasSubstr("✂ Coupon-réponse : ☐ présent(e)"));
}

}  // namespace
}  // namespace trousse::test
