#pragma once
// Helpers shared by the PDF writer's tests: write documents to a temporary PDF, read back
// what a reader sees (text, word positions).

#include <filesystem>
#include <string>
#include <vector>

#include "pdf/PdfWriter.hpp"
#include "support/PdfTools.hpp"
#include "support/PdfWords.hpp"
#include "support/Process.hpp"

namespace trousse::test {

inline FontSet systemDejaVu() { return FontSet::inFolder("/usr/share/fonts/truetype/dejavu"); }

inline Document markdownDocument(std::string markdown, std::string title = {}) {
  Document document;
  document.layout = "document";
  document.title = std::move(title);
  document.markdown = std::move(markdown);
  return document;
}

/// A PDF written to a temporary folder, and what tools read from it.
class WrittenPdf {
 public:
  explicit WrittenPdf(const std::vector<Document>& documents) : file_(dir_ / "out.pdf") {
    writeFile(file_, PdfWriter(systemDejaVu()).write(documents));
  }
  explicit WrittenPdf(const Document& document) : WrittenPdf(std::vector<Document>{document}) {}

  const std::filesystem::path& file() const { return file_; }
  std::string text() const { return pdfText(file_); }
  /// The text with white space collapsed, so phrases can be found across line breaks.
  std::string flatText() const { return squeezeSpaces(text()); }
  std::vector<std::string> pageTexts() const { return pagesOf(text()); }

 private:
  TempDir dir_;
  std::filesystem::path file_;
};

inline std::string withoutSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\f' && c != '\t' && c != '\r') out += c;
  }
  return out;
}

}  // namespace trousse::test
