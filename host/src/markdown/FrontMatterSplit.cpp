#include "markdown/FrontMatterSplit.hpp"

namespace trousse {
namespace {

bool isFenceLine(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line == "---";
}

}  // namespace

FrontMatterSplit splitFrontMatter(std::string_view text) {
  FrontMatterSplit result;
  result.body = text;
  const auto firstEnd = text.find('\n');
  if (!isFenceLine(text.substr(0, firstEnd))) return result;
  result.kind = FrontMatterSplit::Kind::Unclosed;
  if (firstEnd == std::string_view::npos) return result;
  std::size_t lineStart = firstEnd + 1;
  int line = 2;
  while (lineStart <= text.size()) {
    auto lineEnd = text.find('\n', lineStart);
    const bool last = lineEnd == std::string_view::npos;
    if (last) lineEnd = text.size();
    if (isFenceLine(text.substr(lineStart, lineEnd - lineStart))) {
      result.kind = FrontMatterSplit::Kind::Closed;
      result.yaml = text.substr(firstEnd + 1, lineStart - firstEnd - 1);
      result.body = last ? std::string_view() : text.substr(lineEnd + 1);
      result.bodyLine = line + 1;
      return result;
    }
    if (last) break;
    lineStart = lineEnd + 1;
    ++line;
  }
  return result;
}

}  // namespace trousse
