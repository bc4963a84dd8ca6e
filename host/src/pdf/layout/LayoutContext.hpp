#pragma once

#include <map>
#include <string>
#include <trousse/Document.hpp>
#include <vector>

#include "pdf/fonts/FontBook.hpp"
#include "pdf/output/ImageStore.hpp"
#include "pdf/PdfWriter.hpp"

namespace trousse::pdf {

/// Warnings for the user, each said once however many documents of a batch meet it.
class Warnings {
 public:
  /// A warning said once: another with the same text is dropped.
  void add(std::string warning) { add(warning, std::move(warning)); }
  /// A warning about one document, which others may share (the same image missing from each
  /// letter of a batch): said once, for the first document, with the count of the others.
  void add(const std::string& key, std::string warning) {
    const auto [found, added] = index_.emplace(key, entries_.size());
    if (added) {
      entries_.push_back(Entry{std::move(warning), 0});
    } else {
      ++entries_[found->second].others;
    }
  }
  std::vector<std::string> list() const {
    std::vector<std::string> out;
    for (const Entry& entry : entries_) {
      out.push_back(entry.others == 0
                        ? entry.text
                        : entry.text + " (et " + std::to_string(entry.others) +
                              (entry.others > 1 ? " autres documents)" : " autre document)"));
    }
    return out;
  }

 private:
  struct Entry {
    std::string text;
    std::size_t others = 0;
  };
  std::map<std::string, std::size_t> index_;
  std::vector<Entry> entries_;
};

/// What a layout works with besides its document: the PDF's fonts and images, the writer's
/// options, and where warnings go.
struct LayoutContext {
  FontBook& fonts;
  ImageStore& images;
  const PdfOptions& options;
  Warnings& warnings;
};

/// How messages name a document: « Convocation », or a letter's subject or recipient.
std::string documentName(const Document& document);

}  // namespace trousse::pdf
