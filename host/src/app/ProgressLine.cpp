#include "app/ProgressLine.hpp"

#include <unistd.h>
#include <cstdio>
#include <iostream>

namespace trousse {

ProgressLine::ProgressLine(std::string stage)
    : stage_(std::move(stage)),
      enabled_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      lastDraw_(start_) {}

ProgressLine::~ProgressLine() { clear(); }

void ProgressLine::update(const BatchProgress& progress) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - lastDraw_ < std::chrono::milliseconds(100)) return;
  lastDraw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(progress.rowsDone) / seconds : 0.0;
  char line[160];
  if (progress.rowsTotal > 0 && rate > 0) {
    const double left = static_cast<double>(progress.rowsTotal - progress.rowsDone) / rate;
    std::snprintf(line, sizeof line, "%s : %zu / %zu lignes, %.0f lignes/s, reste %.0f s",
                  stage_.c_str(), progress.rowsDone, progress.rowsTotal, rate, left);
  } else {
    std::snprintf(line, sizeof line, "%s : %zu lignes, %.0f lignes/s", stage_.c_str(),
                  progress.rowsDone, rate);
  }
  std::cerr << "\r\033[K" << line << std::flush;
  drawn_ = true;
}

void ProgressLine::clear() {
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace trousse
