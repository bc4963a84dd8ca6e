#include "pdf/layout/LetterExtras.hpp"

#include <algorithm>
#include <filesystem>
#include <string>

#include "common/Errors.hpp"
#include "markdown/MarkdownPreparation.hpp"
#include "pdf/layout/BlockLayout.hpp"
#include "pdf/layout/BodyExtras.hpp"
#include "pdf/layout/LayoutParts.hpp"
#include "pdf/text/CachedLines.hpp"

namespace trousse::pdf {
namespace {

constexpr float kSmallSize = 9;
constexpr double kListGap = millimetres(1.5);  // between the enclosures and the copies
constexpr float kQrCaptionSize = 8;
constexpr float kQrAddressSize = 6.5f;
constexpr double kQrWidth = millimetres(20);
constexpr float kSlipSize = 9;
constexpr double kSlipGap = millimetres(4);        // between the letter and the cut line
constexpr double kCutLineRoom = millimetres(5.5);  // the cut line and the space under it
constexpr double kDash = 3, kDashGap = 2.5;

const ImageStore::Entry* markImage(const std::string& file, const char* key,
                                   LayoutContext& context) {
  if (file.empty()) return nullptr;
  const std::string at = "Image inutilisable : " + std::string(key) + " = « " + file + " » : ";
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw IoError(at + "fichier introuvable (corrigez la clé « " + key + " » de la configuration)");
  }
  const ImageStore::Entry& entry = context.images.load(file);
  if (!entry.problem.empty()) throw IoError(at + entry.problem);
  return &entry;
}

LabelledList breakLabelledList(std::string_view label, const std::vector<std::string>& items,
                               FontBook& fonts, double width) {
  LabelledList list;
  if (items.empty()) return list;
  const TextStyle style = sized(kSmallSize);
  list.label = plainLines(label, style, width, Align::Left, kSmallSize, fonts);
  list.indent = naturalWidth(plain(std::string(label), style, fonts)) + kSmallSize * 0.4;
  for (const std::string& item : items) {
    list.items.push_back(
        plainLines(item, style, width - list.indent, Align::Left, kSmallSize, fonts));
    list.height += textHeight(*list.items.back());
  }
  return list;
}

/// Places a list at `top`; returns its bottom.
double placeLabelledList(const LabelledList& list, double x, double top, PageContent& page) {
  if (list.items.empty()) return top;
  placeText(*list.label, x, top, page);
  for (const BrokenTextPtr& item : list.items) top = placeText(*item, x + list.indent, top, page);
  return top;
}

/// Places a list down the flow, line by line, so that a long one breaks across pages; the
/// label stays with the first line.
void placeLabelledList(const LabelledList& list, double x, PageFlow& flow) {
  bool first = true;
  for (const BrokenTextPtr& item : list.items) {
    for (const Line& line : item->lines) {
      if (first) {
        flow.reserve(line.height);
        placeText(*list.label, x, flow.y(), flow.page());
        first = false;
      }
      flow.placeLine(line, x + list.indent);
    }
  }
}

/// The dashed line across the content width, scissors at its left end, centred on `y`.
void placeCutLine(double y, FontBook& fonts, const PageFrame& frame, PageContent& page) {
  const TextStyle style = sized(11);
  const BrokenTextPtr scissors =
      plainLines("\u2702", style, frame.contentWidth(), Align::Left, 11, fonts);
  const double scissorsWidth = naturalWidth(plain("\u2702", style, fonts));
  placeText(*scissors, frame.contentLeft(), y - textHeight(*scissors) / 2, page);
  for (double x = frame.contentLeft() + scissorsWidth + 2; x < frame.contentRight();
       x += kDash + kDashGap) {
    Rule dash;
    dash.x1 = x;
    dash.x2 = std::min(x + kDash, frame.contentRight());
    dash.y1 = dash.y2 = y;
    dash.width = 0.6f;
    dash.color = Color{0.35f, 0.35f, 0.35f};
    page.rules.push_back(dash);
  }
}

void append(PageContent& to, PageContent from, double dy) {
  from.shift(dy);
  auto move = [](auto& target, auto& source) {
    target.insert(target.end(), std::make_move_iterator(source.begin()),
                  std::make_move_iterator(source.end()));
  };
  move(to.boxes, from.boxes);
  move(to.images, from.images);
  move(to.rules, from.rules);
  move(to.texts, from.texts);
  move(to.links, from.links);
}

}  // namespace

double placeRegisteredMail(const LetterParts& letter, FontBook& fonts, const PageFrame& frame,
                           double top, PageContent& page) {
  if (!letter.registeredMail) return top;
  const double bottom =
      placeText(*plainLines("Lettre recommandée avec accusé de réception", sized(kBodySize, true),
                            frame.contentWidth(), Align::Left, kBodySize, fonts),
                frame.contentLeft(), top, page);
  return bottom + millimetres(2);
}

SignatoryMarks signatoryMarks(const Document& document, LayoutContext& context) {
  return {markImage(document.establishment.signatureImage, "etablissement.signature", context),
          markImage(document.establishment.stampImage, "etablissement.cachet", context)};
}

