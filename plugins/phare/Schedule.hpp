#pragma once

#include <optional>
#include <string>
#include <vector>

namespace trousse::phare {

/// "09:00" as minutes since midnight; nothing for anything else.
std::optional<int> parseClock(const std::string& text);

/// The clock times of a workshop's items, one after the other from its start.
struct Schedule {
  struct Slot {
    int start = 0;  ///< minutes since midnight (may pass 24 h: the checks report it)
    int end = 0;
    int minutes = 0;
  };
  int start = 0;
  std::vector<Slot> slots;

  int end() const { return slots.empty() ? start : slots.back().end; }
  int totalMinutes() const { return end() - start; }
};

/// Items of the given durations (minutes) laid end to end from `start`.
Schedule scheduleOf(int start, const std::vector<int>& durations);

}  // namespace trousse::phare
