#include "template/FieldSchema.hpp"

#include "TemplateTestSupport.hpp"

#include <gtest/gtest.h>

using trousse::Field;
using trousse::FieldProblem;
using trousse::FieldSchema;
using trousse::FieldType;
using trousse::test::json;

namespace {

Field field(std::string name, FieldType type, bool required = false) {
  Field result;
  result.name = std::move(name);
  result.label = result.name;
  result.type = type;
  result.required = required;
  return result;
}

std::vector<std::string> texts(const std::vector<FieldProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& problem : problems) out.push_back(problem.text());
  return out;
}

FieldSchema responsablesSchema() {
  Field list = field("responsables", FieldType::List, true);
  list.minItems = 1;
  list.maxItems = 2;
  Field civilite = field("civilite", FieldType::Choice, true);
  civilite.choices = {"Madame", "Monsieur"};
  list.itemFields = {civilite, field("nom", FieldType::Text, true),
                     field("adresse", FieldType::Multiline)};
  return FieldSchema({field("eleve.nom", FieldType::Text, true), list});
}

}  // namespace

TEST(FieldSchema, FieldTypesRoundTrip) {
  for (const char* name :
       {"text", "multiline", "date", "time", "number", "choice", "bool", "list"}) {
    EXPECT_EQ(trousse::fieldTypeName(trousse::parseFieldType(name)), name);
  }
  EXPECT_THROW(trousse::parseFieldType("texte"), std::invalid_argument);
}

TEST(FieldSchema, ValidDataHasNoProblem) {
  const auto data = json(R"({"eleve": {"nom": "Zoé"}, "responsables": [
      {"civilite": "Madame", "nom": "N'Diaye", "adresse": "3 rue des Lilas\n93100 Montreuil"}],
      "inconnu": {"whatever": [1, 2]}})");
  EXPECT_TRUE(responsablesSchema().check(*data).empty());
}

TEST(FieldSchema, RequiredFieldMissingOrEmptyOrNull) {
  const FieldSchema schema(
      {field("eleve.nom", FieldType::Text, true), field("eleve.prenom", FieldType::Text, true),
       field("classe", FieldType::Text, true), field("optionnel", FieldType::Text)});
  const auto problems = schema.check(*json(R"({"eleve": {"prenom": "  "}, "classe": null})"));
  EXPECT_EQ(texts(problems), (std::vector<std::string>{"eleve.nom : champ obligatoire manquant",
                                                       "eleve.prenom : champ obligatoire manquant",
                                                       "classe : champ obligatoire manquant"}));
}

TEST(FieldSchema, WrongJsonTypes) {
  const FieldSchema schema({field("nom", FieldType::Text), field("motif", FieldType::Multiline),
                            field("present", FieldType::Bool), field("nombre", FieldType::Number),
                            field("liste", FieldType::List)});
  const auto problems = schema.check(
      *json(R"({"nom": 12, "motif": ["a"], "present": "oui", "nombre": true, "liste": "x"})"));
  EXPECT_EQ(
      texts(problems),
      (std::vector<std::string>{
          "nom : texte attendu, reçu un nombre", "motif : texte attendu, reçu une liste",
          "present : vrai ou faux attendu (true ou false), reçu un texte",
          "nombre : nombre attendu, reçu un booléen", "liste : liste attendue, reçu un texte"}));
}

TEST(FieldSchema, DatesMustBeIsoAndReal) {
  const FieldSchema schema({field("d", FieldType::Date)});
  EXPECT_TRUE(schema.check(*json(R"({"d": "2026-12-01"})")).empty());
  EXPECT_EQ(texts(schema.check(*json(R"({"d": "2026-02-30"})"))),
            std::vector<std::string>{"d : date invalide « 2026-02-30 » (attendu AAAA-MM-JJ)"});
  EXPECT_EQ(texts(schema.check(*json(R"({"d": "01/12/2026"})"))),
            std::vector<std::string>{"d : date invalide « 01/12/2026 » (attendu AAAA-MM-JJ)"});
}

TEST(FieldSchema, TimesMustBeHoursAndMinutes) {
  const FieldSchema schema({field("h", FieldType::Time)});
  EXPECT_TRUE(schema.check(*json(R"({"h": "00:00"})")).empty());
  EXPECT_TRUE(schema.check(*json(R"({"h": "23:59"})")).empty());
  EXPECT_EQ(texts(schema.check(*json(R"({"h": "24:00"})"))),
            std::vector<std::string>{"h : heure invalide « 24:00 » (attendu HH:MM)"});
  EXPECT_EQ(texts(schema.check(*json(R"({"h": "17h30"})"))),
            std::vector<std::string>{"h : heure invalide « 17h30 » (attendu HH:MM)"});
}

