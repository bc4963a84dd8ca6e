#include "catalog/ReadSessions.hpp"

#include <algorithm>

namespace trousse::catalog {

ReadSessions::ReadSessions(std::string databaseFile, std::size_t maxSessions)
    : file_(std::move(databaseFile)), max_(std::max<std::size_t>(1, maxSessions)) {}

ReadSessions::~ReadSessions() = default;

ReadSessions::Lease ReadSessions::lease() {
  std::unique_lock lock(mutex_);
  freed_.wait(lock, [&] { return !idle_.empty() || open_ < max_; });
  if (!idle_.empty()) {
    auto session = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(session));
  }
  ++open_;
  lock.unlock();  // opening a file is slow: let other readers take idle sessions meanwhile
  try {
    return Lease(*this, std::make_unique<SearchConnection>(file_));
  } catch (...) {
    const std::lock_guard relock(mutex_);
    --open_;
    freed_.notify_one();
    throw;
  }
}

void ReadSessions::giveBack(std::unique_ptr<SearchConnection> session) {
  {
    const std::lock_guard lock(mutex_);
    idle_.push_back(std::move(session));
  }
  freed_.notify_one();
}

}  // namespace trousse::catalog
