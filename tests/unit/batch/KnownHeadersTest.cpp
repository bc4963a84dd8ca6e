#include "batch/KnownHeaders.hpp"
#include "common/Errors.hpp"

#include "BatchTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::batch {
namespace {

using test::errorMessage;
using ::testing::HasSubstr;

const std::filesystem::path kShipped =
    std::filesystem::path(TROUSSE_SOURCE_DIR) / "templates" / "csv-headers.json";

/// "field" or "field|espace|5" for the target `known` gives `header`; "" when none.
std::string targetOf(const KnownHeaders& known, const std::string& header) {
  const auto target = known.find(header);
  if (!target) return "";
  std::string out = target->field;
  if (target->join) out += *target->join == Join::Space ? "|espace" : "|ligne";
  if (target->order != 0) out += "|" + std::to_string(target->order);
  return out;
}

TEST(KnownHeaders, MatchesNormalisedNamesAndNumberedPatterns) {
  const auto known = KnownHeaders::parse(R"({"colonnes": {
      "Nom": "eleve.nom",
      "Prénom 1": "eleve.prenom",
      "Prénom resp. légal{n}": "responsables.{n}.prenom",
      "Prénom {n}": "autres.{n}",
      "CP RL{n}": {"champ": "responsables.{n}.adresse", "puis": "espace", "ordre": 5}}})",
                                         "en-tetes.json");
  EXPECT_EQ(known.size(), 5u);
  EXPECT_EQ(targetOf(known, "NOM"), "eleve.nom");
  EXPECT_EQ(targetOf(known, " nom "), "eleve.nom");
  EXPECT_EQ(targetOf(known, "PRENOM RESP LEGAL 2"), "responsables.2.prenom");
  EXPECT_EQ(targetOf(known, "prénom_resp_légal_1"), "responsables.1.prenom");
  EXPECT_EQ(targetOf(known, "Prénom resp. légal12"), "responsables.12.prenom");
  EXPECT_EQ(targetOf(known, "CP RL2"), "responsables.2.adresse|espace|5");
  // The exact entry wins over the pattern: SIECLE's "Prénom 1" is the student's first name.
  EXPECT_EQ(targetOf(known, "Prénom 1"), "eleve.prenom");
  EXPECT_EQ(targetOf(known, "Prénom 2"), "autres.2");
  EXPECT_EQ(targetOf(known, "Prénom resp. légal0"), "");
  EXPECT_EQ(targetOf(known, "Prénom resp. légal123"), "");
  EXPECT_EQ(targetOf(known, "Prénom resp. légal"), "");
  EXPECT_EQ(targetOf(known, "Nom d'usage"), "");
  EXPECT_EQ(targetOf(known, ""), "");
}

TEST(KnownHeaders, MalformedFilesAreTemplateErrors) {
  EXPECT_THAT(errorMessage([] { KnownHeaders::parse("{", "h.json"); }),
              HasSubstr("h.json : JSON mal formé"));
  EXPECT_EQ(errorMessage([] { KnownHeaders::parse("{}", "h.json"); }),
            "h.json : la clé « colonnes » (objet) manque");
  EXPECT_THAT(errorMessage([] {
                KnownHeaders::parse(R"({"colonnes": {"Nom": "a", "NOM ": "b"}})", "h.json");
              }),
              HasSubstr("figure deux fois"));
  EXPECT_THAT(errorMessage([] {
                KnownHeaders::parse(R"({"colonnes": {"Nom RL{n}": "responsables.1.nom"}})",
                                    "h.json");
              }),
              HasSubstr("{n} doit figurer une fois"));
  EXPECT_THAT(errorMessage([] {
                KnownHeaders::parse(R"({"colonnes": {"Nom": {"puis": "espace"}}})", "h.json");
              }),
              HasSubstr("la clé « champ » manque"));
  EXPECT_THROW(KnownHeaders::parse(R"({"colonnes": {"Nom": 3}})", "h.json"), TemplateError);
  EXPECT_THROW(KnownHeaders::load("/nonexistent/csv-headers.json"), IoError);
}

