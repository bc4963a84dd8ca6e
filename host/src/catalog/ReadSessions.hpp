#pragma once

#include "catalog/SearchConnection.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace trousse::catalog {

/// Search connections on one database file, one per concurrent reader: a connection and its
/// prepared statements must not be used by two threads at once. Unlike Poco's SessionPool,
/// which throws when all its sessions are taken, a reader waits here for a free one.
class ReadSessions {
 public:
  ReadSessions(std::string databaseFile, std::size_t maxSessions);
  ~ReadSessions();
  ReadSessions(const ReadSessions&) = delete;
  ReadSessions& operator=(const ReadSessions&) = delete;

  /// A connection for one reader, given back when the lease ends.
  class Lease {
   public:
    Lease(ReadSessions& owner, std::unique_ptr<SearchConnection> session)
        : owner_(owner), session_(std::move(session)) {}
    ~Lease() { owner_.giveBack(std::move(session_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    SearchConnection& operator*() const { return *session_; }

   private:
    ReadSessions& owner_;
    std::unique_ptr<SearchConnection> session_;
  };

  Lease lease();

 private:
  void giveBack(std::unique_ptr<SearchConnection> session);

  const std::string file_;
  const std::size_t max_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<SearchConnection>> idle_;
  std::size_t open_ = 0;
};

}  // namespace trousse::catalog
