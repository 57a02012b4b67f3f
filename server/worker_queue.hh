// The server's workers: a fixed number of threads that take accepted
// connections in turn (cpp-httplib's TaskQueue). It also says how many
// connections wait for a worker, so that a kept-alive connection gives its
// worker up when others wait.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include <httplib.h>

namespace news {

class WorkerQueue final : public httplib::TaskQueue {
public:
  explicit WorkerQueue(std::size_t threads);
  ~WorkerQueue() override;
  WorkerQueue(const WorkerQueue&) = delete;
  WorkerQueue& operator=(const WorkerQueue&) = delete;

  void enqueue(std::function<void()> job) override;
  /** Runs the jobs already queued, then ends the threads. */
  void shutdown() override;

  /** On a worker: when the job it runs was queued (an accepted connection: when it was accepted).
   */
  static std::chrono::steady_clock::time_point current_job_queued_at();

  /** Jobs queued and not yet taken by a worker. */
  std::size_t waiting() const { return waiting_.load(std::memory_order_relaxed); }

private:
  void work();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<std::function<void()>, std::chrono::steady_clock::time_point>> jobs_;
  std::atomic<std::size_t> waiting_{0};
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

} // namespace news
