#include "template/MustacheData.hpp"

#include "template/FrenchFormat.hpp"
#include "template/JsonPath.hpp"
#include "template/MarkdownEscape.hpp"
#include "template/TemplateNames.hpp"

#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

namespace trousse {
namespace {

using kainjow::mustache::data;
using Poco::Dynamic::Var;

std::string oneLine(const std::string& text, ValueStyle style) {
  return style == ValueStyle::Markdown ? markdown_escape::escapeLine(text)
                                       : markdown_escape::plainLine(text);
}

/// Lines as one value: joined by hard breaks in Markdown, by ", " in plain text.
std::string severalLines(const std::vector<std::string>& lines, ValueStyle style) {
  const char* separator = style == ValueStyle::Markdown ? "\\\n" : ", ";
  std::string out;
  bool first = true;
  for (const auto& line : lines) {
    if (line.empty() && style == ValueStyle::PlainText) continue;
    if (!first) out += separator;
    out += oneLine(line, style);
    first = false;
  }
  return out;
}

/// Sets `value` at a dotted path, creating the groups on the way.
void setAt(data& root, const std::string& dottedName, const data& value) {
  const auto parts = json_path::split(dottedName);
  data* node = &root;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    if (!node->is_object()) return;
    node = &(*node)[parts[i]];
  }
  if (node->is_object()) node->set(parts.back(), value);
}

std::optional<data> valueOf(const Field& field, const Var& value, ValueStyle style);

data objectOf(const std::vector<Field>& fields, const Poco::JSON::Object& object,
              ValueStyle style) {
  data result{data::type::object};
  for (const Field& field : fields) {
    if (auto value = valueOf(field, json_path::find(object, field.name), style)) {
      setAt(result, field.name, *value);
    }
  }
  return result;
}

std::optional<data> textOf(const Field& field, const Var& value, ValueStyle style) {
  std::string text;
  if (value.isString()) {
    text = value.extract<std::string>();
  } else if (field.type == FieldType::Number && value.isNumeric() && value.type() != typeid(bool)) {
    text = frenchNumber(value);
  } else {
    return std::nullopt;  // not a text: the schema check reports it
  }
  std::string formatted;
  if (field.type == FieldType::Multiline) {
    const auto lines = markdown_escape::plainLines(text);
    formatted = style == ValueStyle::Markdown ? markdown_escape::escapeLines(text)
                                              : severalLines(lines, style);
  } else {
    formatted = oneLine(text, style);
  }
  if (formatted.empty()) return std::nullopt;
  return data{formatted};
}

std::optional<data> valueOf(const Field& field, const Var& value, ValueStyle style) {
  if (json_path::isBlank(value)) return std::nullopt;
  if (field.type == FieldType::Bool) {
    if (value.type() != typeid(bool)) return std::nullopt;
    return data{value.extract<bool>()};
  }
  if (field.type != FieldType::List) return textOf(field, value, style);
  const auto array = json_path::asArray(value);
  if (!array) return std::nullopt;
  data items{data::type::list};
  for (const Var& item : *array) {
    if (field.itemFields.empty()) {
      Field text;
      if (auto itemValue = valueOf(text, item, style)) items.push_back(*itemValue);
    } else if (const auto object = json_path::asObject(item)) {
      items.push_back(objectOf(field.itemFields, *object, style));
    }
  }
  if (items.is_empty_list()) return std::nullopt;
  return items;
}

/// A helper section: renders its content, reads the value back from its escaped form,
/// formats it, and writes it again in the style; content that is not a value of the
/// expected form is left as rendered.
data formattingHelper(std::function<std::optional<std::string>(const std::string&)> format,
                      ValueStyle style) {
  return data{kainjow::mustache::lambda2{
      [format = std::move(format), style](const std::string& text,
                                          const kainjow::mustache::renderer& render) {
        const std::string rendered = render(text);
        const std::string raw = markdown_escape::plainLine(
            style == ValueStyle::Markdown ? markdown_escape::unescape(rendered) : rendered);
        if (raw.empty()) return std::string();
        const auto formatted = format(raw);
        return formatted ? oneLine(*formatted, style) : rendered;
      }}};
}

}  // namespace

std::string frenchNumber(const Var& number) {
  if (number.isInteger()) return number.convert<std::string>();
  const double value = number.convert<double>();
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  std::string text = buffer;
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

data mustacheValues(const FieldSchema& schema, const Poco::JSON::Object& values, ValueStyle style) {
  return objectOf(schema.fields(), values, style);
}

void addBuiltins(data& values, const Establishment& establishment,
                 std::chrono::year_month_day today, ValueStyle style) {
  using namespace template_names;
  auto setText = [&](const std::string& name, const std::string& text) {
    const std::string formatted = oneLine(text, style);
    if (!formatted.empty()) setAt(values, name, data{formatted});
  };
  const std::string prefix = std::string(kEstablishment) + ".";
  setText(prefix + "nom", establishment.name);
  setText(prefix + "telephone", establishment.phone);
  setText(prefix + "courriel", establishment.email);
  setText(prefix + "ville", establishment.city);
  setText(prefix + "signataire.nom", establishment.signatoryName);
  setText(prefix + "signataire.qualite", establishment.signatoryTitle);
  std::vector<std::string> addressLines;
  for (const auto& line : establishment.addressLines) {
    if (auto clean = markdown_escape::plainLine(line); !clean.empty())
      addressLines.push_back(clean);
  }
  if (!addressLines.empty()) {
    setAt(values, prefix + "adresse", data{severalLines(addressLines, style)});
  }
  setText(std::string(kToday), french::date(today));

  values.set(std::string(kLongDate), formattingHelper(
                                         [](const std::string& raw) -> std::optional<std::string> {
                                           if (const auto date = french::parseIsoDate(raw))
                                             return french::longDate(*date);
                                           return std::nullopt;
                                         },
                                         style));
  values.set(std::string(kDate), formattingHelper(
                                     [](const std::string& raw) -> std::optional<std::string> {
                                       if (const auto date = french::parseIsoDate(raw))
                                         return french::date(*date);
                                       return std::nullopt;
                                     },
                                     style));
  values.set(std::string(kTime),
             formattingHelper([](const std::string& raw) { return french::time(raw); }, style));
  // Capitals change no punctuation and no backslash, so the rendered text, escapes and the
  // template's own Markdown included, can be uppercased as it is.
  values.set(std::string(kUpper),
             data{kainjow::mustache::lambda2{
                 [](const std::string& text, const kainjow::mustache::renderer& render) {
                   return french::upperName(render(text));
                 }}});
}

}  // namespace trousse
