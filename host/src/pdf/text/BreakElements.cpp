#include "pdf/text/BreakElements.hpp"

#include <algorithm>
#include <string>

#include "common/Utf8.hpp"
#include "pdf/fonts/TextMeasure.hpp"
#include "pdf/text/FrenchSpacing.hpp"
#include "pdf/text/Hyphenator.hpp"
#include "pdf/text/Typography.hpp"

namespace trousse::pdf {
namespace {

using Kind = InlineItem::Kind;

constexpr int kHyphenPenalty = 50;            // TeX's \hyphenpenalty
constexpr int kExplicitHyphenPenalty = 50;    // TeX's \exhyphenpenalty
constexpr int kEmergencyPenalty = 500;        // cutting a word without a hyphen: a last resort
constexpr int kGluedEmergencyPenalty = 5000;  // cutting it next to glue: the very last
constexpr std::size_t kMinLetters = 5;
constexpr std::size_t kMaxLetters = 30;  // longer is not a word (a code, a pasted identifier)

bool isFrenchLowercase(char32_t c) {
  if (c >= U'a' && c <= U'z') return true;
  switch (c) {
    case U'à':
    case U'â':
    case U'ä':
    case U'æ':
    case U'ç':
    case U'é':
    case U'è':
    case U'ê':
    case U'ë':
    case U'î':
    case U'ï':
    case U'ô':
    case U'ö':
    case U'œ':
    case U'ù':
    case U'û':
    case U'ü':
    case U'ÿ':
      return true;
    default:
      return false;
  }
}

bool isLetter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x3FF) ||
         (c >= 0x400 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool isUppercase(char32_t c) {
  if (c >= U'A' && c <= U'Z') return true;
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  if (c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D) return true;
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  if (c >= 0x1E00 && c <= 0x1EFF) return c % 2 == 0;
  return false;
}

/// Characters that must not be parted: glue and what it holds, « and what follows it.
bool holdsToNeighbour(char32_t left, char32_t right) {
  auto isGlue = [](char32_t c) { return c == 0x00A0 || c == 0x202F; };
  if (isGlue(left) || isGlue(right) || left == 0x00AB) return true;
  switch (right) {
    case U':':
    case U';':
    case U'!':
    case U'?':
    case 0x00BB:
      return true;
    default:
      return false;
  }
}

bool isApostrophe(char32_t c) { return c == U'\'' || c == 0x2019; }
bool isHyphen(char32_t c) { return c == U'-' || c == 0x2010; }

struct WordChar {
  char32_t c = 0;
  std::uint32_t item = 0, offset = 0;
};

struct WordBreak {
  std::size_t before = 0;  ///< the character the next line would start with
  BreakLevel level = BreakLevel::Always;
  int penalty = 0;
  bool flagged = false, addsHyphen = false;
};

class ElementBuilder {
 public:
  ElementBuilder(const InlineContent& content, double lineWidth, bool hyphenate, FontBook& fonts)
      : items_(content.items), lineWidth_(lineWidth), hyphenate_(hyphenate), fonts_(fonts) {}

  std::vector<Element> run() {
    elements_.reserve(items_.size() + items_.size() / 2 + 2);
    bool lineStart = true;  // spaces at the start of the text or of a hard line are dropped
    for (std::size_t i = 0; i < items_.size();) {
      const InlineItem& item = items_[i];
      if (item.kind == Kind::Text) {
        std::size_t end = i;
        while (end < items_.size() && items_[end].kind == Kind::Text) ++end;
        addWord(i, end);
        lineStart = false;
        i = end;
        continue;
      }
      if (item.kind == Kind::Space) {
        const bool trailing = i + 1 == items_.size();
        if (!lineStart && !trailing) {
          Element& glue = elements_.emplace_back();
          glue.type = Element::Type::Glue;
          glue.width = item.width;
          glue.stretch = item.width * kSpaceStretch;
          glue.shrink = item.width * kSpaceShrink;
          glue.item = static_cast<std::uint32_t>(i);
        }
      } else {
        addForcedBreak(i);
        lineStart = true;
      }
      ++i;
    }
    const bool ended = !elements_.empty() && elements_.back().type == Element::Type::Penalty &&
                       elements_.back().penalty == kForcedBreak;
    if (!elements_.empty() && !ended) addForcedBreak(items_.size() - 1);
    return std::move(elements_);
  }

 private:
  void addForcedBreak(std::size_t item) {
    Element& fill = elements_.emplace_back();
    fill.type = Element::Type::Glue;
    fill.fill = true;
    fill.item = static_cast<std::uint32_t>(item);
    Element& force = elements_.emplace_back();
    force.type = Element::Type::Penalty;
    force.penalty = kForcedBreak;
    force.item = static_cast<std::uint32_t>(item);
  }

  /// The Text items [first, end): one word, which breaks only where its rules allow.
  void addWord(std::size_t first, std::size_t end) {
    chars_.clear();
    breaks_.clear();
    double width = 0;
    bool mono = false;
    std::string& text = word_;
    text.clear();
    for (std::size_t i = first; i < end; ++i) {
      const InlineItem& item = items_[i];
      width += item.width;
      mono = mono || item.style.mono;
      text += item.text;
    }
    const bool tooWide = width > lineWidth_;
    // Most words have no break at all: code, short words, and (without hyphenation) words
    // without a hyphen of their own.
    const bool hasHyphen =
        text.find('-') != std::string::npos || text.find("\u2010") != std::string::npos;
    if (!tooWide && (mono || text.size() < kMinLetters || (!hyphenate_ && !hasHyphen))) {
      addBoxes(first, end);
      return;
    }
    for (std::size_t i = first; i < end; ++i) {
      const std::string& piece = items_[i].text;
      for (std::size_t pos = 0; pos < piece.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::nextCodePoint(piece, pos);
        chars_.push_back(
            WordChar{c, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(start)});
      }
    }
    if (!mono) findBreaks(text);
    if (tooWide) addEmergencyBreaks();
    std::sort(breaks_.begin(), breaks_.end(),
              [](const WordBreak& a, const WordBreak& b) { return a.before < b.before; });

    std::uint32_t item = static_cast<std::uint32_t>(first), begin = 0;
    for (const WordBreak& at : breaks_) {
      const WordChar& next = chars_[at.before];
      for (; item < next.item; ++item, begin = 0)
        addBox(item, begin, static_cast<std::uint32_t>(items_[item].text.size()));
      addBox(item, begin, next.offset);
      begin = next.offset;
      Element& penalty = elements_.emplace_back();
      penalty.type = Element::Type::Penalty;
      penalty.level = at.level;
      penalty.penalty = at.penalty;
      penalty.flagged = at.flagged;
      penalty.addsHyphen = at.addsHyphen;
      const InlineItem& before = items_[chars_[at.before - 1].item];
      penalty.item = chars_[at.before - 1].item;
      if (at.addsHyphen)
        penalty.width = fonts_.advance(before.style.font(), U'-', before.style.size);
    }
    for (; item < end; ++item, begin = 0)
      addBox(item, begin, static_cast<std::uint32_t>(items_[item].text.size()));
  }

  void findBreaks(const std::string& text) {
    if (looksLikeAddress(text)) return;
    bool capitalised = false, seenLetter = false;
    for (const WordChar& wc : chars_) {
      if (wc.c >= U'0' && wc.c <= U'9') return;  // dates, references, phone numbers
      if (!seenLetter && isLetter(wc.c)) {
        seenLetter = true;
        capitalised = isUppercase(wc.c);
      }
    }
    if (capitalised) return;  // names, acronyms

    for (std::size_t k = 1; k + 1 < chars_.size(); ++k) {
      if (isHyphen(chars_[k].c) && isLetter(chars_[k - 1].c) && isLetter(chars_[k + 1].c)) {
        breaks_.push_back(
            WordBreak{k + 1, BreakLevel::Always, kExplicitHyphenPenalty, true, false});
      }
    }
    // A compound breaks at its own hyphens only ("rendez-|vous", never "ren-dez-vous").
    if (!hyphenate_ || !breaks_.empty()) return;
    // Each run of letters (with the apostrophes of elisions) is hyphenated on its own.
    for (std::size_t k = 0; k < chars_.size();) {
      if (!isLetter(chars_[k].c)) {
        ++k;
        continue;
      }
      std::size_t end = k;
      while (end < chars_.size() &&
             (isLetter(chars_[end].c) || (isApostrophe(chars_[end].c) && end + 1 < chars_.size() &&
                                          isLetter(chars_[end + 1].c)))) {
        ++end;
      }
      hyphenateToken(k, end);
      k = end;
    }
  }

  void hyphenateToken(std::size_t first, std::size_t end) {
    // French patterns cut French words only: a translation breaks at its own hyphens.
    if (end - first > Hyphenator::kMaxLength || !frenchTypography()) return;
    std::size_t letters = 0;
    token_.clear();
    for (std::size_t k = first; k < end; ++k) {
      const char32_t c = chars_[k].c;
      if (isApostrophe(c)) {
        token_ += '\'';
        continue;
      }
      if (!isFrenchLowercase(c)) return;
      ++letters;
      const WordChar& wc = chars_[k];
      const std::string& piece = items_[wc.item].text;
      std::size_t pos = wc.offset;
      utf8::nextCodePoint(piece, pos);
      token_.append(piece, wc.offset, pos - wc.offset);
    }
    if (letters < kMinLetters || letters > kMaxLetters) return;
    const HyphenPoints points = Hyphenator::french().points(token_);
    for (std::size_t i = 0; i + 1 < end - first; ++i) {
      if ((points >> i) & 1) {
        breaks_.push_back(
            WordBreak{first + i + 1, BreakLevel::Hyphenation, kHyphenPenalty, true, true});
      }
    }
  }

  /// A word wider than a line may be cut anywhere, so that no text is ever lost; but not
  /// next to the glue of French spacing, so that no line starts with ":" or ends with "«".
  void addEmergencyBreaks() {
    std::vector<bool> taken(chars_.size() + 1, false);
    for (const WordBreak& at : breaks_) taken[at.before] = true;
    double uncut = 0;  // the width since the last place the word may be cut
    for (std::size_t k = 1; k < chars_.size(); ++k) {
      uncut += advanceOf(k - 1);
      if (taken[k]) {
        uncut = 0;
      } else if (!holdsToNeighbour(chars_[k - 1].c, chars_[k].c)) {
        breaks_.push_back(WordBreak{k, BreakLevel::Emergency, kEmergencyPenalty, false, false});
        uncut = 0;
      } else if (uncut + advanceOf(k) > lineWidth_) {
        // Glued characters wider than a line (« ▪ ▪ ▪ … », digits grouped by no-break
        // spaces) are cut all the same, as late as they can be: no text may run off the page.
        breaks_.push_back(
            WordBreak{k, BreakLevel::Emergency, kGluedEmergencyPenalty, false, false});
        uncut = 0;
      }
    }
  }

  double advanceOf(std::size_t k) const {
    const TextStyle& style = items_[chars_[k].item].style;
    return fonts_.advance(style.font(), chars_[k].c, style.size);
  }

  void addBoxes(std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) {
      addBox(static_cast<std::uint32_t>(i), 0, static_cast<std::uint32_t>(items_[i].text.size()));
    }
  }

  void addBox(std::uint32_t item, std::uint32_t begin, std::uint32_t end) {
    if (end <= begin) return;
    const InlineItem& source = items_[item];
    Element& box = elements_.emplace_back();
    box.type = Element::Type::Box;
    box.item = item;
    box.begin = begin;
    box.end = end;
    box.width = begin == 0 && end == source.text.size()
                    ? source.width
                    : measureText(fonts_, source.style.font(),
                                  std::string_view(source.text).substr(begin, end - begin),
                                  source.style.size);
  }

  const std::vector<InlineItem>& items_;
  double lineWidth_;
  bool hyphenate_;
  FontBook& fonts_;
  std::vector<Element> elements_;
  std::vector<WordChar> chars_;
  std::vector<WordBreak> breaks_;
  std::string word_;
  std::string token_;
};

}  // namespace

std::vector<Element> buildElements(const InlineContent& content, double lineWidth, bool hyphenate,
                                   FontBook& fonts) {
  return ElementBuilder(content, lineWidth, hyphenate, fonts).run();
}

}  // namespace trousse::pdf
