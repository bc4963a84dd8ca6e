#include "pdf/layout/TableLayout.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <numeric>
#include <string>

#include "markdown/DocumentLimits.hpp"

namespace trousse::pdf {
namespace {

constexpr double kCellScale = 0.95;
constexpr double kPadding = 4;
/// A column narrower than this many em would show a character or two per line: a table
/// that cannot give each column that much is printed in parts.
constexpr double kMinColumnEms = 3;
constexpr double kCaptionScale = 0.9;

/// « 1 à 13 », or « 14 » for a part of one column.
std::string columnRange(std::size_t first, std::size_t last) {
  return first == last ? std::to_string(first + 1)
                       : std::to_string(first + 1) + " à " + std::to_string(last + 1);
}

}  // namespace

TableLayout::TableLayout(PageFlow& flow, FontBook& fonts, double bodySize)
    : flow_(flow), fonts_(fonts), size_(bodySize * kCellScale), padding_(kPadding) {}

void TableLayout::layOut(cmark_node* table, double x, double width) {
  x_ = x;
  readRows(table);
  if (rows_.empty()) return;

  Row* header = nullptr;
  for (Row& row : rows_) {
    if (row.header) header = &row;
  }
  const std::vector<Columns> parts = columnGroups(width);
  for (std::size_t part = 0; part < parts.size(); ++part) {
    columns_ = parts[part];
    computeWidths(width);
    breakCells(table);
    const std::vector<Line> captionLines =
        parts.size() > 1 ? caption(part, parts.size(), width) : std::vector<Line>{};
    flow_.addSpace(0.6 * size_ / kCellScale);
    // The caption and the header row go to the next page with the first row when it does
    // not fit below them.
    double head = 0;
    for (const Line& line : captionLines) head += line.height;
    for (const Row& row : rows_) {
      head += row.header ? rowHeight(row) : firstLineHeight(row);
      if (!row.header) break;
    }
    flow_.reserve(head);
    for (const Line& line : captionLines) flow_.placeLine(line, x_);
    for (Row& row : rows_) placeRow(row, row.header ? nullptr : header);
  }
}

double TableLayout::firstLineHeight(const Row& row) const {
  double first = size_ * kLeading;
  for (std::size_t c : columns_) {
    const std::vector<Line>& lines = row.cells[c].lines;
    if (!lines.empty()) first = std::max(first, lines.front().height);
  }
  return first + 2 * padding_;
}

double TableLayout::rowHeight(const Row& row) const {
  double height = size_ * kLeading;
  for (std::size_t c : columns_) {
    double cell = 0;
    for (const Line& line : row.cells[c].lines) cell += line.height;
    height = std::max(height, cell);
  }
  return height + 2 * padding_;
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
  natural_.assign(columns, 0);
  widest_.assign(columns, 0);
  for (const Row& row : rows_) {
    for (std::size_t c = 0; c < columns; ++c) {
      natural_[c] = std::max(natural_[c], naturalWidth(row.cells[c].content));
      widest_[c] = std::max(widest_[c], widestWord(row.cells[c].content));
    }
  }
}

double TableLayout::floorWidth(std::size_t column, double padding) const {
  const double natural = std::max(natural_[column], size_);  // room for an empty column
  return 2 * padding + std::min({widest_[column], natural, kMinColumnEms * size_});
}

std::vector<TableLayout::Columns> TableLayout::columnGroups(double available) const {
  const std::size_t columns = natural_.size();
  double total = 0;
  for (std::size_t c = 0; c < columns; ++c) total += floorWidth(c, kPadding);
  Columns all(columns);
  std::iota(all.begin(), all.end(), std::size_t{0});
  if (total <= available || columns < 2) return {all};

  // Greedy: each part takes the columns that fit after the repeated first column, each
  // with its widest word unless that is longer than a third of the width, and at most
  // `most` columns of its own.
  auto partWidth = [&](std::size_t c) {
    const double word = std::min(widest_[c], std::max(natural_[c], size_)) + 2 * kPadding;
    return std::max(floorWidth(c, kPadding), std::min(word, available / 3));
  };
  const bool repeatFirst = partWidth(0) <= available / 4;
  auto split = [&](std::size_t most) {
    std::vector<Columns> parts;
    Columns part;
    double used = 0;
    std::size_t own = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      const double width = partWidth(c);
      if (!part.empty() && (used + width > available || own == most)) {
        parts.push_back(std::move(part));
        part.clear();
        used = 0;
        own = 0;
        if (repeatFirst) {
          part.push_back(0);
          used = partWidth(0);
        }
      }
      part.push_back(c);
      used += width;
      ++own;
    }
    parts.push_back(std::move(part));
    return parts;
  };
  std::vector<Columns> parts = split(columns);
  // The same number of parts, with as many columns each as can be: no part of one column.
  std::vector<Columns> even = split((columns + parts.size() - 1) / parts.size());
  return even.size() == parts.size() ? even : parts;
}

std::vector<Line> TableLayout::caption(std::size_t part, std::size_t parts, double width) {
  const std::size_t total = natural_.size();
  // The columns this part adds: the repeated first column goes without saying.
  const std::size_t first =
      part > 0 && columns_.size() > 1 && columns_.front() == 0 ? columns_[1] : columns_.front();
  std::string text = part == 0 ? "Tableau trop large pour la page, en " + std::to_string(parts) +
                                     " parties : colonnes "
                               : "Suite du tableau : colonnes ";
  text += columnRange(first, columns_.back()) + " sur " + std::to_string(total);
  TextStyle style;
  style.size = static_cast<float>(size_ * kCaptionScale);
  style.italic = true;
  style.color = kGray;
  InlineBuilder builder(fonts_, style);
  builder.addText(text);
  std::vector<Line> lines = breakLines(builder.take(), width, Align::Left, style.size, fonts_);
  if (!lines.empty()) lines.back().height += 0.2 * size_;  // a little space above the table
  return lines;
}

