#include "template/MustacheData.hpp"

#include "template/FrenchFormat.hpp"
#include "template/FrenchGrammar.hpp"
#include "template/JsonPath.hpp"
#include "template/LocalFormat.hpp"
#include "template/LocalSalutation.hpp"
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

/// Running text (the body) has typographic apostrophes, as cmark's smart punctuation gives the
/// template's own text: a value's "N'Diaye" becomes "N’Diaye" there.
std::string oneLine(const std::string& text, ValueStyle style) {
  return style == ValueStyle::Markdown
             ? markdown_escape::escapeLine(french::typographicApostrophes(text))
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

/// A value in both styles.
struct Styled {
  data markdown;
  data plainText;
};

std::optional<Styled> valueOf(const Field& field, const Var& value);

void objectOf(const std::vector<Field>& fields, const Poco::JSON::Object& object, Styled& result) {
  for (const Field& field : fields) {
    if (auto value = valueOf(field, json_path::find(object, field.name))) {
      setAt(result.markdown, field.name, value->markdown);
      setAt(result.plainText, field.name, value->plainText);
    }
  }
}

Styled emptyObjects() { return Styled{data{data::type::object}, data{data::type::object}}; }

/// Text is cleaned once (controls, line breaks, blanks) and then escaped for Markdown.
std::optional<Styled> textOf(const Field& field, const Var& value) {
  std::string text;
  if (value.isString()) {
    text = value.extract<std::string>();
  } else if (field.type == FieldType::Number && value.isNumeric() && value.type() != typeid(bool)) {
    text = frenchNumber(value);
  } else {
    return std::nullopt;  // not a text: the schema check reports it
  }
  if (field.type != FieldType::Multiline) {
    std::string plain = markdown_escape::plainLine(text);
    if (plain.empty()) return std::nullopt;
    return Styled{data{markdown_escape::escapePunctuation(french::typographicApostrophes(plain))},
                  data{std::move(plain)}};
  }
  // Lines joined by hard breaks in Markdown, by ", " in plain text (empty ones left out).
  const std::vector<std::string> lines = markdown_escape::plainLines(text);
  if (lines.empty()) return std::nullopt;  // plainLines keeps no empty first or last line
  std::vector<std::string> typographic;
  for (const std::string& line : lines) typographic.push_back(french::typographicApostrophes(line));
  return Styled{data{markdown_escape::escapedLines(typographic)},
                data{severalLines(lines, ValueStyle::PlainText)}};
}

std::optional<Styled> valueOf(const Field& field, const Var& value) {
  if (json_path::isBlank(value)) return std::nullopt;
  if (field.type == FieldType::Bool) {
    if (value.type() != typeid(bool)) return std::nullopt;
    const bool flag = value.extract<bool>();
    return Styled{data{flag}, data{flag}};
  }
  if (field.type != FieldType::List) return textOf(field, value);
  const auto array = json_path::asArray(value);
  if (!array) return std::nullopt;
  Styled items{data{data::type::list}, data{data::type::list}};
  for (const Var& item : *array) {
    if (field.itemFields.empty()) {
      if (auto itemValue = valueOf(Field{}, item)) {
        items.markdown.push_back(itemValue->markdown);
        items.plainText.push_back(itemValue->plainText);
      }
    } else if (const auto object = json_path::asObject(item)) {
      Styled fields = emptyObjects();
      objectOf(field.itemFields, *object, fields);
      items.markdown.push_back(fields.markdown);
      items.plainText.push_back(fields.plainText);
    }
  }
  if (items.markdown.is_empty_list()) return std::nullopt;
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

/// The content of a helper section as plain text: rendered, escapes undone, on one line.
std::string renderedText(const std::string& text, const kainjow::mustache::renderer& render,
                         ValueStyle style) {
  const std::string rendered = render(text);
  return markdown_escape::plainLine(
      style == ValueStyle::Markdown ? markdown_escape::unescape(rendered) : rendered);
}

/// A helper that rewrites its content as a whole ("Aïcha" → "d’Aïcha"); the result is
/// written again as literal text of the style.
data rewritingHelper(std::function<std::string(const std::string&)> rewrite, ValueStyle style) {
  return data{kainjow::mustache::lambda2{
      [rewrite = std::move(rewrite), style](const std::string& text,
                                            const kainjow::mustache::renderer& render) {
        return oneLine(rewrite(renderedText(text, render, style)), style);
      }}};
}

/// "F|fils|fille|enfant" → its parts; empty parts kept.
std::vector<std::string> alternatives(const std::string& text) {
  std::vector<std::string> parts(1);
  for (char c : text) {
    if (c == '|') {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  for (std::string& part : parts) part = markdown_escape::plainLine(part);
  return parts;
}

/// A helper choosing among "selector|first|second[|third]" with `choose`; content of
/// another shape is left as rendered, for the author to see.
data choosingHelper(std::function<std::string(const std::vector<std::string>&)> choose,
                    ValueStyle style) {
  return data{kainjow::mustache::lambda2{
      [choose = std::move(choose), style](const std::string& text,
                                          const kainjow::mustache::renderer& render) {
        const std::vector<std::string> parts = alternatives(renderedText(text, render, style));
        if (parts.size() < 3 || parts.size() > 4) return render(text);
        return oneLine(choose(parts), style);
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

StyledValues mustacheValues(const FieldSchema& schema, const Poco::JSON::Object& values) {
  Styled result = emptyObjects();
  objectOf(schema.fields(), values, result);
  return StyledValues{std::move(result.markdown), std::move(result.plainText)};
}

data builtinValues(const Establishment& establishment, std::chrono::year_month_day today,
                   ValueStyle style, std::string_view languageCode) {
  const std::string language(languageCode);
  using namespace template_names;
  data values{data::type::object};
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
  setText(prefix + "site", establishment.qrAddress);
  std::vector<std::string> addressLines;
  for (const auto& line : establishment.addressLines) {
    if (auto clean = markdown_escape::plainLine(line); !clean.empty())
      addressLines.push_back(clean);
  }
  if (!addressLines.empty()) {
    setAt(values, prefix + "adresse", data{severalLines(addressLines, style)});
  }
  setText(std::string(kToday), local::date(language, today));
  setText(std::string(kSalutation), local::salutation(language, {}));

  values.set(std::string(kLongDate),
             formattingHelper(
                 [language](const std::string& raw) -> std::optional<std::string> {
                   if (const auto date = french::parseIsoDate(raw))
                     return local::longDate(language, *date);
                   return std::nullopt;
                 },
                 style));
  values.set(std::string(kDate),
             formattingHelper(
                 [language](const std::string& raw) -> std::optional<std::string> {
                   if (const auto date = french::parseIsoDate(raw))
                     return local::date(language, *date);
                   return std::nullopt;
                 },
                 style));
  values.set(std::string(kTime),
             formattingHelper(
                 [language](const std::string& raw) { return local::time(language, raw); }, style));
  // Capitals change no punctuation and no backslash, so the rendered text, escapes and the
  // template's own Markdown included, can be uppercased as it is.
  values.set(std::string(kUpper),
             data{kainjow::mustache::lambda2{
                 [language](const std::string& text, const kainjow::mustache::renderer& render) {
                   return local::upperName(language, render(text));
                 }}});
  values.set(std::string(kDe),
             rewritingHelper([](const std::string& raw) { return french::withDe(raw); }, style));
  values.set(std::string(kA),
             rewritingHelper([](const std::string& raw) { return french::withA(raw); }, style));
  values.set(std::string(kQue),
             rewritingHelper([](const std::string& raw) { return french::withQue(raw); }, style));
  values.set(std::string(kGender), choosingHelper(
                                       [](const std::vector<std::string>& parts) {
                                         return french::byGender(parts[0], parts[1], parts[2],
                                                                 parts.size() > 3 ? parts[3] : "");
                                       },
                                       style));
  values.set(std::string(kPlural), choosingHelper(
                                       [](const std::vector<std::string>& parts) {
                                         return french::isPlural(parts[0]) ? parts[2] : parts[1];
                                       },
                                       style));
  // "{{moment}}|matin=morning|après-midi=afternoon": the data's French value, as the
  // translation says it; a value the list does not give is printed as it is.
  values.set(std::string(kTranslate),
             data{kainjow::mustache::lambda2{[style](const std::string& text,
                                                     const kainjow::mustache::renderer& render) {
               const std::vector<std::string> parts =
                   alternatives(renderedText(text, render, style));
               for (std::size_t i = 1; i < parts.size(); ++i) {
                 const auto equals = parts[i].find('=');
                 if (equals == std::string::npos) continue;
                 if (markdown_escape::plainLine(parts[i].substr(0, equals)) == parts[0]) {
                   return oneLine(markdown_escape::plainLine(parts[i].substr(equals + 1)), style);
                 }
               }
               return oneLine(parts.front(), style);
             }}});
  return values;
}

}  // namespace trousse
