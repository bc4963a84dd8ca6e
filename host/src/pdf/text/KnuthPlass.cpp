#include "pdf/text/KnuthPlass.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace trousse::pdf {
namespace {

using Type = Element::Type;

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kInfiniteBadness = 10000;
constexpr double kTolerance = 0.01;  // points: rounding must not make a fitting line overfull

// TeX's plain values.
constexpr double kLinePenalty = 10;
constexpr double kDoubleHyphenDemerits = 10000;
// A paragraph's last line never starts with the end of a word cut on the line before
// ("administra-" / "tion."): French usage leaves the next-to-last line uncut. The last pass
// may still do it when nothing else sets the paragraph: this cost outweighs any other way
// (a line's uncapped demerits stay below 1e25).
constexpr double kLastLineTailDemerits = 1e30;
constexpr double kAdjacentDemerits = 10000;
// French typography: no more than two lines in a row ending with a hyphen.
constexpr int kMaxHyphensInARow = 2;

struct Pass {
  BreakLevel level;
  double tolerance;  ///< the worst badness a line may have
  double emergencyStretch;
};

/// A feasible break: the end of a line that starts a paragraph's best way to get there.
struct Node {
  std::size_t position = 0;
  int fitness = 1;
  int hyphens = 0;  ///< lines in a row, this one included, that end with a hyphen
  double width = 0, stretch = 0, shrink = 0;  ///< totals of the elements before the next line
  int fills = 0;
  double demerits = 0;
  int previous = -1;
};

double uncappedBadness(double ratio) {
  if (std::isinf(ratio)) return 1e12;
  const double r = std::abs(ratio);
  return 100 * r * r * r;
}

int fitnessOf(double ratio) {
  if (ratio < -0.5) return 0;  // tight
  if (ratio <= 0.5) return 1;  // decent
  if (ratio <= 1) return 2;    // loose
  return 3;                    // very loose
}

class TotalFit {
 public:
  TotalFit(const std::vector<Element>& elements, double lineWidth)
      : elements_(elements), lineWidth_(lineWidth), n_(elements.size()) {
    width_.assign(n_ + 1, 0);
    stretch_.assign(n_ + 1, 0);
    shrink_.assign(n_ + 1, 0);
    fills_.assign(n_ + 1, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      const Element& e = elements[i];
      const bool counts = e.type != Type::Penalty;
      width_[i + 1] = width_[i] + (counts ? e.width : 0);
      stretch_[i + 1] = stretch_[i] + (e.type == Type::Glue ? e.stretch : 0);
      shrink_[i + 1] = shrink_[i] + (e.type == Type::Glue ? e.shrink : 0);
      fills_[i + 1] = fills_[i] + (e.type == Type::Glue && e.fill ? 1 : 0);
    }
  }

