#include "pdf/output/ImageStore.hpp"

#include <png.h>

#include <fstream>
#include <vector>

namespace trousse::pdf {
namespace {

// Limits that keep one bad file from exhausting memory: far above any logo or photo a
// school document needs.
constexpr std::uintmax_t kMaxFileBytes = 50u << 20;
constexpr std::uint64_t kMaxPixels = 40'000'000;

bool startsWith(const std::string& bytes, std::string_view magic) {
  return bytes.size() >= magic.size() && std::string_view(bytes).substr(0, magic.size()) == magic;
}

/// Frees what png_image_begin_read allocated, whatever happens after.
struct PngImage {
  png_image image{};
  PngImage() { image.version = PNG_IMAGE_VERSION; }
  ~PngImage() { png_image_free(&image); }
  PngImage(const PngImage&) = delete;
  PngImage& operator=(const PngImage&) = delete;
};

}  // namespace

ImageStore::ImageStore(HPDF_Doc doc, HaruStatus& status) : doc_(doc), status_(status) {}

const ImageStore::Entry& ImageStore::load(const std::filesystem::path& file) {
  const auto found = byFile_.find(file);
  if (found != byFile_.end()) return found->second;

  Entry entry;
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  std::ifstream in(file, std::ios::binary);
  if (error || !in) {
    entry = failed("fichier illisible");
  } else if (size > kMaxFileBytes) {
    entry = failed("fichier trop volumineux (plus de 50 Mo)");
  } else {
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in) {
      entry = failed("fichier illisible");
    } else if (startsWith(bytes, "\x89PNG\r\n\x1a\n")) {
      entry = loadPng(bytes);
    } else if (startsWith(bytes, "\xFF\xD8\xFF")) {
      entry = loadJpeg(bytes);
    } else {
      entry = failed("format non pris en charge (PNG ou JPEG attendu)");
    }
  }
  return byFile_.emplace(file, std::move(entry)).first->second;
}

ImageStore::Entry ImageStore::loadPng(const std::string& bytes) {
  PngImage png;
  if (png_image_begin_read_from_memory(&png.image, bytes.data(), bytes.size()) == 0) {
    return failed(std::string("image PNG illisible (") + png.image.message + ")");
  }
  const unsigned width = png.image.width, height = png.image.height;
  if (std::uint64_t(width) * height > kMaxPixels) {
    return failed("image trop grande (plus de 40 millions de pixels)");
  }
  const bool colour = (png.image.format & PNG_FORMAT_FLAG_COLOR) != 0;
  const bool alpha = (png.image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  png.image.format = colour ? (alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB)
                            : (alpha ? PNG_FORMAT_GA : PNG_FORMAT_GRAY);
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(png.image));
  if (png_image_finish_read(&png.image, nullptr, pixels.data(), 0, nullptr) == 0) {
    return failed(std::string("image PNG illisible (") + png.image.message + ")");
  }

  // libharu takes colour and transparency as two images: the second, the "soft mask".
  const std::size_t channels = PNG_IMAGE_SAMPLE_CHANNELS(png.image.format);
  const std::size_t colourChannels = colour ? 3 : 1;
  const std::size_t count = std::size_t(width) * height;
  std::vector<HPDF_BYTE> colours(count * colourChannels);
  std::vector<HPDF_BYTE> opacity;
  bool opaque = true;
  if (alpha) opacity.resize(count);
  for (std::size_t pixel = 0; pixel < count; ++pixel) {
    const png_byte* source = pixels.data() + pixel * channels;
    for (std::size_t c = 0; c < colourChannels; ++c)
      colours[pixel * colourChannels + c] = source[c];
    if (alpha) {
      opacity[pixel] = source[colourChannels];
      opaque = opaque && source[colourChannels] == 0xFF;
    }
  }
  HPDF_Image image = HPDF_LoadRawImageFromMem(doc_, colours.data(), width, height,
                                              colour ? HPDF_CS_DEVICE_RGB : HPDF_CS_DEVICE_GRAY, 8);
  if (image != nullptr && alpha && !opaque) {
    HPDF_Image mask =
        HPDF_LoadRawImageFromMem(doc_, opacity.data(), width, height, HPDF_CS_DEVICE_GRAY, 8);
    if (mask != nullptr) HPDF_Image_AddSMask(image, mask);
  }
  return added(image);
}

ImageStore::Entry ImageStore::loadJpeg(const std::string& bytes) {
  HPDF_Image image = HPDF_LoadJpegImageFromMem(
      doc_, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
  if (image == nullptr || status_.failed()) {
    status_ = HaruStatus{};
    HPDF_ResetError(doc_);
    return failed("image JPEG illisible");
  }
  return added(image);
}

ImageStore::Entry ImageStore::added(HPDF_Image image) {
  if (image == nullptr || status_.failed()) {
    const std::string detail = status_.describe();
    status_ = HaruStatus{};
    HPDF_ResetError(doc_);
    return failed("image refusée par libharu (" + detail + ")");
  }
  Entry entry;
  entry.id = static_cast<int>(images_.size());
  entry.pixelWidth = HPDF_Image_GetWidth(image);
  entry.pixelHeight = HPDF_Image_GetHeight(image);
  images_.push_back(image);
  return entry;
}

ImageStore::Entry ImageStore::failed(std::string problem) {
  Entry entry;
  entry.problem = std::move(problem);
  return entry;
}

}  // namespace trousse::pdf
