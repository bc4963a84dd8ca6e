#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "pdf/text/LineBreaker.hpp"
#include "pdf/layout/PageContent.hpp"

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
  /// Scales every space added from now on: a letter tightens its spacing to keep to one page.
  void setSpaceScale(double scale) { spaceScale_ = scale; }
  /// Makes room for `height` below the pending space, starting a new page if needed (never
  /// on a page that is still empty, so content taller than a page goes on regardless).
  void reserve(double height);
  /// A page break asked for (a page-break marker, a slide): content kept with the next
  /// stays where it is.
  void newPage();

  /// Places a line at `x` below the cursor (breaking the page if needed) and moves past it;
  /// draws a pending list marker on its baseline.
  void placeLine(const Line& line, double x, std::span<const std::string> links = {});
  /// Places a paragraph's lines, breaking pages so that no page holds a single line of it:
  /// at least two lines at the bottom of a page (no orphan) and two at the top of the next
  /// (no widow). A paragraph of two or three lines that does not fit goes whole to the next
  /// page.
  void placeLines(std::span<const Line> lines, double x, std::span<const std::string> links = {});

  /// Keeps content with what follows it, as a heading with its first paragraph: what is
  /// placed between startKeep() and endKeep() moves to the next page with the next content,
  /// if that content does not fit where it is. Keeps in a row (a heading and a subheading)
  /// move together.
  void startKeep();
  void endKeep();
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
  /// Content kept with the next: where it starts on its page.
  struct Keep {
    bool open = false;     ///< between startKeep() and endKeep()
    bool started = false;  ///< something was placed since startKeep()
    std::size_t page = 0;
    double top = 0;
    std::size_t boxes = 0, images = 0, rules = 0, texts = 0, links = 0, bookmarks = 0;
  };
  bool atPageTop() const { return y_ <= pageTop_ + 0.01; }
  double spaceScale_ = 1.0;
  void drawBand(const OpenBand& open, double bottom);
  /// A new page because content does not fit: content kept with it comes along.
  void turnPage();
  /// The content of the keep, moved from the page it was on to the new current page.
  void moveKept(PageContent& from);
  /// How many of `lines`, from `first`, fit below the cursor and its pending space.
  std::size_t linesThatFit(std::span<const Line> lines, std::size_t first) const;

  LaidOutDocument& out_;
  PageFrame frame_;
  double y_;
  double pageTop_;
  double pendingSpace_ = 0;
  std::vector<Marker> markers_;
  std::vector<OpenBand> bands_;
  std::optional<Keep> keep_;
};

}  // namespace trousse::pdf
