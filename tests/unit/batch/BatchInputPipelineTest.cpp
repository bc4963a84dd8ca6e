// The input side of `trousse batch` end to end: a SIECLE-like export in Windows-1252 read with
// the shipped header dictionary against the real convocation template.

#include "batch/BatchReport.hpp"
#include "batch/ColumnMapping.hpp"
#include "batch/CsvReader.hpp"
#include "batch/FileNameAllocator.hpp"
#include "batch/FileNamePattern.hpp"
#include "batch/KnownHeaders.hpp"
#include "batch/RowToData.hpp"
#include "template/JsonPath.hpp"
#include "template/Template.hpp"

#include "BatchTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::batch {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::filesystem::path kSource = TROUSSE_SOURCE_DIR;

// Windows-1252 bytes, as Excel saves « CSV (séparateur : point-virgule) »: é = E9, è = E8,
// ï = EF, ç = E7, É = C9.
const std::string kSiecleExport =
    "Nom;Pr\xE9nom 1;Pr\xE9nom 2;Division;Date de naissance;"
    "Civilit\xE9 resp. l\xE9gal1;Nom resp. l\xE9gal1;Pr\xE9nom resp. l\xE9gal1;"
    "Ligne 1 Adresse l\xE9gal1;Ligne 2 Adresse l\xE9gal1;Commune resp. l\xE9gal1;Code postal resp. "
    "l\xE9gal1;"
    "Civilit\xE9 resp. l\xE9gal2;Nom resp. l\xE9gal2;Pr\xE9nom resp. l\xE9gal2;"
    "Ligne 1 Adresse l\xE9gal2;Commune resp. l\xE9gal2;Code postal resp. l\xE9gal2;Tel mobile "
    "resp. l\xE9gal1\r\n"
    "N'DIAYE;A\xEF"
    "cha;Marie;4e B;03/05/2012;MME;N'DIAYE;Fatou;\"12, rue des Lilas\r\nB\xE2timent C\";"
    ";MONTREUIL;93100;M.;LEF\xC8VRE;Julien;3, all\xE9"
    "e des Pins;MONTREUIL;93100;0601020304\r\n"
    "MARTIN;L\xE9"
    "a;;3e A;;MME;MARTIN;Claire;5 place du March\xE9;;LYON;69001;;;;;;;\r\n"
    "DURAND;;;5e C;31/02/2012;DR;DURAND;Paul;1 rue Haute;;METZ;57000;;;;;;;\r\n"
    "PETIT;Zo\xE9;;6e D\r\n";

TEST(BatchInputPipeline, ASiecleExportBecomesLetterDataAndAReport) {
  const Template convocation = Template::load(kSource / "templates" / "letters" / "convocation.md");
  const FieldSchema& schema = convocation.schema;
  const auto known = KnownHeaders::load(kSource / "templates" / "csv-headers.json");

  std::istringstream in(kSiecleExport);
  CsvReader reader(in, "export-siecle.csv");
  EXPECT_EQ(reader.encoding(), CsvEncoding::Windows1252);
  EXPECT_EQ(reader.delimiter(), ';');

  const auto mapping =
      ColumnMapping::automatic(known, reader.header(), "export-siecle.csv", schema);
  EXPECT_THAT(mapping.unmappedColumns(),
              ElementsAre("Prénom 2", "Date de naissance", "Tel mobile resp. légal1"));
  const std::string check = mapping.describe();
  EXPECT_THAT(check, HasSubstr("« Nom » → eleve.nom"));
  EXPECT_THAT(check, HasSubstr("« Code postal resp. légal1 » → responsables.1.adresse"));
  EXPECT_THAT(check,
              HasSubstr("« Date de naissance » écartée : reconnue (eleve.date_naissance) mais ce "
                        "modèle n'a pas ce champ"));

  // What every letter shares: the meeting.
  const auto common = test::json(R"({"rdv": {"date": "2026-12-01", "heure": "17:30",
      "lieu": "au bureau de la vie scolaire", "participants": ["M. Benali, CPE"]},
      "motif": "faire le point sur la scolarité"})");
  EXPECT_THAT(mapping.requiredFieldsWithoutColumn(common.get()), ::testing::IsEmpty());

  const RowToData toData(mapping);
  BatchReport report("export-siecle.csv");
  FileNameAllocator names;
  const FileNamePattern pattern;
  std::vector<std::string> files;
  std::vector<Poco::JSON::Object::Ptr> letters;
  while (auto row = reader.next()) {
    if (!row->ok()) {
      report.addReaderProblems(*row);
      continue;
    }
    const RowData built = toData.build(*row, common.get());
    const auto problems = schema.check(*built.data);
    if (!problems.empty()) {
      report.addFieldProblems(*row, problems, built);
      continue;
    }
    letters.push_back(built.data);
    files.push_back(names.allocate(pattern.expand(*built.data)));
  }

  ASSERT_EQ(letters.size(), 2u);
  const auto first = letters[0];
  EXPECT_EQ(json_path::find(*first, "eleve.prenom").toString(), "Aïcha");
  const auto adults = json_path::asArray(first->get("responsables"));
  ASSERT_EQ(adults->size(), 2u);
  const auto fatou = json_path::asObject(adults->get(0));
  EXPECT_EQ(fatou->getValue<std::string>("civilite"), "Madame");
  EXPECT_EQ(fatou->getValue<std::string>("adresse"),
            "12, rue des Lilas\nBâtiment C\n93100 MONTREUIL");
  const auto julien = json_path::asObject(adults->get(1));
  EXPECT_EQ(julien->getValue<std::string>("civilite"), "Monsieur");
  EXPECT_EQ(julien->getValue<std::string>("nom"), "LEFÈVRE");
  EXPECT_EQ(julien->getValue<std::string>("adresse"), "3, allée des Pins\n93100 MONTREUIL");
  EXPECT_EQ(json_path::asArray(letters[1]->get("responsables"))->size(), 1u);
  EXPECT_THAT(files, ElementsAre("N'DIAYE-Aïcha.pdf", "MARTIN-Léa.pdf"));

  EXPECT_THAT(
      report.texts(),
      ElementsAre("export-siecle.csv, ligne 5, colonne « Prénom 1 » (eleve.prenom) : champ "
                  "obligatoire manquant",
                  "export-siecle.csv, ligne 5, colonne « Civilité resp. légal1 » "
                  "(responsables.1.civilite) : valeur « DR » non prévue (choix possibles : "
                  "Madame, Monsieur)",
                  "export-siecle.csv, ligne 6 : cette ligne compte 4 colonnes au lieu des 19 de "
                  "l'en-tête"));
  std::ostringstream csv;
  report.writeCsv(csv);
  EXPECT_THAT(csv.str(),
              HasSubstr("\r\n5;Civilité resp. légal1;responsables.1.civilite;valeur « DR » "
                        "non prévue (choix possibles : Madame, Monsieur)\r\n"));
}

}  // namespace
}  // namespace trousse::batch
