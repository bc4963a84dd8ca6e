#pragma once

#include "batch/BatchReport.hpp"
#include "batch/ColumnMapping.hpp"
#include "batch/CsvReader.hpp"
#include "batch/FileNamePattern.hpp"
#include "core/JobExecutor.hpp"
#include "core/RenderService.hpp"

#include <trousse/Document.hpp>

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trousse {

/// Opens the CSV from its start: the job reads it twice. A file on disk, an upload in memory…
using CsvOpener = std::function<std::unique_ptr<std::istream>()>;

/// A CSV file as a CsvOpener; opening throws IoError naming the file.
CsvOpener csvFileOpener(std::filesystem::path file);

/// A mail merge to run, before any row is read.
struct BatchRequest {
  std::string kind;
  std::string csvName;  ///< the CSV's name in messages (its file, or the upload's name)
  CsvOpener openCsv;
  std::optional<std::filesystem::path> map;  ///< column mapping; none: known headers
  Poco::JSON::Object::Ptr commonData;        ///< values shared by every letter
  batch::CsvReader::Options csvOptions;
  Establishment establishment;
  std::chrono::year_month_day today;  ///< the date printed on every letter
};

/// Rows read so far, for progress lines.
struct BatchProgress {
  std::size_t rowsDone = 0;
  std::size_t rowsTotal = 0;  ///< 0 while unknown (during the check pass)
};
using ProgressCallback = std::function<void(const BatchProgress&)>;

/// The result of the check pass: the mapping, and every problem of every row. When no column
/// is recognised, the mapping is empty and no row is read.
struct BatchCheck {
  batch::ColumnMapping mapping;
  batch::BatchReport report;
  std::size_t rows = 0;
  std::vector<bool> usable;  ///< by record index - 1
  std::vector<bool> warned;  ///< by record index - 1: usable, with warnings
  std::size_t usableRows() const;
  std::size_t warnedRows() const;
};

/// What a production made.
struct BatchProduction {
  std::size_t rows = 0;
  /// The CSV line of each letter longer than one page, in order (a row may give two letters).
  std::vector<std::size_t> longLetterLines;
  /// Letters by the language of their translation ("" for French only), when any is.
  std::map<std::string, std::size_t> lettersByLanguage;
};

/// Consecutive letters of a batch rendered into one PDF by one worker, handed to a BatchSink
/// in the order of the CSV.
struct RenderedPart {
  std::size_t sequence = 0;
  std::string pdf;
  std::vector<std::size_t> documentPages;  ///< pages of each letter, in order
  std::vector<std::string> documentNames;  ///< file name stem of each letter, from its row
  std::vector<std::string> documentTitles;
  std::vector<std::size_t> documentLines;      ///< line of the CSV each letter comes from
  std::vector<std::string> documentLanguages;  ///< each letter's translation, "" for none
  std::vector<std::size_t> translationPages;   ///< of each letter's pages, its translation's
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
  BatchJob(const RenderService& service, const batch::KnownHeaders& knownHeaders,
           BatchRequest request);

  /// Reads the whole CSV and checks every row (the schema, then the plugin's own checks); throws
  /// DataError for a file that cannot be read as CSV or a mapping that does not fit.
  BatchCheck check(const ProgressCallback& progress = {}) const;
  /// Renders the usable rows of `check` on the service's worker threads, in parts of
  /// `rowsPerPart` rows, and hands the parts to `sink` in CSV order. Returns how many rows were
  /// produced and which letters took more than one page. Throws CancelledError once `cancel` is set
  /// (the sink's finish() is then not called, and its destructor removes what it had begun). Call
  /// it from a thread that is not one of the executor's.
  BatchProduction produce(const BatchCheck& check, const batch::FileNamePattern& names,
                          BatchSink& sink, const ProgressCallback& progress = {},
                          CancellationToken cancel = {}) const;

  static constexpr std::size_t rowsPerPart = 250;

  /// The kind's schema, as the template holds it now.
  const FieldSchema& schema() const { return template_->schema; }

 private:
  const RenderService& service_;
  const batch::KnownHeaders& knownHeaders_;
  BatchRequest request_;
  std::shared_ptr<const Template> template_;  ///< the schema every row is checked against
  RenderScope scope_;
};

}  // namespace trousse
