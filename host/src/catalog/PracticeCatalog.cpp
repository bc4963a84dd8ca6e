#include "catalog/PracticeCatalog.hpp"

#include "catalog/CatalogCheck.hpp"
#include "catalog/ClosestIds.hpp"
#include "catalog/FrenchText.hpp"
#include "catalog/SearchQuery.hpp"
#include "catalog/SpellChecker.hpp"
#include "catalog/Vocabulary.hpp"
#include "common/Errors.hpp"

#include <Poco/Environment.h>
#include <Poco/Path.h>

#include <algorithm>
#include <set>

namespace trousse::catalog {
namespace {

namespace fs = std::filesystem;

constexpr const char* kShippedOrigin = "catalogue Trousse";

std::string folderName(const fs::path& folder) {
  const fs::path normal = folder.lexically_normal();
  return normal.has_filename() ? normal.filename().string()
                               : normal.parent_path().filename().string();
}

/// Reads and checks every file; what cannot be read is left out and reported.
CatalogContents readAll(const std::vector<std::pair<FileStamp, std::string>>& files,
                        const CatalogOptions& options) {
  CatalogContents contents;
  std::unique_ptr<SpellChecker> spelling;
  if (!options.dictionary.empty()) {
    try {
      spelling = std::make_unique<SpellChecker>(options.dictionary, options.wordList);
    } catch (const IoError& error) {
      contents.problems.push_back({options.wordList.empty() ? options.dictionary : options.wordList,
                                   0, std::string(error.what()) + " : orthographe non vérifiée"});
    }
  }
  const CatalogCheck check(spelling.get());
  for (const auto& [stamp, origin] : files) {
    auto file = readPracticeFile(stamp.path, origin, contents.problems);
    if (!file) continue;
    const CatalogProblems found = check.checkFile(*file);
    contents.problems.insert(contents.problems.end(), found.begin(), found.end());
    contents.files.push_back(std::move(*file));
  }
  return contents;
}

std::vector<std::string> resolved(const std::vector<std::string>& values,
                                  const std::vector<std::string>& allowed, const char* what,
                                  bool pillar) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    const auto found = pillar ? pillarFromUser(value) : valueFromUser(value, allowed);
    if (!found) {
      throw UsageError(std::string(what) + " « " + value + " » inconnu (" +
                       (pillar ? std::string("un numéro de 1 à 8 ou l'intitulé d'un pilier")
                               : frenchList(allowed)) +
                       ")");
    }
    out.push_back(*found);
  }
  return out;
}

bool meets(const std::vector<std::string>& wanted, const std::vector<std::string>& values) {
  if (wanted.empty()) return true;
  return std::any_of(values.begin(), values.end(), [&](const std::string& value) {
    return std::find(wanted.begin(), wanted.end(), value) != wanted.end();
  });
}

}  // namespace

struct PracticeCatalog::ResolvedFilter {
  std::vector<std::string> pillars, levels, audiences, statuses;
  std::optional<int> maxDuration;
  bool allStatuses = false;
};

PracticeCatalog::PracticeCatalog(const CatalogOptions& options) : index_(options.cacheFolder) {
  std::vector<std::pair<FileStamp, std::string>> files;
  std::vector<FileStamp> listing;
  CatalogProblems folderProblems;
  for (std::size_t i = 0; i < options.folders.size(); ++i) {
    const fs::path& folder = options.folders[i];
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
      folderProblems.push_back({folder, 0, "dossier de pratiques introuvable"});
      continue;
    }
    const std::string origin = i == 0 ? kShippedOrigin : folderName(folder);
    for (FileStamp& stamp : listPracticeFiles({folder})) {
      listing.push_back(stamp);
      files.emplace_back(std::move(stamp), origin);
    }
  }
  auto contents = index_.load(listing);
  if (!contents) {
    contents = readAll(files, options);
    index_.rebuild(listing, *contents);
    rebuilt_ = true;
  }
  files_ = std::move(contents->files);
  problems_ = std::move(folderProblems);
  problems_.insert(problems_.end(), contents->problems.begin(), contents->problems.end());
  const CatalogProblems together = CatalogCheck::checkTogether(files_);
  problems_.insert(problems_.end(), together.begin(), together.end());
  std::stable_sort(problems_.begin(), problems_.end(),
                   [](const CatalogProblem& a, const CatalogProblem& b) {
                     return std::tie(a.file, a.line) < std::tie(b.file, b.line);
                   });

  kept_.assign(files_.size(), false);
  for (std::size_t i = 0; i < files_.size(); ++i) {
    // The first file wins an id: the shipped catalog before local folders.
    if (byId_.emplace(files_[i].practice.id, i).second) {
      kept_[i] = true;
      alphabetical_.push_back(i);
      ids_.push_back(files_[i].practice.id);
    }
  }
  std::vector<std::string> keys(files_.size());
  for (std::size_t i : alphabetical_) keys[i] = foldForComparison(files_[i].practice.title);
  std::sort(alphabetical_.begin(), alphabetical_.end(), [&](std::size_t a, std::size_t b) {
    const Practice& left = files_[a].practice;
    const Practice& right = files_[b].practice;
    return std::tie(keys[a], left.title, left.id) < std::tie(keys[b], right.title, right.id);
  });
}

