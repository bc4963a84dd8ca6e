#include "pdf/PdfDocument.hpp"

#include <array>

#include "common/Errors.hpp"
#include "pdf/PageDrawer.hpp"
#include "pdf/Utf8.hpp"

namespace trousse::pdf {
namespace {

constexpr float kFooterSize = 8.5f;
constexpr double kFooterBaselineFromBottom = millimetres(12);

}  // namespace

PdfDocument::PdfDocument(const FontSet& fonts) : status_(std::make_unique<HaruStatus>()) {
  doc_.reset(HPDF_New(recordHaruError, status_.get()));
  if (!doc_) throw IoError("Impossible de créer le PDF (mémoire insuffisante)");
  HPDF_SetCompressionMode(doc_.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc_.get());
  HPDF_SetCurrentEncoder(doc_.get(), "UTF-8");
  HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_CREATOR, "Trousse");
  check("initialisation");
  fonts_ = std::make_unique<FontBook>(doc_.get(), *status_, fonts);
}

void PdfDocument::check(const char* what) const {
  if (status_->failed()) {
    throw IoError(std::string("Impossible de produire le PDF (") + what + " ; libharu, " +
                  status_->describe() + ")");
  }
}

void PdfDocument::addPages(const LaidOutDocument& document) {
  const int count = static_cast<int>(document.pages.size());
  std::array<TextRun, 1> footer;
  for (int index = 0; index < count; ++index) {
    HPDF_Page page = HPDF_AddPage(doc_.get());
    check("ajout d'une page");
    ++pageCount_;
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    std::span<const TextRun> extra;
    if (document.numberPages) {
      TextRun& run = footer[0];
      run.text = "page " + std::to_string(index + 1) + " / " + std::to_string(count);
      run.font = FontStyle::Regular;
      run.size = kFooterSize;
      run.color = kGray;
      run.x = (frame_.width - fonts_->width(run.font, run.text, run.size)) / 2;
      run.baseline = frame_.height - kFooterBaselineFromBottom;
      extra = footer;
    }
    PageDrawer(page, *fonts_, frame_.height).draw(document.pages[index], extra);
    check("dessin d'une page");
  }
}

void PdfDocument::setInfo(std::string_view title, std::string_view author) {
  if (!title.empty()) HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_TITLE, printable(title).c_str());
  if (!author.empty()) {
    HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_AUTHOR, printable(author).c_str());
  }
  check("métadonnées");
}

std::string PdfDocument::save() {
  if (pageCount_ == 0) {
    // A PDF needs at least one page to be opened by every reader.
    HPDF_Page page = HPDF_AddPage(doc_.get());
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  }
  fonts_->completeSubsets();
  HPDF_SaveToStream(doc_.get());
  check("enregistrement");
  std::string bytes(HPDF_GetStreamSize(doc_.get()), '\0');
  std::size_t filled = 0;
  while (filled < bytes.size()) {
    auto chunk = static_cast<HPDF_UINT32>(bytes.size() - filled);
    const HPDF_STATUS read = HPDF_ReadFromStream(
        doc_.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data() + filled), &chunk);
    filled += chunk;
    if (read == HPDF_STREAM_EOF || chunk == 0) break;
    check("lecture du PDF en mémoire");
  }
  bytes.resize(filled);
  return bytes;
}

}  // namespace trousse::pdf
