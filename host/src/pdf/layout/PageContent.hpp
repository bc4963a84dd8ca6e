#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pdf/text/TextStyle.hpp"

namespace trousse::pdf {

// What a layout produces: a display list per page, independent of libharu. Coordinates are
// in points from the page's top-left corner, y growing downward.

struct TextRun {
  double x = 0, baseline = 0;
  FontStyle font = FontStyle::Regular;
  float size = kBodySize;
  Color color{};
  std::string text;  ///< printable UTF-8, see Utf8.hpp
};

struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  float width = 0.5f;
  Color color{};
};

struct Box {
  double x = 0, y = 0, width = 0, height = 0;
  bool filled = false;
  Color fill{};
  bool stroked = false;
  Color stroke{};
  float lineWidth = 0.5f;
};

struct LinkArea {
  double x = 0, y = 0, width = 0, height = 0;
  std::string uri;
};

/// An image drawn in a box; `image` is its index in the PDF's ImageStore.
struct PlacedImage {
  double x = 0, y = 0, width = 0, height = 0;
  int image = -1;
};

struct PageContent {
  std::vector<Box> boxes;  ///< drawn first, under images, rules and text
  std::vector<PlacedImage> images;
  std::vector<Rule> rules;
  std::vector<TextRun> texts;
  std::vector<LinkArea> links;

  /// Moves everything on the page down by `dy` points (up when negative).
  void shift(double dy) {
    for (Box& box : boxes) box.y += dy;
    for (PlacedImage& image : images) image.y += dy;
    for (Rule& rule : rules) rule.y1 += dy, rule.y2 += dy;
    for (TextRun& run : texts) run.baseline += dy;
    for (LinkArea& link : links) link.y += dy;
  }
};

/// A heading, as a bookmark of the PDF's outline: where it is and how deep.
struct Bookmark {
  int level = 1;  ///< 1 to 6, as the heading's
  std::string title;
  std::size_t page = 0;  ///< index in LaidOutDocument::pages
  double y = 0;          ///< the heading's top, from the page's top
};

/// The A4 sheet and the box text is laid out in.
struct PageFrame {
  double width = 595.276, height = 841.89;  // A4, as libharu's HPDF_PAGE_SIZE_A4
  double left = millimetres(20), right = millimetres(20);
  double top = millimetres(20), bottom = millimetres(22);

  double contentLeft() const { return left; }
  double contentRight() const { return width - right; }
  double contentWidth() const { return width - left - right; }
  double contentTop() const { return top; }
  double contentBottom() const { return height - bottom; }
  double contentHeight() const { return height - top - bottom; }
};

/// What is drawn around each page's content once the page count is known.
struct PageDecoration {
  /// "page N / M" (or "N / M" when `bare`), unless `numberPages` is false.
  bool numberPages = true;
  bool bare = false;
  bool footerRight = false;  ///< against the right margin rather than centred
  float footerSize = 8.5f;
  double footerBaselineFromBottom = millimetres(12);
  /// Shown in small type at the top of every page but the first, over a thin rule.
  std::string runningHeader;
  /// The running header ends with "page N / M" (a letter's second page names itself).
  bool headerPageNumber = false;
  /// Shown in bold at the top right of every page, the first included ("Confidentiel").
  std::string marking;
};

/// One document laid out: its pages in order, the sheet they are on, what frames them, and
/// its headings as bookmarks.
struct LaidOutDocument {
  PageFrame frame;
  std::vector<PageContent> pages;
  PageDecoration decoration;
  std::vector<Bookmark> bookmarks;
};

}  // namespace trousse::pdf
