#include "plugins/phare/PracticeSections.hpp"

#include <sstream>

namespace trousse::phare {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

/// The length of a list marker at the start of `line` ("- ", "* ", "12. ", "3) "), or 0.
std::size_t markerLength(const std::string& line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    return 2;
  }
  std::size_t digits = 0;
  while (digits < line.size() && digits < 9 && line[digits] >= '0' && line[digits] <= '9') {
    ++digits;
  }
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      line[digits + 1] == ' ') {
    return digits + 2;
  }
  return 0;
}

}  // namespace

std::string sectionText(const std::string& markdown, const std::string& heading) {
  std::istringstream lines(markdown);
  std::string line, text;
  bool inside = false;
  while (std::getline(lines, line)) {
    if (line.rfind("## ", 0) == 0) {
      if (inside) break;
      inside = trimmed(line.substr(3)) == heading;
      continue;
    }
    if (inside) text += line + "\n";
  }
  return text;
}

std::vector<std::string> listItems(const std::string& text) {
  std::vector<std::string> items;
  std::istringstream lines(text);
  std::string line;
  bool open = false;  // the last item may go on with the next line
  while (std::getline(lines, line)) {
    const std::string content = trimmed(line);
    if (content.empty()) {
      open = false;
      continue;
    }
    const bool indented = line[0] == ' ' || line[0] == '\t';
    if (const std::size_t marker = markerLength(content); marker > 0 && !indented) {
      items.push_back(trimmed(content.substr(marker)));
      open = true;
    } else if (open || (!items.empty() && indented)) {
      items.back() += " " + content;
    } else {
      items.push_back(content);
      open = true;
    }
  }
  return items;
}

PracticeSections sectionsOf(const std::string& markdown) {
  return {listItems(sectionText(markdown, "Déroulement")),
          listItems(sectionText(markdown, "Points de vigilance")),
          listItems(sectionText(markdown, "Indices de réussite"))};
}

}  // namespace trousse::phare
