#include "pdf/output/Deflater.hpp"

#include "common/Errors.hpp"

namespace trousse::pdf {

Deflater::Deflater() {
  // A 4 KB window and a small hash table: a page's stream is a few kilobytes, and zlib clears
  // the hash table for every stream, which at the default size took longer than compressing.
  if (deflateInit2(&stream_, Z_BEST_SPEED, Z_DEFLATED, 12, 6, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw IoError("Impossible de compresser le PDF (zlib : mémoire insuffisante)");
  }
}

Deflater::~Deflater() { deflateEnd(&stream_); }

std::string_view Deflater::compress(std::string_view data) {
  deflateReset(&stream_);
  out_.resize(deflateBound(&stream_, static_cast<uLong>(data.size())));
  stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream_.avail_in = static_cast<uInt>(data.size());
  stream_.next_out = reinterpret_cast<Bytef*>(out_.data());
  stream_.avail_out = static_cast<uInt>(out_.size());
  // deflateBound leaves room for everything: one call finishes.
  if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) {
    throw IoError("Impossible de compresser le PDF (zlib)");
  }
  return std::string_view(out_.data(), out_.size() - stream_.avail_out);
}

}  // namespace trousse::pdf
