#include "template/Template.hpp"
#include "template/TemplateExpander.hpp"

#include "TemplateTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using ::testing::HasSubstr;
using ::testing::Not;
using trousse::Document;
using trousse::Establishment;
using trousse::Template;
using trousse::TemplateExpander;
using trousse::test::json;
using namespace std::chrono;

namespace {

Establishment college() {
  Establishment establishment;
  establishment.name = "Collège Jean-Jaurès";
  establishment.addressLines = {"12 rue de la Paix", "93100 Montreuil"};
  establishment.phone = "01 23 45 67 89";
  establishment.email = "ce.0930000x@ac-creteil.fr";
  establishment.city = "Montreuil";
  establishment.signatoryName = "Claire Martin";
  establishment.signatoryTitle = "Principale";
  return establishment;
}

class TemplateExpansion : public ::testing::Test {
 protected:
  Template load(const std::string& content) {
    return Template::load(trousse::test::writeTemplate(dir_, "lettres/modele.md", content));
  }
  Document expand(const std::string& content, const std::string& data,
                  Establishment establishment = college()) {
    const TemplateExpander expander(std::move(establishment), year{2026} / November / day{23});
    return expander.expand(load(content), *json(data));
  }

  trousse::test::TempDir dir_;
};

const char* const kLetter = R"(---
title: "Absences de {{eleve.prenom}} {{#majuscules}}{{eleve.nom}}{{/majuscules}}"
layout: letter
fields:
  - name: eleve.nom
    required: true
  - name: eleve.prenom
  - name: rdv.date
    type: date
  - name: rdv.heure
    type: time
  - name: responsables
    type: list
    fields:
      - name: civilite
      - name: prenom
      - name: nom
      - name: adresse
        type: multiline
letter:
  recipients: responsables
  subject: "Rendez-vous du {{#date_longue}}{{rdv.date}}{{/date_longue}} à {{#heure}}{{rdv.heure}}{{/heure}}"
  reference: "Dossier {{eleve.nom}} *{{eleve.prenom}}*"
  followed_by: "Mme Benali, CPE"
---
Corps.
)";

}  // namespace

