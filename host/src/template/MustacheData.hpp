#pragma once

#include "template/FieldSchema.hpp"

#include <trousse/Document.hpp>

#include <Poco/JSON/Object.h>

#include <kainjow/mustache.hpp>

#include <chrono>

namespace trousse {

/// Where expanded text goes, and so how each value is written before it is placed there.
enum class ValueStyle {
  Markdown,  ///< the body: every value escaped, so it reads as literal text
  PlainText  ///< letter parts and title, drawn as they are: values raw, on one line
};

/// The values of a document in both styles.
struct StyledValues {
  kainjow::mustache::data markdown;
  kainjow::mustache::data plainText;
};

/// The values of `data` that `schema` declares, as Mustache data in both styles. Each value
/// is formatted once, here, for its style; the renderer then inserts it as is (its escape is
/// the identity). Blank values and empty lists are left out, so that sections over them are
/// false.
StyledValues mustacheValues(const FieldSchema& schema, const Poco::JSON::Object& data);

/// The names every template may use besides its fields: etablissement.*, aujourdhui and the
/// helpers date_longue, date, heure, majuscules. The same for every document of an
/// establishment on a day: built once, and looked up after the document's own values.
/// `language` is a translation's code: dates, times and capitals as it writes them (empty:
/// French).
kainjow::mustache::data builtinValues(const Establishment& establishment,
                                      std::chrono::year_month_day today, ValueStyle style,
                                      std::string_view language = {});

/// A number as French readers write it: "12", "12,5".
std::string frenchNumber(const Poco::Dynamic::Var& number);

}  // namespace trousse
