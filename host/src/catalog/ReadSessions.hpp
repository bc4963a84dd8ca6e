#pragma once

#include <Poco/Data/Session.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace trousse::catalog {

/// SQLite sessions on one database file, one per concurrent reader: a Poco session must not be
/// used by two threads at once. Unlike Poco's SessionPool, which throws when all its sessions
/// are taken, a reader waits here for a free one.
class ReadSessions {
 public:
  ReadSessions(std::string databaseFile, std::size_t maxSessions);
  ~ReadSessions();
  ReadSessions(const ReadSessions&) = delete;
  ReadSessions& operator=(const ReadSessions&) = delete;

  /// A session for one reader, given back when the lease ends.
  class Lease {
   public:
    Lease(ReadSessions& owner, std::unique_ptr<Poco::Data::Session> session)
        : owner_(owner), session_(std::move(session)) {}
    ~Lease() { owner_.giveBack(std::move(session_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Poco::Data::Session& operator*() const { return *session_; }

   private:
    ReadSessions& owner_;
    std::unique_ptr<Poco::Data::Session> session_;
  };

  Lease lease();

 private:
  void giveBack(std::unique_ptr<Poco::Data::Session> session);

  const std::string file_;
  const std::size_t max_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Poco::Data::Session>> idle_;
  std::size_t open_ = 0;
};

}  // namespace trousse::catalog
