// Bad input: a clear French message naming what and where, a distinct exit code, and no
// partial output — a file the user already had is left untouched.
#include "CliFixture.hpp"

namespace trousse::test {
namespace {

using ::testing::HasSubstr;

const std::string kKind = "letters/convocation";
const std::string kPrevious = "contenu précédent, à ne pas perdre";

class CliErrorsTest : public CliTest {
 protected:
  void SetUp() override { writeFile(path("sortie.pdf"), kPrevious); }
  /// Renders and checks that the previous output is still there, untouched, and alone.
  ProcessResult renderExpectingFailure(std::vector<std::string> args,
                                       const std::string& input = {}) {
    ProcessResult result = trousse(std::move(args), input);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_EQ(readFile(path("sortie.pdf")), kPrevious);
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir_.path()))
      ++files;
    EXPECT_LE(files, 2) << "a temporary file was left behind";
    return result;
  }
};

TEST_F(CliErrorsTest, MalformedJson) {
  writeFile(path("data.json"), "{\n  \"eleve\": { \"nom\": \"Martin\",\n}");
  ProcessResult r =
      renderExpectingFailure({"render", kKind, "--data", "data.json", "--out", "sortie.pdf"});
  EXPECT_EQ(r.exitCode, 65);
  EXPECT_THAT(r.err, HasSubstr("data.json : JSON mal formé"));
}

TEST_F(CliErrorsTest, DataThatIsNotAnObject) {
  ProcessResult r =
      renderExpectingFailure({"render", kKind, "--data", "-", "--out", "sortie.pdf"}, "[1, 2]");
  EXPECT_EQ(r.exitCode, 65);
  EXPECT_THAT(r.err, HasSubstr("entrée standard : les données doivent être un objet JSON"));
}

TEST_F(CliErrorsTest, InvalidUtf8NamesTheLine) {
  std::string json = exampleData(kKind);
  json.insert(json.find("Aïcha"), "\xC3\x28");
  writeFile(path("data.json"), json);
  ProcessResult r =
      renderExpectingFailure({"render", kKind, "--data", "data.json", "--out", "sortie.pdf"});
  EXPECT_EQ(r.exitCode, 65);
  EXPECT_THAT(r.err, HasSubstr("data.json, ligne "));
  EXPECT_THAT(r.err, HasSubstr("UTF-8 valide"));
}

TEST_F(CliErrorsTest, EverySchemaProblemIsReportedAtOnce) {
  const std::string json = R"({"eleve": {"prenom": "Aïcha", "classe": "4e B"},
    "responsables": [{"civilite": "Docteur", "prenom": "Fatou", "nom": "N'Diaye", "adresse": "Montreuil"}],
    "rdv": {"date": "2026-02-30", "heure": "25:00", "lieu": "bureau", "participants": ["CPE"]},
    "motif": "faire le point"})";
  ProcessResult r =
      renderExpectingFailure({"render", kKind, "--data", "-", "--out", "sortie.pdf"}, json);
  EXPECT_EQ(r.exitCode, 65);
  EXPECT_THAT(r.err, HasSubstr("données invalides pour « letters/convocation » (4 problèmes)"));
  EXPECT_THAT(r.err, HasSubstr("eleve.nom : "));
  EXPECT_THAT(r.err, HasSubstr("responsables.1.civilite : "));
  EXPECT_THAT(r.err, HasSubstr("rdv.date : "));
  EXPECT_THAT(r.err, HasSubstr("rdv.heure : "));
}

TEST_F(CliErrorsTest, MissingDataFile) {
  ProcessResult r =
      renderExpectingFailure({"render", kKind, "--data", "absent.json", "--out", "sortie.pdf"});
  EXPECT_EQ(r.exitCode, 74);
  EXPECT_THAT(r.err, HasSubstr("fichier introuvable : absent.json"));
}

