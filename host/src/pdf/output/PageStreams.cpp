#include "pdf/output/PageStreams.hpp"

#include "common/Errors.hpp"

// libharu's page and stream records (installed headers): where a page keeps its content
// stream, and how a stream dictionary is written.
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace trousse::pdf {
namespace {

/// Writes the filter of a content stream we compressed ourselves: libharu would compress
/// it again, at its slower default level, if its own filter flag were set.
HPDF_STATUS writeFlateFilter(HPDF_Dict /*dict*/, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

void PageStreams::add(HPDF_Page page, std::string content) {
  if (!content.empty()) pending_.emplace_back(page, std::move(content));
}

void PageStreams::attach() {
  for (auto& [page, content] : pending_) {
    const std::string_view compressed = deflater_.compress(content);
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    attr->contents->filter = HPDF_STREAM_FILTER_NONE;
    attr->contents->write_fn = writeFlateFilter;
    if (HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(compressed.data()),
                          static_cast<HPDF_UINT>(compressed.size())) != HPDF_OK) {
      throw IoError("Impossible de produire le PDF (mémoire insuffisante pour une page)");
    }
    std::string().swap(content);  // the compressed copy is all that is needed now
  }
  pending_.clear();
}

}  // namespace trousse::pdf
