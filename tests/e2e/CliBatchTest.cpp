// `trousse batch` end to end: what a secretary sees with a school's CSV export.
#include "CliFixture.hpp"

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kKind = "letters/convocation";

std::string fixture(const std::string& name) {
  return (std::filesystem::path(TROUSSE_SOURCE_DIR) / "tests" / "fixtures" / "batch" / name)
      .string();
}

class CliBatchTest : public CliTest {
 protected:
  ProcessResult batch(std::vector<std::string> extra,
                      const std::string& csv = fixture("siecle-3e.csv")) {
    std::vector<std::string> args{"batch", kKind, "--config", config(),
                                  "--csv", csv,   "--data",   fixture("convocation-commun.json")};
    args.insert(args.end(), extra.begin(), extra.end());
    return trousse(args);
  }
  std::vector<std::string> filesIn(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
      names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

TEST_F(CliBatchTest, MergedPdfHasOneLetterPerAddressAndReportsTheBadRow) {
  ProcessResult r = batch({"--out", "lettres.pdf", "--report", "rapport.csv"});
  EXPECT_EQ(r.exitCode, 3) << r.err;  // partial: one row could not be used
  EXPECT_THAT(r.err, HasSubstr("ligne 6"));
  EXPECT_THAT(r.err, HasSubstr("« Nom »"));
  EXPECT_THAT(r.err, HasSubstr("4 lignes lues, 3 produites, 1 écartée"));
  // The record of line 2 (its quoted addresses run to line 4): two adults at one address, one
  // letter; line 5: two addresses, two letters; line 6 has no name; line 7: one letter.
  EXPECT_EQ(pdfPages(path("lettres.pdf")), 4);
  const std::string text = squeezeSpaces(pdfText(path("lettres.pdf")));
  EXPECT_THAT(
      text,
      HasSubstr(
          "Madame Lan NGUYỄN Monsieur Minh TRẦN 12, rue des Lilas Bâtiment C 93100 Montreuil"));
  EXPECT_THAT(text, HasSubstr("Monsieur Mehmet YILMAZ 7, rue \"Le Nôtre\" 75011 Paris"));
  EXPECT_THAT(text, HasSubstr("Łukasz WĄŻ"));
  EXPECT_THAT(text, Not(HasSubstr("Sans nom")));
  EXPECT_TRUE(qpdfCheck(path("lettres.pdf")));
  const std::string report = readFile(path("rapport.csv"));
  EXPECT_THAT(report, HasSubstr("ligne;colonne;champ;problème"));
  EXPECT_THAT(report, HasSubstr("6;Nom;eleve.nom;"));
}

TEST_F(CliBatchTest, DuplexGivesEveryLetterABlankBackAndEachLetterABookmark) {
  ProcessResult r = batch({"--out", "lettres.pdf", "--duplex"});
  EXPECT_EQ(r.exitCode, 3) << r.err;
  EXPECT_EQ(pdfPages(path("lettres.pdf")), 8);  // four one-page letters, each with its back
  const std::vector<std::string> pages = pagesOf(pdfText(path("lettres.pdf")));
  ASSERT_EQ(pages.size(), 8u);
  for (std::size_t back = 1; back < 8; back += 2) EXPECT_EQ(squeezeSpaces(pages[back]), "") << back;
  EXPECT_THAT(pages[2], HasSubstr("YILMAZ"));
  ProcessResult outline =
      run("/usr/bin/qpdf", {"--json", "--json-key=outlines", path("lettres.pdf").string()});
  EXPECT_THAT(outline.out, HasSubstr("\"title\": \"Madame Lan NGUYỄN\""));
  EXPECT_THAT(outline.out, HasSubstr("\"title\": \"Madame Ayşe YILMAZ\""));
  EXPECT_THAT(outline.out, HasSubstr("\"destpageposfrom1\": 7"));
  EXPECT_TRUE(qpdfCheck(path("lettres.pdf")));
}

TEST_F(CliBatchTest, OneFilePerLetterWithSafeNames) {
  std::filesystem::create_directory(path("lettres"));
  writeFile(path("lettres") / "Wąż-Łukasz.pdf", "déjà là");
  ProcessResult r = batch({"--out-dir", "lettres"});
  EXPECT_EQ(r.exitCode, 3) << r.err;
  EXPECT_THAT(filesIn(path("lettres")),
              ::testing::ElementsAre("Nguyễn-Thị-Ánh.pdf", "Wąż-Łukasz-2.pdf", "Wąż-Łukasz.pdf",
                                     "Yılmaz-Çağlar-2.pdf", "Yılmaz-Çağlar.pdf"));
  EXPECT_EQ(readFile(path("lettres") / "Wąż-Łukasz.pdf"), "déjà là");  // never replaced
  EXPECT_EQ(pdfPages(path("lettres") / "Yılmaz-Çağlar-2.pdf"), 1);
  EXPECT_THAT(pdfText(path("lettres") / "Yılmaz-Çağlar-2.pdf"), HasSubstr("Paris"));
  // Nothing else was left next to the folder.
  EXPECT_EQ(filesIn(dir_.path()), std::vector<std::string>{"lettres"});
}

TEST_F(CliBatchTest, NamesFromTheDataNeverLeaveTheFolder) {
  writeFile(path("hostile.csv"),
            "Nom;Prénom;Classe;Civilité resp. légal1;Nom resp. légal1;Prénom resp. légal1;"
            "Adresse resp. légal1\n"
            "../../etc;passwd;3e;Mme;X;Y;1 rue Z\n"
            "/tmp/abs;..;3e;Mme;X;Y;1 rue Z\n");
  std::filesystem::create_directory(path("sortie"));
  ProcessResult r = batch({"--out-dir", "sortie"}, path("hostile.csv").string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  const auto names = filesIn(path("sortie"));
  ASSERT_EQ(names.size(), 2u);
  for (const std::string& name : names) {
    EXPECT_THAT(name, Not(HasSubstr("/")));
    EXPECT_THAT(name, Not(HasSubstr("..")));
  }
  EXPECT_EQ(filesIn(dir_.path()), (std::vector<std::string>{"hostile.csv", "sortie"}));
}

TEST_F(CliBatchTest, ZipHoldsOneFilePerLetter) {
  ProcessResult r = batch({"--zip", "lettres.zip"});
  EXPECT_EQ(r.exitCode, 3) << r.err;
  ProcessResult list =
      run("/usr/bin/env", {"python3", "-m", "zipfile", "-l", path("lettres.zip").string()});
  EXPECT_EQ(list.exitCode, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("Nguyễn-Thị-Ánh.pdf"));
  EXPECT_THAT(list.out, HasSubstr("Yılmaz-Çağlar-2.pdf"));
  EXPECT_THAT(list.out, HasSubstr("Wąż-Łukasz.pdf"));
}

TEST_F(CliBatchTest, Windows1252ExportsAreReadCorrectly) {
  ProcessResult r = batch({"--out", "l.pdf"}, fixture("pronote-1252.csv"));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  const std::string text = squeezeSpaces(pdfText(path("l.pdf")));
  EXPECT_THAT(text, HasSubstr("Anaïs LÉVÊQUE"));
  EXPECT_THAT(text, HasSubstr("3, allée des Chênes"));
}

TEST_F(CliBatchTest, CheckShowsTheMappingAndProducesNothing) {
  ProcessResult r = batch({"--check"});
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_THAT(r.out, HasSubstr("eleve.nom"));
  EXPECT_THAT(r.out, HasSubstr("Prénom resp. légal2"));
  EXPECT_THAT(r.err, HasSubstr("ligne 6"));
  EXPECT_EQ(filesIn(dir_.path()), std::vector<std::string>{});
}

TEST_F(CliBatchTest, StrictProducesNothingWhenARowIsBad) {
  ProcessResult r = batch({"--strict", "--out", "l.pdf"});
  EXPECT_EQ(r.exitCode, 65);
  EXPECT_THAT(r.err, HasSubstr("--strict : aucun document produit"));
  EXPECT_FALSE(std::filesystem::exists(path("l.pdf")));
}

TEST_F(CliBatchTest, BadFilesGiveAClearMessageAndNoOutput) {
  struct Case {
    std::string content;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {"", "vide"},
           {"Nom;Prénom;Classe\n", "aucune ligne de données"},
           {std::string("PK\x03\x04\x00\x00garbage\x00\x01\x02", 16), "CSV"},
           {"Nom;Prénom\n\"Martin;Léa\n", "guillemet"},
       }) {
    writeFile(path("in.csv"), c.content);
    ProcessResult r = batch({"--out", "l.pdf"}, path("in.csv").string());
    EXPECT_EQ(r.exitCode, 65) << c.message << "\n" << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.message));
    EXPECT_THAT(r.err, HasSubstr("in.csv"));
    EXPECT_FALSE(std::filesystem::exists(path("l.pdf")));
  }
}

