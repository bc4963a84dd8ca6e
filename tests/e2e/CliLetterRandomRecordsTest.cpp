// Every letter kind, through the mail merge, with 500 random valid records: names from many
// origins, one or two adults at one or two addresses, both genders, short and long addresses
// (within La Poste's rules). What a secretary would check by eye, checked on every letter:
// one page, the address inside the envelope window, no line starting with a punctuation mark
// that French keeps on the previous line, elision before a vowel, every name printed.

#include "CliFixture.hpp"
#include "support/PdfWords.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <random>
#include <regex>
#include <sstream>

namespace trousse::test {
namespace {

constexpr std::size_t kRecords = 500;
constexpr unsigned kSeed = 20261208;  // fixed: a failure can be replayed

// The default envelope window (docs/modeles.md): 100 × 45 mm, 20 mm from the right edge and
// 50 mm from the top of an A4 sheet.
constexpr double kWindowLeft = 90, kWindowTop = 50, kWindowRight = 190, kWindowBottom = 95;

const std::vector<std::string> kGirls{"Aïcha",   "Élodie",   "Inès",      "Ève",    "Lina",
                                      "Thị Ánh", "Zeynep",   "Fatoumata", "Kavya",  "Ioana",
                                      "Anaïs",   "Xiaoling", "Ambre",     "Oumou",  "Yasmine",
                                      "Maëlle",  "Ngozi",    "Ana-Luísa", "Hélène", "Ulrike"};
const std::vector<std::string> kBoys{"Ömer",   "Oumar",      "Yanis", "Minh",    "Łukasz",
                                     "Çağlar", "Émile",      "Hugo",  "Mamadou", "Siddharth",
                                     "Wei",    "Joaquim",    "Radu",  "Kwame",   "Ilyès",
                                     "Anton",  "Jean-Éudes", "Éloi",  "Ugo",     "Théo"};
const std::vector<std::string> kSurnames{"N'Diaye",
                                         "Nguyễn",
                                         "Trần",
                                         "Yılmaz",
                                         "Öztürk",
                                         "Wąż",
                                         "Kowalski",
                                         "Da Silva",
                                         "Le Goff",
                                         "D'Almeida",
                                         "O'Brien",
                                         "Ben Saïd",
                                         "Müller",
                                         "Zhang",
                                         "Subramaniam",
                                         "Diallo",
                                         "Traoré",
                                         "Dupont",
                                         "Martin",
                                         "Lefèvre",
                                         "El Amrani",
                                         "Papadopoulos",
                                         "Ivanova",
                                         "Achour",
                                         "Ouédraogo",
                                         "Isaac",
                                         "Éboué",
                                         "Ursu",
                                         "Abdelkader-Rousseau",
                                         "Ó Súilleabháin"};
const std::vector<std::string> kAdultFirstNames{
    "Fatou",  "Julien", "Lan", "Mehmet", "Ayşe", "Piotr",   "Maria",  "Karim", "Nadia",
    "Sophie", "Ahmed",  "Mei", "Arjun",  "Olga", "Ibrahim", "Émilie", "Oscar", "Ilse"};
const std::vector<std::string> kStreets{
    "12, rue des Lilas",     "4, allée Gagarine",
    "7, rue \"Le Nôtre\"",   "103 bis, boulevard de la Boissière",
    "2, impasse du Moulin",  "58, avenue du Président-Wilson",
    "1, place de la Mairie", "3, allée Nguyễn Văn Thành"};
const std::vector<std::string> kComplements{"Bâtiment C, appartement 41",
                                            "Résidence Les Jardins de la Plaine",
                                            "Escalier B, 3e étage", "Chez Mme Diallo"};
const std::vector<std::pair<std::string, std::string>> kTowns{{"93100", "Montreuil"},
                                                              {"75011", "Paris"},
                                                              {"93220", "Gagny"},
                                                              {"94120", "Fontenay-sous-Bois"},
                                                              {"93330", "Neuilly-sur-Marne"},
                                                              {"77186", "Noisiel"}};

struct Adult {
  std::string civility, firstName, lastName;
  std::vector<std::string> streetLines;
  std::string postcode, town;
};
struct Record {
  std::string firstName, lastName, form, sex;
  std::vector<Adult> adults;
  bool sameAddress = true;
};

std::size_t characters(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

class RecordGenerator {
 public:
  Record next() {
    Record record;
    record.sex = coin() ? "F" : "M";
    record.firstName = pick(record.sex == "F" ? kGirls : kBoys);
    record.lastName = pick(kSurnames);
    record.form = std::to_string(3 + static_cast<int>(random_() % 4)) + "e " +
                  std::string(1, static_cast<char>('A' + random_() % 5));
    const std::size_t adults = coin() ? 1 : 2;
    record.sameAddress = adults == 1 || coin();
    for (std::size_t i = 0; i < adults; ++i) {
      Adult adult;
      do {
        adult.civility = coin() ? "Madame" : "Monsieur";
        adult.firstName = pick(kAdultFirstNames);
        adult.lastName = coin() ? record.lastName : pick(kSurnames);
      } while (characters(adult.civility + " " + adult.firstName + " " + adult.lastName) > 38);
      if (i == 1 && record.sameAddress) {
        const Adult& first = record.adults.front();
        adult.streetLines = first.streetLines;
        adult.postcode = first.postcode;
        adult.town = first.town;
      } else {
        // Long addresses too: a complement line, at most what six lines allow with two names.
        if (random_() % 3 == 0) adult.streetLines.push_back(pick(kComplements));
        adult.streetLines.push_back(pick(kStreets));
        const auto& [postcode, town] = kTowns[random_() % kTowns.size()];
        adult.postcode = postcode;
        adult.town = town;
      }
      record.adults.push_back(adult);
    }
    return record;
  }

 private:
  bool coin() { return random_() % 2 == 0; }
  const std::string& pick(const std::vector<std::string>& from) {
    return from[random_() % from.size()];
  }
  std::mt19937 random_{kSeed};
};

std::string csvCell(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

/// A SIECLE-like export of the records.
std::string csvOf(const std::vector<Record>& records) {
  std::string csv = "Nom;Prénom;Classe;Sexe";
  for (int n = 1; n <= 2; ++n) {
    const std::string suffix = " resp. légal" + std::to_string(n);
    for (const char* column : {"Civilité", "Nom", "Prénom", "Adresse ligne 1", "Adresse ligne 2",
                               "Code postal", "Commune"}) {
      csv += ";" + std::string(column) + suffix;
    }
  }
  csv += "\n";
  for (const Record& r : records) {
    csv += csvCell(r.lastName) + ";" + csvCell(r.firstName) + ";" + r.form + ";" + r.sex;
    for (std::size_t n = 0; n < 2; ++n) {
      if (n >= r.adults.size()) {
        csv += ";;;;;;;";
        continue;
      }
      const Adult& a = r.adults[n];
      csv += ";" + a.civility + ";" + csvCell(a.lastName) + ";" + csvCell(a.firstName) + ";" +
             csvCell(a.streetLines[0]) + ";" +
             csvCell(a.streetLines.size() > 1 ? a.streetLines[1] : "") + ";" + a.postcode + ";" +
             csvCell(a.town);
    }
    csv += "\n";
  }
  return csv;
}

/// The example's values shared by every letter: the student and the adults come from the CSV.
std::string commonDataOf(const std::string& example) {
  Poco::JSON::Object::Ptr data =
      Poco::JSON::Parser().parse(example).extract<Poco::JSON::Object::Ptr>();
  data->remove("responsables");
  if (Poco::JSON::Object::Ptr student = data->getObject("eleve")) {
    for (const char* key : {"nom", "prenom", "classe", "sexe"}) student->remove(key);
  }
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(data, out);
  return out.str();
}

class CliLetterRandomRecordsTest : public CliTest,
                                   public ::testing::WithParamInterface<std::string> {
 protected:
  static const std::vector<Record>& records() {
    static const std::vector<Record> all = [] {
      RecordGenerator generator;
      std::vector<Record> out;
      for (std::size_t i = 0; i < kRecords; ++i) out.push_back(generator.next());
      return out;
    }();
    return all;
  }
};

TEST_P(CliLetterRandomRecordsTest, EveryLetterIsRightForAnyValidRecord) {
  const std::string kind = "letters/" + GetParam();
  writeFile(path("eleves.csv"), csvOf(records()));
  writeFile(path("commun.json"), commonDataOf(exampleData(kind)));
  const ProcessResult result = trousse({"batch", kind, "--config", config(), "--csv", "eleves.csv",
                                        "--data", "commun.json", "--out", "lettres.pdf"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, ::testing::Not(::testing::HasSubstr("plus d'une page")));
  EXPECT_THAT(result.err, ::testing::Not(::testing::HasSubstr("attention")));

  // One letter per distinct address, each on one page.
  std::vector<std::pair<const Record*, const Adult*>> letters;
  for (const Record& r : records()) {
    letters.emplace_back(&r, &r.adults.front());
    if (!r.sameAddress) letters.emplace_back(&r, &r.adults.back());
  }
  ASSERT_EQ(pdfPages(path("lettres.pdf")), static_cast<int>(letters.size()));

  const std::vector<std::string> pages = pagesOf(pdfText(path("lettres.pdf")));
  ASSERT_EQ(pages.size(), letters.size());
  // "de" or "que" before a vowel, where French elides ("d'Aïcha", "qu'il"). Y is left out:
  // "de Yanis" is right.
  static const std::regex noElision(
      R"((^|[\s(])([Dd]e|[Qq]ue) (A|E|I|O|U|a|e|i|o|u|À|Â|É|È|Ê|Î|Ï|Ô|Ö|Ü|à|â|é|è|ê|î|ï|ô|ö|ü|Œ|œ))");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const auto& [record, adult] = letters[i];
    const std::string text = squeezeSpaces(pages[i]);
    SCOPED_TRACE(kind + ", lettre " + std::to_string(i + 1) + " : " + record->firstName + " " +
                 record->lastName);
    EXPECT_THAT(text, ::testing::HasSubstr(record->firstName));
    EXPECT_THAT(text, ::testing::HasSubstr(adult->firstName));
    for (const Adult& other : record->adults) {
      if (record->sameAddress) EXPECT_THAT(text, ::testing::HasSubstr(other.firstName));
    }
    std::smatch match;
    EXPECT_FALSE(std::regex_search(text, match, noElision)) << "« " << match.str() << " »";
    std::istringstream lines(pages[i]);
    for (std::string line; std::getline(lines, line);) {
      const std::size_t first = line.find_first_not_of(' ');
      if (first == std::string::npos) continue;
      const std::string start = line.substr(first);
      for (const char* mark : {":", ";", "!", "?", "»"}) {
        EXPECT_NE(start.rfind(mark, 0), 0u)
            << "une ligne commence par « " << mark << " » : " << line;
      }
    }
  }

  // The address block inside the window: every word printed in the top right of the sheet,
  // above the date, lies within it, and each letter's postcode is there.
  const std::vector<PlacedWord> words = pdfWords(path("lettres.pdf"));
  std::vector<double> dateTop(letters.size(), 0);  // "Montreuil, le …", under the address
  for (const PlacedWord& word : words) {
    const std::size_t letter = static_cast<std::size_t>(word.page - 1);
    if (word.text == "Montreuil," && letter < letters.size() && dateTop[letter] == 0)
      dateTop[letter] = word.yMin;
  }
  std::vector<bool> postcodeSeen(letters.size(), false);
  for (const PlacedWord& word : words) {
    const std::size_t letter = static_cast<std::size_t>(word.page - 1);
    if (letter >= letters.size() || word.xMin < mm(kWindowLeft - 2)) continue;
    ASSERT_GT(dateTop[letter], 0) << "page " << word.page << " : pas de date";
    if (word.yMin >= dateTop[letter] - 1) continue;
    SCOPED_TRACE("page " + std::to_string(word.page) + ", « " + word.text + " »");
    EXPECT_GE(word.xMin, mm(kWindowLeft));
    EXPECT_LE(word.xMax, mm(kWindowRight));
    EXPECT_GE(word.yMin, mm(kWindowTop));
    EXPECT_LE(word.yMax, mm(kWindowBottom));
    if (word.text == letters[letter].second->postcode) {
      postcodeSeen[letter] = true;
    }
  }
  for (std::size_t i = 0; i < letters.size(); ++i) {
    EXPECT_TRUE(postcodeSeen[i]) << "lettre " << i + 1 << " : pas de code postal dans la fenêtre";
  }
}

INSTANTIATE_TEST_SUITE_P(AllLetters, CliLetterRandomRecordsTest,
                         ::testing::Values("convocation", "absences", "assiduite",
                                           "harcelement-victime", "harcelement-auteur",
                                           "maison-des-parents", "mlds"),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::erase(name, '-');
                           return name;
                         });

}  // namespace
}  // namespace trousse::test
