#include "core/CsvListItems.hpp"

#include "batch/ColumnMapping.hpp"
#include "batch/RowToData.hpp"
#include "common/Errors.hpp"

namespace trousse {

CsvListItems readCsvListItems(std::istream& input, const std::string& csvName, const Field& list,
                              const batch::KnownHeaders& known) {
  const FieldSchema itemSchema(list.itemFields);
  batch::CsvReader reader(input, csvName);
  const batch::ColumnMapping mapping =
      batch::ColumnMapping::automatic(known, reader.header(), csvName, itemSchema);
  if (mapping.empty()) {
    throw DataError(csvName + " : aucune colonne reconnue pour « " + list.name + " »", {});
  }
  const batch::RowToData toData(mapping);
  CsvListItems result{new Poco::JSON::Array, {}};
  while (std::optional<batch::CsvRow> row = reader.next()) {
    const std::string where = csvName + ", ligne " + std::to_string(row->line);
    bool usable = true;
    for (const batch::CsvRowProblem& problem : row->problems) {
      result.problems.push_back(
          {where, (problem.column.empty() ? "" : problem.column + " : ") + problem.message});
      usable = false;
    }
    if (!usable) continue;
    const batch::RowData item = toData.build(*row);
    for (const FieldProblem& problem : itemSchema.check(*item.data)) {
      result.problems.push_back({where, problem.field + " : " + problem.message});
      usable = false;
    }
    if (usable) result.items->add(item.data);
  }
  return result;
}

}  // namespace trousse
