#pragma once

#include "common/Errors.hpp"
#include "core/JobExecutor.hpp"

#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace trousse {

/// Work cancelled on request (exit code of a usage error: the user asked for it).
struct CancelledError : Error {
  CancelledError() : Error(ErrorKind::Usage, "traitement interrompu à la demande") {}
};

/// Tasks of one job run on the shared executor, their results handed back in the order the
/// tasks were submitted. Bounded: at most `window` tasks are queued, running, or done but not
/// yet taken, so memory does not grow with the job. The first failure is rethrown to the
/// submitter; cancellation skips the tasks not yet started and throws CancelledError. The
/// destructor waits for this job's running tasks, which may reference the submitter's state.
template <class Result>
class OrderedTasks {
 public:
  using Take = std::function<void(Result&)>;

  OrderedTasks(JobExecutor& executor, std::size_t window, CancellationToken cancel = {})
      : executor_(executor), window_(window == 0 ? 1 : window), cancel_(std::move(cancel)) {}
  OrderedTasks(const OrderedTasks&) = delete;
  OrderedTasks& operator=(const OrderedTasks&) = delete;
  ~OrderedTasks() {
    std::unique_lock lock(mutex_);
    abandoned_ = true;
    changed_.wait(lock, [this] { return outstanding_ == 0; });
  }

  /// Queues a task, first handing finished results to `take` while the window is full.
  void submit(std::function<Result()> task, const Take& take) {
    std::unique_lock lock(mutex_);
    for (;;) {
      drainReady(lock, take);
      if (outstanding_ + done_.size() < window_) break;
      changed_.wait(lock);
    }
    const std::size_t sequence = submitted_++;
    ++outstanding_;
    lock.unlock();
    executor_.submit([this, sequence, task = std::move(task)] { run(sequence, task); });
  }

  /// Waits for every task and hands the remaining results to `take` in order.
  void finish(const Take& take) {
    std::unique_lock lock(mutex_);
    for (;;) {
      drainReady(lock, take);
      if (outstanding_ == 0 && done_.empty()) return;
      changed_.wait(lock);
    }
  }

 private:
  void run(std::size_t sequence, const std::function<Result()>& task) {
    std::optional<Result> result;
    std::exception_ptr failure;
    bool skipped = false;
    {
      std::lock_guard lock(mutex_);
      skipped = abandoned_ || failure_ || cancel_.cancelled();
    }
    if (!skipped) {
      try {
        result.emplace(task());
      } catch (...) {
        failure = std::current_exception();
      }
    }
    std::lock_guard lock(mutex_);
    --outstanding_;
    if (failure && !failure_) failure_ = failure;
    if (result) done_.emplace(sequence, std::move(*result));
    changed_.notify_all();
  }

  void drainReady(std::unique_lock<std::mutex>& lock, const Take& take) {
    for (;;) {
      if (failure_) std::rethrow_exception(failure_);
      if (cancel_.cancelled()) throw CancelledError();
      auto next = done_.find(nextToTake_);
      if (next == done_.end()) return;
      Result result = std::move(next->second);
      done_.erase(next);
      ++nextToTake_;
      lock.unlock();
      take(result);
      lock.lock();
    }
  }

  JobExecutor& executor_;
  std::size_t window_;
  CancellationToken cancel_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::size_t, Result> done_;
  std::size_t submitted_ = 0;
  std::size_t nextToTake_ = 0;
  std::size_t outstanding_ = 0;  ///< queued or running on the executor
  bool abandoned_ = false;
  std::exception_ptr failure_;
};

}  // namespace trousse
