#include "template/MarkdownEscape.hpp"
#include "common/Text.hpp"

#include "common/Utf8.hpp"

#include <cstring>

namespace trousse::markdown_escape {
namespace {

/// Line breaks normalised to "\n", other controls removed; tabs become spaces. Works on
/// bytes: every value of every letter goes through here.
std::string withoutControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  if (!utf8::isValid(text)) {
    // Invalid UTF-8 is refused by the schema check; here, keep only the ASCII that is safe.
    for (char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte == '\n' || (byte >= 0x20 && byte < 0x7F)) out += c;
      if (byte == '\t') out += ' ';
    }
    return out;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\r') {
      if (i + 1 == text.size() || text[i + 1] != '\n') out += '\n';
    } else if (byte == '\t') {
      out += ' ';
    } else if (byte == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      ++i;  // U+0080 to U+009F, the C1 controls (valid UTF-8: a continuation byte follows)
    } else if (byte == '\n' || (byte >= 0x20 && byte != 0x7F)) {
      out += text[i];  // bytes of multibyte characters included
    }
  }
  return out;
}

}  // namespace

bool isAsciiPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

std::string escapePunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!isAsciiPunctuation(text[i])) continue;
    out.append(text, start, i - start);
    out += '\\';
    start = i;
  }
  out.append(text, start, text.size() - start);
  return out;
}

std::string plainLine(std::string_view text) {
  std::string clean = withoutControls(text);
  for (char& c : clean) {
    if (c == '\n') c = ' ';
  }
  return std::string(trimmed(clean, " \t"));
}

std::vector<std::string> plainLines(std::string_view text) {
  const std::string clean = withoutControls(text);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= clean.size()) {
    auto end = clean.find('\n', start);
    if (end == std::string::npos) end = clean.size();
    lines.emplace_back(trimmed(std::string_view(clean).substr(start, end - start), " \t"));
    start = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::size_t firstNonEmpty = 0;
  while (firstNonEmpty < lines.size() && lines[firstNonEmpty].empty()) ++firstNonEmpty;
  lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(firstNonEmpty));
  return lines;
}

std::string escapeLine(std::string_view text) { return escapePunctuation(plainLine(text)); }

std::string escapeLines(std::string_view text) { return escapedLines(plainLines(text)); }

std::string escapedLines(const std::vector<std::string>& plain) {
  std::string out;
  bool first = true;
  for (const std::string& line : plain) {
    if (!first) out += "\\\n";
    out += escapePunctuation(line);
    first = false;
  }
  return out;
}

std::string unescape(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    if (markdown[i] == '\\' && i + 1 < markdown.size() &&
        (isAsciiPunctuation(markdown[i + 1]) || markdown[i + 1] == '\n')) {
      ++i;
    }
    out += markdown[i];
  }
  return out;
}

}  // namespace trousse::markdown_escape
