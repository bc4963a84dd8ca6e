#pragma once

#include "batch/FileNameAllocator.hpp"
#include "core/BatchJob.hpp"
#include "pdffile/PdfConcatenator.hpp"

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace trousse {

/// What is done to a finished PDF before it touches the disk (encryption); empty: nothing.
using PdfSeal = std::function<std::string(std::string_view)>;

/// Cuts each document of `part` out of its PDF into a file of its own in `folder` (the sink's
/// letterFolder()), named by the part's sequence, fills part.documentFiles and drops the PDF.
/// With `seal`, each file is written sealed.
void cutIntoFiles(RenderedPart& part, const std::filesystem::path& folder,
                  const PdfSeal& seal = {});

/// Every letter of the batch in one PDF, for the printer: the parts are joined as they come,
/// into a temporary file renamed at the end. With `duplex`, a letter with an odd number of
/// pages gets a blank back so that the next one starts on a front side. With `seal`, the parts
/// are joined in memory and only the sealed PDF is written.
class MergedPdfSink final : public BatchSink {
 public:
  MergedPdfSink(std::filesystem::path file, std::string title, std::string author, bool duplex,
                PdfSeal seal = {});
  ~MergedPdfSink() override;
  void add(const RenderedPart& part) override;
  std::vector<std::filesystem::path> finish() override;

 private:
  std::filesystem::path file_;
  std::filesystem::path temporary_;
  bool duplex_;
  PdfSeal seal_;
  std::ofstream out_;
  std::ostringstream memory_;  ///< the joined PDF, when it is sealed before being written
  std::unique_ptr<PdfConcatenator> joined_;
  bool finished_ = false;
};

/// One PDF per letter, named from the row's data; in a folder or in a ZIP file. The workers cut
/// the letters out of each part without rendering them again; the sink names them in CSV order,
/// writes them to a hidden folder beside the target, and moves them into place only when all
/// of them are written.
class LetterFilesSink final : public BatchSink {
 public:
  enum class Container { Folder, Zip };
  LetterFilesSink(Container container, std::filesystem::path target);
  ~LetterFilesSink() override;
  void add(const RenderedPart& part) override;
  std::filesystem::path letterFolder() const override { return staging_; }
  std::vector<std::filesystem::path> finish() override;

 private:
  void writeZip();

  Container container_;
  std::filesystem::path target_;
  batch::FileNameAllocator allocator_;
  std::filesystem::path staging_;
  std::vector<std::string> fileNames_;
};

}  // namespace trousse
