#include "pdf/text/FrenchSpacing.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "common/Utf8.hpp"

namespace trousse::pdf {
namespace {

using Kind = InlineItem::Kind;

constexpr std::string_view kNbsp = "\u00A0";
constexpr std::string_view kNarrowNbsp = "\u202F";

std::string_view textOf(Glue glue) { return glue == Glue::NarrowNbsp ? kNarrowNbsp : kNbsp; }

bool isSpaceLike(char32_t c) {
  return c == U' ' || c == 0x00A0 || c == 0x202F || (c >= 0x2002 && c <= 0x200A);
}

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

/// What may follow a question mark or a colon at the end of a word: other closing
/// punctuation ("?!", "?»", ":)", "?…").
bool isClosing(char32_t c) {
  switch (c) {
    case U';':
    case U'!':
    case U'?':
    case U':':
    case U'.':
    case U',':
    case U')':
    case U']':
    case U'"':
    case U'\'':
    case 0x00BB:
    case 0x2019:
    case 0x201D:
    case 0x2026:
      return true;
    default:
      return isSpaceLike(c);
  }
}

/// The text of a token without what closes a sentence or a clause after it ("2026." → "2026").
std::string_view withoutTrailingPunctuation(std::string_view token) {
  while (!token.empty() &&
         std::string_view(".,;:!?)]»…").find(token.back()) != std::string_view::npos) {
    token.remove_suffix(1);
  }
  // "»" and "…" are multibyte: strip their whole encoding.
  for (std::string_view tail : {std::string_view("\u00BB"), std::string_view("\u2026")}) {
    while (token.size() >= tail.size() && token.substr(token.size() - tail.size()) == tail) {
      token.remove_suffix(tail.size());
    }
  }
  return token;
}

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// "12", "3,5", "1.5", "+33", "-4": a number that a unit or a month may follow.
bool isNumber(std::string_view s) {
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
  if (s.empty() || !isDigit(static_cast<unsigned char>(s.front())) ||
      !isDigit(static_cast<unsigned char>(s.back()))) {
    return false;
  }
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; });
}

/// "1er", "1re", "2e", "3ème", "2nd", "2nde", "XXIe" is left out (it is a name's part).
bool isOrdinal(std::string_view s) {
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits == s.size()) return false;
  const std::string_view suffix = s.substr(digits);
  for (std::string_view known :
       {"er", "re", "e", "es", "ème", "èmes", "nd", "nde", "ᵉ", "ᵉʳ", "ʳᵉ"}) {
    if (suffix == known) return true;
  }
  return false;
}

template <std::size_t N>
bool isOneOf(std::string_view s, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), s) != std::end(words);
}

constexpr std::string_view kMonths[] = {
    "janvier",   "février", "mars",     "avril",    "mai",       "juin",    "juillet",  "août",
    "septembre", "octobre", "novembre", "décembre", "Janvier",   "Février", "Mars",     "Avril",
    "Mai",       "Juin",    "Juillet",  "Août",     "Septembre", "Octobre", "Novembre", "Décembre"};

// Units and the nouns of quantities schools write after numbers.
constexpr std::string_view kUnits[] = {
    "€",        "$",     "£",      "%",      "‰",       "°",       "°C",       "km",
    "m",        "cm",    "mm",     "m²",     "m³",      "km²",     "ha",       "kg",
    "g",        "mg",    "t",      "l",      "L",       "cl",      "ml",       "dl",
    "h",        "min",   "mn",     "s",      "ms",      "j",       "Ko",       "Mo",
    "Go",       "To",    "ko",     "km/h",   "W",       "kW",      "kWh",      "V",
    "euro",     "euros", "an",     "ans",    "mois",    "jour",    "jours",    "semaine",
    "semaines", "heure", "heures", "minute", "minutes", "seconde", "secondes", "pt"};

// Abbreviated titles and words that never end a line apart from what follows.
constexpr std::string_view kAbbreviations[] = {"M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles",
                                               "Me", "Mes", "Dr",  "Pr",   "Mgr",  "n°",
                                               "N°", "nos", "p.",  "art.", "§",    "St"};

