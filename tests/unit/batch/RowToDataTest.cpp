#include "batch/RowToData.hpp"

#include "template/JsonPath.hpp"

#include "BatchTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::batch {
namespace {

using test::json;
using test::letterSchema;
using test::toJson;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> problemTexts(const Poco::JSON::Object& data) {
  std::vector<std::string> out;
  for (const auto& problem : letterSchema().check(data)) out.push_back(problem.text());
  return out;
}

CsvRow row(std::vector<std::string> cells, std::size_t line = 2) {
  CsvRow result;
  result.line = line;
  result.index = line - 1;
  result.cells = std::move(cells);
  return result;
}

const std::vector<std::string> kSiecleHeader = {"Nom",
                                                "Prénom 1",
                                                "Division",
                                                "Date de naissance",
                                                "Civilité RL1",
                                                "Nom RL1",
                                                "Prénom RL1",
                                                "Adresse ligne 1 RL1",
                                                "Adresse ligne 2 RL1",
                                                "Commune RL1",
                                                "CP RL1",
                                                "Civilité RL2",
                                                "Nom RL2",
                                                "Prénom RL2",
                                                "Adresse ligne 1 RL2",
                                                "CP RL2",
                                                "Commune RL2"};

ColumnMapping siecleMapping() {
  return ColumnMapping::fromJson(R"({
      "Nom": "eleve.nom", "Prénom 1": "eleve.prenom", "Division": "eleve.classe",
      "Date de naissance": "eleve.date_naissance",
      "Civilité RL1": "responsables.1.civilite", "Nom RL1": "responsables.1.nom",
      "Prénom RL1": "responsables.1.prenom",
      "Adresse ligne 1 RL1": {"champ": "responsables.1.adresse", "ordre": 1},
      "Adresse ligne 2 RL1": {"champ": "responsables.1.adresse", "ordre": 2},
      "CP RL1": {"champ": "responsables.1.adresse", "puis": "espace", "ordre": 5},
      "Commune RL1": {"champ": "responsables.1.adresse", "ordre": 6},
      "Civilité RL2": "responsables.2.civilite", "Nom RL2": "responsables.2.nom",
      "Prénom RL2": "responsables.2.prenom",
      "Adresse ligne 1 RL2": "responsables.2.adresse",
      "CP RL2": {"champ": "responsables.2.adresse", "puis": "espace"},
      "Commune RL2": "responsables.2.adresse"})",
                                 "map.json", kSiecleHeader, "eleves.csv", letterSchema());
}

const auto kCommon = json(R"({"rdv": {"date": "2026-12-01", "heure": "17:30",
                                      "participants": ["M. Benali, CPE"]}})");

TEST(RowToData, BuildsNestedObjectsAndListItemsWithAddressesInOrder) {
  const auto mapping = siecleMapping();
  const auto built = RowToData(mapping).build(
      row({" N'Diaye ", "Aïcha", "4e B", "03/05/2012", "MME", "N'Diaye", "Fatou",
           "12, rue des Lilas", "", "Montreuil", "93100", "M.", "Lefèvre", "Julien",
           "3, allée Nguyễn Văn Thành", "93100", "Montreuil"}),
      kCommon.get());
  EXPECT_EQ(
      toJson(built.data),
      R"({"eleve":{"classe":"4e B","date_naissance":"2012-05-03","nom":"N'Diaye","prenom":"Aïcha"},)"
      R"("rdv":{"date":"2026-12-01","heure":"17:30","participants":["M. Benali, CPE"]},)"
      R"("responsables":[{"adresse":"12, rue des Lilas\n93100 Montreuil","civilite":"Madame",)"
      R"("nom":"N'Diaye","prenom":"Fatou"},{"adresse":"3, allée Nguyễn Văn Thành\n93100 Montreuil",)"
      R"("civilite":"Monsieur","nom":"Lefèvre","prenom":"Julien"}]})");
  EXPECT_THAT(problemTexts(*built.data), IsEmpty());
}

