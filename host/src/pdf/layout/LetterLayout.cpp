#include "pdf/layout/LetterLayout.hpp"

#include <algorithm>
#include <string>

#include "pdf/layout/LayoutParts.hpp"
#include "pdf/layout/LetterExtras.hpp"
#include "pdf/text/CachedLines.hpp"

namespace trousse::pdf {
namespace {

constexpr double kSenderGutter = millimetres(5);
constexpr double kSignatureImageRoom = millimetres(24);  // for a scanned signature and stamp
// The column left of the signatory: the QR code, the enclosures and copies. It stops short of
// the signatory's column, where the stamp reaches a little to the left.
constexpr double kLeftColumnGap = millimetres(16);
constexpr double kLeftColumnMaxHeight = millimetres(60);
constexpr double kNotesUnderQrGap = millimetres(3);
constexpr double kLogoMaxHeight = millimetres(20);
constexpr double kLogoMaxWidth = millimetres(60);
constexpr double kLogoGap = millimetres(3);
constexpr float kSenderNameSize = 11;
constexpr float kSenderSize = 9.5f;
// Inside the window: room above the address (the sheet moves in the envelope), at the sides
// and below.
constexpr double kWindowTopPadding = millimetres(5);
constexpr double kWindowPadding = millimetres(2);
constexpr double kSmallestRecipientSize = 7;

/// The vertical gaps of a letter. A letter that would spill onto a second page is laid out
/// again with the tight ones before it is allowed to.
struct LetterSpacing {
  double afterHead;  ///< below the address block, and below the date and the subject
  double beforeSignature;
  double signatureRoom;   ///< for the handwritten signature
  double bodySpaceScale;  ///< scales the space between paragraphs
};
constexpr LetterSpacing kNormalSpacing{millimetres(6), millimetres(8), millimetres(12), 1.0};
constexpr LetterSpacing kTightSpacing{millimetres(2), millimetres(3), millimetres(10), 0.25};

/// The envelope window, in points from the sheet's top-left corner.
struct WindowBox {
  double left, top, width, height;
  double bottom() const { return top + height; }
};

WindowBox windowOf(const LetterWindow& window) {
  return {millimetres(window.left), millimetres(window.top), millimetres(window.width),
          millimetres(window.height)};
}

/// The establishment's logo and identity, top left from `top`; returns its bottom.
double placeSender(const Document& document, LayoutContext& context, DocumentImages& images,
                   const PageFrame& frame, const WindowBox& window, double top, PageContent& page) {
  FontBook& fonts = context.fonts;
  const Establishment& sender = document.establishment;
  const LetterParts& letter = document.letter;
  const double x = frame.contentLeft();
  const double width = std::max(window.left - kSenderGutter - x, millimetres(40));
  const TextStyle small = sized(kSenderSize);
  double y = top;
  const double logoBottom =
      placeLogo(images, page, x, y, std::min(width, kLogoMaxWidth), kLogoMaxHeight, false);
  if (logoBottom > y) y = logoBottom + kLogoGap;
  // These lines are the same in every letter of a batch: broken once, then from the cache.
  auto plainLine = [&](const std::string& text, const TextStyle& style) {
    y = placeText(*plainLines(text, style, width, Align::Left, kBodySize, fonts), x, y, page);
  };
  auto labelledLine = [&](std::string_view label, const std::string& text) {
    y = placeText(*labelledLines(label, small, text, small, width, Align::Left, kBodySize, fonts),
                  x, y, page);
  };
  if (!sender.name.empty()) plainLine(sender.name, sized(kSenderNameSize, true));
  for (const std::string& address : sender.addressLines) plainLine(address, small);
  if (!sender.phone.empty()) labelledLine("Tél. :", sender.phone);
  if (!sender.email.empty()) plainLine(sender.email, small);
  if (!letter.followedBy.empty() || !letter.reference.empty()) y += kSenderSize;
  if (!letter.followedBy.empty()) labelledLine("Affaire suivie par :", letter.followedBy);
  if (!letter.reference.empty()) labelledLine("Réf. :", letter.reference);
  return y;
}

/// The recipient's address, one line per entry, inside the envelope window: smaller type if
/// it must, a warning if even the smallest does not fit. Returns its bottom.
double placeRecipient(const Document& document, LayoutContext& context, const PageFrame& frame,
                      const WindowBox& window, PageContent& page) {
  FontBook& fonts = context.fonts;
  const std::vector<std::string>& entries = document.letter.recipient;
  if (entries.empty()) return window.top;
  const double x = window.left + kWindowPadding;
  const double width =
      std::min(window.width - 2 * kWindowPadding, frame.width - millimetres(10) - x);  // printable
  const double room = window.height - kWindowPadding;

  double size = kBodySize;
  std::vector<BrokenTextPtr> lines;
  double height = 0;
  for (;; size -= 0.5) {
    lines.clear();
    height = 0;
    for (const std::string& entry : entries) {
      lines.push_back(plainLines(entry, sized(size), width, Align::Left, kBodySize, fonts));
      height += textHeight(*lines.back());
    }
    if (height <= room || size - 0.5 < kSmallestRecipientSize) break;
  }
  double top = window.top + std::clamp(room - height, 0.0, kWindowTopPadding);
  const double bottom = window.bottom() - kWindowPadding / 2;
  if (height > room) {
    // Nothing is printed where the window does not show it: the lines that do not fit are
    // left out, and the user is told (the letters plugin warns earlier, from the data).
    top = window.top + kWindowPadding / 2;
    context.warnings.add("recipient beyond the window",
                         "l'adresse de « " + entries.front() +
                             " » est trop longue pour la fenêtre de l'enveloppe : ses dernières "
                             "lignes ne sont pas imprimées");
  }
  for (const BrokenTextPtr& entry : lines) {
    if (top + textHeight(*entry) > bottom + 0.01) break;
    top = placeText(*entry, x, top, page);
  }
  return top;
}

/// The signatory's title, room to sign (with the scanned signature and stamp, if configured),
/// and name, kept together on the letter's vertical `x`. In the left column beside them: the
/// QR code, if any, then the enclosures and copies ("P.J.", "Copie"), level with the
/// signatory's name when there is no code; when they are too long for it, they follow below,
/// across the page.
void placeSignatory(const Document& document, LayoutContext& context, double x,
                    const LetterSpacing& spacing, PageFlow& flow) {
  FontBook& fonts = context.fonts;
  const LetterParts& letter = document.letter;
  const PageFrame& frame = flow.frame();
  const std::string& title =
      letter.signatoryTitle.empty() ? document.establishment.signatoryTitle : letter.signatoryTitle;
  const std::string& name =
      letter.signatoryName.empty() ? document.establishment.signatoryName : letter.signatoryName;
  const double columnWidth = x - kLeftColumnGap - frame.contentLeft();
  const std::optional<QrBlock> qr = prepareQr(letter, fonts, columnWidth);
  LetterNotes notes = breakNotes(letter, fonts, columnWidth);
  const bool signatory = !title.empty() || !name.empty();
  if (!signatory && !qr && notes.height <= 0) return;

  const double width = frame.contentRight() - x;
  const SignatoryMarks marks = signatory ? signatoryMarks(document, context) : SignatoryMarks{};
  const double room = marks.any() ? kSignatureImageRoom : spacing.signatureRoom;
  const BrokenTextPtr titleText =
      plainLines(title, sized(kBodySize), width, Align::Left, kBodySize, fonts);
  const BrokenTextPtr nameText =
      plainLines(name, sized(kBodySize), width, Align::Left, kBodySize, fonts);
  const std::vector<Line>& titleLines = titleText->lines;
  const std::vector<Line>& nameLines = nameText->lines;
  double height = signatory ? room : 0;
  for (const Line& line : titleLines) height += line.height;
  for (const Line& line : nameLines) height += line.height;

  const double qrHeight = qr ? qr->height : 0;
  const double notesGap = qr ? kNotesUnderQrGap : 0;
  // The notes go beside the signatory unless they make the block too tall for the room left
  // on the page when, without them, it would fit: the signature stays with the letter.
  const double roomLeft = frame.contentBottom() - flow.y() - spacing.beforeSignature;
  bool notesBeside = notes.height > 0 && qrHeight + notesGap + notes.height <= kLeftColumnMaxHeight;
  if (notesBeside && std::max(height, qrHeight + notesGap + notes.height) > roomLeft &&
      std::max(height, qrHeight) <= roomLeft) {
    notesBeside = false;
  }
  const double left = qrHeight + (notesBeside ? notesGap + notes.height : 0);
  const double blockHeight = std::max(height, left);

  flow.addSpace(spacing.beforeSignature);
  flow.reserve(blockHeight);
  const double top = flow.y();
  if (qr) placeQr(*qr, frame.contentLeft(), top, flow.page());
  if (notesBeside) {
    // Under the code, or level with the bottom of the signatory's name.
    const double notesTop = qr ? top + qrHeight + notesGap : top + blockHeight - notes.height;
    placeNotes(notes, frame.contentLeft(), notesTop, flow.page());
  }
  if (signatory) {
    for (const Line& line : titleLines) flow.placeLine(line, x);
    placeSignatoryMarks(marks, x, flow.y(), width, room, flow.page());
    flow.advance(room);
    for (const Line& line : nameLines) flow.placeLine(line, x);
  }
  flow.moveTo(std::max(flow.y(), top + left));
  if (notes.height > 0 && !notesBeside) {
    placeNotes(breakNotes(letter, fonts, frame.contentWidth()), frame.contentLeft(), flow);
  }
}

/// A letter laid out, and the page its signatory ends on (0-based): the letter proper ends
/// there, a reply slip may follow.
struct LetterPass {
  LaidOutDocument out;
  std::size_t signaturePage = 0;
};

/// One pass of the letter's layout with the given gaps.
LetterPass layOutWith(const Document& document, LayoutContext& context,
                      const LetterSpacing& spacing) {
  LetterPass pass;
  LaidOutDocument& out = pass.out;
  const PageFrame& frame = out.frame;  // A4 portrait, the default
  const WindowBox window = windowOf(context.options.window);
  // Recipient, date and signatory share one vertical: the address's left edge.
  const double vertical = window.left + kWindowPadding;
  FontBook& fonts = context.fonts;
  DocumentImages images(context, document);
  PageFlow flow(out, frame);
  flow.setSpaceScale(spacing.bodySpaceScale);
  const LetterParts& letter = document.letter;

  double y = 0;
  if (letter.translationNotice.empty()) {
    const double senderBottom =
        placeSender(document, context, images, frame, window, frame.contentTop(), flow.page());
    const double recipientBottom = placeRecipient(document, context, frame, window, flow.page());
    y = std::max({senderBottom, recipientBottom, window.bottom()}) + spacing.afterHead;
  } else {
    // A translation is never posted: no window. What the family reads first is that it is a
    // translation, and that the French letter is the one that counts.
    y = placeText(*plainLines(letter.translationNotice, sized(kBodySize + 1, true),
                              frame.contentWidth(), Align::Left, kBodySize, fonts),
                  frame.contentLeft(), frame.contentTop(), flow.page());
    y = placeSender(document, context, images, frame, window, y + spacing.afterHead, flow.page());
    y += spacing.afterHead;
  }
  if (!letter.placeAndDate.empty()) {
    y = placeText(*plainLines(letter.placeAndDate, sized(kBodySize),
                              frame.contentRight() - vertical, Align::Left, kBodySize, fonts),
                  vertical, y, flow.page());
    y += spacing.afterHead;
  }
  y = placeRegisteredMail(letter, fonts, frame, y, flow.page());
  if (!letter.subject.empty()) {
    y = placeText(
        *labelledLines(letter.subjectLabel.empty() ? std::string_view("Objet :")
                                                   : std::string_view(letter.subjectLabel),
                       sized(kBodySize, true), letter.subject, sized(kBodySize),
                       frame.contentWidth(), Align::Left, kBodySize, fonts),
        frame.contentLeft(), y, flow.page());
    y += spacing.afterHead;
  }
  flow.moveTo(y);

  BodySettings body;
  body.imageMaxHeight = millimetres(60);  // a letter keeps to one sheet when it can
  layOutBody(document, context, images, flow, out.bookmarks, body);
  placeSignatory(document, context, vertical, spacing, flow);
  pass.signaturePage = flow.pageCount() - 1;
  placeReplySlip(document, context, images, flow, out);
  dropEmptyLastPage(out);
  return pass;
}

/// "Aïcha N'DIAYE-LEFÈVRE, 4e B – Madame Fatou N'DIAYE": what the top of a second page says.
/// A marked letter ("Confidentiel – PAR A. N.") names nobody there: its marking says enough.
std::string continuationHeader(const LetterParts& letter) {
  std::string header = letter.about;
  if (!letter.recipient.empty() && letter.marking.empty()) {
    header += (header.empty() ? "" : " – ") + letter.recipient.front();
  }
  return header;
}

}  // namespace

LaidOutDocument layOutLetter(const Document& document, LayoutContext& context) {
  LetterPass normal = layOutWith(document, context, kNormalSpacing);
  LaidOutDocument out = std::move(normal.out);
  if (out.pages.size() > 1) {
    // Tighter gaps before a second sheet, if they save one, or keep the letter proper on its
    // first sheet (only the reply slip then goes over). Its warnings are those already given.
    Warnings again;
    LayoutContext retry{context.fonts, context.images, context.options, again};
    LetterPass tight = layOutWith(document, retry, kTightSpacing);
    if (tight.out.pages.size() < out.pages.size() || (tight.out.pages.size() == out.pages.size() &&
                                                      tight.signaturePage < normal.signaturePage)) {
      out = std::move(tight.out);
    }
  }
  out.decoration.numberPages = out.pages.size() > 1;
  out.decoration.runningHeader = continuationHeader(document.letter);
  out.decoration.headerPageNumber = true;
  out.decoration.marking = document.letter.marking;
  return out;
}

}  // namespace trousse::pdf
