#include "pdf/text/LineBreaker.hpp"
#include "pdf/text/Typography.hpp"

#include <algorithm>

#include "common/Utf8.hpp"
#include "pdf/text/BreakElements.hpp"
#include "pdf/text/KnuthPlass.hpp"
#include "pdf/text/LineCache.hpp"

namespace trousse::pdf {
namespace {

constexpr double kTolerance = 0.01;  // points: rounding must not push a fitting word out

using Kind = InlineItem::Kind;

void setMetrics(Line& line, double baseSize) {
  double size = 0;
  for (const PlacedItem& item : line.items) {
    if (!item.text.empty()) size = std::max<double>(size, item.style.size);
  }
  if (size == 0) size = baseSize;
  line.height = size * kLeading;
  line.baseline = size * kBaselineOffset;
}

/// Turns chosen breaks into lines: pieces of text and spaces placed from the left edge,
/// measured with kerning, justified or aligned.
class LineBuilder {
 public:
  LineBuilder(const InlineContent& content, const std::vector<Element>& elements, double width,
              Align align, double baseSize, FontBook& fonts)
      : items_(content.items),
        elements_(elements),
        width_(width),
        align_(align),
        baseSize_(baseSize),
        fonts_(fonts) {}

  std::vector<Line> run(const std::vector<std::size_t>& breaks) {
    std::vector<Line> lines;
    lines.reserve(breaks.size());
    std::size_t start = 0;
    for (std::size_t end : breaks) {
      lines.push_back(build(start, end));
      start = end + 1;
    }
    return lines;
  }

 private:
  Line build(std::size_t start, std::size_t end) {
    Line line;
    // Glue and penalties after a break belong to no line.
    while (start < end && elements_[start].type != Element::Type::Box) ++start;
    for (std::size_t k = start; k < end;) {
      const Element& e = elements_[k];
      if (e.type == Element::Type::Box) {
        // Neighbouring boxes of one item (a word with unused hyphenation points) are one piece.
        std::uint32_t stop = e.end;
        std::size_t j = k + 1;
        while (j < end) {
          const Element& next = elements_[j];
          if (next.type == Element::Type::Penalty) {
            ++j;
          } else if (next.type == Element::Type::Box && next.item == e.item && next.begin == stop) {
            stop = next.end;
            ++j;
          } else {
            break;
          }
        }
        const InlineItem& source = items_[e.item];
        PlacedItem& piece = line.items.emplace_back();
        piece.style = source.style;
        if (e.begin == 0 && stop == source.text.size()) {
          piece.text = source.text;  // a whole item: measured already
          piece.width = source.width;
          piece.kerned = source.kerned;
        } else {
          piece.text.assign(source.text, e.begin, stop - e.begin);
          piece.width = -1;
        }
        k = j;
      } else {
        if (e.type == Element::Type::Glue && !e.fill) {
          PlacedItem& space = line.items.emplace_back();
          space.style = items_[e.item].style;
          space.width = e.width;
        }
        ++k;
      }
    }
    while (!line.items.empty() && line.items.back().text.empty()) line.items.pop_back();

    const Element& last = elements_[end];
    const bool hyphenated =
        last.type == Element::Type::Penalty && last.addsHyphen && !line.items.empty();
    if (hyphenated) {
      line.items.back().text += '-';
      line.items.back().width = -1;
      line.hyphenated = true;
    }
    for (PlacedItem& piece : line.items) {
      if (piece.width < 0) {
        piece.width =
            measureText(fonts_, piece.style.font(), piece.text, piece.style.size, &piece.kerned);
      }
    }
    const bool endsParagraph = last.type == Element::Type::Penalty && last.penalty == kForcedBreak;
    place(line, endsParagraph);
    setMetrics(line, baseSize_);
    return line;
  }

  void place(Line& line, bool endsParagraph) {
    double natural = 0, stretch = 0, shrink = 0;
    for (const PlacedItem& piece : line.items) {
      natural += piece.width;
      if (piece.text.empty()) {
        stretch += piece.width * kSpaceStretch;
        shrink += piece.width * kSpaceShrink;
      }
    }
    const double slack = width_ - natural;
    double ratio = 0;
    if (align_ == Align::Justify) {
      if (slack > kTolerance && !endsParagraph && stretch > 0) ratio = slack / stretch;
      if (slack < -kTolerance && shrink > 0) ratio = std::max(slack / shrink, -1.0);
    }
    double x = 0;
    for (PlacedItem& piece : line.items) {
      if (piece.text.empty() && ratio != 0) {
        piece.width *= 1 + ratio * (ratio > 0 ? kSpaceStretch : kSpaceShrink);
      }
      piece.x = x;
      x += piece.width;
    }
    line.ratio = ratio;
    line.stretched = ratio != 0;
    const double left = width_ - x;
    if ((align_ == Align::Center || align_ == Align::Right) && left > 0) {
      const double shift = align_ == Align::Center ? left / 2 : left;
      for (PlacedItem& piece : line.items) piece.x += shift;
    }
  }

