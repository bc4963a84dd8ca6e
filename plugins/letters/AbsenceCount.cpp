#include "plugins/letters/AbsenceCount.hpp"

#include <Poco/JSON/Array.h>

#include <map>
#include <utility>

namespace trousse::letters {
namespace {

/// Which half-days a moment covers: bit 1 the morning, bit 2 the afternoon.
int halvesOf(const std::string& moment) {
  if (moment == "matin") return 1;
  if (moment == "après-midi") return 2;
  if (moment == "journée entière") return 3;
  return 0;
}

int bitCount(int halves) { return (halves & 1) + ((halves >> 1) & 1); }

}  // namespace

Poco::JSON::Object::Ptr countAbsences(const Poco::JSON::Object& data, DateChecks& checks,
                                      const RenderContext& context) {
  Poco::JSON::Object::Ptr out = new Poco::JSON::Object(data);
  const Poco::JSON::Array::Ptr absences = data.getArray("absences");
  if (!absences) return out;

  std::map<std::chrono::sys_days, int> halvesByDay;
  for (std::size_t i = 0; i < absences->size(); ++i) {
    const Poco::JSON::Object::Ptr absence = absences->getObject(static_cast<unsigned>(i));
    if (!absence) continue;
    const std::string field = "absences." + std::to_string(i + 1) + ".jour";
    const auto day = dateAt(*absence, "jour");
    const int halves = halvesOf(absence->optValue<std::string>("moment", ""));
    if (!day || halves == 0) continue;  // the schema check reports these
    const std::string when = "le " + frenchDate(*day);
    checks.past(field, *day);
    const SchoolCalendar& calendar = context.calendar();
    const std::chrono::weekday weekday{std::chrono::sys_days{*day}};
    if (weekday == std::chrono::Sunday) {
      checks.error(field, when + " est un dimanche : il n'y a pas classe");
    } else if (const auto holiday = calendar.publicHoliday(*day)) {
      checks.error(field, when + " est un jour férié (" + *holiday + ") : il n'y a pas classe");
    } else if (weekday == std::chrono::Saturday) {
      context.warn(field, when + " est un samedi : vérifiez que l'élève avait cours");
    } else if (const auto holidays = checks.schoolHoliday(field, *day)) {
      checks.error(field, when + " tombe pendant les " + *holidays + " : il n'y a pas classe");
    }
    int& known = halvesByDay[std::chrono::sys_days{*day}];
    if ((known & halves) != 0) {
      checks.error(field, when + " figure deux fois dans la liste des absences");
    }
    known |= halves;
  }

  int total = 0;
  int mostInAMonth = 0;
  std::map<std::pair<int, unsigned>, int> byMonth;
  for (const auto& [day, halves] : halvesByDay) {
    const std::chrono::year_month_day date{day};
    int& month = byMonth[{static_cast<int>(date.year()), static_cast<unsigned>(date.month())}];
    month += bitCount(halves);
    total += bitCount(halves);
    mostInAMonth = std::max(mostInAMonth, month);
  }
  const bool reached = mostInAMonth >= kHalfDaysThreshold;

  const Poco::Dynamic::Var typed = data.get("demi_journees");
  if (typed.isNumeric() && typed.convert<double>() != total) {
    checks.error("demi_journees", "le nombre saisi (" + typed.convert<std::string>() +
                                      ") ne correspond pas aux dates, qui comptent " +
                                      std::to_string(total) + " demi-journée" +
                                      (total > 1 ? "s" : "") +
                                      " (une journée entière en compte deux)");
  }
  const Poco::Dynamic::Var typedThreshold = data.get("seuil_atteint");
  if (typedThreshold.type() == typeid(bool) && typedThreshold.extract<bool>() != reached) {
    context.warn("seuil_atteint",
                 std::string("la valeur saisie contredit les dates : le seuil de quatre "
                             "demi-journées dans un même mois ") +
                     (reached ? "est" : "n'est pas") + " atteint ; le courrier suit les dates");
  }
  out->set("demi_journees", total);
  out->set("seuil_atteint", reached);
  return out;
}

}  // namespace trousse::letters
