#include "batch/TargetSpec.hpp"

#include "template/JsonPath.hpp"

namespace trousse::batch {

std::variant<TargetSpec, std::string> parseTargetSpec(const Poco::Dynamic::Var& value) {
  if (value.isString()) {
    TargetSpec spec;
    spec.field = value.extract<std::string>();
    if (spec.field.empty()) return std::string("nom de champ vide");
    return spec;
  }
  const auto object = json_path::asObject(value);
  if (!object) {
    return "nom de champ attendu (texte comme \"eleve.nom\", ou objet {\"champ\": …, \"puis\": "
           "\"espace\"}), reçu " +
           json_path::describeType(value);
  }
  TargetSpec spec;
  for (const auto& [key, item] : *object) {
    if (key == "champ") {
      if (!item.isString() || item.extract<std::string>().empty()) {
        return std::string("« champ » doit être un nom de champ, comme \"eleve.nom\"");
      }
      spec.field = item.extract<std::string>();
    } else if (key == "puis") {
      const std::string join = item.isString() ? item.extract<std::string>() : "";
      if (join == "ligne") {
        spec.join = Join::NewLine;
      } else if (join == "espace") {
        spec.join = Join::Space;
      } else {
        return std::string("« puis » vaut \"ligne\" ou \"espace\"");
      }
    } else if (key == "ordre") {
      if (!item.isInteger() || item.convert<int>() < 0 || item.convert<int>() > 1000) {
        return std::string("« ordre » doit être un nombre entier de 0 à 1000");
      }
      spec.order = item.convert<int>();
    } else {
      return "clé « " + key + " » inconnue (clés possibles : champ, puis, ordre)";
    }
  }
  if (spec.field.empty()) return std::string("la clé « champ » manque");
  return spec;
}

}  // namespace trousse::batch
