#include "catalog/CatalogCheck.hpp"

#include "catalog/BodyText.hpp"
#include "catalog/ClosestIds.hpp"
#include "catalog/SpellChecker.hpp"
#include "catalog/Vocabulary.hpp"
#include "common/Utf8.hpp"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/URI.h>
#include <Poco/Unicode.h>

#include <map>
#include <regex>
#include <set>

namespace trousse::catalog {
namespace {

const char* const kSections[] = {"Déroulement", "Points de vigilance", "Indices de réussite"};

bool isSlug(const std::string& id) {
  static const std::regex kSlug("[a-z0-9]+(-[a-z0-9]+)*");
  return std::regex_match(id, kSlug);
}

bool isRealDate(const std::string& text) {
  static const std::regex kDate("(\\d{4})-(\\d{2})-(\\d{2})");
  std::smatch parts;
  if (!std::regex_match(text, parts, kDate)) return false;
  return Poco::DateTime::isValid(std::stoi(parts[1]), std::stoi(parts[2]), std::stoi(parts[3]));
}

class FileChecker {
 public:
  FileChecker(const PracticeFile& file, const BodyText& body, CatalogProblems& problems)
      : file_(file), p_(file.practice), body_(body), problems_(problems) {}

  void run() {
    checkId();
    checkTexts();
    checkValues("piliers", p_.pillars, pillars(), /*pillarNumbers=*/true);
    checkValues("niveaux", p_.levels, levels(), false);
    checkValues("publics", p_.audiences, audiences(), false);
    checkSources();
    checkReview();
    checkSections();
  }

 private:
  void report(const std::string& key, std::string message) {
    problems_.push_back({file_.file, file_.lineOf(key), std::move(message)});
  }

  void checkId() {
    if (!file_.keyLines.count("id")) return;  // reported as missing
    const std::string stem = file_.file.stem().string();
    if (!isSlug(p_.id)) {
      report("id", "identifiant « " + p_.id + " » invalide : minuscules sans accent, chiffres " +
                       "et tirets (« " + stem + " » par exemple)");
    } else if (p_.id != stem) {
      report("id",
             "l'identifiant « " + p_.id + " » doit être le nom du fichier (« " + stem + ".md »)");
    }
  }

  void checkTexts() {
    for (const char* key : {"titre", "resume", "participants", "auteur", "version"}) {
      if (!file_.keyLines.count(key)) continue;
      const std::string& value = key == std::string("titre")          ? p_.title
                                 : key == std::string("resume")       ? p_.summary
                                 : key == std::string("participants") ? p_.participants
                                 : key == std::string("auteur")       ? p_.author
                                                                      : p_.version;
      if (value.empty()) report(key, std::string("« ") + key + " » est vide");
    }
    if (!p_.status.empty() || file_.keyLines.count("statut")) {
      if (!valueFromUser(p_.status, statuses()) ||
          p_.status != *valueFromUser(p_.status, statuses())) {
        report("statut", "statut « " + p_.status + " » inconnu (" + frenchList(statuses()) + ")");
      }
    }
  }

  void checkValues(const std::string& key, const std::vector<std::string>& values,
                   const std::vector<std::string>& allowed, bool pillarNumbers) {
    if (!file_.keyLines.count(key) || file_.mistyped.count(key)) return;
    if (values.empty()) report(key, "« " + key + " » est vide : au moins une valeur attendue");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < values.size(); ++i) {
      const std::string& value = values[i];
      const std::string itemKey = key + "." + std::to_string(i);
      if (!seen.insert(value).second) {
        report(itemKey, "« " + value + " » figure deux fois dans « " + key + " »");
      }
      if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) continue;
      const auto close = pillarNumbers ? pillarFromUser(value) : valueFromUser(value, allowed);
      if (close) {
        report(itemKey, "écrivez « " + *close + " » (au lieu de « " + value + " »)");
      } else if (pillarNumbers) {
        report(itemKey, "pilier « " + value + " » inconnu : écrivez l'un des huit piliers de " +
                            "pHARe dans les mots du ministère");
      } else {
        report(itemKey,
               "« " + value + " » inconnu dans « " + key + " » (" + frenchList(allowed) + ")");
      }
    }
  }