TEST(FieldSchema, NumbersFromJsonOrText) {
  const FieldSchema schema({field("n", FieldType::Number)});
  EXPECT_TRUE(schema.check(*json(R"({"n": 4})")).empty());
  EXPECT_TRUE(schema.check(*json(R"({"n": 2.5})")).empty());
  EXPECT_TRUE(schema.check(*json(R"({"n": "12"})")).empty());
  EXPECT_TRUE(schema.check(*json(R"({"n": "1,5"})")).empty());
  EXPECT_EQ(texts(schema.check(*json(R"({"n": "quatre"})"))),
            std::vector<std::string>{"n : nombre invalide « quatre »"});
}

TEST(FieldSchema, ChoicesListThePossibleValues) {
  Field choice = field("civilite", FieldType::Choice);
  choice.choices = {"Madame", "Monsieur"};
  const FieldSchema schema({choice});
  EXPECT_TRUE(schema.check(*json(R"({"civilite": "Madame"})")).empty());
  EXPECT_EQ(texts(schema.check(*json(R"({"civilite": "Mme"})"))),
            std::vector<std::string>{
                "civilite : valeur « Mme » non prévue (choix possibles : Madame, Monsieur)"});
}

TEST(FieldSchema, BoolMustBeJsonBool) {
  const FieldSchema schema({field("b", FieldType::Bool, true)});
  EXPECT_TRUE(schema.check(*json(R"({"b": false})")).empty());
  EXPECT_EQ(texts(schema.check(*json(R"({"b": 1})"))),
            std::vector<std::string>{"b : vrai ou faux attendu (true ou false), reçu un nombre"});
}

TEST(FieldSchema, ListSizesAndItemFieldsNumberedFromOne) {
  const auto problems = responsablesSchema().check(*json(R"({"eleve": {"nom": "A"},
      "responsables": [{"civilite": "Madame", "nom": "A"}, {"civilite": "Mr", "nom": ""},
                       {"civilite": "Monsieur", "nom": "C"}]})"));
  EXPECT_EQ(texts(problems),
            (std::vector<std::string>{
                "responsables : au plus 2 éléments attendus (reçu 3)",
                "responsables.2.civilite : valeur « Mr » non prévue (choix possibles : Madame, "
                "Monsieur)",
                "responsables.2.nom : champ obligatoire manquant"}));
}

TEST(FieldSchema, ListMinimumAndItemsThatAreNotObjects) {
  Field list = field("participants", FieldType::List);
  list.minItems = 2;
  list.itemFields = {field("nom", FieldType::Text, true)};
  const FieldSchema schema({list});
  EXPECT_EQ(texts(schema.check(*json(R"({"participants": ["Zoé"]})"))),
            (std::vector<std::string>{"participants : au moins 2 éléments attendus (reçu 1)",
                                      "participants.1 : objet attendu, reçu un texte"}));
  // An optional list left empty is an absent list.
  EXPECT_TRUE(schema.check(*json(R"({"participants": []})")).empty());
}

TEST(FieldSchema, RequiredListMustHaveItems) {
  EXPECT_EQ(
      texts(responsablesSchema().check(*json(R"({"eleve": {"nom": "A"}, "responsables": []})"))),
      std::vector<std::string>{"responsables : champ obligatoire manquant"});
}

TEST(FieldSchema, ListOfTexts) {
  Field list = field("points", FieldType::List);
  const FieldSchema schema({list});
  EXPECT_TRUE(schema.check(*json(R"({"points": ["a", "b"]})")).empty());
  EXPECT_EQ(texts(schema.check(*json(R"({"points": ["a", 3, ""]})"))),
            (std::vector<std::string>{"points.2 : texte attendu, reçu un nombre",
                                      "points.3 : champ obligatoire manquant"}));
}

TEST(FieldSchema, InvalidUtf8IsAProblem) {
  const FieldSchema schema({field("nom", FieldType::Text), field("motif", FieldType::Multiline)});
  Poco::JSON::Object data;
  data.set("nom", std::string("Z\xC3"));           // truncated sequence
  data.set("motif", std::string("\xC0\xAF etc"));  // overlong "/"
  data.set("inconnu", std::string("\xFF"));        // not declared: ignored
  EXPECT_EQ(texts(schema.check(data)),
            (std::vector<std::string>{"nom : texte mal encodé (UTF-8 invalide)",
                                      "motif : texte mal encodé (UTF-8 invalide)"}));
}

