#pragma once

#include "batch/CsvReader.hpp"
#include "batch/KnownHeaders.hpp"
#include "core/RenderService.hpp"
#include "template/FieldSchema.hpp"

#include <Poco/JSON/Array.h>

#include <istream>
#include <string>
#include <vector>

namespace trousse {

/// The rows of a CSV as the items of a list field: the participants of a workshop, from the
/// export of a registration form. Columns are recognised by `known` (the mail merge's reader and
/// its header matching: encodings, separators, quotes, BOM).
struct CsvListItems {
  Poco::JSON::Array::Ptr items;
  /// Every problem of every row, the field named "inscrits.csv, ligne 5" as in the mail merge;
  /// a row with a problem is left out of `items`.
  std::vector<Problem> problems;
};

/// Reads every row of `input` as one item of `list` (a List field with item fields). Throws
/// DataError when no column is recognised or the file cannot be read as CSV.
CsvListItems readCsvListItems(std::istream& input, const std::string& csvName, const Field& list,
                              const batch::KnownHeaders& known);

}  // namespace trousse