  void checkSources() {
    if (!file_.keyLines.count("sources") || file_.mistyped.count("sources")) return;
    if (p_.sources.empty()) report("sources", "au moins une source est attendue");
    for (const PracticeSource& source : p_.sources) {
      const std::string& reference = source.reference;
      if (reference.find("://") == std::string::npos && reference.rfind("www.", 0) != 0) {
        continue;  // a bibliographic reference
      }
      bool ok = false;
      try {
        const Poco::URI uri(reference);
        ok = uri.getScheme() == "https" && !uri.getHost().empty() &&
             reference.find_first_of(" \t") == std::string::npos;
      } catch (const Poco::SyntaxException&) {
      }
      if (!ok) {
        report("sources", "adresse « " + reference + " » mal formée (adresse complète en " +
                              "https:// attendue)");
      }
    }
  }

  void checkReview() {
    if (!p_.reviewDate.empty() && !isRealDate(p_.reviewDate)) {
      report("date_relecture",
             "date « " + p_.reviewDate + " » invalide (AAAA-MM-JJ, une " + "date qui existe)");
    }
    if (!p_.published()) return;
    if (p_.reviewer.empty()) {
      report("statut", "une pratique « publié » doit avoir un « relecteur »");
    }
    if (p_.reviewDate.empty()) {
      report("statut", "une pratique « publié » doit avoir une « date_relecture »");
    }
  }

  void checkSections() {
    const auto fileLine = [&](int bodyLine) { return file_.bodyLine + bodyLine - 1; };
    const auto sectionReport = [&](int bodyLine, std::string message) {
      problems_.push_back({file_.file, fileLine(bodyLine), std::move(message)});
    };
    const std::string order = "Déroulement, Points de vigilance, puis Indices de réussite";
    std::vector<const BodySection*> firsts(std::size(kSections), nullptr);
    std::size_t highest = 0;  // the furthest known section met so far, plus one
    for (const BodySection& section : body_.sections) {
      const auto* found = std::find(std::begin(kSections), std::end(kSections), section.title);
      if (found == std::end(kSections)) {
        sectionReport(section.line, "section « " + section.title + " » inconnue (sections " +
                                        "attendues : " + order + ")");
        continue;
      }
      const auto index = static_cast<std::size_t>(found - std::begin(kSections));
      if (firsts[index]) {
        sectionReport(section.line, "section « " + section.title + " » en double");
        continue;
      }
      firsts[index] = &section;
      if (index + 1 < highest) {
        sectionReport(section.line,
                      "section « " + section.title + " » hors de l'ordre (" + order + ")");
      }
      highest = std::max(highest, index + 1);
      if (index == 0 && !section.hasOrderedList) {
        sectionReport(section.line, "« Déroulement » doit être une liste numérotée (« 1. … »)");
      }
    }
    for (std::size_t i = 0; i < std::size(kSections); ++i) {
      if (firsts[i]) continue;
      // Point at the section it should come before, when there is one.
      const BodySection* next = nullptr;
      for (std::size_t j = i + 1; j < std::size(kSections) && !next; ++j) next = firsts[j];
      const std::string missing = std::string("section « ## ") + kSections[i] + " » manquante";
      if (next) {
        sectionReport(next->line, missing + " avant « " + next->title + " »");
      } else {
        problems_.push_back({file_.file, file_.bodyLine, missing});
      }
    }
  }

  const PracticeFile& file_;
  const Practice& p_;
  const BodyText& body_;
  CatalogProblems& problems_;
};

