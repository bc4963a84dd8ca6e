#pragma once

#include <Poco/JSON/Object.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace trousse::par {

/// One party to the protocol and who signs for it.
struct Party {
  std::string id;  ///< what commitments name it by: "famille"
  std::string name;
  std::size_t signatories = 0;
};

struct Commitment {
  std::string party;  ///< a Party::id
  std::string text;
};

/// One milestone's review: the commitments it assessed (by number, from 1).
struct Review {
  std::optional<int> milestone;  ///< "etape", from 1
  std::vector<std::optional<int>> commitmentNumbers;
};

/// What the checks and the calendar need of a PAR's data file, read once. The host checked
/// the types against the schema: absent optional values stay empty.
struct ParData {
  std::string firstName, lastName;
  std::optional<std::chrono::year_month_day> signature;
  bool meetingSet = false;  ///< signature date, time and place all given
  std::size_t responsibleAdults = 0;
  std::optional<double> durationMonths;
  std::string rhythm;
  std::vector<std::optional<std::chrono::year_month_day>> milestones;  ///< "jalons", as given
  std::string situation;
  std::size_t objectives = 0;
  std::vector<Party> parties;
  std::vector<Commitment> commitments;
  std::vector<Review> reviews;
  bool finalReview = false;  ///< "bilan_final" has a date

  static ParData read(const Poco::JSON::Object& data);
};

/// "2026-01-15" → a date; nothing for anything else.
std::optional<std::chrono::year_month_day> parseDate(const std::string& text);
std::string isoDate(std::chrono::year_month_day date);

/// The student's initials as printed in headers and file names: "A. N." (the first letter of
/// the first name and of the family name, with its accents and marks; any script).
std::string initialsOf(const std::string& firstName, const std::string& lastName);
/// The same without dots or spaces, for file names: "AN".
std::string compactInitials(const std::string& initials);

}  // namespace trousse::par
