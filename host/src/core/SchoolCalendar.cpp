#include "core/SchoolCalendar.hpp"

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace trousse {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr const char* kDataFile = "vacances-scolaires.json";

sys_days dayOf(const Poco::JSON::Object& object, const std::string& key) {
  const std::string text = object.getValue<std::string>(key);
  int y = 0;
  unsigned m = 0, d = 0;
  char dash1 = 0, dash2 = 0;
  std::istringstream in(text);
  in >> y >> dash1 >> m >> dash2 >> d;
  const year_month_day date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!in || dash1 != '-' || dash2 != '-' || !date.ok()) {
    throw std::runtime_error("date invalide « " + text + " » (clé " + key + ")");
  }
  return sys_days(date);
}

std::string trimmedUpper(std::string text) {
  text.erase(0, text.find_first_not_of(" \t"));
  text.erase(text.find_last_not_of(" \t") + 1);
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string schoolYearName(year_month_day date) {
  // A school year starts in September: 10 March 2027 belongs to 2026-2027.
  const int y = static_cast<int>(date.year());
  const int start = date.month() >= std::chrono::September ? y : y - 1;
  return std::to_string(start) + "-" + std::to_string(start + 1);
}

}  // namespace

std::shared_ptr<const SchoolHolidayData> SchoolHolidayData::load(
    const std::filesystem::path& folder) {
  const std::filesystem::path file = folder / kDataFile;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    auto empty = std::make_shared<SchoolHolidayData>();
    empty->problem_ = "calendrier des vacances scolaires introuvable : " + file.string();
    return empty;
  }
  std::ostringstream text;
  text << in.rdbuf();
  try {
    return parse(text.str());
  } catch (const std::exception& e) {
    auto empty = std::make_shared<SchoolHolidayData>();
    empty->problem_ =
        "calendrier des vacances scolaires illisible (" + file.string() + ") : " + e.what();
    return empty;
  }
}

std::shared_ptr<const SchoolHolidayData> SchoolHolidayData::load(
    const std::filesystem::path& shipped, const std::filesystem::path& local) {
  std::shared_ptr<const SchoolHolidayData> base = load(shipped);
  if (local.empty()) return base;
  std::shared_ptr<const SchoolHolidayData> added = load(local);
  auto merged = std::make_shared<SchoolHolidayData>(*base);
  if (!added->problem().empty()) {
    merged->problem_ = added->problem();  // said, so that an admin's typo does not pass silently
    return merged;
  }
  for (const SchoolYear& year : added->years()) {
    std::erase_if(merged->years_, [&](const SchoolYear& known) { return known.name == year.name; });
    merged->years_.push_back(year);
  }
  return merged;
}

namespace {

/// The periods of `list` ("vacances" or "non_publiees" of one school year).
std::vector<SchoolHolidayData::Period> periodsOf(const Poco::JSON::Array& list,
                                                 const std::string& yearName) {
  std::vector<SchoolHolidayData::Period> periods;
  for (std::size_t j = 0; j < list.size(); ++j) {
    const auto p = list.getObject(static_cast<unsigned>(j));
    if (!p) throw std::runtime_error("période de vacances invalide dans " + yearName);
    SchoolHolidayData::Period period;
    period.name = p->getValue<std::string>("nom");
    period.first = dayOf(*p, "debut");
    period.resumes = dayOf(*p, "reprise");
    const auto zones = p->getArray("zones");
    if (!zones) throw std::runtime_error("zones manquantes pour " + period.name);
    for (std::size_t k = 0; k < zones->size(); ++k) {
      period.zones.push_back(zones->getElement<std::string>(static_cast<unsigned>(k)));
    }
    if (period.resumes <= period.first) {
      throw std::runtime_error("période vide : " + period.name + " " + yearName);
    }
    periods.push_back(std::move(period));
  }
  return periods;
}

/// The period of `periods` holding `day` for `zone`, if any.
const SchoolHolidayData::Period* periodAt(const std::vector<SchoolHolidayData::Period>& periods,
                                          std::chrono::sys_days day, const std::string& zone) {
  for (const auto& period : periods) {
    if (day >= period.first && day < period.resumes &&
        std::find(period.zones.begin(), period.zones.end(), zone) != period.zones.end()) {
      return &period;
    }
  }
  return nullptr;
}

}  // namespace

std::shared_ptr<const SchoolHolidayData> SchoolHolidayData::parse(const std::string& json) {
  auto data = std::make_shared<SchoolHolidayData>();
  try {
    Poco::JSON::Parser parser;
    const auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
    const auto years = root->getArray("annees");
    if (!years) throw std::runtime_error("clé « annees » manquante");
    for (std::size_t i = 0; i < years->size(); ++i) {
      const auto object = years->getObject(static_cast<unsigned>(i));
      if (!object) throw std::runtime_error("année scolaire invalide");
      SchoolYear year;
      year.name = object->getValue<std::string>("annee");
      year.first = dayOf(*object, "rentree");
      year.last = dayOf(*object, "fin");
      const auto periods = object->getArray("vacances");
      if (!periods) throw std::runtime_error("clé « vacances » manquante pour " + year.name);
      year.holidays = periodsOf(*periods, year.name);
      if (const auto unpublished = object->getArray("non_publiees")) {
        year.unpublished = periodsOf(*unpublished, year.name);
      }
      data->years_.push_back(std::move(year));
    }
  } catch (const Poco::Exception& e) {
    throw std::runtime_error(e.displayText());
  }
  return data;
}

