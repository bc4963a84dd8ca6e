#pragma once

#include "batch/CsvReader.hpp"
#include "batch/RowToData.hpp"
#include "template/FieldSchema.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace trousse::batch {

/// One problem of one CSV record, as the secretary will look for it in the spreadsheet.
struct RowProblem {
  std::size_t line = 0;  ///< line of the CSV where the record starts; 0 for the whole file
  std::string column;    ///< CSV header name(s), ", "-joined; empty when unknown
  std::string field;     ///< field path ("responsables.1.nom"); empty when not about a field
  std::string message;   ///< French
  bool warning = false;  ///< printed, but the row is still used (unless --strict)
};

/// The problems of a batch, row by row: printed on the terminal (texts()) and, with --report,
/// written as a CSV the secretary opens in Excel or LibreOffice next to her export.
class BatchReport {
 public:
  explicit BatchReport(std::string csvName) : csvName_(std::move(csvName)) {}

  void add(RowProblem problem);
  /// The reader's problems of `row` (wrong number of cells, badly encoded text).
  void addReaderProblems(const CsvRow& row);
  /// The schema check's problems for `row`, each traced back to its CSV columns through
  /// `rowData` (field "responsables.1.nom" → column "Nom resp. légal1").
  void addFieldProblems(const CsvRow& row, const std::vector<FieldProblem>& problems,
                        const RowData& rowData);
  /// Warnings about `row` (an address too long for the envelope window, a meeting on a
  /// Sunday): reported as "attention : …" like problems, without making the row unusable.
  void addFieldWarnings(const CsvRow& row, const std::vector<FieldProblem>& warnings,
                        const RowData& rowData);

  const std::vector<RowProblem>& problems() const { return problems_; }
  bool empty() const { return problems_.empty(); }
  /// How many distinct records have a problem.
  std::size_t rowsWithProblems() const;

  /// One French line per problem: "eleves.csv, ligne 12, colonne « Prénom » (eleve.prenom) :
  /// champ obligatoire manquant".
  std::vector<std::string> texts() const;

  /// The report as CSV: UTF-8 with BOM (so Excel does not read it as Windows-1252), ";"
  /// between cells, CRLF line ends, header "ligne;colonne;champ;problème". Cells are quoted
  /// when they hold ";", quotes or line breaks; a cell starting with = + - @ gets a leading "'"
  /// so a spreadsheet never runs it as a formula (header names come from the user's file).
  void writeCsv(std::ostream& out) const;

 private:
  std::string csvName_;
  std::vector<RowProblem> problems_;
};

}  // namespace trousse::batch
