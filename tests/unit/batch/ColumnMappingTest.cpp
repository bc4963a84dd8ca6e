#include "batch/ColumnMapping.hpp"
#include "common/Errors.hpp"

#include "BatchTestSupport.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::batch {
namespace {

using test::letterSchema;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::vector<std::string> kHeader = {"NOM",       "Prénom",     "Classe",      "Civ RL1",
                                          "NOM RL1",   "Prénom RL1", "Adresse RL1", "CP RL1",
                                          "Ville RL1", "NOM RL2",    "INE"};

ColumnMapping fromJson(const std::string& json, const std::vector<std::string>& header = kHeader) {
  return ColumnMapping::fromJson(json, "correspondance.json", header, "eleves.csv", letterSchema());
}

/// The problems fromJson reports, or the summary alone when it throws without any.
std::vector<std::string> mappingProblems(const std::string& json,
                                         const std::vector<std::string>& header = kHeader) {
  try {
    fromJson(json, header);
  } catch (const DataError& error) {
    if (error.problems().empty()) return {error.what()};
    return error.problems();
  }
  return {};
}

std::vector<std::string> fieldsOf(const ColumnMapping& mapping) {
  std::vector<std::string> out;
  for (const auto& column : mapping.columns()) out.push_back(column.header + " → " + column.field);
  return out;
}

TEST(ColumnMapping, MapFileColumnsInCsvOrder) {
  const auto mapping = fromJson(R"({"NOM RL1": "responsables.1.nom", "NOM": "eleve.nom",
      "Prénom": "eleve.prenom", "Adresse RL1": "responsables.1.adresse",
      "CP RL1": {"champ": "responsables.1.adresse", "puis": "espace"},
      "Ville RL1": "responsables.1.adresse"})");
  EXPECT_THAT(fieldsOf(mapping),
              ElementsAre("NOM → eleve.nom", "Prénom → eleve.prenom",
                          "NOM RL1 → responsables.1.nom", "Adresse RL1 → responsables.1.adresse",
                          "CP RL1 → responsables.1.adresse", "Ville RL1 → responsables.1.adresse"));
  const auto& columns = mapping.columns();
  EXPECT_EQ(columns[0].column, 0u);
  EXPECT_EQ(columns[0].type, FieldType::Text);
  EXPECT_EQ(columns[0].label, "Nom de famille de l'élève");
  EXPECT_EQ(columns[2].list, "responsables");
  EXPECT_EQ(columns[2].item, 1);
  EXPECT_EQ(columns[2].itemField, "nom");
  EXPECT_EQ(columns[2].label, "Responsables légaux, n° 1 : Nom de famille");
  EXPECT_EQ(columns[3].type, FieldType::Multiline);
  EXPECT_EQ(columns[3].join, Join::NewLine);
  EXPECT_EQ(columns[4].join, Join::Space);
  EXPECT_THAT(mapping.unmappedColumns(),
              ElementsAre("Classe", "Civ RL1", "Prénom RL1", "NOM RL2", "INE"));
}

TEST(ColumnMapping, KeysMatchHeadersDespiteCaseAndAccents) {
  const auto mapping =
      fromJson(R"({"Prenom": "eleve.prenom", "nom": "eleve.nom", "ine": "motif"})");
  EXPECT_THAT(fieldsOf(mapping),
              ElementsAre("NOM → eleve.nom", "Prénom → eleve.prenom", "INE → motif"));
}

TEST(ColumnMapping, MissingColumnsAreListedWithTheAvailableOnes) {
  EXPECT_THAT(
      mappingProblems(R"({"NOM": "eleve.nom", "Date de naissance": "eleve.date_naissance",
                                  "Nom de famille": "eleve.nom"})"),
      ElementsAre("la colonne « Date de naissance » n'existe pas dans eleves.csv",
                  "la colonne « Nom de famille » n'existe pas dans eleves.csv",
                  "colonnes de eleves.csv : « NOM », « Prénom », « Classe », « Civ RL1 », "
                  "« NOM RL1 », « Prénom RL1 », « Adresse RL1 », « CP RL1 », « Ville RL1 », "
                  "« NOM RL2 », « INE »"));
  try {
    fromJson(R"({"Nom de famille": "eleve.nom"})");
    FAIL();
  } catch (const DataError& error) {
    EXPECT_STREQ(
        error.what(),
        "correspondance.json : la correspondance des colonnes ne convient pas à eleves.csv");
  }
}

