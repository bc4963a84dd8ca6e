#include "pdf/layout/PageBreak.hpp"
#include "common/Text.hpp"

#include <string>
#include <string_view>

namespace trousse::pdf {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

bool isPageBreakMarker(const char* htmlBlock) {
  if (htmlBlock == nullptr) return false;
  std::string_view text = trimmed(htmlBlock);
  if (text.size() < 7 || !text.starts_with("<!--") || !text.ends_with("-->")) return false;
  text = trimmed(text.substr(4, text.size() - 7));
  std::string words;  // lower case, one space between words
  for (char c : text) {
    if (isSpace(c)) {
      if (!words.empty() && words.back() != ' ') words += ' ';
    } else {
      words += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return words == "saut de page";
}

}  // namespace trousse::pdf
