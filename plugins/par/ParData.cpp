#include "plugins/par/ParData.hpp"

#include <Poco/JSON/Array.h>

#include <cstdio>

namespace trousse::par {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

/// The value at a dotted path as text, or empty.
std::string text(const Object& data, const std::string& path) {
  const Object* object = &data;
  Object::Ptr holder;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = path.find('.', start);
    const std::string key = path.substr(start, dot == std::string::npos ? dot : dot - start);
    if (dot == std::string::npos) {
      if (!object->has(key) || object->isNull(key)) return {};
      const Poco::Dynamic::Var value = object->get(key);
      return value.isString() || value.isNumeric() ? value.convert<std::string>() : std::string();
    }
    holder = object->getObject(key);
    if (!holder) return {};
    object = holder.get();
    start = dot + 1;
  }
}

std::optional<int> wholeNumber(const Object& object, const std::string& key) {
  if (!object.has(key) || object.isNull(key)) return std::nullopt;
  try {
    const double value = object.get(key).convert<double>();
    if (value != static_cast<int>(value)) return std::nullopt;
    return static_cast<int>(value);
  } catch (const Poco::Exception&) {
    return std::nullopt;
  }
}

Array::Ptr list(const Object& object, const std::string& key) {
  return object.has(key) ? object.getArray(key) : Array::Ptr();
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

/// The first code point of `text` with the combining marks that follow it.
std::string firstLetter(const std::string& text) {
  std::size_t pos = text.find_first_not_of(" \t'’\"-");
  if (pos == std::string::npos) return {};
  auto length = [&](std::size_t at) -> std::size_t {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    return std::min(n, text.size() - at);
  };
  std::size_t end = pos + length(pos);
  while (end + 1 < text.size()) {
    // U+0300–U+036F (combining diacritical marks): 0xCC 0x80 … 0xCD 0xAF.
    const unsigned char a = static_cast<unsigned char>(text[end]);
    const unsigned char b = static_cast<unsigned char>(text[end + 1]);
    if (!((a == 0xCC && b >= 0x80) || (a == 0xCD && b <= 0xAF))) break;
    end += 2;
  }
  std::string letter = text.substr(pos, end - pos);
  if (letter.size() == 1) letter[0] = static_cast<char>(std::toupper(letter[0]));
  return letter;
}

}  // namespace

std::optional<std::chrono::year_month_day> parseDate(const std::string& text) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(m),
                                         std::chrono::day(d)};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string isoDate(std::chrono::year_month_day date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::string initialsOf(const std::string& firstName, const std::string& lastName) {
  std::string initials;
  for (const std::string* name : {&firstName, &lastName}) {
    const std::string letter = firstLetter(*name);
    if (letter.empty()) continue;
    if (!initials.empty()) initials += " ";
    initials += letter + ".";
  }
  return initials;
}

std::string compactInitials(const std::string& initials) {
  std::string compact;
  for (char c : initials) {
    if (c != '.' && c != ' ') compact += c;
  }
  return compact;
}

ParData ParData::read(const Object& data) {
  ParData par;
  par.firstName = text(data, "eleve.prenom");
  par.lastName = text(data, "eleve.nom");
  par.signature = parseDate(text(data, "signature.date"));
  par.meetingSet = par.signature && !blank(text(data, "signature.heure")) &&
                   !blank(text(data, "signature.lieu"));
  if (auto adults = list(data, "responsables")) par.responsibleAdults = adults->size();
  if (auto months = wholeNumber(data, "duree_mois")) {
    par.durationMonths = *months;
  } else if (data.has("duree_mois") && !data.isNull("duree_mois")) {
    par.durationMonths = 0.5;  // a number that is not whole: refused by the checks
  }
  par.rhythm = text(data, "rythme");
  if (auto milestones = list(data, "jalons")) {
    for (std::size_t i = 0; i < milestones->size(); ++i) {
      const auto item = milestones->getObject(static_cast<unsigned>(i));
      par.milestones.push_back(item ? parseDate(text(*item, "date")) : std::nullopt);
    }
  }
  par.situation = text(data, "situation");
  if (auto objectives = list(data, "objectifs")) par.objectives = objectives->size();
  if (auto parties = list(data, "parties")) {
    for (std::size_t i = 0; i < parties->size(); ++i) {
      const auto item = parties->getObject(static_cast<unsigned>(i));
      Party party;
      if (item) {
        party.id = text(*item, "id");
        party.name = text(*item, "nom");
        if (auto signatories = list(*item, "signataires")) {
          party.signatories = signatories->size();
        }
      }
      par.parties.push_back(std::move(party));
    }
  }
  if (auto commitments = list(data, "engagements")) {
    for (std::size_t i = 0; i < commitments->size(); ++i) {
      const auto item = commitments->getObject(static_cast<unsigned>(i));
      par.commitments.push_back(item ? Commitment{text(*item, "partie"), text(*item, "texte")}
                                     : Commitment{});
    }
  }
  if (auto reviews = list(data, "bilans")) {
    for (std::size_t i = 0; i < reviews->size(); ++i) {
      const auto item = reviews->getObject(static_cast<unsigned>(i));
      Review review;
      if (item) {
        review.milestone = wholeNumber(*item, "etape");
        if (auto assessed = list(*item, "engagements")) {
          for (std::size_t j = 0; j < assessed->size(); ++j) {
            const auto one = assessed->getObject(static_cast<unsigned>(j));
            review.commitmentNumbers.push_back(one ? wholeNumber(*one, "numero") : std::nullopt);
          }
        }
      }
      par.reviews.push_back(std::move(review));
    }
  }
  par.finalReview = parseDate(text(data, "bilan_final.date")).has_value();
  return par;
}

}  // namespace trousse::par