TEST(ColumnMapping, TargetsMustBeFieldsOfTheSchema) {
  EXPECT_THAT(
      mappingProblems(R"({"NOM": "eleve.nmo", "Prénom": "etablissement.nom",
          "Classe": "responsables", "Civ RL1": "responsables.3.civilite",
          "NOM RL1": "responsables.0.nom", "Prénom RL1": "responsables.1.prenoms",
          "Adresse RL1": "responsables.1", "CP RL1": "responsables.premier.adresse",
          "Ville RL1": "rdv.participants.1.nom", "INE": "rdv.participants.x"})"),
      ElementsAre(
          "« Adresse RL1 » : indiquez le champ de l'élément, par exemple « responsables.1.civilite "
          "» "
          "(champs : civilite, prenom, nom, adresse)",
          "« CP RL1 » : après « responsables. » vient le numéro de l'élément, à partir de 1 : "
          "« responsables.1.civilite »",
          "« Civ RL1 » : « responsables » a au plus 2 éléments : « responsables.3.civilite » "
          "n'existe pas",
          "« Classe » : « responsables » est une liste dont chaque élément a plusieurs champs : "
          "indiquez le numéro de l'élément et le champ, par exemple « responsables.1.civilite »",
          "« INE » : après « rdv.participants. » vient le numéro de l'élément, à partir de 1 : "
          "« rdv.participants.1 »",
          "« NOM » : le champ « eleve.nmo » n'existe pas dans ce modèle",
          "« NOM RL1 » : les éléments de « responsables » se numérotent à partir de 1",
          "« Prénom » : le champ « etablissement.nom » n'existe pas dans ce modèle",
          "« Prénom RL1 » : les éléments de « responsables » n'ont pas de champ « prenoms » "
          "(champs : civilite, prenom, nom, adresse)",
          "« Ville RL1 » : « rdv.participants » est une liste de textes : « rdv.participants.1 » "
          "désigne un élément, sans champ après"));
}

TEST(ColumnMapping, ListsOfTextTakeAWholeCellOrOneItemPerColumn) {
  const auto whole = fromJson(R"({"INE": "rdv.participants"})");
  EXPECT_EQ(whole.columns()[0].type, FieldType::List);
  EXPECT_EQ(whole.columns()[0].list, "rdv.participants");
  EXPECT_EQ(whole.columns()[0].item, 0);
  const auto items =
      fromJson(R"({"NOM RL1": "rdv.participants.1", "NOM RL2": "rdv.participants.2"})");
  EXPECT_EQ(items.columns()[1].type, FieldType::Text);
  EXPECT_EQ(items.columns()[1].item, 2);
  EXPECT_THAT(mappingProblems(R"({"INE": "rdv.participants", "NOM RL2": "rdv.participants.2"})"),
              ElementsAre("« INE » : « rdv.participants » est rempli à la fois en entier "
                          "(« INE ») et élément par élément : choisissez l'un ou l'autre"));
}

TEST(ColumnMapping, OneValueFieldsTakeOneColumnTextFieldsMay) {
  EXPECT_THAT(mappingProblems(R"({"NOM": "rdv.date", "Prénom": "rdv.date"})"),
              ElementsAre("« Prénom » : même champ que « NOM » (rdv.date, qui ne prend qu'une "
                          "colonne)"));
  EXPECT_THAT(mappingProblems(R"({"Civ RL1": "responsables.1.civilite",
                                  "Classe": "responsables.1.civilite"})"),
              ElementsAre(HasSubstr("même champ que « Classe »")));
  // A one-line text field joins its cells with a space.
  const auto text = fromJson(R"({"NOM": "eleve.nom", "NOM RL2": "eleve.nom"})");
  EXPECT_EQ(text.columns().size(), 2u);
  EXPECT_EQ(text.columns()[0].join, Join::Space);
}

