// Building an empty database with every core.
//
// Xapian's writer, not our analysis, is most of the cost of indexing, and a
// database has one writer. So a new database is built as shards: articles
// are shared out by id among threads, each with its own IndexWriter on its
// own database in DATABASE/.shards/; at the end Xapian's compaction merges
// the shards with the database's own metadata (file registry, schema) into
// a new database in DATABASE/.merging/, stories are grouped over the whole
// (shards cannot see each other's copies), and the merged database's files
// take the place of the empty one's (database_swap.hh).
//
// Only for an empty database: merging into one that has articles would
// rewrite all of it each run. Updates and syncs use one IndexWriter.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "common/article.hh"
#include "indexer/database_swap.hh"
#include "indexer/index_writer.hh"
#include "indexer/run_report.hh"

namespace news {

class ShardedBuild {
public:
  /**
   * Opens `shards` writers, then starts their threads, each committing every
   * `batch_size` articles; throws news::Error, with no thread left running,
   * when a writer cannot be opened.
   */
  ShardedBuild(const std::filesystem::path& database, unsigned shards, unsigned batch_size);
  /** Stops the threads if finish() was not reached, and removes the shards. */
  ~ShardedBuild();
  ShardedBuild(const ShardedBuild&) = delete;
  ShardedBuild& operator=(const ShardedBuild&) = delete;

  /** Hands an article to its shard's thread; waits while that thread is behind. */
  void add(Article&& article);

  /**
   * Waits until every article is written, then merges the shards and the
   * database `target` writes to (committed first) into a new database, groups
   * its stories, and puts it in place of the database. `target` must not be
   * written to afterwards. Returns the articles' outcomes (added, updated
   * when one id came twice, unchanged). `progress` hears of the merge (a
   * table at a time) and of the grouping.
   */
  Tally finish(IndexWriter& target, const StepProgress& progress);

  /** Whether a run should build in shards: an empty database and more than one job. */
  static bool worth_it(IndexWriter& target, unsigned jobs);

private:
  void stop();

  std::filesystem::path database_;
  unsigned batch_size_;
  std::unique_ptr<ScratchFolder> folder_; /**< DATABASE/.shards, made before the shards */
  std::vector<std::unique_ptr<class ShardWorker>> shards_;
};

/** The number of indexing jobs: `requested`, or the number of cores when 0. */
unsigned indexing_jobs(unsigned requested);

} // namespace news
