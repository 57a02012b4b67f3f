#include "indexer/sharded_build.hh"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include <xapian.h>

#include "common/error.hh"
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
    : database_(database), folder_(database.string() + ".shards") {
  std::error_code ec;
  fs::remove_all(folder_, ec); // left by a run that was killed
  fs::create_directories(folder_);
  for (unsigned i = 0; i < shards; ++i) {
    auto shard = std::make_unique<Shard>();
    shard->writer = std::make_unique<IndexWriter>(folder_ / std::to_string(i), 0,
                                                  "news-index (shard)", WriterRole::Shard);
    shard->thread = std::thread([s = shard.get(), batch_size] { s->run(batch_size); });
    shards_.push_back(std::move(shard));
  }
}

ShardedBuild::~ShardedBuild() {
  stop();
  std::error_code ec;
  fs::remove_all(folder_, ec);
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

  const fs::path merged = database_.string() + ".merging";
  const fs::path old = database_.string() + ".old";
  std::error_code ec;
  fs::remove_all(merged, ec);
  fs::remove_all(old, ec);
  {
    // The database first: its metadata (file registry, schema) is kept.
    Xapian::Database sources(database_.string());
    for (auto& shard : shards_)
      sources.add_database(shard->writer->database());
    sources.compact(merged.string());
  }
  shards_.clear(); // closes the shard databases
  {
    Xapian::WritableDatabase whole(merged.string(), Xapian::DB_OPEN);
    group_all_stories(whole);
    whole.commit();
  }
  // The swap, as `compact` does it; the write lock is still held on the old one.
  fs::rename(database_, old);
  fs::rename(merged, database_);
  fs::remove_all(old, ec);
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
