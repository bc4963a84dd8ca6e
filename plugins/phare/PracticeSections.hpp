#pragma once

#include <string>
#include <vector>

namespace trousse::phare {

/// The three sections of a practice's body ("## Déroulement", "## Points de vigilance",
/// "## Indices de réussite"), each as the text of its list items.
struct PracticeSections {
  std::vector<std::string> steps;
  std::vector<std::string> vigilance;
  std::vector<std::string> success;
};

/// The text under the level-2 heading `heading` of a Markdown body, up to the next level-2
/// heading; empty when there is no such heading.
std::string sectionText(const std::string& markdown, const std::string& heading);
/// The items of the (numbered or bulleted) list in `text`, each on one line: continuation
/// lines are joined with a space, markers removed. Text that is not in a list is one item
/// per paragraph.
std::vector<std::string> listItems(const std::string& text);
PracticeSections sectionsOf(const std::string& markdown);

}  // namespace trousse::phare
