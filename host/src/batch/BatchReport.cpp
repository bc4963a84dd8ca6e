#include "batch/BatchReport.hpp"

#include <set>

namespace trousse::batch {
namespace {

/// One cell of the report, safe for a spreadsheet.
std::string csvCell(std::string text) {
  if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                        text.front() == '@' || text.front() == '\t' || text.front() == '\r')) {
    text.insert(0, "'");
  }
  if (text.find_first_of(";\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

}  // namespace

void BatchReport::add(RowProblem problem) { problems_.push_back(std::move(problem)); }

void BatchReport::addReaderProblems(const CsvRow& row) {
  for (const CsvRowProblem& problem : row.problems) {
    add({row.line, problem.column, "", problem.message});
  }
}

void BatchReport::addFieldProblems(const CsvRow& row, const std::vector<FieldProblem>& problems,
                                   const RowData& rowData) {
  for (const FieldProblem& problem : problems) {
    add({row.line, rowData.columnsFor(problem.field), problem.field, problem.message});
  }
}

void BatchReport::addFieldWarnings(const CsvRow& row, const std::vector<FieldProblem>& warnings,
                                   const RowData& rowData) {
  for (const FieldProblem& warning : warnings) {
    add({row.line, rowData.columnsFor(warning.field), warning.field,
         "attention : " + warning.message, true});
  }
}

std::size_t BatchReport::rowsWithProblems() const {
  std::set<std::size_t> lines;
  for (const RowProblem& problem : problems_) lines.insert(problem.line);
  return lines.size();
}

std::vector<std::string> BatchReport::texts() const {
  std::vector<std::string> out;
  out.reserve(problems_.size());
  for (const RowProblem& problem : problems_) {
    std::string text = csvName_;
    if (problem.line > 0) text += ", ligne " + std::to_string(problem.line);
    if (!problem.column.empty()) {
      text += problem.column.find(", ") == std::string::npos ? ", colonne « " : ", colonnes « ";
      text += problem.column + " »";
    }
    if (!problem.field.empty()) text += " (" + problem.field + ")";
    out.push_back(text + " : " + problem.message);
  }
  return out;
}

void BatchReport::writeCsv(std::ostream& out) const {
  out << "\xEF\xBB\xBF"
      << "ligne;colonne;champ;problème\r\n";
  for (const RowProblem& problem : problems_) {
    out << (problem.line > 0 ? std::to_string(problem.line) : std::string()) << ';'
        << csvCell(problem.column) << ';' << csvCell(problem.field) << ';'
        << csvCell(problem.message) << "\r\n";
  }
}

}  // namespace trousse::batch