  std::optional<std::vector<std::size_t>> run(const Pass& pass) {
    nodes_.clear();
    active_.clear();
    nodes_.push_back(Node{});
    active_.push_back(0);
    const bool final = pass.level == BreakLevel::Emergency;

    for (std::size_t b = 0; b < n_; ++b) {
      const Element& e = elements_[b];
      if (!legalBreak(b, pass)) continue;
      const bool forced = e.type == Type::Penalty && e.penalty == kForcedBreak;
      const bool flagged = e.type == Type::Penalty && e.flagged;

      // The best way to reach this break per fitness class and count of hyphens in a row.
      double best[4][kMaxHyphensInARow + 1];
      int bestFrom[4][kMaxHyphensInARow + 1] = {};
      for (auto& row : best) std::fill(std::begin(row), std::end(row), kInfinity);
      bool found = false;
      std::size_t kept = 0;
      for (std::size_t k = 0; k < active_.size(); ++k) {
        const int from = active_[k];
        const Node& a = nodes_[static_cast<std::size_t>(from)];
        const double ratio = ratioOf(a, b, pass);
        // The last pass ranks loose lines by how loose they are, where TeX's badness stops
        // at 10000: a line stretched four times is worse than one stretched twice.
        double bad = final ? uncappedBadness(ratio) : badness(ratio);
        const bool deactivate = ratio < -1 || forced;
        const int hyphens = flagged ? a.hyphens + 1 : 0;
        // The line ending at a forced break is a paragraph's (or a hard line's) last.
        const bool tailOnLastLine = forced && a.hyphens > 0;
        bool feasible = ratio >= -1 && bad <= pass.tolerance && hyphens <= kMaxHyphensInARow &&
                        (!tailOnLastLine || final);
        // The last resort of the last pass: an overfull line rather than none.
        const bool lastHope = final && ratio < -1 && kept == 0 && k + 1 == active_.size() && !found;
        if (lastHope) {
          feasible = true;
          bad = kInfiniteBadness;
        }
        if (feasible) {
          double d = (kLinePenalty + bad) * (kLinePenalty + bad);
          if (e.type == Type::Penalty && !forced) {
            d += e.penalty >= 0 ? double(e.penalty) * e.penalty : -double(e.penalty) * e.penalty;
          }
          if (a.hyphens > 0 && flagged) d += kDoubleHyphenDemerits;
          if (tailOnLastLine) d += kLastLineTailDemerits;
          // A line without spaces (a piece of a cut word) shows no spacing to compare.
          const bool spaced = stretch_[b] - a.stretch > 0 || fills_[b] - a.fills > 0;
          const int fitness = lastHope || !spaced ? a.fitness : fitnessOf(ratio);
          if (std::abs(fitness - a.fitness) > 1) d += kAdjacentDemerits;
          d += a.demerits;
          const int run = std::min(hyphens, kMaxHyphensInARow);
          if (d < best[fitness][run]) {
            best[fitness][run] = d;
            bestFrom[fitness][run] = from;
            found = true;
          }
        }
        if (!deactivate) active_[kept++] = from;
      }
      active_.resize(kept);

      if (found) {
        double least = kInfinity;
        for (const auto& row : best)
          least = std::min(least, *std::min_element(std::begin(row), std::end(row)));
        const Node after = totalsAfter(b);
        for (int fitness = 0; fitness < 4; ++fitness) {
          for (int run = 0; run <= kMaxHyphensInARow; ++run) {
            if (best[fitness][run] > least + kAdjacentDemerits) continue;
            Node node = after;
            node.position = b;
            node.fitness = fitness;
            node.hyphens = run;
            node.demerits = best[fitness][run];
            node.previous = bestFrom[fitness][run];
            nodes_.push_back(node);
            active_.push_back(static_cast<int>(nodes_.size() - 1));
          }
        }
      }
      if (active_.empty()) return std::nullopt;  // this pass cannot set the paragraph
    }

    int last = -1;
    for (int index : active_) {
      const Node& node = nodes_[static_cast<std::size_t>(index)];
      if (node.position + 1 == n_ &&
          (last < 0 || node.demerits < nodes_[static_cast<std::size_t>(last)].demerits)) {
        last = index;
      }
    }
    if (last < 0) return std::nullopt;
    std::vector<std::size_t> breaks;
    for (int at = last; at > 0; at = nodes_[static_cast<std::size_t>(at)].previous) {
      breaks.push_back(nodes_[static_cast<std::size_t>(at)].position);
    }
    std::reverse(breaks.begin(), breaks.end());
    return breaks;
  }

 private:
  bool legalBreak(std::size_t b, const Pass& pass) const {
    const Element& e = elements_[b];
    if (e.type == Type::Glue) return b > 0 && elements_[b - 1].type == Type::Box;
    if (e.type == Type::Penalty) return e.level <= pass.level;
    return false;
  }

  double ratioOf(const Node& a, std::size_t b, const Pass& pass) const {
    const Element& e = elements_[b];
    const double width = width_[b] - a.width + (e.type == Type::Penalty ? e.width : 0);
    const double shortfall = lineWidth_ - width;
    if (shortfall > kTolerance) {
      if (fills_[b] - a.fills > 0) return 0;
      double stretch = stretch_[b] - a.stretch;
      // A line without spaces (a piece of a word cut in the last pass) is measured against
      // an emergency stretch, so that fuller pieces are preferred; it is drawn unstretched.
      if (stretch <= 0) stretch = pass.emergencyStretch;
      return stretch > 0 ? shortfall / stretch : kInfinity;
    }
    if (shortfall < -kTolerance) {
      const double shrink = shrink_[b] - a.shrink;
      return shrink > 0 ? shortfall / shrink : -kInfinity;
    }
    return 0;
  }

  /// The totals before the next line's first element: glue and penalties after a break
  /// are dropped (but not the fill of an empty line).
  Node totalsAfter(std::size_t b) const {
    std::size_t j = b + 1;
    while (j < n_) {
      const Element& e = elements_[j];
      if (e.type == Type::Box || (e.type == Type::Glue && e.fill) ||
          (e.type == Type::Penalty && e.penalty == kForcedBreak)) {
        break;
      }
      ++j;
    }
    Node node;
    node.width = width_[j];
    node.stretch = stretch_[j];
    node.shrink = shrink_[j];
    node.fills = fills_[j];
    return node;
  }