/// The length of the space-like character ending at byte `end` of `text` (exclusive), or 0:
/// ' ', U+00A0 (C2 A0), U+2002 to U+200A (E2 80 82–8A) and U+202F (E2 80 AF). Scanning
/// bytes, since this runs for every space of every paragraph.
inline std::size_t spaceEndingAt(std::string_view text, std::size_t end) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char last = at(end - 1);
  if (last == ' ') return 1;
  if (last == 0xA0 && end >= 2 && at(end - 2) == 0xC2) return 2;
  if ((last == 0xAF || (last >= 0x82 && last <= 0x8A)) && end >= 3 && at(end - 2) == 0x80 &&
      at(end - 3) == 0xE2) {
    return 3;
  }
  return 0;
}

/// The last token of `text`: what follows its last space, breakable or not.
std::string_view lastToken(std::string_view text) {
  for (std::size_t end = text.size(); end > 0; --end) {
    if (spaceEndingAt(text, end) != 0) return text.substr(end);
  }
  return text;
}

/// The first token of `text`: what precedes its first space.
std::string_view firstToken(std::string_view text) {
  for (std::size_t end = 1; end <= text.size(); ++end) {
    if (const std::size_t length = spaceEndingAt(text, end)) return text.substr(0, end - length);
  }
  return text;
}

bool startsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view prefix : prefixes) {
    if (s.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// ---- Inside words: the spaces an author left out or typed wrong ----------------------------

struct Char {
  char32_t c = 0;
  std::uint32_t item = 0, offset = 0, length = 0;
};

struct Edit {
  std::uint32_t item = 0, offset = 0, erase = 0;
  std::string_view insert;
};

/// Fixes the spaces inside words; one instance serves every word of a text.
class WordSpacer {
 public:
  explicit WordSpacer(std::vector<InlineItem>& items) : items_(items) {}

  /// The word made of the Text items [first, last).
  void space(std::size_t first, std::size_t last) {
    chars_.clear();
    edits_.clear();
    word_.clear();
    for (std::size_t i = first; i < last; ++i) {
      const std::string& text = items_[i].text;
      word_ += text;
      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::nextCodePoint(text, pos);
        chars_.push_back(Char{c, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(start),
                              static_cast<std::uint32_t>(pos - start)});
      }
    }
    skip_ = looksLikeAddress(word_);
    run();
  }

 private:
  void run() {
    if (skip_) return;
    for (std::size_t k = 0; k < chars_.size(); ++k) {
      if (items_[chars_[k].item].style.mono) continue;
      const char32_t c = chars_[k].c;
      switch (c) {
        case U';':
        case U'!':
        case U'?':
          spaceBefore(k, Glue::NarrowNbsp, true);
          break;
        case U':':
          spaceBefore(k, Glue::Nbsp, true);
          break;
        case 0x00BB:  // »
          spaceBefore(k, Glue::Nbsp, false);
          break;
        case 0x00AB:  // «
          spaceAfterOpeningQuote(k);
          break;
        case U'h':
          spaceAroundHours(k);
          break;
        case U'%':
        case 0x20AC:  // €
          if (k > 0 && isDigit(chars_[k - 1].c) && !inMono(k - 1)) insertBefore(k, Glue::Nbsp);
          break;
        default:
          break;
      }
    }
    apply();
  }

 private:
  bool inMono(std::size_t k) const { return items_[chars_[k].item].style.mono; }

  /// Only closing punctuation follows `k` up to the next space or the word's end.
  bool endsToken(std::size_t k) const {
    for (std::size_t j = k + 1; j < chars_.size() && !isSpaceLike(chars_[j].c); ++j) {
      if (!isClosing(chars_[j].c)) return false;
    }
    return true;
  }

  void spaceBefore(std::size_t k, Glue glue, bool onlyAtTokenEnd) {
    if (k == 0) return;  // the space before, if any, was a breakable one: see glueBetween
    const Char& previous = chars_[k - 1];
    if (isSpaceLike(previous.c)) {
      if (!inMono(k - 1) && textOf(glue) != std::string_view(items_[previous.item].text)
                                                .substr(previous.offset, previous.length)) {
        edits_.push_back(Edit{previous.item, previous.offset, previous.length, textOf(glue)});
      }
      return;
    }
    if (onlyAtTokenEnd && !endsToken(k)) return;  // "17:30", "http://", "?x=1"
    switch (previous.c) {
      case U';':
      case U'!':
      case U'?':
      case U':':
      case U'(':
      case U'[':
      case 0x00AB:
        return;  // "?!" takes one space, before its first mark
      default:
        break;
    }
    insertBefore(k, glue);
  }

  void spaceAfterOpeningQuote(std::size_t k) {
    if (k + 1 >= chars_.size()) return;
    const Char& next = chars_[k + 1];
    if (next.c == 0x00BB) return;  // "«»"
    if (isSpaceLike(next.c)) {
      if (!inMono(k + 1) &&
          std::string_view(items_[next.item].text).substr(next.offset, next.length) != kNbsp) {
        edits_.push_back(Edit{next.item, next.offset, next.length, kNbsp});
      }
      return;
    }
    edits_.push_back(Edit{next.item, next.offset, 0, kNbsp});
  }

  /// "17h30" and "9h" become "17 h 30" and "9 h".
  void spaceAroundHours(std::size_t k) {
    std::size_t start = k, end = k + 1;
    while (start > 0 && isDigit(chars_[start - 1].c)) --start;
    while (end < chars_.size() && isDigit(chars_[end].c)) ++end;
    const std::size_t before = k - start, after = end - k - 1;
    if (before < 1 || before > 2 || (after != 0 && after != 2)) return;
    if (start > 0 && !isSpaceLike(chars_[start - 1].c)) return;
    if (end < chars_.size() && !isClosing(chars_[end].c)) return;
    for (std::size_t j = start; j < end; ++j) {
      if (inMono(j)) return;
    }
    insertBefore(k, Glue::Nbsp);
    if (after == 2) edits_.push_back(Edit{chars_[k + 1].item, chars_[k + 1].offset, 0, kNbsp});
  }

  void insertBefore(std::size_t k, Glue glue) {
    edits_.push_back(Edit{chars_[k].item, chars_[k].offset, 0, textOf(glue)});
  }

  void apply() {
    // From the end, so that earlier offsets stay valid.
    std::sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
      return a.item != b.item ? a.item > b.item : a.offset > b.offset;
    });
    for (const Edit& edit : edits_) {
      items_[edit.item].text.replace(edit.offset, edit.erase, edit.insert);
    }
  }

  std::vector<InlineItem>& items_;
  std::vector<Char> chars_;
  std::vector<Edit> edits_;
  std::string word_;
  bool skip_ = false;
};

