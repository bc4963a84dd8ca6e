#include "CatalogTestSupport.hpp"

#include "catalog/CatalogCheck.hpp"
#include "catalog/PracticeFile.hpp"
#include "catalog/SpellChecker.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::catalog {
namespace {

using test::describe;
using test::fixtures;
using ::testing::HasSubstr;

SpellChecker& spelling() {
  static SpellChecker checker(SpellChecker::defaultDictionary(), fixtures() / "mots.txt");
  return checker;
}

/// Every problem of one file on its own: reading, then the checks.
CatalogProblems problemsOf(const std::filesystem::path& file) {
  CatalogProblems problems;
  if (const auto practice = readPracticeFile(file, "catalogue Trousse", problems)) {
    const CatalogProblems found = CatalogCheck(&spelling()).checkFile(*practice);
    problems.insert(problems.end(), found.begin(), found.end());
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const auto& a, const auto& b) { return a.line < b.line; });
  return problems;
}

std::string faultOf(const std::string& name) {
  return describe(problemsOf(fixtures() / "faults" / (name + ".md")));
}

TEST(CatalogCheck, ValidPracticesHaveNoProblem) {
  for (const char* folder : {"shipped", "local"}) {
    for (const auto& entry : std::filesystem::directory_iterator(fixtures() / folder)) {
      EXPECT_EQ(describe(problemsOf(entry.path())), "") << entry.path();
    }
  }
}

TEST(CatalogCheck, ReadsEveryField) {
  CatalogProblems problems;
  const auto file = readPracticeFile(fixtures() / "shipped/mediation-par-les-pairs.md",
                                     "catalogue Trousse", problems);
  ASSERT_TRUE(file);
  const Practice& p = file->practice;
  EXPECT_EQ(p.title, "Médiation par les pairs");
  EXPECT_EQ(p.levels, (std::vector<std::string>{"collège", "lycée"}));
  EXPECT_EQ(p.durationMinutes, 60);
  EXPECT_EQ(p.sources.at(0).title, "Programme pHARe");
  EXPECT_EQ(p.related, std::vector<std::string>{"questionnaire-climat"});
  EXPECT_EQ(p.reviewDate, "2024-03-15");
  EXPECT_EQ(p.version, "1.0");
  EXPECT_EQ(p.origin, "catalogue Trousse");
  EXPECT_TRUE(p.published());
  EXPECT_THAT(p.markdown, ::testing::StartsWith("\n## Déroulement"));
  EXPECT_EQ(file->lineOf("duree"), 12);
  EXPECT_EQ(file->bodyLine, 31);
}

// One fixture per fault: the message a user reads, at the line to fix, and nothing else.
struct Fault {
  const char* file;
  const char* expected;  // the whole report
};

class CatalogFault : public ::testing::TestWithParam<Fault> {};

