#include "plugins/phare/Schedule.hpp"

namespace trousse::phare {

std::optional<int> parseClock(const std::string& text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (const std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

Schedule scheduleOf(int start, const std::vector<int>& durations) {
  Schedule schedule;
  schedule.start = start;
  int clock = start;
  for (const int minutes : durations) {
    schedule.slots.push_back({clock, clock + minutes, minutes});
    clock += minutes;
  }
  return schedule;
}

}  // namespace trousse::phare
