#pragma once

#include <filesystem>
#include <string>
#include <trousse/Document.hpp>
#include <vector>

namespace trousse {

/// A font used for the characters the main faces lack. `faceIndex` picks a face in a
/// TrueType collection (.ttc); it is 0 for a plain .ttf.
struct FallbackFont {
  std::filesystem::path file;
  unsigned faceIndex = 0;
};

/// The TrueType files a PDF embeds. The five faces cover the scripts French schools meet
/// most; a character they lack is drawn with the first fallback font that has it, loaded
/// only when such a character appears. A missing fallback file is skipped.
struct FontSet {
  std::filesystem::path regular, bold, italic, boldItalic, mono;
  std::vector<FallbackFont> fallbacks;
  /// The DejaVu family as installed in share/trousse/fonts, and the fallback fonts in its
  /// `fallback` folder: the full DejaVu Sans, then WenQuanYi Micro Hei (Chinese, Japanese,
  /// Korean).
  static FontSet inFolder(const std::filesystem::path& dir);
};

/// Where the window of the envelope shows the sheet, in millimetres from the A4 sheet's
/// top-left corner: the letter layout prints the recipient's address inside it. The default
/// is the window of a French DL envelope (110 × 220 mm) with a right-hand window: 100 × 45 mm,
/// 20 mm from the right edge and 50 mm from the top of the sheet folded in three
/// (configuration keys `lettre.fenetre.gauche`, `.haut`, `.largeur`, `.hauteur`).
struct LetterWindow {
  double left = 90, top = 50, width = 100, height = 45;
};

/// How a PdfWriter treats what it cannot find.
struct PdfOptions {
  LetterWindow window;
  /// True for documents made from templates: an image that is missing, unreadable or out of
  /// the document's folder is a TemplateError. False (`trousse markdown`): it is drawn as a
  /// framed placeholder showing its description, and reported in the RenderReport.
  bool strictImages = false;
};

/// What a write went through without failing. Each warning is a French sentence for the user
/// (missing image, characters no font could draw, address too long for the envelope window).
struct RenderReport {
  std::vector<std::string> warnings;
  std::vector<std::size_t> documentPages;  ///< how many pages each document takes, in order
  /// Of each document's pages, how many its translations take (they follow it).
  std::vector<std::size_t> translationPages;
  /// Every heading with the page it is printed on (1-based, in the whole PDF): what a table of
  /// contents needs, made on a second pass.
  struct Heading {
    int level = 1;
    std::string title;
    std::size_t page = 0;
  };
  std::vector<Heading> headings;
};

/// Lays out documents and writes them as one PDF. Each document starts on a new page; its
/// layout ("letter", "document", "handout", "certificate", "slides") places the parts around
/// the Markdown body. Headings become bookmarks; in a PDF of several documents, each document
/// has a bookmark of its own with its headings under it.
class PdfWriter {
 public:
  /// Throws UsageError if the envelope window does not fit on an A4 sheet.
  explicit PdfWriter(FontSet fonts, PdfOptions options = {});
  /// The PDF file's bytes. Throws trousse::Error on failure; fills `report` when given.
  std::string write(const std::vector<Document>& documents, RenderReport* report = nullptr) const;

 private:
  FontSet fonts_;
  PdfOptions options_;
};

}  // namespace trousse
