#include "plugins/phare/Pillars.hpp"

namespace trousse::phare {

const std::array<std::string, 8> kPillars = {
    "Mesurer le climat scolaire",
    "Prévenir les phénomènes de harcèlement",
    "Former une communauté protectrice de professionnels et de personnels pour les élèves",
    "Intervenir efficacement sur les situations de harcèlement",
    "Associer les parents et les partenaires et communiquer sur le programme",
    "Mobiliser les instances de démocratie scolaire (CVC, CVL) et le comité d'éducation à la "
    "santé, à la citoyenneté et à l'environnement",
    "Suivre l'impact de ces actions",
    "Mettre à disposition une plateforme dédiée aux ressources",
};

int pillarNumber(const std::string& name) {
  for (std::size_t i = 0; i < kPillars.size(); ++i) {
    if (kPillars[i] == name) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace trousse::phare
