// `phare/suivi-situation`: the follow-up sheet of one situation handled with the méthode de
// la préoccupation partagée. Pupils are named by their initials only.
#include "plugins/phare/FrenchText.hpp"
#include "plugins/phare/JsonValues.hpp"
#include "plugins/phare/Kinds.hpp"

#include "common/Utf8.hpp"

namespace trousse::phare {
namespace {

/// Longest initials accepted ("L.B.", "JPM").
constexpr std::size_t kMaxInitials = 4;

/// A problem when `value` is not initials. The value is not repeated in the message: it may
/// be a pupil's name typed by mistake.
void checkInitials(const std::string& value, const std::string& field,
                   std::vector<DataProblem>& problems) {
  if (value.empty()) return;  // the schema says what is required
  const bool spaces = value.find_first_of(" \t") != std::string::npos;
  const std::size_t length = utf8::length(value);
  if (spaces || length > kMaxInitials) {
    problems.push_back({field, "initiales seulement (" + std::to_string(kMaxInitials) +
                                   " caractères au plus, sans espace, par exemple « L.B. ») : "
                                   "ne saisissez pas le nom d'un élève (reçu " +
                                   std::to_string(length) + " caractères" +
                                   (spaces ? ", avec une espace" : "") + ")"});
  }
}

}  // namespace

std::vector<Document> renderSituationFollowUp(const Poco::JSON::Object& data,
                                              const RenderContext& context) {
  std::vector<DataProblem> problems;
  checkInitials(textAt(data, "cible.initiales"), "cible.initiales", problems);
  for (const std::string list : {"entretiens", "suivis"}) {
    const auto items = objectsAt(data, list);
    for (std::size_t i = 0; i < items.size(); ++i) {
      checkInitials(textAt(*items[i], "eleve"), list + "." + std::to_string(i + 1) + ".eleve",
                    problems);
    }
  }
  if (!problems.empty()) throw InvalidData(problems);
  return {context.expand("suivi-situation", data)};
}

}  // namespace trousse::phare
