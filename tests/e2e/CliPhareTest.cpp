// The `phare` plugin: workshop kits, prevention plans, follow-up sheets and booklets, as a
// pair-expert director produces them.
#include "CliFixture.hpp"

#include "support/PdfTools.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace trousse::test {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;
using ::testing::HasSubstr;
using ::testing::Not;

namespace fs = std::filesystem;

/// Text for comparisons: no-break spaces as spaces, runs of spaces as one.
std::string normalized(std::string text) {
  for (const std::string space : {"\u00A0", "\u202F"}) {
    for (std::size_t at; (at = text.find(space)) != std::string::npos;)
      text.replace(at, space.size(), " ");
  }
  for (std::size_t at; (at = text.find("\u2019")) != std::string::npos;) text.replace(at, 3, "'");
  return squeezeSpaces(text);
}

/// Letters only: what is left of a sentence whatever the line breaks and hyphenation did.
std::string lettersOf(const std::string& text) {
  std::string out;
  for (const char c : normalized(text)) {
    if (c != ' ' && c != '-') out += c;
  }
  return out;
}

Object::Ptr parsed(const std::string& json) {
  return Poco::JSON::Parser().parse(json).extract<Object::Ptr>();
}

std::string toJson(const Object::Ptr& data) {
  std::ostringstream out;
  data->stringify(out);
  return out.str();
}

Object::Ptr item(const std::string& type, const std::string& key, const std::string& value,
                 int minutes = 0) {
  Object::Ptr entry = new Object;
  entry->set("type", type);
  if (!key.empty()) entry->set(key, value);
  if (minutes > 0) entry->set("duree", minutes);
  return entry;
}

Object::Ptr person(const std::string& name, const std::string& firstName) {
  Object::Ptr entry = new Object;
  entry->set("nom", name);
  entry->set("prenom", firstName);
  entry->set("fonction", "enseignante");
  entry->set("ecole", "École Pasteur");
  return entry;
}

/// The Markdown list items under "## Déroulement" of a shipped practice.
std::vector<std::string> catalogSteps(const std::string& id) {
  std::ifstream file(fs::path(TROUSSE_SOURCE_DIR) / "content" / "practices" / (id + ".md"));
  std::vector<std::string> steps;
  std::string line;
  bool inside = false;
  while (std::getline(file, line)) {
    if (line.rfind("## ", 0) == 0) inside = line == "## Déroulement";
    const auto dot = line.find(". ");
    if (inside && !line.empty() && std::isdigit(static_cast<unsigned char>(line[0])) &&
        dot != std::string::npos) {
      steps.push_back(line.substr(dot + 2));
    }
  }
  return steps;
}

class CliPhareTest : public CliTest {
 protected:
  void SetUp() override {
    // The catalog index is a cache: each test gets its own, never the user's.
    ::setenv("XDG_CACHE_HOME", (dir_ / "cache").c_str(), 1);
  }
  void TearDown() override { ::unsetenv("XDG_CACHE_HOME"); }

  static fs::path shipped(const std::string& name) {
    return fs::path(TROUSSE_SOURCE_DIR) / "content" / "ateliers" / name;
  }
  Object::Ptr workshop(const std::string& name = "preoccupation-partagee.json") {
    return parsed(readFile(shipped(name)));
  }
  ProcessResult render(const std::string& kind, const std::string& json, const std::string& pdf,
                       const std::string& configFile = {}) {
    return trousse(
        {"render", "phare/" + kind, "--config", configFile.empty() ? config() : configFile,
         "--data", "-", "--out", path(pdf).string()},
        json);
  }
  /// The example establishment, with the test fixtures' practices (a draft among them).
  std::string configWithDrafts() {
    const fs::path file = path("brouillons.properties");
    writeFile(file, readFile(config()) + "\ncatalogue.dossier_local = " +
                        (fs::path(TROUSSE_SOURCE_DIR) / "tests/fixtures/catalog/shipped").string() +
                        "\n");
    return file.string();
  }
  std::vector<std::string> pages(const std::string& pdf) {
    std::vector<std::string> result;
    for (const std::string& page : pagesOf(pdfText(path(pdf)))) result.push_back(normalized(page));
    return result;
  }
};

