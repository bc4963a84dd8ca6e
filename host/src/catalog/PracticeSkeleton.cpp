#include "catalog/PracticeSkeleton.hpp"

#include "catalog/Vocabulary.hpp"
#include "common/Errors.hpp"

#include <regex>

namespace trousse::catalog {

std::string practiceSkeleton(const std::string& id, const std::string& author,
                             const std::string& today) {
  static const std::regex kSlug("[a-z0-9]+(-[a-z0-9]+)*");
  if (!std::regex_match(id, kSlug)) {
    throw UsageError("identifiant « " + id + " » invalide : minuscules sans accent, chiffres " +
                     "et tirets (par exemple « mediation-par-les-pairs »)");
  }
  std::string pillarHint;
  for (std::size_t i = 0; i < pillars().size(); ++i) {
    pillarHint += "#   " + std::to_string(i + 1) + ". " + pillars()[i] + "\n";
  }
  return "---\n"
         "id: " +
         id +
         "\n"
         "titre: Titre de la pratique\n"
         "resume: Une ou deux phrases qui disent ce que fait la pratique et pour qui.\n"
         "# Un ou plusieurs des huit piliers de pHARe, recopiés mot pour mot :\n" +
         pillarHint +
         "piliers:\n"
         "  - " +
         pillars()[1] +
         "\n"
         "# maternelle, élémentaire, collège, lycée\n"
         "niveaux:\n"
         "  - collège\n"
         "# élèves, enseignants, équipe ressource, parents, personnels, encadrement, partenaires\n"
         "publics:\n"
         "  - élèves\n"
         "duree: 60  # en minutes\n"
         "participants: 8 à 12 élèves\n"
         "materiel:\n"
         "  - une salle\n"
         "objectifs:\n"
         "  - Premier objectif\n"
         "liees: []  # identifiants d'autres pratiques\n"
         "sources:\n"
         "  - titre: Titre du texte ou de l'article\n"
         "    reference: https://www.education.gouv.fr/\n"
         "statut: brouillon  # brouillon, relu ou publié\n"
         "auteur: " +
         author +
         "\n"
         "relecteur:  # obligatoire pour publier\n"
         "date_relecture:  # AAAA-MM-JJ, obligatoire pour publier\n"
         "version: \"0.1\"\n"
         "# créé le " +
         today +
         "\n"
         "---\n"
         "\n"
         "## Déroulement\n"
         "\n"
         "1. Première étape.\n"
         "2. Deuxième étape.\n"
         "\n"
         "## Points de vigilance\n"
         "\n"
         "Ce à quoi l'animateur doit faire attention.\n"
         "\n"
         "## Indices de réussite\n"
         "\n"
         "Ce qui montre que la pratique a atteint ses objectifs.\n";
}

}  // namespace trousse::catalog
