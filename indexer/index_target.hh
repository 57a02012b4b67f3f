// The index a writing command (add, sync, remove) works on: one database,
// or a sharded index when --db names a stub file (shard_layout.hh). Either
// way an ArticleIndex for the articles and a FileRegistry for the roots and
// files, so that the commands do not care which.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "indexer/article_index.hh"
#include "indexer/file_registry.hh"
#include "indexer/sharded_index.hh"

namespace news {

class IndexTarget {
public:
  /** Opens the index at `database` (a folder, or a stub file) for writing. */
  IndexTarget(const std::filesystem::path& database, double lock_timeout,
              const std::string& command);

  ArticleIndex& index() { return *index_; }
  FileRegistry& registry() { return *registry_; }
  /** The sharded index, or null for a single database. */
  ShardedIndex* sharded() { return sharded_; }
  /** What a walk of the roots must not enter: the database, or the stub's shards and registry. */
  std::vector<std::filesystem::path> own_paths() const { return own_paths_; }

private:
  std::unique_ptr<IndexWriter> writer_; /**< a single database's */
  std::unique_ptr<ArticleIndex> index_;
  ShardedIndex* sharded_ = nullptr;
  std::unique_ptr<FileRegistry> registry_;
  std::vector<std::filesystem::path> own_paths_;
};

/** Whether `database` names a sharded index (a stub file). */
bool is_sharded(const std::filesystem::path& database);

/** What a walk of the roots must not enter: `database`, or a stub file, its shards and registry. */
std::vector<std::filesystem::path> index_own_paths(const std::filesystem::path& database);

/** The database that holds an index's registry: itself, or a stub's registry database. */
std::filesystem::path registry_database(const std::filesystem::path& database);

} // namespace news
