// The letter layout: a French administrative letter whose recipient shows through the window
// of the envelope.
#include <gtest/gtest.h>

#include "TypesetTestSupport.hpp"

namespace trousse::test {
namespace {

Document exampleLetter(std::string body =
                           "Madame, Monsieur,\n\nNous vous prions de bien "
                           "vouloir prendre contact avec le collège.\n") {
  Document letter;
  letter.layout = "letter";
  letter.title = "Convocation";
  letter.author = "Collège Jean-Jaurès";
  letter.markdown = std::move(body);
  letter.establishment.name = "Collège Jean-Jaurès";
  letter.establishment.addressLines = {"25, avenue de la République", "93100 Montreuil"};
  letter.establishment.phone = "01 48 57 00 00";
  letter.establishment.email = "ce.0931234a@ac-creteil.fr";
  letter.establishment.city = "Montreuil";
  letter.establishment.signatoryName = "Claire Moreau";
  letter.establishment.signatoryTitle = "La principale du collège";
  letter.letter.recipient = {"Madame et Monsieur Nguyễn", "12, rue des Lilas", "93100 Montreuil"};
  letter.letter.placeAndDate = "Montreuil, le 22 novembre 2026";
  letter.letter.subject = "absences de votre enfant Şükrü";
  letter.letter.followedBy = "Mme Leroy, CPE";
  letter.letter.reference = "CPE/2026/114";
  return letter;
}

TEST(PdfLetter, HasEveryPartOfAFrenchLetter) {
  const WrittenPdf pdf(exampleLetter());
  const std::string text = pdf.flatText();
  for (const char* expected :
       {"Collège Jean-Jaurès", "25, avenue de la République", "Tél. : 01 48 57 00 00",
        "ce.0931234a@ac-creteil.fr", "Affaire suivie par : Mme Leroy, CPE", "Réf. : CPE/2026/114",
        "Madame et Monsieur Nguyễn", "12, rue des Lilas", "Montreuil, le 22 novembre 2026",
        "Objet : absences de votre enfant Şükrü", "Madame, Monsieur,",
        "prendre contact avec le collège.", "La principale du collège", "Claire Moreau"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
  }
  EXPECT_TRUE(qpdfCheck(pdf.file()));
  EXPECT_TRUE(allFontsEmbedded(pdf.file()));
  EXPECT_NE(pdfInfo(pdf.file()).find("Convocation"), std::string::npos);
}

TEST(PdfLetter, RecipientShowsThroughTheEnvelopeWindow) {
  const WrittenPdf pdf(exampleLetter());
  const auto words = pdfWords(pdf.file());
  int seen = 0;
  for (const char* word : {"Madame", "Nguyễn", "12,", "Lilas", "93100"}) {
    // The establishment's address has "93100" too: take the recipient's, on the right.
    for (const PlacedWord& w : words) {
      if (w.text != word || w.xMin < mm(85)) continue;
      ++seen;
      // The DL window: 100 × 45 mm, 20 mm from the right edge, 50 mm from the top.
      EXPECT_GE(w.xMin, mm(90) - 0.01) << word;
      EXPECT_LE(w.xMax, mm(190)) << word;
      EXPECT_GE(w.yMin, mm(50)) << word;
      EXPECT_LE(w.yMax, mm(95)) << word;
    }
  }
  EXPECT_EQ(seen, 5);
  const PlacedWord* first = findWord(words, "Madame");
  ASSERT_NE(first, nullptr);
  EXPECT_NEAR(first->yMin, mm(55), mm(3)) << "the block starts about 55 mm from the top";
}

TEST(PdfLetter, SenderTopLeftDateRightSubjectThenBody) {
  const WrittenPdf pdf(exampleLetter());
  const auto words = pdfWords(pdf.file());
  const PlacedWord* sender = findWord(words, "Jean-Jaurès");
  ASSERT_NE(sender, nullptr);
  EXPECT_LT(sender->xMin, mm(100));
  EXPECT_LT(sender->yMax, mm(45));
  const PlacedWord* date = findWord(words, "2026");
  ASSERT_NE(date, nullptr);
  const PlacedWord* recipient = findWord(words, "Madame");
  ASSERT_NE(recipient, nullptr);
  const PlacedWord* place = findWord(words, "Montreuil,");
  ASSERT_NE(place, nullptr);
  EXPECT_NEAR(place->xMin, recipient->xMin, 0.5) << "place and date on the address's vertical";
  EXPECT_GT(date->yMin, mm(95));
  const PlacedWord* subject = findWord(words, "Objet");
  const PlacedWord* body = findWord(words, "contact");
  ASSERT_TRUE(subject && body);
  EXPECT_GT(subject->yMin, date->yMax);
  EXPECT_GT(body->yMin, subject->yMax);
  const PlacedWord* signatory = findWord(words, "Moreau");
  ASSERT_NE(signatory, nullptr);
  EXPECT_GT(signatory->yMin, body->yMax);
  const PlacedWord* signatoryFirst = findWord(words, "Claire");
  ASSERT_NE(signatoryFirst, nullptr);
  EXPECT_NEAR(signatoryFirst->xMin, recipient->xMin, 0.5) << "the signatory on the same vertical";
}

/// The lines a reader sees that start with `word`, and the line after each.
std::vector<std::pair<std::vector<PlacedWord>, std::vector<PlacedWord>>> linesStartingWith(
    const std::filesystem::path& pdf, const std::string& word) {
  const auto lines = pdfLines(pdf);
  std::vector<std::pair<std::vector<PlacedWord>, std::vector<PlacedWord>>> found;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].front().text == word) found.emplace_back(lines[i], lines[i + 1]);
  }
  return found;
}