PracticeCatalog::~PracticeCatalog() = default;

PracticeCatalog::ResolvedFilter PracticeCatalog::resolve(const PracticeFilter& filter) const {
  ResolvedFilter out;
  out.pillars = resolved(filter.pillars, pillars(), "pilier", true);
  out.levels = resolved(filter.levels, levels(), "niveau", false);
  out.audiences = resolved(filter.audiences, audiences(), "public", false);
  out.statuses = resolved(filter.statuses, statuses(), "statut", false);
  if (out.statuses.empty()) out.statuses = {"publié"};
  out.maxDuration = filter.maxDurationMinutes;
  out.allStatuses = filter.allStatuses;
  return out;
}

bool PracticeCatalog::passes(const Practice& p, const ResolvedFilter& filter) const {
  if (!filter.allStatuses && !meets(filter.statuses, {p.status})) return false;
  if (filter.maxDuration && p.durationMinutes > *filter.maxDuration) return false;
  return meets(filter.pillars, p.pillars) && meets(filter.levels, p.levels) &&
         meets(filter.audiences, p.audiences);
}

std::optional<Practice> PracticeCatalog::find(const std::string& id) const {
  const auto found = byId_.find(id);
  if (found == byId_.end()) return std::nullopt;
  return files_[found->second].practice;
}

std::vector<Practice> PracticeCatalog::list(const PracticeFilter& filter) const {
  const ResolvedFilter resolvedFilter = resolve(filter);
  std::vector<Practice> out;
  for (std::size_t i : alphabetical_) {
    if (passes(files_[i].practice, resolvedFilter)) out.push_back(files_[i].practice);
  }
  return out;
}

std::vector<PracticeHit> PracticeCatalog::search(const std::string& text,
                                                 const PracticeFilter& filter,
                                                 std::size_t limit) const {
  const ResolvedFilter resolvedFilter = resolve(filter);
  const SearchQuery query = searchQuery(text);
  if (query.words.empty() || limit == 0) return {};
  IndexFilter bits;
  bits.pillars = valueBits(resolvedFilter.pillars, pillars());
  bits.levels = valueBits(resolvedFilter.levels, levels());
  bits.audiences = valueBits(resolvedFilter.audiences, audiences());
  bits.statuses = resolvedFilter.allStatuses ? 0 : valueBits(resolvedFilter.statuses, statuses());
  if (resolvedFilter.maxDuration) bits.maxDurationMinutes = *resolvedFilter.maxDuration;
  // Files whose id another file took are in the index too: ask for enough to leave them out.
  const std::size_t shadowed = files_.size() - alphabetical_.size();
  std::vector<PracticeHit> hits;
  for (CatalogIndex::Hit& hit : index_.search(query, bits, limit + shadowed)) {
    if (hit.file >= files_.size() || !kept_[hit.file]) continue;
    hits.push_back({files_[hit.file].practice, std::move(hit.snippet), hit.score});
    if (hits.size() == limit) break;
  }
  return hits;
}

std::vector<std::string> PracticeCatalog::closestIds(const std::string& id,
                                                     std::size_t limit) const {
  return catalog::closestIds(id, ids_, limit);
}

}  // namespace trousse::catalog
