#include "template/TemplateExpander.hpp"

#include "template/FrenchFormat.hpp"
#include "template/FrenchGrammar.hpp"
#include "template/JsonPath.hpp"
#include "template/Languages.hpp"
#include "template/LocalFormat.hpp"
#include "template/LocalSalutation.hpp"
#include "template/MarkdownEscape.hpp"
#include "template/MustacheData.hpp"
#include "template/TemplateNames.hpp"

#include "common/Errors.hpp"

#include <kainjow/mustache.hpp>

#include <memory>
#include <unordered_map>

#include <ctime>

namespace trousse {
namespace {

using kainjow::mustache::data;

/// Mustache context whose partials come from the template, never from the data: a value
/// can then never stand for a partial.
/// Names are looked up in the document's values first, then in the builtins.
class ContextWithPartials : public kainjow::mustache::context<std::string> {
 public:
  ContextWithPartials(const data* values, const data* builtins,
                      const std::map<std::string, std::string>& partials)
      : kainjow::mustache::context<std::string>(builtins) {
    push(values);
    for (const auto& [name, source] : partials) partials_.emplace(name, data{source});
  }
  const data* get_partial(const std::string& name) const override {
    const auto found = partials_.find(name);
    return found == partials_.end() ? nullptr : &found->second;
  }

