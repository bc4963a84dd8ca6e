#include "pdf/output/ContentStream.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace trousse::pdf {

void ContentStream::integer(long value) {
  char buffer[24];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, end);
}

// Fixed-point by hand: the stream holds thousands of numbers a page, and printf-style
// formatting would be most of the time spent writing it.
void ContentStream::number(double value) {
  long hundredths = std::isfinite(value) ? std::lround(value * 100) : 0;
  if (hundredths < 0) {
    out_ += '-';
    hundredths = -hundredths;
  }
  integer(hundredths / 100);
  if (const long rest = hundredths % 100; rest != 0) {
    out_ += '.';
    out_ += static_cast<char>('0' + rest / 10);
    if (rest % 10 != 0) out_ += static_cast<char>('0' + rest % 10);
  }
  out_ += ' ';
}

void ContentStream::fraction(double value) {
  const long thousandths =
      std::isfinite(value) ? std::lround(std::clamp(value, 0.0, 1.0) * 1000) : 0;
  if (thousandths == 1000) {
    out_ += "1 ";
    return;
  }
  if (thousandths == 0) {
    out_ += "0 ";
    return;
  }
  char digits[5] = {'.', static_cast<char>('0' + thousandths / 100),
                    static_cast<char>('0' + thousandths / 10 % 10),
                    static_cast<char>('0' + thousandths % 10), ' '};
  std::size_t length = 4;
  while (digits[length - 1] == '0') --length;
  out_.append(digits, length);
  out_ += ' ';
}

void ContentStream::op(std::string_view name) {
  out_ += name;
  out_ += '\n';
}

void ContentStream::setFillColor(Color color) {
  fraction(color.r), fraction(color.g), fraction(color.b);
  op("rg");
}

void ContentStream::setStrokeColor(Color color) {
  fraction(color.r), fraction(color.g), fraction(color.b);
  op("RG");
}

void ContentStream::setLineWidth(double width) {
  number(width);
  op("w");
}

void ContentStream::moveTo(double x, double y) {
  number(x), number(y);
  op("m");
}

void ContentStream::lineTo(double x, double y) {
  number(x), number(y);
  op("l");
}

void ContentStream::rectangle(double x, double y, double width, double height) {
  number(x), number(y), number(width), number(height);
  op("re");
}

void ContentStream::stroke() { op("S"); }
void ContentStream::fill() { op("f"); }
void ContentStream::fillAndStroke() { op("B"); }

void ContentStream::drawXObject(std::string_view name, double x, double y, double width,
                                double height) {
  op("q");
  number(width), out_ += "0 0 ", number(height), number(x), number(y);
  op("cm");
  out_ += '/';
  out_ += name;
  out_ += ' ';
  op("Do");
  op("Q");
}

void ContentStream::beginText() { op("BT"); }
void ContentStream::endText() { op("ET"); }

void ContentStream::setFont(std::string_view name, double size) {
  out_ += '/';
  out_ += name;
  out_ += ' ';
  number(size);
  op("Tf");
}

void ContentStream::moveToNextLine(double dx, double dy) {
  number(dx), number(dy);
  op("Td");
}

void ContentStream::beginShow() { out_ += '['; }

namespace {
/// Bytes a literal string cannot hold as they are: a reader would end the string at ")",
/// read "\\" as an escape, and take a raw CR or LF for an end of line (and read LF).
bool needsEscape(unsigned char byte) {
  return byte == '(' || byte == ')' || byte == '\\' || byte == '\r' || byte == '\n';
}
}  // namespace

void ContentStream::showCode(std::uint16_t code) {
  if (!inString_) {
    out_ += '(';
    inString_ = true;
  }
  const char bytes[2] = {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
  if (!needsEscape(static_cast<unsigned char>(bytes[0])) &&
      !needsEscape(static_cast<unsigned char>(bytes[1]))) {
    out_.append(bytes, 2);
    return;
  }
  for (const char byte : bytes) {
    switch (byte) {
      case '\r':
        out_ += "\\r";
        break;
      case '\n':
        out_ += "\\n";
        break;
      default:
        if (needsEscape(static_cast<unsigned char>(byte))) out_ += '\\';
        out_ += byte;
    }
  }
}

void ContentStream::closeString() {
  if (inString_) {
    out_ += ')';
    inString_ = false;
  }
}

void ContentStream::adjust(long thousandths) {
  if (thousandths == 0) return;
  closeString();
  integer(thousandths);
  out_ += ' ';  // "-120 -50", not "-120-50"
}

void ContentStream::endShow() {
  closeString();
  out_ += "] ";
  op("TJ");
}

}  // namespace trousse::pdf
