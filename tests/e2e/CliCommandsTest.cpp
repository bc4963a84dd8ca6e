// The descriptive subcommands and the plugin loader, as an admin sees them.
#include "CliFixture.hpp"

#include <trousse/Api.hpp>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST_F(CliTest, HelpIsInFrenchAndDocumentsExitCodes) {
  ProcessResult help = trousse({"--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_THAT(help.out, HasSubstr("Commandes"));
  EXPECT_THAT(help.out, HasSubstr("render TYPE --data"));
  EXPECT_THAT(help.out, HasSubstr("65  données invalides"));
  EXPECT_THAT(help.out, HasSubstr("74  erreur d'entrée-sortie"));
}

TEST_F(CliTest, NoCommandIsAUsageError) {
  EXPECT_EQ(trousse({}).exitCode, 64);
  ProcessResult unknown = trousse({"imprimer"});
  EXPECT_EQ(unknown.exitCode, 64);
  EXPECT_THAT(unknown.err, HasSubstr("commande inconnue : « imprimer »"));
  ProcessResult badOption = trousse({"kinds", "--couleur"});
  EXPECT_EQ(badOption.exitCode, 64);
  EXPECT_THAT(badOption.err, HasSubstr("option incorrecte"));
}

TEST_F(CliTest, PluginsListsTheLettersPluginAsLoaded) {
  ProcessResult plugins = trousse({"plugins"});
  EXPECT_EQ(plugins.exitCode, 0);
  EXPECT_THAT(plugins.out, HasSubstr("letters 1.0.0 : chargé"));
  EXPECT_THAT(plugins.out, HasSubstr("letters/convocation"));
  EXPECT_THAT(plugins.out, Not(HasSubstr("refusé")));
}

TEST_F(CliTest, PluginsRefusesEachBadPluginWithItsReasonAndKeepsTheOthers) {
  ProcessResult plugins = trousse({"plugins", "--plugin-dir", testPlugins()});
  EXPECT_EQ(plugins.exitCode, 0) << plugins.err;
  const std::string& out = plugins.out;
  EXPECT_THAT(out, HasSubstr("letters 1.0.0 : chargé"));
  EXPECT_THAT(out, HasSubstr("essai 0.1.0 : chargé"));
  EXPECT_THAT(out, HasSubstr("fragile 0.1.0 : chargé"));
  EXPECT_THAT(out, HasSubstr("libtrousse-test_not_a_library.so : refusé"));
  EXPECT_THAT(out, HasSubstr("ce n'est pas une bibliothèque partagée chargeable"));
  EXPECT_THAT(out, HasSubstr("libtrousse-test_no_factory.so : refusé"));
  EXPECT_THAT(out, HasSubstr("n'exporte pas de fabrique de greffon"));
  EXPECT_THAT(out, HasSubstr("libtrousse-test_wrong_api.so : refusé"));
  EXPECT_THAT(
      out, HasSubstr("greffon compilé pour la version 0 de l'interface, l'hôte attend la version " +
                     std::to_string(kApiVersion)));
  EXPECT_THAT(out, HasSubstr("libtrousse-test_throwing_factory.so : refusé"));
  EXPECT_THAT(
      out,
      HasSubstr("la fabrique du greffon a levé une exception : configuration du greffon absente"));
  EXPECT_THAT(out, HasSubstr("libtrousse-test_duplicate_kind.so : refusé"));
  EXPECT_THAT(
      out, HasSubstr("le type « letters/convocation » est déjà fourni par le greffon « letters »"));
}

TEST_F(CliTest, KindsListsTitlesAndOutputs) {
  ProcessResult kinds = trousse({"kinds"});
  EXPECT_EQ(kinds.exitCode, 0);
  EXPECT_THAT(kinds.out, HasSubstr("letters/convocation\n"));
  EXPECT_THAT(kinds.out, HasSubstr("Convocation des responsables légaux à un entretien"));
  EXPECT_THAT(kinds.out, HasSubstr("produit : lettre PDF"));
}

TEST_F(CliTest, FieldsDescribesTheSchema) {
  ProcessResult fields = trousse({"fields", "letters/convocation"});
  EXPECT_EQ(fields.exitCode, 0) << fields.err;
  EXPECT_THAT(fields.out, HasSubstr("eleve.nom\n    libellé     : Nom de famille de l'élève"));
  EXPECT_THAT(fields.out, HasSubstr("type        : date"));
  EXPECT_THAT(fields.out, HasSubstr("obligatoire : oui"));
  EXPECT_THAT(fields.out, HasSubstr("exemple     : N'Diaye-Lefèvre"));
  EXPECT_THAT(fields.out, HasSubstr("responsables[].civilite"));
  EXPECT_THAT(fields.out, HasSubstr("choice (Madame | Monsieur)"));
}

TEST_F(CliTest, FieldsOfAnUnknownKindIsAUsageError) {
  ProcessResult fields = trousse({"fields", "letters/inconnu"});
  EXPECT_EQ(fields.exitCode, 64);
  EXPECT_THAT(fields.err, HasSubstr("type de document inconnu : « letters/inconnu »"));
}

TEST_F(CliTest, VersionIsPrinted) {
  ProcessResult version = trousse({"--version"});
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_THAT(version.out, HasSubstr("trousse 0."));
}

}  // namespace
}  // namespace trousse::test
