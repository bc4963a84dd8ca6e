#include "core/JobExecutor.hpp"
#include "core/OrderedTasks.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace trousse {
namespace {

using namespace std::chrono_literals;

TEST(OrderedTasks, ResultsComeBackInSubmissionOrderWhateverTheirDuration) {
  JobExecutor executor(4);
  std::vector<int> taken;
  OrderedTasks<int> tasks(executor, 8);
  for (int i = 0; i < 40; ++i) {
    tasks.submit(
        [i] {
          std::this_thread::sleep_for(std::chrono::microseconds((40 - i) * 50));
          return i;
        },
        [&](int& result) { taken.push_back(result); });
  }
  tasks.finish([&](int& result) { taken.push_back(result); });
  ASSERT_EQ(taken.size(), 40u);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(taken[static_cast<std::size_t>(i)], i);
}

TEST(OrderedTasks, NoMoreThanTheWindowIsInFlight) {
  JobExecutor executor(4);
  std::atomic<int> running{0}, most{0};
  std::size_t pending = 0;  // submitted and not yet taken: what the window bounds
  std::size_t mostPending = 0;
  OrderedTasks<int> tasks(executor, 3);
  auto take = [&](int&) { --pending; };
  for (int i = 0; i < 30; ++i) {
    tasks.submit(
        [&] {
          most = std::max(most.load(), ++running);
          std::this_thread::sleep_for(1ms);
          --running;
          return 0;
        },
        take);
    mostPending = std::max(mostPending, ++pending);
  }
  tasks.finish(take);
  EXPECT_LE(mostPending, 3u);
  EXPECT_LE(most.load(), 3);
}

TEST(OrderedTasks, TheFirstFailureReachesTheSubmitter) {
  JobExecutor executor(2);
  OrderedTasks<int> tasks(executor, 4);
  auto take = [](int&) {};
  EXPECT_THROW(
      {
        for (int i = 0; i < 50; ++i) {
          tasks.submit(
              [i]() -> int {
                if (i == 5) throw std::runtime_error("panne");
                return i;
              },
              take);
        }
        tasks.finish(take);
      },
      std::runtime_error);
}

TEST(OrderedTasks, CancellationStopsTheJobAndSkipsWhatHasNotStarted) {
  JobExecutor executor(2);
  CancellationToken cancel;
  std::atomic<int> ran{0};
  std::vector<int> taken;
  OrderedTasks<int> tasks(executor, 4, cancel);
  auto take = [&](int& i) {
    taken.push_back(i);
    if (i == 3) cancel.cancel();
  };
  EXPECT_THROW(
      {
        for (int i = 0; i < 1000; ++i) {
          tasks.submit(
              [&, i] {
                ++ran;
                std::this_thread::sleep_for(100us);
                return i;
              },
              take);
        }
        tasks.finish(take);
      },
      CancelledError);
  EXPECT_LT(ran.load(), 20);  // a window's worth at most after the cancellation
  EXPECT_EQ(taken.back(), 3);
}

TEST(JobExecutor, ManyJobsShareItsThreads) {
  JobExecutor executor(2);
  EXPECT_EQ(executor.threadCount(), 2u);
  std::vector<std::thread> submitters;
  std::atomic<int> total{0};
  for (int job = 0; job < 4; ++job) {
    submitters.emplace_back([&] {
      OrderedTasks<int> tasks(executor, 4);
      int sum = 0;
      for (int i = 1; i <= 100; ++i) tasks.submit([i] { return i; }, [&](int& r) { sum += r; });
      tasks.finish([&](int& r) { sum += r; });
      total += sum;
    });
  }
  for (std::thread& t : submitters) t.join();
  EXPECT_EQ(total.load(), 4 * 5050);
}

}  // namespace
}  // namespace trousse
