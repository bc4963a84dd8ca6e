#include "batch/BatchReport.hpp"

#include "BatchTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::batch {
namespace {

using ::testing::ElementsAre;

TEST(BatchReport, WritesACsvExcelOpensAsUtf8) {
  BatchReport report("eleves.csv");
  report.add({12, "Prénom", "eleve.prenom", "champ obligatoire manquant"});
  report.add({15, "Adresse; ligne 1", "responsables.1.adresse",
              "valeur « 3 \"bis\" » refusée\nsur deux lignes"});
  report.add({0, "", "", "fichier sans en-tête reconnu"});
  std::ostringstream out;
  report.writeCsv(out);
  EXPECT_EQ(out.str(),
            "\xEF\xBB\xBF"
            "ligne;colonne;champ;problème\r\n"
            "12;Prénom;eleve.prenom;champ obligatoire manquant\r\n"
            "15;\"Adresse; ligne 1\";responsables.1.adresse;\"valeur « 3 \"\"bis\"\" » "
            "refusée\nsur deux lignes\"\r\n"
            ";;;fichier sans en-tête reconnu\r\n");
}

TEST(BatchReport, CellsThatASpreadsheetWouldRunAsFormulasAreDefused) {
  BatchReport report("eleves.csv");
  report.add({3, "=HYPERLINK(\"http://x\")", "", "+1"});
  report.add({4, "@SUM(A1)", "", "-2"});
  std::ostringstream out;
  report.writeCsv(out);
  EXPECT_EQ(out.str(),
            "\xEF\xBB\xBF"
            "ligne;colonne;champ;problème\r\n"
            "3;\"'=HYPERLINK(\"\"http://x\"\")\";;'+1\r\n"
            "4;'@SUM(A1);;'-2\r\n");
}

TEST(BatchReport, ReaderAndFieldProblemsWithTheirColumns) {
  CsvRow row;
  row.line = 7;
  row.index = 6;
  row.problems = {{"", "cette ligne compte 2 colonnes au lieu des 3 de l'en-tête"},
                  {"Nom", "texte mal encodé"}};
  RowData rowData;
  rowData.columnsByField["eleve.prenom"] = {"Prénom 1"};
  rowData.columnsByField["responsables.1.adresse"] = {"Adresse RL2", "CP RL2"};
  rowData.columnsByField["responsables.1.nom"] = {"Nom RL2"};

  BatchReport report("eleves.csv");
  report.addReaderProblems(row);
  report.addFieldProblems(row,
                          {{"eleve.prenom", "champ obligatoire manquant"},
                           {"responsables.1.adresse", "champ obligatoire manquant"},
                           {"responsables", "au plus 2 éléments attendus (reçu 3)"},
                           {"rdv.date", "champ obligatoire manquant"}},
                          rowData);
  CsvRow other;
  other.line = 9;
  report.addFieldProblems(other, {{"eleve.prenom", "champ obligatoire manquant"}}, rowData);

  EXPECT_EQ(report.rowsWithProblems(), 2u);
  EXPECT_THAT(
      report.texts(),
      ElementsAre(
          "eleves.csv, ligne 7 : cette ligne compte 2 colonnes au lieu des 3 de l'en-tête",
          "eleves.csv, ligne 7, colonne « Nom » : texte mal encodé",
          "eleves.csv, ligne 7, colonne « Prénom 1 » (eleve.prenom) : champ obligatoire manquant",
          "eleves.csv, ligne 7, colonnes « Adresse RL2, CP RL2 » (responsables.1.adresse) : "
          "champ obligatoire manquant",
          "eleves.csv, ligne 7, colonnes « Adresse RL2, CP RL2, Nom RL2 » (responsables) : "
          "au plus 2 éléments attendus (reçu 3)",
          "eleves.csv, ligne 7 (rdv.date) : champ obligatoire manquant",
          "eleves.csv, ligne 9, colonne « Prénom 1 » (eleve.prenom) : champ obligatoire manquant"));
}

TEST(BatchReport, AnEmptyReportHasItsHeaderOnly) {
  BatchReport report("eleves.csv");
  EXPECT_TRUE(report.empty());
  EXPECT_EQ(report.rowsWithProblems(), 0u);
  std::ostringstream out;
  report.writeCsv(out);
  EXPECT_EQ(out.str(),
            "\xEF\xBB\xBF"
            "ligne;colonne;champ;problème\r\n");
}

}  // namespace
}  // namespace trousse::batch
