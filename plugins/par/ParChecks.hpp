#pragma once

#include "plugins/par/FollowUpCalendar.hpp"
#include "plugins/par/ParData.hpp"

#include <trousse/Plugin.hpp>

#include <cstddef>
#include <vector>

namespace trousse::par {

/// The longest situation text, in characters: about half a page.
inline constexpr std::size_t kSituationMaxCharacters = 1500;

/// Which documents a request makes, hence what the data must hold.
struct Needs {
  bool convocation = false;
  bool protocol = false;     ///< the protocol, and with it the follow-up calendar
  bool stepReviews = false;  ///< at least one review must be there
  bool finalReview = false;
};

/// The follow-up calendar the documents print: given milestones or computed ones.
struct Schedule {
  std::vector<std::chrono::year_month_day> milestones;
  std::chrono::year_month_day end{};
  std::chrono::year_month_day finalReview{};
  bool computed = false;
};

/// Checks everything `needs` requires and returns the schedule; throws trousse::InvalidData
/// with every problem at once otherwise. Messages name fields, never what the data says.
Schedule checkPar(const ParData& par, const Needs& needs, const SchoolCalendar& calendar);

}  // namespace trousse::par
