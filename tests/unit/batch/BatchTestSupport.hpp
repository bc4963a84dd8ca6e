#pragma once

// Helpers shared by the batch input tests.

#include "batch/CsvReader.hpp"
#include "template/FieldSchema.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <array>
#include <functional>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

namespace trousse::batch::test {

/// A stream that makes its bytes on demand: `prefix`, then `count` bytes from `generate(i)`,
/// then `suffix`. Lets a test feed a 100 MB line or 50,000 rows without holding them, and
/// tells how many bytes the reader actually pulled.
class GeneratedStreamBuf : public std::streambuf {
 public:
  GeneratedStreamBuf(std::string prefix, std::size_t count,
                     std::function<char(std::size_t)> generate, std::string suffix = {})
      : prefix_(std::move(prefix)),
        suffix_(std::move(suffix)),
        count_(count),
        generate_(std::move(generate)) {}

  std::size_t served() const { return served_; }

 protected:
  int_type underflow() override {
    const std::size_t total = prefix_.size() + count_ + suffix_.size();
    if (served_ >= total) return traits_type::eof();
    std::size_t filled = 0;
    while (filled < buffer_.size() && served_ < total) {
      const std::size_t at = served_;
      if (at < prefix_.size()) {
        buffer_[filled] = prefix_[at];
      } else if (at < prefix_.size() + count_) {
        buffer_[filled] = generate_(at - prefix_.size());
      } else {
        buffer_[filled] = suffix_[at - prefix_.size() - count_];
      }
      ++filled;
      ++served_;
    }
    setg(buffer_.data(), buffer_.data(), buffer_.data() + filled);
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  std::string prefix_;
  std::string suffix_;
  std::size_t count_;
  std::function<char(std::size_t)> generate_;
  std::array<char, 16 * 1024> buffer_{};
  std::size_t served_ = 0;
};

/// Every row of `csv`, through a reader with `options`.
inline std::vector<CsvRow> readRows(const std::string& csv, CsvReader::Options options = {},
                                    std::vector<std::string>* header = nullptr) {
  std::istringstream in(csv);
  CsvReader reader(in, "eleves.csv", options);
  if (header) *header = reader.header();
  std::vector<CsvRow> rows;
  while (auto row = reader.next()) rows.push_back(std::move(*row));
  return rows;
}

inline std::vector<std::vector<std::string>> cellsOf(const std::vector<CsvRow>& rows) {
  std::vector<std::vector<std::string>> out;
  for (const auto& row : rows) out.push_back(row.cells);
  return out;
}

/// The DataError message `action` throws, or "" when it throws nothing.
template <typename Action>
std::string errorMessage(Action&& action) {
  try {
    action();
  } catch (const std::exception& error) {
    return error.what();
  }
  return {};
}

inline Poco::JSON::Object::Ptr json(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

inline std::string toJson(const Poco::JSON::Object::Ptr& object) {
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(object, out);
  return out.str();
}

inline Field field(std::string name, FieldType type, bool required = false,
                   std::string label = {}) {
  Field result;
  result.name = std::move(name);
  result.label = label.empty() ? result.name : std::move(label);
  result.type = type;
  result.required = required;
  return result;
}

/// The fields of a convocation letter, as templates/letters/convocation.md declares them, plus
/// a few of other types.
inline FieldSchema letterSchema() {
  Field civilite = field("civilite", FieldType::Choice, true, "Civilité");
  civilite.choices = {"Madame", "Monsieur"};
  Field responsables = field("responsables", FieldType::List, true, "Responsables légaux");
  responsables.minItems = 1;
  responsables.maxItems = 2;
  responsables.itemFields = {civilite, field("prenom", FieldType::Text, true, "Prénom"),
                             field("nom", FieldType::Text, true, "Nom de famille"),
                             field("adresse", FieldType::Multiline, true, "Adresse postale")};
  Field participants = field("rdv.participants", FieldType::List, true, "Personnes présentes");
  participants.minItems = 1;
  Field lieu = field("rdv.lieu", FieldType::Text, true, "Lieu");
  lieu.defaultValue = std::string("au collège");
  return FieldSchema({field("eleve.prenom", FieldType::Text, true, "Prénom de l'élève"),
                      field("eleve.nom", FieldType::Text, true, "Nom de famille de l'élève"),
                      field("eleve.classe", FieldType::Text, true, "Classe"),
                      field("eleve.date_naissance", FieldType::Date, false, "Date de naissance"),
                      responsables, field("rdv.date", FieldType::Date, true, "Date de l'entretien"),
                      field("rdv.heure", FieldType::Time, true, "Heure de l'entretien"), lieu,
                      participants, field("urgent", FieldType::Bool),
                      field("absences", FieldType::Number), field("motif", FieldType::Multiline)});
}

}  // namespace trousse::batch::test
