// French agreement with the data: elision, contraction, gender, number, salutation, and the
// template helpers that apply them.

#include "template/FrenchGrammar.hpp"
#include "template/Template.hpp"
#include "template/TemplateExpander.hpp"

#include "TemplateTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace trousse::french;
using ::testing::HasSubstr;

namespace {

TEST(Elision, DeBeforeVowelsAndMuteH) {
  EXPECT_EQ(withDe("Aïcha", "'"), "d'Aïcha");
  EXPECT_EQ(withDe("Élodie", "'"), "d'Élodie");
  EXPECT_EQ(withDe("İbrahim", "'"), "d'İbrahim");
  EXPECT_EQ(withDe("Ömer", "'"), "d'Ömer");
  EXPECT_EQ(withDe("Ương", "'"), "d'Ương");
  EXPECT_EQ(withDe("Hugo", "'"), "d'Hugo");
  EXPECT_EQ(withDe("Yves", "'"), "d'Yves");
  EXPECT_EQ(withDe("évoquer ses absences", "'"), "d'évoquer ses absences");
  EXPECT_EQ(withDe("Aïcha"), "d\u2019Aïcha");  // typographic by default
}

TEST(Elision, NoneBeforeConsonantsAspiratedHOrSemiVowelY) {
  EXPECT_EQ(withDe("Paul"), "de Paul");
  EXPECT_EQ(withDe("Yasmine"), "de Yasmine");
  EXPECT_EQ(withDe("harcèlement"), "de harcèlement");
  EXPECT_EQ(withDe("hauteur"), "de hauteur");
  EXPECT_EQ(withDe("王小明"), "de 王小明");
  EXPECT_EQ(withDe("faire le point"), "de faire le point");
}

TEST(Contraction, DeAndAWithTheArticle) {
  EXPECT_EQ(withDe("Le Havre"), "du Havre");
  EXPECT_EQ(withDe("Les Lilas"), "des Lilas");
  EXPECT_EQ(withDe("le collège"), "du collège");
  EXPECT_EQ(withDe("La Rochelle"), "de La Rochelle");
  EXPECT_EQ(withDe("Lena"), "de Lena");
  EXPECT_EQ(withA("Le Havre"), "au Havre");
  EXPECT_EQ(withA("Les Lilas"), "aux Lilas");
  EXPECT_EQ(withA("Montreuil"), "à Montreuil");
}

TEST(Elision, QueNeverBeforeIl) {
  EXPECT_EQ(withQue("il", "'"), "qu'il");
  EXPECT_EQ(withQue("elle", "'"), "qu'elle");
  EXPECT_EQ(withQue("Aïcha", "'"), "qu'Aïcha");
  EXPECT_EQ(withQue("Paul"), "que Paul");
}

TEST(Gender, FromTheSexColumn) {
  EXPECT_EQ(byGender("F", "fils", "fille"), "fille");
  EXPECT_EQ(byGender("m", "fils", "fille"), "fils");
  EXPECT_EQ(byGender("Féminin", "inscrit", "inscrite"), "inscrite");
  EXPECT_EQ(byGender("", "fils", "fille", "enfant"), "enfant");
  EXPECT_EQ(byGender("", "inscrit", "inscrite"), "inscrit(e)");
  EXPECT_EQ(byGender("", "il", "elle"), "il ou elle");
  EXPECT_TRUE(knownGender("f"));
  EXPECT_FALSE(knownGender("X"));
}

TEST(Number, FromCountsAndListMarks) {
  EXPECT_FALSE(isPlural(""));
  EXPECT_FALSE(isPlural("0"));
  EXPECT_FALSE(isPlural("1"));
  EXPECT_TRUE(isPlural("2"));
  EXPECT_TRUE(isPlural("11"));  // one mark per element of a list of two
  EXPECT_TRUE(isPlural("10"));
  EXPECT_FALSE(isPlural("01"));
}

TEST(Salutation, FromTheRecipients) {
  EXPECT_EQ(salutation({"Madame"}), "Madame");
  EXPECT_EQ(salutation({"Monsieur"}), "Monsieur");
  EXPECT_EQ(salutation({"Monsieur", "Madame"}), "Madame, Monsieur");
  EXPECT_EQ(salutation({"Madame", "Madame"}), "Mesdames");
  EXPECT_EQ(salutation({"Monsieur", "Monsieur"}), "Messieurs");
  EXPECT_EQ(salutation({}), "Madame, Monsieur");
  EXPECT_EQ(salutation({""}), "Madame, Monsieur");
}

TEST(Apostrophes, Typographic) {
  EXPECT_EQ(typographicApostrophes("N'Diaye l'a dit"), "N\u2019Diaye l\u2019a dit");
}

/// The helpers, through a template.
class Helpers : public ::testing::Test {
 protected:
  std::string body(const std::string& source, const std::string& data) {
    const trousse::test::TempDir dir;
    const auto file = trousse::test::writeTemplate(dir, "t.md", R"(---
title: Essai
layout: letter
fields:
  - name: eleve.prenom
    type: text
  - name: eleve.sexe
    type: choice
    choices: [F, M]
  - name: ville
    type: text
  - name: participants
    type: list
  - name: date_courrier
    type: date
  - name: responsables
    type: list
    fields:
      - name: civilite
        type: text
      - name: nom
        type: text
letter:
  recipients: responsables
  subject: "Au sujet {{#de}}{{eleve.prenom}}{{/de}}"
---
)" + source);
    const auto tmpl = trousse::Template::load(file);
    const trousse::TemplateExpander expander(
        {}, std::chrono::year{2026} / std::chrono::November / std::chrono::day{23});
    last_ = expander.expand(tmpl, *trousse::test::json(data));
    return last_.markdown;
  }
  trousse::Document last_;
};

TEST_F(Helpers, ElideAndContract) {
  EXPECT_EQ(body("au sujet {{#de}}{{eleve.prenom}}{{/de}}, {{#au}}{{ville}}{{/au}}",
                 R"({"eleve": {"prenom": "Aïcha"}, "ville": "Le Havre"})"),
            "au sujet d\u2019Aïcha, au Havre");
  EXPECT_EQ(last_.letter.subject, "Au sujet d\u2019Aïcha");
  EXPECT_EQ(body("ce {{#que}}{{#accord}}{{eleve.sexe}}|il|elle{{/accord}}{{/que}} fait",
                 R"({"eleve": {"sexe": "M"}})"),
            "ce qu\u2019il fait");
}

TEST_F(Helpers, GenderAndNumber) {
  const std::string source =
      "{{#accord}}{{eleve.sexe}}|à lui|à elle{{/accord}}; "
      "{{#pluriel}}{{#participants}}1{{/participants}}|Sera présent|Seront présents{{/pluriel}}";
  EXPECT_EQ(body(source, R"({"eleve": {"sexe": "F"}, "participants": ["Mme A"]})"),
            "à elle; Sera présent");
  EXPECT_EQ(body(source, R"({"eleve": {"sexe": "M"}, "participants": ["Mme A", "M. B"]})"),
            "à lui; Seront présents");
}

TEST_F(Helpers, SalutationAndLetterDate) {
  EXPECT_EQ(body("{{formule_appel}}, {{aujourdhui}}",
                 R"({"responsables": [{"civilite": "Monsieur", "nom": "Martin"}]})"),
            "Monsieur, 23 novembre 2026");
  EXPECT_EQ(body("{{formule_appel}}",
                 R"({"responsables": [{"civilite": "Madame"}, {"civilite": "Monsieur"}]})"),
            "Madame\\, Monsieur");
  EXPECT_EQ(body("{{aujourdhui}}", R"({"date_courrier": "2026-12-01"})"), "1er décembre 2026");
  EXPECT_EQ(last_.letter.placeAndDate, "Le 1er décembre 2026");
}

TEST_F(Helpers, DataApostrophesMatchTheTemplates) {
  // cmark curls the template's own apostrophes; the data's are curled when escaped.
  const std::string html = trousse::test::markdownToHtml(
      body("l'élève {{eleve.prenom}}", R"({"eleve": {"prenom": "N'Golo"}})"));
  EXPECT_THAT(html, HasSubstr("l\u2019élève N\u2019Golo"));
}

}  // namespace