TEST_F(CliPhareTest, TheProgrammeShowsClockTimesComputedFromTheDurations) {
  const ProcessResult result = render("atelier", toJson(workshop()), "kit.pdf");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string programme = pages("kit.pdf").front();
  EXPECT_THAT(programme, HasSubstr("Programme – Conduire les entretiens"));
  // 15 min of welcome, the practice at 60 instead of its catalog's 30, a 15 min break…
  EXPECT_THAT(programme, HasSubstr("9 h 00 – 9 h 15 Accueil et attentes"));
  EXPECT_THAT(programme, HasSubstr("9 h 15 – 10 h 15 Méthode de la préoccupation partagée"));
  EXPECT_THAT(programme, HasSubstr("10 h 15 – 10 h 30 Pause"));
  EXPECT_THAT(programme, HasSubstr("11 h 45 – 12 h 00 Bilan"));
  EXPECT_THAT(programme, HasSubstr("12 h 00, durée totale : 3 h"));
}

TEST_F(CliPhareTest, TheKitHasItsDocumentsInOrderEachTitledWithTheWorkshop) {
  Object::Ptr data = workshop("signaux-faibles.json");
  const ProcessResult result = render("atelier", toJson(data), "kit.pdf");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string text = normalized(pdfText(path("kit.pdf")));
  std::size_t at = 0;
  for (const std::string title :
       {"Programme – Repérer", "Guide de l'animateur – Repérer", "Support participant – Repérer",
        "Feuille d'émargement – Repérer", "Évaluation à chaud – Repérer", "Attestation de présence",
        "Pour aller plus loin"}) {
    const std::size_t found = text.find(title, at);
    ASSERT_NE(found, std::string::npos) << title;
    at = found;
  }
  EXPECT_THAT(text, HasSubstr("3018"));
  EXPECT_THAT(text, HasSubstr("7 jours sur 7 de 9 h à 23 h"));
}

TEST_F(CliPhareTest, EveryParticipantIsOnTheSignInSheetInFrenchOrderAndHasACertificate) {
  Object::Ptr data = workshop();
  const std::vector<std::string> upper = {"BENALI",  "DA SILVA", "DIALLO", "ÉMERY",    "KOWALCZYK",
                                          "LE GOFF", "NGUYỄN",   "ÖZTÜRK", "ŻEROMSKA", "ZHANG"};
  const ProcessResult result = render("atelier", toJson(data), "kit.pdf");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::vector<std::string> all = pages("kit.pdf");
  std::string sheet;
  std::vector<std::string> certificates;
  for (const std::string& page : all) {
    if (page.find("Feuille d'émargement") != std::string::npos) sheet += page;
    if (page.find("Attestation de présence") != std::string::npos) certificates.push_back(page);
  }
  ASSERT_EQ(certificates.size(), upper.size());
  // Compared as letters: a table column may break a long name.
  const std::string sheetLetters = lettersOf(sheet);
  std::size_t previous = 0;
  for (std::size_t i = 0; i < upper.size(); ++i) {
    const std::size_t at = sheetLetters.find(lettersOf(upper[i]));
    ASSERT_NE(at, std::string::npos) << upper[i];
    EXPECT_GT(at, previous) << upper[i] << " out of order";
    previous = at;
    EXPECT_THAT(lettersOf(certificates[i]), HasSubstr(lettersOf(upper[i])));
    EXPECT_THAT(certificates[i], HasSubstr("Hélène Vasseur"));  // the signatory
  }
  EXPECT_THAT(sheet, HasSubstr("Signature"));
  EXPECT_THAT(sheet, HasSubstr("Signature du formateur"));
}

