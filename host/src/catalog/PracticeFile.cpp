#include "catalog/PracticeFile.hpp"

#include "markdown/FrontMatterSplit.hpp"

#include "common/Errors.hpp"
#include "template/FrontMatter.hpp"

#include <Poco/NumberParser.h>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

namespace trousse::catalog {
namespace {

namespace fs = std::filesystem;

constexpr const char* kKeys[] = {
    "id",     "titre",        "resume",    "piliers",        "niveaux", "publics",
    "duree",  "participants", "materiel",  "objectifs",      "liees",   "sources",
    "statut", "auteur",       "relecteur", "date_relecture", "version"};
// Keys every practice has; relecteur and date_relecture are checked with the status.
constexpr const char* kRequired[] = {"id",      "titre",  "resume",       "piliers",  "niveaux",
                                     "publics", "duree",  "participants", "materiel", "objectifs",
                                     "sources", "statut", "auteur",       "version"};

/// Reads the front matter's map, one key at a time; each problem names the line of its node.
class PracticeReader {
 public:
  PracticeReader(PracticeFile& out, CatalogProblems& problems, int firstLine)
      : out_(out), problems_(problems), firstLine_(firstLine) {}

  void read(const YAML::Node& root) {
    std::set<std::string> known(std::begin(kKeys), std::end(kKeys));
    for (const auto& entry : root) {
      const std::string key = entry.first.Scalar();
      out_.keyLines[key] = lineOf(entry.first);
      if (!known.count(key)) report(entry.first, "clé « " + key + " » inconnue");
    }
    for (const char* key : kRequired) {
      if (!root[key]) report(firstLine_ - 1, std::string("champ « ") + key + " » manquant");
    }
    Practice& p = out_.practice;
    text(root, "id", p.id);
    text(root, "titre", p.title);
    text(root, "resume", p.summary);
    list(root, "piliers", p.pillars);
    list(root, "niveaux", p.levels);
    list(root, "publics", p.audiences);
    minutes(root, "duree", p.durationMinutes);
    text(root, "participants", p.participants);
    list(root, "materiel", p.material);
    list(root, "objectifs", p.objectives);
    list(root, "liees", p.related);
    sources(root, p.sources);
    text(root, "statut", p.status);
    text(root, "auteur", p.author);
    text(root, "relecteur", p.reviewer);
    text(root, "date_relecture", p.reviewDate);
    text(root, "version", p.version);
  }

 private:
  int lineOf(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? firstLine_ - 1 : firstLine_ + mark.line;
  }
  void report(int line, std::string message) {
    problems_.push_back({out_.file, line, std::move(message)});
  }
  void mistyped(const char* key, const YAML::Node& node, std::string message) {
    out_.mistyped.insert(key);
    report(node, std::move(message));
  }
  void report(const YAML::Node& node, std::string message) {
    report(lineOf(node), std::move(message));
  }

  void text(const YAML::Node& root, const char* key, std::string& target) {
    const YAML::Node node = root[key];
    if (!node || node.IsNull()) return;
    if (!node.IsScalar()) {
      mistyped(key, node, std::string("« ") + key + " » doit être un texte");
      return;
    }
    target = node.Scalar();
  }

  void list(const YAML::Node& root, const char* key, std::vector<std::string>& target) {
    const YAML::Node node = root[key];
    if (!node || node.IsNull()) return;
    if (!node.IsSequence()) {
      mistyped(key, node, std::string("« ") + key + " » doit être une liste (« - … » par ligne)");
      return;
    }
    for (const YAML::Node& item : node) {
      if (!item.IsScalar()) {
        report(item, std::string("chaque élément de « ") + key + " » doit être un texte");
        continue;
      }
      // "objectifs.2": the line of an item, for the spelling of one objective.
      out_.keyLines[std::string(key) + "." + std::to_string(target.size())] = lineOf(item);
      target.push_back(item.Scalar());
    }
  }

  void minutes(const YAML::Node& root, const char* key, int& target) {
    const YAML::Node node = root[key];
    if (!node || node.IsNull()) return;
    int value = 0;
    if (!node.IsScalar() || !Poco::NumberParser::tryParse(node.Scalar(), value) || value <= 0) {
      mistyped(key, node, std::string("« ") + key + " » doit être un nombre entier de minutes");
      return;
    }
    target = value;
  }

  void sources(const YAML::Node& root, std::vector<PracticeSource>& target) {
    const YAML::Node node = root["sources"];
    if (!node || node.IsNull()) return;
    if (!node.IsSequence()) {
      mistyped("sources", node,
               "« sources » doit être une liste de « - titre: … » / « reference: … »");
      return;
    }
    for (const YAML::Node& item : node) {
      if (!item.IsMap() || !item["titre"] || !item["reference"] || !item["titre"].IsScalar() ||
          !item["reference"].IsScalar()) {
        report(item, "chaque source a un « titre » et une « reference » (textes)");
        continue;
      }
      target.push_back({item["titre"].Scalar(), item["reference"].Scalar()});
    }
  }

  PracticeFile& out_;
  CatalogProblems& problems_;
  int firstLine_;
};

}  // namespace

int PracticeFile::lineOf(const std::string& key) const {
  const auto found = keyLines.find(key);
  return found == keyLines.end() ? 1 : found->second;
}

std::optional<PracticeFile> readPracticeFile(const fs::path& file, const std::string& origin,
                                             CatalogProblems& problems) {
  const auto text = readText(file);
  if (!text) {
    problems.push_back({file, 0, "fichier illisible"});
    return std::nullopt;
  }
  const FrontMatterSplit split = splitFrontMatter(*text);
  if (split.kind == FrontMatterSplit::Kind::Unclosed) {
    problems.push_back({file, 1, "en-tête YAML non fermé : ligne « --- » attendue"});
    return std::nullopt;
  }
  if (split.kind == FrontMatterSplit::Kind::None) {
    problems.push_back({file, 1, "en-tête YAML manquant : le fichier doit commencer par « --- »"});
    return std::nullopt;
  }
  const int kFirstLine = split.yamlLine;
  YAML::Node root;
  try {
    root = YAML::Load(std::string(split.yaml));
  } catch (const YAML::Exception& error) {
    const int lastLine = split.bodyLine - 2;
    const int line =
        error.mark.is_null() ? kFirstLine : std::min(kFirstLine + error.mark.line, lastLine);
    problems.push_back({file, line, "erreur de syntaxe YAML dans l'en-tête : " + error.msg});
    return std::nullopt;
  }
  if (!root.IsMap()) {
    problems.push_back({file, kFirstLine, "l'en-tête doit être une suite de clés « clé: valeur »"});
    return std::nullopt;
  }
  PracticeFile result;
  result.file = file;
  result.bodyLine = split.bodyLine;
  result.practice.origin = origin;
  result.practice.markdown = std::string(split.body);
  PracticeReader(result, problems, kFirstLine).read(root);
  return result;
}

}  // namespace trousse::catalog
