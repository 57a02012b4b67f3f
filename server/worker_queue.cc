#include "server/worker_queue.hh"

namespace news {
namespace {

thread_local std::chrono::steady_clock::time_point t_queued_at{};

} // namespace

std::chrono::steady_clock::time_point WorkerQueue::current_job_queued_at() { return t_queued_at; }

WorkerQueue::WorkerQueue(std::size_t threads) {
  threads_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i)
    threads_.emplace_back([this] { work(); });
}

WorkerQueue::~WorkerQueue() { shutdown(); }

void WorkerQueue::enqueue(std::function<void()> job) {
  {
    const std::lock_guard lock(mutex_);
    jobs_.emplace_back(std::move(job), std::chrono::steady_clock::now());
    waiting_.store(jobs_.size(), std::memory_order_relaxed);
  }
  wake_.notify_one();
}

void WorkerQueue::shutdown() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& thread : threads_)
    if (thread.joinable()) thread.join();
}

void WorkerQueue::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return; // stopping, and nothing left to do
      job = std::move(jobs_.front().first);
      t_queued_at = jobs_.front().second;
      jobs_.pop_front();
      waiting_.store(jobs_.size(), std::memory_order_relaxed);
    }
    job();
  }
}

} // namespace news