TEST(ColumnMapping, MalformedMapFiles) {
  EXPECT_THAT(mappingProblems("{\"NOM\": "),
              ElementsAre(HasSubstr("correspondance.json : JSON mal formé")));
  EXPECT_THAT(mappingProblems("[\"NOM\"]"), ElementsAre(HasSubstr("un objet JSON est attendu")));
  EXPECT_THAT(mappingProblems("{}"), ElementsAre("aucune colonne n'y est associée à un champ"));
  EXPECT_THAT(
      mappingProblems(R"({"NOM": 3, "Prénom": {"champ": "eleve.prenom", "puis": "tab"},
                                  "Classe": {"champ": "eleve.classe", "avec": 1}})"),
      ElementsAre("« Classe » : clé « avec » inconnue (clés possibles : champ, puis, ordre)",
                  "« NOM » : nom de champ attendu (texte comme \"eleve.nom\", ou objet "
                  "{\"champ\": …, \"puis\": \"espace\"}), reçu un nombre",
                  "« Prénom » : « puis » vaut \"ligne\" ou \"espace\""));
}

TEST(ColumnMapping, ColumnsNamedTwice) {
  EXPECT_THAT(mappingProblems(R"({"Nom": "eleve.nom"})", {"Nom", "Prénom", "Nom"}),
              ElementsAre("la colonne « Nom » figure 2 fois dans eleves.csv (colonnes 1, 3) : "
                          "impossible de savoir laquelle utiliser"));
  EXPECT_THAT(mappingProblems(R"({"nom": "eleve.nom", "NÔM": "eleve.prenom"})", {"Nom", "Classe"}),
              ElementsAre(HasSubstr("la colonne « Nom » est citée deux fois")));
}

TEST(ColumnMapping, AMapWrittenInWindows1252StillMatches) {
  const auto mapping = fromJson("{\"Pr\xE9nom\": \"eleve.prenom\", \"NOM\": \"eleve.nom\"}");
  EXPECT_THAT(fieldsOf(mapping), ElementsAre("NOM → eleve.nom", "Prénom → eleve.prenom"));
}

TEST(ColumnMapping, MapFileFromDisk) {
  trousse::test::TempDir dir;
  trousse::test::writeFile(dir / "modele.json", "\xEF\xBB\xBF{\"NOM\": \"eleve.nom\"}");
  const auto mapping =
      ColumnMapping::fromFile(dir / "modele.json", kHeader, "eleves.csv", letterSchema());
  EXPECT_THAT(fieldsOf(mapping), ElementsAre("NOM → eleve.nom"));
  EXPECT_THAT(mapping.describe(), HasSubstr("(d'après modele.json)"));
  EXPECT_THROW(ColumnMapping::fromFile(dir.path(), kHeader, "eleves.csv", letterSchema()), IoError);
  EXPECT_THROW(
      ColumnMapping::fromFile("/nonexistent/map.json", kHeader, "eleves.csv", letterSchema()),
      IoError);
}

TEST(ColumnMapping, RequiredFieldsWithoutColumn) {
  const auto mapping = fromJson(R"({"NOM": "eleve.nom", "Prénom": "eleve.prenom",
      "NOM RL1": "responsables.1.nom", "Prénom RL1": "responsables.1.prenom",
      "Civ RL1": "responsables.1.civilite", "Adresse RL1": "responsables.1.adresse",
      "NOM RL2": "responsables.2.nom"})");
  // rdv.lieu has a default; responsables.2 lacks what a letter needs.
  EXPECT_THAT(mapping.requiredFieldsWithoutColumn(),
              ElementsAre("eleve.classe", "responsables.2.civilite", "responsables.2.prenom",
                          "responsables.2.adresse", "rdv.date", "rdv.heure", "rdv.participants"));
  const auto common = test::json(R"({"rdv": {"date": "2026-12-01", "heure": "17:30",
                                                "participants": ["M. Benali, CPE"]}})");
  EXPECT_THAT(mapping.requiredFieldsWithoutColumn(common.get()),
              ElementsAre("eleve.classe", "responsables.2.civilite", "responsables.2.prenom",
                          "responsables.2.adresse"));
}

