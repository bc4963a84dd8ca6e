// libFuzzer target for the Markdown → PDF path (issue #3): bytes → Document → PdfWriter, as
// `trousse markdown` does. Built only with clang (tests/fuzz/CMakeLists.txt); bench/fuzz.sh
// builds and runs it. A trousse::Error (a limit, an image that cannot be read) is a correct
// outcome; a crash, a sanitizer report, another exception, a timeout or running out of
// memory is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/Errors.hpp"
#include "common/Utf8.hpp"
#include "core/JsonData.hpp"
#include "pdf/PdfWriter.hpp"

namespace {

/// The first byte, when it is 1 to 5, picks the layout, so that every layout is fuzzed; any
/// other input is laid out as a document, as `trousse markdown` does without front matter.
constexpr const char* kLayouts[] = {"document", "letter", "handout", "certificate", "slides"};

const trousse::PdfWriter& writer() {
  static const trousse::PdfWriter pdfWriter(trousse::FontSet::inFolder(TROUSSE_FUZZ_FONTS_DIR));
  return pdfWriter;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  trousse::Document document;
  if (!bytes.empty() && bytes.front() >= 1 && bytes.front() <= 5) {
    document.layout = kLayouts[bytes.front() - 1];
    bytes.remove_prefix(1);
  }
  // `trousse markdown` refuses invalid UTF-8 before any layout, naming the line.
  if (trousse::utf8::firstInvalidLine(bytes) != 0) return 0;
  document.markdown = std::string(bytes);
  try {
    writer().write({document});
  } catch (const trousse::Error&) {
  }
  return 0;
}
