#include "support/PdfTools.hpp"

#include "support/Process.hpp"

#include <sstream>

namespace trousse::test {

std::string pdfText(const std::filesystem::path& pdf, bool layout) {
  std::vector<std::string> args;
  if (layout) args.push_back("-layout");
  args.insert(args.end(), {"-enc", "UTF-8", pdf.string(), "-"});
  return run("/usr/bin/pdftotext", args).out;
}

std::string pdfFonts(const std::filesystem::path& pdf) {
  return run("/usr/bin/pdffonts", {pdf.string()}).out;
}

std::string pdfInfo(const std::filesystem::path& pdf) {
  return run("/usr/bin/pdfinfo", {pdf.string()}).out;
}

int pdfPages(const std::filesystem::path& pdf) {
  std::istringstream info(pdfInfo(pdf));
  for (std::string line; std::getline(info, line);) {
    if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
  }
  return -1;
}

bool qpdfCheck(const std::filesystem::path& pdf, std::string* report) {
  ProcessResult result = run("/usr/bin/qpdf", {"--check", pdf.string()});
  if (report) *report = result.out + result.err;
  return result.exitCode == 0;
}

bool allFontsEmbedded(const std::filesystem::path& pdf) {
  std::istringstream fonts(pdfFonts(pdf));
  std::string line;
  int rows = 0;
  // Skip the two header lines; the "emb" column is the fourth from the right.
  std::getline(fonts, line);
  std::getline(fonts, line);
  while (std::getline(fonts, line)) {
    std::istringstream words(line);
    std::vector<std::string> columns;
    for (std::string w; words >> w;) columns.push_back(w);
    if (columns.size() < 6) return false;
    if (columns[columns.size() - 5] != "yes") return false;
    ++rows;
  }
  return rows > 0;
}

std::vector<std::string> pagesOf(const std::string& text) {
  std::vector<std::string> pages;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\f', start)) != std::string::npos; start = end + 1) {
    pages.push_back(text.substr(start, end - start));
  }
  return pages;
}

std::string squeezeSpaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace trousse::test
