// One writer thread with clear ownership: it owns one IndexWriter (one
// Xapian::WritableDatabase, which must never be used by two threads) and
// runs the tasks handed to it, in the order they came. A parallel first
// build (sharded_build.hh) and a sharded index (sharded_index.hh) run one
// per shard, so that each shard's Xapian writer has a core of its own.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "indexer/index_writer.hh"
#include "indexer/run_report.hh"

namespace news {

class ShardWorker {
public:
  /** A task: runs on the worker's thread with its writer and its tally (outcomes). */
  using Task = std::function<void(IndexWriter&, Tally&)>;

  /** Takes the writer (opened by the caller, so that opening fails before any thread). */
  explicit ShardWorker(std::unique_ptr<IndexWriter> writer);
  /** Stops the thread (the tasks queued are run first, unless one failed). */
  ~ShardWorker();
  ShardWorker(const ShardWorker&) = delete;
  ShardWorker& operator=(const ShardWorker&) = delete;

  /** Starts the thread; throws std::system_error when there is none to be had. */
  void start();

  /**
   * Queues a task; waits while the queue is full. Rethrows what stopped the
   * thread, should a task have failed (then nothing more runs).
   */
  void post(Task task);

  /** Waits until every task posted has run; rethrows a task's failure. */
  void drain();

  /** Lets the thread finish the queue and end; waits for it. Idempotent. */
  void stop();

  /** What stopped the thread, or null. */
  std::exception_ptr error() const;

  /** The outcomes counted by the tasks so far (read when drained or stopped). */
  const Tally& tally() const { return tally_; }

  /** The writer: for the caller's use only while the thread is drained or stopped. */
  IndexWriter& writer() { return *writer_; }

private:
  void run();

  std::unique_ptr<IndexWriter> writer_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Task> queue_;
  bool busy_ = false;
  bool closing_ = false;
  std::exception_ptr error_;
  Tally tally_;
  std::thread thread_;
};

} // namespace news
