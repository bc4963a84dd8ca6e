#pragma once

#include <string>
#include <vector>

#include "pdf/TextStyle.hpp"

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

struct PageContent {
  std::vector<Box> boxes;  ///< drawn first, under rules and text
  std::vector<Rule> rules;
  std::vector<TextRun> texts;
  std::vector<LinkArea> links;
};

/// One document laid out: its pages in order. Footers ("page N / M") are added when drawn,
/// once the page count is known.
struct LaidOutDocument {
  std::vector<PageContent> pages;
  bool numberPages = true;
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
};

}  // namespace trousse::pdf