  const std::vector<InlineItem>& items_;
  const std::vector<Element>& elements_;
  double width_;
  Align align_;
  double baseSize_;
  FontBook& fonts_;
};

std::string expandTabs(std::string_view text) {
  constexpr std::size_t kTabStop = 4;
  std::string out;
  std::size_t column = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    if (utf8::nextCodePoint(text, pos) == U'\t') {
      do {
        out += ' ';
      } while (++column % kTabStop != 0);
    } else {
      out.append(text, start, pos - start);
      ++column;
    }
  }
  return out;
}

}  // namespace

std::vector<Line> breakLinesUncached(const InlineContent& content, double width, Align align,
                                     double baseSize, FontBook& fonts) {
  width = std::max(width, 1.0);
  if (align != Align::Justify) {
    const std::vector<Element> elements = buildElements(content, width, false, fonts);
    return LineBuilder(content, elements, width, align, baseSize, fonts)
        .run(firstFitBreaks(elements, width));
  }
  // Hyphenation is looked up only for paragraphs that cannot do well without it.
  const std::vector<Element> plain = buildElements(content, width, false, fonts);
  if (auto breaks = breaksInPass(plain, width, BreakLevel::Always)) {
    return LineBuilder(content, plain, width, align, baseSize, fonts).run(*breaks);
  }
  const std::vector<Element> hyphenated = buildElements(content, width, true, fonts);
  std::optional<std::vector<std::size_t>> breaks =
      breaksInPass(hyphenated, width, BreakLevel::Hyphenation);
  if (!breaks) breaks = breaksInPass(hyphenated, width, BreakLevel::Emergency);
  return LineBuilder(content, hyphenated, width, align, baseSize, fonts).run(*breaks);
}

std::vector<Line> breakLines(const InlineContent& content, double width, Align align,
                             double baseSize, FontBook& fonts) {
  width = std::max(width, 1.0);
  // Everything the lines depend on: the settings, and each item's kind, look and text.
  std::string key = frenchTypography() ? "CF" : "CT";
  appendKey(key, width);
  appendKey(key, align);
  appendKey(key, baseSize);
  for (const InlineItem& item : content.items) {
    key += static_cast<char>(item.kind);
    appendKeyStyle(key, item.style);
    appendKeyText(key, item.text);
  }
  LineCache& cache = fonts.lineCache();
  if (const BrokenTextPtr found = cache.find(key)) return found->lines;
  return cache
      .store(key, BrokenText{breakLinesUncached(content, width, align, baseSize, fonts), {}})
      ->lines;
}

std::vector<Line> breakPreformatted(std::string_view raw, const TextStyle& style, double width,
                                    FontBook& fonts) {
  const std::string text = utf8::printable(raw);
  const FontStyle font = style.font();
  std::vector<Line> lines;
  auto addLine = [&](std::string content, double lineWidth) {
    Line& line = lines.emplace_back();
    if (!content.empty()) {
      PlacedItem& item = line.items.emplace_back();
      item.width = lineWidth;
      item.style = style;
      item.text = std::move(content);
    }
    setMetrics(line, style.size);
  };

  std::string_view rest = text;
  if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);  // the block's final newline
  while (true) {
    const std::size_t newline = rest.find('\n');
    const std::string source = expandTabs(rest.substr(0, newline));
    std::string_view remaining = source;
    do {
      // Take characters while they fit; wrap after the last space that fits, if any.
      double used = 0;
      std::size_t cut = remaining.size();
      std::size_t lastSpace = std::string_view::npos;
      double widthAtSpace = 0;
      for (std::size_t pos = 0; pos < remaining.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::nextCodePoint(remaining, pos);
        const double advance = fonts.advance(font, c, style.size);
        if (used + advance > width + kTolerance && start > 0) {
          cut = start;
          break;
        }
        used += advance;
        if (c == U' ') {
          lastSpace = pos;
          widthAtSpace = used;
        }
      }
      if (cut < remaining.size() && lastSpace != std::string_view::npos &&
          remaining.substr(0, lastSpace).find_first_not_of(' ') != std::string_view::npos) {
        cut = lastSpace;
        used = widthAtSpace;
      }
      addLine(std::string(remaining.substr(0, cut)), used);
      remaining.remove_prefix(cut);
    } while (!remaining.empty());
    if (newline == std::string_view::npos) break;
    rest.remove_prefix(newline + 1);
  }
  return lines;
}

double naturalWidth(const InlineContent& content) {
  double widest = 0, current = 0;
  bool lineStart = true;
  for (const InlineItem& item : content.items) {
    if (item.kind == Kind::Break) {
      widest = std::max(widest, current);
      current = 0;
      lineStart = true;
    } else if (item.kind == Kind::Space) {
      if (!lineStart) current += item.width;
    } else {
      current += item.width;
      lineStart = false;
    }
  }
  return std::max(widest, current);
}

