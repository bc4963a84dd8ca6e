#pragma once

#include "batch/TextDecoding.hpp"

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace trousse::batch {

enum class CsvEncoding {
  Auto,         ///< detect: a UTF-8 BOM, else UTF-8 if the first 64 KiB are valid UTF-8, else 1252
  Utf8,         ///< with or without BOM
  Windows1252,  ///< what Excel writes for « CSV (séparateur : point-virgule) » on a French Windows
};

/// "utf-8" → Utf8, "windows-1252" (also "cp1252", "ansi", "latin1"…) → Windows1252, "auto";
/// nullopt otherwise. Case-insensitive, for the command line.
std::optional<CsvEncoding> parseCsvEncoding(const std::string& name);
std::string csvEncodingName(CsvEncoding encoding);  ///< "UTF-8", "Windows-1252", "automatique"

/// A problem of one record that does not stop the reading: the command reports it and skips
/// the record.
struct CsvRowProblem {
  std::string column;   ///< header name of the column concerned; empty for the whole record
  std::string message;  ///< French, without file or line (the report has columns for those)
};

/// One record of the CSV, its cells in UTF-8.
struct CsvRow {
  std::size_t line = 0;   ///< line of the file where the record starts (the header is line 1)
  std::size_t index = 0;  ///< 1 for the first record after the header, counting skipped blanks out
  std::vector<std::string> cells;       ///< as written, quotes removed, line breaks as "\n"
  std::vector<CsvRowProblem> problems;  ///< wrong number of cells, badly encoded text
  bool ok() const { return problems.empty(); }
};

/// Reads a CSV export record by record from a stream, never holding more than one record and a
/// 64 KiB buffer: a 50,000-row file costs what one row costs.
///
/// - Encoding: see CsvEncoding. A UTF-8 BOM is removed. When the first 64 KiB are plain ASCII
///   the choice waits for the first accented cell (valid UTF-8 → UTF-8, else Windows-1252), which
///   reads exactly as if the whole file had been looked at. A file known to be UTF-8 with an
///   invalid cell further on gets a problem on that row, the bad bytes shown as U+FFFD.
/// - Delimiter: ';', ',' or tab, detected from the header line (csv_sniffing::detectDelimiter)
///   unless forced; an Excel "sep=;" first line is obeyed and skipped.
/// - RFC 4180 quoting: quoted fields may hold delimiters, line breaks (CRLF, LF or CR, kept as
///   "\n") and doubled quotes. Leniencies, as Excel reads them: a quote inside an unquoted field
///   is a character, text after a closing quote is appended.
/// - Lines end with CRLF, LF or a lone CR. Records whose cells are all blank are skipped, before
///   and after the header. Header names are trimmed.
/// - A record with fewer cells than the header has a problem; extra cells are a problem unless
///   they are all empty (a trailing delimiter), in which case they are dropped.
///
/// One reader serves one thread; the rows it returns are plain values.
///
/// Fatal errors throw DataError("<file>, ligne N : …"): an empty file, a file that is not text
/// (binary, NUL bytes, a workbook, UTF-16), a record longer than Options::maxRecordBytes or
/// with more than Options::maxColumns cells, a quote never closed (naming the line it opened).
class CsvReader {
 public:
  struct Options {
    CsvEncoding encoding = CsvEncoding::Auto;
    char delimiter = 0;  ///< 0: detect; else ';', ',', '\t' or '|' (UsageError otherwise)
    std::size_t maxRecordBytes = std::size_t{1} << 20;
    std::size_t maxColumns = 1000;
  };

  /// Reads up to the header. `fileName` is for messages only.
  CsvReader(std::istream& input, std::string fileName, Options options);
  CsvReader(std::istream& input, std::string fileName);

  const std::string& fileName() const { return fileName_; }
  const std::vector<std::string>& header() const { return header_; }
  std::size_t headerLine() const { return headerLine_; }
  char delimiter() const { return delimiter_; }
  /// The encoding in use: Utf8 or Windows1252 (a file that is ASCII so far reads as Utf8).
  CsvEncoding encoding() const;
  bool hadByteOrderMark() const { return hadBom_; }

  /// The next record, or nullopt at the end of the file. Throws DataError (see above).
  std::optional<CsvRow> next();

 private:
  enum class Decoding { Utf8, Windows1252, AsciiSoFar };

  void fillFirstChunk();
  bool refill();
  int get();
  int peek();
  void skipLine();
  /// Splits the next record into raw cells; false at the end of the file.
  bool readRecord(std::vector<std::string>& cells);
  std::string decodeCell(std::string raw, bool& badUtf8);
  [[noreturn]] void fail(std::size_t line, const std::string& message) const;

  std::istream& input_;
  std::string fileName_;
  Options options_;
  std::string buffer_;
  std::size_t position_ = 0;
  bool endOfInput_ = false;

  Decoding decoding_ = Decoding::Utf8;
  text_decoding::Windows1252Decoder windows1252_;
  bool hadBom_ = false;
  char delimiter_ = ';';
  std::size_t line_ = 1;  ///< line of the next byte
  std::size_t recordStartLine_ = 1;
  std::size_t recordCount_ = 0;
  std::vector<std::string> header_;
  std::size_t headerLine_ = 0;
};

}  // namespace trousse::batch