void placeSignatoryMarks(const SignatoryMarks& marks, double x, double top, double width,
                         double room, PageContent& page) {
  double stampWidth = 0;
  if (marks.stamp != nullptr) {
    const ImageSize size = fitImage(*marks.stamp, room, room);
    stampWidth = size.width;
    // To the left of the column, under the signature's first strokes.
    page.images.push_back(PlacedImage{x - size.width * 0.55, top + (room - size.height) / 2,
                                      size.width, size.height, marks.stamp->id});
  }
  if (marks.signature != nullptr) {
    const double left = x + stampWidth * 0.3;
    const ImageSize size = fitImage(*marks.signature, width - (left - x), room);
    page.images.push_back(PlacedImage{left, top + (room - size.height) / 2, size.width, size.height,
                                      marks.signature->id});
  }
}

std::optional<QrBlock> prepareQr(const LetterParts& letter, FontBook& fonts, double textWidth) {
  if (letter.qrAddress.empty()) return std::nullopt;
  QrBlock block;
  block.code = encodeQr(letter.qrAddress);
  block.width = kQrWidth;
  block.height = kQrWidth;
  if (!letter.qrCaption.empty()) {
    block.caption = plainLines(letter.qrCaption, sized(kQrCaptionSize, true), textWidth,
                               Align::Left, kQrCaptionSize, fonts);
    block.height += textHeight(*block.caption);
  }
  block.address = plainLines(letter.qrAddress, sized(kQrAddressSize), textWidth, Align::Left,
                             kQrAddressSize, fonts);
  block.height += textHeight(*block.address);
  return block;
}

void placeQr(const QrBlock& block, double x, double top, PageContent& page) {
  drawQr(block.code, x, top, block.width, page);
  // The code's quiet zone is white room already: the caption starts just under it, aligned
  // with the code's first modules.
  const double textLeft = x + block.width / (block.code.size + 2 * kQrQuietZone) * kQrQuietZone;
  double y = top + block.width;
  if (block.caption) y = placeText(*block.caption, textLeft, y, page);
  placeText(*block.address, textLeft, y, page);
}

LetterNotes breakNotes(const LetterParts& letter, FontBook& fonts, double width) {
  LetterNotes notes;
  notes.enclosures = breakLabelledList("P.J. :", letter.enclosures, fonts, width);
  notes.copies = breakLabelledList("Copie :", letter.copies, fonts, width);
  notes.height = notes.enclosures.height + notes.copies.height;
  if (notes.enclosures.height > 0 && notes.copies.height > 0) notes.height += kListGap;
  return notes;
}

double placeNotes(const LetterNotes& notes, double x, double top, PageContent& page) {
  double y = placeLabelledList(notes.enclosures, x, top, page);
  if (notes.enclosures.height > 0) y += kListGap;
  return placeLabelledList(notes.copies, x, notes.enclosures.height > 0 ? y : top, page);
}

void placeNotes(const LetterNotes& notes, double x, PageFlow& flow) {
  if (notes.height <= 0) return;
  flow.addSpace(millimetres(4));
  // A few lines stay together; only a long list breaks across pages.
  if (notes.height < flow.frame().contentHeight() / 3) flow.reserve(notes.height);
  placeLabelledList(notes.enclosures, x, flow);
  if (notes.enclosures.height > 0) flow.addSpace(kListGap);
  placeLabelledList(notes.copies, x, flow);
}

void placeReplySlip(const Document& document, LayoutContext& context, DocumentImages& images,
                    PageFlow& flow, LaidOutDocument& out) {
  if (document.letter.replySlip.empty()) return;
  // Laid out alone on a sheet without bottom first, to know its height.
  LaidOutDocument slip;
  slip.frame = out.frame;
  slip.frame.top = 0;
  slip.frame.bottom = 0;
  slip.frame.height = 1e6;
  PageFlow slipFlow(slip, slip.frame);
  std::vector<Bookmark> noBookmarks;  // a slip's headings are not chapters of the letter
  BodySettings settings;
  settings.bodySize = kSlipSize;
  settings.imageMaxHeight = millimetres(30);
  const MarkdownTree tree = prepareMarkdown(document.letter.replySlip);
  BodyExtras extras(context, images, noBookmarks, settings);
  BlockLayout(slipFlow, context.fonts, kSlipSize, &extras).layOut(tree.root());
  if (slip.pages.size() > 1) {  // a page break written in it: a slip is cut out of one sheet
    throw TemplateError("le coupon-réponse du document " + documentName(document) +
                        " contient un saut de page : un coupon tient sur une seule feuille");
  }
  const double height = slipFlow.y();

  const PageFrame& frame = out.frame;
  if (height + kCutLineRoom > frame.contentHeight()) {
    throw TemplateError("le coupon-réponse du document " + documentName(document) +
                        " est plus long qu'une page : raccourcissez-le");
  }
  const double slipTop = frame.contentBottom() - height;
  const double cutY = slipTop - kCutLineRoom + millimetres(2);
  if (cutY - kSlipGap < flow.y()) out.pages.emplace_back();  // never cut the letter
  PageContent& page = out.pages.back();
  placeCutLine(cutY, context.fonts, frame, page);
  append(page, std::move(slip.pages.front()), slipTop);
}

}  // namespace trousse::pdf