TEST_P(CatalogFault, IsReportedAtItsLine) {
  EXPECT_EQ(faultOf(GetParam().file), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Faults, CatalogFault,
    ::testing::Values(
        Fault{"yaml-casse",
              "yaml-casse.md:4 : erreur de syntaxe YAML dans l'en-tête : end of sequence flow "
              "not found\n"},
        Fault{"sans-en-tete",
              "sans-en-tete.md:1 : en-tête YAML manquant : le fichier doit commencer par « --- "
              "»\n"},
        Fault{"en-tete-non-ferme",
              "en-tete-non-ferme.md:1 : en-tête YAML non fermé : ligne « --- » attendue\n"},
        Fault{"champ-manquant", "champ-manquant.md:1 : champ « resume » manquant\n"},
        Fault{"duree-texte",
              "duree-texte.md:12 : « duree » doit être un nombre entier de minutes\n"},
        Fault{"niveaux-pas-liste",
              "niveaux-pas-liste.md:7 : « niveaux » doit être une liste (« - … » par ligne)\n"},
        Fault{"cle-inconnue",
              "cle-inconnue.md:1 : champ « auteur » manquant\n"
              "cle-inconnue.md:26 : clé « auteurs » inconnue\n"},
        Fault{"id-autre-que-fichier",
              "id-autre-que-fichier.md:2 : l'identifiant « mediation-entre-pairs » doit être le "
              "nom du fichier (« id-autre-que-fichier.md »)\n"},
        Fault{"id-invalide",
              "id-invalide.md:2 : identifiant « Médiation_Pairs » invalide : minuscules sans "
              "accent, chiffres et tirets (« id-invalide » par exemple)\n"},
        Fault{"pilier-inconnu",
              "pilier-inconnu.md:6 : pilier « Lutter contre le harcèlement » inconnu : écrivez "
              "l'un des huit piliers de pHARe dans les mots du ministère\n"},
        Fault{"pilier-numero",
              "pilier-numero.md:6 : écrivez « Prévenir les phénomènes de harcèlement » (au lieu "
              "de « 2 »)\n"},
        Fault{"niveau-inconnu",
              "niveau-inconnu.md:9 : « université » inconnu dans « niveaux » (« maternelle », « "
              "élémentaire », « collège » ou « lycée »)\n"},
        Fault{"public-inconnu",
              "public-inconnu.md:11 : « inspecteurs » inconnu dans « publics » (« élèves », « "
              "enseignants », « équipe ressource », « parents », « personnels », « encadrement "
              "» ou « partenaires »)\n"},
        Fault{"sans-source", "sans-source.md:22 : au moins une source est attendue\n"},
        Fault{"adresse-http",
              "adresse-http.md:22 : adresse « http://www.education.gouv.fr/non-au-harcelement/"
              "phare-un-programme-de-lutte-contre-le-harcelement-l-ecole-323435 » mal formée "
              "(adresse complète en https:// attendue)\n"},
        Fault{"adresse-mal-formee",
              "adresse-mal-formee.md:22 : adresse « https:///phare » mal formée (adresse "
              "complète en https:// attendue)\n"},
        Fault{"publie-sans-relecteur",
              "publie-sans-relecteur.md:25 : une pratique « publié » doit avoir un « relecteur "
              "»\n"},
        Fault{"date-impossible",
              "date-impossible.md:28 : date « 2024-02-30 » invalide (AAAA-MM-JJ, une date qui "
              "existe)\n"},
        Fault{"statut-inconnu",
              "statut-inconnu.md:25 : statut « terminé » inconnu (« brouillon », « relu » ou « "
              "publié »)\n"},
        Fault{"section-manquante",
              "section-manquante.md:38 : section « ## Points de vigilance » manquante avant « "
              "Indices de réussite »\n"},
        Fault{"sections-desordre",
              "sections-desordre.md:42 : section « Points de vigilance » hors de l'ordre "
              "(Déroulement, Points de vigilance, puis Indices de réussite)\n"},
        Fault{"deroulement-non-numerote",
              "deroulement-non-numerote.md:32 : « Déroulement » doit être une liste numérotée "
              "(« 1. … »)\n"},
        Fault{"faute-orthographe",
              "faute-orthographe.md:36 : « harcelemnt » : mot inconnu (« harcelant » ?) ; "
              "s'il est juste, ajoutez-le à la liste de mots du projet\n"},
        Fault{"faute-titre",
              "faute-titre.md:3 : « Médiasion » : mot inconnu (« Médiation » ?) ; s'il est "
              "juste, ajoutez-le à la liste de mots du projet\n"}),
    [](const auto& info) {
      std::string name = info.param.file;
      std::replace(name.begin(), name.end(), '-', '_');
      return name;
    });

TEST(CatalogCheck, RelatedPracticesMustExist) {
  std::vector<PracticeFile> files;
  CatalogProblems problems;
  for (const char* name : {"shipped/questionnaire-climat.md", "faults/liee-inconnue.md"}) {
    files.push_back(*readPracticeFile(fixtures() / name, "catalogue Trousse", problems));
  }
  EXPECT_EQ(describe(CatalogCheck::checkTogether(files)),
            "liee-inconnue.md:21 : pratique liée « questionaire-climat » introuvable (« "
            "questionnaire-climat » ?)\n");
}

TEST(CatalogCheck, IdsAreUniqueAcrossFolders) {
  std::vector<PracticeFile> files;
  CatalogProblems problems;
  files.push_back(*readPracticeFile(fixtures() / "shipped/questionnaire-climat.md",
                                    "catalogue Trousse", problems));
  files.push_back(
      *readPracticeFile(fixtures() / "shipped/questionnaire-climat.md", "local", problems));
  files.back().file = "/autre/dossier/questionnaire-climat.md";
  EXPECT_THAT(describe(CatalogCheck::checkTogether(files)),
              HasSubstr("questionnaire-climat.md:2 : identifiant « questionnaire-climat » déjà "
                        "pris par "));
}

TEST(SpellChecker, KnowsElisionsHyphensAndTheProjectWords) {
  for (const char* word : {"l'école", "l’école", "qu'il", "jusqu'au", "peut-être", "pHARe", "CVL",
                           "Élèves", "saynètes"}) {
    EXPECT_EQ(spelling().misspelled(word), std::nullopt) << word;
  }
  EXPECT_NE(spelling().misspelled("harcelemnt"), std::nullopt);
  EXPECT_NE(spelling().misspelled("l'ecolle"), std::nullopt);
}

TEST(SpellChecker, MissingDictionaryIsAnErrorInFrench) {
  try {
    SpellChecker checker("/nonexistent/fr_FR", {});
    FAIL() << "no error";
  } catch (const std::exception& error) {
    EXPECT_THAT(error.what(), HasSubstr("dictionnaire français introuvable"));
  }
}

}  // namespace
}  // namespace trousse::catalog
