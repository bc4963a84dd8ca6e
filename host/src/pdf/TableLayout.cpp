#include "pdf/TableLayout.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <numeric>

namespace trousse::pdf {
namespace {

constexpr double kCellScale = 0.95;
constexpr double kPadding = 4;

}  // namespace

TableLayout::TableLayout(PageFlow& flow, FontBook& fonts, double bodySize)
    : flow_(flow), fonts_(fonts), size_(bodySize * kCellScale), padding_(kPadding) {}

void TableLayout::layOut(cmark_node* table, double x, double width) {
  x_ = x;
  readRows(table);
  if (rows_.empty()) return;
  computeWidths(width);
  breakCells(table);

  Row* header = nullptr;
  for (Row& row : rows_) {
    if (row.header) header = &row;
  }
  flow_.addSpace(0.6 * size_ / kCellScale);
  for (Row& row : rows_) placeRow(row, row.header ? nullptr : header);
}

void TableLayout::readRows(cmark_node* table) {
  for (cmark_node* rowNode = cmark_node_first_child(table); rowNode != nullptr;
       rowNode = cmark_node_next(rowNode)) {
    Row& row = rows_.emplace_back();
    row.header = cmark_gfm_extensions_get_table_row_is_header(rowNode) != 0;
    TextStyle style;
    style.size = static_cast<float>(size_);
    style.bold = row.header;
    for (cmark_node* cellNode = cmark_node_first_child(rowNode); cellNode != nullptr;
         cellNode = cmark_node_next(cellNode)) {
      InlineBuilder builder(fonts_, style);
      builder.addChildren(cellNode);
      row.cells.push_back(Cell{builder.take(), {}});
    }
  }
  // Every row gets a cell per column; extra cells are kept rather than dropped.
  std::size_t columns = 0;
  for (const Row& row : rows_) columns = std::max(columns, row.cells.size());
  for (Row& row : rows_) row.cells.resize(columns);
  widths_.assign(columns, 0);
}

void TableLayout::computeWidths(double available) {
  const std::size_t columns = widths_.size();
  if (columns == 0) return;
  // Many columns on a narrow page: less padding, so some text still fits.
  padding_ = std::clamp((available / static_cast<double>(columns) - size_) / 2, 1.0, kPadding);
  std::vector<double> natural(columns, 0), minimum(columns, 0);
  for (const Row& row : rows_) {
    for (std::size_t c = 0; c < columns; ++c) {
      natural[c] = std::max(natural[c], naturalWidth(row.cells[c].content) + 2 * padding_);
      minimum[c] = std::max(minimum[c], widestWord(row.cells[c].content) + 2 * padding_);
    }
  }
  for (std::size_t c = 0; c < columns; ++c) {
    natural[c] = std::max(natural[c], 2 * padding_ + size_);  // room for an empty column
    minimum[c] = std::min(minimum[c], natural[c]);
  }
  const double naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
  const double minimumSum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
  if (naturalSum <= available) {
    widths_ = natural;
  } else if (minimumSum <= available) {
    // Every column gets its widest word; what is left goes where text would wrap most.
    const double share = (available - minimumSum) / (naturalSum - minimumSum);
    for (std::size_t c = 0; c < columns; ++c) {
      widths_[c] = minimum[c] + (natural[c] - minimum[c]) * share;
    }
  } else {
    // Even the widest words do not fit: scale down, long words are cut between characters.
    for (std::size_t c = 0; c < columns; ++c) widths_[c] = minimum[c] * available / minimumSum;
  }
}

void TableLayout::breakCells(cmark_node* table) {
  const std::size_t columns = widths_.size();
  const std::uint16_t declared = cmark_gfm_extensions_get_table_columns(table);
  const std::uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(table);
  for (Row& row : rows_) {
    for (std::size_t c = 0; c < columns; ++c) {
      Align align = Align::Left;
      if (alignments != nullptr && c < declared) {
        if (alignments[c] == 'c') align = Align::Center;
        if (alignments[c] == 'r') align = Align::Right;
      }
      Cell& cell = row.cells[c];
      cell.lines = breakLines(cell.content, widths_[c] - 2 * padding_, align, size_, fonts_);
    }
  }
}

void TableLayout::placeRow(Row& row, Row* header) {
  const std::size_t columns = row.cells.size();
  std::vector<std::size_t> from(columns, 0), to(columns, 0);
  while (true) {
    // Start the row (or its continuation) here only if its first lines fit.
    double first = size_ * kLeading;
    for (std::size_t c = 0; c < columns; ++c) {
      const std::vector<Line>& lines = row.cells[c].lines;
      if (from[c] < lines.size()) first = std::max(first, lines[from[c]].height);
    }
    const std::size_t pages = flow_.pageCount();
    flow_.reserve(first + 2 * padding_);
    if (header != nullptr && flow_.pageCount() != pages) placeRow(*header, nullptr);

    // Take, in each cell, the lines that fit on this page (at least one, so the table
    // always moves on).
    const double room = flow_.frame().contentBottom() - flow_.y() - 2 * padding_;
    double content = 0;
    bool complete = true;
    for (std::size_t c = 0; c < columns; ++c) {
      const std::vector<Line>& lines = row.cells[c].lines;
      std::size_t end = from[c];
      double height = 0;
      while (end < lines.size() && (end == from[c] || height + lines[end].height <= room + 0.01)) {
        height += lines[end++].height;
      }
      to[c] = end;
      content = std::max(content, height);
      complete = complete && end == lines.size();
    }
    drawSlice(row, from, to, std::max(content, size_ * kLeading) + 2 * padding_);
    if (complete) return;
    from = to;
    flow_.newPage();
    if (header != nullptr) placeRow(*header, nullptr);
  }
}

void TableLayout::drawSlice(const Row& row, const std::vector<std::size_t>& from,
                            const std::vector<std::size_t>& to, double height) {
  PageContent& page = flow_.page();
  const double top = flow_.y();
  const double width = std::accumulate(widths_.begin(), widths_.end(), 0.0);
  Box frame;
  frame.x = x_;
  frame.y = top;
  frame.width = width;
  frame.height = height;
  frame.stroked = true;
  frame.stroke = kRuleGray;
  frame.filled = row.header;
  frame.fill = kShade;
  page.boxes.push_back(frame);

  double x = x_;
  bool markerPlaced = false;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    if (c > 0) page.rules.push_back(Rule{x, top, x, top + height, 0.5f, kRuleGray});
    const Cell& cell = row.cells[c];
    double y = top + padding_;
    for (std::size_t i = from[c]; i < to[c]; ++i) {
      emitLine(cell.lines[i], x + padding_, y, cell.content.links, page);
      if (!markerPlaced) {
        flow_.placeMarker(y + cell.lines[i].baseline);
        markerPlaced = true;
      }
      y += cell.lines[i].height;
    }
    x += widths_[c];
  }
  flow_.placeMarker(top + padding_ + size_ * kBaselineOffset);  // a row of empty cells
  flow_.advance(height);
}

}  // namespace trousse::pdf