TEST_F(CliBatchTest, AMappingNamingAMissingColumnIsRefused) {
  writeFile(path("map.json"), R"({"NOM_ELEVE": "eleve.nom"})");
  ProcessResult r = batch({"--map", "map.json", "--out", "l.pdf"});
  EXPECT_EQ(r.exitCode, 65) << r.err;
  EXPECT_THAT(r.err, HasSubstr("NOM_ELEVE"));
  EXPECT_FALSE(std::filesystem::exists(path("l.pdf")));
}

TEST_F(CliBatchTest, UsageErrors) {
  EXPECT_EQ(trousse({"batch", kKind, "--out", "l.pdf"}).exitCode, 64);
  EXPECT_EQ(batch({}).exitCode, 64);
  EXPECT_EQ(batch({"--out", "a.pdf", "--zip", "b.zip"}).exitCode, 64);
  ProcessResult r = batch({"--out", "l.pdf", "--encoding", "ebcdic"});
  EXPECT_EQ(r.exitCode, 64);
  EXPECT_THAT(r.err, HasSubstr("codage inconnu"));
}

TEST_F(CliBatchTest, ThePluginsOwnChecksRunBeforeAnythingIsProduced) {
  // A meeting before the letter's date: every row is refused at the check, nothing is written.
  writeFile(path("commun.json"),
            R"({"rdv": {"date": "2026-11-10", "heure": "17:30", "lieu": "au bureau",
                "participants": ["M. Benali"]}, "motif": "faire le point",
                "date_courrier": "2026-11-20"})");
  ProcessResult r = trousse({"batch", kKind, "--config", config(), "--csv",
                             fixture("siecle-3e.csv"), "--data", "commun.json", "--out", "l.pdf"});
  EXPECT_EQ(r.exitCode, 65) << r.err;
  EXPECT_THAT(r.err, HasSubstr("ligne 2"));
  EXPECT_THAT(r.err, HasSubstr("(rdv.date) : le 10 novembre 2026 est antérieur à la date du "
                               "courrier"));
  EXPECT_THAT(r.err, HasSubstr("aucune ligne"));
  EXPECT_FALSE(std::filesystem::exists(path("l.pdf")));
}

