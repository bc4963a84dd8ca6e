// The page content stream's spelling: numbers, colours, strings of two-byte codes.
#include "pdf/output/ContentStream.hpp"

#include <gtest/gtest.h>

using trousse::pdf::Color;
using trousse::pdf::ContentStream;

TEST(ContentStream, WritesNumbersToTheHundredthWithoutTrailingZeros) {
  ContentStream out;
  out.moveTo(56.6929, 0.1);
  out.lineTo(-3.005, 100);
  out.moveTo(-0.001, 12.5);
  EXPECT_EQ(out.bytes(), "56.69 0.1 m\n-3.01 100 l\n0 12.5 m\n");
}

TEST(ContentStream, WritesColoursToTheThousandthWithinZeroToOne) {
  ContentStream out;
  out.setFillColor(Color{0.05f, 0.2f, 0.6f});
  out.setStrokeColor(Color{0, 1, 1.5f});
  EXPECT_EQ(out.bytes(), ".05 .2 .6 rg\n0 1 1 RG\n");
}

TEST(ContentStream, ShowsTwoByteCodesAndAdjustments) {
  ContentStream out;
  out.beginText();
  out.setFont("F1", 10.5);
  out.moveToNextLine(56.69, 700);
  out.beginShow();
  out.showCode(u'A');
  out.showCode(u'é');
  out.adjust(-250);
  out.adjust(40);
  out.showCode(u'B');
  out.adjust(0);  // nothing to write
  out.endShow();
  out.endText();
  using namespace std::string_literals;  // the codes hold NUL bytes
  EXPECT_EQ(out.bytes(), "BT\n/F1 10.5 Tf\n56.69 700 Td\n[(\0A\0\xE9)-250 40 (\0B)] TJ\nET\n"s);
}

TEST(ContentStream, EscapesTheBytesALiteralStringCannotHoldAsTheyAre) {
  // Ĩ ĩ Ŝ Ċ č: their low bytes are ( ) \ LF CR.
  ContentStream out;
  out.beginShow();
  for (char16_t code : {u'Ĩ', u'ĩ', u'Ŝ', u'Ċ', u'č'}) out.showCode(code);
  out.endShow();
  EXPECT_EQ(out.bytes(), "[(\x01\\(\x01\\)\x01\\\\\x01\\n\x01\\r)] TJ\n");
}

TEST(ContentStream, PaintsAnImageInItsBox) {
  ContentStream out;
  out.drawXObject("X1", 10, 20, 30.25, 40);
  EXPECT_EQ(out.bytes(), "q\n30.25 0 0 40 10 20 cm\n/X1 Do\nQ\n");
}