/// Whether a piece of text has a character WordSpacer acts on: most words have none.
bool mayNeedSpacing(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case ';':
      case '!':
      case '?':
      case ':':
      case '%':
      case 0xC2:  // U+0080 to U+00BF: « », no-break space
        return true;
      case 'h':
        if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') return true;
        break;
      case 0xE2: {  // €, and the spaces of U+2000 to U+200A and U+202F (not ’)
        const auto b1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const auto b2 = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        if ((b1 == 0x82 && b2 == 0xAC) || (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF))) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

/// The text of the Text items [first, last): a view of the item's text when there is one,
/// else their texts joined in `buffer`.
std::string_view textOf(const std::vector<InlineItem>& items, std::size_t first, std::size_t last,
                        std::string& buffer) {
  if (last == first + 1) return items[first].text;
  buffer.clear();
  for (std::size_t i = first; i < last; ++i) buffer += items[i].text;
  return buffer;
}

}  // namespace

bool looksLikeAddress(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.find('@') != std::string_view::npos ||
         startsWithAny(word, {"www.", "mailto:"});
}

Glue glueBetween(std::string_view before, std::string_view after) {
  // This runs for every space of every paragraph: the cheap tests come first.
  if (after.empty()) return Glue::Breakable;
  switch (after.front()) {
    case ';':
    case '!':
    case '?':
      return Glue::NarrowNbsp;
    case ':':
      return Glue::Nbsp;
    default:
      if (startsWithAny(after, {"\u00BB"})) return Glue::Nbsp;
      break;
  }
  before = lastToken(before);
  if (before.empty()) return Glue::Breakable;
  if (endsWith(before, "\u00AB")) return Glue::Nbsp;
  // What is left holds a number, an ordinal, an abbreviation or "h" to what follows.
  const char first = before.front();
  const bool numeric = (first >= '0' && first <= '9') || first == '+' || first == '-';
  if (!numeric) {
    if (before.size() > 5 ||
        std::string_view("MDPnNpaS\xC2h").find(first) == std::string_view::npos) {
      return Glue::Breakable;
    }
    if (isOneOf(before, kAbbreviations)) return Glue::Nbsp;
    const std::string_view next = withoutTrailingPunctuation(firstToken(after));
    if (before == "h" && next.size() == 2 && allDigits(next)) return Glue::Nbsp;  // "17 h 30"
    return Glue::Breakable;
  }
  const std::string_view next = withoutTrailingPunctuation(firstToken(after));
  if (isNumber(before)) {
    if (isOneOf(next, kUnits) || isOneOf(next, kMonths)) return Glue::Nbsp;
    const bool plainGroup = allDigits(before) || (first == '+' && allDigits(before.substr(1)));
    if (plainGroup && allDigits(next)) {
      // Phone numbers go in pairs ("01 48 57 00 00", "+33 1 48 57 00 00"); amounts in
      // thousands ("12 000", "1 500 000").
      if (next.size() == 2 || (next.size() == 1 && first == '+')) return Glue::Nbsp;
      if (next.size() == 3 && before.size() <= 3 && first != '+') return Glue::NarrowNbsp;
    }
  }
  if (isOrdinal(before)) return Glue::Nbsp;
  return Glue::Breakable;
}