TEST_F(CliPhareTest, AFullDayHasMorningAndAfternoonSignatureColumns) {
  Object::Ptr data = workshop();
  data->set("journee_complete", true);
  ASSERT_EQ(render("atelier", toJson(data), "kit.pdf").exitCode, 0);
  const std::string text = lettersOf(pdfText(path("kit.pdf")));
  EXPECT_THAT(text, HasSubstr("Signaturematin"));
  EXPECT_THAT(text, HasSubstr("Signatureaprèsmidi"));
}

TEST_F(CliPhareTest, TheGuideGivesThePracticeStepsFromTheCatalog) {
  const ProcessResult result = render("atelier", toJson(workshop()), "kit.pdf");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  std::string guide;
  for (const std::string& page : pages("kit.pdf")) {
    if (page.find("Guide de l'animateur") != std::string::npos) guide += page;
  }
  const std::string letters = lettersOf(guide);
  for (const std::string id : {"methode-preoccupation-partagee", "protocole-prise-en-charge"}) {
    const std::vector<std::string> steps = catalogSteps(id);
    ASSERT_GE(steps.size(), 5u) << id;
    for (const std::string& step : steps) {
      EXPECT_THAT(letters, HasSubstr(lettersOf(step))) << id << " : " << step;
    }
  }
  EXPECT_THAT(guide, HasSubstr("Sources des fiches"));
  EXPECT_THAT(guide, HasSubstr("Bellon"));  // a source of the méthode de la préoccupation partagée
}

TEST_F(CliPhareTest, EveryProblemIsReportedAtOnceAndNothingIsWritten) {
  Object::Ptr data = workshop("signaux-faibles.json");  // 17:00, announced end 18:30
  Array::Ptr items = data->getArray("items");
  items->set(1, item("pratique", "pratique", "reperage-signaux-faible"));  // a typo
  items->add(item("pratique", "pratique", "atelier-brouillon"));           // a draft
  items->add(item("libre", "titre", "Prolongation", 60));                  // too long
  items->add(item("libre", "", "", 10));                                   // no title
  const ProcessResult result = render("atelier", toJson(data), "kit.pdf", configWithDrafts());
  EXPECT_EQ(result.exitCode, 65);
  EXPECT_FALSE(fs::exists(path("kit.pdf")));
  EXPECT_THAT(result.err, HasSubstr("items.2.pratique : pratique « reperage-signaux-faible » "
                                    "inconnue du catalogue ; vouliez-vous dire "
                                    "« reperage-signaux-faibles »"));
  EXPECT_THAT(result.err, HasSubstr("items.5.pratique : la pratique « atelier-brouillon » est au "
                                    "statut « brouillon »"));
  EXPECT_THAT(result.err, HasSubstr("items.7.titre : titre manquant"));
  // Unknown and unpublished practices count for nothing: 10 + 20 + 15 + 60 + 10 from 17:00.
  EXPECT_THAT(result.err, HasSubstr("items.6 : la séquence « Prolongation » finit à 18 h 45, "
                                    "15 minutes après la fin annoncée (18 h 30)"));
  EXPECT_THAT(result.err, HasSubstr("items.7 : la séquence « séquence 7 » finit à 18 h 55, "
                                    "25 minutes après"));
  EXPECT_THAT(result.err, Not(HasSubstr("items.4 :")));
}

TEST_F(CliPhareTest, ItemsPastTheAnnouncedEndSayByHowManyMinutes) {
  Object::Ptr data = workshop("signaux-faibles.json");
  data->set("heure_fin_annoncee", "18:15");
  const ProcessResult result = render("atelier", toJson(data), "kit.pdf");
  EXPECT_EQ(result.exitCode, 65);
  EXPECT_FALSE(fs::exists(path("kit.pdf")));
  EXPECT_THAT(result.err, HasSubstr("items.4 : la séquence « Bilan et évaluation à chaud » finit à "
                                    "18 h 30, 15 minutes après la fin annoncée (18 h 15)"));
  EXPECT_THAT(result.err, Not(HasSubstr("items.3")));
}

