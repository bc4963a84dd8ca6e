#pragma once

#include <hpdf.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "pdf/output/HaruStatus.hpp"

namespace trousse::pdf {

/// The images of one PDF. Each file is read, checked and embedded once, however many times
/// it is drawn: the logo on 10,000 letters is one image object.
class ImageStore {
 public:
  /// An image file as loaded: its index for PlacedImage, its size in pixels, or why it
  /// cannot be used.
  struct Entry {
    int id = -1;
    unsigned pixelWidth = 0, pixelHeight = 0;
    std::string problem;  ///< in French; empty when loaded
  };

  ImageStore(HPDF_Doc doc, HaruStatus& status);
  ImageStore(const ImageStore&) = delete;
  ImageStore& operator=(const ImageStore&) = delete;

  /// Loads a PNG or JPEG file on first use (the format is read from its first bytes, not
  /// its name). PNG files are decoded here, never by libharu, whose PNG reader aborts the
  /// process on a damaged file.
  const Entry& load(const std::filesystem::path& file);
  HPDF_Image handle(int id) const { return images_.at(static_cast<std::size_t>(id)); }

 private:
  Entry loadPng(const std::string& bytes);
  Entry loadJpeg(const std::string& bytes);
  Entry added(HPDF_Image image);
  Entry failed(std::string problem);

  HPDF_Doc doc_;
  HaruStatus& status_;
  std::map<std::filesystem::path, Entry> byFile_;
  std::vector<HPDF_Image> images_;
};

}  // namespace trousse::pdf