namespace {

/// Turns the breakable spaces between two words of prose into the glue `glueOf` gives.
/// `tokenStart`: the first item after the last space, breakable or glue, before item i.
void glueSpaces(std::vector<InlineItem>& items,
                Glue (*glueOf)(std::string_view before, std::string_view after)) {
  std::string beforeBuffer, afterBuffer;
  std::size_t tokenStart = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind != Kind::Space) {
      if (items[i].kind == Kind::Break) tokenStart = i + 1;
      continue;
    }
    const bool between = i > tokenStart && i + 1 < items.size() &&
                         items[i - 1].kind == Kind::Text && items[i + 1].kind == Kind::Text;
    if (between && !items[i + 1].style.mono) {
      std::size_t wordEnd = i + 1;
      while (wordEnd < items.size() && items[wordEnd].kind == Kind::Text) ++wordEnd;
      // After code, only the punctuation rules apply: "`make` :" but not "`12` €".
      const std::string_view before =
          items[i - 1].style.mono ? std::string_view() : textOf(items, tokenStart, i, beforeBuffer);
      const Glue glue = glueOf(before, textOf(items, i + 1, wordEnd, afterBuffer));
      if (glue != Glue::Breakable) {
        items[i].kind = Kind::Text;
        items[i].text = std::string(textOf(glue));
      }
    }
    tokenStart = i + 1;
  }
}

/// The glue of a phone number's groups ("01 48 57 00 00", "+33 1 48 57 00 00") only.
Glue phoneGlue(std::string_view before, std::string_view after) {
  before = lastToken(before);
  const std::string_view next = withoutTrailingPunctuation(firstToken(after));
  if (before.empty() || next.empty() || !allDigits(next)) return Glue::Breakable;
  const bool plus = before.front() == '+';
  if (!allDigits(plus ? before.substr(1) : before)) return Glue::Breakable;
  return next.size() == 2 || (next.size() == 1 && plus) ? Glue::Nbsp : Glue::Breakable;
}

}  // namespace

void keepPhoneNumbersTogether(std::vector<InlineItem>& items) { glueSpaces(items, phoneGlue); }

void applyFrenchSpacing(std::vector<InlineItem>& items) {
  glueSpaces(items, glueBetween);

  // Inside each word (glue included): spaces missing or of the wrong kind.
  WordSpacer spacer(items);
  for (std::size_t i = 0; i < items.size();) {
    if (items[i].kind != Kind::Text) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool triggered = false;
    for (; end < items.size() && items[end].kind == Kind::Text; ++end) {
      triggered = triggered || mayNeedSpacing(items[end].text);
    }
    if (triggered) spacer.space(i, end);
    i = end;
  }
}

}  // namespace trousse::pdf