TEST_F(CliPhareTest, AnImpossibleDateIsRefused) {
  Object::Ptr data = workshop();
  data->set("date_atelier", "2027-02-30");
  const ProcessResult result = render("atelier", toJson(data), "kit.pdf");
  EXPECT_EQ(result.exitCode, 65);
  EXPECT_THAT(result.err, HasSubstr("date_atelier : date invalide « 2027-02-30 »"));
  EXPECT_FALSE(fs::exists(path("kit.pdf")));
}

TEST_F(CliPhareTest, AWorkshopInThePastIsOnlyAWarning) {
  Object::Ptr data = workshop();
  data->set("date_atelier", "2020-01-16");
  const ProcessResult result = render("atelier", toJson(data), "kit.pdf");
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("date_atelier : l'atelier est daté du 16 janvier 2020, avant "
                                    "aujourd'hui"));
  EXPECT_TRUE(fs::exists(path("kit.pdf")));
}

TEST_F(CliPhareTest, HostileTextAndOtherScriptsPrintLiterally) {
  Object::Ptr data = workshop("parents.json");
  data->set("titre", "*Zoé* {{titre}} <b>");
  Array::Ptr people = new Array;
  people->add(person("# Titre", "王小明"));
  people->add(person("[lien](https://exemple.fr)", "Ayşe"));
  data->set("participants", people);
  const ProcessResult result = render("atelier", toJson(data), "kit.pdf");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string text = normalized(pdfText(path("kit.pdf")));
  EXPECT_THAT(text, HasSubstr("*Zoé* {{titre}} <b>"));
  EXPECT_THAT(text, HasSubstr("# TITRE"));
  EXPECT_THAT(text, HasSubstr("王小明"));
  EXPECT_THAT(text, HasSubstr("[LIEN](HTTPS://EXEMPLE.FR)"));
  EXPECT_THAT(text, HasSubstr("Ayşe"));
}

TEST_F(CliPhareTest, EveryShippedDescriptionRendersAndAddsUp) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator(shipped(""))) {
    if (entry.path().extension() != ".json") continue;
    ++count;
    const Object::Ptr data = parsed(readFile(entry.path()));
    const std::string pdf = entry.path().stem().string() + ".pdf";
    const ProcessResult result = render("atelier", toJson(data), pdf);
    ASSERT_EQ(result.exitCode, 0) << entry.path() << "\n" << result.err;
    EXPECT_THAT(result.err, Not(HasSubstr("attention"))) << entry.path();
    // The last item ends at the announced end.
    const std::string end = data->getValue<std::string>("heure_fin_annoncee");
    const std::string hours = std::to_string(std::stoi(end.substr(0, 2)));
    EXPECT_THAT(pages(pdf).front(),
                HasSubstr("Fin de l'atelier : " + hours + " h " + end.substr(3)))
        << entry.path();
  }
  EXPECT_EQ(count, 4);
}

TEST_F(CliPhareTest, ExampleDataRendersForEveryKind) {
  for (const std::string kind : {"atelier", "plan-prevention", "suivi-situation", "livret"}) {
    const ProcessResult result = render(kind, exampleData("phare/" + kind), kind + ".pdf");
    EXPECT_EQ(result.exitCode, 0) << kind << "\n" << result.err;
  }
}

