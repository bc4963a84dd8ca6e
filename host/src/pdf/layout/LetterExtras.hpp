#pragma once

#include <optional>
#include <trousse/Document.hpp>

#include "pdf/layout/DocumentImages.hpp"
#include "pdf/layout/LayoutContext.hpp"
#include "pdf/layout/PageFlow.hpp"
#include "pdf/layout/QrCode.hpp"
#include "pdf/text/LineCache.hpp"

// The parts of a letter secretaries add around the usual ones (issue #12): registered mail,
// the scanned signature and stamp, enclosures and copies, a QR code, a reply slip.

namespace trousse::pdf {

/// "Lettre recommandée avec accusé de réception", in bold, at `top` when the letter is
/// registered mail; returns the bottom (`top` when it is not).
double placeRegisteredMail(const LetterParts& letter, FontBook& fonts, const PageFrame& frame,
                           double top, PageContent& page);

/// The establishment's scanned signature and stamp, either may be null.
struct SignatoryMarks {
  const ImageStore::Entry* signature = nullptr;
  const ImageStore::Entry* stamp = nullptr;
  bool any() const { return signature != nullptr || stamp != nullptr; }
};
/// Loads the images set by `etablissement.signature` and `etablissement.cachet`. Throws
/// IoError naming the configuration key and the file when one is set but cannot be used:
/// a letter that should be signed is never printed unsigned.
SignatoryMarks signatoryMarks(const Document& document, LayoutContext& context);
/// Draws the marks in the room left for signing, from `x` (the signatory column) down from
/// `top`, `room` high: the stamp a little to the left, the signature over its right edge.
void placeSignatoryMarks(const SignatoryMarks& marks, double x, double top, double width,
                         double room, PageContent& page);

/// A QR code with its caption and its address in small type under it.
struct QrBlock {
  QrMatrix code;
  BrokenTextPtr caption;
  BrokenTextPtr address;
  double width = 0;   ///< of the code, quiet zone included
  double height = 0;  ///< of the whole block
};
/// The letter's QR block, its caption and address broken to `textWidth`; nothing when it has
/// no address. Throws TemplateError when the address cannot be encoded.
std::optional<QrBlock> prepareQr(const LetterParts& letter, FontBook& fonts, double textWidth);
void placeQr(const QrBlock& block, double x, double top, PageContent& page);

/// A label ("P.J. :") and its items, the first on the label's line, the others aligned
/// after the label, in small type.
struct LabelledList {
  BrokenTextPtr label;
  double indent = 0;
  std::vector<BrokenTextPtr> items;
  double height = 0;
};
/// The enclosures then the copies, broken to `width`.
struct LetterNotes {
  LabelledList enclosures, copies;
  double height = 0;  ///< 0: the letter has neither
};
LetterNotes breakNotes(const LetterParts& letter, FontBook& fonts, double width);
/// Places the notes at a fixed place, beside the signatory; returns their bottom.
double placeNotes(const LetterNotes& notes, double x, double top, PageContent& page);
/// Places the notes down the flow, breaking pages between lines when they must.
void placeNotes(const LetterNotes& notes, double x, PageFlow& flow);

/// The reply slip at the bottom of the last page, below a dashed cut line with scissors; on a
/// new page when it does not fit below the letter (`flow`'s cursor). Throws TemplateError when
/// it is taller than a page.
void placeReplySlip(const Document& document, LayoutContext& context, DocumentImages& images,
                    PageFlow& flow, LaidOutDocument& out);

}  // namespace trousse::pdf
