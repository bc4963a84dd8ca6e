// `trousse catalog …`: list, search, show, check, new and export the practices catalog.
#include "app/ErrorReport.hpp"
#include "app/TrousseApp.hpp"

#include "catalogapi/CatalogModule.hpp"
#include "common/Errors.hpp"
#include "core/AtomicFile.hpp"
#include "core/EstablishmentConfig.hpp"

#include <cctype>
#include <iostream>

namespace trousse {
namespace {

std::string joined(const std::vector<std::string>& items, const std::string& separator = ", ") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string durationText(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + " min";
  const int rest = minutes % 60;
  return std::to_string(minutes / 60) + " h" + (rest ? " " + std::to_string(rest) : "");
}

std::string isoToday() {
  const auto today = TemplateExpander::todayLocal();
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(today.year()),
                static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
  return text;
}

std::string frenchToday() {
  static const char* const kMonths[] = {"janvier",   "février", "mars",     "avril",
                                        "mai",       "juin",    "juillet",  "août",
                                        "septembre", "octobre", "novembre", "décembre"};
  const auto today = TemplateExpander::todayLocal();
  const unsigned day = static_cast<unsigned>(today.day());
  return (day == 1 ? std::string("1er") : std::to_string(day)) + " " +
         kMonths[static_cast<unsigned>(today.month()) - 1] + " " +
         std::to_string(static_cast<int>(today.year()));
}

/// "id", then the title, duration and levels; the status when not published, and the origin
/// of an establishment's own practice.
void printSummaryLine(const Practice& practice) {
  std::cout << practice.id << "\n    " << practice.title << " — "
            << durationText(practice.durationMinutes) << ", " << joined(practice.levels);
  if (!practice.published()) std::cout << " [" << practice.status << "]";
  if (practice.origin != "catalogue Trousse") std::cout << " (" << practice.origin << ")";
  std::cout << "\n";
}

/// A bookmark's title as written in Markdown: cmark-gfm's smart punctuation made its
/// apostrophes and quotes typographic.
std::string plainPunctuation(std::string text) {
  for (const auto& [typographic, plain] : {std::pair<std::string, std::string>{"’", "'"},
                                           {"‘", "'"},
                                           {"“", "\""},
                                           {"”", "\""},
                                           {"…", "..."}}) {
    for (auto at = text.find(typographic); at != std::string::npos;
         at = text.find(typographic, at)) {
      text.replace(at, typographic.size(), plain);
      at += plain.size();
    }
  }
  return text;
}

/// The booklet's Markdown with a table of contents whose page numbers come from a first
/// rendering: the table has the same lines either way, so the pages do not move.
std::string withContents(const std::string& cover, const std::string& body,
                         const std::vector<RenderReport::Heading>* headings) {
  std::string contents = "# Sommaire\n\n| Partie | Page |\n|:---|---:|\n";
  // Each heading of the body takes the page of the first heading of the first pass with the
  // same level and title not yet taken (the layout's own title block comes first).
  std::vector<bool> taken(headings ? headings->size() : 0, false);
  auto pageOf = [&](int level, const std::string& title) -> std::string {
    for (std::size_t i = 0; headings != nullptr && i < headings->size(); ++i) {
      const RenderReport::Heading& heading = (*headings)[i];
      if (!taken[i] && heading.level == level && plainPunctuation(heading.title) == title) {
        taken[i] = true;
        return std::to_string(heading.page);
      }
    }
    return "00";  // the first pass: a number as wide, so that the lines do not move
  };
  bool fenced = false;
  for (std::size_t start = 0, end; start < body.size(); start = end + 1) {
    end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    const std::string_view line(body.data() + start, end - start);
    if (line.starts_with("```") || line.starts_with("~~~")) fenced = !fenced;
    const int level = fenced ? 0 : line.starts_with("# ") ? 1 : line.starts_with("## ") ? 2 : 0;
    if (level == 0) continue;
    // The heading as cmark-gfm reads it: without the escapes of its punctuation.
    std::string title;
    const std::string_view written = line.substr(static_cast<std::size_t>(level) + 1);
    for (std::size_t i = 0; i < written.size(); ++i) {
      if (written[i] == '\\' && i + 1 < written.size() &&
          std::ispunct(static_cast<unsigned char>(written[i + 1])))
        ++i;
      title += written[i];
    }
    contents += "| " + std::string(level == 2 ? "    " : "**") + std::string(written) +
                (level == 1 ? "**" : "") + " | " + pageOf(level, title) + " |\n";
  }
  return cover + "<!-- saut de page -->\n\n" + contents + "\n<!-- saut de page -->\n\n" + body;
}

}  // namespace

PracticeFilter TrousseApp::practiceFilter() const {
  PracticeFilter filter;
  if (options_.pillar) filter.pillars.push_back(*options_.pillar);
  if (options_.level) filter.levels.push_back(*options_.level);
  if (options_.audience) filter.audiences.push_back(*options_.audience);
  if (options_.status) filter.statuses.push_back(*options_.status);
  if (options_.maxDuration) {
    try {
      std::size_t used = 0;
      const int minutes = std::stoi(*options_.maxDuration, &used);
      if (used != options_.maxDuration->size() || minutes <= 0) throw std::invalid_argument("");
      filter.maxDurationMinutes = minutes;
    } catch (const std::exception&) {
      throw UsageError("--duree-max attend un nombre de minutes, pas « " + *options_.maxDuration +
                       " »");
    }
  }
  filter.allStatuses = options_.all;
  return filter;
}

int TrousseApp::runCatalog(const std::vector<std::string>& args) {
  const std::string usage =
      "usage : trousse catalog (list | search \"TEXTE\" | show ID | check | new ID | "
      "export --out F.pdf) [filtres]";
  if (args.empty()) throw UsageError(usage);
  const std::string& command = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "new") {
    if (rest.size() != 1) throw UsageError("usage : trousse catalog new ID [--out-dir DOSSIER]");
    const std::string text =
        getSubsystem<RenderSubsystem>().catalogModule().skeleton(rest.front(), "", isoToday());
    std::filesystem::path folder = options_.outDir ? std::filesystem::path(*options_.outDir)
                                                   : catalogLocalFolder().value_or(".");
    const std::filesystem::path file = folder / (rest.front() + ".md");
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
      throw IoError("le fichier existe déjà, il n'est pas remplacé : " + file.string());
    }
    writeFilesAtomically({{file, text}});
    std::cout << file.string() << "\n";
    return EXIT_OK;
  }

  const catalog::ReviewedCatalog& practices = practiceCatalog();
  if (command == "check") {
    if (!rest.empty()) throw UsageError("usage : trousse catalog check");
    for (const auto& problem : practices.problems()) std::cerr << problem.text() << "\n";
    const std::size_t count = practices.problems().size();
    if (count > 0) {
      std::cerr << "trousse : " << count << " problème" << (count > 1 ? "s" : "")
                << " dans le catalogue\n";
      return static_cast<int>(ErrorKind::Data);
    }
    std::cerr << "trousse : catalogue vérifié, aucun problème ("
              << practices.list(PracticeFilter{{}, {}, {}, {}, {}, true}).size() << " pratiques)\n";
    return EXIT_OK;
  }
  if (command == "list") {
    if (!rest.empty()) throw UsageError("usage : trousse catalog list [filtres]");
    const std::vector<Practice> found = practices.list(practiceFilter());
    if (found.empty()) std::cout << "Aucune pratique ne correspond.\n";
    for (const Practice& practice : found) printSummaryLine(practice);
    return EXIT_OK;
  }
  if (command == "search") {
    if (rest.size() != 1) throw UsageError("usage : trousse catalog search \"TEXTE\" [filtres]");
    const std::vector<PracticeHit> hits = practices.search(rest.front(), practiceFilter());
    if (hits.empty()) std::cout << "Aucune pratique ne correspond à « " << rest.front() << " ».\n";
    for (const PracticeHit& hit : hits) {
      printSummaryLine(hit.practice);
      if (!hit.snippet.empty()) std::cout << "    " << hit.snippet << "\n";
    }
    return EXIT_OK;
  }
  if (command == "show") {
    if (rest.size() != 1) throw UsageError("usage : trousse catalog show ID");
    const std::optional<Practice> practice = practices.find(rest.front());
    if (!practice) {
      const std::vector<std::string> close = practices.closestIds(rest.front());
      throw UsageError("pratique inconnue : « " + rest.front() + " »" +
                       (close.empty() ? std::string(" (trousse catalog list)")
                                      : " ; vouliez-vous dire : " + joined(close) + " ?"));
    }
    const Practice& p = *practice;
    std::cout << p.title << "\n"
              << std::string(p.title.size() > 60 ? 60 : p.title.size(), '=') << "\n\n"
              << p.summary << "\n\n"
              << "Identifiant   : " << p.id << "\n"
              << "Statut        : " << p.status << " (version " << p.version << ")\n"
              << "Origine       : " << p.origin << "\n"
              << "Durée         : " << durationText(p.durationMinutes) << "\n"
              << "Participants  : " << p.participants << "\n"
              << "Niveaux       : " << joined(p.levels) << "\n"
              << "Publics       : " << joined(p.audiences) << "\n"
              << "Piliers pHARe : " << joined(p.pillars, "\n                ") << "\n"
              << "Matériel      : " << (p.material.empty() ? "aucun" : joined(p.material)) << "\n"
              << "Objectifs     : " << joined(p.objectives, "\n                ") << "\n";
    if (!p.related.empty()) std::cout << "Voir aussi    : " << joined(p.related) << "\n";
    std::cout << "\n" << p.markdown << "\nSources\n-------\n";
    for (const PracticeSource& source : p.sources) {
      std::cout << "- " << source.title << " : " << source.reference << "\n";
    }
    if (!p.reviewer.empty()) {
      std::cout << "\nRelu par " << p.reviewer << " le " << p.reviewDate << ".\n";
    }
    return EXIT_OK;
  }
  if (command == "export") {
    if (!rest.empty() || !options_.out) {
      throw UsageError("usage : trousse catalog export --out REFERENTIEL.pdf [filtres]");
    }
    requireOutputFolder(*options_.out);
    const std::vector<Practice> selected = practices.list(practiceFilter());
    if (selected.empty()) throw DataError("aucune pratique ne correspond aux filtres", {});
    const Establishment establishment = readEstablishment(config());
    const std::string title = "Référentiel de pratiques";
    // The cover: the layout's title block, then what the booklet holds and for whom.
    const std::string cover =
        "**" + std::to_string(selected.size()) +
        " pratiques pour prévenir le harcèlement et agir quand il survient**\n\n" +
        "Programme pHARe : repères pour les équipes des écoles et des établissements.\n\n" +
        (establishment.name.empty() ? "" : establishment.name + "\n\n") + "Édition du " +
        frenchToday() + ".\n\n";
    const std::string body =
        getSubsystem<RenderSubsystem>().catalogModule().booklet(title, selected, practices);
    Document booklet;
    booklet.title = title;
    booklet.layout = "document";
    booklet.establishment = establishment;
    booklet.author = establishment.name;
    // First pass for the pages of the headings, second with them in the table of contents.
    booklet.markdown = withContents(cover, body, nullptr);
    const RenderResult draft = service().write({booklet}, {true, false, true});
    booklet.markdown = withContents(cover, body, &draft.headings);
    const RenderResult result = service().write({std::move(booklet)}, {true, false, true});
    writeFilesAtomically({{*options_.out, result.pdf}});
    std::cout << *options_.out << "\n";
    return EXIT_OK;
  }
  throw UsageError("commande inconnue : « catalog " + command + " » (" + usage + ")");
}

}  // namespace trousse