TEST(PdfLetter, ALongSubjectHangsUnderItsFirstWord) {
  Document letter = exampleLetter();
  letter.letter.subject =
      "convocation à l'entretien préalable prévu par la procédure disciplinaire engagée à la "
      "suite des faits survenus le 14 novembre dans la cour de récréation";
  const WrittenPdf pdf(letter);
  const auto subject = linesStartingWith(pdf.file(), "Objet");
  ASSERT_EQ(subject.size(), 1u);
  const auto& [first, second] = subject.front();
  ASSERT_GE(first.size(), 3u);
  EXPECT_EQ(first[1].text, ":");
  EXPECT_EQ(first[2].text, "convocation");
  EXPECT_GT(second.front().xMin, first[0].xMin + 20) << "the next line is not at the margin";
  EXPECT_NEAR(second.front().xMin, first[2].xMin, 0.05) << second.front().text;
  EXPECT_NE(pdf.flatText().find("Objet : " + letter.letter.subject), std::string::npos)
      << pdf.flatText();
}

TEST(PdfLetter, OrdinalsOfTheSubjectAreRaisedAndReadBack) {
  Document letter = exampleLetter();
  letter.letter.subject = "conseil de classe du 1er trimestre, 4e B";
  const WrittenPdf pdf(letter);
  EXPECT_NE(pdf.flatText().find("Objet : conseil de classe du 1er trimestre, 4e B"),
            std::string::npos)
      << pdf.flatText();
  const auto words = pdfWords(pdf.file());
  const PlacedWord* one = findWord(words, "1");
  const PlacedWord* letters = findWord(words, "er");
  ASSERT_TRUE(one && letters);
  EXPECT_LT(letters->yMax, one->yMax);
}

TEST(PdfLetter, SenderLabelsHangToo) {
  Document letter = exampleLetter();
  letter.letter.followedBy =
      "Mme Leroy, conseillère principale d'éducation, bureau de la vie scolaire, bâtiment B";
  const WrittenPdf pdf(letter);
  const auto followed = linesStartingWith(pdf.file(), "Affaire");
  ASSERT_EQ(followed.size(), 1u);
  const auto& [first, second] = followed.front();
  ASSERT_GE(first.size(), 5u);
  EXPECT_EQ(first[4].text, "Mme");
  EXPECT_NEAR(second.front().xMin, first[4].xMin, 0.05) << second.front().text;
}

TEST(PdfLetter, ItsOwnSignatoryOverridesTheEstablishments) {
  Document letter = exampleLetter();
  letter.letter.signatoryName = "Paul Martin";
  letter.letter.signatoryTitle = "Le conseiller principal d'éducation";
  const std::string text = WrittenPdf(letter).flatText();
  EXPECT_NE(text.find("Le conseiller principal d'éducation"), std::string::npos) << text;
  EXPECT_NE(text.find("Paul Martin"), std::string::npos);
  EXPECT_EQ(text.find("Claire Moreau"), std::string::npos);
}

TEST(PdfLetter, OnePageLetterHasNoPageNumberLongOneHas) {
  EXPECT_EQ(WrittenPdf(exampleLetter()).text().find("page 1"), std::string::npos);

  std::string body;
  for (int i = 0; i < 60; ++i) body += "Paragraphe " + std::to_string(i) + " de la lettre.\n\n";
  const WrittenPdf pdf(exampleLetter(body));
  const std::vector<std::string> pages = pdf.pageTexts();
  ASSERT_GE(pages.size(), 2u);
  const std::string count = std::to_string(pages.size());
  for (std::size_t page = 0; page < pages.size(); ++page) {
    const std::string footer = "page " + std::to_string(page + 1) + " / " + count;
    EXPECT_NE(pages[page].find(footer), std::string::npos) << footer;
  }
  EXPECT_NE(pages.back().find("Claire Moreau"), std::string::npos);
  EXPECT_NE(pages.back().find("Paragraphe 59 de la lettre."), std::string::npos);
}

TEST(PdfLetter, BatchOfLettersEachStartOnTheirOwnPage) {
  std::vector<Document> letters;
  for (const char* family : {"Nguyễn", "Öztürk", "Wiśniewski"}) {
    Document letter = exampleLetter();
    letter.letter.recipient = {std::string("Famille ") + family, "93100 Montreuil"};
    letters.push_back(letter);
  }
  const std::vector<std::string> pages = WrittenPdf(letters).pageTexts();
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_NE(pages[0].find("Famille Nguyễn"), std::string::npos);
  EXPECT_NE(pages[1].find("Famille Öztürk"), std::string::npos);
  EXPECT_NE(pages[2].find("Famille Wiśniewski"), std::string::npos);
}

TEST(PdfLetter, MissingPartsAreLeftOut) {
  Document letter;
  letter.layout = "letter";
  letter.markdown = "Corps seul.";
  const WrittenPdf pdf(letter);
  EXPECT_TRUE(qpdfCheck(pdf.file()));
  const std::string text = pdf.flatText();
  EXPECT_EQ(text, "Corps seul.");
}

}  // namespace
}  // namespace trousse::test