TEST(FieldSchema, ControlCharactersAndLineBreaks) {
  const FieldSchema schema({field("nom", FieldType::Text), field("motif", FieldType::Multiline),
                            field("autre", FieldType::Multiline), field("tab", FieldType::Text)});
  Poco::JSON::Object data;
  data.set("nom", std::string("Zoé\nDupont"));
  data.set("motif", std::string("ligne 1\r\nligne 2\n\nligne 4"));  // fine in multiline
  data.set("autre", std::string("bip\x07"));
  data.set("tab", std::string("a\tb"));
  EXPECT_EQ(
      texts(schema.check(data)),
      (std::vector<std::string>{"nom : retour à la ligne interdit dans un champ d'une seule ligne",
                                "autre : caractère de contrôle interdit (U+0007)"}));
}

TEST(FieldSchema, EveryProblemIsReportedInFieldOrder) {
  Field choice = field("c", FieldType::Choice, true);
  choice.choices = {"A"};
  const FieldSchema schema({field("a", FieldType::Text, true), field("d", FieldType::Date), choice,
                            field("h", FieldType::Time), field("b", FieldType::Bool)});
  const auto problems =
      schema.check(*json(R"({"b": "x", "h": "7:00", "c": "B", "d": "2026-13-01"})"));
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].field, "a");
  EXPECT_EQ(problems[1].field, "d");
  EXPECT_EQ(problems[2].field, "c");
  EXPECT_EQ(problems[3].field, "h");
  EXPECT_EQ(problems[4].field, "b");
}

TEST(FieldSchema, WithDefaultsFillsAbsentFieldsWithoutTouchingTheInput) {
  Field ville = field("rdv.lieu", FieldType::Text);
  ville.defaultValue = std::string("Maison des parents");
  Field present = field("present", FieldType::Text);
  present.defaultValue = std::string("non utilisé");
  Field list = field("responsables", FieldType::List);
  Field civilite = field("civilite", FieldType::Text);
  civilite.defaultValue = std::string("Madame, Monsieur");
  list.itemFields = {civilite, field("nom", FieldType::Text)};
  const FieldSchema schema({ville, present, list});

  const auto input = json(R"({"present": "gardé", "responsables": [{"nom": "A"}, {"nom": "B",
                             "civilite": "Monsieur"}]})");
  const auto filled = schema.withDefaults(*input);
  EXPECT_EQ(filled->getObject("rdv")->getValue<std::string>("lieu"), "Maison des parents");
  EXPECT_EQ(filled->getValue<std::string>("present"), "gardé");
  const auto items = filled->getArray("responsables");
  EXPECT_EQ(items->getObject(0)->getValue<std::string>("civilite"), "Madame, Monsieur");
  EXPECT_EQ(items->getObject(1)->getValue<std::string>("civilite"), "Monsieur");
  // The caller's data is unchanged.
  EXPECT_FALSE(input->has("rdv"));
  EXPECT_FALSE(input->getArray("responsables")->getObject(0)->has("civilite"));
}

TEST(FieldSchema, ExamplePassesCheck) {
  Field date = field("rdv.date", FieldType::Date, true);
  Field time = field("rdv.heure", FieldType::Time, true);
  Field number = field("demi_journees", FieldType::Number, true);
  Field flag = field("accompagne", FieldType::Bool, true);
  Field text = field("points", FieldType::List, true);
  text.minItems = 3;
  Field nom = field("eleve.nom", FieldType::Text, true);
  nom.example = std::string("Nguyễn");
  const FieldSchema schema({nom, date, time, number, flag, text,
                            field("m", FieldType::Multiline, true),
                            responsablesSchema().fields()[1]});
  const auto example = schema.example();
  EXPECT_TRUE(schema.check(*example).empty());
  EXPECT_EQ(example->getObject("eleve")->getValue<std::string>("nom"), "Nguyễn");
  EXPECT_EQ(example->getArray("points")->size(), 3u);
}

TEST(FieldSchema, FindsTopLevelAndItemFields) {
  const FieldSchema schema = responsablesSchema();
  ASSERT_NE(schema.find("eleve.nom"), nullptr);
  ASSERT_NE(schema.find("responsables.civilite"), nullptr);
  EXPECT_EQ(schema.find("responsables.civilite")->type, FieldType::Choice);
  EXPECT_EQ(schema.find("eleve"), nullptr);
}

TEST(FieldSchema, RequiredFieldWithADefaultMayBeLeftBlank) {
  Field lieu = field("lieu", FieldType::Text, true);
  lieu.defaultValue = std::string("Maison des parents");
  const FieldSchema schema({lieu});
  EXPECT_TRUE(schema.check(*json(R"({"lieu": ""})")).empty());
  EXPECT_TRUE(schema.check(*schema.withDefaults(*json("{}"))).empty());
}