TEST_F(CliBatchTest, AWarnedRowIsProducedAndStrictRefusesIt) {
  // An address line of 47 characters: La Poste takes 38.
  writeFile(path("in.csv"),
            "Nom;Prénom;Classe;Civilité resp. légal1;Nom resp. légal1;Prénom resp. légal1;"
            "Adresse ligne 1 resp. légal1;Code postal resp. légal1;Commune resp. légal1\n"
            "Martin;Léa;4e A;Mme;Martin;Julie;Résidence des Grands Chênes Centenaires, bât. H;"
            "93100;Montreuil\n"
            "Wąż;Łukasz;3e C;M.;Wąż;Piotr;9, rue de Paris;93100;Montreuil\n");
  ProcessResult r = batch({"--out", "l.pdf", "--report", "rapport.csv"}, path("in.csv").string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("in.csv, ligne 2, colonnes « Adresse ligne 1 resp. légal1, Code "
                               "postal resp. légal1, Commune resp. légal1 » "
                               "(responsables.1.adresse) : attention : la ligne 2 de l'adresse "
                               "fait 47 caractères"));
  EXPECT_THAT(r.err, Not(HasSubstr("ligne 3")));
  EXPECT_EQ(pdfPages(path("l.pdf")), 2);
  EXPECT_THAT(readFile(path("rapport.csv")), HasSubstr("attention : la ligne 2 de l'adresse"));

  std::filesystem::remove(path("l.pdf"));
  r = batch({"--out", "l.pdf", "--strict"}, path("in.csv").string());
  EXPECT_EQ(r.exitCode, 65) << r.err;
  EXPECT_THAT(r.err, HasSubstr("1 ligne avec des avertissements et --strict : aucun document "
                               "produit"));
  EXPECT_FALSE(std::filesystem::exists(path("l.pdf")));
}

TEST_F(CliBatchTest, LettersLongerThanOnePageAreListed) {
  std::string participants;
  for (int i = 1; i <= 70; ++i) {
    participants += std::string(i > 1 ? ", " : "") + "\"Mme Participante " + std::to_string(i) +
                    ", professeure\"";
  }
  writeFile(path("commun.json"),
            R"({"rdv": {"date": "2026-12-01", "heure": "17:30", "lieu": "au bureau",
                "participants": [)" +
                participants + R"(]}, "motif": "faire le point",
                "date_courrier": "2026-11-20"})");
  ProcessResult r =
      trousse({"batch", kKind, "--config", config(), "--csv", fixture("siecle-3e.csv"), "--data",
               "commun.json", "--out", "l.pdf", "--report", "rapport.csv"});
  EXPECT_EQ(r.exitCode, 3) << r.err;  // the row without a name
  // Line 5's record has two addresses: two letters.
  EXPECT_THAT(r.err, HasSubstr("4 lettres sur plus d'une page"));
  EXPECT_THAT(r.err, HasSubstr("lignes 2, 5, 5, 7)"));
  const std::string report = readFile(path("rapport.csv"));
  EXPECT_THAT(report, HasSubstr("6;Nom;eleve.nom;"));
  EXPECT_THAT(report, HasSubstr("7;;;attention : la lettre fait plus d'une page"));
}

}  // namespace
}  // namespace trousse::test
