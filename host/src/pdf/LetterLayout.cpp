#include "pdf/LetterLayout.hpp"

#include <algorithm>
#include <string>

#include "markdown/MarkdownTree.hpp"
#include "pdf/BlockLayout.hpp"
#include "pdf/InlineText.hpp"
#include "pdf/LineBreaker.hpp"
#include "pdf/PageFlow.hpp"

namespace trousse::pdf {
namespace {

// Window envelopes (DL and C5/6 with a right-hand window) show 45–90 mm from the top and
// 110–210 mm from the left of a folded A4 sheet.
constexpr double kRecipientLeft = millimetres(110);
constexpr double kRecipientTop = millimetres(50);
constexpr double kRecipientMaxWidth = millimetres(90);
constexpr double kWindowBottom = millimetres(90);
constexpr double kSenderGutter = millimetres(5);
constexpr double kSignatureRoom = millimetres(12);  // for the handwritten signature
constexpr float kSenderNameSize = 11;
constexpr float kSenderSize = 9.5f;

/// Lays out text at a fixed place on a page (not in the flow); returns the bottom.
double placeText(const InlineContent& content, double x, double top, double width, Align align,
                 FontBook& fonts, PageContent& page) {
  for (const Line& line : breakLines(content, width, align, kBodySize, fonts)) {
    emitLine(line, x, top, content.links, page);
    top += line.height;
  }
  return top;
}

InlineContent plain(const std::string& text, const TextStyle& style, FontBook& fonts) {
  InlineBuilder builder(fonts, style);
  builder.addText(text);
  return builder.take();
}

/// "Réf. : …": a label that never parts from its colon, then plain text.
InlineContent labelled(const char* label, const std::string& text, const TextStyle& labelStyle,
                       const TextStyle& style, FontBook& fonts) {
  InlineBuilder builder(fonts, style);
  builder.addUnbreakable(label, labelStyle);
  builder.addText(" " + text);
  return builder.take();
}

TextStyle sized(float size, bool bold = false) {
  TextStyle style;
  style.size = size;
  style.bold = bold;
  return style;
}

/// The establishment's identity, top left; returns its bottom.
double placeSender(const Document& document, FontBook& fonts, const PageFrame& frame,
                   PageContent& page) {
  const Establishment& sender = document.establishment;
  const LetterParts& letter = document.letter;
  const double x = frame.contentLeft();
  const double width = kRecipientLeft - kSenderGutter - x;
  const TextStyle small = sized(kSenderSize);
  double y = frame.contentTop();
  auto line = [&](const InlineContent& content) {
    y = placeText(content, x, y, width, Align::Left, fonts, page);
  };
  if (!sender.name.empty()) line(plain(sender.name, sized(kSenderNameSize, true), fonts));
  for (const std::string& address : sender.addressLines) {
    line(plain(address, small, fonts));
  }
  if (!sender.phone.empty()) line(labelled("Tél. :", sender.phone, small, small, fonts));
  if (!sender.email.empty()) line(plain(sender.email, small, fonts));
  if (!letter.followedBy.empty() || !letter.reference.empty()) y += kSenderSize;
  if (!letter.followedBy.empty()) {
    line(labelled("Affaire suivie par :", letter.followedBy, small, small, fonts));
  }
  if (!letter.reference.empty()) {
    line(labelled("Réf. :", letter.reference, small, small, fonts));
  }
  return y;
}

/// The recipient's address, one line per entry, in the envelope's window; returns its bottom.
double placeRecipient(const LetterParts& letter, FontBook& fonts, const PageFrame& frame,
                      PageContent& page) {
  const double width = std::min(kRecipientMaxWidth, frame.contentRight() - kRecipientLeft);
  double y = kRecipientTop;
  for (const std::string& entry : letter.recipient) {
    y = placeText(plain(entry, sized(kBodySize), fonts), kRecipientLeft, y, width, Align::Left,
                  fonts, page);
  }
  return y;
}

/// The signatory's title, room to sign, and name, kept together toward the right.
void placeSignatory(const Document& document, FontBook& fonts, PageFlow& flow) {
  const LetterParts& letter = document.letter;
  const std::string& title =
      letter.signatoryTitle.empty() ? document.establishment.signatoryTitle : letter.signatoryTitle;
  const std::string& name =
      letter.signatoryName.empty() ? document.establishment.signatoryName : letter.signatoryName;
  if (title.empty() && name.empty()) return;

  const PageFrame& frame = flow.frame();
  const double x = kRecipientLeft;
  const double width = frame.contentRight() - x;
  const InlineContent titleText = plain(title, sized(kBodySize), fonts);
  const InlineContent nameText = plain(name, sized(kBodySize), fonts);
  const std::vector<Line> titleLines = breakLines(titleText, width, Align::Left, kBodySize, fonts);
  const std::vector<Line> nameLines = breakLines(nameText, width, Align::Left, kBodySize, fonts);
  double height = kSignatureRoom;
  for (const Line& line : titleLines) height += line.height;
  for (const Line& line : nameLines) height += line.height;

  flow.addSpace(millimetres(8));
  flow.reserve(height);
  for (const Line& line : titleLines) flow.placeLine(line, x);
  flow.advance(kSignatureRoom);
  for (const Line& line : nameLines) flow.placeLine(line, x);
}

}  // namespace

LaidOutDocument layOutLetter(const Document& document, FontBook& fonts, const PageFrame& frame) {
  LaidOutDocument out;
  PageFlow flow(out, frame);
  const LetterParts& letter = document.letter;

  const double senderBottom = placeSender(document, fonts, frame, flow.page());
  const double recipientBottom = placeRecipient(letter, fonts, frame, flow.page());
  double y = std::max({senderBottom, recipientBottom, kWindowBottom}) + millimetres(6);
  if (!letter.placeAndDate.empty()) {
    y = placeText(plain(letter.placeAndDate, sized(kBodySize), fonts), frame.contentLeft(), y,
                  frame.contentWidth(), Align::Right, fonts, flow.page());
    y += millimetres(6);
  }
  if (!letter.subject.empty()) {
    y = placeText(
        labelled("Objet :", letter.subject, sized(kBodySize, true), sized(kBodySize), fonts),
        frame.contentLeft(), y, frame.contentWidth(), Align::Left, fonts, flow.page());
    y += millimetres(6);
  }
  flow.moveTo(y);

  const MarkdownTree tree = MarkdownTree::parse(document.markdown);
  BlockLayout(flow, fonts, kBodySize).layOut(tree.root());
  placeSignatory(document, fonts, flow);
  out.numberPages = out.pages.size() > 1;
  return out;
}

}  // namespace trousse::pdf
