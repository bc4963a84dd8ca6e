#pragma once

#include "batch/BatchReport.hpp"
#include "batch/ColumnMapping.hpp"
#include "batch/CsvReader.hpp"
#include "batch/FileNamePattern.hpp"
#include "core/RenderPipeline.hpp"
#include "pdf/PdfWriter.hpp"

#include <trousse/Document.hpp>

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace trousse {

/// What `trousse batch` was asked to do, before any file is read.
struct BatchRequest {
  std::string kind;
  std::filesystem::path csv;
  std::optional<std::filesystem::path> map;  ///< column mapping; none: known headers
  Poco::JSON::Object::Ptr commonData;        ///< values shared by every letter (--data)
  batch::CsvReader::Options csvOptions;
};

/// Rows read so far, for progress lines.
struct BatchProgress {
  std::size_t rowsDone = 0;
  std::size_t rowsTotal = 0;  ///< 0 while unknown (during the check pass)
};
using ProgressCallback = std::function<void(const BatchProgress&)>;

/// The result of the check pass: the mapping, and every problem of every row.
struct BatchCheck {
  batch::ColumnMapping mapping;
  batch::BatchReport report;
  std::size_t rows = 0;
  std::vector<bool> usable;  ///< by record index - 1
  std::size_t usableRows() const;
};

/// Consecutive letters of a batch rendered into one PDF by one worker, handed to a BatchSink
/// in the order of the CSV.
struct RenderedPart {
  std::size_t sequence = 0;
  std::string pdf;
  std::vector<std::size_t> documentPages;  ///< pages of each letter, in order
  std::vector<std::string> documentNames;  ///< file name stem of each letter, from its row
  std::vector<std::string> documentTitles;
  /// Each letter as a standalone PDF, cut out of `pdf` and written by the worker into the
  /// sink's staging folder when the sink wants one file per letter: cutting and writing then
  /// run on every core too, and the sink only renames.
  std::vector<std::filesystem::path> documentFiles;
};

/// Where the letters of a batch go: one merged PDF, one file per letter, a ZIP.
class BatchSink {
 public:
  virtual ~BatchSink() = default;
  virtual void add(const RenderedPart& part) = 0;
  /// Where workers write one file per letter (documentFiles); empty when the sink wants the
  /// part's PDF itself.
  virtual std::filesystem::path letterFolder() const { return {}; }
  /// Writes everything out, all or nothing. Returns the paths written.
  virtual std::vector<std::filesystem::path> finish() = 0;
};

/// A mail merge: reads a CSV export twice, row by row, never holding more than one row's
/// letters in memory on its own. The first pass checks every row against the kind's schema; the
/// second produces the letters of the usable rows into a sink.
class BatchJob {
 public:
  BatchJob(RenderPipeline& pipeline, const batch::KnownHeaders& knownHeaders, BatchRequest request);

  /// Reads the whole CSV and checks every row; throws DataError for a file that cannot be read
  /// as CSV or a mapping that does not fit.
  BatchCheck check(const ProgressCallback& progress = {}) const;
  /// Renders the usable rows of `check` on every core, in parts of `rowsPerPart` rows, and
  /// hands the parts to `sink` in CSV order. Returns how many rows were produced.
  std::size_t produce(const BatchCheck& check, const PdfWriter& writer,
                      const batch::FileNamePattern& names, BatchSink& sink,
                      const ProgressCallback& progress = {}) const;

  static constexpr std::size_t rowsPerPart = 250;

  const FieldSchema& schema() const;

 private:
  RenderPipeline& pipeline_;
  const batch::KnownHeaders& knownHeaders_;
  BatchRequest request_;
};

}  // namespace trousse
