#include "indexer/sharded_build.hh"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include <xapian.h>

#include "common/error.hh"
#include "indexer/database_swap.hh"
#include "indexer/story_grouper.hh"

namespace news {

namespace fs = std::filesystem;

namespace {

// Articles waiting per shard: enough to ride out an uneven article, few
// enough that memory stays flat however large the input.
constexpr std::size_t kQueueCapacity = 64;

} // namespace

// One writer thread and the articles queued for it.
struct ShardedBuild::Shard {
  std::unique_ptr<IndexWriter> writer;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Article> queue;
  bool closing = false;
  std::exception_ptr error; /**< what stopped the thread, rethrown to the reader */
  Tally tally;
  std::thread thread;

  void put(Article&& article) {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return queue.size() < kQueueCapacity || error; });
    if (error) std::rethrow_exception(error);
    queue.push_back(std::move(article));
    changed.notify_all();
  }

  std::optional<Article> take() {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return !queue.empty() || closing; });
    if (queue.empty()) return std::nullopt;
    Article article = std::move(queue.front());
    queue.pop_front();
    changed.notify_all();
    return article;
  }

  void run(unsigned batch_size) {
    try {
      while (std::optional<Article> article = take()) {
        count_outcome(tally, writer->add(*article));
        writer->commit_if_batch_full(batch_size);
      }
      // Once per shard, in parallel; compaction adds up the shards' frequencies.
      writer->add_spelling_data();
      writer->commit();
    } catch (...) {
      std::lock_guard lock(mutex);
      error = std::current_exception();
      queue.clear();
      changed.notify_all();
    }
  }

  void close() {
    std::lock_guard lock(mutex);
    closing = true;
    changed.notify_all();
  }
};

ShardedBuild::ShardedBuild(const fs::path& database, unsigned shards, unsigned batch_size)
    : database_(database), folder_(std::make_unique<ScratchFolder>(database, ".shards")) {
  // Every writer is opened before any thread starts: one that fails to open
  // is an error like any other, with no thread to stop.
  for (unsigned i = 0; i < shards; ++i) {
    auto shard = std::make_unique<Shard>();
    shard->writer = std::make_unique<IndexWriter>(folder_->path() / std::to_string(i), 0,
                                                  "news-index (shard)", WriterRole::Shard);
    shards_.push_back(std::move(shard));
  }
  try {
    for (auto& shard : shards_)
      shard->thread = std::thread([s = shard.get(), batch_size] { s->run(batch_size); });
  } catch (...) { // no thread for one of them: those started are stopped and joined
    stop();
    throw;
  }
}

ShardedBuild::~ShardedBuild() {
  stop();
  shards_.clear(); // closes the shard databases before their folder goes
}

void ShardedBuild::stop() {
  // All told first, then waited for: the shards finish (spelling data, last
  // commit) side by side.
  for (auto& shard : shards_)
    shard->close();
  for (auto& shard : shards_)
    if (shard->thread.joinable()) shard->thread.join();
}

void ShardedBuild::add(Article&& article) {
  // By id, so that an id read twice reaches the same shard, which replaces it.
  const std::size_t shard = std::hash<std::string>{}(article.id) % shards_.size();
  shards_[shard]->put(std::move(article));
}

Tally ShardedBuild::finish(IndexWriter& target) {
  stop();
  Tally tally;
  for (auto& shard : shards_) {
    if (shard->error) std::rethrow_exception(shard->error);
    tally.add_outcomes(shard->tally);
  }
  target.commit();

  const ScratchFolder merged(database_, ".merging");
  {
    // The database first: its metadata (file registry, schema) is kept.
    Xapian::Database sources(database_.string());
    for (auto& shard : shards_)
      sources.add_database(shard->writer->database());
    sources.compact(merged.path().string());
  }
  shards_.clear(); // closes the shard databases
  {
    Xapian::WritableDatabase whole(merged.path().string(), Xapian::DB_OPEN);
    group_all_stories(whole);
    whole.commit();
  }
  // Under the write lock `target` holds, which then covers the new tables.
  swap_in_database(database_, merged.path());
  return tally;
}

bool ShardedBuild::worth_it(IndexWriter& target, unsigned jobs) {
  return jobs > 1 && target.database().get_doccount() == 0;
}

unsigned indexing_jobs(unsigned requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

} // namespace news
