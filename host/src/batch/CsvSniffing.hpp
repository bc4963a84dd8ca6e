#pragma once

#include <optional>
#include <string>
#include <string_view>

/// What the first bytes of a file tell about it, before any record is read.
namespace trousse::batch::csv_sniffing {

/// Why `firstChunk` is not a text CSV, in French (an Excel workbook, a PDF, UTF-16, binary
/// data), or nullopt when it may be one. NUL bytes further on are caught while reading.
std::optional<std::string> notTextReason(std::string_view firstChunk);

/// The delimiter Excel's "sep=;" first line declares, or nullopt when `line` is not one.
std::optional<char> declaredDelimiter(std::string_view line);

/// ';', ',' or '\t': the one found most often outside quotes in the header line (the first
/// line of `text` that is not blank). Ties go to ';' then tab then ',' (French exports use ';',
/// and a comma is more likely than the others inside a header name); ';' when none is found,
/// which reads a one-column file.
char detectDelimiter(std::string_view text);

/// "point-virgule", "virgule", "tabulation": for messages.
std::string delimiterName(char delimiter);

}  // namespace trousse::batch::csv_sniffing