TEST_F(CliPhareTest, ThePreventionPlanGroupsActionsUnderThePillarsAndWarnsOfASmallTeam) {
  Object::Ptr data = parsed(exampleData("phare/plan-prevention"));
  Array::Ptr team = data->getArray("equipe_ressource");
  while (team->size() > 3) team->remove(team->size() - 1);
  const ProcessResult result = render("plan-prevention", toJson(data), "plan.pdf");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("equipe_ressource : l'équipe ressource compte 3 membres : la "
                                    "circulaire du 2 février 2024 en demande au moins 5"));
  const std::string text = normalized(pdfText(path("plan.pdf")));
  EXPECT_THAT(text, HasSubstr("4. Intervenir efficacement sur les situations de harcèlement"));
  EXPECT_THAT(text, HasSubstr("8. Mettre à disposition une plateforme dédiée aux ressources"));
  // Title and summary from the catalog.
  EXPECT_THAT(text, HasSubstr("Méthode de la préoccupation partagée"));
  EXPECT_THAT(lettersOf(text), HasSubstr(lettersOf("Une série d'entretiens individuels courts")));
  EXPECT_LT(text.find("4. Intervenir efficacement"), text.find("Méthode de la préoccupation"));

  data->getArray("actions")->getObject(0)->set("pratique", "questionaire-climat-scolaire");
  const ProcessResult wrong = render("plan-prevention", toJson(data), "faux.pdf");
  EXPECT_EQ(wrong.exitCode, 65);
  EXPECT_THAT(wrong.err, HasSubstr("actions.1.pratique : pratique « questionaire-climat-scolaire » "
                                   "inconnue du catalogue ; vouliez-vous dire "
                                   "« questionnaire-climat-scolaire »"));
  EXPECT_FALSE(fs::exists(path("faux.pdf")));
}

TEST_F(CliPhareTest, TheFollowUpSheetIsConfidentialOnEveryPageAndTakesInitialsOnly) {
  Object::Ptr data = parsed(exampleData("phare/suivi-situation"));
  Array::Ptr interviews = data->getArray("entretiens");
  for (int i = 0; i < 40; ++i) interviews->add(interviews->getObject(1));  // several pages
  const ProcessResult result = render("suivi-situation", toJson(data), "suivi.pdf");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::vector<std::string> all = pages("suivi.pdf");
  ASSERT_GE(all.size(), 2u);
  for (const std::string& page : all) EXPECT_THAT(page, HasSubstr("Confidentiel"));

  interviews->getObject(2)->set("eleve", "Sacha");
  data->set("cible", parsed(R"({"initiales": "L B", "classe": "CM1"})"));
  const ProcessResult names = render("suivi-situation", toJson(data), "noms.pdf");
  EXPECT_EQ(names.exitCode, 65);
  EXPECT_THAT(names.err, HasSubstr("cible.initiales : initiales seulement"));
  EXPECT_THAT(names.err, HasSubstr("entretiens.3.eleve : initiales seulement"));
  EXPECT_THAT(names.err, Not(HasSubstr("Sacha")));  // a name typed by mistake is not repeated
  EXPECT_FALSE(fs::exists(path("noms.pdf")));
}

TEST_F(CliPhareTest, TheBookletKeepsThePracticesThatMatch) {
  ASSERT_EQ(render("livret", R"({"pilier": 4})", "pilier.pdf").exitCode, 0);
  const std::string pillar = normalized(pdfText(path("pilier.pdf")));
  EXPECT_THAT(pillar, HasSubstr("4. Intervenir efficacement"));
  EXPECT_THAT(pillar, HasSubstr("Méthode de la préoccupation partagée"));
  EXPECT_THAT(pillar, Not(HasSubstr("Messages clairs")));

  ASSERT_EQ(
      render("livret", R"({"niveau": "maternelle", "recherche": "conflits"})", "m.pdf").exitCode,
      0);
  const std::string level = normalized(pdfText(path("m.pdf")));
  EXPECT_THAT(level, HasSubstr("Messages clairs"));
  // Médiation par les pairs is not for maternelle: only named among related practices.
  EXPECT_THAT(level, Not(HasSubstr("Des élèves formés aident deux camarades")));

  const ProcessResult none = render("livret", R"({"recherche": "xylophone"})", "rien.pdf");
  EXPECT_EQ(none.exitCode, 65);
  EXPECT_THAT(none.err, HasSubstr("aucune pratique publiée ne correspond"));
}

}  // namespace
}  // namespace trousse::test
