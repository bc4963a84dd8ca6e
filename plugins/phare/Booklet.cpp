// `phare/livret`: the booklet of published practices, grouped by pHARe pillar, filtered by
// pillar, level or a text search. Written from Practice values, like the CLI's booklet.
#include "plugins/phare/FrenchText.hpp"
#include "plugins/phare/JsonValues.hpp"
#include "plugins/phare/Kinds.hpp"
#include "plugins/phare/Pillars.hpp"
#include "plugins/phare/PracticeSections.hpp"

#include <map>

namespace trousse::phare {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

Object::Ptr practiceData(const Practice& practice, const Catalog& catalog) {
  Object::Ptr data = new Object;
  data->set("titre", practice.title);
  data->set("resume", practice.summary);
  data->set("duree", duration(practice.durationMinutes));
  data->set("niveaux", joined(practice.levels));
  data->set("publics", joined(practice.audiences));
  data->set("participants", practice.participants);
  data->set("materiel", joined(practice.material));
  data->set("objectifs", textArray(practice.objectives));
  const PracticeSections sections = sectionsOf(practice.markdown);
  data->set("etapes", textArray(sections.steps));
  data->set("vigilance", textArray(sections.vigilance));
  data->set("reussite", textArray(sections.success));
  std::vector<std::string> related;
  for (const std::string& id : practice.related) {
    if (const auto other = catalog.find(id); other && other->published()) {
      related.push_back(other->title);
    }
  }
  data->set("liees", joined(related));
  Array::Ptr sources = new Array;
  for (const PracticeSource& source : practice.sources) {
    Object::Ptr entry = new Object;
    entry->set("titre", source.title);
    entry->set("reference", source.reference);
    sources->add(entry);
  }
  data->set("sources", sources);
  return data;
}

}  // namespace

std::vector<Document> renderBooklet(const Poco::JSON::Object& data, const RenderContext& context) {
  std::vector<DataProblem> problems;
  PracticeFilter filter;  // published practices only
  std::vector<std::string> criteria;
  if (!valueAt(data, "pilier").isEmpty()) {
    const std::optional<long> number = wholeNumberAt(data, "pilier");
    if (!number || *number < 1 || *number > 8) {
      problems.push_back({"pilier", "numéro de pilier de 1 à 8 attendu"});
    } else {
      filter.pillars.push_back(kPillars[*number - 1]);
      criteria.push_back("pilier " + std::to_string(*number));
    }
  }
  if (const std::string level = textAt(data, "niveau"); !level.empty()) {
    filter.levels.push_back(level);
    criteria.push_back("niveau " + level);
  }
  if (!problems.empty()) throw InvalidData(problems);

  const Catalog& catalog = context.catalog();
  std::vector<Practice> practices;
  const std::string search = textAt(data, "recherche");
  if (search.empty()) {
    practices = catalog.list(filter);
  } else {
    criteria.push_back("recherche « " + search + " »");
    for (PracticeHit& hit : catalog.search(search, filter, 1000)) {
      practices.push_back(std::move(hit.practice));
    }
  }
  if (practices.empty()) {
    throw InvalidData(
        {{search.empty() ? "" : "recherche",
          "aucune pratique publiée ne correspond à ces critères (" + joined(criteria) + ")"}});
  }

  // Grouped under each practice's first pillar, in the pillars' order; within a pillar, the
  // catalog's order (alphabetical, or most relevant first for a search).
  std::map<int, Array::Ptr> byPillar;
  for (const Practice& practice : practices) {
    int number = practice.pillars.empty() ? 0 : pillarNumber(practice.pillars.front());
    if (number == 0) number = 9;
    auto& group = byPillar[number];
    if (!group) group = new Array;
    group->add(practiceData(practice, catalog));
  }
  Object::Ptr booklet = new Object;
  const std::string title = textAt(data, "titre");
  booklet->set("titre", title.empty() ? "Référentiel de pratiques" : title);
  if (!criteria.empty()) booklet->set("criteres", joined(criteria));
  booklet->set("nombre", std::to_string(practices.size()));
  Array::Ptr pillars = new Array;
  bool first = true;
  for (const auto& [number, group] : byPillar) {
    Object::Ptr pillar = new Object;
    pillar->set("nom", number <= 8 ? std::to_string(number) + ". " + kPillars[number - 1]
                                   : std::string("Autres pratiques"));
    pillar->set("saut_de_page", !first);
    pillar->set("pratiques", group);
    pillars->add(pillar);
    first = false;
  }
  booklet->set("piliers", pillars);
  return {context.expandPart("livret/livret.md", *booklet)};
}

}  // namespace trousse::phare
