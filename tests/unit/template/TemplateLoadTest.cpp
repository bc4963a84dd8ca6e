#include "template/Template.hpp"

#include "common/Errors.hpp"

#include "TemplateTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using ::testing::HasSubstr;
using trousse::FieldType;
using trousse::Template;
using trousse::TemplateError;

namespace {

class TemplateLoad : public ::testing::Test {
 protected:
  /// Writes a file relative to the templates root, <temp>/modeles.
  std::filesystem::path write(const std::string& relative, const std::string& content) {
    return trousse::test::writeTemplate(dir_, "modeles/" + relative, content);
  }
  Template load(const std::string& content) {
    return Template::load(write("lettres/modele.md", content));
  }

  /// The message of the TemplateError that loading `content` throws.
  std::string errorOf(const std::string& content) {
    try {
      load(content);
    } catch (const TemplateError& error) {
      return error.what();
    }
    ADD_FAILURE() << "no TemplateError for:\n" << content;
    return {};
  }
  std::string file() const { return (dir_.path() / "modeles/lettres/modele.md").string(); }

  trousse::test::TempDir dir_;
};

const char* const kFullTemplate = R"(---
title: "Invitation : {{eleve.prenom}}"
layout: letter
fields:
  - name: eleve.nom
    label: Nom de l'élève
    required: true
    example: N'Diaye
  - name: eleve.prenom
    label: Prénom
  - name: rdv.date
    type: date
    required: true
    example: 2026-12-01
  - name: rdv.heure
    type: time
    default: "17:30"
  - name: motif
    type: choice
    choices: [absences, comportement]
    default: absences
  - name: accompagne
    type: bool
    default: false
  - name: demi_journees
    type: number
    example: 4
  - name: responsables
    type: list
    min: 1
    max: 2
    fields:
      - name: civilite
        type: choice
        choices: [Madame, Monsieur]
        required: true
      - name: prenom
      - name: nom
        required: true
      - name: adresse
        type: multiline
    example:
      - civilite: Madame
        prenom: Awa
        nom: N'Diaye
        adresse: "3 rue des Lilas\n93100 Montreuil"
partials:
  signature: ../commun/signature.md
letter:
  recipients: responsables
  subject: "Rendez-vous du {{#date}}{{rdv.date}}{{/date}}"
  reference: "{{eleve.nom}}"
---
Madame, Monsieur,

Nous vous recevrons le {{#date_longue}}{{rdv.date}}{{/date_longue}}.
{{>signature}}
)";

}  // namespace

TEST_F(TemplateLoad, ReadsEverythingTheFrontMatterDeclares) {
  write("commun/signature.md", "{{etablissement.signataire.nom}}\n");
  const Template tmpl = load(kFullTemplate);
  EXPECT_EQ(tmpl.title, "Invitation : {{eleve.prenom}}");
  EXPECT_EQ(tmpl.layout, "letter");
  ASSERT_EQ(tmpl.schema.fields().size(), 8u);
  const auto& nom = tmpl.schema.fields()[0];
  EXPECT_EQ(nom.name, "eleve.nom");
  EXPECT_EQ(nom.label, "Nom de l'élève");
  EXPECT_EQ(nom.type, FieldType::Text);
  EXPECT_TRUE(nom.required);
  EXPECT_EQ(nom.example.toString(), "N'Diaye");
  EXPECT_EQ(tmpl.schema.fields()[1].label, "Prénom");
  EXPECT_EQ(tmpl.schema.fields()[2].type, FieldType::Date);
  EXPECT_EQ(tmpl.schema.fields()[3].defaultValue.toString(), "17:30");
  EXPECT_EQ(tmpl.schema.fields()[4].choices,
            (std::vector<std::string>{"absences", "comportement"}));
  EXPECT_EQ(tmpl.schema.fields()[5].defaultValue.type(), typeid(bool));
  EXPECT_EQ(tmpl.schema.fields()[6].example.convert<int>(), 4);
  const auto& responsables = tmpl.schema.fields()[7];
  EXPECT_EQ(responsables.type, FieldType::List);
  EXPECT_EQ(responsables.minItems, 1);
  EXPECT_EQ(responsables.maxItems, 2);
  ASSERT_EQ(responsables.itemFields.size(), 4u);
  EXPECT_EQ(responsables.itemFields[0].choices, (std::vector<std::string>{"Madame", "Monsieur"}));
  EXPECT_EQ(responsables.itemFields[3].type, FieldType::Multiline);
  EXPECT_EQ(tmpl.partials.at("signature"), "{{etablissement.signataire.nom}}");
  EXPECT_EQ(tmpl.partialFiles.at("signature").filename(), "signature.md");
  EXPECT_EQ(tmpl.letter.recipientsField, "responsables");
  EXPECT_EQ(tmpl.letter.subject, "Rendez-vous du {{#date}}{{rdv.date}}{{/date}}");
  EXPECT_EQ(tmpl.letter.reference, "{{eleve.nom}}");
  EXPECT_EQ(tmpl.bodyLine, 54);
  EXPECT_THAT(tmpl.body, ::testing::StartsWith("Madame, Monsieur,\n"));
  EXPECT_TRUE(tmpl.schema.check(*tmpl.schema.example()).empty());
}

TEST_F(TemplateLoad, DefaultsWhenFrontMatterIsMinimal) {
  const Template tmpl = load("---\ntitle: Note\n---\nBonjour.\n");
  EXPECT_EQ(tmpl.layout, "document");
  EXPECT_TRUE(tmpl.schema.fields().empty());
  EXPECT_EQ(tmpl.body, "Bonjour.\n");
  EXPECT_EQ(tmpl.bodyLine, 4);
}

TEST_F(TemplateLoad, WithoutFrontMatterTheWholeFileIsTheBody) {
  const Template tmpl = load("# Note\n\nLe {{aujourdhui}}.\n");
  EXPECT_EQ(tmpl.body, "# Note\n\nLe {{aujourdhui}}.\n");
  EXPECT_EQ(tmpl.bodyLine, 1);
}

TEST_F(TemplateLoad, WindowsLineEndsAndBomAreAccepted) {
  const Template tmpl =
      load("\xEF\xBB\xBF---\r\ntitle: Note\r\nfields:\r\n  - name: a\r\n---\r\n{{a}}\r\n");
  EXPECT_EQ(tmpl.title, "Note");
  EXPECT_EQ(tmpl.body, "{{a}}\n");
}

TEST_F(TemplateLoad, MissingFileIsAnIoError) {
  EXPECT_THROW(Template::load(dir_.path() / "absent.md"), trousse::IoError);
}

TEST_F(TemplateLoad, UnclosedFrontMatter) {
  EXPECT_EQ(errorOf("---\ntitle: x\nBonjour\n"),
            file() + ":1 : en-tête YAML non fermé : ligne « --- » attendue après la ligne 1");
}

TEST_F(TemplateLoad, YamlSyntaxErrorNamesTheLineInTheFile) {
  const auto message = errorOf("---\ntitle: x\nfields:\n  - name: a\n    label: [oops\n---\nx\n");
  EXPECT_THAT(message, HasSubstr(file() + ":"));
  EXPECT_THAT(message, HasSubstr("erreur de syntaxe YAML dans l'en-tête"));
  // yaml-cpp notices the unclosed "[" at the end of the YAML; the line stays in the front matter.
  EXPECT_THAT(message, ::testing::StartsWith(file() + ":5 : ")) << message;
  EXPECT_EQ(errorOf("---\ntitle: x\n  bad: : indent\n---\n").substr(0, file().size() + 3),
            file() + ":3 ");
}

TEST_F(TemplateLoad, FieldDeclarationErrors) {
  EXPECT_EQ(errorOf("---\nfields:\n  - name: a\n  - name: b\n    type: texte\n---\n"),
            file() +
                ":5 : type de champ « texte » inconnu (types possibles : text, multiline, "
                "date, time, number, choice, bool, list)");
  EXPECT_EQ(errorOf("---\nfields:\n  - name: a\n  - name: a\n---\n"),
            file() + ":4 : champ « a » déclaré deux fois (déjà ligne 3)");
  EXPECT_EQ(errorOf("---\nfields:\n  - label: Nom\n---\n"),
            file() + ":3 : champ sans nom (clé « name » manquante)");
  EXPECT_THAT(errorOf("---\nfields:\n  - name: a\n    requird: true\n---\n"),
              HasSubstr(":4 : clé « requird » inconnue dans la déclaration d'un champ"));
  EXPECT_THAT(errorOf("---\nfields:\n  - name: élève\n---\n"),
              HasSubstr(":3 : nom de champ invalide « élève »"));
  EXPECT_THAT(
      errorOf("---\nfields:\n  - name: eleve\n  - name: eleve.nom\n---\n"),
      HasSubstr(":4 : « eleve » ne peut être à la fois un champ et le groupe de « eleve.nom »"));
  EXPECT_THAT(errorOf("---\nfields:\n  - name: etablissement.nom\n---\n"),
              HasSubstr(":3 : le nom « etablissement » est réservé"));
  EXPECT_THAT(errorOf("---\nfields:\n  - name: date\n---\n"),
              HasSubstr(":3 : le nom « date » est réservé"));
  EXPECT_THAT(errorOf("---\nfields:\n  - name: c\n    type: choice\n---\n"),
              HasSubstr(":3 : le champ « c » de type choice doit lister ses choix"));
  EXPECT_THAT(errorOf("---\nfields:\n  - name: c\n    min: 2\n---\n"),
              HasSubstr(":4 : « min » ne s'applique qu'aux champs de type list"));
  EXPECT_THAT(errorOf("---\nfields:\n  - name: l\n    type: list\n    min: 3\n    max: 2\n---\n"),
              HasSubstr(":3 : « min » (3) dépasse « max » (2)"));
  EXPECT_THAT(errorOf("---\nfields:\n  - name: r\n    required: peut-être\n---\n"),
              HasSubstr(":4 : « required » doit valoir true ou false"));
  // An unknown layout is refused by the core's TemplateStore (RenderServiceTest).
}

TEST_F(TemplateLoad, ItemFieldsMayBeNamedLikeHelpers) {
  const Template tmpl = load(
      "---\nfields:\n  - name: seances\n    type: list\n    fields:\n      - name: date\n"
      "        type: "
      "date\n---\n{{#seances}}{{#date_longue}}{{date}}{{/date_longue}}{{/seances}}\n");
  EXPECT_EQ(tmpl.schema.fields()[0].itemFields[0].name, "date");
}

TEST_F(TemplateLoad, InvalidExamplesAndDefaultsAreTemplateErrors) {
  EXPECT_EQ(
      errorOf("---\nfields:\n  - name: d\n    type: date\n    example: 2026-02-30\n---\n"),
      file() + ":3 : exemple invalide : d : date invalide « 2026-02-30 » (attendu AAAA-MM-JJ)");
  EXPECT_EQ(errorOf("---\nfields:\n  - name: h\n    type: time\n    default: \"25:00\"\n---\n"),
            file() +
                ":3 : valeur par défaut invalide pour « h » : heure invalide « 25:00 » "
                "(attendu HH:MM)");
  EXPECT_THAT(errorOf("---\nfields:\n  - name: r\n    type: list\n    fields:\n      - name: nom\n"
                      "        required: true\n    example:\n      - prenom: x\n---\n"),
              HasSubstr(":6 : exemple invalide : r.1.nom : champ obligatoire manquant"));
}

TEST_F(TemplateLoad, UndeclaredPlaceholderNamesItsLine) {
  EXPECT_EQ(errorOf("---\nfields:\n  - name: eleve.nom\n---\nBonjour,\n\n{{eleve.nmo}}\n"),
            file() + ":7 : la variable « eleve.nmo » n'est pas déclarée dans les champs du modèle");
}

TEST_F(TemplateLoad, EveryUndeclaredPlaceholderIsReported) {
  const auto message = errorOf(
      "---\ntitle: \"{{titre}}\"\nfields:\n  - name: a\n---\n{{a}} {{b}}\n{{#c}}\n{{/c}}\n{{{d}}} "
      "{{&e}} {{^f}}{{/f}}\n");
  EXPECT_EQ(message,
            file() + ":2 : la variable « titre » n'est pas déclarée dans les champs du modèle\n" +
                file() + ":6 : la variable « b » n'est pas déclarée dans les champs du modèle\n" +
                file() + ":7 : la variable « c » n'est pas déclarée dans les champs du modèle\n" +
                file() + ":9 : la variable « d » n'est pas déclarée dans les champs du modèle\n" +
                file() + ":9 : la variable « e » n'est pas déclarée dans les champs du modèle\n" +
                file() + ":9 : la variable « f » n'est pas déclarée dans les champs du modèle");
}

TEST_F(TemplateLoad, NamesResolveThroughSections) {
  const Template tmpl = load(R"(---
fields:
  - name: eleve.nom
  - name: eleve.classe
  - name: convoque
    type: bool
  - name: points
    type: list
  - name: responsables
    type: list
    fields:
      - name: nom
      - name: adresse.ville
---
{{#eleve}}{{nom}} {{classe}} {{#majuscules}}{{nom}}{{/majuscules}}{{/eleve}}
{{#convoque}}Oui{{/convoque}}{{^convoque}}Non{{/convoque}}
{{#points}}- {{.}}
{{/points}}
{{#responsables}}{{nom}} {{adresse.ville}} {{#adresse}}{{ville}}{{/adresse}} {{eleve.nom}}{{/responsables}}
{{#eleve.classe}}classe {{.}}{{/eleve.classe}}
{{etablissement.nom}} {{etablissement.adresse}} {{etablissement.signataire.qualite}} {{aujourdhui}}
{{#etablissement}}{{ville}}{{/etablissement}}
{{! a comment about {{anything}} }}
)");
  EXPECT_EQ(tmpl.schema.fields().size(), 5u);
}

TEST_F(TemplateLoad, ItemFieldsDoNotResolveOutsideTheirSection) {
  const auto message = errorOf(
      "---\nfields:\n  - name: responsables\n    type: list\n    fields:\n      - name: nom\n"
      "---\n{{#responsables}}{{nom}}{{/responsables}}\n{{nom}}\n");
  EXPECT_EQ(message,
            file() + ":9 : la variable « nom » n'est pas déclarée dans les champs du modèle");
}

TEST_F(TemplateLoad, MisusedNamesAreReported) {
  const auto message = errorOf(
      "---\nfields:\n  - name: eleve.nom\n  - name: l\n    type: list\n  - name: b\n"
      "    type: bool\n---\n{{.}}\n{{eleve}}\n{{l}}\n{{b}}\n{{date}}\n");
  EXPECT_THAT(message, HasSubstr(":9 : « {{.}} » n'a de sens que dans une section"));
  EXPECT_THAT(message, HasSubstr(":10 : « eleve » est un groupe de champs, pas une valeur"));
  EXPECT_THAT(message, HasSubstr(":11 : « l » est une liste : parcourez-la avec {{#l}}…{{/l}}"));
  EXPECT_THAT(message, HasSubstr(":12 : « b » est un booléen"));
  EXPECT_THAT(message, HasSubstr(":13 : « date » s'emploie comme section : {{#date}}…{{/date}}"));
}

TEST_F(TemplateLoad, MustacheSyntaxErrorsNameTheirLine) {
  EXPECT_EQ(errorOf("---\nfields:\n  - name: a\n---\nx\n{{#a}}\ny\n"),
            file() +
                ":6 : erreur de syntaxe Mustache : section « {{#a}} » jamais fermée "
                "(« {{/a}} » attendu)");
  EXPECT_EQ(errorOf("---\nfields:\n  - name: a\n  - name: b\n---\n{{#a}}\n{{/b}}\n"),
            file() +
                ":7 : erreur de syntaxe Mustache : « {{/b}} » ferme la section « {{#a}} » "
                "ouverte ligne 6 (« {{/a}} » attendu)");
  EXPECT_EQ(
      errorOf("---\nfields:\n  - name: a\n---\n\n\nx {{a\n"),
      file() + ":7 : erreur de syntaxe Mustache : balise Mustache non fermée : « {{ » sans « }} »");
  EXPECT_EQ(
      errorOf("---\n---\n{{/a}}\n"),
      file() + ":3 : erreur de syntaxe Mustache : « {{/a}} » ne ferme aucune section ouverte");
  EXPECT_THAT(errorOf("---\n---\n{{=<% %>=}}\n"),
              HasSubstr(":3 : erreur de syntaxe Mustache : changement de délimiteurs"));
  EXPECT_THAT(errorOf("---\n---\nx\n{{{a}}\n"), HasSubstr(":4 : erreur de syntaxe Mustache"));
  EXPECT_THAT(errorOf("---\n---\n{{}}\n"), HasSubstr(":3 : erreur de syntaxe Mustache : balise"));
}

TEST_F(TemplateLoad, PartialsAreReadFromInsideTheTemplatesRoot) {
  write("commun/pied.md", "Cordialement,\n{{etablissement.signataire.nom}}\n");
  write("lettres/local.md", "local {{eleve.nom}}");
  const Template tmpl = load(
      "---\nfields:\n  - name: eleve.nom\npartials:\n  pied: ../commun/pied.md\n  local: local.md\n"
      "---\n{{>pied}} {{>local}}\n");
  EXPECT_EQ(tmpl.partials.at("pied"), "Cordialement,\n{{etablissement.signataire.nom}}");
  EXPECT_EQ(tmpl.partials.at("local"), "local {{eleve.nom}}");
}

TEST_F(TemplateLoad, PartialsMayNotEscapeTheTemplatesRoot) {
  write("../secret.md", "secret");
  EXPECT_EQ(errorOf("---\npartials:\n  s: ../../secret.md\n---\n{{>s}}\n"),
            file() + ":3 : fragment « s » : « ../../secret.md » sort du dossier des modèles");
  EXPECT_EQ(
      errorOf("---\npartials:\n  s: ../commun/../../secret.md\n---\n{{>s}}\n"),
      file() + ":3 : fragment « s » : « ../commun/../../secret.md » sort du dossier des modèles");
  EXPECT_THAT(errorOf("---\npartials:\n  s: /etc/passwd\n---\n{{>s}}\n"),
              HasSubstr(":3 : fragment « s » : chemin absolu « /etc/passwd » interdit"));
  EXPECT_THAT(errorOf("---\npartials:\n  s: absent.md\n---\n{{>s}}\n"),
              HasSubstr(":3 : fragment « s » introuvable"));
}

TEST_F(TemplateLoad, PartialsMayNotEscapeThroughASymlink) {
  write("../dehors/secret.md", "secret");
  std::filesystem::create_directories(dir_.path() / "modeles/lettres");
  std::filesystem::create_directory_symlink(dir_.path() / "dehors",
                                            dir_.path() / "modeles/lettres/lien");
  EXPECT_THAT(errorOf("---\npartials:\n  s: lien/secret.md\n---\n{{>s}}\n"),
              HasSubstr("sort du dossier des modèles"));
}

TEST_F(TemplateLoad, PartialsAreCheckedWhereTheyAreIncluded) {
  const auto partial = write("commun/ligne.md", "x\n{{nom}} {{inconnu}}\n");
  // Included inside the list: item names resolve there; the undeclared one is reported
  // with the partial's own file and line.
  EXPECT_EQ(errorOf("---\nfields:\n  - name: responsables\n    type: list\n    fields:\n"
                    "      - name: nom\npartials:\n  ligne: ../commun/ligne.md\n---\n"
                    "{{#responsables}}{{>ligne}}{{/responsables}}\n"),
            partial.string() +
                ":2 : la variable « inconnu » n'est pas déclarée dans les champs du modèle");
  write("commun/ligne.md", "{{nom}}");
  // Included at the top level, "nom" means nothing.
  EXPECT_EQ(
      errorOf("---\nfields:\n  - name: responsables\n    type: list\n    fields:\n"
              "      - name: nom\npartials:\n  ligne: ../commun/ligne.md\n---\n{{>ligne}}\n"),
      partial.string() + ":1 : la variable « nom » n'est pas déclarée dans les champs du modèle");
}

TEST_F(TemplateLoad, UnusedAndUndeclaredAndRecursivePartials) {
  const auto unused = write("commun/inutile.md", "{{rien}}");
  EXPECT_EQ(
      errorOf("---\npartials:\n  inutile: ../commun/inutile.md\n---\nx\n"),
      unused.string() + ":1 : la variable « rien » n'est pas déclarée dans les champs du modèle");
  EXPECT_EQ(
      errorOf("---\n---\n{{>absent}}\n"),
      file() + ":3 : le fragment « absent » n'est pas déclaré dans « partials » de l'en-tête");
  const auto loop = write("commun/boucle.md", "{{>boucle}}");
  EXPECT_EQ(errorOf("---\npartials:\n  boucle: ../commun/boucle.md\n---\n{{>boucle}}\n"),
            loop.string() + ":1 : le fragment « boucle » s'inclut lui-même");
}

TEST_F(TemplateLoad, LetterRecipientsMustNameAListOfObjects) {
  EXPECT_THAT(errorOf("---\nfields:\n  - name: nom\nletter:\n  recipients: nom\n---\n"),
              HasSubstr(":5 : « letter.recipients » doit nommer un champ de type list déclaré"));
  EXPECT_THAT(errorOf("---\nletter:\n  recipients: absents\n---\n"),
              HasSubstr(":3 : « letter.recipients »"));
  EXPECT_THAT(errorOf("---\nletter:\n  objet: x\n---\n"),
              HasSubstr(":3 : clé « objet » inconnue dans « letter »"));
}

TEST_F(TemplateLoad, LetterPartsAreCheckedToo) {
  EXPECT_EQ(errorOf("---\nfields:\n  - name: a\nletter:\n  subject: \"{{a}}\"\n  reference: "
                    "\"{{b}}\"\n---\n"),
            file() + ":6 : la variable « b » n'est pas déclarée dans les champs du modèle");
}

TEST_F(TemplateLoad, TheLetterExtrasAreKnownKeysAndTheirPlaceholdersChecked) {
  // A typo among the new keys is named, with the keys that exist.
  const std::string typo = errorOf("---\nletter:\n  reply-slip: x\n---\n");
  EXPECT_THAT(typo, HasSubstr(":3 : clé « reply-slip » inconnue dans « letter »"));
  EXPECT_THAT(typo, HasSubstr("reply_slip"));
  EXPECT_THAT(typo, HasSubstr("qr_caption"));
  EXPECT_EQ(errorOf("---\nfields:\n  - name: a\nletter:\n  enclosures: \"{{a}}\"\n  qr: "
                    "\"{{b}}\"\n---\n"),
            file() + ":6 : la variable « b » n'est pas déclarée dans les champs du modèle");
  EXPECT_THAT(errorOf("---\nletter:\n  reply_slip: \"Signé : {{eleve.nmo}}\"\n---\n"),
              HasSubstr("la variable « eleve.nmo » n'est pas déclarée"));
  EXPECT_THAT(errorOf("---\nletter:\n  registered: [oui]\n---\n"),
              HasSubstr(":3 : « letter.registered » doit être un texte"));
}
