#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pdf/text/TextStyle.hpp"

namespace trousse::pdf {

/// The operators of one PDF page content stream, written as bytes (PDF 1.7, §8 and §9).
/// Coordinates are PDF user space: points from the page's bottom-left corner. It knows
/// nothing of fonts or layout: PageDrawer decides what to draw, this spells it compactly
/// (numbers to 1/100 point, text as two-byte codes in literal strings).
class ContentStream {
 public:
  void clear() { out_.clear(); }
  bool empty() const { return out_.empty(); }
  const std::string& bytes() const& { return out_; }
  std::string bytes() && { return std::move(out_); }

  // ---- Graphics ----------------------------------------------------------------------
  void setFillColor(Color color);                                   // rg
  void setStrokeColor(Color color);                                 // RG
  void setLineWidth(double width);                                  // w
  void moveTo(double x, double y);                                  // m
  void lineTo(double x, double y);                                  // l
  void rectangle(double x, double y, double width, double height);  // re
  void stroke();                                                    // S
  void fill();                                                      // f
  void fillAndStroke();                                             // B
  /// Paints the XObject (an image) `name` of the page's resources into a box.
  void drawXObject(std::string_view name, double x, double y, double width, double height);

  // ---- Text --------------------------------------------------------------------------
  void beginText();                                  // BT
  void endText();                                    // ET
  void setFont(std::string_view name, double size);  // Tf
  void moveToNextLine(double dx, double dy);         // Td: from the current line's start
  /// A TJ array: glyph codes, and adjustments between them in thousandths of an em
  /// (positive moves left).
  void beginShow();                   // [
  void showCode(std::uint16_t code);  // two bytes of a string
  void adjust(long thousandths);
  void endShow();  // ] TJ

 private:
  void number(double value);    // to 1/100
  void fraction(double value);  // to 1/1000, for colours
  void integer(long value);
  void op(std::string_view name);
  void closeString();

  std::string out_;
  bool inString_ = false;  // inside "(...)" of a TJ array
};

}  // namespace trousse::pdf
