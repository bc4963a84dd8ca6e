#include "pdf/output/PdfDocument.hpp"

#include "common/Errors.hpp"
#include "common/Utf8.hpp"
#include "markdown/DocumentLimits.hpp"
#include "pdf/output/PageDrawer.hpp"

namespace trousse::pdf {
namespace {

constexpr float kHeaderSize = 8;
constexpr double kHeaderBaseline = millimetres(11);
constexpr double kHeaderRule = millimetres(13);
constexpr std::size_t kHeaderMaxBytes = 1000;  // far more than a line of 8-point type holds
constexpr std::size_t kInfoMaxBytes = 1000;    // the PDF's title and author

/// " – page 2 / 2", after a letter's running header.
std::string pageSuffix(std::size_t page, std::size_t pages) {
  return " – page " + std::to_string(page) + " / " + std::to_string(pages);
}

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
  images_ = std::make_unique<ImageStore>(doc_.get(), *status_);
}

void PdfDocument::check(const char* what) const {
  if (status_->failed()) {
    throw IoError(std::string("Impossible de produire le PDF (") + what + " ; libharu, " +
                  status_->describe() + ")");
  }
}

std::string PdfDocument::runningHeader(const LaidOutDocument& document) const {
  const std::string& title = document.decoration.runningHeader;
  if (title.empty()) return {};
  // Only the start of a long title can show: measuring the rest would cost time per page.
  std::string header = utf8::printable(excerpt(title, kHeaderMaxBytes));
  for (char& c : header) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  // A title too long for the header is cut, with an ellipsis, leaving room for the page
  // number and the marking that share its line.
  const PageDecoration& decoration = document.decoration;
  double room = document.frame.contentWidth();
  if (decoration.headerPageNumber) {
    room -= fonts_->width(FontStyle::Regular,
                          pageSuffix(document.pages.size(), document.pages.size()), kHeaderSize);
  }
  if (!decoration.marking.empty()) {
    room -= fonts_->width(FontStyle::Bold, decoration.marking, kHeaderSize) + millimetres(5);
  }
  if (fonts_->width(FontStyle::Regular, header, kHeaderSize) > room) {
    const double ellipsis = fonts_->width(FontStyle::Regular, "…", kHeaderSize);
    std::string cut;
    for (std::size_t pos = 0; pos < header.size();) {
      const std::size_t start = pos;
      utf8::nextCodePoint(header, pos);
      const std::string longer = cut + header.substr(start, pos - start);
      if (fonts_->width(FontStyle::Regular, longer, kHeaderSize) + ellipsis > room) break;
      cut = longer;
    }
    header = cut + "…";
  }
  return header;
}

PageContent PdfDocument::decorations(const LaidOutDocument& document, std::size_t index,
                                     const std::string& header) const {
  PageContent extra;
  const PageFrame& frame = document.frame;
  const PageDecoration& decoration = document.decoration;
  if (decoration.numberPages) {
    TextRun& run = extra.texts.emplace_back();
    run.text = (decoration.bare ? "" : "page ") + std::to_string(index + 1) + " / " +
               std::to_string(document.pages.size());
    run.font = FontStyle::Regular;
    run.size = decoration.footerSize;
    run.color = kGray;
    const double width = fonts_->width(run.font, run.text, run.size);
    run.x = decoration.footerRight ? frame.contentRight() - width : (frame.width - width) / 2;
    run.baseline = frame.height - decoration.footerBaselineFromBottom;
  }
  if (!decoration.marking.empty()) {
    TextRun& run = extra.texts.emplace_back();
    run.font = FontStyle::Bold;
    run.size = kHeaderSize;
    run.color = kGray;
    run.text = decoration.marking;
    run.x = frame.contentRight() - fonts_->width(run.font, run.text, run.size);
    run.baseline = kHeaderBaseline;
  }
  if (index > 0 && !header.empty()) {
    TextRun& run = extra.texts.emplace_back();
    run.font = FontStyle::Regular;
    run.size = kHeaderSize;
    run.color = kGray;
    run.text = decoration.headerPageNumber ? header + pageSuffix(index + 1, document.pages.size())
                                           : header;
    run.x = frame.contentLeft();
    run.baseline = kHeaderBaseline;
    extra.rules.push_back(
        Rule{frame.contentLeft(), kHeaderRule, frame.contentRight(), kHeaderRule, 0.4f, kRuleGray});
  }
  return extra;
}

std::vector<OutlineEntry> PdfDocument::addPages(const LaidOutDocument& document) {
  std::vector<OutlineEntry> entries;
  const PageFrame& frame = document.frame;
  std::vector<HPDF_Page> pages;
  const std::string header = runningHeader(document);
  for (std::size_t index = 0; index < document.pages.size(); ++index) {
    HPDF_Page page = HPDF_AddPage(doc_.get());
    check("ajout d'une page");
    ++pageCount_;
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(frame.width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(frame.height));
    PageDrawer drawer(page, *fonts_, *images_, frame.height);
    drawer.draw(document.pages[index]);
    drawer.draw(decorations(document, index, header));
    streams_.add(page, std::move(drawer).content());
    check("dessin d'une page");
    pages.push_back(page);
  }
  lastFirstPage_ = pages.empty() ? nullptr : pages.front();
  lastPageHeight_ = frame.height;
  for (const Bookmark& bookmark : document.bookmarks) {
    if (bookmark.page >= pages.size()) continue;
    entries.push_back(OutlineEntry{bookmark.level, bookmark.title, pages[bookmark.page],
                                   frame.height - bookmark.y});
  }
  return entries;
}

OutlineEntry PdfDocument::entryForLastDocument(std::string title, int level) const {
  return OutlineEntry{level, std::move(title), lastFirstPage_, lastPageHeight_};
}

void PdfDocument::addOutline(const std::vector<OutlineEntry>& entries) {
  writeOutline(doc_.get(), entries);
  check("signets");
}

void PdfDocument::setInfo(std::string_view title, std::string_view author) {
  // libharu refuses strings of more than 65,535 bytes; no reader shows more than a line.
  if (!title.empty()) {
    HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_TITLE,
                     utf8::printable(excerpt(title, kInfoMaxBytes)).c_str());
  }
  if (!author.empty()) {
    HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_AUTHOR,
                     utf8::printable(excerpt(author, kInfoMaxBytes)).c_str());
  }
  check("métadonnées");
}

std::string PdfDocument::save() {
  if (pageCount_ == 0) {
    // A PDF needs at least one page to be opened by every reader.
    HPDF_Page page = HPDF_AddPage(doc_.get());
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  }
  streams_.attach();
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