TEST(RowToData, AFamilyWithOneAdultGetsAOneItemList) {
  const auto mapping = siecleMapping();
  const auto built = RowToData(mapping).build(
      row({"Martin", "Léa", "3e A", "", "Mme", "Martin", "Claire", "5 place du Marché", "", "Lyon",
           "69001", "", " ", "", "", "", ""}),
      kCommon.get());
  const auto list = json_path::asArray(built.data->get("responsables"));
  ASSERT_TRUE(list);
  EXPECT_EQ(list->size(), 1u);
  EXPECT_THAT(problemTexts(*built.data), IsEmpty());
  EXPECT_FALSE(json_path::asObject(built.data->get("eleve"))->has("date_naissance"));
}

TEST(RowToData, AnEmptyFirstAdultRenumbersTheSecondAndTracesItsColumns) {
  const auto mapping = siecleMapping();
  const auto built =
      RowToData(mapping).build(row({"Martin", "Léa", "3e A", "", "", "", "", "", "", "", "", "Dr",
                                    "Martin", "", "1 rue Haute", "", "Metz"}),
                               kCommon.get());
  EXPECT_EQ(
      toJson(json_path::asObject(json_path::asArray(built.data->get("responsables"))->get(0))),
      R"({"adresse":"1 rue Haute\nMetz","civilite":"Dr","nom":"Martin"})");
  EXPECT_THAT(problemTexts(*built.data),
              ElementsAre("responsables.1.civilite : valeur « Dr » non prévue (choix possibles : "
                          "Madame, Monsieur)",
                          "responsables.1.prenom : champ obligatoire manquant"));
  EXPECT_EQ(built.columnsFor("responsables.1.civilite"), "Civilité RL2");
  EXPECT_EQ(built.columnsFor("responsables.1.prenom"), "Prénom RL2");
  EXPECT_EQ(built.columnsFor("responsables.1.adresse"), "Adresse ligne 1 RL2, CP RL2, Commune RL2");
  EXPECT_EQ(built.columnsFor("eleve.date_naissance"), "Date de naissance");
}

TEST(RowToData, ARowWithNoAdultLeavesTheListMissingAndNamesItsColumns) {
  const auto mapping = siecleMapping();
  const auto built = RowToData(mapping).build(
      row({"Martin", "", "3e A", "", "", "", "", "", "", "", "", "", "", "", "", "", ""}),
      kCommon.get());
  EXPECT_THAT(problemTexts(*built.data), ElementsAre("eleve.prenom : champ obligatoire manquant",
                                                     "responsables : champ obligatoire manquant"));
  EXPECT_EQ(built.columnsFor("eleve.prenom"), "Prénom 1");
  EXPECT_EQ(
      built.columnsFor("responsables"),
      "Civilité RL1, Nom RL1, Prénom RL1, Adresse ligne 1 RL1, Adresse ligne 2 RL1, Commune RL1, "
      "CP RL1, Civilité RL2, Nom RL2, Prénom RL2, Adresse ligne 1 RL2, CP RL2, Commune RL2");
}

