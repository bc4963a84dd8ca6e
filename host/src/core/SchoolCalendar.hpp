#pragma once

#include <trousse/SchoolCalendar.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trousse {

/// The school holidays shipped as data (`content/calendrier/vacances-scolaires.json`), read
/// once; immutable afterwards, so any number of threads may share it.
class SchoolHolidayData {
 public:
  struct Period {
    std::string name;  ///< "vacances d'hiver"
    std::vector<std::string> zones;
    std::chrono::sys_days first;    ///< first day without classes
    std::chrono::sys_days resumes;  ///< first day of classes again (excluded)
  };
  struct SchoolYear {
    std::string name;             ///< "2025-2026"
    std::chrono::sys_days first;  ///< the first day of classes
    std::chrono::sys_days last;   ///< the last day the data covers (summer included)
    std::vector<Period> holidays;
    /// Periods whose holidays are not published for some zones ("non_publiees"): dates in
    /// them are not known for those zones, whatever the rest of the year says.
    std::vector<Period> unpublished;
  };

  /// Reads `folder/vacances-scolaires.json`. A missing or unreadable file gives data that knows
  /// no year, whose problem() says why: a letter never fails for want of a calendar.
  static std::shared_ptr<const SchoolHolidayData> load(const std::filesystem::path& folder);
  /// The shipped data, then an establishment's own file (`calendrier.dossier_local`), which may
  /// add a school year not shipped yet, or replace one of the same name. `local` empty: none.
  static std::shared_ptr<const SchoolHolidayData> load(const std::filesystem::path& shipped,
                                                       const std::filesystem::path& local);
  /// Parses the JSON text; throws std::runtime_error on a malformed file.
  static std::shared_ptr<const SchoolHolidayData> parse(const std::string& json);

  const std::vector<SchoolYear>& years() const { return years_; }
  /// Why no year is known (file missing or malformed), or empty.
  const std::string& problem() const { return problem_; }
  const SchoolYear* yearOf(std::chrono::sys_days day) const;

 private:
  std::vector<SchoolYear> years_;
  std::string problem_;
};

/// French public holidays of a civil year: the fixed ones, and lundi de Pâques, Ascension and
/// lundi de Pentecôte from the date of Easter (Gregorian computus).
std::chrono::year_month_day easterSunday(std::chrono::year year);
std::optional<std::string> frenchPublicHoliday(std::chrono::year_month_day date);

/// The calendar of one zone over shared data: what a plugin sees through RenderContext.
class ZoneCalendar final : public SchoolCalendar {
 public:
  /// `zone` as configured ("C", " c " is accepted); an unknown value leaves zone() empty and
  /// whatIsMissing() says so.
  ZoneCalendar(std::string zone, std::shared_ptr<const SchoolHolidayData> data);

  std::string zone() const override { return zone_; }
  bool knows(std::chrono::year_month_day date) const override;
  std::string whatIsMissing(std::chrono::year_month_day date) const override;
  bool isWeekend(std::chrono::year_month_day date) const override;
  std::optional<std::string> publicHoliday(std::chrono::year_month_day date) const override;
  std::optional<std::string> schoolHoliday(std::chrono::year_month_day date) const override;
  bool isSchoolDay(std::chrono::year_month_day date) const override;

 private:
  std::string zone_;
  std::string configured_;  ///< as written in the configuration, for messages
  std::shared_ptr<const SchoolHolidayData> data_;
};

}  // namespace trousse