 private:
  std::map<std::string, data> partials_;
};

/// The parsed form of a Mustache source. Parsing is a good part of an expansion and a batch
/// expands the same template thousands of times: each thread keeps what it has parsed
/// (kainjow's renderer is not safe to share between threads). Sources are found by address,
/// then compared: hashing a whole letter's body for every letter cost more than rendering it.
kainjow::mustache::mustache& parsed(const std::string& source) {
  struct Parsed {
    std::string source;
    std::unique_ptr<kainjow::mustache::mustache> mustache;
  };
  thread_local std::unordered_map<const std::string*, Parsed> cache;
  if (cache.size() > 256) cache.clear();
  Parsed& slot = cache[&source];
  if (!slot.mustache || slot.source != source) {
    slot.source = source;
    slot.mustache = std::make_unique<kainjow::mustache::mustache>(source);
    // Values are escaped once, when the data is built; the renderer inserts them as they are,
    // so {{x}}, {{{x}}} and {{&x}} are equally safe.
    slot.mustache->set_custom_escape([](const std::string& text) { return text; });
  }
  return *slot.mustache;
}

/// A document's values and the builtins of its style.
struct Values {
  const data& own;
  const data& builtins;
};

std::string render(const std::string& source, const Values& values, const Template& tmpl) {
  kainjow::mustache::mustache& mustache = parsed(source);
  ContextWithPartials context(&values.own, &values.builtins, tmpl.partials);
  std::string out = mustache.render(context);
  if (!mustache.is_valid()) {
    throw TemplateError(tmpl.file.string() + " : erreur Mustache : " + mustache.error_message());
  }
  return out;
}

std::string renderLine(const std::string& source, const Values& values, const Template& tmpl) {
  if (source.empty()) return {};
  return markdown_escape::plainLine(render(source, values, tmpl));
}

/// A list written one item per line: each rendered line is one item, empty lines dropped.
std::vector<std::string> renderItems(const std::string& source, const Values& values,
                                     const Template& tmpl) {
  std::vector<std::string> items;
  if (source.empty()) return items;
  for (auto& line : markdown_escape::plainLines(render(source, values, tmpl))) {
    // Running text, like the subject: typographic apostrophes.
    if (!line.empty()) items.push_back(french::typographicApostrophes(line));
  }
  return items;
}

/// A yes/no written as Mustache ("{{recommande}}"): yes unless it renders to nothing,
/// "false" or "non", so that a boolean field and a French answer both work.
bool renderFlag(const std::string& source, const Values& values, const Template& tmpl) {
  const std::string value = renderLine(source, values, tmpl);
  return !value.empty() && value != "false" && value != "non" && value != "Non";
}

std::string textAt(const Poco::JSON::Object& object, const std::string& key) {
  const Poco::Dynamic::Var value = object.get(key);
  return value.isString() ? markdown_escape::plainLine(value.extract<std::string>())
                          : std::string();
}

/// "Madame Awa N'DIAYE" for each recipient, then the first recipient's address lines.
std::vector<std::string> recipientBlock(const Poco::JSON::Object& values,
                                        const std::string& field) {
  std::vector<std::string> lines;
  const auto recipients = json_path::asArray(json_path::find(values, field));
  if (!recipients) return lines;
  Poco::JSON::Object::Ptr first;
  for (const auto& item : *recipients) {
    const auto recipient = json_path::asObject(item);
    if (!recipient) continue;
    if (!first) first = recipient;
    std::string line;
    for (const std::string& part : {textAt(*recipient, "civilite"), textAt(*recipient, "prenom"),
                                    french::upperName(textAt(*recipient, "nom"))}) {
      if (!part.empty()) line += (line.empty() ? "" : " ") + part;
    }
    if (!line.empty()) lines.push_back(line);
  }
  if (first) {
    const Poco::Dynamic::Var address = first->get("adresse");
    if (address.isString()) {
      for (auto& line : markdown_escape::plainLines(address.extract<std::string>())) {
        if (!line.empty()) lines.push_back(std::move(line));
      }
    }
  }
  return lines;
}

/// The civilities of the recipients ("Madame", "Monsieur"), in order.
std::vector<std::string> civilitiesOf(const Poco::JSON::Object& values, const std::string& field) {
  std::vector<std::string> civilities;
  const auto recipients = json_path::asArray(json_path::find(values, field));
  if (!recipients) return civilities;
  for (const auto& item : *recipients) {
    if (const auto recipient = json_path::asObject(item)) {
      civilities.push_back(textAt(*recipient, "civilite"));
    }
  }
  return civilities;
}

/// Values that depend on the document, set over the builtins: the salutation from the
/// letter's recipients, and "aujourdhui" from the letter's own date (`date_courrier`).
void setDocumentValues(StyledValues& own, const Poco::JSON::Object& values,
                       const std::string& recipientsField, const std::string& language) {
  auto set = [&own](std::string_view name, const std::string& text) {
    own.markdown.set(std::string(name), data{markdown_escape::escapeLine(text)});
    own.plainText.set(std::string(name), data{text});
  };
  if (!recipientsField.empty()) {
    set(template_names::kSalutation,
        local::salutation(language, civilitiesOf(values, recipientsField)));
  }
  const Poco::Dynamic::Var letterDate = values.get("date_courrier");
  if (letterDate.isString()) {
    if (const auto date = french::parseIsoDate(letterDate.extract<std::string>())) {
      set(template_names::kToday, local::date(language, *date));
    }
  }
}

}  // namespace

struct TemplateExpander::Builtins {
  data markdown;
  data plainText;
};

TemplateExpander::TemplateExpander(Establishment establishment, std::chrono::year_month_day today)
    : establishment_(std::move(establishment)), today_(today) {
  auto builtins = std::make_shared<std::map<std::string, Builtins>>();
  auto add = [&](const std::string& language) {
    builtins->emplace(
        language, Builtins{builtinValues(establishment_, today_, ValueStyle::Markdown, language),
                           builtinValues(establishment_, today_, ValueStyle::PlainText, language)});
  };
  add("");
  for (const languages::Language& language : languages::all()) add(std::string(language.code));
  builtins_ = std::move(builtins);
}

std::chrono::year_month_day TemplateExpander::todayLocal() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::chrono::year_month_day{std::chrono::year{local.tm_year + 1900},
                                     std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                                     std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

Document TemplateExpander::expand(const Template& tmpl, const Poco::JSON::Object& data) const {
  Poco::JSON::Object::Ptr filled;  // a copy only when a default must be filled in
  if (tmpl.schema.lacksDefaults(data)) filled = tmpl.schema.withDefaults(data);
  const Poco::JSON::Object& values = filled ? *filled : data;

  const auto builtins = builtins_->find(tmpl.language);
  if (builtins == builtins_->end()) {
    throw TemplateError(tmpl.file.string() + " : langue « " + tmpl.language + " » inconnue");
  }
  const bool translation = !tmpl.language.empty();
  StyledValues own = mustacheValues(tmpl.schema, values);
  setDocumentValues(own, values, tmpl.letter.recipientsField, tmpl.language);
  const Values markdownValues{own.markdown, builtins->second.markdown};
  const Values plainValues{own.plainText, builtins->second.plainText};

  Document document;
  document.layout = tmpl.layout;
  document.resourceDir = tmpl.file.parent_path().string();
  document.title = renderLine(tmpl.title, plainValues, tmpl);
  document.author = establishment_.name;
  document.markdown = render(tmpl.body, markdownValues, tmpl);
  document.establishment = establishment_;
  document.language = tmpl.language;

  const LetterTemplate& letter = tmpl.letter;
  LetterParts& parts = document.letter;
  // A translation is never posted on its own: the recipient is on the French page.
  if (!letter.recipientsField.empty() && !translation) {
    parts.recipient = recipientBlock(values, letter.recipientsField);
  }
  if (translation) {
    const languages::Language* language = languages::find(tmpl.language);
    parts.translationNotice = std::string(language->notice);
    parts.subjectLabel = std::string(language->subjectLabel);
  }
  std::string placeAndDate = letter.placeAndDate;
  if (placeAndDate.empty() && translation) {
    placeAndDate =
        establishment_.city.empty() ? "{{aujourdhui}}" : "{{etablissement.ville}}, {{aujourdhui}}";
  } else if (placeAndDate.empty()) {
    placeAndDate = establishment_.city.empty() ? "Le {{aujourdhui}}"
                                               : "{{etablissement.ville}}, le {{aujourdhui}}";
  }
  parts.placeAndDate = renderLine(placeAndDate, plainValues, tmpl);
  // The subject is running text: typographic apostrophes, as in the body. The recipient block
  // keeps what was typed, for the post and for searching a name as it was typed.
  parts.subject = french::typographicApostrophes(renderLine(letter.subject, plainValues, tmpl));
  parts.reference = renderLine(letter.reference, plainValues, tmpl);
  parts.followedBy = renderLine(letter.followedBy, plainValues, tmpl);
  parts.signatoryName = letter.signatoryName.empty()
                            ? markdown_escape::plainLine(establishment_.signatoryName)
                            : renderLine(letter.signatoryName, plainValues, tmpl);
  parts.signatoryTitle = letter.signatoryTitle.empty()
                             ? markdown_escape::plainLine(establishment_.signatoryTitle)
                             : renderLine(letter.signatoryTitle, plainValues, tmpl);
  parts.about = french::typographicApostrophes(renderLine(letter.about, plainValues, tmpl));
  parts.marking = renderLine(letter.marking, plainValues, tmpl);
  parts.registeredMail = renderFlag(letter.registered, plainValues, tmpl);
  parts.enclosures = renderItems(letter.enclosures, plainValues, tmpl);
  parts.copies = renderItems(letter.copies, plainValues, tmpl);
  // Markdown like the body, with the body's escaped values: data cannot change its structure.
  if (!letter.replySlip.empty()) {
    parts.replySlip = render(letter.replySlip, markdownValues, tmpl);
    // A slip inside a section that is off ("{{#rdv.date}}…") leaves blank lines: no slip.
    if (parts.replySlip.find_first_not_of(" \t\r\n") == std::string::npos) parts.replySlip.clear();
  }
  parts.qrAddress = renderLine(letter.qr, plainValues, tmpl);
  parts.qrCaption = renderLine(letter.qrCaption, plainValues, tmpl);
  return document;
}

}  // namespace trousse
