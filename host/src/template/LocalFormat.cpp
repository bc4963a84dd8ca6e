#include "template/LocalFormat.hpp"

#include "template/FrenchFormat.hpp"

#include "common/Utf8.hpp"

#include <Poco/Unicode.h>

#include <array>

namespace trousse::local {
namespace {

using Names12 = std::array<const char*, 12>;
using Names7 = std::array<const char*, 7>;  // indexed by weekday::c_encoding(): 0 is Sunday

// Month and weekday names of the Unicode CLDR and glibc locales (en_GB, tr_TR, ta_IN, ar).
// Arabic: the Modern Standard names (يناير … ديسمبر), read in every Arab country, rather than
// the Algerian and Tunisian (جانفي) or Moroccan (دجنبر) ones, which differ from each other.
constexpr Names12 kEnglishMonths = {"January",   "February", "March",    "April",
                                    "May",       "June",     "July",     "August",
                                    "September", "October",  "November", "December"};
constexpr Names7 kEnglishDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};
constexpr Names12 kTurkishMonths = {"Ocak",   "Şubat",   "Mart",  "Nisan", "Mayıs", "Haziran",
                                    "Temmuz", "Ağustos", "Eylül", "Ekim",  "Kasım", "Aralık"};
constexpr Names7 kTurkishDays = {"Pazar",    "Pazartesi", "Salı",     "Çarşamba",
                                 "Perşembe", "Cuma",      "Cumartesi"};
constexpr Names7 kChineseDays = {"星期日", "星期一", "星期二", "星期三",
                                 "星期四", "星期五", "星期六"};
constexpr Names12 kArabicMonths = {"يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
                                   "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr Names7 kArabicDays = {"الأحد",  "الاثنين", "الثلاثاء", "الأربعاء",
                                "الخميس", "الجمعة",  "السبت"};
constexpr Names12 kTamilMonths = {"ஜனவரி", "பிப்ரவரி", "மார்ச்",    "ஏப்ரல்",   "மே",    "ஜூன்",
                                  "ஜூலை",  "ஆகஸ்ட்",    "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"};
constexpr Names7 kTamilDays = {"ஞாயிறு", "திங்கள்", "செவ்வாய்", "புதன்", "வியாழன்", "வெள்ளி", "சனி"};

struct Parts {
  std::string day, month, year;
  unsigned monthIndex = 0;
  unsigned weekday = 0;
};

// Western digits in every language: Arabic included, as the Maghreb writes them (see
// docs/modeles.md, « Lettres traduites »).
Parts partsOf(std::chrono::year_month_day ymd) {
  Parts parts;
  parts.day = std::to_string(static_cast<unsigned>(ymd.day()));
  parts.monthIndex = static_cast<unsigned>(ymd.month()) - 1;
  parts.month = std::to_string(parts.monthIndex + 1);
  parts.year = std::to_string(static_cast<int>(ymd.year()));
  parts.weekday = std::chrono::weekday{std::chrono::sys_days{ymd}}.c_encoding();
  return parts;
}

}  // namespace

std::string date(std::string_view language, std::chrono::year_month_day ymd) {
  const Parts p = partsOf(ymd);
  if (language == "en") return p.day + " " + kEnglishMonths.at(p.monthIndex) + " " + p.year;
  if (language == "tr") return p.day + " " + kTurkishMonths.at(p.monthIndex) + " " + p.year;
  if (language == "zh") return p.year + "年" + p.month + "月" + p.day + "日";
  if (language == "ar") return p.day + " " + kArabicMonths.at(p.monthIndex) + " " + p.year;
  if (language == "ta") return p.day + " " + kTamilMonths.at(p.monthIndex) + ", " + p.year;
  return french::date(ymd);
}

std::string longDate(std::string_view language, std::chrono::year_month_day ymd) {
  const Parts p = partsOf(ymd);
  // The weekday where each language's full date puts it (CLDR's full date patterns).
  if (language == "en") return std::string(kEnglishDays.at(p.weekday)) + " " + date(language, ymd);
  if (language == "tr") return date(language, ymd) + " " + kTurkishDays.at(p.weekday);
  if (language == "zh") return date(language, ymd) + kChineseDays.at(p.weekday);
  if (language == "ar") return std::string(kArabicDays.at(p.weekday)) + "، " + date(language, ymd);
  if (language == "ta") return std::string(kTamilDays.at(p.weekday)) + ", " + date(language, ymd);
  return french::longDate(ymd);
}

std::optional<std::string> time(std::string_view language, std::string_view hhmm) {
  if (language.empty() || language == "fr") return french::time(hhmm);
  // Every translation writes the 24-hour clock as France does, "17:30": the time of a meeting
  // in France, unambiguous, with the digits the families read.
  if (!french::time(hhmm)) return std::nullopt;
  return std::string(hhmm);
}

std::string upperName(std::string_view language, std::string_view name) {
  if (language != "tr") return french::upperName(name);
  auto codePoints = utf8::decode(name);
  if (!codePoints) return std::string(name);
  for (char32_t& cp : *codePoints) {
    // Turkish keeps the dot: "i" is "İ" in capitals, and the dotless "ı" is "I".
    cp = cp == U'i'        ? U'\u0130'
         : cp == U'\u0131' ? U'I'
                           : static_cast<char32_t>(Poco::Unicode::toUpper(static_cast<int>(cp)));
  }
  return utf8::encode(*codePoints);
}

}  // namespace trousse::local
