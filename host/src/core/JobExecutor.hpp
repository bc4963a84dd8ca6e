#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace trousse {

/// Asks running work to stop: shared by whoever may cancel (a signal handler's thread, a web
/// request) and the work, which looks at it between steps.
class CancellationToken {
 public:
  CancellationToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
  void cancel() const { flag_->store(true); }
  bool cancelled() const { return flag_->load(); }

 private:
  std::shared_ptr<std::atomic<bool>> flag_;
};

/// The process's worker threads, shared by every job (a mail merge today, the web's requests
/// tomorrow): a fixed number of threads taking tasks from one queue in order. Tasks must not
/// throw (OrderedTasks catches for them).
class JobExecutor {
 public:
  /// `threads` 0: one per core, at most 8.
  explicit JobExecutor(std::size_t threads = 0);
  ~JobExecutor();
  JobExecutor(const JobExecutor&) = delete;
  JobExecutor& operator=(const JobExecutor&) = delete;

  std::size_t threadCount() const { return threads_.size(); }
  void submit(std::function<void()> task);

 private:
  void work();

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> tasks_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace trousse
