#include "indexer/shard_worker.hh"

namespace news {
namespace {

// Tasks waiting per worker: enough to ride out an uneven article, few
// enough that memory stays flat however large the input.
constexpr std::size_t kQueueCapacity = 64;

} // namespace

ShardWorker::ShardWorker(std::unique_ptr<IndexWriter> writer) : writer_(std::move(writer)) {}

ShardWorker::~ShardWorker() { stop(); }

void ShardWorker::start() {
  thread_ = std::thread([this] { run(); });
}

void ShardWorker::post(Task task) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return queue_.size() < kQueueCapacity || error_; });
  if (error_) std::rethrow_exception(error_);
  queue_.push_back(std::move(task));
  changed_.notify_all();
}

void ShardWorker::drain() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return (queue_.empty() && !busy_) || error_ || !thread_.joinable(); });
  if (error_) std::rethrow_exception(error_);
}

void ShardWorker::stop() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    changed_.notify_all();
  }
  if (thread_.joinable()) thread_.join();
}

std::exception_ptr ShardWorker::error() const {
  std::lock_guard lock(mutex_);
  return error_;
}

void ShardWorker::run() {
  while (true) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
      changed_.notify_all();
    }
    try {
      task(*writer_, tally_);
    } catch (...) {
      std::lock_guard lock(mutex_);
      error_ = std::current_exception();
      queue_.clear();
      busy_ = false;
      changed_.notify_all();
      return;
    }
    std::lock_guard lock(mutex_);
    busy_ = false;
    changed_.notify_all();
  }
}

} // namespace news
