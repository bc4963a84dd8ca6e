#pragma once

#include <vector>

#include "pdf/FontBook.hpp"
#include "pdf/InlineText.hpp"
#include "pdf/LineBreaker.hpp"
#include "pdf/PageFlow.hpp"

struct cmark_node;

namespace trousse::pdf {

/// Lays out a GFM table: column widths from the cells' content, capped so the table fits the
/// text width; cell text wrapped and aligned as the delimiter row says; the header row bold
/// and shaded, repeated at the top of each page the table continues on. A row taller than
/// what is left of a page continues on the next, so no text is ever cut.
class TableLayout {
 public:
  TableLayout(PageFlow& flow, FontBook& fonts, double bodySize);
  void layOut(cmark_node* table, double x, double width);

 private:
  struct Cell {
    InlineContent content;
    std::vector<Line> lines;
  };
  struct Row {
    std::vector<Cell> cells;
    bool header = false;
  };

  void readRows(cmark_node* table);
  void computeWidths(double available);
  void breakCells(cmark_node* table);
  void placeRow(Row& row, Row* header);
  void drawSlice(const Row& row, const std::vector<std::size_t>& from,
                 const std::vector<std::size_t>& to, double height);

  PageFlow& flow_;
  FontBook& fonts_;
  double size_;
  double padding_;
  double x_ = 0;
  std::vector<Row> rows_;
  std::vector<double> widths_;
};

}  // namespace trousse::pdf
