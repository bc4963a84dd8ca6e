#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "pdf/LineBreaker.hpp"
#include "pdf/PageContent.hpp"

namespace trousse::pdf {

/// A decoration running alongside blocks and split where pages break: a block quote's
/// left rule, a code block's shading.
struct Band {
  enum class Kind : std::uint8_t { Rule, Shade };
  Kind kind = Kind::Rule;
  double x = 0, width = 0;
};

/// A list item's marker, drawn at the baseline of the item's first line, right-aligned
/// against `right`.
struct Marker {
  std::string text;
  FontStyle font = FontStyle::Regular;
  float size = kBodySize;
  double width = 0;
  double right = 0;
};

/// The cursor of a layout going down the pages of one document: where the next block goes,
/// when a page breaks, what continues across the break.
class PageFlow {
 public:
  PageFlow(LaidOutDocument& out, const PageFrame& frame);

  PageContent& page() { return out_.pages.back(); }
  std::size_t pageCount() const { return out_.pages.size(); }
  const PageFrame& frame() const { return frame_; }
  double y() const { return y_; }
  /// Moves the cursor on the current page (fixed parts of a layout, such as a letter's head).
  void moveTo(double y) { y_ = y; }
  void advance(double dy) { y_ += dy; }

  /// Vertical space before the next content. Consecutive spaces collapse into the largest;
  /// at the top of a page they vanish.
  void addSpace(double space);
  /// Makes room for `height` below the pending space, starting a new page if needed (never
  /// on a page that is still empty, so content taller than a page goes on regardless).
  void reserve(double height);
  void newPage();

  /// Places a line at `x` below the cursor (breaking the page if needed) and moves past it;
  /// draws a pending list marker on its baseline.
  void placeLine(const Line& line, double x, std::span<const std::string> links = {});
  /// Draws the pending list markers, if any, on a baseline placed by the caller.
  void placeMarker(double baseline);
  /// A marker for the next line. Markers accumulate until drawn: an item whose content
  /// starts with a nested list shows both markers on its first line.
  void addMarker(Marker marker) { markers_.push_back(std::move(marker)); }
  bool hasMarker() const { return !markers_.empty(); }

  /// Starts a band at the next content placed (after any pending space); closeBand ends
  /// the innermost band below the last content.
  void openBand(const Band& band);
  void closeBand();

 private:
  struct OpenBand {
    Band band;
    std::optional<double> top;  ///< unset until content is placed in the band
  };
  bool atPageTop() const { return y_ <= pageTop_ + 0.01; }
  void drawBand(const OpenBand& open, double bottom);

  LaidOutDocument& out_;
  PageFrame frame_;
  double y_;
  double pageTop_;
  double pendingSpace_ = 0;
  std::vector<Marker> markers_;
  std::vector<OpenBand> bands_;
};

}  // namespace trousse::pdf
