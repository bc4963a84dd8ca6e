#pragma once

#include "batch/BatchReport.hpp"
#include "batch/ColumnMapping.hpp"
#include "batch/CsvReader.hpp"
#include "core/RenderPipeline.hpp"

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

/// One letter produced from one row, handed to a BatchSink.
struct BatchLetter {
  std::size_t row = 0;  ///< record index, from 1
  Poco::JSON::Object::Ptr data;
  std::vector<Document> documents;  ///< one per postal address of the row's adults
};

/// Where the letters of a batch go: one merged PDF, one file per letter, a ZIP.
class BatchSink {
 public:
  virtual ~BatchSink() = default;
  virtual void add(BatchLetter letter) = 0;
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
  /// Renders the usable rows of `check` and hands their letters to `sink`. Returns how many
  /// rows were produced.
  std::size_t produce(const BatchCheck& check, BatchSink& sink,
                      const ProgressCallback& progress = {}) const;

  const FieldSchema& schema() const;

 private:
  RenderPipeline& pipeline_;
  const batch::KnownHeaders& knownHeaders_;
  BatchRequest request_;
};

}  // namespace trousse
