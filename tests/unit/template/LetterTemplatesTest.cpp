// The letter templates shipped in templates/letters/: each one loads, its example data passes
// its own schema, and expanding it gives a complete letter with the text that kind must say.

#include "template/Template.hpp"
#include "template/TemplateExpander.hpp"

#include "TemplateTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

using ::testing::HasSubstr;
using ::testing::Not;
using trousse::Document;
using trousse::Establishment;
using trousse::FieldType;
using trousse::Template;
using trousse::TemplateExpander;
using namespace std::chrono;

namespace {

const std::filesystem::path kLettersDir =
    std::filesystem::path(TROUSSE_SOURCE_DIR) / "templates" / "letters";

Establishment college() {
  Establishment establishment;
  establishment.name = "Collège Jean-Jaurès";
  establishment.addressLines = {"25, avenue de la République", "93100 Montreuil"};
  establishment.phone = "01 48 57 00 00";
  establishment.email = "ce.0930000x@ac-creteil.fr";
  establishment.city = "Montreuil";
  establishment.signatoryName = "Claire Moreau";
  establishment.signatoryTitle = "La principale du collège";
  return establishment;
}

Template loadKind(const std::string& kind) { return Template::load(kLettersDir / (kind + ".md")); }

Document expand(const Template& tmpl, const Poco::JSON::Object& data) {
  const TemplateExpander expander(college(), year{2026} / November / day{23});
  return expander.expand(tmpl, data);
}

/// The letter's body as HTML, where values from the data read as typed (no Markdown escapes).
/// Typographic apostrophes (the renderer curls those of the template's own text) read as "'".
std::string bodyHtml(const Document& document) {
  std::string html = trousse::test::markdownToHtml(document.markdown);
  const std::string curly = "\u2019";
  for (auto at = html.find(curly); at != std::string::npos; at = html.find(curly, at + 1)) {
    html.replace(at, curly.size(), "'");
  }
  return html;
}

/// The template's example data with `changes` (a JSON object) applied on top; a null value
/// removes the key. Dotted keys reach into nested objects: {"rdv.date": null}.
Poco::JSON::Object::Ptr exampleWith(const Template& tmpl, const std::string& changes) {
  auto data = tmpl.schema.example();
  const auto patch = trousse::test::json(changes);
  for (const auto& [key, value] : *patch) {
    Poco::JSON::Object::Ptr target = data;
    std::string name = key;
    for (auto dot = name.find('.'); dot != std::string::npos; dot = name.find('.')) {
      target = target->getObject(name.substr(0, dot));
      name = name.substr(dot + 1);
    }
    if (value.isEmpty()) {
      target->remove(name);
    } else {
      target->set(name, value);
    }
  }
  return data;
}

std::string problemsOf(const Template& tmpl, const Poco::JSON::Object& data) {
  std::string text;
  for (const auto& problem : tmpl.schema.check(data)) text += problem.text() + "\n";
  return text;
}

struct LetterKind {
  std::string kind;
  std::vector<std::string> phrases;  ///< must appear in the expanded body (as HTML)
  std::string subjectPart;           ///< must appear in the "Objet :" line
};

void PrintTo(const LetterKind& letter, std::ostream* out) { *out << letter.kind; }

const std::vector<LetterKind> kLetters = {
    {"convocation",
     {"mardi 1er décembre 2026 à 17 h 30", "Participeront à l'entretien", "votre fille Aïcha",
      "aura pour objet de faire le point"},
     "Convocation à un entretien au sujet d'Aïcha"},
    {"absences",
     {"lundi 9 novembre 2026, matin", "mardi 17 novembre 2026, journée entière",
      "131-8 du Code de l'éducation", "quatre demi-journées",
      "directeur académique des services de l'éducation nationale (DASEN)",
      "Mme Hélène Rousseau, conseillère principale d'éducation", "01 48 57 00 12"},
     "Absences non justifiées – Elif Y"},
    {"harcelement-victime",
     {"3018", "gratuit, anonyme et confidentiel", "application 3018", "pHARe",
      "méthode de la préoccupation partagée", "mardi 24 novembre 2026\u00a0: point avec Lina",
      "mardi 8 décembre 2026 à 17 h\u00a0: bilan", "n'en porte aucune responsabilité",
      "l'assistante sociale", "psychologue de l'Éducation nationale", "M. Julien Mercier",
      "01 48 57 00 14", "vigilance renforcée"},
     "Accompagnement à la suite d'un signalement – Lina BENALI (6e A)"},
    {"harcelement-auteur",
     {"Entre le 5 octobre 2026 et le 13 novembre 2026", "Des moqueries répétées",
      "préoccupation partagée", "pHARe", "sans reproche", "mesure de responsabilisation",
      "sanction disciplinaire", "règlement intérieur", "sanction disciplinaire pourrait",
      "présenter ses observations", "jeudi 26 novembre 2026 à 17 h 30",
      "psychologue de l'Éducation nationale"},
     "Invitation à un entretien – Lucas DUPONT-TRAORÉ (4e D)"},
    {"maison-des-parents",
     {"maison des parents", "le mardi de 16 h 30 à 18 h", "M. Sami Haddad",
      "médiateur de la réussite scolaire", "Pronote", "interprète", "arabe, chinois, tamoul",
      "orientation", "06 12 34 56 78"},
     "Invitation à la maison des parents"},
    {"mlds",
     {"Mission de lutte contre le décrochage scolaire (MLDS)", "Moussa TRAORÉ ne fréquente plus",
      "depuis le 16 octobre 2026", "droit au retour en formation", "16 à 25\u00a0ans",
      "122-2 du Code de l'éducation", "114-1", "à Moussa et à vous", "plateforme d'accompagnement",
      "Mme Nadia Ferreira", "mercredi 2 décembre 2026 à 14 h"},
     "retour en formation – Moussa TRAORÉ"},
    {"assiduite",
     {"jeudi 5 novembre 2026", "prévenir la vie scolaire", "<strong>3</strong>",
      "131-8 du Code de l'éducation", "quatre demi-journées", "avertissement",
      "dispositifs d'accompagnement parental", "personnel d'éducation référent",
      "jeudi 3 décembre 2026 à 8 h 30"},
     "Rappel de l'obligation d'assiduité scolaire – Zofia KOWALSKA (3e A)"},
};

class Kind : public ::testing::TestWithParam<LetterKind> {};

TEST_P(Kind, ExampleRendersAsACompleteLetter) {
  const LetterKind& letter = GetParam();
  const Template tmpl = loadKind(letter.kind);
  EXPECT_EQ(tmpl.layout, "letter");
  EXPECT_FALSE(tmpl.title.empty());

  const auto example = tmpl.schema.example();
  ASSERT_EQ(problemsOf(tmpl, *example), "");

  const Document document = expand(tmpl, *example);
  const std::string html = bodyHtml(document);
  // The salutation follows the example's recipients: two adults, or one mother (mlds).
  const std::string salutation =
      example->getArray("responsables")->size() == 2 ? "Madame, Monsieur" : "Madame";
  EXPECT_THAT(html, ::testing::StartsWith("<p>" + salutation + ",</p>\n"));
  EXPECT_THAT(
      html, HasSubstr("agréer, " + salutation + ", l'expression de mes salutations distinguées."));
  for (const std::string& phrase : letter.phrases) EXPECT_THAT(html, HasSubstr(phrase));
  EXPECT_THAT(html, Not(HasSubstr("{{")));
  EXPECT_THAT(html, Not(HasSubstr("allocations familiales")));

  // The parts outside the body: recipient block, subject, reference, follow-up.
  ASSERT_GE(document.letter.recipient.size(), 3u);
  EXPECT_THAT(document.letter.recipient.front(), ::testing::MatchesRegex("(Madame|Monsieur) .+"));
  // The subject is running text, with typographic apostrophes.
  EXPECT_THAT(document.letter.subject, Not(HasSubstr("'")));
  std::string subject = document.letter.subject;
  for (auto at = subject.find("\u2019"); at != std::string::npos; at = subject.find("\u2019")) {
    subject.replace(at, 3, "'");
  }
  EXPECT_THAT(subject, HasSubstr(letter.subjectPart));
  EXPECT_THAT(document.letter.subject, Not(HasSubstr("{{")));
  EXPECT_FALSE(document.letter.reference.empty());
  EXPECT_FALSE(document.letter.followedBy.empty());
  EXPECT_EQ(document.letter.placeAndDate, "Montreuil, le 20 novembre 2026");  // date_courrier
  EXPECT_EQ(document.letter.signatoryName, "Claire Moreau");
  // Issue #12: whom the letter is about, and the optional parts from the example's fields.
  EXPECT_THAT(document.letter.about,
              ::testing::StartsWith(example->getObject("eleve")->getValue<std::string>("prenom")));
  EXPECT_THAT(document.letter.about, Not(HasSubstr("{{")));
  EXPECT_FALSE(document.letter.registeredMail);
  EXPECT_EQ(document.letter.enclosures.size(), 1u);
  EXPECT_EQ(document.letter.copies, (std::vector<std::string>{"dossier de l’élève"}));
}

// One CSV mapping serves every letter: the same things carry the same field names.
TEST_P(Kind, SharesTheCommonFieldNames) {
  const Template tmpl = loadKind(GetParam().kind);
  for (const char* name : {"eleve.prenom", "eleve.nom", "eleve.classe", "reference", "suivi_par"}) {
    const auto* field = tmpl.schema.find(name);
    ASSERT_NE(field, nullptr) << name;
    EXPECT_EQ(field->type, FieldType::Text) << name;
  }
  EXPECT_TRUE(tmpl.schema.find("eleve.prenom")->required);
  EXPECT_TRUE(tmpl.schema.find("eleve.nom")->required);

  const auto* responsables = tmpl.schema.find("responsables");
  ASSERT_NE(responsables, nullptr);
  EXPECT_EQ(tmpl.letter.recipientsField, "responsables");
  EXPECT_EQ(responsables->type, FieldType::List);
  EXPECT_TRUE(responsables->required);
  EXPECT_EQ(responsables->minItems, 1);
  EXPECT_EQ(responsables->maxItems, 2);
  std::vector<std::string> itemNames;
  for (const auto& item : responsables->itemFields) itemNames.push_back(item.name);
  EXPECT_EQ(itemNames, (std::vector<std::string>{"civilite", "prenom", "nom", "adresse"}));

  // The optional parts every letter offers (issue #12), wired to the letter's keys.
  for (const auto& [name, type] :
       std::map<std::string, FieldType>{{"pieces_jointes", FieldType::List},
                                        {"copie", FieldType::List},
                                        {"recommande", FieldType::Bool}}) {
    const auto* field = tmpl.schema.find(name);
    ASSERT_NE(field, nullptr) << name;
    EXPECT_EQ(field->type, type) << name;
    EXPECT_FALSE(field->required) << name;
  }
  EXPECT_EQ(tmpl.letter.registered, "{{#recommande}}oui{{/recommande}}");
  EXPECT_THAT(tmpl.letter.enclosures, HasSubstr("{{#pieces_jointes}}"));
  EXPECT_THAT(tmpl.letter.copies, HasSubstr("{{#copie}}"));
  EXPECT_FALSE(tmpl.letter.qr.empty());

  const std::map<std::string, FieldType> shared = {
      {"rdv.date", FieldType::Date},        {"rdv.heure", FieldType::Time},
      {"rdv.lieu", FieldType::Text},        {"contact.nom", FieldType::Text},
      {"contact.qualite", FieldType::Text}, {"contact.telephone", FieldType::Text}};
  for (const auto& [name, type] : shared) {
    if (const auto* field = tmpl.schema.find(name)) {
      EXPECT_EQ(field->type, type) << name;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(LetterTemplates, Kind, ::testing::ValuesIn(kLetters),
                         [](const auto& info) {
                           std::string name = info.param.kind;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(LetterTemplatesFolder, HoldsExactlyTheSevenKindsAndTheirTranslations) {
  std::set<std::string> kinds;
  std::map<std::string, std::set<std::string>> translations;  // kind → languages
  for (const auto& entry : std::filesystem::directory_iterator(kLettersDir)) {
    if (entry.path().extension() != ".md") continue;
    const std::filesystem::path stem = entry.path().stem();  // "convocation.en"
    if (stem.has_extension()) {
      translations[stem.stem().string()].insert(stem.extension().string().substr(1));
    } else {
      kinds.insert(stem.string());
    }
  }
  std::set<std::string> expected;
  for (const auto& letter : kLetters) expected.insert(letter.kind);
  EXPECT_EQ(kinds, expected);
  const std::set<std::string> shipped{"ar", "en", "ta", "tr", "zh"};
  EXPECT_EQ(
      translations,
      (std::map<std::string, std::set<std::string>>{
          {"absences", shipped}, {"convocation", shipped}, {"harcelement-victime", shipped}}));
}

// Every shipped translation reads with its kind's fields and expands the kind's example data:
// its own language's heading, no recipient block, every helper resolved.
TEST(LetterTemplatesTranslations, EachExpandsTheKindsExample) {
  for (const char* kind : {"convocation", "absences", "harcelement-victime"}) {
    const Template french = loadKind(kind);
    for (const char* language : {"en", "ar", "zh", "ta", "tr"}) {
      SCOPED_TRACE(std::string(kind) + "." + language);
      const Template translation = Template::loadTranslation(
          kLettersDir / (std::string(kind) + "." + language + ".md"), french, language);
      const Document document = expand(translation, *french.schema.example());
      EXPECT_EQ(document.language, language);
      EXPECT_TRUE(document.letter.recipient.empty());
      EXPECT_FALSE(document.letter.translationNotice.empty());
      EXPECT_FALSE(document.letter.subject.empty());
      EXPECT_THAT(document.markdown, Not(HasSubstr("{{")));
      // French words the helpers would write if they were not the language's.
      for (const char* french : {"novembre", "décembre", "mardi", "Madame", " h "}) {
        EXPECT_THAT(document.markdown, Not(HasSubstr(french))) << french;
      }
      // A choice's French value is said in the language ("matin", "par vous-même").
      for (const char* value : {"matin", "après-midi", "journée entière", "par vous-même"}) {
        EXPECT_THAT(document.markdown, Not(HasSubstr(value))) << value;
      }
    }
  }
}

TEST(LetterTemplatesVariants, AbsencesBelowTheThresholdWarnsInsteadOfReporting) {
  const Template tmpl = loadKind("absences");
  const auto below = exampleWith(tmpl, R"({"seuil_atteint": false})");
  ASSERT_EQ(problemsOf(tmpl, *below), "");
  const std::string html = bodyHtml(expand(tmpl, *below));
  EXPECT_THAT(
      html,
      HasSubstr("À partir de quatre demi-journées non justifiées dans le mois, la loi m'impose"));
  EXPECT_THAT(html, Not(HasSubstr("atteignent le seuil")));

  const std::string reached = bodyHtml(expand(tmpl, *tmpl.schema.example()));
  EXPECT_THAT(reached, HasSubstr("atteignent le seuil de quatre demi-journées"));
  EXPECT_THAT(reached, Not(HasSubstr("À partir de quatre")));
}

TEST(LetterTemplatesVariants, ContactPhoneFallsBackToTheEstablishment) {
  for (const char* kind : {"absences", "harcelement-victime", "assiduite"}) {
    const Template tmpl = loadKind(kind);
    const auto data = exampleWith(tmpl, R"({"contact.telephone": null})");
    ASSERT_EQ(problemsOf(tmpl, *data), "") << kind;
    EXPECT_THAT(bodyHtml(expand(tmpl, *data)),
                HasSubstr("par l'intermédiaire du secrétariat au 01 48 57 00 00"))
        << kind;
  }
}

TEST(LetterTemplatesVariants, BullyingLettersNameNoOtherStudent) {
  // The example data names only the student the letter is about.
  for (const char* kind : {"harcelement-victime", "harcelement-auteur"}) {
    const Template tmpl = loadKind(kind);
    const std::string html = bodyHtml(expand(tmpl, *tmpl.schema.example()));
    const std::string own =
        tmpl.schema.example()->getObject("eleve")->getValue<std::string>("prenom");
    for (const char* other : {"Lina", "Lucas", "Elif", "Minh", "Moussa", "Zofia", "Aïcha"}) {
      if (own != other) {
        EXPECT_THAT(html, Not(HasSubstr(other))) << kind;
      }
    }
  }
}

TEST(LetterTemplatesVariants, BullyingAuthorSituationStillGoingOn) {
  const Template tmpl = loadKind("harcelement-auteur");
  const auto data = exampleWith(tmpl, R"({"periode.fin": null})");
  ASSERT_EQ(problemsOf(tmpl, *data), "");
  const std::string html = bodyHtml(expand(tmpl, *data));
  EXPECT_THAT(html, HasSubstr("Depuis le 5 octobre 2026, les faits suivants"));
  EXPECT_THAT(html, Not(HasSubstr("Entre le")));
}

TEST(LetterTemplatesVariants, MaisonDesParentsWithoutInterpreter) {
  const Template tmpl = loadKind("maison-des-parents");
  const auto data = exampleWith(tmpl, R"({"interprete": false, "mediateur.telephone": null})");
  ASSERT_EQ(problemsOf(tmpl, *data), "");
  const std::string html = bodyHtml(expand(tmpl, *data));
  EXPECT_THAT(html, Not(HasSubstr("interprète")));
  EXPECT_THAT(html,
              HasSubstr("M. Sami Haddad par l'intermédiaire du secrétariat au 01 48 57 00 00"));
}

TEST(LetterTemplatesVariants, MldsForAYoungAdultIsAddressedToThem) {
  const Template tmpl = loadKind("mlds");
  const auto data = exampleWith(tmpl, R"({
    "jeune_majeur": true,
    "responsables": [{"civilite": "Monsieur", "prenom": "Moussa", "nom": "Traoré",
                      "adresse": "3, place du Marché\n93100 Montreuil"}]})");
  ASSERT_EQ(problemsOf(tmpl, *data), "");
  const Document document = expand(tmpl, *data);
  const std::string html = bodyHtml(document);
  EXPECT_THAT(html, HasSubstr("Vous ne fréquentez plus l'établissement depuis le 16 octobre 2026"));
  EXPECT_THAT(html, HasSubstr("votre formation"));
  EXPECT_THAT(html, HasSubstr("de faire le point sur vos souhaits"));
  EXPECT_THAT(html, Not(HasSubstr("114-1")));  // compulsory training ends at 18
  EXPECT_THAT(html, Not(HasSubstr("à Moussa et à vous")));
  EXPECT_EQ(document.letter.recipient.front(), "Monsieur Moussa TRAORÉ");
}

TEST(LetterTemplatesVariants, AssiduiteWithoutANewMeeting) {
  const Template tmpl = loadKind("assiduite");
  const auto data = exampleWith(tmpl, R"({"rdv.date": null, "rdv.heure": null, "rdv.lieu": null})");
  ASSERT_EQ(problemsOf(tmpl, *data), "");
  const std::string html = bodyHtml(expand(tmpl, *data));
  EXPECT_THAT(html, Not(HasSubstr("faire à nouveau le point")));
  EXPECT_THAT(html, HasSubstr("reste à votre écoute au 01 48 57 00 12."));
}

// Agreement with the data, in every letter: the salutation and the closing follow the
// recipients, the student's sex chooses "fils" or "fille".
TEST(LetterTemplatesAgreement, OneFatherIsGreetedAsMonsieur) {
  for (const LetterKind& letter : kLetters) {
    const Template tmpl = loadKind(letter.kind);
    const auto data = exampleWith(tmpl, R"({"responsables": [{"civilite": "Monsieur",
        "prenom": "Julien", "nom": "Lefèvre", "adresse": "3, allée des Tilleuls\n93100 Montreuil"}]})");
    ASSERT_EQ(problemsOf(tmpl, *data), "") << letter.kind;
    const std::string html = bodyHtml(expand(tmpl, *data));
    EXPECT_THAT(html, ::testing::StartsWith("<p>Monsieur,</p>")) << letter.kind;
    EXPECT_THAT(html, HasSubstr("agréer, Monsieur, l'expression")) << letter.kind;
    EXPECT_THAT(html, Not(HasSubstr("Madame"))) << letter.kind;
  }
}

TEST(LetterTemplatesAgreement, TheStudentsSexChoosesTheWords) {
  for (const char* kind : {"convocation", "absences", "assiduite", "harcelement-victime",
                           "harcelement-auteur", "maison-des-parents"}) {
    const Template tmpl = loadKind(kind);
    const std::string boy = bodyHtml(expand(tmpl, *exampleWith(tmpl, R"({"eleve.sexe": "M"})")));
    const std::string girl = bodyHtml(expand(tmpl, *exampleWith(tmpl, R"({"eleve.sexe": "F"})")));
    const std::string unknown =
        bodyHtml(expand(tmpl, *exampleWith(tmpl, R"({"eleve.sexe": null})")));
    EXPECT_THAT(boy, HasSubstr("votre fils")) << kind;
    EXPECT_THAT(boy, Not(HasSubstr("votre fille"))) << kind;
    EXPECT_THAT(girl, HasSubstr("votre fille")) << kind;
    EXPECT_THAT(unknown, HasSubstr("votre enfant")) << kind;
  }
  const Template author = loadKind("harcelement-auteur");
  EXPECT_THAT(bodyHtml(expand(author, *exampleWith(author, R"({"eleve.sexe": "F"})"))),
              HasSubstr("ce qu'elle peut faire"));
  const Template mlds = loadKind("mlds");
  EXPECT_THAT(bodyHtml(expand(mlds, *exampleWith(mlds, R"({"eleve.sexe": "F"})"))),
              HasSubstr("qui s'offrent à elle."));
  EXPECT_THAT(bodyHtml(expand(mlds, *exampleWith(mlds, R"({"eleve.sexe": "M"})"))),
              HasSubstr("qui s'offrent à lui."));
}

TEST(LetterTemplatesAgreement, OneParticipantIsSingular) {
  const Template tmpl = loadKind("convocation");
  const auto one = exampleWith(tmpl, R"({"rdv.participants": ["M. Karim Benali, CPE"]})");
  const std::string html = bodyHtml(expand(tmpl, *one));
  EXPECT_THAT(html, HasSubstr("Participera à l'entretien"));
  EXPECT_THAT(html, Not(HasSubstr("Participeront")));
}

TEST(LetterTemplatesAgreement, ElisionBeforeTheMotiveAndTheName) {
  const Template tmpl = loadKind("convocation");
  const auto data = exampleWith(
      tmpl, R"({"motif": "évoquer les absences", "eleve.prenom": "Hugo", "eleve.sexe": "M"})");
  const Document document = expand(tmpl, *data);
  EXPECT_THAT(bodyHtml(document), HasSubstr("aura pour objet d'évoquer les absences."));
  EXPECT_THAT(document.letter.subject, HasSubstr("au sujet d’Hugo"));
}

TEST(LetterTemplatesAgreement, AbsenceCountAgreesInNumber) {
  const Template tmpl = loadKind("absences");
  EXPECT_THAT(bodyHtml(expand(tmpl, *tmpl.schema.example())), HasSubstr("soit 4 demi-journées,"));
  EXPECT_THAT(bodyHtml(expand(tmpl, *exampleWith(tmpl, R"({"demi_journees": 1})"))),
              HasSubstr("soit 1 demi-journée,"));
}

}  // namespace