TEST_F(TemplateExpansion, DottedNamesAndFrenchHelpers) {
  const auto document = expand(R"(---
fields:
  - name: eleve.nom
  - name: eleve.prenom
  - name: rdv.date
    type: date
  - name: rdv.heure
    type: time
---
{{eleve.prenom}} {{#majuscules}}{{eleve.nom}}{{/majuscules}}
{{#date_longue}}{{rdv.date}}{{/date_longue}} / {{#date}}{{rdv.date}}{{/date}} / {{rdv.date}}
{{#heure}}{{rdv.heure}}{{/heure}} / {{#heure}}09:00{{/heure}} / {{#heure}}08:05{{/heure}}
)",
                               R"({"eleve": {"nom": "N'Diaye-Lefèvre", "prenom": "Awa"},
                                   "rdv": {"date": "2026-12-01", "heure": "17:30"}})");
  EXPECT_EQ(document.markdown,
            "Awa N\u2019DIAYE\\-LEFÈVRE\n"
            "mardi 1er décembre 2026 / 1er décembre 2026 / 2026\\-12\\-01\n"
            "17 h 30 / 9 h / 8 h 05\n");
  const auto html = trousse::test::markdownToHtml(document.markdown);
  // The data's apostrophe is typographic, as cmark makes the template's.
  EXPECT_THAT(html, HasSubstr("Awa N\u2019DIAYE-LEFÈVRE"));
}

TEST_F(TemplateExpansion, TodayAndEstablishment) {
  const auto document = expand(R"(---
---
{{aujourdhui}}

{{etablissement.nom}}
{{etablissement.adresse}}
Tél. {{etablissement.telephone}}, {{etablissement.courriel}}
{{etablissement.signataire.qualite}} : {{etablissement.signataire.nom}}
{{#etablissement}}à {{ville}}{{/etablissement}}
)",
                               "{}");
  EXPECT_EQ(document.markdown,
            "23 novembre 2026\n\nCollège Jean\\-Jaurès\n12 rue de la Paix\\\n93100 Montreuil\n"
            "Tél. 01 23 45 67 89, ce\\.0930000x\\@ac\\-creteil\\.fr\nPrincipale : Claire Martin\n"
            "à Montreuil\n");
  const auto html = trousse::test::markdownToHtml(document.markdown);
  EXPECT_THAT(html, HasSubstr("12 rue de la Paix<br />\n93100 Montreuil"));
  EXPECT_EQ(document.establishment.name, "Collège Jean-Jaurès");
}

TEST_F(TemplateExpansion, SectionsOverListsBoolsAndGroups) {
  const auto document = expand(R"(---
fields:
  - name: eleve.nom
  - name: eleve.classe
  - name: convoque
    type: bool
  - name: excuse
    type: bool
  - name: points
    type: list
  - name: vide
    type: list
  - name: responsables
    type: list
    fields:
      - name: prenom
      - name: nom
---
{{#convoque}}convoqué{{/convoque}}{{^convoque}}non convoqué{{/convoque}}
{{#excuse}}excusé{{/excuse}}{{^excuse}}non excusé{{/excuse}}
{{#points}}
- {{.}}
{{/points}}
{{#vide}}jamais{{/vide}}{{^vide}}aucun{{/vide}}
{{#responsables}}
* {{prenom}} {{#majuscules}}{{nom}}{{/majuscules}} pour {{eleve.nom}}
{{/responsables}}
{{#eleve}}{{nom}}{{/eleve}}
{{#eleve.classe}}en {{.}}{{/eleve.classe}}{{^eleve.classe}}sans classe{{/eleve.classe}}
)",
                               R"({"eleve": {"nom": "Zoé"}, "convoque": true, "excuse": false,
                                   "points": ["retards", "absences"], "vide": [],
                                   "responsables": [{"prenom": "Awa", "nom": "Diallo"},
                                                    {"prenom": "Jan", "nom": "Kowalski"}]})");
  EXPECT_EQ(document.markdown,
            "convoqué\nnon excusé\n- retards\n- absences\naucun\n"
            "* Awa DIALLO pour Zoé\n* Jan KOWALSKI pour Zoé\nZoé\nsans classe\n");
}

TEST_F(TemplateExpansion, DefaultsAreApplied) {
  const auto document = expand(R"(---
fields:
  - name: lieu
    default: Maison des parents
  - name: n
    type: number
---
{{lieu}} {{n}}
)",
                               R"({"n": 2.5})");
  EXPECT_EQ(document.markdown, "Maison des parents 2\\,5\n");
}

TEST_F(TemplateExpansion, PartialsComeFromTheTemplate) {
  trousse::test::writeTemplate(
      dir_, "commun/signature.md",
      "{{etablissement.signataire.qualite}},\n{{etablissement.signataire.nom}}\n");
  const auto document = expand(R"(---
fields:
  - name: signature
partials:
  signature: ../commun/signature.md
---
Cordialement.

{{>signature}}
)",
                               R"({"signature": "{{>signature}} **valeur**"})");
  EXPECT_EQ(document.markdown, "Cordialement.\n\nPrincipale,\nClaire Martin\n");
}

TEST_F(TemplateExpansion, PartialsSeeTheSectionTheyAreIncludedIn) {
  trousse::test::writeTemplate(dir_, "commun/ligne.md", "- {{nom}}");
  const auto document = expand(R"(---
fields:
  - name: responsables
    type: list
    fields:
      - name: nom
partials:
  ligne: ../commun/ligne.md
---
{{#responsables}}
{{>ligne}}
{{/responsables}}
)",
                               R"({"responsables": [{"nom": "A*"}, {"nom": "B"}]})");
  EXPECT_EQ(document.markdown, "- A\\*\n- B\n");
}

TEST_F(TemplateExpansion, LetterParts) {
  const auto document = expand(kLetter, R"({"eleve": {"nom": "Nguyễn", "prenom": "Minh"},
      "rdv": {"date": "2026-12-01", "heure": "17:30"},
      "responsables": [
        {"civilite": "Madame", "prenom": "Thi", "nom": "Nguyễn",
         "adresse": "  3 rue des Lilas\n\nBât. B\r\n93100 Montreuil\n"},
        {"civilite": "Monsieur", "prenom": "Van", "nom": "n'guyen-lê", "adresse": "ailleurs"}]})");
  EXPECT_EQ(document.layout, "letter");
  EXPECT_EQ(document.title, "Absences de Minh NGUYỄN");
  EXPECT_EQ(document.letter.recipient,
            (std::vector<std::string>{"Madame Thi NGUYỄN", "Monsieur Van N'GUYEN-LÊ",
                                      "3 rue des Lilas", "Bât. B", "93100 Montreuil"}));
  EXPECT_EQ(document.letter.placeAndDate, "Montreuil, le 23 novembre 2026");
  EXPECT_EQ(document.letter.subject, "Rendez-vous du mardi 1er décembre 2026 à 17 h 30");
  // Letter parts are plain text: values are not escaped for Markdown.
  EXPECT_EQ(document.letter.reference, "Dossier Nguyễn *Minh*");
  EXPECT_EQ(document.letter.followedBy, "Mme Benali, CPE");
  EXPECT_EQ(document.letter.signatoryName, "Claire Martin");
  EXPECT_EQ(document.letter.signatoryTitle, "Principale");
  EXPECT_EQ(document.markdown, "Corps.\n");
}

TEST_F(TemplateExpansion, PlaceAndDateWithoutCity) {
  Establishment establishment;
  const auto document = expand("---\nlayout: letter\n---\nx\n", "{}", establishment);
  EXPECT_EQ(document.letter.placeAndDate, "Le 23 novembre 2026");
  EXPECT_EQ(document.letter.signatoryName, "");
}

TEST_F(TemplateExpansion, LetterPartsDropControlCharactersAndLineBreaks) {
  const auto document = expand(R"(---
layout: letter
fields:
  - name: objet
  - name: signataire
letter:
  subject: "{{objet}}"
  signatory_name: "{{signataire}}"
  place_and_date: "Paris, le {{#date}}2026-12-01{{/date}}"
---
x
)",
                               R"({"objet": "A\u0007B\nC", "signataire": "  M. X  "})");
  EXPECT_EQ(document.letter.subject, "AB C");
  EXPECT_EQ(document.letter.signatoryName, "M. X");
  EXPECT_EQ(document.letter.placeAndDate, "Paris, le 1er décembre 2026");
}

TEST_F(TemplateExpansion, ExampleDataExpands) {
  const auto tmpl = load(kLetter);
  const TemplateExpander expander(college(), year{2026} / November / day{23});
  const auto document = expander.expand(tmpl, *tmpl.schema.example());
  // The example has one recipient, its name line then its address (the label as example).
  EXPECT_EQ(document.letter.recipient,
            (std::vector<std::string>{"civilite prenom NOM", "adresse"}));
  EXPECT_THAT(document.letter.subject, HasSubstr("mardi 1er décembre 2026 à 17 h 30"));
}

TEST(TemplateExpanderToday, IsAValidDate) { EXPECT_TRUE(TemplateExpander::todayLocal().ok()); }

const char* const kLetterExtras = R"(---
layout: letter
fields:
  - name: eleve.nom
  - name: recommande
    type: bool
  - name: envoi
  - name: pieces_jointes
    type: list
  - name: copie
    type: list
letter:
  about: "{{#majuscules}}{{eleve.nom}}{{/majuscules}}, 4e B"
  marking: "Confidentiel"
  registered: "{{#recommande}}oui{{/recommande}}{{envoi}}"
  enclosures: "{{#pieces_jointes}}{{.}}\n{{/pieces_jointes}}"
  copies: "{{#copie}}{{.}}\n{{/copie}}"
  qr: "{{etablissement.site}}"
  qr_caption: "Site de l'établissement"
  reply_slip: |
    Je soussigné(e) … responsable de {{eleve.nom}} :

    ☐ serai présent(e)
---
x
)";

TEST_F(TemplateExpansion, RegisteredMailFollowsTheRenderedValue) {
  auto registered = [&](const std::string& data) {
    return expand(kLetterExtras, data).letter.registeredMail;
  };
  EXPECT_TRUE(registered(R"({"recommande": true})"));
  EXPECT_FALSE(registered(R"({"recommande": false})"));
  EXPECT_FALSE(registered("{}"));
  EXPECT_FALSE(registered(R"({"envoi": "non"})"));
  EXPECT_TRUE(registered(R"({"envoi": "oui"})"));
}

TEST_F(TemplateExpansion, EnclosuresAndCopiesAreOneItemPerLine) {
  const auto document = expand(kLetterExtras, R"({"eleve": {"nom": "N'Diaye"},
      "pieces_jointes": ["plan d'accès", "  ", "règlement\nintérieur"],
      "copie": ["dossier de l'élève"]})");
  EXPECT_EQ(document.letter.enclosures,
            (std::vector<std::string>{"plan d’accès", "règlement intérieur"}));
  EXPECT_EQ(document.letter.copies, (std::vector<std::string>{"dossier de l’élève"}));
  EXPECT_EQ(document.letter.about, "N’DIAYE, 4e B");
  EXPECT_EQ(document.letter.marking, "Confidentiel");
  EXPECT_TRUE(expand(kLetterExtras, "{}").letter.enclosures.empty());
}

TEST_F(TemplateExpansion, TheQrAddressComesFromTheEstablishmentsSite) {
  Establishment establishment = college();
  EXPECT_EQ(expand(kLetterExtras, "{}", establishment).letter.qrAddress, "");
  establishment.qrAddress = "https://ent.example.fr/college?id=12&x=_y_";
  const auto document = expand(kLetterExtras, "{}", establishment);
  // Plain text: an address is never escaped for Markdown.
  EXPECT_EQ(document.letter.qrAddress, "https://ent.example.fr/college?id=12&x=_y_");
  EXPECT_EQ(document.letter.qrCaption, "Site de l'établissement");
}

TEST_F(TemplateExpansion, TheReplySlipIsMarkdownWithEscapedValues) {
  const auto document = expand(kLetterExtras, R"({"eleve": {"nom": "*Zoé*\n# Titre"}})");
  EXPECT_THAT(document.letter.replySlip, HasSubstr("☐ serai présent(e)"));
  EXPECT_THAT(document.letter.replySlip, HasSubstr("responsable de \\*Zoé\\*"));
  EXPECT_THAT(document.letter.replySlip, Not(HasSubstr("\n# Titre")));
}
