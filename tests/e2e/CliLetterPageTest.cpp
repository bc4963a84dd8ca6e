// The page of a letter as the post and the family see it: the address within La Poste's rules
// and inside the envelope window, date and signatory on the address's vertical, one page when
// it can be, a second page that names itself. Positions through `pdftotext -bbox`.

#include "CliLetterFixture.hpp"
#include "support/PdfWords.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr double kWindowLeft = 90, kWindowTop = 50, kWindowRight = 190, kWindowBottom = 95;

class CliLetterPageTest : public CliLetterTest {
 protected:
  /// The example convocation, to its first adult only: one letter.
  Poco::JSON::Object::Ptr example() { return oneLetterExample("convocation"); }
  /// The example as it is: two adults at two addresses.
  Poco::JSON::Object::Ptr bothAdults() { return letterExample("convocation"); }
  ProcessResult render(const Poco::JSON::Object::Ptr& data, std::vector<std::string> extra = {}) {
    return renderLetter("convocation", data, extra);
  }
  /// The first adult alone, at `address`.
  static void addressOf(Poco::JSON::Object::Ptr data, const std::string& address) {
    Poco::JSON::Array::Ptr adults = data->getArray("responsables");
    Poco::JSON::Object::Ptr first = adults->getObject(0);
    first->set("adresse", address);
    Poco::JSON::Array::Ptr one = new Poco::JSON::Array;
    one->add(first);
    data->set("responsables", one);
  }
  static Poco::JSON::Array::Ptr participants(std::size_t count) {
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (std::size_t i = 1; i <= count; ++i) {
      list->add("Mme Participante " + std::to_string(i) + ", professeure de la classe");
    }
    return list;
  }
  /// Words in the top right of the first page, above the date ("Montreuil, le …"): the
  /// address block.
  std::vector<PlacedWord> addressWords() {
    const std::vector<PlacedWord> words = pdfWords(path("out.pdf"));
    const PlacedWord* date = findWord(words, "Montreuil,", 1);
    EXPECT_NE(date, nullptr);
    std::vector<PlacedWord> block;
    for (const PlacedWord& word : words) {
      if (word.page == 1 && date != nullptr && word.yMin < date->yMin - 1 &&
          word.xMin > mm(kWindowLeft - 2))
        block.push_back(word);
    }
    return block;
  }
};

TEST_F(CliLetterPageTest, AnAddressOfMoreThanSixLinesIsWarnedAndRefusedWithStrict) {
  auto data = bothAdults();  // both at one address: two name lines
  Poco::JSON::Array::Ptr adults = data->getArray("responsables");
  const std::string address =
      "Résidence du Parc\nBâtiment C\nEscalier 2\nAppartement 41\n12, rue des Lilas\n93100 "
      "Montreuil";
  adults->getObject(0)->set("adresse", address);
  adults->getObject(1)->set("adresse", address);
  ProcessResult result = render(data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("attention : responsables.1.adresse : l'adresse fait 8 lignes "
                                    "avec les noms ; La Poste en accepte 6 au plus"));

  result = render(data, {"--strict"});
  EXPECT_NE(result.exitCode, 0);
  EXPECT_THAT(result.err, HasSubstr("avertissement"));
  EXPECT_THAT(result.err, HasSubstr("--strict : aucun document produit"));
  EXPECT_FALSE(std::filesystem::exists(path("out.pdf")));
}

TEST_F(CliLetterPageTest, ALineOfMoreThan38CharactersIsNamed) {
  auto data = example();
  addressOf(data, "Résidence des Grands Chênes Centenaires, bâtiment H\n93100 Montreuil");
  const ProcessResult result = render(data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("responsables.1.adresse : la ligne 2 de l'adresse fait 51 "
                                    "caractères ; La Poste en accepte 38 au plus"));
}

TEST_F(CliLetterPageTest, ThePostcodeLineComesLastOrTheCountryAbroad) {
  auto data = example();
  addressOf(data, "93100 Montreuil\n12, rue des Lilas");
  ProcessResult result = render(data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err,
              HasSubstr("la dernière ligne de l'adresse doit être celle du code postal"));

  addressOf(data, "Rue de la Loi 16\n1000 Bruxelles\nBELGIQUE");
  result = render(data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, Not(HasSubstr("adresse")));
}

