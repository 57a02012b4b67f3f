#include "indexer/sharded_build.hh"

#include <thread>

#include <fmt/core.h>
#include <xapian.h>

#include "common/error.hh"
#include "indexer/database_swap.hh"
#include "indexer/shard_layout.hh"
#include "indexer/person_memory.hh"
#include "indexer/shard_worker.hh"
#include "indexer/story_grouper.hh"

namespace news {

namespace fs = std::filesystem;

ShardedBuild::ShardedBuild(const fs::path& database, unsigned shards, unsigned batch_size)
    : database_(database), batch_size_(batch_size),
      folder_(std::make_unique<ScratchFolder>(database, ".shards")) {
  // Every writer is opened before any thread starts: one that fails to open
  // is an error like any other, with no thread to stop.
  for (unsigned i = 0; i < shards; ++i)
    shards_.push_back(std::make_unique<ShardWorker>(std::make_unique<IndexWriter>(
        folder_->path() / std::to_string(i), 0, "news-index (shard)", WriterRole::Shard)));
  try {
    for (auto& shard : shards_)
      shard->start();
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
  for (auto& shard : shards_) {
    try {
      shard->post([](IndexWriter& writer, Tally&) {
        // Once per shard, in parallel; compaction adds up the shards' frequencies.
        writer.add_spelling_data();
        writer.commit();
      });
    } catch (...) { // the shard failed: finish() rethrows its error
    }
  }
  for (auto& shard : shards_)
    shard->stop();
}

void ShardedBuild::add(Article&& article) {
  // By a stable hash of the id (shard_layout.hh), so that an id read twice
  // reaches the same shard, which replaces it, and the merged index's docids
  // are the same on every machine with as many --jobs.
  shards_[shard_of(article.id, shards_.size())]->post(
      [article = std::move(article), batch = batch_size_](IndexWriter& writer, Tally& tally) {
        count_outcome(tally, writer.add(article));
        writer.commit_if_batch_full(batch);
      });
}

namespace {

// Xapian's compaction, a table at a time: the progress line names each.
class MergeProgress : public Xapian::Compactor {
public:
  explicit MergeProgress(const StepProgress& progress) : progress_(progress) {}
  void set_status(const std::string& table, const std::string& status) override {
    // Xapian calls with an empty status as it starts a table, then with what it did.
    if (!progress_ || !status.empty()) return;
    progress_(fmt::format("merging shards: {} table", table), ++tables_, kTables);
  }

private:
  // glass's tables: postlist, docdata, termlist, position, spelling, synonym.
  static constexpr std::uint64_t kTables = 6;
  const StepProgress& progress_;
  std::uint64_t tables_ = 0;
};

} // namespace

Tally ShardedBuild::finish(IndexWriter& target, const StepProgress& progress) {
  stop();
  Tally tally;
  for (auto& shard : shards_) {
    if (shard->error()) std::rethrow_exception(shard->error());
    tally.add_outcomes(shard->tally());
  }
  target.commit();

  const ScratchFolder merged(database_, ".merging");
  {
    // The database first: its metadata (file registry, schema) is kept.
    Xapian::Database sources(database_.string());
    for (auto& shard : shards_)
      sources.add_database(shard->writer().database());
    MergeProgress merging(progress);
    sources.compact(merged.path().string(), 0, 0, merging);
  }
  shards_.clear(); // closes the shard databases
  {
    Xapian::WritableDatabase whole(merged.path().string(), Xapian::DB_OPEN);
    group_all_stories(whole, progress);
    apply_person_memory(whole);
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
