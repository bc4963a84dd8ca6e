#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace trousse::test {

/// Text of a PDF as `pdftotext -layout` (or raw order without layout) gives it.
std::string pdfText(const std::filesystem::path& pdf, bool layout = false);
/// Output of `pdffonts`.
std::string pdfFonts(const std::filesystem::path& pdf);
/// Output of `pdfinfo`.
std::string pdfInfo(const std::filesystem::path& pdf);
/// Number of pages, from pdfinfo.
int pdfPages(const std::filesystem::path& pdf);
/// True when `qpdf --check` finds no error.
bool qpdfCheck(const std::filesystem::path& pdf, std::string* report = nullptr);
/// Every font listed by pdffonts is embedded ("emb" column is "yes").
bool allFontsEmbedded(const std::filesystem::path& pdf);
/// The text of each page of pdftotext's output (each page ends with a form feed).
std::vector<std::string> pagesOf(const std::string& text);
/// Collapses runs of white space into one space, so text can be compared across line breaks.
std::string squeezeSpaces(const std::string& text);

}  // namespace trousse::test
