#include "batch/CsvReader.hpp"
#include "common/Text.hpp"

#include "batch/CsvSniffing.hpp"
#include "common/Errors.hpp"
#include "common/Utf8.hpp"

#include <Poco/String.h>

#include <algorithm>

namespace trousse::batch {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr int kEnd = -1;

bool isBlank(const std::string& text) {
  return text.find_first_not_of(" \t\n\r") == std::string::npos;
}

std::string sizeText(std::size_t bytes) {
  if (bytes % (std::size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " Mio";
  if (bytes % 1024 == 0) return std::to_string(bytes / 1024) + " Kio";
  return std::to_string(bytes) + " octets";
}

std::string columns(std::size_t count) {
  return std::to_string(count) + (count > 1 ? " colonnes" : " colonne");
}

}  // namespace

std::optional<CsvEncoding> parseCsvEncoding(const std::string& name) {
  const std::string lower = Poco::toLower(std::string(trimmed(name)));
  if (lower == "auto" || lower == "automatique") return CsvEncoding::Auto;
  if (lower == "utf-8" || lower == "utf8") return CsvEncoding::Utf8;
  if (lower == "windows-1252" || lower == "windows1252" || lower == "cp1252" || lower == "ansi" ||
      lower == "latin1" || lower == "latin-1" || lower == "iso-8859-1" || lower == "iso-8859-15") {
    return CsvEncoding::Windows1252;  // 1252 is a superset of Latin-1 for printable characters
  }
  return std::nullopt;
}

std::string csvEncodingName(CsvEncoding encoding) {
  switch (encoding) {
    case CsvEncoding::Utf8:
      return "UTF-8";
    case CsvEncoding::Windows1252:
      return "Windows-1252";
    case CsvEncoding::Auto:
      break;
  }
  return "automatique";
}

CsvReader::CsvReader(std::istream& input, std::string fileName)
    : CsvReader(input, std::move(fileName), Options{}) {}

CsvReader::CsvReader(std::istream& input, std::string fileName, Options options)
    : input_(input), fileName_(std::move(fileName)), options_(options) {
  if (options_.delimiter != 0 && options_.delimiter != ';' && options_.delimiter != ',' &&
      options_.delimiter != '\t' && options_.delimiter != '|') {
    throw UsageError("séparateur non pris en charge : « " + std::string(1, options_.delimiter) +
                     " » (point-virgule, virgule, tabulation ou barre verticale)");
  }
  fillFirstChunk();
  if (buffer_.empty()) fail(1, "le fichier CSV est vide");
  if (auto reason = csv_sniffing::notTextReason(buffer_)) fail(1, *reason);

  if (buffer_.rfind("\xEF\xBB\xBF", 0) == 0) {
    hadBom_ = true;
    position_ = 3;
  }
  const std::string_view firstChunk = std::string_view(buffer_).substr(position_);
  switch (options_.encoding) {
    case CsvEncoding::Utf8:
      decoding_ = Decoding::Utf8;
      break;
    case CsvEncoding::Windows1252:
      decoding_ = Decoding::Windows1252;
      break;
    case CsvEncoding::Auto:
      if (hadBom_) {
        decoding_ = Decoding::Utf8;
      } else if (text_decoding::isAscii(firstChunk)) {
        decoding_ = Decoding::AsciiSoFar;
      } else if (endOfInput_ ? utf8::isValid(firstChunk)
                             : text_decoding::isUtf8IgnoringCutTail(firstChunk)) {
        decoding_ = Decoding::Utf8;
      } else {
        decoding_ = Decoding::Windows1252;
      }
      break;
  }

  // Blank lines before the header, then Excel's optional "sep=;" line.
  while (peek() == '\r' || peek() == '\n') skipLine();
  const std::string_view rest = std::string_view(buffer_).substr(position_);
  if (auto declared = csv_sniffing::declaredDelimiter(rest.substr(0, rest.find('\n')))) {
    delimiter_ = options_.delimiter != 0 ? options_.delimiter : *declared;
    skipLine();
  } else if (options_.delimiter != 0) {
    delimiter_ = options_.delimiter;
  } else {
    delimiter_ = csv_sniffing::detectDelimiter(rest);
  }

  std::vector<std::string> raw;
  do {
    if (!readRecord(raw)) fail(1, "le fichier CSV est vide");  // nothing but blank lines
  } while (std::all_of(raw.begin(), raw.end(), isBlank));
  headerLine_ = recordStartLine_;
  for (auto& name : raw) {
    bool badUtf8 = false;
    header_.emplace_back(trimmed(decodeCell(std::move(name), badUtf8)));
  }
  // "Nom;Prénom;" has a trailing delimiter: its empty last name is not a column.
  while (!header_.empty() && header_.back().empty()) header_.pop_back();
}

CsvEncoding CsvReader::encoding() const {
  return decoding_ == Decoding::Windows1252 ? CsvEncoding::Windows1252 : CsvEncoding::Utf8;
}

void CsvReader::fillFirstChunk() {
  buffer_.resize(kChunkBytes);
  std::size_t filled = 0;
  // A stream may hand out less than asked before its end: read until full or at its end.
  while (filled < kChunkBytes && input_) {
    input_.read(buffer_.data() + filled, static_cast<std::streamsize>(kChunkBytes - filled));
    filled += static_cast<std::size_t>(input_.gcount());
  }
  if (input_.bad()) throw IoError(fileName_ + " : erreur de lecture du fichier");
  buffer_.resize(filled);
  endOfInput_ = filled < kChunkBytes;
}

bool CsvReader::refill() {
  if (endOfInput_) return false;
  buffer_.resize(kChunkBytes);
  input_.read(buffer_.data(), static_cast<std::streamsize>(kChunkBytes));
  if (input_.bad()) throw IoError(fileName_ + " : erreur de lecture du fichier");
  buffer_.resize(static_cast<std::size_t>(input_.gcount()));
  position_ = 0;
  if (buffer_.empty()) endOfInput_ = true;
  return !buffer_.empty();
}

int CsvReader::get() {
  if (position_ == buffer_.size() && !refill()) return kEnd;
  return static_cast<unsigned char>(buffer_[position_++]);
}

int CsvReader::peek() {
  if (position_ == buffer_.size() && !refill()) return kEnd;
  return static_cast<unsigned char>(buffer_[position_]);
}

void CsvReader::skipLine() {
  while (true) {
    const int c = get();
    if (c == kEnd) return;
    if (c == '\n') break;
    if (c == '\r') {
      if (peek() == '\n') get();
      break;
    }
  }
  ++line_;
}

bool CsvReader::readRecord(std::vector<std::string>& cells) {
  enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
  cells.clear();
  std::string field;
  State state = State::FieldStart;
  recordStartLine_ = line_;
  std::size_t quoteLine = line_;
  std::size_t recordBytes = 0;
  bool any = false;

  const auto endField = [&] {
    if (cells.size() == options_.maxColumns) {
      fail(recordStartLine_, "plus de " + columns(options_.maxColumns) +
                                 " : ce fichier ne semble pas être un CSV, ou le séparateur (" +
                                 csv_sniffing::delimiterName(delimiter_) + ") n'est pas le bon");
    }
    cells.push_back(std::move(field));
    field.clear();
  };
  // After a line break outside quotes: CRLF and a lone CR end the line as LF does.
  const auto endLine = [&](int c) {
    if (c == '\r' && peek() == '\n') get();
    ++line_;
    endField();
  };

  while (true) {
    const int c = get();
    if (c == kEnd) {
      if (state == State::Quoted) {
        fail(quoteLine,
             "guillemet jamais refermé : la valeur entre guillemets qui commence à "
             "cette ligne va jusqu'à la fin du fichier");
      }
      if (!any) return false;
      endField();
      return true;
    }
    any = true;
    if (++recordBytes > options_.maxRecordBytes) {
      if (state == State::Quoted) {
        fail(quoteLine, "la valeur entre guillemets qui commence à cette ligne dépasse " +
                            sizeText(options_.maxRecordBytes) +
                            " : il manque sans doute un guillemet fermant");
      }
      fail(recordStartLine_, "ligne de plus de " + sizeText(options_.maxRecordBytes) +
                                 " : ce fichier ne semble pas être un CSV texte");
    }
    if (c == 0)
      fail(line_, "ce fichier ne semble pas être un CSV texte (il contient un octet nul)");

    switch (state) {
      case State::FieldStart:
        if (c == '"') {
          state = State::Quoted;
          quoteLine = line_;
          break;
        }
        [[fallthrough]];
      case State::Unquoted:
        if (c == delimiter_) {
          endField();
          state = State::FieldStart;
        } else if (c == '\n' || c == '\r') {
          endLine(c);
          return true;
        } else {
          field += static_cast<char>(c);
          state = State::Unquoted;
        }
        break;
      case State::Quoted:
        if (c == '"') {
          state = State::AfterQuote;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && peek() == '\n') {
            get();
            ++recordBytes;
          }
          ++line_;
          field += '\n';
        } else {
          field += static_cast<char>(c);
        }
        break;
      case State::AfterQuote:
        if (c == '"') {
          field += '"';
          state = State::Quoted;
        } else if (c == delimiter_) {
          endField();
          state = State::FieldStart;
        } else if (c == '\n' || c == '\r') {
          endLine(c);
          return true;
        } else {
          field += static_cast<char>(c);  // "abc"def reads abcdef, as in Excel
          state = State::Unquoted;
        }
        break;
    }
  }
}

std::string CsvReader::decodeCell(std::string raw, bool& badUtf8) {
  badUtf8 = false;
  switch (decoding_) {
    case Decoding::Windows1252:
      return windows1252_.decode(raw);
    case Decoding::Utf8:
      return text_decoding::repairedUtf8(raw, badUtf8);
    case Decoding::AsciiSoFar:
      if (text_decoding::isAscii(raw)) return raw;
      // The first non-ASCII cell decides, as a look at the whole file would have.
      if (utf8::isValid(raw)) {
        decoding_ = Decoding::Utf8;
        return raw;
      }
      decoding_ = Decoding::Windows1252;
      return windows1252_.decode(raw);
  }
  return raw;
}

std::optional<CsvRow> CsvReader::next() {
  std::vector<std::string> raw;
  do {
    if (!readRecord(raw)) return std::nullopt;
  } while (std::all_of(raw.begin(), raw.end(), isBlank));

  CsvRow row;
  row.line = recordStartLine_;
  row.index = ++recordCount_;
  if (raw.size() > header_.size()) {
    const bool extraAreEmpty =
        std::all_of(raw.begin() + static_cast<std::ptrdiff_t>(header_.size()), raw.end(), isBlank);
    if (extraAreEmpty) {
      raw.resize(header_.size());
    } else {
      row.problems.push_back({"", "cette ligne compte " + columns(raw.size()) + " au lieu des " +
                                      std::to_string(header_.size()) +
                                      " de l'en-tête (une valeur contient-elle le séparateur, " +
                                      csv_sniffing::delimiterName(delimiter_) +
                                      ", sans être entre guillemets ?)"});
    }
  } else if (raw.size() < header_.size()) {
    row.problems.push_back({"", "cette ligne compte " + columns(raw.size()) + " au lieu des " +
                                    std::to_string(header_.size()) + " de l'en-tête"});
  }
  row.cells.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    bool badUtf8 = false;
    row.cells.push_back(decodeCell(std::move(raw[i]), badUtf8));
    if (badUtf8) {
      const std::string column = i < header_.size() && !header_[i].empty()
                                     ? header_[i]
                                     : "colonne " + std::to_string(i + 1);
      row.problems.push_back(
          {column,
           "texte mal encodé : le fichier a été lu en UTF-8 mais cette valeur n'en est pas "
           "(si le fichier vient d'Excel, indiquez l'encodage windows-1252)"});
    }
  }
  return row;
}

void CsvReader::fail(std::size_t line, const std::string& message) const {
  throw DataError(fileName_ + ", ligne " + std::to_string(line) + " : " + message, {});
}

}  // namespace trousse::batch
