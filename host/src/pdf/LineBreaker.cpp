#include "pdf/LineBreaker.hpp"

#include <algorithm>

#include "pdf/Utf8.hpp"

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

/// The greedy line breaker: fills each line with as many words as fit.
class GreedyBreaker {
 public:
  GreedyBreaker(const InlineContent& content, double width, Align align, double baseSize,
                FontBook& fonts)
      : items_(content.items),
        width_(std::max(width, 1.0)),
        align_(align),
        baseSize_(baseSize),
        fonts_(fonts) {}

  std::vector<Line> run() {
    std::size_t i = 0;
    while (i < items_.size()) {
      const InlineItem& item = items_[i];
      if (item.kind == Kind::Break) {
        finishLine(true);
        ++i;
      } else if (item.kind == Kind::Space) {
        if (!line_.items.empty() && space_ == nullptr) space_ = &item;
        ++i;
      } else {
        std::size_t end = i;
        double wordWidth = 0;
        while (end < items_.size() && items_[end].kind == Kind::Text) {
          wordWidth += items_[end++].width;
        }
        placeWord(i, end, wordWidth);
        i = end;
      }
    }
    if (!line_.items.empty()) finishLine(true);
    return std::move(lines_);
  }

 private:
  void placeWord(std::size_t begin, std::size_t end, double wordWidth) {
    const double spaceWidth = (space_ != nullptr && !line_.items.empty()) ? space_->width : 0;
    // A word longer than any line is cut anyway: it starts where the line stands, rather
    // than leaving a line of a few widely spaced words.
    const bool fitsALine = wordWidth <= width_ + kTolerance;
    if (!line_.items.empty() && fitsALine && used_ + spaceWidth + wordWidth > width_ + kTolerance) {
      finishLine(false);
    }
    if (!line_.items.empty() && space_ != nullptr) {
      add(*space_, std::string(), space_->width);
    }
    space_ = nullptr;
    if (used_ + wordWidth <= width_ + kTolerance) {
      for (std::size_t k = begin; k < end; ++k) add(items_[k], items_[k].text, items_[k].width);
    } else {
      splitWord(begin, end);
    }
  }

  /// A word longer than a whole line: as many characters as fit on each line.
  void splitWord(std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) {
      const InlineItem& item = items_[k];
      const FontStyle font = item.style.font();
      std::string piece;
      double pieceWidth = 0;
      for (std::size_t pos = 0; pos < item.text.size();) {
        const std::size_t start = pos;
        const char32_t c = nextCodePoint(item.text, pos);
        const double advance = fonts_.advance(font, c, item.style.size);
        if (used_ + pieceWidth + advance > width_ + kTolerance &&
            (!line_.items.empty() || !piece.empty())) {
          if (!piece.empty()) add(item, std::move(piece), pieceWidth);
          finishLine(false);
          piece.clear();
          pieceWidth = 0;
        }
        piece.append(item.text, start, pos - start);
        pieceWidth += advance;
      }
      if (!piece.empty()) add(item, std::move(piece), pieceWidth);
    }
  }

  void add(const InlineItem& item, std::string text, double width) {
    PlacedItem& placed = line_.items.emplace_back();
    placed.x = used_;
    placed.width = width;
    placed.style = item.style;
    placed.text = std::move(text);
    used_ += width;
  }

  void finishLine(bool last) {
    Line& line = line_;
    while (!line.items.empty() && line.items.back().text.empty()) {
      used_ -= line.items.back().width;
      line.items.pop_back();
    }
    setMetrics(line, baseSize_);
    const double slack = width_ - used_;
    if (align_ == Align::Justify && !last && slack > 0) {
      const auto spaces = std::count_if(line.items.begin(), line.items.end(),
                                        [](const PlacedItem& p) { return p.text.empty(); });
      if (spaces > 0) {
        const double extra = slack / static_cast<double>(spaces);
        double shift = 0;
        for (PlacedItem& placed : line.items) {
          placed.x += shift;
          if (placed.text.empty()) {
            placed.width += extra;
            shift += extra;
          }
        }
        line.stretched = true;
      }
    } else if ((align_ == Align::Center || align_ == Align::Right) && slack > 0) {
      const double shift = align_ == Align::Center ? slack / 2 : slack;
      for (PlacedItem& placed : line.items) placed.x += shift;
    }
    lines_.push_back(std::move(line));
    line_ = Line();
    used_ = 0;
    space_ = nullptr;
  }

  const std::vector<InlineItem>& items_;
  double width_;
  Align align_;
  double baseSize_;
  FontBook& fonts_;
  std::vector<Line> lines_;
  Line line_;
  double used_ = 0;
  const InlineItem* space_ = nullptr;  // a space waiting for the next word on this line
};

std::string expandTabs(std::string_view text) {
  constexpr std::size_t kTabStop = 4;
  std::string out;
  std::size_t column = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    if (nextCodePoint(text, pos) == U'\t') {
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

std::vector<Line> breakLines(const InlineContent& content, double width, Align align,
                             double baseSize, FontBook& fonts) {
  return GreedyBreaker(content, width, align, baseSize, fonts).run();
}

std::vector<Line> breakPreformatted(std::string_view raw, const TextStyle& style, double width,
                                    FontBook& fonts) {
  const std::string text = printable(raw);
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
        const char32_t c = nextCodePoint(remaining, pos);
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
  TextRun* open = nullptr;
  const PlacedItem* space = nullptr;  // the space since the open run, if any
  for (const PlacedItem& item : line.items) {
    if (item.text.empty()) {
      space = &item;
      continue;
    }
    const bool joinable =
        open != nullptr && open->font == item.style.font() && open->size == item.style.size &&
        open->color == item.style.color &&
        (space == nullptr || (!line.stretched && sameLook(space->style, item.style)));
    if (joinable) {
      if (space != nullptr) open->text += ' ';
      open->text += item.text;
    } else {
      TextRun& run = page.texts.emplace_back();
      run.x = x + item.x;
      run.baseline = baseline;
      run.font = item.style.font();
      run.size = item.style.size;
      run.color = item.style.color;
      run.text = item.text;
      open = &run;
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
