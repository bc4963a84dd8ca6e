#pragma once
// Helpers for the tests of images, bookmarks, layouts and fallback fonts: PDFs written with
// options and a report, PNG files made on the spot, what pdfimages and qpdf read back.

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <png.h>

#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "PdfTestSupport.hpp"

namespace trousse::test {

/// The fonts as the build installs them: DejaVu subsets, and the fallback fonts.
inline FontSet buildFonts() {
  return FontSet::inFolder(std::filesystem::path(TROUSSE_BUILD_DIR) / "share" / "trousse" /
                           "fonts");
}

/// A PDF written with options to a temporary folder, with the writer's report.
class RenderedPdf {
 public:
  explicit RenderedPdf(const std::vector<Document>& documents, PdfOptions options = {},
                       FontSet fonts = systemDejaVu())
      : file_(dir_ / "out.pdf") {
    writeFile(file_, PdfWriter(std::move(fonts), options).write(documents, &report_));
  }
  explicit RenderedPdf(const Document& document, PdfOptions options = {},
                       FontSet fonts = systemDejaVu())
      : RenderedPdf(std::vector<Document>{document}, options, std::move(fonts)) {}

  const std::filesystem::path& file() const { return file_; }
  const RenderReport& report() const { return report_; }
  std::string flatText() const { return squeezeSpaces(pdfText(file_)); }
  std::string warnings() const {
    std::string all;
    for (const std::string& warning : report_.warnings) all += warning + "\n";
    return all;
  }

 private:
  TempDir dir_;
  std::filesystem::path file_;
  RenderReport report_;
};

/// Writes a PNG of `width` × `height` pixels coloured by `pixel(x, y)` → RGBA.
inline void writePng(
    const std::filesystem::path& file, unsigned width, unsigned height,
    const std::function<std::uint32_t(unsigned, unsigned)>& pixel =
        [](unsigned x, unsigned y) {
          return 0xFF000000u | ((x * 7) & 0xFF) << 16 | ((y * 5) & 0xFF) << 8;
        },
    bool alpha = false) {
  std::vector<png_byte> pixels;
  for (unsigned y = 0; y < height; ++y) {
    for (unsigned x = 0; x < width; ++x) {
      const std::uint32_t argb = pixel(x, y);
      pixels.push_back(static_cast<png_byte>(argb >> 16));
      pixels.push_back(static_cast<png_byte>(argb >> 8));
      pixels.push_back(static_cast<png_byte>(argb));
      if (alpha) pixels.push_back(static_cast<png_byte>(argb >> 24));
    }
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = width;
  image.height = height;
  image.format = alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
  if (png_image_write_to_file(&image, file.c_str(), 0, pixels.data(), 0, nullptr) == 0) {
    throw std::runtime_error("cannot write " + file.string());
  }
}

/// One row of `pdfimages -list`: an image as drawn on a page.
struct ListedImage {
  int page = 0;
  std::string type;  ///< "image" or "smask"
  int width = 0, height = 0;
  std::string encoding;  ///< "image" (Flate) or "jpeg"
  int object = 0;
  double xPpi = 0, yPpi = 0;
};

inline std::vector<ListedImage> pdfImages(const std::filesystem::path& pdf) {
  std::istringstream lines(run("/usr/bin/pdfimages", {"-list", pdf.string()}).out);
  std::vector<ListedImage> images;
  std::string line;
  std::getline(lines, line);  // header
  std::getline(lines, line);  // dashes
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    ListedImage image;
    std::string num, color, comp, bpc, interp, generation;
    fields >> image.page >> num >> image.type >> image.width >> image.height >> color >> comp >>
        bpc >> image.encoding >> interp >> image.object >> generation >> image.xPpi >> image.yPpi;
    if (fields) images.push_back(image);
  }
  return images;
}

/// The outline (bookmarks) as qpdf reads it.
inline Poco::JSON::Array::Ptr pdfOutline(const std::filesystem::path& pdf) {
  const std::string json =
      run("/usr/bin/qpdf", {"--json", "--json-key=outlines", pdf.string()}).out;
  return Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>()->getArray("outlines");
}

/// The titles of an outline's entries, nested entries in brackets: "A [B C] D".
inline std::string outlineTitles(const Poco::JSON::Array::Ptr& entries) {
  std::string out;
  for (std::size_t i = 0; entries && i < entries->size(); ++i) {
    const Poco::JSON::Object::Ptr entry = entries->getObject(i);
    if (!out.empty()) out += ' ';
    out += entry->getValue<std::string>("title");
    const Poco::JSON::Array::Ptr kids = entry->getArray("kids");
    if (kids && kids->size() > 0) out += " [" + outlineTitles(kids) + "]";
  }
  return out;
}

/// "Page size: 960 x 540 pts" and the like, from pdfinfo.
inline std::string pageSize(const std::filesystem::path& pdf) {
  const std::string info = pdfInfo(pdf);
  const std::size_t start = info.find("Page size:");
  if (start == std::string::npos) return {};
  return squeezeSpaces(info.substr(start, info.find('\n', start) - start));
}

}  // namespace trousse::test
