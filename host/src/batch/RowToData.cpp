#include "batch/RowToData.hpp"
#include "common/Text.hpp"

#include "batch/CellValues.hpp"
#include "template/JsonPath.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace trousse::batch {
namespace {

using Poco::Dynamic::Var;

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

void appendUnique(std::vector<std::string>& to, const std::vector<std::string>& items) {
  for (const auto& item : items) {
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
  }
}

/// The cell as the field's type wants it, or the text itself when it does not convert.
Var converted(const MappedColumn& column, const std::string& text) {
  switch (column.type) {
    case FieldType::Date:
      if (auto iso = cell_values::isoDate(text)) return *iso;
      break;
    case FieldType::Time:
      if (auto time = cell_values::clockTime(text)) return *time;
      break;
    case FieldType::Bool:
      if (auto value = cell_values::boolean(text)) return *value;
      break;
    case FieldType::Number:
      if (auto value = cell_values::number(text)) {
        const double integral = std::trunc(*value);
        if (integral == *value && std::fabs(integral) < 1e15) {
          return static_cast<Poco::Int64>(integral);  // "12" stays 12, not 12.0
        }
        return *value;
      }
      break;
    case FieldType::Choice:
      if (auto option = cell_values::choice(text, column.choices)) return *option;
      break;
    default:
      break;
  }
  return text;
}

/// One cell's contribution to a field, before joining.
struct Piece {
  int order;
  std::string text;
  Join join;
};

/// What the row gives one target path.
struct Target {
  const MappedColumn* column = nullptr;  ///< the first column of the path (type, list, item)
  std::vector<Piece> pieces;             ///< non-empty cells, in column order
  std::vector<std::string> headers;      ///< every column of the path, empty cells included
};

std::string joinedPieces(std::vector<Piece> pieces) {
  std::stable_sort(pieces.begin(), pieces.end(),
                   [](const Piece& a, const Piece& b) { return a.order < b.order; });
  std::string text;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) text += pieces[i - 1].join == Join::Space ? " " : "\n";
    text += pieces[i].text;
  }
  return text;
}

/// One item of a list, as the row fills it.
struct Item {
  std::map<std::string, Var> values;  ///< item field → value; key "" for a list of text
  std::map<std::string, std::vector<std::string>> headers;
};

}  // namespace

std::string RowData::columnsFor(const std::string& fieldPath) const {
  if (const auto found = columnsByField.find(fieldPath); found != columnsByField.end()) {
    return joined(found->second);
  }
  std::vector<std::string> under;
  const std::string prefix = fieldPath + ".";
  for (const auto& [path, headers] : columnsByField) {
    if (path.rfind(prefix, 0) == 0) appendUnique(under, headers);
  }
  return joined(under);
}

RowData RowToData::build(const CsvRow& row, const Poco::JSON::Object* commonData) const {
  RowData result;
  result.data = commonData ? json_path::deepCopy(*commonData)
                           : Poco::JSON::Object::Ptr(new Poco::JSON::Object);

  std::map<std::string, Target> targets;
  std::map<std::string, std::vector<std::string>> listHeaders;  // in column order
  for (const MappedColumn& column : mapping_.columns()) {
    if (!column.list.empty()) appendUnique(listHeaders[column.list], {column.header});
    Target& target = targets[column.field];
    if (!target.column) target.column = &column;
    target.headers.push_back(column.header);
    std::string cell =
        column.column < row.cells.size() ? std::string(trimmed(row.cells[column.column])) : "";
    if (!cell.empty()) target.pieces.push_back({column.order, std::move(cell), column.join});
  }

  std::map<std::string, std::map<int, Item>> lists;  // list → item number → item
  for (const auto& [path, target] : targets) {
    const MappedColumn& column = *target.column;
    const std::string text = joinedPieces(target.pieces);
    if (column.list.empty()) {
      result.columnsByField[path] = target.headers;
      if (!text.empty()) json_path::set(*result.data, path, converted(column, text));
      continue;
    }
    if (column.item == 0) {  // a whole list of text: one item per line
      Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
      std::size_t start = 0;
      while (start <= text.size() && !text.empty()) {
        const auto end = text.find('\n', start);
        const std::string line(trimmed(text.substr(start, end - start)));
        if (!line.empty()) items->add(line);
        if (end == std::string::npos) break;
        start = end + 1;
      }
      result.columnsByField[path] = target.headers;
      if (items->size() > 0) json_path::set(*result.data, path, items);
      continue;
    }
    Item& item = lists[column.list][column.item];
    item.headers[column.itemField] = target.headers;
    if (!text.empty()) item.values[column.itemField] = converted(column, text);
  }

  for (auto& [list, items] : lists) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (auto& [number, item] : items) {
      if (item.values.empty()) continue;  // an adult the row leaves empty: no letter for nobody
      const std::string prefix = list + "." + std::to_string(array->size() + 1);
      if (item.values.count("") > 0) {  // an item of a list of text
        array->add(item.values[""]);
        result.columnsByField[prefix] = item.headers[""];
        continue;
      }
      Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
      for (const auto& [name, value] : item.values) json_path::set(*object, name, value);
      for (const auto& [name, headers] : item.headers) {
        result.columnsByField[prefix + "." + name] = headers;
      }
      array->add(object);
    }
    if (array->size() > 0) {
      json_path::set(*result.data, list, array);
    } else {
      result.columnsByField[list] =
          listHeaders[list];  // "responsables : champ obligatoire manquant"
    }
  }
  return result;
}

}  // namespace trousse::batch