  const std::vector<Element>& elements_;
  double lineWidth_;
  std::size_t n_;
  std::vector<double> width_, stretch_, shrink_;
  std::vector<int> fills_;
  std::vector<Node> nodes_;
  std::vector<int> active_;
};

}  // namespace

double badness(double ratio) {
  if (std::isinf(ratio)) return kInfiniteBadness;
  const double r = std::abs(ratio);
  return std::min(100 * r * r * r, kInfiniteBadness);
}

namespace {

Pass passFor(BreakLevel level, double lineWidth) {
  switch (level) {
    case BreakLevel::Always:
      return {level, 100, 0};  // TeX's \pretolerance
    case BreakLevel::Hyphenation:
      return {level, 200, 0};  // TeX's \tolerance
    case BreakLevel::Emergency:
      break;
  }
  return {level, kInfinity, lineWidth / 8};
}

}  // namespace

std::optional<std::vector<std::size_t>> breaksInPass(const std::vector<Element>& elements,
                                                     double lineWidth, BreakLevel pass) {
  if (elements.empty()) return std::vector<std::size_t>{};
  return TotalFit(elements, lineWidth).run(passFor(pass, lineWidth));
}

std::vector<std::size_t> optimalBreaks(const std::vector<Element>& elements, double lineWidth) {
  if (elements.empty()) return {};
  TotalFit fit(elements, lineWidth);
  for (BreakLevel level : {BreakLevel::Always, BreakLevel::Hyphenation, BreakLevel::Emergency}) {
    if (auto breaks = fit.run(passFor(level, lineWidth))) return std::move(*breaks);
  }
  return firstFitBreaks(elements, lineWidth);  // not reached: the last pass always succeeds
}

namespace {

/// Whether what follows break `b` up to the next forced break fits on one line: then it is
/// the paragraph's (or the hard line's) last.
bool restFitsOneLine(const std::vector<Element>& elements, std::size_t b, double lineWidth) {
  double width = 0;
  for (std::size_t i = b + 1; i < elements.size(); ++i) {
    const Element& e = elements[i];
    if (e.type == Type::Penalty && e.penalty == kForcedBreak) return true;
    if (e.type != Type::Penalty) width += e.width;
    if (width > lineWidth + kTolerance) return false;
  }
  return true;
}

}  // namespace

std::vector<std::size_t> firstFitBreaks(const std::vector<Element>& elements, double lineWidth) {
  std::vector<std::size_t> breaks;
  const std::size_t n = elements.size();
  std::size_t start = 0;
  while (start < n) {
    double width = 0;
    std::optional<std::size_t> lastBreak, lastSpace;
    std::size_t i = start;
    for (; i < n; ++i) {
      const Element& e = elements[i];
      if (e.type == Type::Box) {
        width += e.width;
        if (width > lineWidth + kTolerance && lastBreak) break;
      } else if (e.type == Type::Glue) {
        if (i > start && elements[i - 1].type == Type::Box && !e.fill) lastBreak = lastSpace = i;
        width += e.fill ? 0 : e.width;
      } else if (e.penalty == kForcedBreak) {
        lastBreak = i;
        break;
      } else if (e.level != BreakLevel::Hyphenation && width + e.width <= lineWidth + kTolerance) {
        lastBreak = i;
      }
    }
    if (!lastBreak) break;  // not reached: the content ends with a forced break
    // As in total fit, the last line is not the end of a word cut at its hyphen
    // ("rendez-" / "vous."): the whole word goes down when a space allows.
    const Element& chosen = elements[*lastBreak];
    if (chosen.type == Type::Penalty && chosen.flagged && lastSpace &&
        restFitsOneLine(elements, *lastBreak, lineWidth)) {
      lastBreak = lastSpace;
    }
    breaks.push_back(*lastBreak);
    // The next line starts at its first box (or at the fill of an empty line).
    start = *lastBreak + 1;
    while (start < n) {
      const Element& e = elements[start];
      if (e.type == Type::Box || (e.type == Type::Glue && e.fill) ||
          (e.type == Type::Penalty && e.penalty == kForcedBreak)) {
        break;
      }
      ++start;
    }
  }
  return breaks;
}

}  // namespace trousse::pdf
