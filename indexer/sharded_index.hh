// An index made of N shards (shard_layout.hh): local folders or remote
// writable servers, listed in a stub file, and the registry database beside
// them. One ShardWorker thread a shard owns that shard's writer; the
// calling thread owns the registry and hands each article to the shard of
// its id, so that a sync of a changed archive keeps every shard's writer
// (a core each) busy.
//
// Commits (commit()): every shard commits, side by side, and only when all
// have, the registry. A run killed at any point therefore leaves a registry
// that records no file whose articles a shard has not committed: what the
// shards committed past it (a file's new articles, a removal) the next sync
// does again, and adding, replacing and removing by id give the same result
// when done twice. Stories span shards: finish() groups them over all the
// shards read as one database (story_grouper.hh) and writes the keys that
// change to their shards.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/stub_file.hh"
#include "indexer/article_index.hh"
#include "indexer/shard_worker.hh"
#include "indexer/story_grouper.hh"

namespace news {

class ShardedIndex : public ArticleIndex {
public:
  /**
   * Opens the registry (the write lock of the whole index, waited for up to
   * `lock_timeout` seconds), then every shard of the stub file `stub`, then
   * starts their threads. Throws news::Error naming a shard that cannot be
   * opened, with no thread left running.
   */
  ShardedIndex(const std::filesystem::path& stub, double lock_timeout, const std::string& command);
  ~ShardedIndex() override;

  /** The registry's database: roots, file records, failures (FileRegistry). */
  Xapian::WritableDatabase& registry_database() { return registry_->database(); }
  const std::vector<ShardSpec>& shards() const { return specs_; }

  void add(Article&& article) override;
  /** Always true: the file's articles may be on any shard (asking them all would wait for each). */
  bool may_have_file_articles(const std::string&) override { return true; }
  void remove_file_articles(const std::string& path, const std::set<std::string>& keep) override;
  bool remove_article(const std::string& id) override;
  void commit_if_batch_full(unsigned batch_size) override;
  void commit() override;
  Tally outcomes() const override;

  /**
   * Commits, then groups the stories over all shards (those the run
   * touched: regroup_touched) and commits the keys that changed.
   */
  void finish(const StepProgress& progress) override;

  /** Runs `task` on every shard's thread, all side by side, and waits for them. */
  void on_every_shard(const ShardWorker::Task& task);
  /** Runs `task` on one shard's thread; the next on_every_shard or commit() waits for it. */
  void post_to_shard(std::size_t shard, ShardWorker::Task task);
  std::size_t shard_count() const { return workers_.size(); }
  /** Every shard's database read as one, on this thread while the shards are idle (drained). */
  Xapian::Database whole();

private:
  std::filesystem::path stub_;
  std::vector<ShardSpec> specs_;
  std::unique_ptr<IndexWriter> registry_;
  std::vector<std::unique_ptr<ShardWorker>> workers_;
  unsigned uncommitted_ = 0; /**< changes handed to the shards since the last commit */
  /** What each shard's thread changed this run (its own to write), for the regrouping. */
  std::vector<TouchedStories> touched_;
  /** A run killed before its regrouping left the mark: this one regroups the whole. */
  bool pending_at_start_ = false;
};

} // namespace news
