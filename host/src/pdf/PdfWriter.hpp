#pragma once

#include <trousse/Document.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace trousse {

/// The TrueType files a PDF embeds. Every style must cover the text it is used for.
struct FontSet {
  std::filesystem::path regular, bold, italic, boldItalic, mono;
  /// The DejaVu family as installed in share/trousse/fonts.
  static FontSet inFolder(const std::filesystem::path& dir);
};

/// Lays out documents on A4 pages and writes them as one PDF. Each document starts on a new
/// page; its layout ("letter" or "document") places the parts around the Markdown body.
class PdfWriter {
 public:
  explicit PdfWriter(FontSet fonts);
  /// The PDF file's bytes. Throws trousse::Error on failure.
  std::string write(const std::vector<Document>& documents) const;

 private:
  FontSet fonts_;
};

}  // namespace trousse
