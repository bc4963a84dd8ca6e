#include "pdf/layout/QrCode.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>

#include "common/Errors.hpp"

namespace trousse::pdf {
namespace {

struct QrCodeFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

// Far beyond any web address; keeps a pasted text from becoming an unreadable code.
constexpr std::size_t kMaxQrBytes = 1000;

}  // namespace

QrMatrix encodeQr(const std::string& text) {
  if (text.size() > kMaxQrBytes) {
    throw TemplateError("adresse trop longue pour un code QR (" + std::to_string(text.size()) +
                        " octets, au plus " + std::to_string(kMaxQrBytes) + ") : « " +
                        text.substr(0, 60) + "… »");
  }
  // Batch workers encode at once: Debian builds libqrencode thread-safe (a mutex guards its
  // Reed-Solomon tables). 8-bit mode keeps the bytes as they are (QRencode_encodeString would read
  // '\0' and switch to kanji mode on some byte pairs).
  errno = 0;
  const std::unique_ptr<QRcode, QrCodeFree> code(
      QRcode_encodeData(static_cast<int>(text.size()),
                        reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code) {
    const std::string why = errno == ERANGE ? "trop longue" : "impossible à coder";
    throw TemplateError("adresse " + why + " pour un code QR : « " + text.substr(0, 60) + " »");
  }
  QrMatrix matrix;
  matrix.size = code->width;
  const auto count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
  matrix.dark.resize(count);
  for (std::size_t i = 0; i < count; ++i) matrix.dark[i] = (code->data[i] & 1) != 0;
  return matrix;
}

void drawQr(const QrMatrix& code, double x, double top, double width, PageContent& page) {
  if (code.size <= 0) return;
  const double module = width / (code.size + 2 * kQrQuietZone);
  const double left = x + kQrQuietZone * module;
  const double first = top + kQrQuietZone * module;
  Box white;  // the quiet zone stays white even over a tinted background
  white.x = x;
  white.y = top;
  white.width = white.height = width;
  white.filled = true;
  white.fill = Color{1, 1, 1};
  page.boxes.push_back(white);
  for (int row = 0; row < code.size; ++row) {
    for (int column = 0; column < code.size;) {
      if (!code.at(row, column)) {
        ++column;
        continue;
      }
      int end = column;
      while (end < code.size && code.at(row, end)) ++end;
      Box run;
      run.x = left + column * module;
      run.y = first + row * module;
      run.width = (end - column) * module;
      run.height = module;
      run.filled = true;
      run.fill = Color{0, 0, 0};
      page.boxes.push_back(run);
      column = end;
    }
  }
}

}  // namespace trousse::pdf