void TableLayout::computeWidths(double available) {
  const std::size_t columns = columns_.size();
  widths_.assign(columns, 0);
  if (columns == 0) return;
  // Many columns on a narrow page: less padding, so some text still fits.
  padding_ = std::clamp((available / static_cast<double>(columns) - size_) / 2, 1.0, kPadding);
  std::vector<double> natural(columns, 0), minimum(columns, 0), floor(columns, 0);
  for (std::size_t k = 0; k < columns; ++k) {
    const std::size_t c = columns_[k];
    natural[k] = std::max(natural_[c], size_) + 2 * padding_;  // room for an empty column
    minimum[k] = std::min(widest_[c] + 2 * padding_, natural[k]);
    floor[k] = std::min(floorWidth(c, padding_), minimum[k]);
  }
  const double naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
  const double minimumSum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
  const double floorSum = std::accumulate(floor.begin(), floor.end(), 0.0);
  if (naturalSum <= available) {
    widths_ = natural;
  } else if (minimumSum <= available) {
    // Every column gets its widest word; what is left goes where text would wrap most.
    const double share = (available - minimumSum) / (naturalSum - minimumSum);
    for (std::size_t k = 0; k < columns; ++k) {
      widths_[k] = minimum[k] + (natural[k] - minimum[k]) * share;
    }
  } else if (floorSum <= available) {
    // Even the widest words do not fit: every column keeps a few characters' width, the
    // rest goes to the columns with long words, which are cut between characters.
    const double share = (available - floorSum) / (minimumSum - floorSum);
    for (std::size_t k = 0; k < columns; ++k) {
      widths_[k] = floor[k] + (minimum[k] - floor[k]) * share;
    }
  } else {
    // A part of a single column too wide even for that: scaled to fit.
    for (std::size_t k = 0; k < columns; ++k) widths_[k] = floor[k] * available / floorSum;
  }
}

void TableLayout::breakCells(cmark_node* table) {
  const std::uint16_t declared = cmark_gfm_extensions_get_table_columns(table);
  const std::uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(table);
  for (Row& row : rows_) {
    for (std::size_t k = 0; k < columns_.size(); ++k) {
      const std::size_t c = columns_[k];
      Align align = Align::Left;
      if (alignments != nullptr && c < declared) {
        if (alignments[c] == 'c') align = Align::Center;
        if (alignments[c] == 'r') align = Align::Right;
      }
      Cell& cell = row.cells[c];
      cell.lines = breakLines(cell.content, widths_[k] - 2 * padding_, align, size_, fonts_);
    }
  }
}

void TableLayout::placeRow(Row& row, Row* header) {
  const std::size_t columns = columns_.size();
  std::vector<std::size_t> from(columns, 0), to(columns, 0);
  while (true) {
    // Start the row (or its continuation) here only if its first lines fit; a row that fits
    // on a page is kept whole (a sign-in sheet's line never straddles two pages).
    double first = size_ * kLeading;
    double whole = size_ * kLeading;
    for (std::size_t k = 0; k < columns; ++k) {
      const std::vector<Line>& lines = row.cells[columns_[k]].lines;
      if (from[k] < lines.size()) first = std::max(first, lines[from[k]].height);
      double height = 0;
      for (std::size_t i = from[k]; i < lines.size(); ++i) height += lines[i].height;
      whole = std::max(whole, height);
    }
    const PageFrame& frame = flow_.frame();
    if (whole + 2 * padding_ <= (frame.contentBottom() - frame.contentTop()) / 2) first = whole;
    const std::size_t pages = flow_.pageCount();
    flow_.reserve(first + 2 * padding_);
    if (header != nullptr && flow_.pageCount() != pages) placeRow(*header, nullptr);

    // Take, in each cell, the lines that fit on this page (at least one, so the table
    // always moves on).
    const double room = flow_.frame().contentBottom() - flow_.y() - 2 * padding_;
    double content = 0;
    bool complete = true;
    for (std::size_t k = 0; k < columns; ++k) {
      const std::vector<Line>& lines = row.cells[columns_[k]].lines;
      std::size_t end = from[k];
      double height = 0;
      while (end < lines.size() && (end == from[k] || height + lines[end].height <= room + 0.01)) {
        height += lines[end++].height;
      }
      to[k] = end;
      content = std::max(content, height);
      complete = complete && end == lines.size();
    }
    drawSlice(row, from, to, std::max(content, size_ * kLeading) + 2 * padding_);
    checkPageCount(flow_.pageCount());  // a table of a million rows stops here
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
  for (std::size_t k = 0; k < columns_.size(); ++k) {
    if (k > 0) page.rules.push_back(Rule{x, top, x, top + height, 0.5f, kRuleGray});
    const Cell& cell = row.cells[columns_[k]];
    double y = top + padding_;
    for (std::size_t i = from[k]; i < to[k]; ++i) {
      emitLine(cell.lines[i], x + padding_, y, cell.content.links, page);
      if (!markerPlaced) {
        flow_.placeMarker(y + cell.lines[i].baseline);
        markerPlaced = true;
      }
      y += cell.lines[i].height;
    }
    x += widths_[k];
  }
  flow_.placeMarker(top + padding_ + size_ * kBaselineOffset);  // a row of empty cells
  flow_.advance(height);
}

}  // namespace trousse::pdf
