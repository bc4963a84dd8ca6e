#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace trousse {

/// The eight pillars of the pHARe programme, in the ministry's words and order: pillar N is
/// kPharePillars[N - 1]. Practices name them exactly so.
inline constexpr std::array<const char*, 8> kPharePillars = {
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

/// A source a practice cites: an institutional text or a research paper.
struct PracticeSource {
  std::string title;      ///< "Guide de la méthode de la préoccupation partagée"
  std::string reference;  ///< an https address, or a bibliographic reference
};

/// One practice of the catalog (`content/practices/<id>.md`), as a value: front matter fields
/// and its Markdown body. The body has the sections "## Déroulement", "## Points de vigilance"
/// and "## Indices de réussite".
struct Practice {
  std::string id;
  std::string title;                    ///< titre
  std::string summary;                  ///< resume: one or two sentences
  std::vector<std::string> pillars;     ///< piliers, in the ministry's words
  std::vector<std::string> levels;      ///< niveaux: maternelle, élémentaire, collège, lycée
  std::vector<std::string> audiences;   ///< publics
  int durationMinutes = 0;              ///< duree
  std::string participants;             ///< group size, in words ("8 à 12 élèves")
  std::vector<std::string> material;    ///< materiel
  std::vector<std::string> objectives;  ///< objectifs
  std::vector<std::string> related;     ///< liees: ids of related practices
  std::vector<PracticeSource> sources;
  std::string status;      ///< statut: brouillon, relu or publié
  std::string author;      ///< auteur
  std::string reviewer;    ///< relecteur
  std::string reviewDate;  ///< date_relecture, YYYY-MM-DD
  std::string version;
  std::string origin;    ///< "catalogue Trousse" or the local folder's name
  std::string markdown;  ///< the body, after the front matter

  bool published() const { return status == "publié"; }
};

/// What a search or a listing keeps. Empty lists keep everything; values within one list are
/// alternatives, lists together must all match.
struct PracticeFilter {
  std::vector<std::string> pillars;
  std::vector<std::string> levels;
  std::vector<std::string> audiences;
  std::optional<int> maxDurationMinutes;
  std::vector<std::string> statuses;  ///< empty: published practices only
  bool allStatuses = false;           ///< drafts too, for reviewers (`--tous`)
};

/// One search result, best first.
struct PracticeHit {
  Practice practice;
  std::string snippet;  ///< a short extract around the match, the matched words in «  »
  double score = 0;     ///< higher is better
};

/// The shared catalog of practices, read-only and safe to call from many threads.
class Catalog {
 public:
  virtual ~Catalog() = default;
  /// The practice, whatever its status, or nothing.
  virtual std::optional<Practice> find(const std::string& id) const = 0;
  /// Practices that pass the filter, in French alphabetical order of titles.
  virtual std::vector<Practice> list(const PracticeFilter& filter) const = 0;
  /// Practices matching a user's text (accents and case ignored, prefixes matched), most
  /// relevant first. The text is never interpreted as query syntax.
  virtual std::vector<PracticeHit> search(const std::string& text, const PracticeFilter& filter,
                                          std::size_t limit = 20) const = 0;
};

}  // namespace trousse