double widestWord(const InlineContent& content) {
  double widest = 0, word = 0;
  for (const InlineItem& item : content.items) {
    if (item.kind == Kind::Text) {
      word += item.width;
      widest = std::max(widest, word);
    } else {
      word = 0;
    }
  }
  return widest;
}

namespace {

bool sameLook(const TextStyle& a, const TextStyle& b) {
  return a.font() == b.font() && a.size == b.size && a.color == b.color;
}

/// Calls `emit(first, last)` for each maximal run of items sharing a decoration key
/// (>= 0), trimmed of spaces at its ends.
template <typename Key, typename Emit>
void forEachSpan(const std::vector<PlacedItem>& items, Key key, Emit emit) {
  std::size_t i = 0;
  while (i < items.size()) {
    const int k = key(items[i].style);
    if (k < 0 || items[i].text.empty()) {
      ++i;
      continue;
    }
    std::size_t last = i;
    std::size_t j = i + 1;
    while (j < items.size() && key(items[j].style) == k) {
      if (!items[j].text.empty()) last = j;
      ++j;
    }
    emit(items[i], items[last]);
    i = j;
  }
}

}  // namespace

void emitLine(const Line& line, double x, double top, std::span<const std::string> links,
              PageContent& page) {
  const double baseline = top + line.baseline;
  // Text: neighbouring pieces that look the same become one run (with the space between
  // them, unless the line is justified), fewer runs being faster to draw and to extract.
  // A kerned pair starts a new run where kerning puts its second glyph.
  TextRun* open = nullptr;
  const PlacedItem* space = nullptr;  // the space since the open run, if any
  // Superscript letters sit on a raised baseline, in proportion to the text they follow.
  auto baselineOf = [&](const TextStyle& style) {
    return style.superscript ? baseline - style.size / kSuperscriptScale * kSuperscriptRise
                             : baseline;
  };
  auto startRun = [&](const PlacedItem& item, double at, std::string_view text) {
    TextRun& run = page.texts.emplace_back();
    run.x = at;
    run.baseline = baselineOf(item.style);
    run.font = item.style.font();
    run.size = item.style.size;
    run.color = item.style.color;
    run.text = std::string(text);
    open = &run;
  };
  for (const PlacedItem& item : line.items) {
    if (item.text.empty()) {
      space = &item;
      continue;
    }
    const std::string_view text = item.text;
    const std::size_t firstEnd = item.kerned.empty() ? text.size() : item.kerned.front().offset;
    const bool joinable =
        open != nullptr && open->font == item.style.font() && open->size == item.style.size &&
        open->color == item.style.color && open->baseline == baselineOf(item.style) &&
        (space == nullptr || (!line.stretched && sameLook(space->style, item.style)));
    if (joinable) {
      if (space != nullptr) open->text += ' ';
      open->text += text.substr(0, firstEnd);
    } else {
      startRun(item, x + item.x, text.substr(0, firstEnd));
    }
    for (std::size_t k = 0; k < item.kerned.size(); ++k) {
      const std::size_t from = item.kerned[k].offset;
      const std::size_t to = k + 1 < item.kerned.size() ? item.kerned[k + 1].offset : text.size();
      startRun(item, x + item.x + item.kerned[k].x, text.substr(from, to - from));
    }
    space = nullptr;
  }

  forEachSpan(
      line.items, [](const TextStyle& s) { return s.strike ? 1 : -1; },
      [&](const PlacedItem& first, const PlacedItem& last) {
        const double y = baseline - 0.3 * first.style.size;
        page.rules.push_back(Rule{x + first.x, y, x + last.x + last.width, y,
                                  static_cast<float>(0.06 * first.style.size), first.style.color});
      });
  forEachSpan(
      line.items, [](const TextStyle& s) { return s.image; },
      [&](const PlacedItem& first, const PlacedItem& last) {
        Box frame;
        frame.x = x + first.x - 1.5;
        frame.y = baseline - kAscent * first.style.size - 1;
        frame.width = last.x + last.width - first.x + 3;
        frame.height = (kAscent + kDescent) * first.style.size + 2;
        frame.stroked = true;
        frame.stroke = kRuleGray;
        page.boxes.push_back(frame);
      });
  forEachSpan(
      line.items, [](const TextStyle& s) { return s.link; },
      [&](const PlacedItem& first, const PlacedItem& last) {
        const std::string& uri = links[static_cast<std::size_t>(first.style.link)];
        if (uri.empty()) return;
        page.links.push_back(LinkArea{x + first.x, baseline - kAscent * first.style.size,
                                      last.x + last.width - first.x,
                                      (kAscent + kDescent) * first.style.size, uri});
      });
}

}  // namespace trousse::pdf
