#include "pdf/text/Ordinals.hpp"

#include <array>
#include <span>
#include <utility>

#include "common/Utf8.hpp"
#include "pdf/text/FrenchSpacing.hpp"

namespace trousse::pdf {
namespace {

using Kind = InlineItem::Kind;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isRomanDigit(char c) { return c == 'I' || c == 'V' || c == 'X'; }

/// Letters and digits join what they touch into one word: an ordinal must not touch them.
bool isWordChar(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x52F) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

/// Whether the code point ending at byte `end` of `text` is part of a word.
bool wordCharBefore(std::string_view text, std::size_t end) {
  if (end == 0) return false;
  std::size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return isWordChar(utf8::nextCodePoint(text, start));
}

/// Whether the code point starting at byte `start` of `text` is part of a word.
bool wordCharAt(std::string_view text, std::size_t start) {
  return start < text.size() && isWordChar(utf8::nextCodePoint(text, start));
}

/// I to XXXIX, written the canonical way: the numbers of centuries, republics, kings.
bool isRomanNumeral(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && i < 3 && s[i] == 'X') ++i;
  const std::string_view units = s.substr(i);
  if (units.empty()) return i > 0;
  static constexpr std::array<std::string_view, 9> kUnits = {"I",  "II",  "III",  "IV", "V",
                                                             "VI", "VII", "VIII", "IX"};
  for (std::string_view u : kUnits) {
    if (units == u) return true;
  }
  return false;
}

/// The letters an ordinal takes after its number, as French typography writes them.
std::span<const std::string_view> suffixesFor(std::string_view number, bool roman) {
  static constexpr std::array<std::string_view, 4> kFirst = {"er", "ers", "re", "res"};
  static constexpr std::array<std::string_view, 6> kSecond = {"e", "es", "d", "de", "ds", "des"};
  static constexpr std::array<std::string_view, 2> kOther = {"e", "es"};
  if (roman) {
    if (number == "I") return std::span(kFirst);  // "François Ier"
    return std::span(kOther);
  }
  if (number == "1") return std::span(kFirst);  // "1e" is a mistake for "1er" or "1re"
  if (number == "2") return std::span(kSecond);
  return std::span(kOther);
}

/// Whether an ordinal's letters may start at `i`: a quick test, since this runs for every
/// word of every paragraph.
bool mayStartLetters(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c != 'e' && c != 'r' && c != 'd') return false;
  return i > 0 && (isDigit(text[i - 1]) || isRomanDigit(text[i - 1]));
}

bool mayHoldOrdinal(std::string_view text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (mayStartLetters(text, i)) return true;
  }
  return false;
}

InlineItem piece(const InlineItem& item, std::size_t offset, std::size_t length, bool raised) {
  InlineItem out;
  out.kind = Kind::Text;
  out.style = item.style;
  out.text.assign(item.text, offset, length);
  if (raised) {
    out.style.superscript = true;
    out.style.size *= kSuperscriptScale;
  }
  return out;
}

}  // namespace

std::vector<OrdinalLetters> findOrdinals(std::string_view text) {
  std::vector<OrdinalLetters> found;
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (!mayStartLetters(text, i)) continue;
    const bool roman = isRomanDigit(text[i - 1]);
    std::size_t start = i - 1;
    while (start > 0 && (roman ? isRomanDigit(text[start - 1]) : isDigit(text[start - 1]))) {
      --start;
    }
    const std::string_view number = text.substr(start, i - start);
    if (wordCharBefore(text, start)) continue;
    if (roman ? !isRomanNumeral(number) : number.front() == '0') continue;
    for (std::string_view suffix : suffixesFor(number, roman)) {
      if (text.substr(i, suffix.size()) == suffix && !wordCharAt(text, i + suffix.size())) {
        found.push_back(OrdinalLetters{i, suffix.size()});
        i += suffix.size() - 1;
        break;
      }
    }
  }
  return found;
}

void applyOrdinalSuperscripts(std::vector<InlineItem>& items) {
  // Where ordinals are: most paragraphs have none, and are left as they are, without a copy.
  struct Found {
    std::size_t item;
    std::vector<OrdinalLetters> letters;
  };
  std::vector<Found> found;
  std::string word;
  for (std::size_t i = 0; i < items.size();) {
    if (items[i].kind != Kind::Text) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool candidate = false;
    for (; end < items.size() && items[end].kind == Kind::Text; ++end) {
      candidate = candidate || (!items[end].style.mono && mayHoldOrdinal(items[end].text));
    }
    if (candidate) {
      // A word (its Text items) that is a URL or an e-mail address stays as typed.
      word.clear();
      for (std::size_t k = i; k < end; ++k) word += items[k].text;
      const bool address = looksLikeAddress(word);
      for (std::size_t k = i; k < end && !address; ++k) {
        if (items[k].style.mono) continue;
        std::vector<OrdinalLetters> letters = findOrdinals(items[k].text);
        if (!letters.empty()) found.push_back(Found{k, std::move(letters)});
      }
    }
    i = end;
  }
  if (found.empty()) return;

  std::vector<InlineItem> out;
  out.reserve(items.size() + 2 * found.size() + 1);
  auto next = found.begin();
  for (std::size_t i = 0; i < items.size(); ++i) {
    InlineItem& item = items[i];
    if (next == found.end() || next->item != i) {
      out.push_back(std::move(item));
      continue;
    }
    std::size_t from = 0;
    for (const OrdinalLetters& letters : next->letters) {
      out.push_back(piece(item, from, letters.offset - from, false));
      out.push_back(piece(item, letters.offset, letters.length, true));
      from = letters.offset + letters.length;
    }
    if (from < item.text.size()) out.push_back(piece(item, from, item.text.size() - from, false));
    ++next;
  }
  items = std::move(out);
}

}  // namespace trousse::pdf
