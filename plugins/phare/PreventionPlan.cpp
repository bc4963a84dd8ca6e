// `phare/plan-prevention`: a school's "plan de prévention et de lutte contre le harcèlement".
#include "plugins/phare/FrenchText.hpp"
#include "plugins/phare/JsonValues.hpp"
#include "plugins/phare/Kinds.hpp"
#include "plugins/phare/Pillars.hpp"
#include "plugins/phare/PracticeLookup.hpp"
#include "plugins/phare/PracticeSections.hpp"

#include <array>

namespace trousse::phare {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

/// Circulaire of 2 February 2024: an équipe ressource of at least 5 staff.
constexpr std::size_t kMinResourceTeam = 5;
/// The catalog practice whose steps are the default protocol.
constexpr const char* kProtocolPractice = "protocole-prise-en-charge";

Array::Ptr peopleOf(const Object& data, const std::string& key) {
  Array::Ptr people = new Array;
  for (const auto& person : objectsAt(data, key)) {
    Object::Ptr entry = new Object;
    entry->set("nom", textAt(*person, "nom"));
    entry->set("fonction", textAt(*person, "fonction"));
    people->add(entry);
  }
  return people;
}

}  // namespace

std::vector<Document> renderPreventionPlan(const Poco::JSON::Object& data,
                                           const RenderContext& context) {
  std::vector<DataProblem> problems;
  std::array<Array::Ptr, 8> byPillar;
  for (Array::Ptr& actions : byPillar) actions = new Array;

  const auto actions = objectsAt(data, "actions");
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const Object& action = *actions[i];
    const std::string path = "actions." + std::to_string(i + 1);
    Object::Ptr entry = new Object;
    int pillar = 0;
    if (!valueAt(action, "pilier").isEmpty()) {
      const std::optional<long> number = wholeNumberAt(action, "pilier");
      if (!number || *number < 1 || *number > 8) {
        problems.push_back({path + ".pilier", "numéro de pilier de 1 à 8 attendu"});
        pillar = -1;
      } else {
        pillar = static_cast<int>(*number);
      }
    }
    const std::string id = textAt(action, "pratique");
    const std::string title = textAt(action, "titre");
    if (!id.empty()) {
      if (const auto practice =
              publishedPractice(context.catalog(), id, path + ".pratique", problems)) {
        entry->set("titre", title.empty() ? practice->title : title);
        entry->set("resume", practice->summary);
        if (title.empty() || title == practice->title) {
          entry->set("fiche", "fiche du catalogue");
        } else {
          entry->set("fiche", "d'après la fiche « " + practice->title + " »");
        }
        if (pillar == 0 && !practice->pillars.empty()) {
          pillar = pillarNumber(practice->pillars.front());
        }
      }
    } else if (title.empty()) {
      problems.push_back({path, "indiquez une pratique du catalogue ou le titre de l'action"});
    } else {
      entry->set("titre", title);
    }
    if (pillar == 0 && id.empty() && !title.empty()) {
      problems.push_back(
          {path + ".pilier", "pilier manquant pour une action hors catalogue (numéro de 1 à 8)"});
    }
    if (pillar < 1) continue;  // a problem was reported
    entry->set("calendrier", textAt(action, "calendrier"));
    entry->set("pilote", textAt(action, "pilote"));
    if (const std::string description = textAt(action, "description"); !description.empty()) {
      entry->set("description", description);
    }
    byPillar[pillar - 1]->add(entry);
  }

  const std::size_t teamSize = objectsAt(data, "equipe_ressource").size();
  if (teamSize < kMinResourceTeam) {
    context.warn("equipe_ressource",
                 "l'équipe ressource compte " + std::to_string(teamSize) + " membre" +
                     (teamSize > 1 ? "s" : "") +
                     " : la circulaire du 2 février 2024 en demande au moins 5 par "
                     "circonscription et par établissement");
  }

  std::vector<std::string> protocol = textsAt(data, "protocole");
  std::string protocolSource;
  if (protocol.empty()) {
    if (const auto practice = context.catalog().find(kProtocolPractice);
        practice && practice->published()) {
      protocol = sectionsOf(practice->markdown).steps;
      protocolSource = "D'après la fiche « " + practice->title + " » du catalogue de pratiques.";
    } else {
      problems.push_back({"protocole",
                          "décrivez le protocole de prise en charge, étape par "
                          "étape (la fiche du catalogue n'est pas disponible)"});
    }
  }
  if (!problems.empty()) throw InvalidData(problems);

  Object::Ptr plan = new Object;
  for (const char* key : {"ecole", "annee_scolaire", "circonscription", "coordinateur.nom",
                          "coordinateur.fonction", "enquete.date", "enquete.public"}) {
    if (const std::string text = textAt(data, key); !text.empty()) setAt(*plan, key, text);
  }
  plan->set("equipe", peopleOf(data, "equipe_ressource"));
  plan->set("nombre_equipe", std::to_string(teamSize));
  setAt(*plan, "enquete.resultats", textArray(textsAt(data, "enquete.resultats")));
  Array::Ptr pillars = new Array;
  for (std::size_t i = 0; i < kPillars.size(); ++i) {
    Object::Ptr pillar = new Object;
    pillar->set("numero", std::to_string(i + 1));
    pillar->set("nom", kPillars[i]);
    pillar->set("actions", byPillar[i]);
    pillars->add(pillar);
  }
  plan->set("piliers", pillars);
  plan->set("protocole", textArray(protocol));
  if (!protocolSource.empty()) plan->set("protocole_source", protocolSource);
  plan->set("information_familles", textArray(textsAt(data, "information_familles")));
  plan->set("indicateurs", textArray(textsAt(data, "indicateurs")));
  return {context.expandPart("plan-prevention/plan.md", *plan)};
}

}  // namespace trousse::phare
