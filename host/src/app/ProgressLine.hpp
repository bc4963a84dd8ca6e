#pragma once

#include "core/BatchJob.hpp"

#include <chrono>
#include <string>

namespace trousse {

/// Progress of a batch on stderr, redrawn in place at most ten times a second, only when
/// stderr is a terminal (a log file gets the final summary alone). Prints no personal data.
class ProgressLine {
 public:
  explicit ProgressLine(std::string stage);
  ~ProgressLine();
  void update(const BatchProgress& progress);
  /// Clears the line, so the next message starts on a clean one.
  void clear();

 private:
  std::string stage_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point lastDraw_;
};

}  // namespace trousse