TEST_F(CliErrorsTest, UnknownKind) {
  ProcessResult r = renderExpectingFailure(
      {"render", "letters/inconnu", "--data", "-", "--out", "sortie.pdf"}, "{}");
  EXPECT_EQ(r.exitCode, 64);
  EXPECT_THAT(r.err, HasSubstr("type de document inconnu : « letters/inconnu »"));
}

TEST_F(CliErrorsTest, OutputFolderThatDoesNotExist) {
  ProcessResult r = renderExpectingFailure(
      {"render", kKind, "--data", "-", "--out", "nulle-part/lettre.pdf"}, exampleData(kKind));
  EXPECT_EQ(r.exitCode, 74);
  EXPECT_THAT(r.err, HasSubstr("le dossier de sortie n'existe pas : nulle-part"));
}

TEST_F(CliErrorsTest, MissingOptions) {
  ProcessResult r = renderExpectingFailure({"render", kKind, "--out", "sortie.pdf"});
  EXPECT_EQ(r.exitCode, 64);
  EXPECT_THAT(r.err, HasSubstr("option --data manquante"));
  r = renderExpectingFailure({"render", kKind, "--data", "-"});
  EXPECT_EQ(r.exitCode, 64);
  EXPECT_THAT(r.err, HasSubstr("indiquez une sortie : --out, --out-dir ou --zip"));
}

TEST_F(CliErrorsTest, OutputMayNotOverwriteTheData) {
  writeFile(path("data.json"), exampleData(kKind));
  ProcessResult r = trousse({"render", kKind, "--data", "data.json", "--out", "data.json"});
  EXPECT_EQ(r.exitCode, 64);
  EXPECT_THAT(r.err, HasSubstr("écraserait les données"));
  EXPECT_THAT(readFile(path("data.json")), HasSubstr("Aïcha"));
}

TEST_F(CliErrorsTest, PluginThatThrowsWhileRenderingIsNamed) {
  ProcessResult r = renderExpectingFailure({"render", "fragile/panne", "--plugin-dir",
                                            testPlugins(), "--data", "-", "--out", "sortie.pdf"},
                                           exampleData(kKind));
  EXPECT_EQ(r.exitCode, 67);
  EXPECT_THAT(r.err, HasSubstr("le greffon « fragile » a échoué en produisant « fragile/panne » : "
                               "division par zéro simulée"));
}

TEST_F(CliErrorsTest, MissingTemplate) {
  ProcessResult r = renderExpectingFailure({"render", "essai/absent", "--plugin-dir", testPlugins(),
                                            "--data", "-", "--out", "sortie.pdf"},
                                           "{}");
  EXPECT_EQ(r.exitCode, 66);
  EXPECT_THAT(r.err, HasSubstr("modèle introuvable pour « essai/absent »"));
}

TEST_F(CliErrorsTest, MissingConfigFile) {
  ProcessResult r = renderExpectingFailure(
      {"render", kKind, "--config", "absent.properties", "--data", "-", "--out", "sortie.pdf"},
      exampleData(kKind));
  EXPECT_EQ(r.exitCode, 74);
  EXPECT_THAT(r.err, HasSubstr("fichier de configuration introuvable : absent.properties"));
}

TEST_F(CliErrorsTest, MarkdownFileMissingOrInvalid) {
  ProcessResult r = renderExpectingFailure({"markdown", "absent.md", "--out", "sortie.pdf"});
  EXPECT_EQ(r.exitCode, 74);
  EXPECT_THAT(r.err, HasSubstr("fichier introuvable : absent.md"));
  writeFile(path("bad.md"), "# Titre\n\nligne \xFF\n");
  r = renderExpectingFailure({"markdown", "bad.md", "--out", "sortie.pdf"});
  EXPECT_EQ(r.exitCode, 65);
  EXPECT_THAT(r.err, HasSubstr("bad.md, ligne 3"));
}

}  // namespace
}  // namespace trousse::test