TEST(KnownHeaders, TheShippedFileRecognisesRealExportHeaders) {
  const auto known = KnownHeaders::load(kShipped);
  EXPECT_GT(known.size(), 100u);
  // SIECLE "extraction élèves" headers, as tools that read them spell them.
  EXPECT_EQ(targetOf(known, "Nom"), "eleve.nom");
  EXPECT_EQ(targetOf(known, "NOM"), "eleve.nom");
  EXPECT_EQ(targetOf(known, "Nom de famille"), "eleve.nom");
  EXPECT_EQ(targetOf(known, "Prénom 1"), "eleve.prenom");
  EXPECT_EQ(targetOf(known, "PRENOM"), "eleve.prenom");
  EXPECT_EQ(targetOf(known, "Date de naissance"), "eleve.date_naissance");
  EXPECT_EQ(targetOf(known, "NE(E) LE"), "eleve.date_naissance");
  EXPECT_EQ(targetOf(known, "Division"), "eleve.classe");
  EXPECT_EQ(targetOf(known, "Code Structure"), "eleve.classe");
  EXPECT_EQ(targetOf(known, "Civilité resp. légal1"), "responsables.1.civilite");
  EXPECT_EQ(targetOf(known, "Nom resp. légal1"), "responsables.1.nom");
  EXPECT_EQ(targetOf(known, "Nom de famille resp. légal2"), "responsables.2.nom");
  EXPECT_EQ(targetOf(known, "Prénom resp. légal2"), "responsables.2.prenom");
  EXPECT_EQ(targetOf(known, "Nom Resp. Lég. 1"), "responsables.1.nom");
  EXPECT_EQ(targetOf(known, "Ligne 1 Adresse légal1"), "responsables.1.adresse|1");
  EXPECT_EQ(targetOf(known, "Ligne 3 Adresse Légal2"), "responsables.2.adresse|3");
  EXPECT_EQ(targetOf(known, "Code postal resp. légal1"), "responsables.1.adresse|espace|5");
  EXPECT_EQ(targetOf(known, "Commune resp. Légal2"), "responsables.2.adresse|6");
  // ONDE exports.
  EXPECT_EQ(targetOf(known, "Nom élève"), "eleve.nom");
  EXPECT_EQ(targetOf(known, "Prénom élève"), "eleve.prenom");
  EXPECT_EQ(targetOf(known, "Libellé classe"), "eleve.classe");
  EXPECT_EQ(targetOf(known, "Date naissance"), "eleve.date_naissance");
  EXPECT_EQ(targetOf(known, "Civilité Responsable"), "responsables.1.civilite");
  EXPECT_EQ(targetOf(known, "Nom responsable"), "responsables.1.nom");
  EXPECT_EQ(targetOf(known, "Adresse responsable"), "responsables.1.adresse");
  EXPECT_EQ(targetOf(known, "CP responsable"), "responsables.1.adresse|espace|5");
  EXPECT_EQ(targetOf(known, "Commune responsable"), "responsables.1.adresse|6");
  EXPECT_EQ(targetOf(known, "Nom de famille enfant"), "eleve.nom");
  // Short forms a school sheet may use.
  EXPECT_EQ(targetOf(known, "NOM RL2"), "responsables.2.nom");
  EXPECT_EQ(targetOf(known, "Nom représentant légal"), "responsables.1.nom");
  EXPECT_EQ(targetOf(known, "Adresse ligne 2 responsable 1"), "responsables.1.adresse|2");
  // Columns no letter needs stay unknown.
  EXPECT_EQ(targetOf(known, "INE"), "");
  EXPECT_EQ(targetOf(known, "Prénom 2"), "");
  EXPECT_EQ(targetOf(known, "Nom d'usage élève"), "");
  EXPECT_EQ(targetOf(known, "Tel mobile resp. légal1"), "");
}

}  // namespace
}  // namespace trousse::batch