const SchoolHolidayData::SchoolYear* SchoolHolidayData::yearOf(sys_days day) const {
  for (const SchoolYear& year : years_) {
    if (day >= year.first && day <= year.last) return &year;
  }
  return nullptr;
}

year_month_day easterSunday(std::chrono::year year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int y = static_cast<int>(year);
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = ((h + l - 7 * m + 114) % 31) + 1;
  return year_month_day{year, std::chrono::month(static_cast<unsigned>(month)),
                        std::chrono::day(static_cast<unsigned>(day))};
}

std::optional<std::string> frenchPublicHoliday(year_month_day date) {
  const unsigned m = static_cast<unsigned>(date.month());
  const unsigned d = static_cast<unsigned>(date.day());
  struct Fixed {
    unsigned month, day;
    const char* name;
  };
  static constexpr Fixed kFixed[] = {
      {1, 1, "jour de l'an"},        {5, 1, "fête du Travail"}, {5, 8, "victoire de 1945"},
      {7, 14, "fête nationale"},     {8, 15, "Assomption"},     {11, 1, "Toussaint"},
      {11, 11, "armistice de 1918"}, {12, 25, "Noël"},
  };
  for (const Fixed& fixed : kFixed) {
    if (fixed.month == m && fixed.day == d) return fixed.name;
  }
  const sys_days easter(easterSunday(date.year()));
  const sys_days day(date);
  using std::chrono::days;
  if (day == easter + days(1)) return "lundi de Pâques";
  if (day == easter + days(39)) return "Ascension";
  if (day == easter + days(50)) return "lundi de Pentecôte";
  return std::nullopt;
}

ZoneCalendar::ZoneCalendar(std::string zone, std::shared_ptr<const SchoolHolidayData> data)
    : configured_(std::move(zone)), data_(std::move(data)) {
  const std::string upper = trimmedUpper(configured_);
  if (upper == "A" || upper == "B" || upper == "C") zone_ = upper;
}

bool ZoneCalendar::knows(year_month_day date) const {
  if (zone_.empty() || !data_) return false;
  const SchoolHolidayData::SchoolYear* year = data_->yearOf(sys_days(date));
  return year != nullptr && periodAt(year->unpublished, sys_days(date), zone_) == nullptr;
}

std::string ZoneCalendar::whatIsMissing(year_month_day date) const {
  if (configured_.find_first_not_of(" \t") == std::string::npos) {
    return "la zone de vacances scolaires de l'établissement n'est pas configurée (clé "
           "etablissement.zone : A, B ou C)";
  }
  if (zone_.empty()) {
    return "la zone de vacances scolaires configurée, « " + configured_ +
           " », n'est pas A, B ou C (clé etablissement.zone)";
  }
  if (!data_ || !data_->problem().empty()) {
    return data_ ? data_->problem() : "calendrier des vacances scolaires absent";
  }
  if (const auto* year = data_->yearOf(sys_days(date))) {
    if (const auto* unpublished = periodAt(year->unpublished, sys_days(date), zone_)) {
      return "les dates des " + unpublished->name + " " + year->name + " de la zone " + zone_ +
             " ne sont pas connues de Trousse";
    }
  }
  if (data_->yearOf(sys_days(date)) == nullptr) {
    std::string known;
    for (const auto& year : data_->years()) known += (known.empty() ? "" : ", ") + year.name;
    return "les vacances scolaires de l'année " + schoolYearName(date) +
           " ne sont pas connues de Trousse (années connues : " +
           (known.empty() ? "aucune" : known) + ")";
  }
  return {};
}

bool ZoneCalendar::isWeekend(year_month_day date) const {
  const std::chrono::weekday day{sys_days(date)};
  return day == std::chrono::Saturday || day == std::chrono::Sunday;
}

std::optional<std::string> ZoneCalendar::publicHoliday(year_month_day date) const {
  return frenchPublicHoliday(date);
}

std::optional<std::string> ZoneCalendar::schoolHoliday(year_month_day date) const {
  if (!knows(date)) return std::nullopt;
  const sys_days day(date);
  if (const auto* period = periodAt(data_->yearOf(day)->holidays, day, zone_)) return period->name;
  return std::nullopt;
}

bool ZoneCalendar::isSchoolDay(year_month_day date) const {
  return knows(date) && !isWeekend(date) && !publicHoliday(date) && !schoolHoliday(date);
}

}  // namespace trousse
