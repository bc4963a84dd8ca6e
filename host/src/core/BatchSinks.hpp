#pragma once

#include "batch/FileNameAllocator.hpp"
#include "batch/FileNamePattern.hpp"
#include "core/BatchJob.hpp"
#include "pdf/PdfWriter.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace trousse {

/// Every letter of the batch in one PDF, for the printer.
class MergedPdfSink final : public BatchSink {
 public:
  MergedPdfSink(std::filesystem::path file, const PdfWriter& writer);
  void add(BatchLetter letter) override;
  std::vector<std::filesystem::path> finish() override;

 private:
  std::filesystem::path file_;
  const PdfWriter& writer_;
  std::vector<Document> documents_;
};

/// One PDF per letter, named from the row's data; in a folder or in a ZIP file.
class LetterFilesSink final : public BatchSink {
 public:
  enum class Container { Folder, Zip };
  LetterFilesSink(Container container, std::filesystem::path target, batch::FileNamePattern names,
                  const PdfWriter& writer);
  ~LetterFilesSink() override;
  void add(BatchLetter letter) override;
  std::vector<std::filesystem::path> finish() override;

 private:
  void writeFolder();
  void writeZip();

  Container container_;
  std::filesystem::path target_;
  batch::FileNamePattern names_;
  const PdfWriter& writer_;
  batch::FileNameAllocator allocator_;
  std::filesystem::path staging_;  ///< hidden folder next to the target, removed at the end
  std::vector<std::string> fileNames_;
};

}  // namespace trousse