TEST(ColumnMapping, DescribeForCheck) {
  const auto mapping = fromJson(R"({"NOM": "eleve.nom", "Adresse RL1": "responsables.1.adresse",
      "CP RL1": {"champ": "responsables.1.adresse", "puis": "espace"}})");
  const std::string text = mapping.describe();
  EXPECT_THAT(
      text,
      HasSubstr("Correspondance des colonnes de eleves.csv (d'après correspondance.json) :\n"));
  EXPECT_THAT(text, HasSubstr("  « NOM » → eleve.nom (Nom de famille de l'élève)\n"));
  EXPECT_THAT(text, HasSubstr("  « CP RL1 » → responsables.1.adresse (Responsables légaux, n° 1 : "
                              "Adresse postale), suivie d'une espace\n"));
  EXPECT_THAT(text,
              HasSubstr("Colonnes non utilisées : « Prénom », « Classe », « Civ RL1 », "
                        "« NOM RL1 », « Prénom RL1 », « Ville RL1 », « NOM RL2 », « INE »\n"));
  EXPECT_THAT(
      text, HasSubstr("Champs obligatoires sans colonne :\n  eleve.prenom (Prénom de l'élève)\n"));
  EXPECT_THAT(text, HasSubstr("  responsables.1.civilite (Civilité)\n"));
  EXPECT_THAT(text, HasSubstr("  rdv.date (Date de l'entretien)\n"));
}

TEST(ColumnMapping, AutomaticRecognitionFirstColumnWins) {
  const auto known = KnownHeaders::parse(R"({"colonnes": {
      "Nom": "eleve.nom", "Nom de famille enfant": "eleve.nom", "Prénom enfant": "eleve.prenom",
      "Date de naissance": "eleve.date_naissance", "Sexe": "eleve.sexe",
      "Nom responsable": "responsables.1.nom", "Adresse responsable": "responsables.1.adresse",
      "CP responsable": {"champ": "responsables.1.adresse", "puis": "espace", "ordre": 5},
      "Commune responsable": {"champ": "responsables.1.adresse", "ordre": 6}}})",
                                         "h.json");
  // An ONDE export of adults: the children's columns repeat.
  const std::vector<std::string> header = {
      "Nom responsable",       "Adresse responsable",   "Commune responsable",
      "CP responsable",        "Nom de famille enfant", "Prénom enfant",
      "Nom de famille enfant", "Prénom enfant",         "Sexe"};
  const auto mapping = ColumnMapping::automatic(known, header, "responsables.csv", letterSchema());
  EXPECT_THAT(fieldsOf(mapping),
              ElementsAre("Nom responsable → responsables.1.nom",
                          "Adresse responsable → responsables.1.adresse",
                          "Commune responsable → responsables.1.adresse",
                          "CP responsable → responsables.1.adresse",
                          "Nom de famille enfant → eleve.nom", "Prénom enfant → eleve.prenom"));
  EXPECT_EQ(mapping.columns()[3].order, 5);
  EXPECT_THAT(mapping.ignoredColumns(),
              ElementsAre(std::pair<std::string, std::string>(
                              "Nom de famille enfant",
                              "même champ que « Nom de famille enfant » (eleve.nom)"),
                          std::pair<std::string, std::string>(
                              "Prénom enfant", "même champ que « Prénom enfant » (eleve.prenom)"),
                          std::pair<std::string, std::string>(
                              "Sexe", "reconnue (eleve.sexe) mais ce modèle n'a pas ce champ")));
  EXPECT_THAT(mapping.unmappedColumns(),
              ElementsAre("Nom de famille enfant", "Prénom enfant", "Sexe"));
  EXPECT_THAT(mapping.describe(), HasSubstr("(reconnaissance automatique des en-têtes)"));
  EXPECT_THAT(
      mapping.describe(),
      HasSubstr("  « Sexe » écartée : reconnue (eleve.sexe) mais ce modèle n'a pas ce champ\n"));
}

TEST(ColumnMapping, AutomaticRecognitionOfNothing) {
  const auto known = KnownHeaders::parse(R"({"colonnes": {"Nom": "eleve.nom"}})", "h.json");
  const auto mapping = ColumnMapping::automatic(known, {"A", "B"}, "x.csv", letterSchema());
  EXPECT_TRUE(mapping.empty());
  EXPECT_THAT(mapping.describe(), HasSubstr("aucune colonne n'est associée à un champ du modèle"));
}

}  // namespace
}  // namespace trousse::batch