/// Words to spell in a text: letters with inner apostrophes and hyphens; addresses, e-mail
/// addresses and anything with a digit are skipped.
std::vector<std::string> spellingWords(const std::string& text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \t\n", start), text.size());
    const std::string token = text.substr(start, end - start);
    start = end + 1;
    if (token.find("://") != std::string::npos || token.rfind("www.", 0) == 0 ||
        token.find('@') != std::string::npos) {
      continue;
    }
    std::u32string word;
    bool hasDigit = false;
    const auto flush = [&] {
      // No apostrophe or hyphen at either end ("élèves-" in "élèves-/parents").
      while (!word.empty() &&
             (word.back() == U'-' || word.back() == U'\'' || word.back() == U'\u2019')) {
        word.pop_back();
      }
      if (!word.empty() && !hasDigit) {
        words.push_back(utf8::encode(std::vector<char32_t>(word.begin(), word.end())));
      }
      word.clear();
      hasDigit = false;
    };
    for (char32_t cp : utf8::decode(token).value_or(std::vector<char32_t>{})) {
      const int ch = static_cast<int>(cp);
      if (Poco::Unicode::isAlpha(ch) || Poco::Unicode::isDigit(ch)) {
        hasDigit = hasDigit || Poco::Unicode::isDigit(ch);
        word += cp;
      } else if ((cp == U'\'' || cp == U'\u2019' || cp == U'-') && !word.empty()) {
        word += cp;
      } else {
        flush();
      }
    }
    flush();
  }
  return words;
}

}  // namespace

CatalogProblems CatalogCheck::checkFile(const PracticeFile& file) const {
  CatalogProblems problems;
  const BodyText body = BodyText::read(file.practice.markdown);
  FileChecker(file, body, problems).run();
  if (spelling_) checkSpelling(file, body, problems);
  return problems;
}

void CatalogCheck::checkSpelling(const PracticeFile& file, const BodyText& body,
                                 CatalogProblems& problems) const {
  const auto check = [&](const std::string& text, int line) {
    for (const std::string& word : spellingWords(text)) {
      if (const auto suggestion = spelling_->misspelled(word)) {
        problems.push_back({file.file, line,
                            "« " + word + " » : mot inconnu" +
                                (suggestion->empty() ? "" : " (« " + *suggestion + " » ?)") +
                                " ; s'il est juste, ajoutez-le à la liste de mots du projet"});
      }
    }
  };
  const Practice& p = file.practice;
  check(p.title, file.lineOf("titre"));
  check(p.summary, file.lineOf("resume"));
  for (std::size_t i = 0; i < p.objectives.size(); ++i) {
    check(p.objectives[i], file.lineOf("objectifs." + std::to_string(i)));
  }
  for (std::size_t i = 0; i < p.material.size(); ++i) {
    check(p.material[i], file.lineOf("materiel." + std::to_string(i)));
  }
  for (const BodyLine& piece : body.prose) {
    check(piece.text, file.bodyLine + piece.line - 1);
  }
}

CatalogProblems CatalogCheck::checkTogether(const std::vector<PracticeFile>& files) {
  CatalogProblems problems;
  std::map<std::string, const PracticeFile*> byId;
  std::vector<std::string> ids;
  for (const PracticeFile& file : files) {
    const std::string& id = file.practice.id;
    if (id.empty()) continue;
    const auto [it, inserted] = byId.emplace(id, &file);
    if (!inserted) {
      problems.push_back({file.file, file.lineOf("id"),
                          "identifiant « " + id + " » déjà pris par " + it->second->file.string()});
    } else {
      ids.push_back(id);
    }
  }
  for (const PracticeFile& file : files) {
    for (std::size_t i = 0; i < file.practice.related.size(); ++i) {
      const std::string& id = file.practice.related[i];
      if (byId.count(id)) continue;
      const auto close = closestIds(id, ids, 1);
      problems.push_back({file.file, file.lineOf("liees." + std::to_string(i)),
                          "pratique liée « " + id + " » introuvable" +
                              (close.empty() ? "" : " (« " + close.front() + " » ?)")});
    }
  }
  return problems;
}

}  // namespace trousse::catalog