TEST(RowToData, ValuesThatDoNotConvertStayTextForTheSchemaToReport) {
  const std::vector<std::string> header = {"Nom",    "Date",     "Heure",
                                           "Urgent", "Absences", "Naissance"};
  const auto mapping = ColumnMapping::fromJson(
      R"({"Nom": "eleve.nom", "Date": "rdv.date", "Heure": "rdv.heure", "Urgent": "urgent",
          "Absences": "absences", "Naissance": "eleve.date_naissance"})",
      "map.json", header, "eleves.csv", letterSchema());
  const RowToData toData(mapping);
  const auto good = toData.build(row({"Martin", "1/12/2026", "17h30", "x", "4,5", "2012-05-03"}));
  EXPECT_EQ(toJson(good.data),
            R"({"absences":4.5,"eleve":{"date_naissance":"2012-05-03","nom":"Martin"},)"
            R"("rdv":{"date":"2026-12-01","heure":"17:30"},"urgent":true})");
  const auto whole = toData.build(row({"Martin", "", "", "non", "12", ""}));
  EXPECT_EQ(toJson(whole.data), R"({"absences":12,"eleve":{"nom":"Martin"},"urgent":false})");

  const auto bad =
      toData.build(row({"Martin", "31/02/2026", "midi", "peut-être", "beaucoup", "2012"}));
  std::vector<std::string> problems;
  for (const auto& problem : letterSchema().check(*bad.data)) {
    if (problem.field != "responsables" && problem.field != "eleve.prenom" &&
        problem.field != "eleve.classe" && problem.field != "rdv.participants") {
      problems.push_back(problem.text());
    }
  }
  EXPECT_THAT(problems,
              ElementsAre("eleve.date_naissance : date invalide « 2012 » (attendu AAAA-MM-JJ)",
                          "rdv.date : date invalide « 31/02/2026 » (attendu AAAA-MM-JJ)",
                          "rdv.heure : heure invalide « midi » (attendu HH:MM)",
                          "urgent : vrai ou faux attendu (true ou false), reçu un texte",
                          "absences : nombre invalide « beaucoup »"));
}

TEST(RowToData, ListsOfTextFromOneCellOrOneColumnPerItem) {
  const std::vector<std::string> header = {"Présents", "P1", "P2", "Motif"};
  const auto whole =
      ColumnMapping::fromJson(R"({"Présents": "rdv.participants", "Motif": "motif"})", "map.json",
                              header, "eleves.csv", letterSchema());
  const auto fromCell =
      RowToData(whole).build(row({"M. Benali, CPE\n\n  Mme Durand, professeure principale  \n", "",
                                  "", "Absences\nrépétées"}));
  EXPECT_EQ(toJson(fromCell.data),
            R"({"motif":"Absences\nrépétées","rdv":{"participants":["M. Benali, CPE",)"
            R"("Mme Durand, professeure principale"]}})");

  const auto items =
      ColumnMapping::fromJson(R"({"P1": "rdv.participants.1", "P2": "rdv.participants.2"})",
                              "map.json", header, "eleves.csv", letterSchema());
  const auto fromColumns = RowToData(items).build(row({"", "", "Mme Durand", ""}));
  EXPECT_EQ(toJson(fromColumns.data), R"({"rdv":{"participants":["Mme Durand"]}})");
  EXPECT_EQ(fromColumns.columnsFor("rdv.participants.1"), "P2");
}

TEST(RowToData, TheRowOverridesCommonValuesOnlyWhereItHasSome) {
  const std::vector<std::string> header = {"Nom", "Date"};
  const auto mapping = ColumnMapping::fromJson(R"({"Nom": "eleve.nom", "Date": "rdv.date"})",
                                               "map.json", header, "eleves.csv", letterSchema());
  const auto common = json(R"({"eleve": {"classe": "3e A"}, "rdv": {"date": "2026-12-01"}})");
  const RowToData toData(mapping);
  EXPECT_EQ(toJson(toData.build(row({"Martin", ""}), common.get()).data),
            R"({"eleve":{"classe":"3e A","nom":"Martin"},"rdv":{"date":"2026-12-01"}})");
  EXPECT_EQ(toJson(toData.build(row({"Martin", "02/12/2026"}), common.get()).data),
            R"({"eleve":{"classe":"3e A","nom":"Martin"},"rdv":{"date":"2026-12-02"}})");
  EXPECT_EQ(toJson(common), R"({"eleve":{"classe":"3e A"},"rdv":{"date":"2026-12-01"}})");
}

TEST(RowToData, AShortRowLeavesItsMissingCellsEmpty) {
  const auto mapping = siecleMapping();
  const auto built = RowToData(mapping).build(row({"Martin", "Léa"}));
  EXPECT_EQ(toJson(built.data), R"({"eleve":{"nom":"Martin","prenom":"Léa"}})");
}

}  // namespace
}  // namespace trousse::batch
