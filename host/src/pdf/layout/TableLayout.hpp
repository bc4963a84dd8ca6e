#pragma once

#include <vector>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/text/InlineText.hpp"
#include "pdf/text/LineBreaker.hpp"
#include "pdf/layout/PageFlow.hpp"

struct cmark_node;

namespace trousse::pdf {

/// Lays out a GFM table: column widths from the cells' content, capped so the table fits the
/// text width; cell text wrapped and aligned as the delimiter row says; the header row bold
/// and shaded, repeated at the top of each page the table continues on. A row taller than
/// what is left of a page continues on the next, so no text is ever cut.
///
/// A table too wide for the page, whose columns cannot each keep a few characters' width
/// side by side, is printed in parts, one after the other: each part a table of the columns
/// that fit, with the header row, under a caption saying which columns it shows; the first
/// column, when narrow, is repeated in every part, as it usually names the rows.
class TableLayout {
 public:
  TableLayout(PageFlow& flow, FontBook& fonts, double bodySize);
  void layOut(cmark_node* table, double x, double width);

 private:
  struct Cell {
    InlineContent content;
    std::vector<Line> lines;  ///< for the part being laid out
  };
  struct Row {
    std::vector<Cell> cells;
    bool header = false;
  };
  using Columns = std::vector<std::size_t>;

  void readRows(cmark_node* table);
  /// The least a column is squeezed to: its widest word, but no more than a few characters.
  double floorWidth(std::size_t column, double padding) const;
  /// Every column, or the parts of a table too wide for the page.
  std::vector<Columns> columnGroups(double available) const;
  /// The line saying which columns a part shows, across `width`.
  std::vector<Line> caption(std::size_t part, std::size_t parts, double width);
  void computeWidths(double available);
  void breakCells(cmark_node* table);
  /// Heights, with padding, of a row's first lines and of the whole row, in this part.
  double firstLineHeight(const Row& row) const;
  double rowHeight(const Row& row) const;
  void placeRow(Row& row, Row* header);
  void drawSlice(const Row& row, const std::vector<std::size_t>& from,
                 const std::vector<std::size_t>& to, double height);

  PageFlow& flow_;
  FontBook& fonts_;
  double size_;
  double padding_;
  double x_ = 0;
  std::vector<Row> rows_;
  /// Per column, over all rows: the widest line unwrapped, and the widest word.
  std::vector<double> natural_, widest_;
  Columns columns_;             ///< the columns of the part being laid out
  std::vector<double> widths_;  ///< their widths
};

}  // namespace trousse::pdf