TEST_F(CliLetterPageTest, TheAddressIsInsideTheDlWindowAndNothingIsPrintedOutsideIt) {
  auto data = example();
  ASSERT_EQ(render(data).exitCode, 0);
  std::vector<PlacedWord> block = addressWords();
  ASSERT_FALSE(block.empty());
  for (const PlacedWord& word : block) {
    SCOPED_TRACE(word.text);
    EXPECT_GE(word.xMin, mm(kWindowLeft));
    EXPECT_LE(word.xMax, mm(kWindowRight));
    EXPECT_GE(word.yMin, mm(kWindowTop));
    EXPECT_LE(word.yMax, mm(kWindowBottom));
  }
  EXPECT_NE(findWord(block, "93100"), nullptr);

  // Twenty lines: warned about, shrunk, and what still does not fit is left out.
  std::string address;
  for (int i = 1; i <= 19; ++i) address += "Ligne " + std::to_string(i) + "\n";
  addressOf(data, address + "93100 Montreuil");
  const ProcessResult result = render(data);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("ses dernières lignes ne sont pas imprimées"));
  block = addressWords();
  ASSERT_FALSE(block.empty());
  for (const PlacedWord& word : block) {
    SCOPED_TRACE(word.text);
    EXPECT_GE(word.yMin, mm(kWindowTop));
    EXPECT_LE(word.yMax, mm(kWindowBottom));
  }
}

TEST_F(CliLetterPageTest, TheWindowMovesWithTheConfiguration) {
  writeFile(path("c5.properties"),
            readFile(config()) + "\nlettre.fenetre.gauche = 100\nlettre.fenetre.haut = 60\n");
  writeFile(path("data.json"), exampleData("letters/convocation"));
  ASSERT_EQ(trousse({"render", "letters/convocation", "--config", "c5.properties", "--data",
                     "data.json", "--out", "out.pdf"})
                .exitCode,
            0);
  const std::vector<PlacedWord> words = pdfWords(path("out.pdf"));
  const PlacedWord* recipient = findWord(words, "Madame", 1);
  ASSERT_NE(recipient, nullptr);
  EXPECT_GE(recipient->xMin, mm(100));
  EXPECT_LT(recipient->xMin, mm(105));
  EXPECT_GE(recipient->yMin, mm(60));
  EXPECT_LT(recipient->yMin, mm(70));
}

TEST_F(CliLetterPageTest, DateAndSignatoryAreOnTheAddressVertical) {
  ASSERT_EQ(render(example()).exitCode, 0);
  const std::vector<PlacedWord> words = pdfWords(path("out.pdf"));
  const PlacedWord* recipient = findWord(words, "Madame", 1);
  const PlacedWord* date = findWord(words, "Montreuil,", 1);
  const PlacedWord* signatory = findWord(words, "Claire");
  ASSERT_NE(recipient, nullptr);
  ASSERT_NE(date, nullptr);
  ASSERT_NE(signatory, nullptr);
  EXPECT_NEAR(date->xMin, recipient->xMin, 0.5);
  EXPECT_NEAR(signatory->xMin, recipient->xMin, 0.5);
  EXPECT_GT(date->yMin, mm(kWindowBottom));
}

TEST_F(CliLetterPageTest, ALetterTightensItsSpacingBeforeTakingASecondPage) {
  // The gap between two paragraphs of the body, as printed: from the salutation's line to
  // the first paragraph's.
  auto gap = [&]() {
    const std::vector<PlacedWord> words = pdfWords(path("out.pdf"));
    const PlacedWord* salutation = findWord(words, "Madame,", 1);
    const PlacedWord* first = findWord(words, "Je", 1);
    EXPECT_NE(salutation, nullptr);
    EXPECT_NE(first, nullptr);
    return salutation && first ? first->yMin - salutation->yMax : 0.0;
  };
  auto data = example();
  data->getObject("rdv")->set("participants", participants(1));
  ASSERT_EQ(render(data).exitCode, 0);
  ASSERT_EQ(pdfPages(path("out.pdf")), 1);
  const double normal = gap();

  // More and more people at the meeting, until the letter needs a second page: the last
  // one-page letter before it had its gaps tightened.
  std::size_t count = 2;
  double lastOnePageGap = normal;
  for (; count < 60; ++count) {
    data->getObject("rdv")->set("participants", participants(count));
    ASSERT_EQ(render(data).exitCode, 0);
    if (pdfPages(path("out.pdf")) > 1) break;
    lastOnePageGap = gap();
  }
  ASSERT_LT(count, 60u) << "the letter never needed a second page";
  EXPECT_LT(lastOnePageGap, normal - 1.0);
}

TEST_F(CliLetterPageTest, ASecondPageNamesTheStudentTheRecipientAndItsNumber) {
  auto data = example();
  data->getObject("rdv")->set("participants", participants(45));
  ASSERT_EQ(render(data).exitCode, 0);
  ASSERT_EQ(pdfPages(path("out.pdf")), 2);
  const std::vector<std::string> pages = pagesOf(pdfText(path("out.pdf")));
  ASSERT_EQ(pages.size(), 2u);
  const std::string second = squeezeSpaces(pages[1]);
  EXPECT_THAT(second, HasSubstr("Aïcha N’DIAYE-LEFÈVRE, 4e B – Madame Fatou N'DIAYE – page 2 / 2"));
  EXPECT_THAT(squeezeSpaces(pages[0]), Not(HasSubstr("– page 1 / 2")));
}

}  // namespace
}  // namespace trousse::test
