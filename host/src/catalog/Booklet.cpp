#include "catalog/Booklet.hpp"

#include "catalog/Vocabulary.hpp"
#include "markdown/MarkdownTree.hpp"
#include "markdown/NodeIterator.hpp"
#include "template/MarkdownEscape.hpp"

#include <cmark-gfm.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <set>

namespace trousse::catalog {
namespace {

std::string escaped(const std::string& text) { return markdown_escape::escapeLine(text); }

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + escaped(value);
  return out;
}

std::string duration(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + " min";
  const int rest = minutes % 60;
  return std::to_string(minutes / 60) + " h" + (rest ? " " + std::to_string(rest) : "");
}

/// The body with every heading one level further down (`##` → `###`), rendered back to
/// Markdown by cmark so that code and lists are left as they are.
std::string demoted(const std::string& markdown, int by) {
  const MarkdownTree tree = MarkdownTree::parse(markdown);
  const NodeIterator iter = iterate(tree.root());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      cmark_node_set_heading_level(node, std::min(6, cmark_node_get_heading_level(node) + by));
    }
  }
  const std::unique_ptr<char, decltype(&std::free)> text(
      cmark_render_commonmark(tree.root(), CMARK_OPT_DEFAULT, 0), &std::free);
  return text.get();
}

std::string practiceSection(const Practice& p, const Catalog& catalog) {
  std::string out = "## " + escaped(p.title) + "\n\n";
  if (!p.summary.empty()) out += "*" + escaped(p.summary) + "*\n\n";
  out += "| | |\n|---|---|\n";
  out += "| Durée | " + duration(p.durationMinutes) + " |\n";
  out += "| Niveaux | " + joined(p.levels) + " |\n";
  out += "| Publics | " + joined(p.audiences) + " |\n";
  if (!p.participants.empty()) out += "| Participants | " + escaped(p.participants) + " |\n";
  if (!p.material.empty()) out += "| Matériel | " + joined(p.material) + " |\n";
  out += "\n";
  if (!p.objectives.empty()) {
    out += "**Objectifs**\n\n";
    for (const std::string& objective : p.objectives) out += "- " + escaped(objective) + "\n";
    out += "\n";
  }
  out += demoted(p.markdown, 1) + "\n";
  std::vector<std::string> related;
  for (const std::string& id : p.related) {
    if (const auto other = catalog.find(id)) related.push_back(other->title);
  }
  if (!related.empty()) {
    out += "### Pratiques liées\n\n";
    for (const std::string& title : related) out += "- " + escaped(title) + "\n";
    out += "\n";
  }
  if (!p.sources.empty()) {
    out += "### Sources\n\n";
    for (const PracticeSource& source : p.sources) {
      const bool address = source.reference.rfind("https://", 0) == 0;
      out += "- " + escaped(source.title) + " : " +
             (address ? "<" + source.reference + ">" : escaped(source.reference)) + "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace

std::string bookletMarkdown(const std::string& title, const std::vector<Practice>& practices,
                            const Catalog& catalog) {
  constexpr int kOthers = 9;  // no known pillar
  std::map<int, std::vector<const Practice*>> byPillar;
  // Under a pillar, the practices printed under another pillar that also have this one.
  std::map<int, std::vector<std::pair<const Practice*, int>>> seeAlso;
  for (const Practice& practice : practices) {
    const int number = practice.pillars.empty() ? 0 : pillarNumber(practice.pillars.front());
    const int printedUnder = number == 0 ? kOthers : number;
    byPillar[printedUnder].push_back(&practice);
    std::set<int> others;
    for (const std::string& pillar : practice.pillars) {
      const int other = pillarNumber(pillar);
      if (other != 0 && other != printedUnder && others.insert(other).second) {
        seeAlso[other].emplace_back(&practice, printedUnder);
      }
    }
  }
  std::set<int> headings;
  for (const auto& [number, group] : byPillar) headings.insert(number);
  for (const auto& [number, group] : seeAlso) headings.insert(number);

  std::string quoted;  // a YAML double-quoted string
  for (char c : title) quoted += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  std::string out = "---\nlayout: document\ntitle: \"" + quoted + "\"\n---\n\n";
  bool first = true;
  for (const int number : headings) {
    if (!first) out += "<!-- saut de page -->\n\n";
    first = false;
    out += "# " +
           (number <= 8 ? std::to_string(number) + ". " + escaped(pillars()[number - 1])
                        : std::string("Autres pratiques")) +
           "\n\n";
    if (const auto also = seeAlso.find(number); also != seeAlso.end()) {
      std::string line;
      for (const auto& [practice, printedUnder] : also->second) {
        line += (line.empty() ? "" : " ; ") + escaped(practice->title) + " (" +
                (printedUnder == kOthers ? std::string("autres pratiques")
                                         : "pilier " + std::to_string(printedUnder)) +
                ")";
      }
      out += "Voir aussi : " + line + "\n\n";
    }
    if (const auto group = byPillar.find(number); group != byPillar.end()) {
      for (const Practice* practice : group->second) out += practiceSection(*practice, catalog);
    }
  }
  return out;
}

}  // namespace trousse::catalog
